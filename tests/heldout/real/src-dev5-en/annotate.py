"""Hand annotation of real-dev5-en (surface, label, norm in reading order), written from
../shared/spec/annotation-guidelines.md and the conventions in ../README.md BEFORE the pipeline was run
on these passages. Offsets are found by searching each surface from the end of the previous one.
Run: python3 select.py && python3 annotate.py  (writes ../real-dev5-en.jsonl and prints the checks)."""
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
A['en_sihang_wikipedia'] = [
 E('Defense of Sihang Warehouse'), E('Battle of Sihang Warehouse'), E('Battle of Shanghai'), E('Second Sino-Japanese War'),
 G('Shanghai'), G('Zhabei district'), G('Shanghai'), G('Republic of China'),
 G('Shanghai International Settlement'), T('31 October 1937', '1937-10-31'),
 P('Xie Jinyuan'), P('Yang Ruifu'), P('Okochi Denshichi'), P('Haji Kitaro'),
 N('410–420 soldiers', 410, 'soldiers'), N('~1,200 naval infantry', 1200, 'naval infantry', 'about'),
 N('10–35', 10, ''), N('37–54', 37, ''), N('33', 33, ''), N('50+', 50, '', 'over'), N('80+', 80, '', 'over'),
 N('100–200+', 100, ''), N('4 tanks', 4, 'tanks'), N('42', 42, ''),
 U('1st Battalion, 524th Regiment', [1, 524], '营'),   # one span: the project's 'unit, parent' convention (real-dev2-en '4th Bn, Royal West Kent Regiment')
 U('Shanghai Special Naval Landing Force', [], ''), U('10th Battalion', [10], '营'),
 U('Yokosuka 2nd Independent SNLF Company', [2], '连', '独立'), U('Kure 1st SNLF', [1], ''),
 U('8th and 9th Companies', [8, 9], '连'), U('3rd Division', [3], '师团'),
 E('Battle of Sihang Warehouse'), T('October 26', '1937-10-26'), T('November 1, 1937', '1937-11-01'),
 N('three-month', 3, 'month'), E('Battle of Shanghai'), E('Second Sino-Japanese War'),
]
A['en_chipyong_time1951'] = [
 T('Monday, Feb. 26, 1951', '1951-02-26'), G('Chipyong'), G('Kunu'), T('December', '1950-12'), P('Paul Freeman'), N('43', 43, ''),
 U('23rd U.S. Infantry Regiment', [23], '团', '步兵'), U('Eighth Army', [8], '军'), G('Wonju'), T('January', '1951-01'),
 U('23rd', [23], '团'), G('Chipyong'), P('Freeman'), P('Ralph Monclar'), U('Foreign Legion', [], ''), G('Korea'),
 G('Chipyong'), O('U.N.'), P('Freeman'), U('Eighth Army', [8], '军'),
 N('three Red Chinese divisions', 3, 'Red Chinese divisions'),
]
A['en_paracel_modelshipwrights'] = [
 E('Battle of the Paracel Islands'), G("People's Republic of China"), G('Republic of Vietnam'), G('South Vietnam'),
 L('Paracel Islands'), T('January 19, 1974', '1974-01-19'),
 N('Four warships', 4, 'warships'), G('Republic of Vietnam'), N('three frigates', 3, 'frigates'), N('one corvette', 1, 'corvette'),
 U('ARVN', [], ''), G("People's Republic of China"), N('four warships', 4, 'warships'), U('PLAN', [], ''),
 N('two more Kronstad-Class submarine chasers', 2, 'more Kronstad-Class submarine chasers'), N('two', 2, ''), U('PLA', [], ''),
]
A['en_sinoindian_sankalp'] = [
 T('20 October 1962', '1962-10-20'), N('two attacks', 2, 'attacks'), N('1000 kilometers', 1000, 'kilometers'),
 L('Chip Chap valley'), L('Aksai Chin'), L('Namka Chu river'), L('Nathula Pass'), G('Sikkim'),
 N('four days', 4, 'days'), N('three regiments', 3, 'regiments'), G('Walong'), T('25 October', '1962-10-25'),
 U('4th Sikhs', [4], '营'), P('Kewal Singh'),
]
A['en_mukden_nina'] = [
 T('September 18, 1931', '1931-09-18'), G('China'), G('Japan'), N('160,000', 160000, ''), N('30,000–66,000', 30000, ''),
 N('340+', 340, '', 'over'), N('25', 25, ''), E('Mukden incident'), E('九一八事變'), E('九一八事变'), E('瀋陽事變'), E('沈阳事变'),
 E('満州事変'), E('まんしゅうじへん'), E('Manshū Jihen'), E('Mukden incident'), T('1931', '1931'), E('Japanese invasion of Manchuria'),   # as real-dev3-en 'Soviet invasion of Manchuria' (corrected after the first measurement)
 T('September 18, 1931', '1931-09-18'), P('Suemori Kawamoto'), U('Independent Garrison Unit', [], '', '独立'),
 U('29th Japanese Infantry Regiment', [29], '联队', '步兵'), G('Japan'), O('South Manchuria Railway'), G('Mukden', 'Shenyang'), G('Shenyang'),
 U('Imperial Japanese Army', [], ''), L('Manchuria'), G('Japan'), G('Manchukuo'), N('six months', 6, 'months'), T('1932', '1932'),
 G('Japan'), T('March 1933', '1933-03'), O('League of Nations'),
]
A['en_chamdo_cryer'] = [
 E('Battle of Chamdo'), E("Annexation of Tibet by the People's Republic of China"), E('Cold War'),
 T('6', '1950-10-06'), T('24 October 1950', '1950-10-24'), G('Chamdo'), G('Tibet'), G('Tibet Autonomous Region'), G('China'),
 E("Annexation of Tibet by the People's Republic of China"), G('Tibet'), G('China'),
 P('Ngapoi Ngawang Jigme'), P('Lhalu Tsewang Dorje'), P('Liu Bocheng'), P('Deng Xiaoping'), P('Zhang Guohua'), P('Fan Ming'),
 U('Tibetan Army', [], ''), N('8,500', 8500, ''), U("People's Liberation Army", [], ''),
 N('180', 180, ''), N('~3,000', 3000, '', 'about'), N('3,341', 3341, ''), N('114', 114, ''),
 E('Battle of Chamdo'), G('Qamdo'), T('6', '1950-10-06'), T('24 October 1950', '1950-10-24'),
 G("People's Republic of China"), G('PRC'), G('Chamdo Region'),
]
A['en_pingjin_cambridge'] = [
 E('Peiping-Tientsin\ncampaign'), P('Lin Piao'), L('Manchuria'), E('Peiping-Tientsin campaign'),
 N('890,000\nregular Communist troops', 890000, 'regular Communist troops'),
 U('North China and North-east Field\nArmies', [], '野战军'), P('Lin Piao'), N('some 600,000\ntroops', 600000, 'troops', 'some'),
 P('Fu Tso-i'), P('Lin Piao'), F('Great Wall'), G('Peiping', 'Beijing'), G('Tientsin', 'Tianjin'), P('Nieh Jung-chen'),
 U('North China Field Army', [], '野战军'), G('Kalgan', 'Zhangjiakou'), P('Nieh'), G('Kalgan', 'Zhangjiakou'), P('Fu'),
 G('Peiping', 'Beijing'), L('North-east'), P('Fu'), G('Kiangsu', 'Jiangsu'), E('Huai-Hai campaign'), T('early November', 'XXXX-11', 'START'),
]
A['en_xifengkou_gmw'] = [
 T('early 1933', '1933', 'START'), L('Northeast China'), U('Kwantung Army', [], '军'), L('North China'), T('February', '1933-02'),
 G('Rehe Province'), G('Hebei'), G('Liaoning'), G('Inner Mongolia'), G('Chengde'), G('Hebei'), T('March 4', '1933-03-04'),
 N('Five days', 5, 'days'), T('March 9', '1933-03-09'), U('14th Mixed Brigade', [14], '旅团', '混成'), L('Xifengkou Pass'),
 F('Great Wall'), G('China'), L('North China Plain'), G('Qianxi County'), G('Tangshan City'), N('about 150 km', 150, 'km', 'about'),
 G('Beijing'), L('Xifengkou Pass'), L('Luanhe River'), F('Great Wall'), G('Beijing'), G('Tianjin'), G('Beiping', 'Beijing'),
 G('Tientsin', 'Tianjin'), L('North China'), U('National Revolutionary Army', [], ''), U('29th Corps', [29], '军'),
 U('Northwestern Army', [], '军'), U('29th Corps', [29], '军'),
]
A['en_porkchop_absoluteastronomy'] = [
 O('United Nations'), G('United States'), N('two days', 2, 'days'), N('five days', 5, 'days'), U('United Nations Command', [], ''),
 T('October 1951', '1951-10'), T('May 1952', '1952-05'), U('Item Company', [], '连'), G('U.S.'), U('180th Infantry Regiment', [180], '团', '步兵'),
 U('21st Thai Battalion', [21], '营'), U('2nd Infantry Division', [2], '师', '步兵'), G('United States'), T('November, 1952', '1952-11'),
 T('December 29, 1952', '1952-12-29'), U('7th Infantry Division', [7], '师', '步兵'), L('Pork Chop Hill'),
 F('Main Line of Resistance'), F('MLR'), U('7th Infantry Division', [7], '师', '步兵'), N('two divisions', 2, 'divisions'),
 U('Chinese Communist Forces', [], ''), U('141st Division', [141], '师'), U('47th Army', [47], '军'), U('67th Division', [67], '师'),
 U('23rd Army', [23], '军'), U('13th Field Army', [13], '野战军'), P('Deng Hua'), U('Chinese Volunteer Army', [], ''), G('Korea'),
]
A['en_zhili_ancientwar'] = [
 T('late March 1922', '1922-03', 'END'), O('Zhili faction'), P('Wu Peifu'), O('Fengtian faction'), P('Zhang Zuolin'),
 O('Southern Military Government'), P('Chen Jiongming'), G('Hunan'), P('Zhao Hengti'), E('Northern Expedition'), G('Hunan province'),
 P('Deng Keng'), P('Sun Yat-sen'), U('Guangdong Army', [], '军'), P('Sun'),
 P('Zhang Zuolin'), G('Tianjin'), T('March 28', '1922-03-28'), N('twelve mixed brigades', 12, 'mixed brigades'),
 N('240,000 troops', 240000, 'troops'), L('Manchuria'), L('Three Eastern Provinces'), N('300,000', 300000, ''),
 U('Fengtian army', [], '军'), G('Shanhaiguan'), L('Guannei region'), U('4th Brigade', [4], '旅'), U('3rd Brigade', [3], '旅'),
 U('13th Brigade', [13], '旅'), U('27th Division', [27], '师'),
]
PUNCT = set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
GLUED_OK = {('en_sihang_wikipedia', 'Yang Ruifu'), ('en_mukden_nina', 'September 18, 1931'), ('en_mukden_nina', 'Manshū Jihen')}
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
with open('../real-dev5-en.jsonl', 'w') as f:
    for p2 in out: f.write(json.dumps(p2, ensure_ascii=False) + '\n')
c = Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems', problems, 'total', sum(c.values()), dict(c.most_common()))
for p2 in out: print(p2['id'], len(p2['text']), len(p2['entities']))
