#!/usr/bin/env python3
"""Regenerate tests/heldout/heldout.jsonl from the inline-markup drafts below.

Held-out evaluation set for zhanji, written independently of the pipeline's
rules and annotated per /work/shared/spec/annotation-guidelines.md (v1).

Markup: [[surface|L|norm]] where L is one of
  P PERSON, U MIL_UNIT, O ORG, G GPE, L LOC, F FAC, E EVENT, D DATE, Q QUANTITY
and the optional norm field is
  D: "value" or "value;MOD"                  -> {"value": ..., ["mod": ...]}
  Q: "value;unit;approx" (approx may be "")  -> {"value", "unit", "approx"}
  U: "n1,n2;echelon;prefix"                  -> {"numbers", "echelon", "prefix"}
     (a MIL_UNIT written without a norm field reuses the norm of the first
      earlier MIL_UNIT with the same surface in the same document)
  G/L: "modern name" (optional)              -> {"modern": ...} or {}
  P/O/F/E: no norm                           -> {}

Conventions chosen where the guidelines are silent (documented in the report):
  * MIL_UNIT echelon/prefix are canonical (simplified) words even in
    traditional-script text (師團 -> 师团); English echelons are the
    English word in the singular as a designation uses it ("Army",
    "Division", "War Area", "Air Force").
  * QUANTITY unit is "as written" (traditional 輛 stays 輛).
  * GPE/LOC modern in the traditional document is taken from the text's own
    （今X） statement, as written.
  * DATE years follow the guideline's mechanical rule (nearest preceding
    explicit year). In heldout-taierzhuang-1938 the background paragraph
    mentions 1937年12月, so every later month/day without a year is annotated
    1937-.. although the events are historically 1938: a known weakness of the
    rule, reported rather than silently "corrected".
  * MIL_UNIT echelon is left "" where the designation carries no echelon word
    (上海海军特别陆战队: 陆战队 names a branch, not an echelon).

Run with plain python3:  python3 tests/heldout/build_heldout.py
"""
import json
import os
import re
import sys

LABELS = {"P": "PERSON", "U": "MIL_UNIT", "O": "ORG", "G": "GPE", "L": "LOC",
          "F": "FAC", "E": "EVENT", "D": "DATE", "Q": "QUANTITY"}
VALID = set(LABELS.values())

DOCS = []


def doc(id_, script, draft):
    DOCS.append((id_, script, draft.strip("\n")))


# ---------------------------------------------------------------------------
# 1. 淞沪会战 1937 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout-songhu-1937", "zh-Hans", """
[[淞沪会战|E]]，又称[[八一三淞沪抗战|E]]，日方称为[[第二次上海事变|E]]，是[[中国抗日战争|E]]初期规模最大、战斗最惨烈的会战之一。战事自[[1937年8月13日|D|1937-08-13]]开始，至[[11月12日|D|1937-11-12]][[上海|G]]沦陷，历时[[三个月|Q|3;个月;]]。

[[8月13日上午|D|1937-08-13TMO]]，日军[[上海海军特别陆战队|U|;;]]向[[闸北|G|静安区]][[八字桥|F]]一带的[[中国|G]]守军开火。[[第九集团军|U|9;集团军;]]总司令[[张治中|P]]随即指挥[[第87、第88师|U|87,88;师;]]及[[第36师|U|36;师;]]发起围攻，企图在日军援兵到达之前将其逐出[[虹口|G]]、[[杨树浦|L]]。[[8月14日|D|1937-08-14]]，[[中国空军|U|;;]]出动轰炸机攻击[[黄浦江|L]]上的日舰及[[公大纱厂|F]]日军据点，[[第四大队|U|4;大队;]]同日在[[杭州|G]][[笕桥机场|F]]上空击落来袭日机数架，首开空战胜绩。

日方随即组建[[上海派遣军|U|;军;]]，以[[松井石根|P]]大将为司令官。[[8月23日|D|1937-08-23]]，其所辖[[第3、第11师团|U|3,11;师团;]]分别在[[吴淞|G]]、[[川沙口|L]]强行登陆。中方急调[[第十五集团军|U|15;集团军;]]投入[[宝山|G]]、[[罗店|G]]、[[月浦|G]]一线，总司令[[陈诚|P]]以[[第18军|U|18;军;]]军长[[罗卓英|P]]指挥[[第11、第14、第67师|U|11,14,67;师;]]与敌反复争夺[[罗店|G]]，该地因双方伤亡枕藉而被称为「血肉磨坊」。[[9月上旬|D|1937-09;START]]，[[第98师第583团第3营|U|98,583,3;营;]]营长[[姚子青|P]]率全营[[五百余人|Q|500;人;over]]死守[[宝山城|G]]，[[9月7日|D|1937-09-07]]城破，全营殉国。

[[9月下旬|D|1937-09;END]]起，日军陆续增派[[第9、第13、第101师团|U|9,13,101;师团;]]及[[重藤支队|U|;支队;]]，在[[沪|G|上海]]兵力增至[[约20万人|Q|200000;人;about]]。[[10月|D|1937-10]]，战线推进至[[蕴藻浜|L]]、[[大场|G]]一线，[[廖磊|P]]率[[第21集团军|U|21;集团军;]]等[[桂系|O]]部队赶到增援，于[[10月21日|D|1937-10-21]]发起反击，未能奏效。[[10月26日|D|1937-10-26]]，[[大场|G]]失守，守军被迫退守[[苏州河|L]]南岸。

为掩护主力西撤，[[第88师第524团|U|88,524;团;]]团附[[谢晋元|P]]率[[一个营|Q|1;个营;]][[四百余人|Q|400;人;over]]坚守[[苏州河|L]]北岸的[[四行仓库|F]]，自[[10月27日|D|1937-10-27]]起孤军奋战[[四昼夜|Q|4;昼夜;]]，[[11月1日|D|1937-11-01]]奉命撤入租界。

[[11月5日|D|1937-11-05]]，[[柳川平助|P]]指挥的[[第10军|U|10;军;]]率[[第6、第18、第114师团|U|6,18,114;师团;]]在[[杭州湾|L]][[金山卫|G]]登陆，守军侧背受到严重威胁。[[11月8日夜|D|1937-11-08TNI]]，[[蒋中正|P]]下令全线撤退；[[11月13日|D|1937-11-13]]，[[第16师团|U|16;师团;]]又在[[白茆口|L]]登陆，撤退随即演变为溃退。

据统计，中方先后投入[[75个师|Q|75;个师;]]又[[9个旅|Q|9;个旅;]]，共[[70余万人|Q|700000;人;over]]，伤亡[[约25万人|Q|250000;人;about]]；日军投入[[9个师团|Q|9;个师团;]]、[[20余万人|Q|200000;人;over]]，日方公布阵亡[[9115|Q|9115;;]]、负伤[[31257|Q|31257;;]]，实际伤亡当在[[4万人以上|Q|40000;人;over]]。此役打破了日军速战速决的企图，为[[长江|L]]下游工业内迁争取了时间，但也使[[南京|G]]直接暴露于日军兵锋之下，[[12月13日|D|1937-12-13]]，[[南京|G]]陷落。有关这段历史，可参阅《八一三淞沪抗战亲历记》等史料。
""")

# ---------------------------------------------------------------------------
# 2. 台兒莊戰役 1938 (Traditional, Taiwanese web page style)
# ---------------------------------------------------------------------------
doc("heldout-taierzhuang-1938", "zh-Hant", """
[[台兒莊戰役|E]]，又稱「[[台兒莊大捷|E]]」，是[[徐州會戰|E]]中的關鍵一役，日方則將其視為「[[徐州作戰|E]]」的前哨戰。戰事發生於[[1938年3月下旬|D|1938-03;END]]至[[4月上旬|D|1938-04;START]]，地點在[[山東|G]]南部的[[台兒莊|G|棗莊]]（今屬[[棗莊|G]]）。此役國軍擊退日軍[[第10師團瀨谷支隊|U|10;支队;]]與[[第5師團坂本支隊|U|5;支队;]]，被視為[[抗戰|E]]爆發以來正面戰場的第一場大捷。

[[1937年12月|D|1937-12]][[南京|G]]失陷後，日軍[[華北方面軍|U|;方面军;]]與[[華中派遣軍|U|;军;]]計畫南北對進，打通[[津浦鐵路|F]]，連接兩大戰場。[[中國|G]][[第五戰區|U|5;战区;]]司令長官[[李宗仁|P]]坐鎮[[徐州|G]]，麾下有[[第2集團軍|U|2;集团军;]]總司令[[孫連仲|P]]、[[第20軍團|U|20;军团;]]軍團長[[湯恩伯|P]]、[[第22集團軍|U|22;集团军;]]總司令[[鄧錫侯|P]]等部，兵力[[約29萬人|Q|290000;人;about]]。

[[3月14日|D|1937-03-14]]起，[[磯谷廉介|P]]率[[第10師團|U|10;师团;]]猛攻[[滕縣|G|滕州]]（今[[滕州|G]]），守城的[[第22集團軍第41軍第122師|U|22,41,122;师;]]師長[[王銘章|P]]率部血戰[[三晝夜|Q|3;晝夜;]]，[[3月17日|D|1937-03-17]]城破，[[王銘章|P]]壯烈殉國，守軍[[三千餘人|Q|3000;人;over]]大多陣亡。[[滕縣保衛戰|E]]雖然失利，卻為[[台兒莊|G|棗莊]]的布防爭取了寶貴時間。

[[3月23日|D|1937-03-23]]，日軍先頭部隊進抵[[台兒莊|G|棗莊]]北郊。守城的是[[孫連仲|P]]部[[第31師|U|31;师;]]，師長[[池峰城|P]]。日軍以[[約40輛|Q|40;輛;about]]戰車配合重砲猛攻，一度佔領城內三分之二的街區，守軍與敵逐屋爭奪。[[池峰城|P]]曾請求暫時撤出，[[孫連仲|P]]回以「士兵打完了，你就自己填進去」，全師遂死戰不退。

另一方面，[[湯恩伯|P]]所轄[[第52軍|U|52;军;]]（軍長[[關麟徵|P]]）與[[第85軍|U|85;军;]]（軍長[[王仲廉|P]]）自[[抱犢崮|L]]山區南下，向日軍側背迂迴。[[4月3日|D|1937-04-03]]，[[李宗仁|P]]下令全線反攻，[[4月6日深夜|D|1937-04-06TNI]]國軍突入日軍陣地。至[[4月7日|D|1937-04-07]]，[[凌晨一時|D|1937-04-07T01:00]]日軍殘部開始向[[嶧縣|G|嶧城區]]（今[[嶧城區|G]]）方向潰退，戰役結束。

據中方戰報，此役殲敵[[一萬餘人|Q|10000;人;over]]，繳獲大砲[[70餘門|Q|70;門;over]]、戰車[[40輛|Q|40;輛;]]、機槍[[九百餘挺|Q|900;挺;over]]；日方資料則記載戰死者[[約2,400人|Q|2400;人;about]]。國軍亦付出傷亡[[近2萬人|Q|20000;人;nearly]]的代價。

[[台兒莊大捷|E]]之後，[[日本大本營|O]]增調[[約30萬|Q|300000;;about]]兵力，於[[5月|D|1937-05]]間從南北[[兩面|Q|2;面;]]合圍[[徐州|G]]。國軍主動突圍，[[5月19日|D|1937-05-19]][[徐州|G]]失守。[[李宗仁|P]]晚年在《李宗仁回憶錄》中詳細記述了這場戰役。

延伸閱讀：[[國防部史政編譯局|O]]編《抗日戰史：徐州會戰》。本文資料整理自網路，如有錯誤，歡迎留言指正。
""")

# ---------------------------------------------------------------------------
# 3. 第三次长沙会战 1941-1942 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout-changsha3-1941", "zh-Hans", """
[[第三次长沙会战|E]]，日方称「[[第二次长沙作战|E]]」，是[[太平洋战争|E]]爆发后[[同盟国|O]]在[[亚洲|L]]大陆取得的第一场大胜，时间为[[1941年12月24日|D|1941-12-24]]至[[1942年1月16日|D|1942-01-16]]。

[[1941年12月|D|1941-12]]，为策应[[香港作战|E]]、牵制[[第九战区|U|9;战区;]]兵力南下，日军[[第11军|U|11;军;]]司令官[[阿南惟几|P]]集结[[第3、第6、第40师团|U|3,6,40;师团;]]、[[独立混成第9旅团|U|9;旅团;独立混成]]及[[荒木支队|U|;支队;]]等部，共[[约12万人|Q|120000;人;about]]，另有飞机[[200余架|Q|200;架;over]]、舰艇[[数十艘|Q|10;艘;some]]，分[[三路|Q|3;路;]]由[[岳阳|G]]南犯。

中方由[[第九战区|U]]代司令长官[[薛岳|P]]指挥，依据「天炉战法」布防：以[[第20、第58军|U|20,58;军;]]扼守[[新墙河|L]]一线，[[第37、第99军|U|37,99;军;]]控制[[汨罗江|L]]南岸，[[第10军|U|10;军;]]军长[[李玉堂|P]]率[[预备第10师|U|10;师;预备]]、[[第3师|U|3;师;]]、[[第190师|U|190;师;]]固守[[长沙城|G]]，另以[[第二十六、第七十九、第七十三军|U|26,79,73;军;]]及[[第4军|U|4;军;]]控制于[[浏阳|G]]、[[株洲|G]]及[[捞刀河|L]]以东，待机合围。战区总兵力共[[13个军|Q|13;个军;]][[30余万人|Q|300000;人;over]]。

[[12月24日|D|1941-12-24]]，日军[[第3、第6师团|U|3,6;师团;]]强渡[[新墙河|L]]，[[第20军|U|20;军;]]节节抵抗后向东侧山地转移。[[12月29日|D|1941-12-29]]，日军渡过[[汨罗江|L]]，[[第37军|U|37;军;]]侧击其后尾。[[阿南惟几|P]]误判国军主力已经溃退，遂令各师团直扑[[长沙|G]]。

[[1942年1月1日|D|1942-01-01]]，[[第3师团|U|3;师团;]]由东南方向猛攻[[长沙城|G]]，守军[[预10师第28团|U|10,28;团;预备]]死守城东南阵地，[[岳麓山|L]]上的炮兵隔[[湘江|L]]轰击攻城日军。[[1月3日|D|1942-01-03]]，日军一度突入[[天心阁|F]]附近，旋被逐出。[[1月4日|D|1942-01-04]]，[[凌晨三时|D|1942-01-04T03:00]]，日军因弹药告罄被迫开始北撤。

[[薛岳|P]]随即下令各军转入追击，在[[捞刀河|L]]、[[汨罗江|L]]之间层层截击，[[第4、第26、第73军|U|4,26,73;军;]]尾追不舍。[[1月8日前后|D|1942-01-08;APPROX]]，[[第六师团|U|6;师团;]]一部在[[福临铺|G]]遭伏击，损失惨重。日军经过[[十余日|Q|10;日;over]]的苦战，至[[1月15日|D|1942-01-15]]始退回[[新墙河|L]]以北，会战结束。

关于双方损失，中方战报称毙伤日军[[五万六千余人|Q|56000;人;over]]，俘虏[[139人|Q|139;人;]]，缴获山炮[[11门|Q|11;门;]]、步枪[[1,138支|Q|1138;支;]]；日方记录阵亡[[1591|Q|1591;;]]、负伤[[4412|Q|4412;;]]。国军本身亦伤亡[[2.8万多人|Q|28000;人;over]]。两者差距悬殊，研究者多认为日军实际伤亡在[[6000人左右|Q|6000;人;about]]至[[一万余人|Q|10000;人;over]]之间。

此役连同[[1939年|D|1939]]的[[第一次长沙会战|E]]与[[1941年9月|D|1941-09]]的[[第二次长沙会战|E]]，被[[国民政府|O]]宣传为[[三次|Q|3;次;]]「[[长沙大捷|E]]」，[[英国|G]]、[[美国|G]]报刊亦纷纷报道。
""")

# ---------------------------------------------------------------------------
# 4. 中国远征军 in Burma 1942-1945 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout-burma-1942", "zh-Hans", """
[[中国远征军|U|;军;]]是[[抗日战争|E]]期间[[中国|G]]为支援[[英国|G]]在[[缅甸|G]]作战、确保[[滇缅公路|F]]畅通而派出的部队。[[1942年初|D|1942;START]]，[[第5军|U|5;军;]]（军长[[杜聿明|P]]）、[[第6军|U|6;军;]]（军长[[甘丽初|P]]）、[[第66军|U|66;军;]]（军长[[张轸|P]]）共[[约10万人|Q|100000;人;about]]先后入缅，名义上由[[约瑟夫·史迪威|P]]指挥，[[蒋中正|P]]另派[[罗卓英|P]]为司令长官。

[[第200师|U|200;师;]]师长[[戴安澜|P]]率部于[[3月8日|D|1942-03-08]]进抵[[同古|G|东吁]]（今[[东吁|G]]），[[3月18日|D|1942-03-18]]起与日军[[第55师团|U|55;师团;]]激战[[12天|Q|12;天;]]，予敌重大杀伤后于[[3月30日|D|1942-03-30]]安全撤出。该师是当时国军唯一的机械化师。

[[4月中旬|D|1942-04;MID]]，[[英缅军第1师|U|1;师;]]及英军[[第7装甲旅|U|7;旅;装甲]]在[[仁安羌|G]]被日军[[第33师团|U|33;师团;]]包围。[[新编第38师|U|38;师;新编]]师长[[孙立人|P]]派[[第113团|U|113;团;]]团长[[刘放吾|P]]率部驰援，[[4月19日|D|1942-04-19]]击退日军，解救英军及传教士、记者等[[7000余人|Q|7000;人;over]]，史称[[仁安羌大捷|E]]。

[[4月29日|D|1942-04-29]]，[[腊戍|G]]失守，[[滇缅公路|F]]被切断，远征军陷入混乱。[[杜聿明|P]]率[[第5军军部|U|5;军;]]及[[新22师|U|22;师;新编]]、[[第96师|U|96;师;]]取道[[野人山|L]]撤退，沿途瘴疠横行，病饿而死者[[超过一万人|Q|10000;人;over]]。[[孙立人|P]]则率[[新38师|U|38;师;新编]]西撤[[印度|G]]，建制基本完整。[[第200师|U]]在突围中遭伏，[[戴安澜|P]]于[[5月18日|D|1942-05-18]]负重伤，[[5月26日|D|1942-05-26]]在[[茅邦|G]]殉国，年仅[[38岁|Q|38;岁;]]。

撤入[[印度|G]]的部队在[[兰姆伽|G]]整训，改编为[[中国驻印军|U|;军;]]，由[[史迪威|P]]任总指挥，接受美式装备与训练。[[滇缅公路|F]]断绝后，[[中国|G]]对外物资运输只能依赖[[驼峰航线|F]]：运输机自[[阿萨姆|G]]起飞，飞越[[喜马拉雅山|L]]南麓抵达[[昆明|G]]。[[三年|Q|3;年;]]间，[[中国航空公司|O]]与美军共损失飞机[[约600架|Q|600;架;about]]，牺牲飞行人员[[1500余名|Q|1500;名;over]]。

[[1943年10月|D|1943-10]]，[[新1军|U|1;军;新编]]（军长[[郑洞国|P]]）辖[[新38、新22师|U|38,22;师;新编]]自[[雷多|G]]出发反攻[[缅北|L]]，在[[胡康河谷|L]]与日军[[第18师团|U|18;师团;]]（即「[[菊兵团|U|;兵团;]]」）反复激战。[[1944年5月17日|D|1944-05-17]]，中美联军奇袭[[密支那机场|F]]得手，随后围攻[[密支那城|G]][[近80天|Q|80;天;nearly]]，于[[8月3日|D|1944-08-03]]攻克，日军守将[[水上源藏|P]]少将自杀。

[[滇西|L]]方面，[[卫立煌|P]]指挥[[第11、第20集团军|U|11,20;集团军;]]于[[1944年5月11日|D|1944-05-11]]强渡[[怒江|L]]，先后攻克[[松山|L]]、[[腾冲|G]]、[[龙陵|G]]。[[1945年1月27日|D|1945-01-27]]，[[两路|Q|2;路;]]部队在[[芒友|G]]会师，[[中印公路|F]]（又称[[史迪威公路|F]]）随后全线通车。亲历者的回忆，多收入《中国远征军滇缅作战亲历记》一书。
""")

# ---------------------------------------------------------------------------
# 5. 张自忠 biography (Simplified)
# ---------------------------------------------------------------------------
doc("heldout-zhangzizhong-bio", "zh-Hans", """
[[张自忠|P]]（[[1891年8月11日|D|1891-08-11]]－[[1940年5月16日|D|1940-05-16]]），字[[荩忱|P]]，[[山东|G]][[临清|G]]人，[[中华民国|G]]陆军上将，是[[抗日战争|E]]中阵亡的[[同盟国|O]]军队最高级别将领。

[[张自忠|P]]早年就读于[[天津|G]][[北洋法政专门学校|O]]，[[1914年|D|1914]]投笔从戎，时年[[23岁|Q|23;岁;]]，先后在[[车震|P]]部和[[冯玉祥|P]]部任职，此后随[[西北军|U|;军;]]转战各地[[二十余年|Q|20;年;over]]，由排长逐级升至师长。

[[1930年|D|1930]][[中原大战|E]]后，[[西北军|U]]残部经[[张学良|P]]改编为[[第29军|U|29;军;]]，[[宋哲元|P]]任军长，[[张自忠|P]]任[[第38师|U|38;师;]]师长。[[1933年3月|D|1933-03]]，[[长城抗战|E]]爆发，[[第29军|U]]在[[喜峰口|L]]以大刀队夜袭日军[[第8师团|U|8;师团;]]，毙伤敌[[数百人|Q|100;人;some]]，该军由此名声大振。

[[1937年7月7日|D|1937-07-07]]，[[卢沟桥事变|E]]爆发。[[第29军|U]]主力南撤后，[[张自忠|P]]奉命留守[[北平|G|北京]]，代理[[冀察政务委员会|O]]委员长兼[[北平|G|北京]]市长，一度被舆论指为「汉奸」。同年[[9月|D|1937-09]]，他化装潜离[[北平|G|北京]]，经[[天津|G]]、[[济南|G]]南下[[南京|G]]请罪。

[[1938年初|D|1938;START]]，[[张自忠|P]]出任[[第59军|U|59;军;]]军长，[[3月|D|1938-03]]率部驰援[[临沂|G]]，与[[庞炳勋|P]]的[[第3军团|U|3;军团;]]协同作战，重创[[板垣征四郎|P]]指挥的[[第5师团|U|5;师团;]]，取得[[临沂大捷|E]]，为随后的[[台儿庄战役|E]]创造了条件。此后他历任[[第33集团军|U|33;集团军;]]总司令、[[第五战区右翼兵团|U|5;兵团;]]总司令，先后参加[[徐州会战|E]]、[[武汉会战|E]]及[[1939年5月|D|1939-05]]的[[随枣会战|E]]。

[[1940年5月|D|1940-05]]，日军[[第11军|U|11;军;]]发动[[枣宜会战|E]]，以[[第3、第13、第39师团|U|3,13,39;师团;]]等部[[约15万人|Q|150000;人;about]]进犯[[鄂北|L]]。当时[[第33集团军|U]]辖[[第55、第59、第77军|U|55,59,77;军;]]，总兵力[[不足4万人|Q|40000;人;under]]，装备远逊于敌。[[5月1日|D|1940-05-01]]，[[张自忠|P]]亲笔致函各部将领，表示「国家到了如此地步，除我等为其死，毫无其他办法」，随即亲率[[2个团|Q|2;个团;]]及总部直属部队东渡[[襄河|L|汉江]]。[[5月16日|D|1940-05-16]]，[[张自忠|P]]所部在[[宜城|G]][[南瓜店|G]]被日军[[第39师团|U|39;师团;]]包围，激战终日，[[张自忠|P]]身负重伤，壮烈殉国，时年[[49岁|Q|49;岁;]]。

[[5月28日|D|1940-05-28]]，灵柩运抵[[重庆|G]]，[[蒋中正|P]]率[[国民政府|O]]及[[军事委员会|O]]要员亲往[[朝天门码头|F]]迎灵。[[1982年|D|1982]]，[[民政部|O]]追认[[张自忠|P]]为革命烈士。[[北京|G]]、[[天津|G]]、[[上海|G]]、[[武汉|G]]等地均有以其名字命名的[[张自忠路|F]]。其生平可参阅《张自忠将军传》。
""")

# ---------------------------------------------------------------------------
# 6. English: the Battles of Changsha and the Ichi-Go aftermath
# ---------------------------------------------------------------------------
doc("heldout-changsha-en", "en", """
The [[Battles of Changsha|E]] (Chinese: [[长沙会战|E]]) were a series of Japanese offensives against [[Changsha|G]], the capital of [[Hunan|G]], between [[1939|D|1939]] and [[1942|D|1942]]. Each time the defenders of the [[Ninth War Area|U|9;War Area;]] under General [[Xue Yue|P]] ([[薛岳|P]]) gave ground along the [[Xinqiang River|L]] and the [[Miluo River|L]], drew the Japanese columns toward the city, and then struck their flanks.

The [[First Battle of Changsha|E]] opened on [[17 September 1939|D|1939-09-17]]. Lieutenant General [[Yasuji Okamura|P]], commanding the [[Eleventh Army|U|11;Army;]], sent [[some 100,000 men|Q|100000;men;some]] south from [[Yueyang|G]], supported by the [[Imperial Japanese Navy|U|;;]] on [[Dongting Lake|L]]. By [[6 October|D|1939-10-06]] the Japanese were back on their start lines. In [[September 1941|D|1941-09]] the [[Eleventh Army|U]], now under [[Korechika Anami|P]], returned with [[four divisions|Q|4;divisions;]] and reached the outskirts of the city on [[27 September|D|1941-09-27]] before withdrawing in [[early October|D|1941-10;START]].

The [[Third Battle of Changsha|E]] began on [[24 December 1941|D|1941-12-24]], [[less than three weeks|Q|3;weeks;under]] after the outbreak of the [[Pacific War|E]]. [[Anami|P]] committed [[some 120,000 men|Q|120000;men;some]] of the [[3rd and 6th Divisions|U|3,6;Division;]] and the [[40th Division|U|40;Division;]]. Inside the city the Chinese [[10th Army|U|10;Army;]] of General [[Li Yutang|P]] held out, its [[Preparatory 10th Division|U|10;Division;Preparatory]] under [[Fang Xianjue|P]] bearing the brunt at the southern gates, while artillery on [[Yuelu Mountain|L]] across the [[Xiang River|L]] shelled the attackers. Short of ammunition, the Japanese began to pull back on [[4 January 1942|D|1942-01-04]]. Chinese reports put Japanese losses at [[56,944|Q|56944;;]]; Japanese records list [[1,591 men|Q|1591;men;]] killed and [[4,412 men|Q|4412;men;]] wounded.

The victories did not last. [[Operation Ichi-Go|E]] ([[一号作战|E]]), which opened on [[19 April 1944|D|1944-04-19]] with the crossing of the [[Yellow River|L]], brought the war back to [[Hunan|G]]. In [[May 1944|D|1944-05]] the [[Eleventh Army|U]] under Lieutenant General [[Isamu Yokoyama|P]] struck south with [[more than 360,000 men|Q|360000;men;over]]. [[Changsha|G]], held by the [[4th Army|U|4;Army;]], fell on [[18 June|D|1944-06-18]] after [[three days|Q|3;days;]] of street fighting. [[Hengyang|G]], defended by [[Fang Xianjue|P]]'s [[10th Army|U]], resisted the [[68th and 116th Divisions|U|68,116;Division;]] for [[47 days|Q|47;days;]] until [[8 August|D|1944-08-08]].

The loss of the [[Fourteenth Air Force|U|14;Air Force;]] airfields at [[Guilin|G]] and [[Liuzhou|G]] in [[November|D|1944-11]] was a heavy blow to Major General [[Claire Chennault|P]], and the crisis sharpened the quarrel between [[Chiang Kai-shek|P]] and [[Joseph Stilwell|P]], who had already been recalled to the [[United States|G]] in [[October 1944|D|1944-10]]. For the [[Republic of China|G]] the defeats cost [[over 500,000 men|Q|500000;men;over]], and the [[National Revolutionary Army|U|;;]] never fully recovered.
""")


# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z])(?:\|([^\]]*))?\]\]")


def parse_norm(label, spec, surface, prev_units):
    if label == "DATE":
        if not spec:
            raise ValueError(f"DATE without value: {surface}")
        parts = spec.split(";")
        n = {"value": parts[0]}
        if len(parts) > 1 and parts[1]:
            n["mod"] = parts[1]
        return n
    if label == "QUANTITY":
        v, unit, approx = (spec.split(";") + ["", ""])[:3]
        num = float(v)
        if num.is_integer():
            num = int(num)
        return {"value": num, "unit": unit, "approx": approx or None}
    if label == "MIL_UNIT":
        if spec is None:
            if surface not in prev_units:
                raise ValueError(f"MIL_UNIT without norm and no earlier one: {surface}")
            return dict(prev_units[surface])
        nums, ech, pre = (spec.split(";") + ["", ""])[:3]
        n = {"numbers": [int(x) for x in nums.split(",") if x], "echelon": ech,
             "prefix": pre}
        prev_units.setdefault(surface, n)
        return n
    if label in ("GPE", "LOC"):
        return {"modern": spec} if spec else {}
    if spec:
        raise ValueError(f"unexpected norm for {label}: {surface}")
    return {}


def render(draft):
    out, ents, pos = [], [], 0
    prev_units = {}
    for m in MARK.finditer(draft):
        out.append(draft[pos:m.start()])
        start = sum(len(s) for s in out)
        surface, code, spec = m.group(1), m.group(2), m.group(3)
        label = LABELS[code]
        out.append(surface)
        ents.append({"start": start, "end": start + len(surface), "label": label,
                     "text": surface,
                     "norm": parse_norm(label, spec, surface, prev_units)})
        pos = m.end()
    out.append(draft[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError("unparsed markup left in text")
    return text, ents


PUNCT = set("，。、；：！？「」『』（）《》“”‘’,.;:!?()\"' \n")


def validate(id_, text, ents):
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (id_, e)
        assert e["label"] in VALID, (id_, e)
        assert e["start"] >= last_end, ("overlap", id_, e)
        assert e["text"][0] not in PUNCT and e["text"][-1] not in PUNCT, (id_, e)
        # never crosses a comma (a thousands separator between digits is no comma)
        assert "，" not in e["text"], (id_, e)
        assert not re.search(r",(?!\d{3})|(?<!\d),", e["text"]), (id_, e)
        last_end = e["end"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for id_, script, draft in DOCS:
            text, ents = render(draft)
            validate(id_, text, ents)
            rec = {"id": id_, "text": text, "entities": ents,
                   "meta": {"source": "written for zhanji's held-out evaluation",
                            "script": script}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{id_}: {len(text)} chars, {len(ents)} entities", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
