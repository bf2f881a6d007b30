"""Hand annotation of real-heldout4 (surface, label, norm in reading order), written from
/work/shared/spec/annotation-guidelines.md and the conventions in ../README.md, WITHOUT running the pipeline on these
passages, without reading the pipeline's code and without looking at any extractor output. Offsets are found by
searching each surface from the end of the previous one. Run: python3 select.py && python3 annotate.py
(writes ../real-heldout4.jsonl and prints the checks)."""
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
SKIP = lambda s: ('@', s)   # move the cursor past an untagged stretch (used to step over 《》 titles and look-alikes)
A = {}
A['shangdang_simp_shuoxu'] = [
 T('9月24日', 'XXXX-09-24'), O('中共中央军委'), P('刘'), P('邓'), P('阎'), U('四十九师', [49], '师'), U('六十六师', [66], '师'),
 U('五十师', [50], '师'), T('22日', 'XXXX-09-22'), G('子洪镇'), T('24日', 'XXXX-09-24'), G('沁县城'), L('上党'),
 U('十九军', [19], '军'), U('六十一军', [61], '军'), G('长治'), G('虒亭'), G('夏店'), G('电留'), P('阎'), G('长治'),
 G('长治'), L('上党'), G('长治'), G('长治城'), U('阎军', [], '军'), U('第六十九师', [69], '师'), U('第六十八师', [68], '师'),
 U('保安第九团', [9], '团', '保安'), U('暂编第三十七师', [37], '师', '暂编'), N('11000余人', 11000, '人', 'over'),
 G('五马'), U('冀南纵队', [], '纵队'), P('陈再道'), N('三天', 3, '天'), T('9月24日黄昏', 'XXXX-09-24TEV'), N('三颗', 3, '颗'),
 N('6000余', 6000, '', 'over'), O('国民党'), U('第三十七师', [37], '师'), N('1个团', 1, '个团'), U('八路军', [], '军'),
 N('十几分钟', 10, '分钟', 'over'), U('阎军', [], '军'), N('1个加强排', 1, '个加强排'), F('琉璃阁'), F('琉璃阁'),
 U('冀南纵队', [], '纵队'), F('南关'),
]
A['zhongyuan_trad_jizihe'] = [
 T('1946年6月26日', '1946-06-26'), G('湖北'), G('安徽'), G('河南'), N('三省', 3, '省'), U('中原軍區', [], '军区'), P('李先念'),
 O('國民黨'), N('30萬', 300000, ''), O('中國共產(chǎn)黨'), U('中國人民解放軍', [], ''), E('解放戰(zhàn)爭'),
 L('中原'), T('1945年10月', '1945-10'), P('王震'), U('八路軍三五九旅南下支隊', [359], '支队'), P('王樹聲'),
 U('河南軍區', [], '军区'), L('鄂豫皖邊區'), U('新四軍第五師', [5], '师'), T('11月', '1945-11'), O('中共中央'),
 O('中原中央局'), U('中原軍區', [], '军区'), P('鄭位三'), O('中原局'), U('中原軍區', [], '军区'), P('李先念'),
 U('中原軍區', [], '军区'), P('王樹聲'), U('中原軍區', [], '军区'), P('王震'), U('中原軍區', [], '军区'), L('中原'),
 G('鄂'), G('豫'), G('皖'), G('湘'), G('贛'), N('五省', 5, '省'), N('1500萬', 15000000, ''), N('5萬余人', 50000, '人', 'over'),
 N('30余萬人', 300000, '人', 'over'), E('抗戰'), L('中原'), O('國民黨'), G('日本'), L('中原'),
 U('第四十七軍', [47], '军'), U('第六十六軍', [66], '军'), U('第四十七軍', [47], '军'), U('第六十六軍', [66], '军'),
 U('第四十一軍', [41], '军'), U('第四十八軍', [48], '军'), U('第七十二軍', [72], '军'), U('第七十五軍', [75], '军'),
 N('6000多座', 6000, '座', 'over'),
]
A['jianggui_trad_ttkan'] = [
 E('蔣桂戰爭'), G('武漢'), P('夏威'), P('葉琪'), N('兩師', 2, '師'), G('鄂'), G('湘'), P('魯滌平'),
 T('二月二十一日晨', 'XXXX-02-21TMO'), G('江西'), P('夏'), P('葉'), N('兩師', 2, '師'), G('長沙'), U('夏師', [], '师'),
 U('李明瑞旅', [], '旅'), U('楊騰輝旅', [], '旅'), P('魯'), T('二月二十六日', 'XXXX-02-26'), G('渠城'), P('蔣介石'), G('溪口'),
 G('南京'), P('魯滌平'), T('二月二十八日', 'XXXX-02-28'), P('胡宗鐸'), P('陶鈞'), P('葉琪'), P('何鍵'), G('長沙'),
 U('胡宗鐸師', [], '师'), G('武穴'), G('黃梅'), G('廣濟'), L('長江'), U('夏威師', [], '师'), U('楊騰輝旅', [], '旅'),
 F('武長路'), G('嶽州', '岳阳'), G('蒲圻', '赤壁'), G('咸寧'), L('贛北'), P('程汝懷'), P('張義純'), T('1895', '1895'),
 T('1982', '1982'), O('桂系'), P('小張飛'), O('國民黨'), U('二十一集團軍', [21], '集团军'), O('國民黨政府'), G('安徽省'),
 N('兩師', 2, '師'), G('武漢'), G('黃州'), U('陶鈞師', [], '师'), G('羅田'), G('黃安', '红安'), G('田家鎮'), G('武穴'),
 P('白崇禧'), G('武漢'), P('馮玉祥'), L('中原'), P('李宗仁'), P('溫喬生'), P('馮'), G('河南'), G('輝縣'), G('百泉村'),
 P('蔣介石'), P('邵力子'), P('馬福祥'), T('三月五日', 'XXXX-03-05'), P('馮玉祥'), L('華山'), P('馮'), G('河南'), G('武漢'),
 P('馮'), O('行政院'), P('馮玉祥'), P('蔣介石'), P('馮'), P('蔣'), P('馮'), P('玉祥'), P('蔣介石'),
 T('三月二十八日', 'XXXX-03-28'), P('馮玉祥'), P('韓復榘'), L('豫南'), G('武漢'), U('中央軍第一軍', [1], '军'), P('劉峙'),
 U('第二軍', [2], '军'), P('朱紹良'), U('第二路軍', [2], '路军'), G('武漢'), G('江西'), P('朱培德'), U('第三軍', [3], '军'),
 U('第一路軍', [1], '路军'), F('武長路'), G('武漢'), P('蔣介石'), P('何鍵'), U('第四軍', [4], '军'),
]
A['xinjiang_trad_twwiki'] = [
 E('清軍收復新疆之戰'), E('左宗棠收復新疆'), P('左宗棠'), G('新疆'), P('阿古柏'), G('中國'),
 T('1865年', '1865'), T('同治四年', '1865'), P('阿古柏'), G('新疆'), G('哲德沙爾汗國'), G('新疆'), T('1871年', '1871'),
 T('同治十年', '1871'), G('沙俄'), G('新疆'), G('伊犁'), E('海防塞防之爭'), T('1875年', '1875'), T('光緒元年', '1875'),
 P('左宗棠'), G('新疆'),
 T('1876年', '1876'), T('光緒二年', '1876'), T('4月', '1876-04'), G('肅州', '酒泉'), G('酒泉'), U('湘軍', [], '军'),
 P('劉錦棠'), G('疆'), G('古牧地'), G('烏魯木齊'), G('瑪納斯'), T('1877年', '1877'), T('光緒三年', '1877'),
 T('4月', '1877-04'), N('三路', 3, '路'), L('南疆'), N('半月', 0.5, '月'), G('達坂'), G('托克遜'), G('吐魯番'),
 N('三城', 3, '城'), L('南疆'), T('5月', '1877-05'), P('阿古柏'), T('10月', '1877-10'), L('南疆'), N('四城', 4, '城'),
 N('四城', 4, '城'), P('阿古柏'), P('伯克·胡里'), G('俄'), T('1878年1月2日', '1878-01-02'),
 T('光緒三年十一月二十九日', '1878-01-02'), G('和田'), E('收復新疆之戰'),
 G('英'), G('俄'), G('新疆'), P('曾紀澤'), T('1881年', '1881'), T('光緒七年', '1881'), G('沙俄'), SKIP('《伊犁條約》'),
 O('清政府'), G('伊犁'), T('1884年', '1884'), T('光緒十年', '1884'), G('新疆'), P('劉錦棠'), G('甘肅'), G('新疆'),
]
A['dushan_simp_2278'] = [
 T('1944年底', '1944', 'END'), G('贵州'), G('独山'), G('独山县城'), E('抗日战争'), G('中国'),
 E('独山之战'), E('一号作战'), E('独山战役'), G('日本'), G('独山'), O('国民政府'), E('独山之战'), G('独山县'),
 T('1944年12月', '1944-12'), G('贵州'), E('黔南事变'), T('1944年', '1944'), E('一号作战'), T('4月', '1944-04'),
 T('11月', '1944-11'), G('河南'), G('湖南'), G('广东'), G('广西'), N('126座', 126, '座'), T('11月22日', '1944-11-22'),
 G('南宁'), U('支那派遣军总司令部', [], '军'), SKIP('一号作战大纲'), E('抗战'), G('贵州'), G('独山'),
 P('蒋'), P('何应钦'), G('贵阳'), P('张道藩'), P('徐悲鸿'), O('国民党'), O('海外部'), G('贵州'), P('谷正纲'),
 O('民政部'), G('贵州'), N('三个', 3, '个'), G('贵州'), P('蒋介石'), G('贵州'), G('贵州'),
]
A['hengcheng_simp_niaozhui'] = [
 G('朝鲜'), G('美'), U('第10军', [10], '军'), T('2月8日', 'XXXX-02-08'), G('北朝鲜'), U('第10军', [10], '军'),
 G('南朝鲜'), U('第5师', [5], '师'), G('北朝鲜'), G('南朝鲜'), U('第3师', [3], '师'), G('洪川'), U('第10军', [10], '军'),
 U('联合国军', [], '军'), G('南朝鲜'), G('横城'), G('美'), U('第1和\n\n第9军', [1, 9], '军'), L('汉江'),
 N('一场', 1, '场'), T('2月11日夜', 'XXXX-02-11TNI'), T('12日晨', 'XXXX-02-12TMO'), G('中国'),
 U('第40和第66师', [40, 66], '师'), G('北朝鲜'), U('第2和第5军', [2, 5], '军'), G('横城'), G('南朝鲜'),
 U('第3、第5、第8师', [3, 5, 8], '师'), U('第8师', [8], '师'), G('中国'), G('北朝鲜'), G('南朝鲜'), O('联合国'),
 G('南朝鲜'), N('三个师', 3, '个师'), G('横城'), G('南\n\n朝鲜'), U('第8师', [8], '师'), G('南朝鲜'), U('第3师', [3], '师'),
 N('一个团', 1, '个团'), G('南朝\n\n鲜'), G('南朝鲜'), G('横城'), SKIP('美军'), G('美'), U('第23团', [23], '团'), U('法国营', [], '营'),
 G('奇永里'), G('中国'), T('2月14日', 'XXXX-02-14'), N('三支', 3, '支'), G('中国'), G('奇永里'), SKIP('美军'), G('美'),
 U('第23团战斗队', [23], '团'), U('法国营', [], '营'), G('奇永里'),
]
A['en_khasan_piglix'] = [
 P('Vasily Blyukher'), P('Nikolai Berzarin'), P('Grigori Shtern'), P('Suetaka Kamezo'), P('Kotoku Sato'),
 N('22,950 troops', 22950, 'troops'), N('354 tanks', 354, 'tanks'), N('13 self-propelled guns', 13, 'self-propelled guns'),
 N('237 artillery pieces', 237, 'artillery pieces'), N('250 aircraft', 250, 'aircraft'), N('180 bombers', 180, 'bombers'),
 N('7,000–7,300 troops', 7000, 'troops'), N('37 artillery pieces', 37, 'artillery pieces'), N('792', 792, ''),
 N('3,279', 3279, ''), N('96 tanks', 96, 'tanks'), N('526', 526, ''), N('913', 913, ''), L('Changkufeng'),
 E('Battle of Lake Khasan'), T('July 29', '1938-07-29'), T('August 11, 1938', '1938-08-11'), E('Changkufeng Incident'),
 E('Хасанские бои'), E('張鼓峰事件'), E('Zhānggǔfēng Shìjiàn'), E('Chōkohō Jiken'), G('China'), G('Japan'),
 G('Manchukuo'), G('Soviet Union'),
]
A['en_wake_tothosewhoserved'] = [
 O('Pan American Airways'), T('7', 'XXXX-12-07'), T('8 December', 'XXXX-12-08'), L('Wake'), T('Monday 8 December', 'XXXX-12-08'),
 G('Guam'), P('Devereux'), U('Army Airways Communications Service', [], ''), F('Hickam Field'), L('Oahu'), L('Oahu'),
 P('Henry S. Wilson'), P('Devereux'), P('Cunningham'),
]
A['en_okinawa_sixthmarinedivision'] = [
 T('March 1945', '1945-03'), L('Okinawa'), L('Ulithi Atoll'), L('Gilbert Islands'), N('over 1500 ships', 1500, 'ships', 'over'),
 U('U.S. Navy', [], ''), N('40 aircraft carriers', 40, 'aircraft carriers'), N('18 battleships', 18, 'battleships'), E('WWII'),
 T('Easter Sunday, 1 April 1945', '1945-04-01'), L('Okinawa'), N('60 miles', 60, 'miles'), N('two to 18 miles', 2, 'miles'),
]
A['en_kotabharu_blogspot'] = [
 U('3rd Indian Corps', [3], '军'), G('Malaya'), U('11th Indian Division', [11], '师'), G('Kedah'), G('Perlis'), G('Perak'),
 U('9th Indian Division', [9], '师'), U('8th Indian Brigade Group', [8], '旅'), G('Kelantan'), G('Kota Bharu'),
 U('22nd Indian Brigade Group', [22], '旅'), G('Kuantan'), G('Kuala Lumpur'), G('Malaya'), U('8th Australian Division', [8], '师'),
 G('Johore'), G('Malacca'), U('22nd and 27th A.I.F. Brigades', [22, 27], '旅'), G('Singapore'), G('Penang'), G('Singapore'),
]
PUNCT = set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
GLUED_OK = set()
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
with open('../real-heldout4.jsonl', 'w') as f:
    for p2 in out: f.write(json.dumps(p2, ensure_ascii=False) + '\n')
c = Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems', problems, 'total', sum(c.values()), dict(c.most_common()))
for lang in ('zh', 'en'):
    cl = Counter(e['label'] for p2 in out if (p2['meta']['script'] == 'en') == (lang == 'en') for e in p2['entities'])
    print(lang, sum(cl.values()), dict(cl.most_common()))
for p2 in out: print(p2['id'], len(p2['text']), len(p2['entities']))
