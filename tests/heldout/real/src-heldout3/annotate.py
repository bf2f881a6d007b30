"""Hand annotation of real-heldout3 (surface, label, norm in reading order), written from
../../../../../shared/spec/annotation-guidelines.md and the conventions in ../README.md, WITHOUT running the pipeline
on these passages and without reading the pipeline's code. Offsets are found by searching each surface from the end
of the previous one. Run: python3 select.py && python3 annotate.py  (writes ../real-heldout3.jsonl, prints checks)."""
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
A['huangtuling_trad_gdmsci'] = [
 T('8月7日', 'XXXX-08-07'), P('刁煒'), P('王昊'), P('徐峻傑'), L('太行山'), T('1939年11月', '1939-11'), G('日本'),
 SKIP('《朝日新聞》'), G('日本'), G('中國'), U('獨立混成第2旅團', [2], '旅团', '独立混成'), P('阿部規秀'),
 T('1939年10月下旬', '1939-10', 'END'), N('2萬餘人', 20000, '人', 'over'), L('晉察冀'),
 T('11月3日', '1939-11-03'), P('阿部規秀'), N('1個大隊', 1, '個大隊'), U('八路軍', [], '军'), N('6個團', 6, '個團'),
 T('11月4日', '1939-11-04'), P('阿部規秀'), N('1500餘人', 1500, '人', 'over'), U('晉察冀軍區第1軍分區', [1], '军分区'),
 P('楊成武'), L('黃土嶺'), L('黃土嶺'), L('太行山'), N('一處', 1, '處'), T('6日黃昏', '1939-11-06TEV'), L('黃土嶺'),
 U('八路軍', [], '军'), P('阿部規秀'), T('7日15時許', '1939-11-07T15:00', 'APPROX'), N('1枚', 1, '枚'), P('阿部規秀'),
 N('900餘人', 900, '人', 'over'), P('阿部規秀'), O('軍博'), G('中國'),
]
A['xiangjiang_trad_kanshuwo'] = [
 U('紅軍', [], ''), L('九峰山'), G('南昌'), P('蔣介石'), P('陳濟棠'), P('蔣介石'), P('陳濟棠'), N('一封', 1, '封'), P('陳濟棠'),
 U('國民革命軍', [], ''), N('二十七個團', 27, '個團'), G('藍山'), G('嘉禾'), G('臨武'), P('陳濟棠'), P('蔣介石'),
 U('中央紅軍', [], '军'), N('兩條', 2, '條'), L('瀟水'), L('湘江'), N('兩條', 2, '條'),
 E('長征'), T('一九三四年十一月二十八日一大早', '1934-11-28TMO'), N('一份', 1, '份'), O('國民黨'), U('追剿軍', [], '军'),
 U('第二路軍指揮部', [2], '路军'), U('第二路軍', [2], '路军'), P('薛嶽'), U('紅軍', [], ''), L('湘江'), L('湘江'),
 N('一支', 1, '支'), U('紅軍', [], ''), L('湘江'), N('一座', 1, '座'), U('紅軍', [], ''), N('兩線', 2, '線'), L('湘江'),
 N('一個', 1, '個'), L('湘江'), G('界首'), U('紅軍', [], ''), G('全州'), U('中央紅軍', [], '军'), L('湘江'),
]
A['yudong_trad_atoomu'] = [
 T('1948年', '1948'), E('豫東戰役'), E('解放戰爭'), N('一場', 1, '場'), U('華東野戰軍', [], '野战军'), P('粟裕'),
 N('20萬', 200000, ''), G('河南'), G('開封'), N('25萬', 250000, ''), N('9.4萬', 94000, ''), U('區壽年兵團', [], '兵团'),
 P('邱清泉'), P('黃百韜'), P('胡璉'), N('三路', 3, '路'), U('華野', [], '野战军'), U('中野', [], '野战军'), U('華野', [], '野战军'),
 P('區壽年'), L('豫東'), G('開封'), P('毛'), P('粟裕'), L('江南'), P('粟裕'), U('華野', [], '野战军'), U('中原野戰軍', [], '野战军'),
 L('中原'), P('粟裕'), N('六個月', 6, '個月'), N('12萬', 120000, ''), E('豫東戰役'), P('粟裕'),
 E('萊蕪戰役'), E('孟良崮戰役'), P('蔣介石'), O('國民黨'), U('解放軍', [], ''), P('粟裕'), P('粟裕'), G('河南省'), G('開封'),
 G('開封'), P('粟裕'), U('第五軍', [5], '军'), T('1948年6月17日深夜', '1948-06-17TNI'), E('開封戰役'), N('一場', 1, '場'),
]
A['laiwu_simp_juhezwn'] = [
 E('解放战争'), E('莱芜战役'), T('1947年2月20', '1947-02-20'), T('23日', '1947-02-23'),
 U('华东野战军第1、第4、第7、第8、第9纵队', [1, 4, 7, 8, 9], '纵队'), U('第46、第73、第12军', [46, 73, 12], '军'),
 P('陈毅'), P('粟裕'), P('李仙洲'), N('5.6万余人', 56000, '人', 'over'), T('1947年2月初', '1947-02', 'START'),
 U('山东野战军', [], '野战军'), U('华中野战军', [], '野战军'), U('山东军区', [], '军区'), U('华东野战军', [], '野战军'),
 P('陈毅'), P('粟裕'), N('11个步兵纵队', 11, '个步兵纵队'), N('1个特种兵纵队', 1, '个特种兵纵队'), N('约30万人', 300000, '人', 'about'),
 G('山东'), G('临沂'), N('2个纵队', 2, '个纵队'), L('苏中'), L('苏北'),
 U('华东野战军', [], '野战军'), P('毛泽东'), P('陈毅'), P('粟裕'), P('陈毅'), P('粟裕'), P('粟裕'),
 U('中国人民解放军', [], ''), P('陈毅'), P('粟裕'), N('二人', 2, '人'),
 T('1927年8月', '1927-08'), P('陈毅'), P('粟裕'), E('南昌起义'), T('1928年', '1928'), E('湘南起义'), P('陈毅'),
 U('工农革命军第1师', [1], '师'), P('粟裕'), U('第5连', [5], '连'), N('二人', 2, '人'), L('井冈山'), E('朱毛会师'),
 P('陈毅'), U('红4军', [4], '军'), P('粟裕'), L('井冈山'), L('井冈山'),
]
A['jinan_simp_ysbo'] = [
 P('王耀武'), G('南京'), G('济南'), P('王耀武'), G('济南'), P('王耀武'), P('王耀武'),
 P('罗幸理'), F('永固门'), U('保安六旅', [6], '旅', '保安'), P('徐振中'), U('十九旅', [19], '旅'), P('赵尧'), F('普利门'),
 U('特务旅', [], '旅', '特务'), P('张尊光'), F('坤顺门'), O('齐鲁大学'), U('青年教导总队', [], '总队'), P('张叔衡'),
 N('千余人', 1000, '人', 'over'), P('罗'), G('济南'), N('二十天', 20, '天'), G('济南'), G('济南城'),
 N('一份', 1, '份'), P('王'), T('二十三日九时', 'XXXX-XX-23T09:00'), P('王'), G('徐州'), P('刘'), O('国防部'),
 T('民国三十七年九月二十三日', '1948-09-23'), P('王耀武'), P('罗幸理'),
]
A['zhiluozhen_simp_sxlib'] = [
 U('东北军一○九师', [109], '师'), L('陕北'), P('马锡钧'), T('1935年11月', '1935-11'), L('陕北'), G('鄜县', '富县'), G('富县'),
 E('直罗镇战役'), U('红一军团', [1], '军团'), E('二万五千里长征'), L('陕北'), U('红十五军团', [15], '军团'), P('蒋介石'),
 L('陕北'), N('一个', 1, '个'), U('东北军五十七军一○九师', [57, 109], '师'), U('东北军', [], '军'),
 U('六二七团第二营', [627, 2], '营'), U('红军', [], ''),
 T('1934年初', '1934', 'START'), P('蒋介石'), P('毛泽东'), G('日本'), P('张学良'), U('东北军', [], '军'), P('王以哲'),
 U('六十七军', [67], '军'), P('刘多荃'), U('一○五师', [105], '师'), P('何柱国'), U('五十七军', [57], '军'), L('豫鄂边区'),
 U('红军', [], ''), U('五十七军一○九师', [57, 109], '师'), P('牛元峰'), O('保定军校'), O('东北讲武堂'), N('两期', 2, '期'),
 T('1934年9月', '1934-09'), U('一○九师', [109], '师'), G('湖北'), G('麻城县', '麻城'), G('河南'), G('光山县'), U('红军', [], ''),
 P('徐海东'), U('红二十五军', [25], '军'), L('皖西'), G('六安'), G('霍山'), U('一○九师', [109], '师'), G('麻城'), G('汤池'),
 N('四个连', 4, '个连'), U('红军', [], ''), G('大柳树'), U('东北军一○七师', [107], '师'), N('两团', 2, '团'), G('光山县'),
 G('胡家寨'), U('东北军一一七师', [117], '师'), U('一二○师', [120], '师'), N('五千余人', 5000, '人', 'over'),
 N('一百余挺', 100, '挺', 'over'), U('东北军', [], '军'), U('红军', [], ''),
]
A['en_portarthur_wikipedia'] = [
 E('Siege of Port Arthur'), E('Russo-Japanese War'), T('August 1, 1904', '1904-08-01'), T('January 2, 1905', '1905-01-02'),
 G('Port Arthur', 'Lüshunkou'), G('Lüshunkou District'), G('China'),
 P('Nogi Maresuke'), P('Kodama Gentarō'), P('Ijichi Kōsuke'), P('Nakamura Satoru'), P('Tōgō Heihachirō'),
 P('Anatoly Stessel'), P('Roman Kondratenko'), P('Alexander Fok'), P('Konstantin Smirnov'), P('Robert Viren'),
 P('Nikolai Tretyakov'), P('Ali-Agha Shikhlinski'), P('Joseph Trumpeldor'),
 N('201,000', 201000, ''), N('474 artillery pieces', 474, 'artillery pieces'), N('101,000', 101000, ''),
 N('506 artillery pieces', 506, 'artillery pieces'), N('55,675', 55675, ''), N('91,549', 91549, ''),
 N('16 warships', 16, 'warships'), N('2 battleships', 2, 'battleships'), N('4 cruisers', 4, 'cruisers'),
 E('siege of Port Arthur'), E('旅順攻囲戦'), E('Ryojun Kōisen'), E('Оборона Порт-Артура'), E('Oborona Port-Artura'),
 T('August 1, 1904', '1904-08-01'), T('January 2, 1905', '1905-01-02'), E('Russo-Japanese War'),
]
A['en_mukden_haohao'] = [
 E('Battle of Mukden'), E('Russo-Japanese War'), E('battle of Mukden'), T('20 February', '1905-02-20'),
 T('10 March 1905', '1905-03-10'), N('2 weeks', 2, 'weeks'), N('4 days', 4, 'days'), G('Mukden', 'Shenyang'), G('Shenyang'),
 L('Manchuria'), L('Manchuria'), L('Manchuria'), G('Empire of Japan'), G('Empire of Japan'), G('Russian Empire'), G('Russian Empire'),
 P('Ōyama Iwao'), P('Tatsumi Naofumi'), P('Aleksey Kuropatkin'),
 N('270,250 troops', 270250, 'troops'), N('262,900 infantry', 262900, 'infantry'), N('7,350 cavalry', 7350, 'cavalry'),
 N('992 guns', 992, 'guns'), N('200 machine guns', 200, 'machine guns'), N('292,000 troops', 292000, 'troops'),
 N('77,504', 77504, ''), N('15,892', 15892, ''), N('59,612', 59612, ''), N('2,000', 2000, ''),
 N('88,352', 88352, ''), N('8,705', 8705, ''), N('51,438', 51438, ''), N('28,209', 28209, ''), N('22,000', 22000, ''),
 N('610,000 combat participants', 610000, 'combat participants'), N('164,000 combatant casualties', 164000, 'combatant casualties'),
 E('World War I'),
]
A['en_xian_whatwhenhow'] = [
 P('Chiang\nKai-shek'), T('early December 1936', '1936-12', 'START'), G("Xi'an"), G('Shaanxi'), P('Zhang\nXueliang'),
 G("Xi'an"), T('December 10', '1936-12-10'), P('Zhang'), T('early\nhours of December 12', '1936-12-12TMO'), P('Zhang'),
 P('Chiang Kai-shek'), P('Chiang'), P('Zhang'), T('December 25, 1936', '1936-12-25'), P('Chiang Kai-shek'), G('Nanjing'),
 P('Zhang Xueliang'), G('Nanjing'), P('Chiang Kai-shek'), P('Zhang'),
]
A['en_luding_chinadailyhk'] = [
 T('12:18', '2021-06-10T12:18'), T('June 10, 2021', '2021-06-10'), T('12:24', '2021-06-10T12:24'), T('June 10, 2021', '2021-06-10'),
 F('Luding bridge'), P('Huang Zhiling'), G('Chengdu'), E('Long March'), F('Luding Bridge'), G('Luding county'),
 G('Sichuan province'), P('WANG HUABIN'), O('CHINA DAILY'),
 P('Sun Guangjun'), U('Red Army', [], ''), N('120 kilometers', 120, 'kilometers'), T('May 1935', '1935-05'), F('Luding Bridge'),
 L('Dadu River'), U('Red Army', [], ''), P('Xiao Bao'), N('two visitors', 2, 'visitors'), P('Sun'), G('Luding county'),
 G('Ganzi Tibetan autonomous prefecture'), G('Sichuan province'),
]
PUNCT = set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
GLUED_OK = {('en_portarthur_wikipedia', s) for s in ('Roman Kondratenko', 'Nikolai Tretyakov', 'Ali-Agha Shikhlinski',
            'Joseph Trumpeldor')} | {('en_mukden_haohao', '20 February')}
passages = json.load(open('passages.json'))
out = []; problems = 0
for p in passages:
    t = p['text']; cur = 0; ents = []; en = p['meta']['script'] == 'en'
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
        if en and (e['start'] > 0 and t[e['start'] - 1].isalnum() or e['end'] < len(t) and t[e['end']].isalnum()) \
                and (p['id'], e['text']) not in GLUED_OK:
            print('WORD EDGE', p['id'], e['text']); problems += 1
        for m in re.finditer(r'《[^》]{0,80}》', t):
            if m.start() < e['end'] and e['start'] < m.end():
                print('INSIDE 《》', p['id'], e['text']); problems += 1
    for a, b in zip(ents, ents[1:]):
        if b['start'] < a['end']: print('OVERLAP', p['id'], a['text'], b['text']); problems += 1
    for s in set(e['text'] for e in ents):
        for m in re.finditer(re.escape(s), t):
            if not any(e['start'] <= m.start() and m.end() <= e['end'] for e in ents):
                a, b = m.start(), m.end()
                if en and ((a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum())): continue
                print('UNCOVERED', p['id'], repr(s), repr(t[max(0, a - 12):b + 12]))
    out.append({"id": p['id'], "text": t,
                "entities": [{k: e[k] for k in ('start', 'end', 'label', 'text', 'norm')} for e in ents],
                "label": [[e['start'], e['end'], e['label']] for e in ents], "meta": p['meta']})
with open('../real-heldout3.jsonl', 'w') as f:
    for p2 in out: f.write(json.dumps(p2, ensure_ascii=False) + '\n')
c = Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems', problems, 'total', sum(c.values()), dict(c.most_common()))
for p2 in out: print(p2['id'], len(p2['text']), len(p2['entities']))
