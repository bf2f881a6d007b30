"""Cut the real-dev5-en passages: raw.json holds, for each passage, the contiguous part of the `search` tool's stored
`pages` excerpt that was chosen (JSON-decoded, nothing retyped); this writes passages.json with the metadata."""
import json
d = json.load(open('raw.json'))
SEL = [
 ("en_sihang_wikipedia", "sihang", "https://en.wikipedia.org/wiki/Defense_of_Sihang_Warehouse",
  "Defense of Sihang Warehouse (Oct-Nov 1937): infobox as `- Key: value` lines (units, strengths, casualty claims) and lead",
  "en.wikipedia.org (flattened infobox; `Yang RuifuWIA`, ranges `410–420`, `100–200+`, `*`/`**` list marks)"),
 ("en_chipyong_time1951", "chipyong", "http://softbeam.net/txt/time/Time1951/1951-02-26/814397.html",
  "Battle of Chipyong-ni (Feb 1951): Time magazine report, Freeman's 23rd Infantry, Monclar's French battalion",
  "softbeam.net (copy of a Time magazine issue; dateline with weekday, `Lieut. Colonel`, straight quotes)"),
 ("en_paracel_modelshipwrights", "paracel", "https://modelshipwrights.kitmaker.net/forums/152053/index.htm",
  "Battle of the Paracel Islands (Jan 1974): balance of forces, ship names, PLAN corvettes",
  "modelshipwrights forum (Wikipedia copy; broken Vietnamese diacritics `B́nh`, `Lư`, `# 271` hull numbers)"),
 ("en_sinoindian_sankalp", "sinoindian", "http://www.sankalpindia.net/book/war",
  "Sino-Indian War (Oct 1962): western and eastern theatres, Namka Chu, Walong, 4th Sikhs",
  "sankalpindia.net (online book chapter; double space, capital after comma)"),
 ("en_mukden_nina", "mukden", "https://www.wiki3.en-us.nina.az/Manchurian_Incident.html",
  "Mukden incident (Sept 1931): infobox (glued `DateSeptember 18, 1931`, coordinates, Chinese/Japanese names) and lead",
  "wiki3.en-us.nina.az (Wikipedia mirror; `[ja]` interlanguage marks, `[1][2][3]` footnotes)"),
 ("en_chamdo_cryer", "chamdo", "http://cryer.org.uk/Invasion_of_Tibet_(1950-1951)",
  "Battle of Chamdo (Oct 1950): infobox as `Key: | value |` rows, lead",
  "cryer.org.uk (Wikipedia copy; pipe rows, `----` joins, spaced footnotes `[6] [7] [8]`)"),
 ("en_pingjin_cambridge", "pingjin", "https://www.studmed.ru/view/the-cambridge-history-of-china-vol-13-republican-china-1912-1949-part-2_ef8a98a2c2b.html?page=80",
  "Pingjin (Peiping-Tientsin) campaign (Nov 1948-Jan 1949), Cambridge History of China: Lin Piao, Fu Tso-i, Nieh Jung-chen (Wade-Giles)",
  "studmed.ru (book page as text; hard line breaks inside names, a word split `sub-\\nsequent`, no year in the passage)"),
 ("en_xifengkou_gmw", "xifengkou", "https://en.gmw.cn/2025-06/17/content_38093750.htm",
  "Defense of the Great Wall / Xifengkou (March 1933): Kwantung Army, 14th Mixed Brigade, 29th Corps",
  "en.gmw.cn (Chinese newspaper in English; curly quotes and apostrophes, em dashes)"),
 ("en_porkchop_absoluteastronomy", "porkchop", "http://image.absoluteastronomy.com/topics/Battle_of_Pork_Chop_Hill",
  "Battle of Pork Chop Hill (1953): earlier holders of the outpost, 7th Infantry Division, PVA 141st/67th Divisions",
  "absoluteastronomy.com (encyclopedia copy; link text cut by hard line breaks `bunker\\ns`, a dropped sentence start)"),
 ("en_zhili_ancientwar", "zhili", "http://ancientwarhistory.com/the-first-zhili-fengtian-war-a-pivotal-clash-in-chinas-warlord-era",
  "First Zhili–Fengtian War (1922): preparations of Wu Peifu and Zhang Zuolin, Fengtian brigades",
  "ancientwarhistory.com (history blog; curly possessives, a heading line)"),
]
out = []
for sid, k, url, topic, site in SEL:
    s = d[k]
    out.append(dict(id=sid, text=s, meta=dict(id=sid, url=url, script="en", topic=topic, site=site)))
    print(sid, len(s))
json.dump(out, open('passages.json', 'w'), ensure_ascii=False, indent=1)
