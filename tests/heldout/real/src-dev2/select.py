import json
d={}
for f in ['raw_a.json','raw_b.json']:
    d.update(json.load(open(f)))
SEL = [
 # id, rawkey, start, end, url, script, topic, site
 ("changsha3_simp_penana","changsha3","注:第三次","以北地区布防","https://penana.com/story/169701/浮生千山路/issue/491","zh-Hans","第三次长沙会战 (1941-12): 新墙河、汨罗江 crossings, 第6/40/3师团, 第20/58/37/99军","penana.com (serial-fiction site quoting Wikipedia in a note)"),
 ("zhongtiao_simp_yzqz","zhongtiao_simp","中条山位于","豫北地区守备。","http://gsh.yzqz.cn/kangrizhanzheng/03/04/mydoc125.htm","zh-Hans","中条山战役 (1941): terrain and order of battle of the 第一战区 and the Japanese divisions","gsh.yzqz.cn (school history site)"),
 ("nanjing_simp_163","nanjing_simp","1937年12月7日清晨","签发书面文件。","https://c.m.163.com/news/a/JT7330MV0556C8SC.html","zh-Hans","南京保卫战 (1937-12): 光华门, 雨花台, 中华门, 挹江门","c.m.163.com (网易号 news feature; ASCII double quotes)"),
 ("xuzhou_simp_czyrf","xuzhou_simp","第三七三章","顺利占领徐州。","https://www.czyrf.com/99/99380/371_1.html","zh-Hans","徐州会战 end (1938-05-19): fall of 徐州, 兰封 front (仪封), 第十三师团","czyrf.com (novel reader; typo 曰 for 日 throughout, 8-space indents, [***] censor marks)"),
 ("kumamoto6_simp_jianshu","kumamoto6_simp","熊本第6师团的发展史","击败商震的32军。","https://www.jianshu.com/p/13583ed2f9bc","zh-Hans","Japanese 第6师团 (熊本) unit history 1873-1937","jianshu.com (blog)"),
 ("nanjing_trad_ranwenzw","nanjing_trad","蔣介石聞聽","均系中將)。","https://ranwenzw.tw/chapter/cbcdctyyq/awyccwt_3.html","zh-Hant","南京保衛戰 (1937-11/12): 唐生智 appointed, defending corps, Japanese three routes","ranwenzw.tw (novel reader; dates in Chinese numerals, typos 師令 for 司令, 通諜)"),
 ("zhongtiao_trad_laitimes","zhongtiao_trad","對于新一年的戰略","任何一場戰役。","https://www.laitimes.com/article/t646_ts0b.html","zh-Hant","中條山戰役 (1941): 多田駿 planning, divisions mobilised","laitimes.com (aggregator; mixed 於/于, 內/内 forms)"),
 ("wanjialing_trad_lancesan","wanjialing_trad","武漢會戰進行3個月","部隊烈火下傷亡慘重。","https://lancesan.blogspot.com/search?max-results=30&reverse-paginate=true&updated-max=2016-10-03T11%3A16%3A00%2B08%3A00","zh-Hant","萬家嶺戰役 (1938-09/10): 106師團 encircled, units of 薛岳","lancesan.blogspot.com (blog)"),
 ("pingxingguan_trad_mingyan","pingxingguan_trad","1937年8月,日軍以北平","相機側擊向該線進攻之敵。","https://www.mingyanjiaju.org/tool/waiguojunshi/1051112585964848221.htm","zh-Hant","平型關戰鬥 (1937-09): 第115師 ambush, railway routes with (今…) glosses","mingyanjiaju.org (encyclopedia copy)"),
 ("sunlianzhong_trad_zgxds","sunlianzhong_trad","陸軍二級上將","第二十六路軍總指揮。","https://zgxds.blogspot.com/2020/10/189322-199081497-1893221990814-1-2-2.html","zh-Hant","孫連仲 biography (1893-1990): infobox and early career to 1930","zgxds.blogspot.com (blog copy of zh.wikipedia with [編輯] marks and infobox lines)"),
]
out=[]
for sid,k,a,b,url,script,topic,site in SEL:
    t=d[k]; i=t.index(a); j=t.index(b,i)+len(b); s=t[i:j]
    out.append(dict(id=sid,text=s,meta=dict(id=sid,url=url,script=script,topic=topic,site=site)))
    print(sid,len(s))
json.dump(out,open('passages.json','w'),ensure_ascii=False,indent=1)
