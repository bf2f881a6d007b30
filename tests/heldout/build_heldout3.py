#!/usr/bin/env python3
"""Build tests/heldout/heldout3.jsonl from the inline-markup drafts below.

Third held-out evaluation set for zhanji, written independently (own texts,
own annotation) per /work/shared/spec/annotation-guidelines.md (v1).

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

Conventions where the guidelines are silent:
  * QUANTITY unit as written (Traditional characters stay Traditional:
    晝夜, 歲, 週); English unit = the counted noun as written.
  * MIL_UNIT echelon / prefix in the Simplified vocabulary even in
    Traditional text (師團 -> 师团, 新編 -> 新编, 榮譽 -> 荣誉); English
    echelons mapped to it: Army -> 军, Division -> 师 (Chinese) / 师团
    (Japanese), Brigade -> 旅团 (Japanese), Regiment -> 联队 (Japanese),
    Group Army -> 集团军.  A unit with its parent lists all numbers, the
    echelon of the last element.  Named whole armed services (国民革命军,
    中国空军) have numbers [] and echelon ""; named forces whose name ends in
    an echelon word (华中方面军, 上海派遣军) keep that echelon, as in dev.
  * Headquarters: "X战区司令长官部 / X军军部" with a designation -> MIL_UNIT
    of the formation; headquarters bodies without an echelon word
    (南京卫戍司令长官部, 海南防衛總司令部, 桂林行營) -> ORG.
  * Passes (崑崙關 / Kunlun Pass), hills (雨花台, 紫金山, 德山) and heights
    (界首高地) -> LOC; city gates, forts, streets, wharves, ferries, roads,
    railways -> FAC.
  * Schools -> ORG.  Courtesy / original names (字伯陵, 原名薛仰岳) -> PERSON.
  * GPE/LOC modern: from the text's own （今X） statement, as written; also
    for well-known historical names (北平 -> 北京) as dev does.
  * 民國紀年 dates are normalised to the Gregorian year (民國28年 -> 1939,
    民國前16年 -> 1896).
  * Texts are written so that the guideline's "nearest preceding explicit
    year" rule and the historical year agree (no 1937/1938-style trap).
  * A part of day separated from its date by a comma is its own DATE and
    takes the date's day ("12月12日，傍晚" -> 1937-12-12TEV).

Run:  python3 tests/heldout/build_heldout3.py
"""
import json
import os
import re
import sys

LABELS = {"P": "PERSON", "U": "MIL_UNIT", "O": "ORG", "G": "GPE", "L": "LOC",
          "F": "FAC", "E": "EVENT", "D": "DATE", "Q": "QUANTITY"}
VALID = set(LABELS.values())
SOURCE = "written for zhanji's third held-out evaluation"

DOCS = []


def doc(id_, script, draft):
    DOCS.append((id_, script, draft.strip("\n")))


# ---------------------------------------------------------------------------
# 1. 南京保卫战 1937 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout3-nanjing-1937", "zh-Hans", """
[[南京保卫战|E]]是[[淞沪会战|E]]结束后，[[中国|G]]军队在首都[[南京|G]]进行的一场城市防御作战，一般以[[1937年12月1日|D|1937-12-01]]至[[12月13日|D|1937-12-13]]为其起止。此战以守军溃败、城池陷落告终，随之而来的是震惊世界的[[南京大屠杀|E]]。

[[11月中旬|D|1937-11;MID]]，[[上海|G]]方面的[[中国|G]]军队全线西撤。日军[[华中方面军|U|;方面军;]]司令官[[松井石根|P]]力主乘胜追击，所部未待[[东京|G]]正式批准便已越过预定的停止线。[[11月20日|D|1937-11-20]]，[[国民政府|O]]发表宣言，宣布移驻[[重庆|G]]办公。在[[国民政府军事委员会|O]]召开的几次会议上，多数将领主张对[[南京|G]]只作短期抵抗，唯有[[唐生智|P]]力主固守。[[蒋中正|P]]遂任命[[唐生智|P]]为南京卫戍司令长官，[[罗卓英|P]]、[[刘兴|P]]为副司令长官，[[南京卫戍司令长官部|O]]于[[11月下旬|D|1937-11;END]]成立。

守城部队包括由[[上海|G]]撤下的[[第36、第87、第88师|U|36,87,88;师;]]和[[教导总队|U|;总队;]]，以及[[第66军|U|66;军;]]、[[第74军|U|74;军;]]、[[第83军|U|83;军;]]等部，其中不少单位刚刚补入新兵，总兵力估计在[[10万人|Q|100000;人;]]至[[15万人|Q|150000;人;]]之间。日军方面，[[上海派遣军|U|;军;]]以[[第16师团|U|16;师团;]]沿[[京沪铁路|F]]直趋[[紫金山|L]]与[[中山门|F]]，[[第9师团|U|9;师团;]]指向[[光华门|F]]，[[第13师团山田支队|U|13;支队;]]沿[[长江|L]]南岸西进；[[第10军|U|10;军;]]以[[谷寿夫|P]]指挥的[[第6师团|U|6;师团;]]及[[第114师团|U|114;师团;]]由[[溧水|G]]北上，进攻[[雨花台|L]]与[[中华门|F]]，另以[[国崎支队|U|;支队;]]渡江迂回[[浦口|G]]。日军实际以[[4个师团|Q|4;个师团;]]为主力，从[[3个|Q|3;个;]]方向合围[[南京|G]]。

[[12月5日|D|1937-12-05]]起，日军进攻[[汤山|G]]、[[淳化镇|G]]一线的外围阵地，[[12月8日|D|1937-12-08]]守军被迫退入复廓阵地。[[12月9日|D|1937-12-09]]，[[松井石根|P]]派飞机向城内投下劝降书，[[唐生智|P]]置之不理，日军遂于[[12月10日|D|1937-12-10]]发起总攻。同日，[[第9师团|U]]一部一度冲入[[光华门|F]]城门洞，被[[第87师|U|87;师;]]与[[教导总队|U]]合力肃清。[[紫金山|L]]方面，[[教导总队|U]]在总队长[[桂永清|P]]指挥下与[[第16师团|U]]反复争夺，师团长[[中岛今朝吾|P]]的部队在山麓付出了不小的代价。[[雨花台|L]]由[[第88师|U|88;师;]]防守，与日军激战[[三昼夜|Q|3;昼夜;]]，[[第88师第262旅|U|88,262;旅;]]旅长[[朱赤|P]]、[[第264旅|U|264;旅;]]旅长[[高致嵩|P]]先后阵亡。[[12月12日|D|1937-12-12]]，[[雨花台|L]]失守，[[第6师团|U]]一部攀上[[中华门|F]]城垣。

[[12月11日|D|1937-12-11]]，[[蒋中正|P]]已电令[[唐生智|P]]相机撤退。[[12月12日|D|1937-12-12]]，[[傍晚|D|1937-12-12TEV]]，[[唐生智|P]]召集师长以上将领会议，下达突围命令：除[[第36师|U|36;师;]]等少数部队由[[下关|G|鼓楼区]]渡江外，其余各部一律从正面突围。然而命令传达混乱，大批部队涌向[[下关|G|鼓楼区]]，奉命封锁[[挹江门|F]]的[[第36师|U]]未及接到通知，城门内外人马践踏，死伤甚众；江边船只极少，许多官兵抱着木板泅渡，溺死于江中。[[唐生智|P]]本人当夜由[[煤炭港|F]]乘小火轮渡江。只有[[第66军|U]]与[[第83军|U]]大体按命令从[[紫金山|L]]北麓向东突围，沿途损失过半，余部辗转退往[[皖南|L]]；另有部分官兵渡江后经[[江浦县|G|浦口区]]（今[[浦口区|G]]）向北撤离。[[12月13日凌晨|D|1937-12-13TMO]]，[[第6师团|U]]由[[中华门|F]]、[[第16师团|U]]由[[中山门|F]]和[[太平门|F]]相继入城，[[南京|G]]陷落，前后[[不到两周|Q|2;周;under]]。

日军入城后，在城内外进行了长达[[六周|Q|6;周;]]的大规模屠杀与暴行。[[远东国际军事法庭|O]]的判决认定遇难者在[[20万人以上|Q|200000;人;over]]，[[中国|G]]的[[国防部审判战犯军事法庭|O]]则认定为[[30万人以上|Q|300000;人;over]]。[[松井石根|P]]于[[1948年12月23日|D|1948-12-23]]在[[东京|G]]被处绞刑；[[谷寿夫|P]]被引渡至[[南京|G]]受审，[[1947年4月26日|D|1947-04-26]]在[[雨花台|L]]刑场被枪决；[[中岛今朝吾|P]]则于[[1945年|D|1945]]病死，未受审判。当时留在城内的德国人[[约翰·拉贝|P]]等[[二十余名|Q|20;名;over]]西方人士组成[[南京安全区国际委员会|O]]，在城西划出安全区，先后收容难民[[20余万人|Q|200000;人;over]]，其日记后来以《拉贝日记》为名出版。
""")

# ---------------------------------------------------------------------------
# 2. 崑崙關戰役 1939-1940 (Traditional, Taiwan style)
# ---------------------------------------------------------------------------
doc("heldout3-kunlunguan-1939", "zh-Hant", """
[[崑崙關戰役|E]]是[[桂南會戰|E]]中最關鍵的一役，也是[[抗戰|E]]中期國軍少數成功的攻堅戰。戰事發生於[[民國28年|D|1939]]（[[1939年|D|1939]]）[[12月|D|1939-12]]，地點在[[廣西|G]][[南寧|G]]東北[[約50公里|Q|50;公里;about]]的[[崑崙關|L]]，這裡是[[邕賓公路|F]]上扼守[[南寧|G]]與[[賓陽|G]]之間的險要關隘。

[[1939年11月15日|D|1939-11-15]]，日軍[[第5師團|U|5;师团;]]在[[第21軍|U|21;军;]]指揮下於[[欽州灣|L]]登陸，攻佔[[欽縣|G|欽州]]（今[[欽州|G]]）後北上，[[11月24日|D|1939-11-24]]佔領[[南寧|G]]，[[12月4日|D|1939-12-04]]又奪取[[崑崙關|L]]，企圖切斷[[中國|G]]經[[法屬印度支那|G]]對外聯絡的國際交通線。當時由[[鎮南關|L|友誼關]]（今[[友誼關|L]]）經[[龍州|G]]北上[[南寧|G]]的[[桂越公路|F]]，正是外援物資進入[[中國|G]]的主要通道之一，[[日本大本營|O]]判斷佔領[[南寧|G]]即可將其截斷。負責守備[[崑崙關|L]]一帶的，是[[第5師團第21旅團|U|5,21;旅团;]]，旅團長為[[中村正雄|P]]少將，轄[[步兵第21聯隊|U|21;联队;步兵]]與[[步兵第42聯隊|U|42;联队;步兵]]。

[[軍事委員會委員長桂林行營|O]]主任[[白崇禧|P]]奉命統一指揮反攻。主攻任務交給國軍唯一的機械化軍——[[第38集團軍第5軍|U|38,5;军;]]，軍長[[杜聿明|P]]，時年[[35歲|Q|35;歲;]]。[[第5軍|U|5;军;]]轄[[第200師|U|200;师;]]（師長[[戴安瀾|P]]）、[[新編第22師|U|22;师;新编]]（師長[[邱清泉|P]]）及[[榮譽第1師|U|1;师;荣誉]]（師長[[鄭洞國|P]]），另配屬戰車、砲兵各部，總兵力[[4萬餘人|Q|40000;人;over]]。[[杜聿明|P]]的部署是：以[[榮譽第1師|U]]與[[第200師|U]]正面攻擊關口，[[新22師|U|22;师;新编]]由[[五塘|G]]、[[六塘|G]]一帶向南迂迴，截斷[[南寧|G]]方面的援軍。為便於指揮，[[杜聿明|P]]將[[第5軍軍部|U|5;军;]]推進至距前線僅[[十餘公里|Q|10;公里;over]]之處，[[中國空軍|U|;;]]亦出動飛機協同作戰。

[[12月18日|D|1939-12-18]]，[[凌晨|D|1939-12-18TMO]]，國軍砲兵開始向關上日軍陣地猛烈轟擊，步兵隨即展開攻擊，當天一度衝上[[崑崙關|L]]，但隨後又被日軍逆襲奪回。此後雙方在[[界首高地|L]]、[[羅塘|G]]及[[441高地|L]]一帶反覆爭奪，陣地數度易手。[[12月24日前後|D|1939-12-24;APPROX]]，日軍增援部隊在[[九塘|G]]附近遭國軍截擊，[[中村正雄|P]]身負重傷，不久斃命，這是[[抗戰|E]]以來國軍首次在戰鬥中擊斃日軍旅團長。[[12月29日|D|1939-12-29]]，[[榮譽第1師|U]]攻下[[界首高地|L]]，[[12月31日|D|1939-12-31]]，國軍完全收復[[崑崙關|L]]，前後激戰[[近兩週|Q|2;週;nearly]]。

根據國軍戰報，此役斃傷日軍[[4,000餘人|Q|4000;人;over]]；[[第5軍|U]]本身的傷亡也[[超過1萬人|Q|10000;人;over]]，一說陣亡者即達[[5,600|Q|5600;;]]。然而勝利並未維持太久：[[1940年1月|D|1940-01]]，日軍自[[廣東|G]]增調[[第18師團|U|18;师团;]]等部南下，[[2月初|D|1940-02;START]]再度攻陷[[賓陽|G]]，[[崑崙關|L]]隨之失守。直到[[1940年10月底|D|1940-10;END]]日軍因戰略調整自行撤離，[[南寧|G]]才重回國軍之手。

戰後，[[杜聿明|P]]撰有《崑崙關攻堅戰》一文回顧此役，[[第5軍|U]]則在戰後撤往後方整補。如今[[崑崙關|L]]上建有陣亡將士紀念設施，供遊客憑弔。本文整理自公開資料，若有疏漏，敬請讀者指正。
""")

# ---------------------------------------------------------------------------
# 3. 常德会战 1943 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout3-changde-1943", "zh-Hans", """
[[常德会战|E]]，日方称为“[[常德作战|E]]”，是[[1943年11月|D|1943-11]]至[[12月|D|1943-12]]间[[中国|G]][[第六、第九战区|U|6,9;战区;]]与日军[[第11军|U|11;军;]]在[[湘西北|L]]和[[鄂西南|L]]进行的一场大规模会战，其核心是[[第74军第57师|U|74,57;师;]]对[[常德城|G]]的坚守。[[第74军|U|74;军;]]军长[[王耀武|P]]，该军属[[中央军系|O]]的主力部队，此前曾参加[[1943年5月|D|1943-05]]的[[鄂西会战|E]]。

[[常德|G]]位于[[沅江|L]]北岸，[[洞庭湖|L]]西侧，是[[湘西|L]]的门户和重要的粮食集散地。为摧毁这一基地并牵制国军向[[滇西|L]]和[[缅甸|G]]增兵，日军[[第11军|U]]司令官[[横山勇|P]]集中[[第3、第13、第68、第116师团|U|3,13,68,116;师团;]]为主力，并抽调[[第39师团|U|39;师团;]]及[[佐佐木支队|U|;支队;]]等部参战，总兵力[[约10万人|Q|100000;人;about]]。

[[1943年11月2日|D|1943-11-02]]，日军自[[湖北|G]][[公安|G]]、[[石首|G]]一带分路南犯，突破[[第六战区|U|6;战区;]]的[[松滋河防线|F]]。[[第六战区司令长官部|U|6;战区;]]急令各军节节阻击，但日军推进迅速，至[[11月下旬|D|1943-11;END]]已攻占[[慈利|G]]、[[桃源|G]]，从西、北两面逼近[[常德|G]]。

守卫[[常德|G]]的[[第57师|U|57;师;]]师长为[[余程万|P]]，全师[[8000余人|Q|8000;人;over]]。[[11月18日|D|1943-11-18]]起，日军[[第116师团|U|116;师团;]]向城郊阵地发起攻击，[[第3师团|U|3;师团;]]则迂回城东南，于[[11月25日前后|D|1943-11-25;APPROX]]攻占[[德山|L]]，完成对[[常德|G]]的包围。[[第57师|U]]依托城垣与街巷工事逐屋抵抗，日军多次施放毒气，城内大部分房屋在炮火中化为瓦砾。与此同时，[[第九战区|U|9;战区;]]司令长官[[薛岳|P]]派[[第10军|U|10;军;]]军长[[方先觉|P]]率部由[[衡阳|G]]北上驰援，[[预备第10师|U|10;师;预备]]在[[德山|L]]以南与日军激战，师长[[孙明瑾|P]]于[[12月1日|D|1943-12-01]]阵亡，援军始终未能突入城内。

[[12月2日|D|1943-12-02]]，守军已退至城区东北一隅，[[兴街口|F]]、[[鸡鹅巷|F]]一带的巷战尤为惨烈，全师可用兵力仅剩[[数百人|Q|100;人;some]]。[[12月3日|D|1943-12-03]]，[[凌晨|D|1943-12-03TMO]]，[[余程万|P]]率残部[[百余人|Q|100;人;over]]渡过[[沅江|L]]向南突围，[[常德|G]]随即陷落。[[第57师|U]]孤军血战[[16昼夜|Q|16;昼夜;]]，据战后统计，全师生还者仅有[[83人|Q|83;人;]]。

[[常德|G]]失守后，国军援军从[[3个|Q|3;个;]]方向向城区反攻。[[第10军|U]]与[[第74军|U|74;军;]]主力逼近城郊，[[美国|G]][[第14航空队|U|14;航空队;]]及[[中美空军混合团|U|;团;]]持续轰炸日军补给线，日军后方受到严重威胁。[[12月9日|D|1943-12-09]]，国军收复[[常德|G]]；日军随即全线北撤，至[[12月下旬|D|1943-12;END]]双方大致恢复战前态势，会战结束。中方战报称毙伤日军[[4万余人|Q|40000;人;over]]，日方战史所载伤亡则远低于此数；国军方面伤亡同样惨重，仅[[第57师|U]]就几乎全师覆没。

此役正值[[蒋中正|P]]在[[埃及|G]]出席[[开罗会议|E]]，[[常德|G]]的战况因而受到[[同盟国|O]]舆论的广泛关注。[[余程万|P]]事后因擅自弃城一度被交付军法审判，后获释放。作家[[张恨水|P]]根据[[第57师|U]]幸存官兵的口述，写成长篇小说《虎贲万岁》，使这段历史广为人知。
""")

# ---------------------------------------------------------------------------
# 4. 中条山战役 1941 (Simplified)
# ---------------------------------------------------------------------------
doc("heldout3-zhongtiaoshan-1941", "zh-Hans", """
[[中条山战役|E]]，[[国民政府|O]]方面称为[[晋南会战|E]]，日方称为[[中原会战|E]]，是[[1941年5月7日|D|1941-05-07]]至[[6月中旬|D|1941-06;MID]]间日军[[华北方面军|U|;方面军;]]对[[山西|G]]南部[[中条山|L]]区国军发动的一次围攻作战。

[[中条山|L]]横亘[[晋南|L]]，南临[[黄河|L]]，东接[[太行山|L]]，西与[[吕梁山|L]]隔[[汾河|L]]相望。自[[1938年|D|1938]]起，[[第一战区|U|1;战区;]]的部队即以此为依托，既可威胁[[同蒲铁路|F]]南段，又屏障[[黄河|L]]南岸的[[洛阳|G]]与[[陇海铁路|F]]。此前日军曾先后[[十余次|Q|10;次;over]]进攻[[中条山|L]]，均未得手。战役前夕，[[第一战区司令长官部|U|1;战区;]]设于[[洛阳|G]]，司令长官为[[卫立煌|P]]，[[中条山|L]]地区由[[第5、第14集团军|U|5,14;集团军;]]及[[第80军|U|80;军;]]、[[第9军|U|9;军;]]等部驻守，兵力[[约18万人|Q|180000;人;about]]，[[第5集团军|U|5;集团军;]]总司令为[[曾万钟|P]]，[[第14集团军|U|14;集团军;]]总司令为[[刘茂恩|P]]，但各部长期据守，工事陈旧，补给全靠[[黄河|L]]上的几处渡口。

日军[[华北方面军|U]]司令官[[多田骏|P]]以[[第1军|U|1;军;]]司令官[[筱冢义男|P]]统一指挥，调集[[第21、第33、第35、第36、第37、第41师团|U|21,33,35,36,37,41;师团;]]、[[独立混成第4、第9、第16旅团|U|4,9,16;旅团;独立混成]]和[[骑兵第4旅团|U|4;旅团;骑兵]]，并有[[第3飞行集团|U|3;飞行集团;]]支援，共[[10余万人|Q|100000;人;over]]。日军为此准备了[[两个多月|Q|2;个月;over]]，事先秘密集结，并以航空侦察详细掌握了守军的配置。

[[1941年5月7日傍晚|D|1941-05-07TEV]]，日军从东、北、西[[三面|Q|3;面;]]同时发起攻击：东路由[[济源|G]]、[[孟县|G|孟州]]（今[[孟州|G]]）一带西进，北路由[[绛县|G]]、[[横岭关|L]]南下，西路由[[闻喜|G]]、[[夏县|G]]东进。[[5月8日|D|1941-05-08]]，日军攻占[[垣曲|G]]，将国军防区切为东西两段；[[5月9日|D|1941-05-09]]起，[[平陆|G]]的[[茅津渡|F]]等[[黄河|L]]北岸渡口相继被日军控制，守军退路断绝。

陷入包围的各部分头突围，损失惨重。[[第3军|U|3;军;]]军长[[唐淮源|P]]率部在[[悬山|L]]一带苦战，[[5月12日|D|1941-05-12]]自戕殉国；[[第3军第12师|U|3,12;师;]]师长[[寸性奇|P]]身负重伤，[[5月13日|D|1941-05-13]]亦自杀殉职。部分部队西渡[[黄河|L]]退入[[陕西|G]]，另有一部转入[[太岳|L]]山区，其中[[第98军|U|98;军;]]在军长[[武士敏|P]]率领下坚持敌后作战，[[武士敏|P]]于同年[[9月|D|1941-09]]在[[沁水|G]]阵亡。至[[5月27日|D|1941-05-27]]，日军已基本肃清[[中条山|L]]主要据点，此后又用了[[半个月|Q|0.5;个月;]]进行“扫荡”。

据日方战史记载，国军遗尸[[42000|Q|42000;;]]、被俘[[35000|Q|35000;;]]，日军战死[[673人|Q|673;人;]]、负伤[[2292人|Q|2292;人;]]。双方损失比例之悬殊，使[[蒋中正|P]]称此役为“[[抗战|E]]史上最大之耻辱”。

战后，[[国民党|O]]方面指责[[八路军|U|;军;]]坐视不援，[[中共|O]]则反驳称[[八路军|U]]在[[晋东南|L]]积极牵制了日军。无论如何，[[中条山|L]]失守后，[[黄河|L]]以北已几乎没有正规国军据点，[[第一战区|U]]只能隔河设防。有关此役的经过，可参阅《原国民党将领抗日战争亲历记》丛书中的相关回忆。
""")

# ---------------------------------------------------------------------------
# 5. 薛岳 biography (Traditional)
# ---------------------------------------------------------------------------
doc("heldout3-xueyue-bio", "zh-Hant", """
[[薛岳|P]]（[[1896年12月26日|D|1896-12-26]]－[[1998年5月3日|D|1998-05-03]]），原名[[薛仰岳|P]]，字[[伯陵|P]]，[[廣東|G]][[樂昌縣|G|樂昌市]]（今[[樂昌市|G]]）人，[[中華民國|G]]陸軍上將，以指揮[[長沙|G]]諸役而聞名。

[[薛岳|P]]生於[[民國前16年|D|1896]]，出身客家農家。[[1909年|D|1909]]考入[[廣東陸軍小學|O]]，同年加入[[中國同盟會|O]]，時年僅[[十餘歲|Q|10;歲;over]]。其後進入[[保定陸軍軍官學校|O]]第六期就讀，未及畢業即南下投效[[孫中山|P]]。[[1922年6月|D|1922-06]][[陳炯明|P]]發動「[[六一六事變|E]]」時，他率警衛部隊掩護[[宋慶齡|P]]脫險，自此深受信任。他與同鄉[[張發奎|P]]同為[[粵系|O]]出身，卻在[[北伐|E]]之後逐漸成為[[蔣中正|P]]倚重的將領。

[[北伐|E]]期間，[[薛岳|P]]任[[國民革命軍第1軍第1師|U|1,1;师;]]師長，轉戰[[江西|G]]、[[浙江|G]]。[[1937年|D|1937]][[淞滬會戰|E]]後期，他出任[[第19集團軍|U|19;集团军;]]總司令，在[[蘊藻浜|L]]一帶與日軍鏖戰。[[民國27年10月|D|1938-10]]，[[薛岳|P]]以[[第1兵團|U|1;兵团;]]總司令身分，在[[江西|G]][[德安|G]]西北的[[萬家嶺|L]]圍殲日軍[[第106師團|U|106;师团;]]主力，是為「[[萬家嶺大捷|E]]」。據中方資料，該師團被圍[[十餘日|Q|10;日;over]]，最後僅[[1,000餘人|Q|1000;人;over]]突圍而出。此役是[[武漢會戰|E]]期間國軍的重要勝利，有效遲滯了[[岡村寧次|P]]所率日軍[[第11軍|U|11;军;]]向[[南昌|G]]方向的推進。

[[1939年|D|1939]]起，[[薛岳|P]]出任[[第九戰區|U|9;战区;]]代司令長官，後真除，並兼[[湖南省政府|O]]主席。他以「天爐戰法」誘敵深入、側擊圍殲：在[[新牆河|L]]、[[汨羅江|L]]、[[撈刀河|L]]之間構築數道防線，逐次消耗來犯日軍，待其進抵[[長沙|G]]近郊、補給困難時，再以外線兵力從側背合圍。憑藉此法，他先後指揮[[第一、二、三次長沙會戰|E]]，使日軍[[第11軍|U|11;军;]][[三度|Q|3;度;]]無功而返。其間[[第九戰區|U]]倚重的[[第4、第10、第37、第99軍|U|4,10,37,99;军;]]等部屢經惡戰，[[長沙城|G]]一度被日軍突入，最終仍得保全。[[民國33年|D|1944]][[長衡會戰|E]]中，日軍以[[8個師團以上|Q|8;個師團;over]]的兵力南下，[[長沙|G]]於[[6月18日|D|1944-06-18]]失守，[[第九戰區司令長官部|U|9;战区;]]被迫退往[[湘東|L]]山區。[[1945年8月15日|D|1945-08-15]][[日本|G]]宣布投降後，[[9月|D|1945-09]]間他在[[南昌|G]]接受日軍[[第11軍|U]]投降。

戰後，[[薛岳|P]]曾任[[徐州綏靖公署|O]]主任，[[民國38年|D|1949]]出任[[廣東省政府|O]]主席，翌年改任[[海南防衛總司令部|O]]總司令。[[1950年5月|D|1950-05]][[海南島|L]]失守，他率部撤往[[臺灣|G]]，此後歷任[[總統府|O]]戰略顧問、[[行政院|O]]政務委員等職，晚年深居簡出。

[[民國87年5月3日|D|1998-05-03]]，[[薛岳|P]]病逝，享年[[101歲|Q|101;歲;]]，為[[抗戰|E]]名將中少數跨越[[兩個|Q|2;個;]]世紀者。他從軍[[70餘年|Q|70;年;over]]，一生經歷[[辛亥革命|E]]、[[北伐|E]]、[[抗戰|E]]與[[國共內戰|E]]。有關其戰功的詳細記載，可參閱[[國防部史政編譯局|O]]所編《抗日戰史》中的相關分冊。
""")

# ---------------------------------------------------------------------------
# 6. English: the Battle of Kunlun Pass (and a note on Changteh)
# ---------------------------------------------------------------------------
doc("heldout3-kunlun-en", "en", """
The [[Battle of Kunlun Pass|E]] ([[昆仑关战役|E]]) was fought in southern [[Guangxi|G]] between [[18 December|D|1939-12-18]] and [[31 December 1939|D|1939-12-31]], as part of the wider [[Battle of South Guangxi|E]]. It is remembered as one of the few occasions in the middle years of the [[Second Sino-Japanese War|E]] on which the [[National Revolutionary Army|U|;;]] stormed and held a position defended by regular Japanese troops.

In [[mid-November 1939|D|1939-11;MID]] the Japanese [[5th Division|U|5;师团;]], commanded by Lieutenant General [[Hitoshi Imamura|P]], landed on the shore of [[Qinzhou Bay|L]] and advanced north. [[Nanning|G]], the provincial capital, fell on [[24 November|D|1939-11-24]], and on [[4 December|D|1939-12-04]] the Japanese seized [[Kunlun Pass|L]], a narrow defile on the [[Nanning–Binyang highway|F]] [[some 50 kilometres|Q|50;kilometres;some]] northeast of the city. The pass was held by the [[21st Brigade|U|21;旅团;]] under Major General [[Masao Nakamura|P]], with the [[21st and 42nd Infantry Regiments|U|21,42;联队;步兵]].

[[Bai Chongxi|P]], directing operations from [[Guilin|G]], gave the main attack to the Chinese [[5th Army|U|5;军;]] of Lieutenant General [[Du Yuming|P]], the only mechanised army [[China|G]] then possessed. Its [[200th Division|U|200;师;]] under [[Dai Anlan|P]] and the [[Honour 1st Division|U|1;师;荣誉]] under [[Zheng Dongguo|P]] struck the pass frontally, while the [[New 22nd Division|U|22;师;新编]] of [[Qiu Qingquan|P]] swung round to the south to block reinforcements coming up from [[Nanning|G]]. Altogether the army numbered [[more than 40,000 men|Q|40000;men;over]].

The assault opened before dawn on [[18 December|D|1939-12-18]]. The pass changed hands several times, and the heights around [[Jieshou|G]] were taken and lost repeatedly. Late in the month [[Nakamura|P]] was mortally wounded near [[Jiutang|G]] while trying to bring up relief. The last Japanese positions fell on [[31 December|D|1939-12-31]], after [[almost two weeks|Q|2;weeks;nearly]] of fighting. Chinese reports claimed that the Japanese had suffered [[more than 4,000 casualties|Q|4000;casualties;over]]; the [[5th Army|U]] itself lost [[over 10,000 men|Q|10000;men;over]] killed and wounded.

The success was short-lived. Reinforced by the [[18th Division|U|18;师团;]] from [[Canton|G|Guangzhou]], the Japanese took [[Binyang|G]] in [[February 1940|D|1940-02]], and [[Kunlun Pass|L]] was lost again. [[Nanning|G]] was not recovered until the Japanese withdrew of their own accord in [[late October 1940|D|1940-10;END]].

A comparable test came [[almost four years|Q|4;years;nearly]] later at [[Changteh|G|Changde]] ([[Changde|G]]) in [[Hunan|G]]. From [[18 November|D|1943-11-18]] to [[3 December 1943|D|1943-12-03]] the [[57th Division|U|57;师;]] of the [[74th Army|U|74;军;]], [[some 8,000 men|Q|8000;men;some]] under Major General [[Yu Chengwan|P]], held the walled city against the [[11th Army|U|11;军;]] of Lieutenant General [[Isamu Yokoyama|P]]. When [[Yu Chengwan|P]] broke out across the [[Yuan River|L]], only [[83 men|Q|83;men;]] of the division were still alive. [[Changteh|G|Changde]] was retaken on [[9 December|D|1943-12-09]], while [[Chiang Kai-shek|P]] was attending the [[Cairo Conference|E]].
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
        if not spec:
            raise ValueError(f"QUANTITY without value: {surface}")
        v, unit, approx = (spec.split(";") + ["", ""])[:3]
        num = float(v)
        if num.is_integer():
            num = int(num)
        assert approx in ("", "about", "over", "under", "nearly", "some"), surface
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
    if "[[" in text or "]]" in text or "|" in text:
        raise ValueError("unparsed markup left in text")
    return text, ents


PUNCT = set("，。、；：！？「」『』（）《》“”‘’〈〉—…·,.;:!?()[]\"' \t\n\u3000")


def validate(id_, text, ents):
    last_end = -1
    for e in sorted(ents, key=lambda e: e["start"]):
        assert text[e["start"]:e["end"]] == e["text"], (id_, e)
        assert e["label"] in VALID, (id_, e)
        assert e["start"] >= last_end, ("overlap", id_, e)
        assert e["end"] > e["start"], (id_, e)
        assert e["text"][0] not in PUNCT and e["text"][-1] not in PUNCT, (id_, e)
        assert not e["text"][0].isspace() and not e["text"][-1].isspace(), (id_, e)
        # never crosses a comma (a thousands separator between digits is no comma)
        assert "，" not in e["text"] and "\n" not in e["text"], (id_, e)
        assert not re.search(r",(?!\d{3})|(?<!\d),", e["text"]), (id_, e)
        last_end = e["end"]
    # nothing inside a 《》 title is tagged
    for m in re.finditer(r"《[^》]*》", text):
        for e in ents:
            assert not (e["start"] < m.end() and e["end"] > m.start()), ("title", id_, e)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout3.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for id_, script, draft in DOCS:
            text, ents = render(draft)
            validate(id_, text, ents)
            rec = {"id": id_, "text": text, "entities": ents,
                   "meta": {"source": SOURCE, "script": script}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print(f"{id_}: {len(text)} chars, {len(ents)} entities", file=sys.stderr)
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
