"""Hand annotation of real-dev4-en (surface, label, norm in reading order), written from
../shared/spec/annotation-guidelines.md and the conventions in ../README.md BEFORE the pipeline was run
on these passages. Offsets are found by searching each surface from the end of the previous one.
Run: python3 select.py && python3 annotate.py  (writes ../real-dev4-en.jsonl and prints the checks)."""
import json, re, unicodedata
from collections import Counter
def M(nums, ech, prefix=''): return {"numbers": nums, "echelon": ech, "prefix": prefix}
def D(v, mod=None):
    d = {"value": v}
    if mod: d["mod"] = mod
    return d
def Q(v, unit, approx=None): return {"value": v, "unit": unit, "approx": approx}
P = lambda s: (s, 'PERSON', {})
G = lambda s, modern=None: (s, 'GPE', {"modern": modern} if modern else {})
L = lambda s: (s, 'LOC', {})
F = lambda s: (s, 'FAC', {})
E = lambda s: (s, 'EVENT', {})
O = lambda s: (s, 'ORG', {})
U = lambda s, *a: (s, 'MIL_UNIT', M(*a))
T = lambda s, *a: (s, 'DATE', D(*a))
N = lambda s, *a: (s, 'QUANTITY', Q(*a))
SKIP = lambda s: ('@', s)
A = {}
A['en_yalu_alphapedia'] = [
 T('17 September 1894', '1894-09-17'), SKIP('Japanese victory'), G('Japan'), G('China'),
 P('Itō Sukeyuki'), P('Tsuboi Kōzō'), P('Ding Ruchang'), P('Liu Buchan'),
 N('7 protected cruisers', 7, 'protected cruisers'), N('1 belted cruiser', 1, 'belted cruiser'), N('2 ironclads', 2, 'ironclads'),
 N('1 gunboat', 1, 'gunboat'), N('1 transport ship', 1, 'transport ship'), N('2 ironclad battleships', 2, 'ironclad battleships'),
 N('1 coastal battleship', 1, 'coastal battleship'), N('2 armoured cruisers', 2, 'armoured cruisers'), N('3 protected cruisers', 3, 'protected cruisers'),
 N('1 composite cruiser', 1, 'composite cruiser'), N('2 light cruisers', 2, 'light cruisers'), N('1 gunboat', 1, 'gunboat'),
 N('2 torpedo boats', 2, 'torpedo boats'),
 N('380', 380, ''), N('5 protected cruisers', 5, 'protected cruisers'), N('1 ironclad', 1, 'ironclad'), N('1,350', 1350, ''),
 N('1 protected cruiser', 1, 'protected cruiser'), N('1 armoured cruiser', 1, 'armoured cruiser'), N('2 light cruisers', 2, 'light cruisers'),
 N('1 composite cruiser', 1, 'composite cruiser'),
 E('Battle of the Yalu River'), E('黄海海战'), E('黃海海戰'), E('Huáng Hǎi Hǎizhàn'), E('黄海海戦'), E('Kōkai-kaisen'),
 E('Naval Battle of the Yellow Sea'), E('First Sino-Japanese War'), T('17 September 1894', '1894-09-17'), E('Battle of Pyongyang'),
 U('Imperial Japanese Navy', [], ''), U('Beiyang Fleet', [], '舰队'),
]
A['en_trianglehill_explained'] = [
 P('Mark Wayne Clark'), P('James Van Fleet'), P('Reuben E. Jenkins'), P('Wayne C. Smith'), P('Chung Il-kwon'), P('Asfaw Andargue'),
 P('Alberto Ruiz Novoa'), P('Deng Hua'), P('Wang Jinshan'), P('Qin Jiwei'), P('Li Desheng'), P('Cui Jiangong'),
 U('7th Infantry Division', [7], '师', '步兵'), U('2nd Infantry Division', [2], '师', '步兵'), U('30th Infantry Regiment', [30], '团', '步兵'),
 U('2nd Kagnew Battalion', [2], '营'), U('Colombian Battalion', [], '营'),
 N('288 guns', 288, 'guns'), N('2,200+ sorties', 2200, 'sorties', 'over'),
 U('15th Corps', [15], '军'), U('12th Corps', [12], '军'),
 N('50,000', 50000, ''), N('133 guns', 133, 'guns'), N('24 rocket launchers', 24, 'rocket launchers'), N('47 guns', 47, 'guns'),
 G('US'), N('365', 365, ''), N('1,174', 1174, ''), N('1', 1, ''), G('South Korea'), N('1,096', 1096, ''), N('3,496', 3496, ''),
 N('97', 97, ''), N('25,498', 25498, ''), N('4,838', 4838, ''), N('6,691', 6691, ''), O('UN'), N('19,000', 19000, ''),
 E('Battle of Triangle Hill'), E('Operation Showdown'), E('Shangganling Campaign'), E('Korean War'),
 N('two', 2, ''), O('United Nations'), O('UN'), U('United States Air Force', [], ''),
 U("Chinese People's Volunteer Army", [], ''), U('PVA', [], ''), U('15th and 12th Corps', [15, 12], '军'),
 O('UN'), L('Iron Triangle'), T('14 October', '1952-10-14'), T('25 November 1952', '1952-11-25'),
]
A['en_khalkhingol_touristinfo'] = [
 T('1938', '1938'), P('Zhukov'), U('First Soviet Mongolian Army Group', [1], '集团军'), G('Japan'), U('Kwantung Army', [], '军'),
 G("Mongolian\nPeople's Republic"), G('Manchukuo'), E('Soviet–Japanese Border Wars'), T('1938', '1938'), T('1939', '1939'),
 N('80,000 troops', 80000, 'troops'), N('180 tanks', 180, 'tanks'), N('450 aircraft', 450, 'aircraft'),
 E('battle of Khalkh River'), P('Zhukov'), T('20 August 1939', '1939-08-20'),
 N('nearly 500 BT-5 and BT-7 tanks', 500, 'BT-5 and BT-7 tanks', 'nearly'), N('over 500 fighters and bombers', 500, 'fighters and bombers', 'over'),
 U('Soviet Air Force', [], ''), T('1979', '1979'), P('Zhukov'),
 SKIP('Hero of Mongolian\nPeople’s Republic and Russian Federation'),
 E('Battle of Khalkh River'), G('Japan'), U('Kwantung Army', [], '军'),
]
A['en_sinoviet_uncensoredwiki'] = [
 T('February 17, 1979', '1979-02-17'), T('March 16, 1979', '1979-03-16'), N('3 weeks', 3, 'weeks'), N('6 days', 6, 'days'),
 G('China'), G('Vietnam'), G('China'), G('Cao Bằng and Lạng Sơn Provinces'), F('Nam Quan Gate'), L('Bản Giốc Falls'),
 G('China'), G('Vietnam'),
 G('China'), P('Deng Xiaoping'), G('China'), P('Yang Dezhi'), G('China'), P('Xu Shiyou'),
 G('Vietnam'), P('Tôn Đức Thắng'), G('Vietnam'), P('Lê Duẩn'), G('Vietnam'), P('Văn Tiến Dũng'), G('Vietnam'), P('Đàm Quang Trung'),
 G('Vietnam'), P('Vũ Lập'),
 N('200,000 PLA', 200000, 'PLA'), N('400-550 tanks', 400, 'tanks'), N('600,000 PLA infantry', 600000, 'PLA infantry'), N('400 tanks', 400, 'tanks'),
 U('Kunming and Guangzhou Military Districts', [], '军管区'),
 N('70,000–100,000 regular force', 70000, 'regular force'), N('150,000 local troops and militia', 150000, 'local troops and militia'),
 N('62,000 casualties', 62000, 'casualties'), N('26,000 deaths', 26000, 'deaths'), N('6,954', 6954, ''), N('14,800', 14800, ''),
 N('8,531', 8531, ''), N('over 21,000', 21000, '', 'over'), N('238 prisoners', 238, 'prisoners'),
 N('30,000', 30000, ''), N('57,000 soldiers', 57000, 'soldiers'), N('70,000 militias', 70000, 'militias'), N('50,000 casualties', 50000, 'casualties'),
 N('100,000 civilians', 100000, 'civilians'), N('1,636 prisoners', 1636, 'prisoners'),
]
A['en_guningtou_taipeitimes'] = [
 T('2018-10-21', '2018-10-21'), P('Han Cheung'), T('Oct. 22', '2018-10-22'), T('Oct. 28', '2018-10-28'),
 E('Great Victory at Guningtou'), E('古寧頭大捷'), O('Chinese Communist Party'), G('People’s Republic of China'), G('Beijing'),
 O('Chinese Nationalist Party'), O('KMT'), G('China'),
 T('Oct. 17, 1949', '1949-10-17'), U('People’s Liberation Army', [], ''), U('PLA', [], ''), G('Xiamen'), G('Kinmen'), G('Taiwan'),
 T('evening of Oct. 24', '1949-10-24TEV'), N('about 20,000 PLA soldiers', 20000, 'PLA soldiers', 'about'), G('Xiamen'),
 N('about 9,000', 9000, '', 'about'), G('Kinmen'), N('three days', 3, 'days'), O('KMT'), O('KMT'), G('Kinmen'), U('PLA', [], ''), G('Taiwan'),
 O('KMT'), P('Chiang Kai-shek'), P('蔣介石'), G('Taiwan'),
]
A['en_northernexpedition_ancientwar'] = [
 P('Wu Peifu'), G('Hunan'), G('Hubei'), G('Henan'), G('Hebei'), N('over 200,000 troops', 200000, 'troops', 'over'), P('Wu'),
 G('Xiang'), G('Hunan'), G('Gui'), G('Guangxi'), G('Yue'), G('Guangdong'),
 G('Hunan'), P('Zhao Hengti'), P('Tang Shengzhi'), P('Wu'),
 E('Hunan-Hubei Campaign'), P('Wu Peifu'),
 G('Hunan'), T('March 1926', '1926-03'), P('Tang Shengzhi'), O('KMT'), G('Changsha'), P('Wu Peifu'), P('Zhao'), P('Ye Kaixin'),
 N('100,000 troops', 100000, 'troops'), P('Wu'),
 U('Iron Army', [], ''), U('Ye Ting Independent Regiment', [], '团', '独立'), T('June 1926', '1926-06'), P('Ye Ting'), P('Wu'),
 G('Youxian'), G('Liling'), G('Hunan'), T('July', '1926-07'), G('Changsha'), P('Wu'), L('Miluo River'),
]
A['en_seymour_piglix'] = [
 T('10', '1900-06-10'), T('28 June 1900', '1900-06-28'), G('Tianjin'), G('China'),
 G('United Kingdom'), G('German Empire'), G('Russia'), G('France'), G('France'), G('United States'), G('Japan'), G('Kingdom of Italy'),
 G('Austria-Hungary'), G('Qing dynasty'), G('Qing China'), O('Yìhéquán'),
 G('United Kingdom'), P('Edward Seymour'), G('United Kingdom'), P('David Beatty'), G('Russia'), P('Nikolai Linevich'),
 G('United States'), P('Bowman McCalla'), G('German Empire'), P('Guido von Usedom'),
 G('Qing dynasty'), P('Dong Fuxiang'), G('Qing dynasty'), P('Ma Fulu'), G('Qing dynasty'), P('Ma Fuxiang'), G('Qing dynasty'), P('Ma Haiyan'),
 G('Qing dynasty'), P('Yao Wang'), G('Qing dynasty'), P('Nie Shicheng'), P('Ni Zanqing'),
 G('United Kingdom'), N('916', 916, ''), G('German Empire'), N('540', 540, ''), G('Russia'), N('312', 312, ''), G('France'), N('158', 158, ''),
 G('United States'), N('112', 112, ''), G('Japan'), N('54', 54, ''), G('Kingdom of Italy'), N('40', 40, ''), G('Austria-Hungary'), N('25', 25, ''),
 N('2,157', 2157, ''), U('Tenacious Army', [], '军'), N('3,000 Kansu Braves', 3000, 'Kansu Braves'), N('2,000 Boxers', 2000, 'Boxers'),
 N('62', 62, ''), N('232', 232, ''),
 E('Seymour Expedition'), G('Beijing'), T('1900', '1900'), P('Seymour'), G('Tianjin'), G('Tientsin', 'Tianjin'),
]
A['en_imjin_docslib'] = [
 E('battle of Imjin River'), T('22', '1951-04-22'), T('25th of April 1951', '1951-04-25'), T('March 1951', '1951-03'), L('Gloster Hill'),
 P('Peng Dehuai'), N('300,000 troops', 300000, 'troops'), N('40-mile', 40, 'mile'),
 U('29th Independent Brigade group', [29], '旅', '独立'), P('Tom Brodie'), U('1st Battalion Gloucestershire', [1], '营'),
 P('J.P ‘Fred’ Carne'), U('1st Royal Northumberland Fusiliers', [1], '营'), U('1st Royal Ulster Rifles', [1], '营'),
 U('8th King’s Royal Irish Hussars', [8], '团'), U('C squadron 7th', [7], '中队'), U('45th Field regiment Royal Artillery', [45], '团', '炮兵'),
 U('11th Light Anti-Aircraft Battery Royal Artillery', [11], '连', '高射炮兵'), U('170th Battery Royal Artillery', [170], '连', '炮兵'),
 N('15-kilometre', 15, 'kilometre'), P('Peng Dehuai'), N('three divisions', 3, 'divisions'), E('Second World War'),
 N('three-day', 3, 'day'), U('Gloucestershire Regiment', [], '团'), T('24th April 1951', '1951-04-24'), U('Glosters', [], ''),
 L('hill 235'), L('Gloster Hill'),
]
A['en_seymour_wikispaces'] = [
 P('Seymour'), G('Peking', 'Beijing'), N('17 days', 17, 'days'), T('June 10', 'XXXX-06-10'), T('June 28', 'XXXX-06-28'), P('Seymour'),
 N('14 days', 14, 'days'), N('62', 62, ''), N('228', 228, ''),
 T('May 28', 'XXXX-05-28'), P('Claude McDonald'), G('Peking', 'Beijing'), P('Edward Seymour'), G('China'), P('Purcell'),
 P('Seymour'), T('June 9', 'XXXX-06-09'), G('Peking', 'Beijing'), P('Preston'), T('June 10', 'XXXX-06-10'), P('Seymour'), F('Taku forts'),
 G('Tongku'), G('Tientsin', 'Tianjin'), G('Tientsin', 'Tianjin'), P('Seymour'), N('more than 2,000', 2000, '', 'over'),
 G('Russia'), G('France'), G('Germany'), G('America'), G('Austria'), G('Italy'), G('Japan'), G('Peking', 'Beijing'), G('Lofa'),
]
PUNCT = set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
GLUED_OK = {('en_yalu_alphapedia', '17 September 1894'), ('en_yalu_alphapedia', 'Kōkai-kaisen'),
            ('en_sinoviet_uncensoredwiki', 'February 17, 1979'),
            ('en_sinoviet_uncensoredwiki', 'China')}
passages = json.load(open('passages.json'))
out = []; problems = 0
for p in passages:
    t = p['text']; cur = 0; ents = []
    for item in A[p['id']]:
        if item[0] == '@':
            i = t.index(item[1], cur); cur = i + len(item[1]); continue
        s, lab, norm = item
        i = t.find(s, cur)
        if i < 0:
            print('NOT FOUND', p['id'], repr(s), 'after', repr(t[max(0, cur - 10):cur])); problems += 1; continue
        ents.append({"start": i, "end": i + len(s), "label": lab, "text": s, "norm": norm}); cur = i + len(s)
    for e in ents:
        assert t[e['start']:e['end']] == e['text']
        if is_punct(e['text'][0]) or is_punct(e['text'][-1]):
            print('PUNCT EDGE', p['id'], e['text']); problems += 1
        if (e['start'] > 0 and t[e['start'] - 1].isalnum() or e['end'] < len(t) and t[e['end']].isalnum()) \
                and (p['id'], e['text']) not in GLUED_OK:
            print('WORD EDGE', p['id'], e['text']); problems += 1
    for a, b in zip(ents, ents[1:]):
        if b['start'] < a['end']: print('OVERLAP', p['id'], a['text'], b['text']); problems += 1
    for s in set(e['text'] for e in ents):
        for m in re.finditer(re.escape(s), t):
            if not any(e['start'] <= m.start() and m.end() <= e['end'] for e in ents):
                a, b = m.start(), m.end()
                if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()): continue
                print('UNCOVERED', p['id'], repr(s), repr(t[max(0, a - 20):b + 20]))
    out.append({"id": p['id'], "text": t,
                "entities": [{k: e[k] for k in ('start', 'end', 'label', 'text', 'norm')} for e in ents],
                "label": [[e['start'], e['end'], e['label']] for e in ents], "meta": p['meta']})
with open('../real-dev4-en.jsonl', 'w') as f:
    for p2 in out: f.write(json.dumps(p2, ensure_ascii=False) + '\n')
c = Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems', problems, 'total', sum(c.values()), dict(c.most_common()))
for p2 in out: print(p2['id'], len(p2['text']), len(p2['entities']))
