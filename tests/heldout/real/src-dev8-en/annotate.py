"""Hand annotation of real-dev8-en (surface, label, norm in reading order), written from
../shared/spec/annotation-guidelines.md and the conventions in ../README.md BEFORE the pipeline was run
on these passages (same method and checker as src-dev7-en/annotate.py). raw_<key>.json holds, for each passage,
the chosen contiguous part of the `search` tool's stored `pages` excerpt (a JSON string, nothing retyped or corrected).
Offsets are found by searching each surface from the end of the previous one.
Run: python3 annotate.py  (writes ../real-dev8-en.jsonl and prints the checks)."""
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

SEL = [
 ("en_pusan_bguthriephotos", "pusan", "http://www.bguthriephotos.com/graphlib.nsf/popIdent?OpenForm&FileName=PATTOM_081008_217.JPG&FileLink=/Graphlib/GraphData8.nsf/Images/2008_KY_Patton_0640/$File/PATTOM_081008_217.JPG",
  "Pusan Perimeter (July-August 1950): Walker's US 8th Army, 5th Marines, 25th and 2nd Infantry Divisions, 89th Tank Battalion, the Naktong line",
  "bguthriephotos.com (a museum photo's caption as a comment field: heading line `Withdrawal to the Pusan Perimeter:`, `LTG Walker`, `90mm`, `T-34/85`)"),
 ("en_singapore_owiki", "singapore", "http://w.owiki.org/wiki/Battle_of_Singapore",
  "Battle / Fall of Singapore (8-15 February 1942): lead and the start of the background (Wikipedia mirror)",
  "owiki.org (Wikipedia mirror: section headings `Background`, `Outbreak of war` on their own lines, straight double quotes, an em dash glued between words)"),
 ("en_dienbienphu_explained", "dienbienphu", "http://everything.explained.today/Battle_of_Di%c3%aan_Bi%c3%aan_Phu",
  "Battle of Dien Bien Phu (13 March - 7 May 1954): infobox (French and Viet Minh commanders, strengths on two dates, casualty rows) and lead",
  "everything.explained.today (infobox as `Key:value` lines glued without a space, Vietnamese diacritics, `~` approximations, footnote marks `[1]`, a range split by marks `1,571[1] –2,293[2]`)"),
 ("en_zhenbao_chinaprofile", "zhenbao", "http://china-profile.com/history/indepth/print/pr_id_52.htm",
  "Zhenbao (Damansky) Island clash, March 1969: ambush of 2 March, Soviet attack of 15 March, casualty claims; commentary",
  "china-profile.com (print page of a chronology: title line, `1969, March` date line between blank lines, a citation `(Goldstein, 2001)`)"),
 ("en_tsushima_bitlit", "tsushima", "https://bitlit.ru/page/en/william-oliver-stevens-allan-f-westcott/a-history-of-sea-power/112",
  "Voyage of the Baltic fleet to Tsushima (October 1904 - January 1905): Rojdestvensky, Libau, Dogger Bank, Nossi Be (book: Stevens and Westcott, A History of Sea Power, 1920)",
  "bitlit.ru (book reader page: old spellings `Rojdestvensky`, `Wahlfish Bay`, `Nossi Bé`, `Oct. 18, 1904`, `18,000-mile`, em dashes)"),
 ("en_tsingtao_understandingwars", "tsingtao", "https://www.understandingwars.com/1501ad-today/20th-century/siege-of-tsingtao-1914/",
  "Siege of Tsingtao (October-November 1914): summary, background, the Allied and German order of battle",
  "understandingwars.com (fact sheet: headings and units in capitals `18th INFANTRY DIVISION`, `2nd BATTALION, THE SOUTH WALES BORDERERS`, German unit names, `—-oOo—-` separators, ships in brackets)"),
 ("en_javasea_warhistory", "javasea", "https://war-history.blogspot.com/2017/10/battle-of-java-sea-february-27-1942.html",
  "Battle of the Java Sea (27 February 1942): Takagi's and Doorman's forces, ship counts, clock times",
  "war-history.blogspot.com (blog: typos `pans`, `Eletcra`, `Kortenear`, `well advance`, `February 27 1942` without a comma, `2.27pm`, `4.16 pm`, hyphen and en dash as dashes)"),
 ("en_bataan_warfarehistorynetwork", "bataan", "https://warfarehistorynetwork.com/?p=33332",
  "Philippines 1941-42 (Bataan and Corregidor): USAFFE, the Philippine Division, 31st Infantry, 45th and 57th Scout regiments, 192nd and 194th tank battalions",
  "warfarehistorynetwork.com (magazine article: curly apostrophes `MacArthur’s`, em dashes, a bare `the 192nd and the 194th`)"),
 ("en_liaoyang_hornygo", "liaoyang", "https://hornygo.com/The_Japan-Russia_War__An_Illustrated_History_of_th/CHAPTER_IX.html",
  "Russo-Japanese War, June-July 1904, before Liaoyang: Oku's Second Army after Telissu, Kuroki, Nodzu, Nogi (no year in the passage)",
  "hornygo.com (copy of a 1905 illustrated history: a run-in section heading, old spellings `Tokio`, `Liao-tung`, `Feng-hwang-cheng`, `Nodzu`, `15th June`)"),
 ("en_weihaiwei_absoluteastronomy", "weihaiwei", "http://absoluteastronomy.com/topics/Battle_of_Weihaiwei",
  "Battle of Weihaiwei (20 January - 12 February 1895): Oyama's Second Army, 2nd and 6th Provincial Divisions, the Beiyang Fleet, Odera",
  "absoluteastronomy.com (encyclopedia mirror that lost its link texts: a line break before every former link, sentences starting with `'s Second Army` and `, who defended`, `Qing\\nChina`)"),
]
A = {}
A['en_pusan_bguthriephotos'] = [
 L('Pusan Perimeter'), O('United Nations'), T('July 1950', '1950-07'), P('Walton H. Walker'), G('US'), U('8th Army', [8], '军'),
 G('Korea'), G('Pusan', 'Busan'), O('UN'), G('US'), G('Pusan', 'Busan'), U('5th Marines', [5], '团'),
 U('25th and 2nd Infantry Divisions', [25, 2], '师', '步兵'), U('89th Tank Battalion', [89], '营', '战车'), T('31 July', '1950-07-31'),
 U('5th Marines', [5], '团'), T('1 August', '1950-08-01'), P('Walker'), L('Naktong River'), G('Korea'),
 N('about 80 miles', 80, 'miles', 'about'), N('approximately 50 miles', 50, 'miles', 'about'),
]
A['en_singapore_owiki'] = [
 E('Battle of Singapore'), E('Fall of Singapore'), E('World War II'), G('Empire of Japan'), G('Singapore'), G('Singapore'),
 L('South-East Asia'), L('South-East Asia'), L('South-West Pacific'), G('Singapore'), T('8', '1942-02-08'), T('15 February 1942', '1942-02-15'),
 N('two months', 2, 'months'), L('Malayan Peninsula'), G('Singapore'), N('About 80,000', 80000, '', 'about'), G('Singapore'),
 N('50,000', 50000, ''), E('Malayan Campaign'), N('about 40,000', 40000, '', 'about'), U('Indian National Army', [], ''),
 P('Winston Churchill'), T('1940', '1940'), T('1941', '1941'), O('Allies'), G('Japan'), G('China'), G('French Indochina'), G('Singapore'),
 T('July 1940', '1940-07'), T('late 1940', '1940', 'END'), T('early 1941', '1941', 'START'),
]
A['en_dienbienphu_explained'] = [
 E('Battle of Dien Bien Phu'), E('First Indochina War'), T('13 March', '1954-03-13'), T('7 May 1954', '1954-05-07'),
 G('Điện Biên Phủ'), G('French Indochina'), G('Vietnam'), G('Vietnam'), O('Việt Minh'), G('Democratic Republic of Vietnam'),
 G('French Union'), G('United States'), G('Democratic Republic of Vietnam'),
 P('André Trancart'), P('Jules Gaucher'), P('Pierre Langlais'), P('André Lalande'), P('Charles Piroth'), P('Hồ Chí Minh'),
 P('Võ Nguyên Giáp'), P('Hoàng Văn Thái'), P('Lê Liêm'), P('Đặng Kim Giang'), P('Lê Trọng Tấn'), P('Vương Thừa Vũ'),
 P('Hoàng Minh Thảo'), P('Lê Quảng Ba'),
 T('13 March', '1954-03-13'), N('~10,800', 10800, '', 'about'), N('~9,000 combat personnel', 9000, 'combat personnel', 'about'),
 N('~1,800 logistics and support personnel', 1800, 'logistics and support personnel', 'about'), N('10 tanks', 10, 'tanks'),
 T('7 May', '1954-05-07'), N('~14,000', 14000, '', 'about'), N('~12,000 combat personnel', 12000, 'combat personnel', 'about'),
 N('~2,000 logistics and support personnel', 2000, 'logistics and support personnel', 'about'),
 N('37 transport aircraft', 37, 'transport aircraft'), N('~600 aircraft', 600, 'aircraft', 'about'),
 T('13 March', '1954-03-13'), N('~49,500 combat personnel', 49500, 'combat personnel', 'about'),
 N('~15,000 logistics and support personnel', 15000, 'logistics and support personnel', 'about'),
 T('7 May', '1954-05-07'), N('~80,000 men', 80000, 'men', 'about'),
 N('1,571[1] –2,293', 1571, ''), N('1,729', 1729, ''), N('11,721', 11721, ''), N('4,436', 4436, ''),
 N('62 aircraft', 62, 'aircraft'), N('10 tanks', 10, 'tanks'), N('167 aircraft', 167, 'aircraft'), N('2', 2, ''),
 N('8,000', 8000, ''), N('15,000', 15000, ''), N('13,930 casualties', 13930, 'casualties'), N('4,020', 4020, ''), N('792', 792, ''),
 E('Battle of Điện Biên Phủ'), E('First Indochina War'), T('13 March', '1954-03-13'), T('7 May 1954', '1954-05-07'),
 G('French Union'), U('Far East Expeditionary Corps', [], '军'), O('Viet Minh'),
]
A['en_zhenbao_chinaprofile'] = [
 L('Damanskii Island'), L('Zhen Bao'), L('Ussuri river'), L('Wusuli Jiang'), T('1969, March', '1969-03'),
 G('China'), T('March 1969', '1969-03'), L('Zhenbao Island'), L('Ussuri River'), L('Damanskii Island'),
 T('March 2, 1969', '1969-03-02'), L('Zhenbao Island'), N('31', 31, ''), N('14', 14, ''), T('March 15', '1969-03-15'),
 L('Ussuri'), L('Zhenbao Island'), N('800 casualties', 800, 'casualties'), N('60', 60, ''), G('Soviet Union'), G('China'),
 T('1969', '1969'), E('Sino-Soviet border crisis'), G('China'), G('Russia'), T('1968', '1968'), G('Czechoslovakia'), G('Russia'),
 G('China'), P('Mao'), P('Goldstein'), T('2001', '2001'),
]
A['en_tsushima_bitlit'] = [
 U('Baltic fleet', [], '舰队'), P('Rojdestvensky'), N('8 battleships', 8, 'battleships'), N('5 cruisers', 5, 'cruisers'),
 N('8 destroyers', 8, 'destroyers'), G('Libau', 'Liepāja'), T('Oct. 18, 1904', '1904-10-18'), N('18,000-mile', 18000, 'mile'),
 L('Dogger Bank'), L('North Sea'), G('England'), G('Tangier'), G('Suez'), G('Russia'), P('Rojdestvensky'), L('Africa'),
 L('Wahlfish Bay'), G('Russia'), G('France'), G('England'), L('Nossi Bé'), G('Madagascar'), T('January 9, 1905', '1905-01-09'),
 G('Port Arthur'),
]
A['en_tsingtao_understandingwars'] = [
 E('SIEGE OF TSINGTAO'), E('WWI'), T('31 October', '1914-10-31'), T('7 November 1914', '1914-11-07'),
 N('20,000 Japanese troops', 20000, 'Japanese troops'), N('140 artillery pieces', 140, 'artillery pieces'),
 N('1,500 British troops', 1500, 'British troops'), N('4,000 German marines and sailors', 4000, 'German marines and sailors'),
 G('Tsingtao', 'Qingdao'), T('1897', '1897'), G('Germany'), G('Tsingtao', 'Qingdao'), G('China'), G('Kiautschou Bay Concession'),
 U('East Asiatic Squadron', [], '舰队'), U('German Navy', [], ''), G('Japan'), G('Germany'), G('Tsingtao', 'Qingdao'), G('Japan'),
 G('Germany'), G('Japan'), G('Tsingtau', 'Qingdao'), G('Kiautschou Bay Concession'), G('China'), O('ALLIED POWERS'),
 U('18th INFANTRY DIVISION', [18], '师团', '步兵'), U('2nd BATTALION, THE SOUTH WALES BORDERERS', [2], '营'), U('36th SIKHS', [36], '团'),
 P('Mitsuomi Kamio'), P('Nathaniel Walter Barnardiston'), P('Sadakichi Kato'), P('Maurice Fitzmaurice'),
 P('Wellwood George Courtenay Maxwell'), U('IMPERIAL JAPANESE NAVY 2nd FLEET', [2], '舰队'), U('ROYAL NAVY CHINA SQUADRON', [], '舰队'),
 U('III SEEBATAILLON', [3], '营', '陆战'), U('MATROSENARTILLERIEABTEILUNG', [], '营', '炮兵'), P('Alfred Meyer-Waldeck'),
 P('Richárd Makovicz'), U('OSTASIATISCHES MARINE-DETACHMEN', [], '支队'),
]
A['en_javasea_warhistory'] = [
 T('February 1942', '1942-02'), G('Dutch East Indies'), L('Java'), G('Surabaya'), T('February 24', '1942-02-24'),
 N('two Japanese invasion forces', 2, 'Japanese invasion forces'), L('Java'), P('Takagi Takeo'), N('2 heavy cruisers', 2, 'heavy cruisers'),
 N('2 light cruisers', 2, 'light cruisers'), N('14 destroyers', 14, 'destroyers'), N('41 transports', 41, 'transports'),
 P('Karel Doorman'), O('ABDA'), N('2 heavy cruisers', 2, 'heavy cruisers'), N('23 light cruisers', 23, 'light cruisers'),
 N('9 destroyers', 9, 'destroyers'), N('four ABDA nations', 4, 'ABDA nations'), T('February 27 1942', '1942-02-27'),
 T('2.27pm', '1942-02-27T14:27'), P('Doorman'), N('some 80 miles', 80, 'miles', 'some'), G('Surabaya'), L('Makassar Straits'),
 T('4.16 pm', '1942-02-27T16:16'), P('Doorman'), P('Doorman'), E('battle of the Java Sea'), O('Allies'),
 N('two light cruisers', 2, 'light cruisers'), N('three destroyers', 3, 'destroyers'), N('Three cruisers', 3, 'cruisers'),
 N('six destroyers', 6, 'destroyers'), N('four', 4, ''), G('US'), N('Four American destroyers', 4, 'American destroyers'), G('Australia'),
]
A['en_bataan_warfarehistorynetwork'] = [
 O('Yank'), T('1942', '1942'), G('Philippine Islands'), T('May 6', '1942-05-06'), G('Japan'), E('World War II'),
 G('Philippine Commonwealth'), E('Spanish-American War'), T('1898', '1898'), U('U.S. Armed Forces in the Far East', [], ''),
 U('USAFFE', [], ''), U('Philippine Army', [], ''), P('Douglas MacArthur'), P('MacArthur'),
 N('22,000 American troops', 22000, 'American troops'), N('12,000 Filipino Scouts', 12000, 'Filipino Scouts'), U('American Army', [], ''),
 U('1st Regular Division', [1], '师'), N('10 Filipino reserve divisions', 10, 'Filipino reserve divisions'), N('7,500 men', 7500, 'men'),
 U('Philippine Division', [], '师'), U('31st Infantry Regiment', [31], '团', '步兵'),
 U('45th and 57th Filipino Scout Regiments', [45, 57], '团'), N('two tank battalions', 2, 'tank battalions'),
 U('192nd', [192], '营'), U('194th', [194], '营'), U('National Guard', [], ''), G('U.S.'), U('4th Marine Regiment', [4], '团', '陆战'),
 G('China'),
]
A['en_liaoyang_hornygo'] = [
 P('Stackelberg'), G('Telissu'), T('15th June', 'XXXX-06-15'), P('Oku'), P('Oku'), U('Second Army', [2], '军'), G('Port Arthur'),
 G('Tokio', 'Tokyo'), L('Liao-tung Peninsula'), P('Nogi'), G('Port Arthur'), U('Second Army', [2], '军'), U('First Army', [1], '军'),
 P('Kuroki'), U('Third Army', [3], '军'), P('Nodzu'), G('Takushan'), G('Haicheng'), G('Telissu'), P('Oku'), G('Kaiping'),
 P('Kuroki'), G('Feng-hwang-cheng', 'Fengcheng'),
]
A['en_weihaiwei_absoluteastronomy'] = [
 E('Battle of Weihaiwei'), E('Battle of Weihaiwei'), N('23 day', 23, 'day'), E('First Sino-Japanese War'),
 T('20 January', '1895-01-20'), T('12 February 1895', '1895-02-12'), G('Weihai'), G('Shandong Province'), G('China'),
 G('Meiji Japan'), G('Qing\nChina'), T('31 January 1895', '1895-01-31'), T('1 February 1895', '1895-02-01'),
 N('minus 26 degrees Celsius', -26, 'degrees Celsius'), U('Second Army', [2], '军'), P('Oyama Iwao'),
 U('2nd Provincial Division', [2], '师团'), G('Sendai'), P('Sakuma'), U('6th Provincial Division', [6], '师团'), G('Kumamoto'),
 U('12th Brigade', [12], '旅团'), G('Lushunkou'), P('Kuroki Tamemoto'), G('Jungcheng', 'Jiurongcheng'), G('Jiurongcheng'),
 G('Shandong Province'), T('20', '1895-01-20'), T('24 January 1895', '1895-01-24'), E('Battle of Yalu'), E('Battle of Lushunkou'),
 U('Beiyang Fleet', [], '舰队'), G('Weihaiwei'), L('Shandong Peninsula'), G('Lushunkou'), N('68 artillery pieces', 68, 'artillery pieces'),
 N('twelve land fortifications', 12, 'land fortifications'), N('2000 meters', 2000, 'meters'), P('Odera'),
 N('some nine hours', 9, 'hours', 'some'), T('1 February 1895', '1895-02-01'),
]
PUNCT = set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
GLUED_OK = set()
out = []; problems = 0
for sid, key, url, topic, site in SEL:
    t = json.load(open(f'raw_{key}.json'))
    cur = 0; ents = []
    for item in A[sid]:
        if item[0] == '@':
            i = t.index(item[1], cur); cur = i + len(item[1]); continue
        s, lab, norm = item
        i = t.find(s, cur)
        if i < 0:
            print('NOT FOUND', sid, repr(s), 'after', repr(t[max(0, cur - 10):cur])); problems += 1; continue
        ents.append({"start": i, "end": i + len(s), "label": lab, "text": s, "norm": norm}); cur = i + len(s)
    for e in ents:
        assert t[e['start']:e['end']] == e['text']
        if is_punct(e['text'][0]) or is_punct(e['text'][-1]):
            print('PUNCT EDGE', sid, e['text']); problems += 1
        if (e['start'] > 0 and t[e['start'] - 1].isalnum() or e['end'] < len(t) and t[e['end']].isalnum()) \
                and (sid, e['text']) not in GLUED_OK:
            print('WORD EDGE', sid, e['text']); problems += 1
    for a, b in zip(ents, ents[1:]):
        if b['start'] < a['end']: print('OVERLAP', sid, a['text'], b['text']); problems += 1
    for s in set(e['text'] for e in ents):
        for m in re.finditer(re.escape(s), t):
            if not any(e['start'] <= m.start() and m.end() <= e['end'] for e in ents):
                a, b = m.start(), m.end()
                if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()): continue
                print('UNCOVERED', sid, repr(s), repr(t[max(0, a - 20):b + 20]))
    meta = dict(id=sid, url=url, script="en", topic=topic, site=site)
    out.append({"id": sid, "text": t,
                "entities": [{k: e[k] for k in ('start', 'end', 'label', 'text', 'norm')} for e in ents],
                "label": [[e['start'], e['end'], e['label']] for e in ents], "meta": meta})
with open('../real-dev8-en.jsonl', 'w') as f:
    for p2 in out: f.write(json.dumps(p2, ensure_ascii=False) + '\n')
c = Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems', problems, 'total', sum(c.values()), dict(c.most_common()))
for p2 in out: print(p2['id'], len(p2['text']), len(p2['entities']))
