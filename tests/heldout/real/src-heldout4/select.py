"""Cut the real-heldout4 passages out of raw_zh.json / raw_en.json (the `search` tool's stored `pages` excerpts,
copied from the tool's answer; only the stretch around each passage is kept) by start/end markers, and write
passages.json with their metadata. Run: python3 select.py && python3 annotate.py"""
import json
d = {**json.load(open('raw_zh.json')), **json.load(open('raw_en.json'))}
SEL = [
 # id, rawkey, start marker, end marker, url, script, topic, site
 ("shangdang_simp_shuoxu", "shangdang_shuoxu", "9月24日,中共中央军委电示刘邓", "冀南纵队攻占了南关。",
  "https://m.shuoxu.com/book/chapter/114190/6.html", "zh-Hans",
  "上党战役 (1945-09): 军委 telegram on 阎锡山's relief divisions, 长治 garrison (第六十九师, 保安第九团, 暂编第三十七师), 冀南纵队 takes 南关",
  "m.shuoxu.com (e-book chapter; quoted telegram, typos 亦町消灭 and 电留 for 屯留)"),
 ("zhongyuan_trad_jizihe", "zhongyuan_jizihe", "1946年6月26日", "6000多座。",
  "http://m.jizihe.com/page/2014/0707/2693177.shtml", "zh-Hant",
  "中原突圍 (1946-06-26): 中原軍區 李先念 breaks out of the ring of 第四十七/六十六/四十一/四十八/七十二/七十五軍; 1945 founding of 中原局/中原軍區",
  "m.jizihe.com (machine-converted Traditional with pinyin glosses glued inside words: `軍區(qū)`, `戰(zhàn)爭`, `發(fā)展`; a heading split over two lines)"),
 ("jianggui_trad_ttkan", "jianggui_ttkan", "在蔣桂戰爭中", "從事分化。",
  "https://tw.ttkan.co/novel/pagea/baichongxichuan-chengsiyuan_33.html", "zh-Hant",
  "蔣桂戰爭 (1929-02/03): 夏威/葉琪/胡宗鐸/陶鈞 divisions in 湖南/湖北, 馮玉祥 courted, 蔣介石's order of battle (第一/第二/第三路軍)",
  "tw.ttkan.co (online copy of a biography of 白崇禧; dates in Chinese numerals without year, inline bracketed biography note, variant 爲)"),
 ("xinjiang_trad_twwiki", "xinjiang_twwiki", "清軍收復新疆之戰,又稱", "甘肅新疆巡撫。",
  "https://twwiki.net/wiki/qe7vgk9jve6nmgl.html", "zh-Hant",
  "清軍收復新疆之戰 (1876-1878): 左宗棠, 劉錦棠, 阿古柏, reign-year glosses (`1876年(光緒二年)4月`), 肅州(今酒泉), 《伊犁條約》",
  "twwiki.net (encyclopedia mirror; reign years in parentheses after each year)"),
 ("dushan_simp_2278", "dushan_2278", "读过近代史的人都知道", "比较有人情味一些。",
  "http://lishi.2278.net/zs/71983.html", "zh-Hans",
  "黔南事变 / 独山 (1944-12): 一号作战 aims reached, 支那派遣军总司令部, 何应钦/张道藩/谷正纲 sent to 贵州",
  "lishi.2278.net (popular-history blog; HTML residue `<br/>` and a whole `<img … alt=…>` tag inside the text, `--` dash)"),
 ("hengcheng_simp_niaozhui", "hengcheng_niaozhui", "朝鲜:我们第一次战败 第 61 章", "该村周围的山丘上。",
  "https://m.niaozhui.com/novel/14442/8796544_2.html", "zh-Hans",
  "横城反击战 / Hoengsong (1951-02, no year in the passage): 美第10军, 南朝鲜第3、第5、第8师, 中国第40和第66师, 美第23团 and 法国营 at 奇永里 (砥平里)",
  "m.niaozhui.com (translated book as a novel page; PDF-like hard line breaks every ~50 characters, also inside names `南\\n\\n朝鲜第8师`, pinyin for censored characters `bī进`, `大pào`)"),
 ("en_khasan_piglix", "khasan_piglix", "Commanders and leaders", "claimed by the Soviet Union.",
  "http://piglix.com/piglix/Battle_of_Khasan_Lake", "en",
  "Battle of Lake Khasan / Changkufeng Incident (1938): infobox commanders, strength and casualty lines, lead with Russian, CJK and romanised names",
  "piglix.com (Wikipedia mirror; infobox one value a line, `7,000–7,300 troops`, `(Japanese sources)`)"),
 ("en_wake_tothosewhoserved", "wake_tothosewhoserved", "The Pan American Airways", "communication shack.",
  "http://tothosewhoserved.org/usa/marines/usmc01/part3ch02.html", "en",
  "Wake Island, 8 December 1941: news of the Pearl Harbor attack reaches Devereux (USMC official history, Pearl Harbor to Guadalcanal)",
  "tothosewhoserved.org (book chapter as HTML text; footnote numbers glued to words `December,2`, curly apostrophes)"),
 ("en_okinawa_sixthmarinedivision", "okinawa_sixthmarinedivision", "In March 1945", "18 miles wide.",
  "http://sixthmarinedivision.com/16StoryCrumbie3.html", "en",
  "Okinawa landing, 1 April 1945 (\"Love Day\"): a Sixth Marine Division veteran's memoir",
  "sixthmarinedivision.com (veteran's memoir chapter; curly quotes, ship names with hull numbers `USS Leon (APA 48)`)"),
 ("en_kotabharu_blogspot", "kotabharu_blogspot", "At that date", "defences of Singapore.",
  "https://humanityishere.blogspot.com/2012/11/8th-indian-brigade-group-in-kelantan.html", "en",
  "Malaya, 8 December 1941: order of battle of III Indian Corps (9th/11th Indian Divisions, 8th and 22nd Indian Brigade Groups) and the 8th Australian Division",
  "humanityishere.blogspot.com (blog reposting an official despatch; `22nd and 27th A.I.F. Brigades`)"),
]
out = []
for sid, k, a, b, url, script, topic, site in SEL:
    t = d[k]; i = t.index(a); j = t.index(b, i) + len(b); s = t[i:j]
    out.append(dict(id=sid, text=s, meta=dict(id=sid, url=url, script=script, topic=topic, site=site)))
    print(sid, len(s))
json.dump(out, open('passages.json', 'w'), ensure_ascii=False, indent=1)
