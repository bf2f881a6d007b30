"""Cut the real-heldout3 passages out of raw_zh.json / raw_en.json (the `search` tool's stored `pages` excerpts as the
tool returned them, JSON strings decoded, nothing retyped beyond copying the excerpt) by start/end markers, and write
passages.json with their metadata. Run: python3 select.py && python3 annotate.py"""
import json
d = {**json.load(open('raw_zh.json')), **json.load(open('raw_en.json'))}
SEL = [
 # id, rawkey, start marker, end marker, url, script, topic, site
 ("huangtuling_trad_gdmsci", "huangtuling_gdmsci", "8月7日電", "功臣炮。",
  "http://www.gdmsci.cn/gtp/lslj/2fe3OR7kubSy.html", "zh-Hant",
  "黃土嶺戰鬥 (1939-11): 阿部規秀 killed, 獨立混成第2旅團, 晉察冀軍區第1軍分區 楊成武",
  "gdmsci.cn (news reprint in Traditional on an unrelated site; byline in parentheses, a space after each 。)"),
 ("xiangjiang_trad_kanshuwo", "xiangjiang_kanshuwo", "紅軍全部透過", "正在向湘江靠近。",
  "https://kanshuwo.tw/73/gewoa/aowore.html", "zh-Hant",
  "湘江戰役 (1934-11): 陳濟棠 and 蔣介石's telegram, 瀟水/湘江, 追剿軍第二路軍 薛嶽, 界首, 全州",
  "kanshuwo.tw (novel-reading site; excerpt starts with mojibake, cut off; censored `###`, chapter line `長征 四(1)`, dates in Chinese numerals)"),
 ("yudong_trad_atoomu", "yudong_atoomu", "1948年的豫東", "毫無懸念的戰役。",
  "https://www.atoomu.com/military/e2f954a2aa75efc8d8ee5d34e2cffd79.html", "zh-Hant",
  "豫東戰役 (1948): 粟裕, 區壽年兵團, 開封 as bait for 第五軍",
  "atoomu.com (popular history blog; section headings, 「」 quotes)"),
 ("laiwu_simp_juhezwn", "laiwu_juhezwn", "解放战争经典战例-莱芜战役", "是“井冈山的老战友”。",
  "https://www.juhezwn.com/read/27909/135086.html", "zh-Hans",
  "莱芜战役 (1947-02): 【】 fact lines (columns 第1、第4…纵队, 第46、第73、第12军), 陈毅/粟裕 background 1927-1929",
  "juhezwn.com (e-book chapter; page navigation line, four-space indents, blank lines)"),
 ("jinan_simp_ysbo", "jinan_ysbo", "绝望到极点", "也该到了!”",
  "https://ysbo.net/books/762063.html", "zh-Hans",
  "济南战役 (1948-09): 王耀武 in the inner city; 保安六旅, 十九旅, 特务旅, 青年教导总队; gates 永固门/普利门/坤顺门; telegram dated 民国三十七年",
  "ysbo.net (e-book of a non-fiction narrative; dates in Chinese numerals, Republican-era year)"),
 ("zhiluozhen_simp_sxlib", "zhiluozhen_sxlib", "东北军一○九师陕北", "士气低落。",
  "https://sxlib.org.cn/dfzy/xasb/zygj/201705/t20170525_718677.html", "zh-Hans",
  "直罗镇战役 (1935-11), memoir of a 东北军 officer: 一○九师 (○ numerals), 红十五军团, 1934 封锁线 in 豫鄂",
  "sxlib.org.cn (provincial library's memoir collection; title and author lines, `第—道` with a dash for 一)"),
 ("en_portarthur_wikipedia", "portarthur_wikipedia", "- Conflict:", "Russo-Japanese War.",
  "https://en.wikipedia.org/wiki/Siege_of_Port_Arthur", "en",
  "Siege of Port Arthur (1904-05): infobox as `- Key: value` lines (`Roman KondratenkoKIA`), lead with Japanese/Russian names",
  "en.wikipedia.org (text dump: `- Field: value` infobox lines, `, ()` residue, Cyrillic)"),
 ("en_mukden_haohao", "mukden_haohao", "Battle of Mukden\nPart", "at that point.[8]",
  "https://haohao.work.gd/load/view.php?a=aHR0cHM6Ly9lbi5tLndpa2lwZWRpYS5vcmcvd2lraS9CYXR0bGVfb2ZfTXVrZGVu", "en",
  "Battle of Mukden (1905): infobox (glued `Date20 February`, doubled flag captions, `  • ` bullets of casualties) and a lead sentence",
  "haohao.work.gd (proxy of en.m.wikipedia; `[n]` marks, hard line breaks inside fields)"),
 ("en_xian_whatwhenhow", "xian_whatwhenhow", "Continuing reports", "house arrest.",
  "http://what-when-how.com/Tutorial/topic-13g0h/The-History-of-China-167.html", "en",
  "Xi'an Incident (Dec 1936): Chiang Kai-shek seized by Zhang Xueliang, released on 25 December",
  "what-when-how.com (book page as text; hard line breaks inside sentences and inside names `Chiang\\nKai-shek`, `Zhang\\nXueliang`)"),
 ("en_luding_chinadailyhk", "luding_chinadailyhk", "Published:", "in a legend.\"",
  "https://www.chinadailyhk.com/hk/article/223003", "en",
  "Luding Bridge (May 1935, Long March): a 2021 travel feature (Dadu River, Luding county, Ganzi prefecture)",
  "chinadailyhk.com (newspaper feature; `Published: … | Updated: …` line, `PDF View`, byline, photo caption in capitals, straight quotes)"),
]
out = []
for sid, k, a, b, url, script, topic, site in SEL:
    t = d[k]; i = t.index(a); j = t.index(b, i) + len(b); s = t[i:j]
    out.append(dict(id=sid, text=s, meta=dict(id=sid, url=url, script=script, topic=topic, site=site)))
    print(sid, len(s))
json.dump(out, open('passages.json', 'w'), ensure_ascii=False, indent=1)
