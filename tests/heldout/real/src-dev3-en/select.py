import json
d={}
for f in ['raw_a.json','raw_b.json']:
    d.update(json.load(open(f)))
SEL = [
 # id, rawkey, start, end, url, topic, site
 ("en_nanchang_piglix","nanchang","Strength | |||||||","following the Battle of Wuhan.","http://piglix.com/piglix/Battle_of_Nanchang","Battle of Nanchang (1939): infobox as a pipe table (army groups, Japanese divisions listed by ordinal only) and lead","piglix.com (Wikipedia mirror, infobox flattened to `| |||` pipes)"),
 ("en_longling_forgottensquadron","longling","On June 8, 1944","becoming a total rout.","http://www.forgottensquadron.com/?p=177","Salween offensive, Longling (June 1944): 71st Army, XXth/XIth Army Groups (Roman numerals), Wei Lihuang, Song Xilian","forgottensquadron.com (blog; curly apostrophe)"),
 ("en_matterhorn_cbiblog","matterhorn","From June of 1944","raids against Japan.","http://chinaburmaindiawwii.blogspot.com/2015/09/","Operation Matterhorn (1944-45): B-29 fields around Chengdu, 58th Bombardment Wing, Twentieth Air Force","chinaburmaindiawwii.blogspot.com (blog; runs of spaces after full stops, en dash, curly quotes)"),
 ("en_huaihai_armchairgeneral","huaihai","Phase II was set to begin.","destruction of the 12th Army.","https://armchairgeneral.com/the-huaihai-campaign.htm/3","Huaihai campaign (Nov 1948), phase II: Huang Wei's 12th Army at Shuangduiji, Communist columns (4th Column, CPFA), ECFA","armchairgeneral.com (feature article; ordinal dates `November 23rd`, abbreviations CPFA/ECFA/NRA)"),
 ("en_chosin_paulnoll","chosin","On the eastern side of the peninsula","the four divisions on the east.\"","http://www.paulnoll.com/Korea/War/war-Chinese-failure-2.html","Chosin Reservoir (1950): Mao's orders, 42nd CCF Army, 124th CCF Division, 9th CCF Army Group under Song Shilun","paulnoll.com (veteran's memoir site; run-in heading `Mao Changes Orders` glued to the sentence)"),
 ("en_manchuria_liquisearch","manchuria","On August 5, 1945","capturing Harbin and Mukden.","http://www.liquisearch.com/far_eastern_front_soviet_union/war_against_japan","Soviet invasion of Manchuria (August 1945): 1st/2nd Far Eastern Fronts as dash lists, Kwantung Army, Harbin and Mukden","liquisearch.com (Wikipedia mirror; `- ` list lines, some without full stop)"),
 ("en_hongkong_hkvca","hongkong","*Due to the International Date Line","underground installation in Victoria.","https://hkvca.ca/no_reason_why/ch18_127.php","Battle of Hong Kong (December 1941): Maltby's warning, Sano Force, Island Brigade, Wong Nei Chong Gap, Fortress Headquarters","hkvca.ca (book 'No Reason Why' online; footnote number `127-1` and `*` footnote inline)"),
 ("en_canton_pwencycl","canton","The city was repeatedly bombed","from the landward side the next day.","http://pwencycl.kgbudge.com/C/a/Canton.htm","Canton Operation (October 1938): 21 Army landing at Bias Bay, 12 Army Group, Humen fortress (designations without ordinal suffix)","pwencycl.kgbudge.com (Pacific War Online Encyclopedia)"),
 ("en_liaoshen_uncensoredwiki","liaoshen","Date 12 September 1948","lasting 52 days.","http://the-uncensored-wiki.com:20082/articles/l/i/a/Liaoshen_Campaign_0cf6.html","Liaoshen campaign (1948): infobox lines, lead and background (columns, corps, divisions)","the-uncensored-wiki.com (old Wikipedia copy; `[edit]` marks, infobox as plain lines)"),
]
out=[]
for sid,k,a,b,url,topic,site in SEL:
    t=d[k]; i=t.index(a); j=t.index(b,i)+len(b); s=t[i:j]
    out.append(dict(id=sid,text=s,meta=dict(id=sid,url=url,script="en",topic=topic,site=site)))
    print(sid,len(s))
json.dump(out,open('passages.json','w'),ensure_ascii=False,indent=1)
