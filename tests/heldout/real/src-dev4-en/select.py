"""Cut the real-dev4-en passages out of raw.json (the `search` tool's stored `pages` excerpts, JSON-decoded,
nothing retyped) by start/end markers, and write passages.json with their metadata."""
import json
d = json.load(open('raw.json'))
SEL = [
 # id, rawkey, start marker, end marker, url, topic, site
 ("en_yalu_alphapedia", "yalu", "Date17 September 1894", "the Chinese Beiyang Fleet.",
  "https://alphapedia.ru/w/Battle_of_the_Yalu", "Battle of the Yalu River (17 September 1894), First Sino-Japanese War: infobox as one field a line (ship counts), lead with Chinese/Japanese names",
  "alphapedia.ru (Wikipedia mirror; glued `Date17 September 1894`, `romanizedKōkai-kaisen`, `[1]` marks)"),
 ("en_trianglehill_explained", "triangle", "Commander1: Mark Wayne Clark", "to 25 November 1952.",
  "http://everything.explained.today/Battle_of_Triangle_Hill/", "Battle of Triangle Hill / Shangganling (Oct-Nov 1952), Korean War: infobox commanders, units, strengths and casualties, lead",
  "everything.explained.today (Wikipedia mirror; `Key:value` infobox lines, `Units2:15th Corps`)"),
 ("en_khalkhingol_touristinfo", "khalkhin", "In 1938,", "defeating Japan’s Kwantung Army.",
  "http://touristinfocenter.mn/en/cate2_more.aspx?ItemID=20", "Khalkhin Gol (1939): Zhukov, First Soviet Mongolian Army Group, Kwantung Army",
  "touristinfocenter.mn (tourism site; hard line breaks inside sentences, missing space `aircraft.These`)"),
 ("en_sinoviet_uncensoredwiki", "sinoviet", "DateFebruary 17, 1979", "1,636 prisoners[11][12]",
  "http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Sino-Vietnamese_War.html", "Sino-Vietnamese War (Feb-Mar 1979): infobox (flag-name commanders `China Deng Xiaoping`, Vietnamese diacritics, strengths and casualties)",
  "the-uncensored-wiki.com (old Wikipedia copy; lost en dash `1979  March`, `[n]` marks, flag captions glued to names)"),
 ("en_guningtou_taipeitimes", "guningtou", "date 2018-10-21", "turning point of our revolution.”",
  "http://www.taipeitimes.com/News/feat/archives/2018/10/21/2003702748", "Battle of Guningtou / Kinmen (Oct 1949): PLA landing from Xiamen, Chiang Kai-shek, Chen Cheng",
  "taipeitimes.com (newspaper feature; `Oct. 17, 1949`, curly quotes, Chinese names in parentheses)"),
 ("en_northernexpedition_ancientwar", "northern", "The expedition’s first major target", "across the Miluo River.",
  "https://ancientwarhistory.com/the-northern-expedition-the-decisive-campaigns-against-warlords-wu-peifu-and-sun-chuanfang", "Northern Expedition (1926): Wu Peifu, Tang Shengzhi, Ye Ting Independent Regiment, Hunan-Hubei Campaign",
  "ancientwarhistory.com (history blog; curly apostrophes, a heading line)"),
 ("en_seymour_piglix", "seymour", "Date 10–28 June 1900", "(Tientsin).",
  "http://piglix.com/piglix/Seymour_Expedition,_China_1900", "Seymour Expedition (June 1900), Boxer Rebellion: infobox with flag captions before names and counts (`United Kingdom 916`), Kansu Braves",
  "piglix.com (Wikipedia mirror; flag alt texts glued to names)"),
 ("en_imjin_docslib", "imjin", "The battle of Imjin River", "now known as ‘Gloster Hill.’",
  "https://docslib.org/doc/1100996/imjin70-information-sheet-what-is-the-battle-of-imjin-river", "Battle of the Imjin River (April 1951): 29th Independent Brigade and its battalions and batteries, Peng Dehuai, Gloster Hill",
  "docslib.org (PDF information sheet as text; dropped words `recaptured in March 1951 The`, `Lieutenant- J.P ‘Fred’ Carne`, space before comma)"),
 ("en_seymour_wikispaces", "seymour_wikispaces", "The relief expedition of Vice-Admiral Seymour", "Boxer rail sabotage.",
  "http://boxerrebellion.providence.wikispaces.net/The+Relief+Expedition+of+Admiral+Seymour?responseToken=275190227cc616322b9cd8b53022cda1", "Seymour's relief expedition (May-June 1900): telegrams, Taku forts, Tongku, Tientsin (student essay with citations `(Purcell 59)`)",
  "wikispaces (school wiki essay; inline parenthetical citations, curly and straight quotes mixed)"),
]
out = []
for sid, k, a, b, url, topic, site in SEL:
    t = d[k]; i = t.index(a); j = t.index(b, i) + len(b); s = t[i:j]
    out.append(dict(id=sid, text=s, meta=dict(id=sid, url=url, script="en", topic=topic, site=site)))
    print(sid, len(s))
json.dump(out, open('passages.json', 'w'), ensure_ascii=False, indent=1)
