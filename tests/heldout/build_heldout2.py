#!/usr/bin/env python3
"""Regenerate tests/heldout/heldout2.jsonl from the inline-markup drafts below.

Second held-out evaluation set for zhanji, written independently of the
pipeline's rules and annotated per /work/shared/spec/annotation-guidelines.md
(v1).  The markup approach follows tests/heldout/build_heldout.py.

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

Conventions chosen where the guidelines are silent:
  * QUANTITY unit is the measure word as written (Traditional 歲/個營/處 stay
    Traditional); English unit = the counted noun as written ("men",
    "casualties", "days"); a bare number has unit "".
  * MIL_UNIT echelon/prefix use the Simplified vocabulary of the guidelines
    even in Traditional text (師團 -> 师团, 新編 -> 新编).  English echelons are
    mapped to the same Chinese vocabulary: Army -> 军, Division -> 师 (Chinese
    side) / 师团 (Japanese side), Wing -> 团, War Area -> 战区, Air Force ->
    航空军.  Whole armed forces (国民革命军, 中國人民解放軍, Imperial Japanese
    Army, National Revolutionary Army) have numbers [] and echelon "";
    army-level named formations (八路军, 晋绥军, 关东军, 中国远征军,
    China Expeditionary Army) have echelon 军; 中国工农红军 counts as a whole
    armed force.  財政部稅警總團 is one span (full official name) with
    echelon 总团, prefix 税警.  A named parent written
    together with a designation (八路军第115师, 关东军独立混成第2、第15旅团)
    is one span whose numbers are the designation numbers.
  * GPE/LOC modern only for historical names (incl. Wade-Giles postal forms
    of renamed places such as Yochow, Hengchow, Chungking, Kweilin, Liuchow)
    or where the text states （今X）/（今屬X）/"now X"; the value is the
    modern name as the text writes it when stated.
  * DATE years follow the guideline's mechanical rule (nearest preceding
    explicit year); 民國N年 counts as an explicit year (民國二十六年 = 1937).
    拂晓/清晨/凌晨/上午 -> TMO, 傍晚 -> TEV, 夜/深夜 -> TNI.

Run with plain python3:  python3 tests/heldout/build_heldout2.py
"""

from markup import write_set  # beside this script

ECHELONS = {"", "军", "师团", "集团军", "战区", "旅团", "联队", "师", "团", "旅",
            "营", "方面军", "兵团", "支队", "大队", "军区", "航空队", "航空军",
            "总团"}

DOCS = []


def doc(id_, script, draft):
    DOCS.append((id_, script, draft.strip("\n")))


# ---------------------------------------------------------------------------
# 1. 平型关战斗与忻口会战 1937 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout2-pingxingguan-xinkou-1937", "zh-Hans", """
[[平型关战斗|E]]与[[忻口会战|E]]是[[抗日战争|E]]初期[[华北|L]]战场上两场关系密切的作战，均属[[太原会战|E]]的组成部分。

[[1937年7月7日|D|1937-07-07]][[卢沟桥事变|E]]之后，日军一路沿[[平绥铁路|F]]西进，于[[9月13日|D|1937-09-13]]占领[[大同|G]]；另一路由[[板垣征四郎|P]]中将率[[第5师团|U|5;师团;]]自[[蔚县|G]]经[[广灵|G]]、[[灵丘|G]]南下，企图突破[[内长城|F]]一线，直取[[太原|G]]。[[第二战区|U|2;战区;]]司令长官[[阎锡山|P]]调集[[晋绥军|U|;军;]]主力，依托[[平型关|L]]、[[雁门关|L]]等关隘布防。

[[8月下旬|D|1937-08;END]]，[[陕北|L]]的[[中国工农红军|U|;;]]主力改编为[[八路军|U|;军;]]（不久改称[[第十八集团军|U|18;集团军;]]），总指挥[[朱德|P]]、副总指挥[[彭德怀|P]]，下辖[[第115、第120、第129师|U|115,120,129;师;]]，全军[[约4.6万人|Q|46000;人;about]]。[[八路军第115师|U|115;师;]]师长[[林彪|P]]、副师长[[聂荣臻|P]]率部东渡[[黄河|L]]，沿[[同蒲铁路|F]]北上，[[9月下旬|D|1937-09;END]]进抵[[灵丘|G]]与[[平型关|L]]之间的山地。

[[9月24日夜|D|1937-09-24TNI]]，[[第115师|U|115;师;]]冒雨进入[[乔沟|L]]一带设伏。[[9月25日|D|1937-09-25]]，[[上午七时|D|1937-09-25T07:00]]，日军[[第5师团第21旅团|U|5,21;旅团;]]的辎重车队沿公路进入伏击圈，[[第343旅|U|343;旅;]]所属[[第685、第686团|U|685,686;团;]]居高临下突然开火，[[第344旅第687团|U|344,687;团;]]负责截断退路。激战[[约六小时|Q|6;小时;about]]，共击毁汽车[[百余辆|Q|100;辆;over]]、马车[[二百余辆|Q|200;辆;over]]。关于日军伤亡，当时中方宣称歼敌[[一千余人|Q|1000;人;over]]，近年研究多认为在[[600人左右|Q|600;人;about]]；[[第115师|U]]自身亦伤亡[[数百人|Q|100;人;some]]。此战是[[抗战|E]]爆发后[[中国|G]]军队取得的第一场大胜，史称[[平型关大捷|E]]。

然而，[[9月底|D|1937-09;END]]日军突破[[茹越口|L]]，[[内长城|F]]防线动摇，[[阎锡山|P]]遂决定在[[忻口|G]]组织第二道防线。[[国民政府军事委员会|O]]调[[第14集团军|U|14;集团军;]]总司令[[卫立煌|P]]率部自[[平汉铁路|F]]北段西调入晋，出任前敌总指挥。该集团军属[[中央军系|O]]，与[[晋绥军|U]]、[[八路军|U]]协同作战，兵力号称[[数十万|Q|100000;;some]]。在[[崞县|G|原平市]]（今[[原平市|G]]）的阻击战中，[[晋绥军|U]]将领、[[第196旅|U|196;旅;]]旅长[[姜玉贞|P]]率部坚守多日，[[10月12日|D|1937-10-12]]城破殉职。

[[10月13日|D|1937-10-13]]，[[板垣征四郎|P]]指挥[[第5师团|U]]及[[关东军独立混成第2、第15旅团|U|2,15;旅团;独立混成]]猛攻[[忻口|G]]西北的[[南怀化|G]]，双方反复争夺[[204高地|F]]。[[10月16日|D|1937-10-16]]，[[第9军|U|9;军;]]军长[[郝梦龄|P]]、[[第54师|U|54;师;]]师长[[刘家骐|P]]在指挥反击时中弹殉国，[[独立第5旅|U|5;旅;独立]]旅长[[郑廷珍|P]]亦先后阵亡。[[郝梦龄|P]]是[[抗战|E]]中第一位牺牲的军长。

[[八路军|U]]则在敌后配合作战。[[10月19日夜|D|1937-10-19TNI]]，[[第129师第769团|U|129,769;团;]]团长[[陈锡联|P]]率部夜袭[[代县|G]]的[[阳明堡机场|F]]，毁伤日机[[24架|Q|24;架;]]；[[第120师|U|120;师;]]师长[[贺龙|P]]部在[[雁门关|L]]以南多次伏击日军运输队。

[[10月26日|D|1937-10-26]]，日军[[第20师团|U|20;师团;]]沿[[正太铁路|F]]西进突破[[娘子关|L]]，[[忻口|G]]守军侧后受到威胁。[[11月2日|D|1937-11-02]]，[[中国|G]]军队奉命撤离[[忻口|G]]；[[11月8日|D|1937-11-08]]，[[太原|G]]失守。[[忻口会战|E]]历时[[二十一天|Q|21;天;]]，据中方统计，毙伤日军[[两万余人|Q|20000;人;over]]，[[中国|G]]军队伤亡[[十万余人|Q|100000;人;over]]，是[[华北|L]]战场上规模最大的一次会战。此役又称「[[忻口战役|E]]」，战后日本人编写的战史也承认[[第5师团|U]]在此遭遇了空前顽强的抵抗。有关[[平型关|L]]一役的经过，可参阅《聂荣臻回忆录》。
""")

# ---------------------------------------------------------------------------
# 2. 四行倉庫保衛戰 1937 (Traditional, TW/HK web style)
# ---------------------------------------------------------------------------
doc("heldout2-sihang-warehouse-1937", "zh-Hant", """
【抗戰史話】蘇州河畔的孤軍：[[四行倉庫保衛戰|E]]始末

[[四行倉庫保衛戰|E]]是[[淞滬會戰|E]]末期的一場孤軍守禦戰。[[民國二十六年十月二十六日|D|1937-10-26]]，[[大場|G]]失守，[[第三戰區|U|3;战区;]]下令主力撤往[[蘇州河|L]]南岸。最高統帥[[蔣中正|P]]希望在[[閘北|G|靜安區]]（今併入[[靜安區|G]]）留下部隊，以便在即將召開的[[九國公約會議|E]]上爭取國際同情。[[第88師|U|88;师;]]師長[[孫元良|P]]認為留下整師無異送死，最終決定只留[[一個營|Q|1;個營;]]。

受命留守的是[[第八十八師第五二四團|U|88,524;团;]]團附[[謝晉元|P]]與[[第一營|U|1;营;]]營長[[楊瑞符|P]]。對外號稱[[八百人|Q|800;人;]]，據考證實際只有[[420餘人|Q|420;人;over]]。他們據守的[[四行倉庫|F]]位於[[蘇州河|L]]北岸、[[西藏路橋|F]]（舊稱「[[新垃圾橋|F]]」）西側，是[[金城銀行|O]]、[[鹽業銀行|O]]、[[中南銀行|O]]、[[大陸銀行|O]]合組的[[四行儲蓄會|O]]所建，倉庫因而得名。倉庫為鋼筋混凝土結構的[[五層|Q|5;層;]]大樓，牆厚堅固，正對河南岸的[[公共租界|G]]。

[[民國二十六年十月二十七日|D|1937-10-27]]起，日軍[[第3師團|U|3;师团;]]向倉庫發動攻擊。由於倉庫緊鄰租界，日軍顧忌流彈波及[[英國|G]]、[[美國|G]]等國的利益，未敢動用重砲與毒氣。守軍在樓頂與窗口居高臨下射擊，據傳士兵[[陳樹生|P]]身綁手榴彈從樓上躍下，與樓下日軍[[二十餘名|Q|20;名;over]]同歸於盡。

[[10月28日深夜|D|1937-10-28TNI]]，[[中國童子軍|O]]團員[[楊惠敏|P]]冒險穿越火線，將一面國旗送進倉庫。[[10月29日|D|1937-10-29]]，[[清晨|D|1937-10-29TMO]]，國旗在樓頂升起，對岸租界的民眾隔河歡呼，各國記者爭相報導，[[上海公共租界工部局|O]]亦不得不設法調停。

為避免事態擴大，[[軍事委員會|O]]下令撤退。[[10月31日深夜|D|1937-10-31TNI]]至[[11月1日凌晨|D|1937-11-01TMO]]，孤軍分批衝過[[新垃圾橋|F]]退入租界，前後堅守[[四日|Q|4;日;]]，中方戰報稱斃傷日軍[[二百餘人|Q|200;人;over]]。但退入租界後，官兵隨即被英軍繳械，拘禁於[[膠州路|F]]的「[[孤軍營|F]]」，一關就是[[四年|Q|4;年;]]。

[[民國三十年四月二十四日清晨|D|1941-04-24TMO]]，[[謝晉元|P]]在營中遭[[郝鼎誠|P]]等[[四名|Q|4;名;]]受汪偽收買的士兵刺殺，終年[[三十七歲|Q|37;歲;]]（虛歲），[[國民政府|O]]追贈陸軍少將。[[1941年12月|D|1941-12]][[太平洋戰爭|E]]爆發，日軍進佔租界，孤軍被俘後分送[[南京|G]]、[[杭州|G]]等地服勞役，部分官兵甚至被押往[[新不列顛島|L]]的[[拉包爾|G]]。

這段歷史先後被拍成電影《八百壯士》（[[1976年|D|1976]]）與《八佰》（[[2020年|D|2020]]）。倉庫建築在戰後保存下來，[[2015年|D|2015]]改建為[[四行倉庫抗戰紀念館|F]]，西牆至今仍保留當年的彈孔。

（本文整理自網路資料，如有錯漏，歡迎留言指正）
""")

# ---------------------------------------------------------------------------
# 3. 百团大战 1940 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout2-baituan-1940", "zh-Hans", """
[[百团大战|E]]是[[抗日战争|E]]相持阶段[[八路军|U|;军;]]在[[华北|L]]发动的一次大规模进攻战役，时间为[[1940年8月20日|D|1940-08-20]]至[[12月5日|D|1940-12-05]]，历时[[三个半月|Q|3.5;个月;]]，因参战部队达[[105个团|Q|105;个团;]]、[[20余万人|Q|200000;人;over]]而得名。

[[1940年夏|D|1940-SU]]，日军[[华北方面军|U|;方面军;]]司令官[[多田骏|P]]推行「囚笼政策」，以铁路为柱、公路为链、据点为锁，分割封锁各抗日根据地。[[八路军总部|U|;军;]]副总司令[[彭德怀|P]]与副参谋长[[左权|P]]决定以破袭[[正太铁路|F]]为中心，同时打击[[同蒲铁路|F]]、[[平汉铁路|F]]等交通线。[[7月22日|D|1940-07-22]]，[[八路军总部|U]]下达《战役预备命令》，并报[[中共中央|O]]及[[中共中央北方局|O]]。整个战役分为[[三个|Q|3;个;]]阶段。

第一阶段（[[8月20日|D|1940-08-20]]至[[9月10日|D|1940-09-10]]）以交通破袭为主。[[8月20日|D|1940-08-20]]，[[晚八时|D|1940-08-20T20:00]]，各部同时发起攻击。[[晋察冀军区|U|;军区;]]司令员[[聂荣臻|P]]指挥右翼破击队攻击[[正太铁路|F]]东段，一度攻占[[娘子关|L]]，并袭占[[井陉煤矿|F]]，使其停产[[半年以上|Q|0.5;年;over]]。[[第129师|U|129;师;]]师长[[刘伯承|P]]、政治委员[[邓小平|P]]指挥[[第385、第386旅|U|385,386;旅;]]等部破击[[阳泉|G]]至[[榆次|G]]段，[[第386旅|U|386;旅;]]旅长[[陈赓|P]]部在[[阳泉|G]]西南的[[狮脑山|L]]与日军反复争夺[[六昼夜|Q|6;昼夜;]]。[[第120师|U|120;师;]]则在[[晋西北|L]]破击[[同蒲铁路|F]]北段，牵制[[大同|G]]、[[忻县|G|忻州]]方向之敌。

第二阶段（[[9月22日|D|1940-09-22]]至[[10月上旬|D|1940-10;START]]）转入攻坚。[[晋察冀军区|U]]发起[[涞灵战役|E]]，攻击[[涞源|G]]、[[灵丘|G]]；[[第129师|U]]发起[[榆辽战役|E]]，拔除[[榆社|G]]至[[辽县|G|左权县]]（今[[左权县|G]]）公路沿线的大部分据点。

第三阶段（[[10月6日|D|1940-10-06]]至[[12月5日|D|1940-12-05]]）为反「扫荡」作战。日军调集重兵，对[[太行山|L]]、[[太岳山|L]]一带的根据地实行报复性「扫荡」。[[10月30日|D|1940-10-30]]，[[彭德怀|P]]亲临前线，指挥[[第129师|U]]围攻盘踞[[关家垴|L]]的日军[[冈崎支队|U|;支队;]][[500余人|Q|500;人;over]]，激战[[两昼夜|Q|2;昼夜;]]，双方伤亡均重。

据[[八路军总部|U]]公布的统计，整个战役共进行大小战斗[[1824次|Q|1824;次;]]，毙伤日军[[20645人|Q|20645;人;]]、伪军[[5155人|Q|5155;人;]]，俘日军[[281|Q|281;;]]、伪军[[18407|Q|18407;;]]；破坏铁路[[474公里|Q|474;公里;]]、公路[[1500余公里|Q|1500;公里;over]]，拆毁桥梁[[213座|Q|213;座;]]、车站[[37个|Q|37;个;]]。[[八路军|U]]自身伤亡[[1.7万余人|Q|17000;人;over]]。此役沉重打击了日、伪军，[[毛泽东|P]]致电[[彭德怀|P]]称：「[[百团大战|E]]真是令人兴奋，像这样的战斗是否还可以组织一两次？」[[国民政府|O]]方面亦发来嘉奖电报。

战役中还有一段插曲：[[晋察冀军区|U]]部队在[[井陉煤矿|F]]一带的战火中救出[[两名|Q|2;名;]]日籍女孩，[[聂荣臻|P]]亲自照料后派人将她们送还日方。[[四十年|Q|40;年;]]后，其中的[[美穗子|P]]专程来到[[中国|G]]与[[聂荣臻|P]]重逢，传为佳话。

此役的功过在[[1959年|D|1959]][[庐山会议|E]]后一度成为批判[[彭德怀|P]]的口实。至于[[左权|P]]，他于[[1942年5月25日|D|1942-05-25]]在[[辽县|G|左权县]][[十字岭|L]]突围时牺牲，该县不久更名为[[左权县|G]]以示纪念。
""")

# ---------------------------------------------------------------------------
# 4. 缅北、滇西反攻 1943-1945 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout2-burma-yunnan-1944", "zh-Hans", """
[[缅北、滇西反攻|E]]是[[中国驻印军|U|;军;]]与[[中国远征军|U|;军;]]东西对进、打通[[中印公路|F]]的作战，也是[[中国|G]]军队在[[第二次世界大战|E]]期间规模最大的一次境外反攻。

[[缅北|L]]方面，[[1943年10月|D|1943-10]]，[[中国驻印军|U]]总指挥[[史迪威|P]]以[[新38师|U|38;师;新编]]（师长[[孙立人|P]]）、[[新22师|U|22;师;新编]]（师长[[廖耀湘|P]]）为主力，自[[印度|G]][[阿萨姆|G]]的[[雷多|G]]出发，沿[[胡康河谷|L]]南下，与日军[[第18师团|U|18;师团;]]（代号「[[菊兵团|U|;兵团;]]」）反复激战。[[1944年3月5日|D|1944-03-05]]，中美部队攻克[[孟关|G]]；[[3月9日|D|1944-03-09]]占领[[瓦鲁班|G]]，师团长[[田中新一|P]]率残部退入[[孟拱河谷|L]]。此后各部分路南进，[[6月16日|D|1944-06-16]]收复[[加迈|G]]；[[6月25日|D|1944-06-25]]，[[新38师第114团|U|38,114;团;新编]]与英军[[第77旅|U|77;旅;]]协同攻克[[孟拱|G]]。

与此同时，由[[第30师第88团|U|30,88;团;]]、[[第50师第150团|U|50,150;团;]]与美军突击队组成的中美混合部队翻越[[库芒山|L]]，于[[5月17日|D|1944-05-17]]奇袭[[密支那西机场|F]]得手。日军[[第114联队|U|114;联队;]]联队长[[丸山房安|P]]大佐据城死守，援军指挥官[[水上源藏|P]]少将奉命「死守[[密支那|G]]」。围城战持续[[两个半月|Q|2.5;个月;]]，[[8月3日|D|1944-08-03]]，[[凌晨|D|1944-08-03TMO]]，中美联军发起总攻，终于攻克[[密支那|G]]。[[水上源藏|P]]自杀，[[丸山房安|P]]率残部渡[[伊洛瓦底江|L]]逃走。日军[[第33军|U|33;军;]]司令官[[本多政材|P]]此时已无力增援，因为[[缅甸方面军|U|;方面军;]]的主力正陷于[[英帕尔作战|E]]的惨败之中。

[[滇西|L]]方面，接替[[陈诚|P]]出任[[中国远征军|U]]司令长官的[[卫立煌|P]]指挥[[第11、第20集团军|U|11,20;集团军;]]共[[16个师|Q|16;个师;]]反攻。[[5月11日|D|1944-05-11]]，[[傍晚|D|1944-05-11TEV]]，[[第20集团军|U|20;集团军;]]总司令[[霍揆彰|P]]指挥[[第53、第54军|U|53,54;军;]]在[[栗柴坝|L]]、[[双虹桥|F]]等渡口强渡[[怒江|L]]，仰攻[[高黎贡山|L]]。[[第53军|U|53;军;]]军长为[[周福成|P]]，[[第54军|U|54;军;]]军长为[[方天|P]]。防守[[滇西|L]]的是日军[[第56师团|U|56;师团;]]，即「[[龙兵团|U|;兵团;]]」，师团长[[松山祐三|P]]中将。

[[腾冲|G]]旧称[[腾越|G|腾冲]]，是[[滇西|L]]重镇。[[第20集团军|U]]于[[7月26日|D|1944-07-26]]攻占城南的[[来凤山|L]]，[[8月2日|D|1944-08-02]]起围攻[[腾冲城|G]]，美军[[第十四航空队|U|14;航空队;]]出动轰炸机炸开城墙，双方逐街逐屋争夺。[[9月14日|D|1944-09-14]]，[[腾冲城|G]]收复，日军守军[[3000余人|Q|3000;人;over]]几乎全部战死，[[中国|G]]军队亦伤亡[[1.8万余人|Q|18000;人;over]]。

南线[[第11集团军|U|11;集团军;]]总司令[[宋希濂|P]]以[[第71军新编第28师|U|71,28;师;新编]]自[[6月4日|D|1944-06-04]]起进攻扼控[[滇缅公路|F]]与[[惠通桥|F]]的[[松山|L]]（日方称[[拉孟|L]]）。久攻不克后改由[[第8军|U|8;军;]]军长[[何绍周|P]]接手，工兵在主峰下挖掘坑道，装填炸药[[约3吨|Q|3;吨;about]]，于[[8月20日上午|D|1944-08-20TMO]]引爆。[[9月7日|D|1944-09-07]]，[[松山|L]]攻克，日军守备队[[1200余人|Q|1200;人;over]]几近全灭，[[第8军|U]]等部伤亡[[7600余人|Q|7600;人;over]]。

此后[[龙陵|G]]于[[11月3日|D|1944-11-03]]收复，[[芒市|G]]、[[畹町|G]]相继光复。[[1945年1月|D|1945-01]]，[[中国驻印军|U]]与[[中国远征军|U]]在[[芒友|G]]会师，[[1月28日|D|1945-01-28]]在[[畹町|G]]举行[[中印公路|F]]通车典礼。这条公路又称[[雷多公路|F]]，全长[[1000余公里|Q|1000;公里;over]]，沿途由美军工兵与[[数万名|Q|10000;名;some]]中、印民工修筑。
""")

# ---------------------------------------------------------------------------
# 5. 孫立人 biography (Traditional)
# ---------------------------------------------------------------------------
doc("heldout2-sunliren-bio", "zh-Hant", """
[[孫立人|P]]（[[1900年12月8日|D|1900-12-08]]－[[1990年11月19日|D|1990-11-19]]），字[[撫民|P]]，號[[仲能|P]]，[[安徽省|G]][[廬江縣|G]]人，[[中華民國|G]]陸軍二級上將，以[[緬北反攻|E]]中的戰績聞名中外。

[[孫立人|P]]於[[1914年|D|1914]]考入[[北京|G]][[清華學校|O]]（[[清華大學|O]]前身），在校期間是籃球隊主力，曾代表[[中國|G]]參加[[1921年|D|1921]]在[[上海|G]]舉行的[[第五屆遠東運動會|E]]，奪得籃球冠軍。[[1923年|D|1923]]赴[[美國|G]]，入[[普渡大學|O]]攻讀土木工程，[[1925年|D|1925]]取得學士學位後，轉入[[維吉尼亞軍校|O]]接受軍事教育，[[1927年|D|1927]]畢業，時年[[二十六歲|Q|26;歲;]]。

[[1932年|D|1932]]，他應[[財政部|O]]部長[[宋子文|P]]之邀加入[[財政部稅警總團|U|;总团;税警]]，任[[第四團|U|4;团;]]團長，以美式方法練兵。[[民國二十六年|D|1937]][[淞滬會戰|E]]爆發，[[孫立人|P]]任[[第二支隊|U|2;支队;]]司令，率部在[[蘇州河|L]]沿岸阻擊強渡的日軍，[[11月|D|1937-11]]初身負重傷，全身中彈片[[十三處|Q|13;處;]]，幸得搶救脫險。傷癒後，他在[[貴州|G]][[都勻|G]]重建稅警部隊，[[1941年|D|1941]]改編為[[新編第38師|U|38;师;新编]]，由他出任師長。

[[1942年|D|1942]]，[[新38師|U|38;师;新编]]隨[[中國遠征軍|U|;军;]]入[[緬甸|G]]作戰。[[4月19日|D|1942-04-19]]，該師在[[仁安羌|G]]擊退日軍[[第33師團|U|33;师团;]]，解救被圍英軍及平民[[七千餘人|Q|7000;人;over]]，史稱「[[仁安羌大捷|E]]」，英王[[喬治六世|P]]為此頒授勳章。[[中國遠征軍|U]]撤退時，他拒絕取道[[野人山|L]]，率部西撤[[印度|G]]，全師建制完整，隨後在[[蘭姆伽|G]]接受美式整訓。

[[1943年|D|1943]]至[[1945年|D|1945]]的[[緬北反攻|E]]中，[[新38師|U]]自[[胡康河谷|L]]一路南下，屢破日軍[[第18師團|U|18;师团;]]。[[1944年8月|D|1944-08]]，[[孫立人|P]]升任[[新一軍|U|1;军;新编]]軍長，[[1944年12月|D|1944-12]]攻克[[八莫|G]]，[[1945年1月|D|1945-01]]又克[[南坎|G]]，隨後與滇西部隊會師，打通[[中印公路|F]]。

戰後，[[新一軍|U]]調往[[東北|L]]。[[1946年5月|D|1946-05]]，他率部攻入[[四平街|G|四平市]]（今[[吉林省|G]][[四平市|G]]），是為[[第二次四平戰役|E]]。其後因與[[杜聿明|P]]不睦，[[1947年|D|1947]]調任陸軍副總司令兼[[陸軍訓練司令部|O]]司令，赴[[臺灣|G]][[鳳山|G]]練兵。[[1949年10月|D|1949-10]]的[[古寧頭戰役|E]]中，由他訓練的[[第201師|U|201;师;]]在[[金門|G]]參與擊退登陸的[[中國人民解放軍|U|;;]]。[[1950年3月|D|1950-03]]，他出任陸軍總司令，[[1954年6月|D|1954-06]]調任[[總統府|O]]參軍長，明升暗降。

[[1955年|D|1955]]，其舊部[[郭廷亮|P]]被指為「匪諜」，牽連[[三百餘人|Q|300;人;over]]。[[8月20日|D|1955-08-20]]，[[孫立人|P]]被免去一切職務，年僅[[五十四歲|Q|54;歲;]]，此後遭軟禁於[[臺中|G]]寓所長達[[三十三年|Q|33;年;]]，史稱「[[孫立人案|E]]」。[[1988年3月20日|D|1988-03-20]]，他終於恢復自由，[[1990年11月19日|D|1990-11-19]]病逝於[[臺中|G]]，享壽[[八十九歲|Q|89;歲;]]。[[2001年|D|2001]]，[[監察院|O]]公布調查報告，認為此案有羅織之嫌。有關其生平，可參閱《孫立人將軍與緬北作戰》等書。
""")

# ---------------------------------------------------------------------------
# 6. English: the defense of Hengyang, 1944
# ---------------------------------------------------------------------------
doc("heldout2-hengyang-en", "en", """
The [[Defense of Hengyang|E]] ([[衡陽保衛戰|E]]) was the longest stand made by a single Chinese army during [[Operation Ichi-Go|E]], the great Japanese offensive of [[1944|D|1944]]. [[Hengyang|G]], then sometimes written [[Hengchow|G|Hengyang]] in English, lay at the junction of the [[Canton–Hankow Railway|F]] and the [[Hunan–Kwangsi Railway|F]], and its airfield was one of the forward bases of Major General [[Claire L. Chennault|P]]'s [[Fourteenth Air Force|U|14;航空军;]].

In [[late May 1944|D|1944-05;END]] the [[China Expeditionary Army|U|;军;]] sent the Japanese [[11th Army|U|11;军;]] under Lieutenant General [[Isamu Yokoyama|P]] south from [[Yochow|G|Yueyang]] ([[Yueyang|G]]) with [[more than 150,000 men|Q|150000;men;over]]. The [[Ninth War Area|U|9;战区;]] of General [[Xue Yue|P]] could not hold the line of the [[Xiang River|L]]. [[Changsha|G]], defended by the [[4th Army|U|4;军;]], fell on [[18 June|D|1944-06-18]] after [[three days|Q|3;days;]] of fighting, and its commander [[Zhang Deneng|P]] was later executed on the orders of [[Chiang Kai-shek|P]].

[[Hengyang|G]] was held by the Chinese [[10th Army|U|10;军;]] of Lieutenant General [[Fang Xianjue|P]] ([[方先覺|P]]): the [[3rd Division|U|3;师;]], the [[190th Division|U|190;师;]] and the [[Preparatory 10th Division|U|10;师;预备]], with [[one regiment|Q|1;regiment;]] of the [[Temporary 54th Division|U|54;师;暂编]], [[some 17,000 men|Q|17000;men;some]] in all. The Japanese [[68th Division|U|68;师团;]] of Lieutenant General [[Tameto Sakuma|P]] and the [[116th Division|U|116;师团;]] closed on the city on [[23 June|D|1944-06-23]]. Their first general assault, on [[28 June|D|1944-06-28]], broke down in front of the Chinese trenches; [[Sakuma|P]] himself was wounded by a mortar round. A second assault in [[mid-July|D|1944-07;MID]] also failed.

Throughout the siege the [[Fourteenth Air Force|U]] and the [[Chinese-American Composite Wing|U|;团;]] bombed Japanese columns and dropped ammunition and medicine to the garrison, although much of it fell outside the perimeter. Relief columns of the [[62nd Army|U|62;军;]], the [[74th Army|U|74;军;]] and the [[79th Army|U|79;军;]] pushed toward the city in [[late July|D|1944-07;END]] but never broke through.

The third and final assault began on [[4 August|D|1944-08-04]], now reinforced by the [[58th Division|U|58;师团;]] and part of the [[13th Division|U|13;师团;]]. With food and ammunition exhausted and, by some accounts, [[fewer than 2,000 men|Q|2000;men;under]] still fit to fight, [[Fang Xianjue|P]] opened negotiations on [[7 August|D|1944-08-07]], and [[Hengyang|G]] fell on [[8 August 1944|D|1944-08-08]]. The siege, which lasted from [[23 June|D|1944-06-23]] to [[8 August 1944|D|1944-08-08]], had held up the [[Imperial Japanese Army|U|;;]] for [[forty-seven days|Q|47;days;]]. The [[10th Army|U]] suffered [[some 15,000 casualties|Q|15000;casualties;some]], [[about 7,400|Q|7400;;about]] of them killed, while Japanese losses were, by Chinese estimates, considerably heavier.

The fall of the city opened the road to the southwest. [[Kweilin|G|Guilin]] ([[Guilin|G]]) and [[Liuchow|G|Liuzhou]] ([[Liuzhou|G]]), with their airfields, were lost in [[November 1944|D|1944-11]], a heavy blow to [[Chennault|P]]. By then General [[Joseph W. Stilwell|P]] had been recalled to [[Washington|G]], partly over his quarrel with [[Chiang|P]] about the conduct of the campaign. [[Fang Xianjue|P]] escaped from Japanese custody and reached [[Chungking|G|Chongqing]] in [[December 1944|D|1944-12]], where the [[National Revolutionary Army|U|;;]] welcomed him as a hero. The official history later published by the [[Ministry of National Defense|O]] in [[Taipei|G]] devotes several volumes of its series 《抗日戰史》 to the campaign.
""")


if __name__ == "__main__":
    write_set("heldout2.jsonl", DOCS, "written for zhanji's second held-out evaluation", echelons=ECHELONS)
