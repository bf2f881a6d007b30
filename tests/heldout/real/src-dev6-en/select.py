"""Cut the real-dev6-en passages: raw.py holds, for each passage, the contiguous part of the `search` tool's stored
`pages` excerpt that was chosen (the tool's JSON string escapes kept, nothing retyped); this writes passages.json."""
import json
from raw import RAW
SEL = [
 ("en_imphal_wikipedia", "imphal_wikipedia", "https://en.wikipedia.org/wiki/Battle_of_Imphal",
  "Battle of Imphal (March-July 1944): `- Key: value` infobox (units with Wikipedia disambiguators `(India)`, `(Imperial Japanese Army)`, casualty rows) and lead",
  "en.wikipedia.org (flattened infobox; empty list items `, ,`, a stray `*`)"),
 ("en_imphal_battleofimphal", "imphal_battleofimphal", "https://battleofimphal.com/the-battle/the-warring-sides",
  "Battle of Imphal: the warring sides (4th Corps, 17th/20th/23rd Indian Divisions, Japanese 15th Army, INA brigades)",
  "battleofimphal.com (history site; en dashes around lists, curly quotes `‘V’ Force`, photo caption)"),
 ("en_marcopolo_worldhistoryproject", "marcopolo_worldhistoryproject", "https://worldhistoryproject.org/1937/7/7/marco-polo-bridge-incident-battle-of-lugou-bridge/",
  "Marco Polo Bridge Incident (July 1937): Ichiki, Mutaguchi, Ji Xingwen `(219th Regiment, 37th Division, 29th Route Army)`, Qin Dechun, Wanping",
  "worldhistoryproject.org (history site; clock times `23:00`, `23:40`)"),
 ("en_henderson_codenames", "henderson_codenames", "https://codenames.info/operation/battle-of-henderson-field/",
  "Battle for Henderson Field (Guadalcanal, Oct 1942): Vandegrift, Hyakutake's 17th Army, Halsey, Rupertus, Lunga perimeter",
  "codenames.info (reference site; single-quoted names, `23/26 October 1942`)"),
 ("en_adminbox_piglix", "adminbox_piglix", "http://piglix.com/piglix/Battle_of_the_Admin_Box",
  "Battle of the Admin Box (Arakan, Feb 1944): pipe-table infobox (strengths as counts of formations, casualty figures) and lead",
  "piglix.com (Wikipedia mirror; infobox as `| |||||||` rows, flag captions before names)"),
 ("en_wuyuan_wikipedia", "wuyuan_wikipedia", "https://en.wikipedia.org/wiki/Battle_of_Wuyuan",
  "Battle of Wuyuan (Suiyuan, March-April 1940): infobox (puppet armies, casualty rows), lead with Japanese names in CJK, order of battle as nested `- ` lists",
  "en.wikipedia.org (flattened infobox and wiki headings `== Background ==`, `駐蒙軍`, `第2次後套作戦`)"),
 ("en_sittang_kiwix", "sittang_kiwix", "https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Battle_of_Sittang_Bridge",
  "Battle of Sittang Bridge (Feb 1942): infobox (glued `Date22 February 1942`, coordinates, flag captions, macrons `Shōjirō Iida`) and lead",
  "kiwix mirror of Wikipedia (glued labels, `[n]` marks, `(now Sittaung)` glosses)"),
 ("en_tarawa_worldwar2database", "tarawa_worldwar2database", "http://www.worldwar2database.com/html/tarawa.htm",
  "Tarawa and Makin (Gilbert Islands, Nov 1943): Shibasaki, 2nd Marine Division, Betio",
  "worldwar2database.com (reference site; a stray closing quote, `2500` without a separator)"),
 ("en_meiktila_pwencycl", "meiktila_pwencycl", "http://pwencycl.kgbudge.com/M/e/Meiktila.htm",
  "Meiktila (1942 and 1945): town, airfields, Battle of Meiktila, XXXIII and IV Corps, Kimura and Slim (encyclopedia entry)",
  "pwencycl.kgbudge.com (Pacific War Online Encyclopedia; feet in `600'-900'`, British-style `5 Army`, typos `Irrawady`, `Manadalay`)"),
]
out = []
for pid, key, url, topic, site in SEL:
    out.append({"id": pid, "text": RAW[key], "meta": {"id": pid, "url": url, "script": "en", "topic": topic, "site": site}})
json.dump(out, open('passages.json', 'w'), ensure_ascii=False, indent=1)
print(len(out), 'passages', sum(len(p['text']) for p in out), 'characters')
