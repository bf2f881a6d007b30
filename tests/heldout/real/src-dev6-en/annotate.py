"""Hand annotation of real-dev6-en (surface, label, norm in reading order), written from
../shared/spec/annotation-guidelines.md and the conventions in ../README.md BEFORE the pipeline was run
on these passages. Offsets are found by searching each surface from the end of the previous one.
Run: python3 select.py && python3 annotate.py  (writes ../real-dev6-en.jsonl and prints the checks)."""
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

A['en_imphal_wikipedia'] = [
 E('Battle of Imphal'), E('Battle of Imphal'), E('Japan Laan'), E('Operation U-Go'), E('Burma campaign'),
 L('South-East Asian theatre'), E('World War II'), L('China Burma India Theater'), L('Pacific Theater'), E('World War II'),
 T('8 March', '1944-03-08'), T('3 July 1944', '1944-07-03'), G('Imphal'), G('Manipur Kingdom'), G('India'),
 G('British Raj'), G('India'), G('Empire of Japan'), G('Japan'),
 P('William Slim'), P('Geoffry Scoones'), P('Masakasu Kawabe'), P('Renya Mutaguchi'), P('Subhas Chandra Bose'), P('Subhas C. Bose'),
 U('IV Corps', [4], '兵团'), G('India'), U('IV Corps', [4], '兵团'), U('17th Infantry Division', [17], '师', '步兵'), G('India'),
 U('17th Infantry Division', [17], '师', '步兵'), U('20th Indian Infantry Division', [20], '师', '步兵'),
 U('20th Infantry Division', [20], '师', '步兵'), U('23rd Infantry Division', [23], '师', '步兵'), G('India'),
 U('23rd Infantry Division', [23], '师', '步兵'), U('254th Indian Tank Brigade', [254], '旅', '战车'), U('254th Tank Brigade', [254], '旅', '战车'),
 U('Fifteenth Army', [15], '军'), U('Fifteenth Army', [15], '军'), U('15th Division', [15], '师团'), U('Imperial Japanese Army', [], ''),
 U('15th Infantry Division', [15], '师团', '步兵'), U('31st Division', [31], '师团'), U('Imperial Japanese Army', [], ''),
 U('31st Infantry Division', [31], '师团', '步兵'), U('33rd Division', [33], '师团'), U('Imperial Japanese Army', [], ''),
 U('33rd Infantry Division', [33], '师团', '步兵'), U('Subhas Brigade', [], '旅'), U('Bahadur Group', [], ''),
 N('120,000 troops', 120000, 'troops'), N('85,000 troops', 85000, 'troops'), N('66 tanks', 66, 'tanks'),
 N('12,603', 12603, ''), N('54,879', 54879, ''),
 E('Battle of Imphal'), E('Japan Laan'), G('Imphal'), G('Manipur'), L('Northeast India'), T('March', '1944-03'), T('July 1944', '1944-07'),
 G('Imphal'), G('India'), G('Burma'), E('Battle of Kohima'), G('Imphal'), E('Burma campaign'), L('South-East Asian theatre'),
 E('World War II'), G('Kohima'), G('Imphal'),
]
A['en_imphal_battleofimphal'] = [
 F('Kanglatongbi War Memorial'), F('Imphal-Kohima Road'), F('Kanglatongbi War Memorial'), F('Imphal-Kohima Road'), P('Ranjit Moirangthem'),
 E('Battle of Imphal'), N('more than 120,000 men', 120000, 'men', 'over'), U('14th Army', [14], '军'),
 G('Imphal'), U('4th Corps', [4], '兵团'), U('14th Army', [14], '军'), N('three infantry Divisions', 3, 'infantry Divisions'),
 U('17th, 20th and 23rd Indian Divisions', [17, 20, 23], '师'), U('50th Indian Parachute Brigade', [50], '旅', '伞兵'),
 U('254th Indian Tank Brigade', [254], '旅', '战车'), U('4th Corps', [4], '兵团'), P('Geoffrey Scoones'),
 N('two Brigades', 2, 'Brigades'), U('5th Indian Division', [5], '师'), N('one', 1, ''), U('7th Indian Division', [7], '师'),
 G('Imphal'), G('Arakan'), G('Burma'), G('Rakhine State'), G('Myanmar'), T('March', '1944-03'), T('May 1944', '1944-05'),
 G('Manipur'), U('V’ Force', [], '部队'), G('Imphal'), G('India'), G('Burma'),
 G('Manipur'), N('around 70,000 men', 70000, 'men', 'about'), N('two Divisions', 2, 'Divisions'), U('15th', [15], '师团'), U('33rd', [33], '师团'),
 U('15th Army', [15], '军'), U('31st', [31], '师团'), N('some 20,000 men', 20000, 'men', 'some'), G('Kohima'), G('Ukhrul'),
 U('15th Army', [15], '军'), P('Renya Mutaguchi'),
 N('Over 7,000 men', 7000, 'men', 'over'), U('INA', [], ''), U('1st Division', [1], '师'), E('Battle of Imphal'),
 U('Gandhi and Azad Brigades', [], '旅'), U('Subhash Brigade', [], '旅'), U('INA', [], ''),
]
A['en_marcopolo_worldhistoryproject'] = [
 E('Marco Polo Bridge Incident'), E('Battle of Lugou Bridge'), T('June 1937', '1937-06'), F('Marco Polo Bridge'),
 T('night of July 7, 1937', '1937-07-07TNI'), T('approximately 23:00', '1937-07-07T23:00', 'APPROX'),
 P('Kiyonao Ichiki'), P('Renya Mutaguchi'), P('Ji Xingwen'), U('219th Regiment, 37th Division, 29th Route Army', [219, 37, 29], '团'),
 G('Wanping'), T('23:40', '1937-07-07T23:40'), P('Qin Dechun'), U('29th Route Army', [29], '路军'), O('Hebei-Chahar Political Council'),
 G('China'), G('Wanping'), P('Qin'), G('Wanping'), G('Wanping'), N('two hours', 2, 'hours'),
]
A['en_henderson_codenames'] = [
 E('Battle of Henderson Field'), E('Battle of Henderson Field'), E('Battle of Guadalcanal'), E('Battle of Lunga Point'),
 G('US'), L('Guadalcanal'), L('Solomon islands'), T('23', '1942-10-23'), T('26 October 1942', '1942-10-26'),
 E('Pacific campaign'), E('World War II'), E('Battle of Henderson Field'), E('Pacific War'),
 N('three major land offensives', 3, 'major land offensives'), E('Guadalcanal campaign'),
 U('US Marine Corps', [], ''), U('US Army', [], ''), P('Alexander A. Vandegrift'), U('17th Army', [17], '军'), P('Harukichi Hyakutake'),
 T('23 October', '1942-10-23'), P('Vandegrift'), G('Nouméa'), L('New Caledonia'), P('William F. Halsey'), U('South Pacific Area', [], '战区'),
 P('Robert L. Ghormley'), P('William H. Rupertus'), U('1st Marine Division', [1], '师', '陆战'), L('Guadalcanal'), P('Vandegrift'),
 G('US'), F('Lunga perimeter'), F('Henderson Field'), G('US'), L('Guadalcanal'), G('US'), E('Watchtower'), T('7 August 1942', '1942-08-07'),
 P('Hyakutake'), L('Guadalcanal'), N('three days', 3, 'days'), F('Lunga perimeter'),
]
A['en_adminbox_piglix'] = [
 E('Battle of the Admin Box'), E('Burma Campaign'), U('7th Indian Division', [7], '师'), L('Ngakyedauk Pass'), G('Arakan'), G('Burma'),
 T('February 1944', '1944-02'), G('Japan'), G('Azad Hind'), P('Philip Christison'), P('Tokutaro Sakurai'),
 N('2 infantry divisions', 2, 'infantry divisions'), N('1 armoured regiment', 1, 'armoured regiment'), N('2 infantry divisions', 2, 'infantry divisions'),
 N('1 infantry division', 1, 'infantry division'), N('3,506', 3506, ''), N('3 Fighter aircraft', 3, 'Fighter aircraft'),
 N('3,106', 3106, ''), N('2,229', 2229, ''), N('65 Fighter aircraft', 65, 'Fighter aircraft'),
 E('Battle of the Admin Box'), E('Battle of Ngakyedauk'), E('Battle of Sinzweya'), L('Southern Front'), E('Burma Campaign'),
 T('5', '1944-02-05'), T('23 February 1944', '1944-02-23'), L('South-East Asian Theatre'), E('World War II'),
 L('Central Front'), G('Assam'), O('Allies'), U('Indian Army', [], ''), U('7th Division', [7], '师'), P('Frank Messervy'), T('7 February', '1944-02-07'),
 T('1941', '1941'), T('early 1942', '1942', 'START'), G('Burma'), T('1943', '1943'), O('Allies'), G('Arakan'), G('Burma'),
 L('Akyab Island'), L('Mayu Peninsula'),
]
A['en_wuyuan_wikipedia'] = [
 E('Battle of Wuyuan'), E('Battle of Wuyuan'), E('1939–1940 Winter Offensive'), E('Second Sino-Japanese War'),
 G('Wuyuan County'), G('Suiyuan'), G('Republic of China'), G('Republic of China'), G('Empire of Japan'),
 P('Fu Zuoyi'), P('Ma Hongbin'), P('Ma Hongkui'), P('Ma Buqing'), P('Naozaburo Okabe'), P('Shigenori Kuroda'),
 N('16,587', 16587, ''), U('Chinese Muslim Cavalry', [], '', '骑兵'),
 U('Puppet Mongolian Army', [], ''), N('approximately 3,000', 3000, '', 'about'), U('Puppet West Suiyuan Army', [], '军'),
 N('approximately 1,000', 1000, '', 'about'), U('West Suiyuan Garrison', [], '', '警备'), N('more than 1,500', 1500, '', 'over'),
 N('approximately 310 Japanese police officers', 310, 'Japanese police officers', 'about'),
 N('1,211', 1211, ''), N('1,288', 1288, ''), N('233', 233, ''), T('1962', '1962'), N('1,943', 1943, ''), N('278', 278, ''),
 N('More than 100', 100, '', 'over'), N('300 police officers', 300, 'police officers'),
 E('Battle of Wuyuan'), T('March 16', '1940-03-16'), T('April 3, 1940', '1940-04-03'), G('Wuyuan'), E('1939-40 Winter Offensive'),
 G('Suiyuan'), E('Second Sino-Japanese War'), E('Second Battle of the Back Loop'), E('第2次後套作戦'),
 T('28 January 1940', '1940-01-28'), U('26th Division', [26], '师团'), G('Baotou'), E('First Battle of the Back Loop'), E('第1次後套作戦'),
 G('Wuyuan'), T('3 February', '1940-02-03'), G('Linhe'), T('4 February', '1940-02-04'),
 U('Mongolia Garrison Army', [], '军'), U('駐蒙軍', [], '军'), P('Naosaburo Okabe'), U('26th Division', [26], '师团'), P('Shigenori Kuroda'),
 U('IJA Cavalry Group', [], '集团', '骑兵'), U('8th War Area', [8], '战区'), P('Fu Zuoyi'), U('35th Corps', [35], '军'), P('Fu Zuoyi'),
 U('New 4th Division', [4], '师', '新编'), U('New 31st Division', [31], '师', '新编'), U('11th Provisional Division', [11], '师', '暂编'),
 U('Garrison Brigade', [], '旅', '警备'), U('81st Corps', [81], '军'), P('Ma Hongbin'), U('101st Division', [101], '师'),
 U('6th Cavalry Corps', [6], '军', '骑兵'), P('Ma Buqing'), U('3rd Cavalry Division', [3], '师', '骑兵'), U('Guerrilla Force', [], '部队', '游击'),
]
A['en_sittang_kiwix'] = [
 E('Battle of Sittang Bridge'), E('Burma Campaign'), E('Japanese Conquest of Burma'), T('April', '1942-04'), T('May 1942', '1942-05'),
 T('22 February 1942', '1942-02-22'), T('23 February 1942', '1942-02-23'),
 G('United Kingdom'), G('British Empire'), G('British Raj'), G('British India'), G('Japan'),
 G('United Kingdom'), P('John Smyth'), G('Empire of Japan'), P('Shōjirō Iida'), G('Empire of Japan'), P('Shōzō Sakurai'),
 N('1 understrength division', 1, 'understrength division'), N('1 regiments', 1, 'regiments'),
 E('Battle of Sittang Bridge'), E('Burma campaign'), E('Second World War'), T('22', '1942-02-22'), T('23 February 1942', '1942-02-23'),
 G('Empire of Japan'), U('British Indian Army', [], ''), P('John George Smyth'), U('British Indian Army', [], ''), F('Sittang Bridge'),
 E('Sittang disaster'), F('Sittang Bridge'), N('several hundred yards', 100, 'yards', 'some'), L('River Sittang'), L('Sittaung'),
 G('Burma'), G('Myanmar'), U('17th Indian Infantry Division', [17], '师', '步兵'), E('Battle of Bilin River'),
 L('Sittang'), T('19 February', '1942-02-19'), N('30 miles', 30, 'miles'), N('50 km', 50, 'km'),
 U('214th and 215th Regiments', [214, 215], '联队'), L('Sittang'), P('William Slim'), P('William Slim'), L('Burmese theatre'), F('Sittang Bridge'),
]
A['en_tarawa_worldwar2database'] = [
 L('Tarawa'), L('Makin'), L('Gilbert Islands'), T('November 1943', '1943-11'), L('Tarawa Atoll'), L('Gilberts'),
 L('Betio'), L('Makin'), T('early in 1942', '1942', 'START'), G('US'), N('Nine leathernecks', 9, 'leathernecks'),
 E('Battle of Midway'), L('Guadalcanal'), U('Japanese Imperial Navy', [], ''), L('Gilberts'), P('Keiji Shibasaki'), L('Betio'),
 N('four', 4, ''), G('Singapore'), P('Shibasaki'), N('a million men', 1000000, 'men'), L('Tarawa'), N('a hundred years', 100, 'years'),
 N('35,000 men', 35000, 'men'), N('four days', 4, 'days'), L('Tarawa'), L('Tarawa'), O('Allies'), U('United States Navy', [], ''),
 N('dozens of ships', 12, 'ships', 'some'), T('November 22, 1943', '1943-11-22'), N('three-hour', 3, 'hour'),
 U('2nd Marine Division', [2], '师', '陆战'), L('Betio'), P('Shibasaki'), N('2500 Imperial Naval Marines', 2500, 'Imperial Naval Marines'),
 N('2,300 Korean and Japanese laborers', 2300, 'Korean and Japanese laborers'), L('Betio'), G('US'), L('Makin'), L('Gilberts'),
]
A['en_meiktila_pwencycl'] = [
 G('Meiktila'), L('central Burma'), T('1941', '1941'), L('North and South Meiktila Lakes'), L('Burma dry belt'), T('1941', '1941'),
 N('200-300m', 200, 'm'), N('240m', 240, 'm'),   # 600'-900' and 800': a foot mark ends no span (rule 13)
 T('25', '1942-04-25'), T('26 April 1942', '1942-04-26'), O('Kuomintang'), U('5 Army', [5], '军'),
 T('1945', '1945'), G('Meiktila'), N('eight airstrips', 8, 'airstrips'),
 E('Battle of Meiktila'), E('central Burma campaign'), T('1945', '1945'), G('Meiktila'), L('southern Burma'),
 T('early 1945', '1945', 'START'), P('Kimura'), P('Slim'), L('Shwebo Plain'), L('Chindwin and Irrawady Rivers'),
 P('Slim'), E('EXTENDED CAPITAL'), P('Slim'), U('XXXIII Corps', [33], '兵团'), L('Irrawady'), G('Manadalay', 'Mandalay'),
 U('IV Corps', [4], '兵团'), P('Messervy'), L('Irrawady'), G('Meiktila'), P('Kimura'), U('IV Corps', [4], '兵团'),
 P('Slim'), U('XXXIII Corps', [33], '兵团'), U('IV Corps', [4], '兵团'),
]
PUNCT = set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
FEET_OK = set()
GLUED_OK = {('en_sittang_kiwix', '22 February 1942')}
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
        if (is_punct(e['text'][0]) or is_punct(e['text'][-1])) and (p['id'], e['text']) not in FEET_OK:
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
with open('../real-dev6-en.jsonl', 'w') as f:
    for p2 in out: f.write(json.dumps(p2, ensure_ascii=False) + '\n')
c = Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems', problems, 'total', sum(c.values()), dict(c.most_common()))
for p2 in out: print(p2['id'], len(p2['text']), len(p2['entities']))
