"""Chinese text as it is written on third-party pages: grammar classes the other finders miss.

`find_written(text)` (working text, Simplified) proposes:

- DATE: a clock time with minutes (战至6点20分, 十时三十分; its day comes from the dates before it);
  a day with a part of day wherever it stands (9日拂晓 after a heading joined to the line);
  韵目代日 telegraph day codes (铣日 = 16th; `lexicons/telegraph_days.tsv`).
- MIL_UNIT: two designations with the same echelon written one after the other (第十一师团第十三师团,
  直军奉军): each its own span — a parent never has its child's echelon (rule 4); a detachment
  named after its commander (泽支队, 国崎支队); a force sent to a region with its parent and HQ
  (关东军察哈尔派遣兵团, 华中派遣军司令部).
- PERSON: a name right before a designation (叶肇第六十六军, X之第N军) or a post (朱赤旅长把…); an
  appointment (以X为参谋长, 由X任副师长); names counted (甲,乙二人); the other members of a 、-list
  with a known person or closed by 等将领; a Japanese commander in brackets after his post
  (联队长两角业作), before 率领 (黑木为桢率领), or his surname before 部/下令 (渡边部, 向松浦下令).
- LOC: a region named by a province abbreviation and a direction (晋东北, 豫西南, 鄂西).
- GPE: a known county with 城 (灵丘县城), a known place with 府 or a settlement suffix (保定府, 石牌乡:
  rule 6), towns with 镇/寨 after a word of going, family villages (方家集), numeral-initial counties
  after a word of going (转向五台), Japanese prefecture short forms and towns in place lists.
- ORG: government departments (湖南省民政厅), publishers/archives/institutes in citations
  (文史资料出版社), the Military Council's field headquarters (军委会桂林行营) and 国民党 before it.
- EVENT: a place with 政变/誓师/兵变 (北京政变, 五原誓师).
- FAC: a known place or gate with a structure word (紫金山天文台, 中华门瓮城), temples jieba knows.

Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import HQ
from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, surnames, word_info
from pipeline.rules.scan import anchored_finditer, list_finditer, rare_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.rules.written_zh3 import find_written3   # issue 8: classes seen on real-dev3-zh
from pipeline.rules.written_zh4 import find_written4   # session 5: classes seen on real-dev4-zh
from pipeline.rules.written_zh5 import find_written5   # session 5: classes seen on real-dev5-zh
from pipeline.rules.written_zh6 import find_written6   # session 6: classes seen on real-dev6-zh
from pipeline.rules.written_zh7 import find_written7   # session 6: classes seen on real-dev7-zh
from pipeline.rules.written_zh8 import find_written8   # session 6: classes seen on real-dev8-zh
from pipeline.rules.written_zh9 import find_written9   # session 7: classes seen on real-dev9-zh
from pipeline.rules.person_references import find_references   # session 7: bare surnames as subject/object
from pipeline.rules.person_actions import find_action_names   # session 7: untitled names before a verb of action
from pipeline.rules.person_likeness import find_likely_names   # session 9: names by statistical name-likeness
from pipeline.rules.landform_heads import find_landforms   # session 7: X山/X岭/X河 read from their grammar
from pipeline.rules.route_names import find_routes   # session 7: roads named after two county towns (德星路)
from pipeline.rules.place_frames import find_framed_places   # session 7: bare villages in a frame (在X登陆)
from pipeline.rules.recall_signals_zh import find_recall_signals   # session 8: names no lexicon lists, by their signal
from pipeline.rules.temperatures import find_temperatures   # session 7: 零下40度 as one QUANTITY
from pipeline.rules.each_counts import find_each_counts   # session 7: 各4营 is a count, not the 4th battalion
from pipeline.rules.span_edges_zh import find_span_edges   # session 8: majority readings of span edges
from pipeline.rules.qing_forms import find_qing_forms   # session 8: late-Qing military forms (X字营, X团练)
from pipeline.rules.place_towns import find_towns   # session 9: towns and townships (lexicons/towns_cn.tsv)
from pipeline.rules.event_names_zh import find_event_names   # session 9: war/battle/incident name grammar
from pipeline.rules.era_year_glosses import find_era_year_glosses   # session 10: 民国十七年(1928)
from pipeline.rules.unit_forms_zh import find_unit_forms   # session 10: unit naming forms (ranges, cause armies, chains)
from pipeline.rules.narrative_names_zh import find_narrative_names   # session 10: 我叫X, 匪首X, X匪部
from pipeline.rules.village_frames_zh import find_village_frames   # session 10: X镇Y村, (Y村人、)
from pipeline.rules.district_units_zh import find_district_units   # session 10: 三区区小队
from pipeline.rules.person_list_items import find_list_persons   # session 10: 甲、乙、丙等 (names listed)
from pipeline.rules.person_list_neighbors import find_list_neighbors   # session 11: 、-items beside any found name
from pipeline.rules.person_repeated_names import find_repeated_names   # session 11: a name-like string read twice
from pipeline.rules.water_mouths import find_water_mouths   # session 10 audit: 甬江口, 镇海口 (no county 江口/海口)
from pipeline.rules.interlanguage_repeats import find_interlanguage_repeats   # session 10 audit: 金点坤日语金点坤
from pipeline.rules.settlement_names_zh import find_settlement_names   # session 11 audit: X营惨案, 甲坨、乙坝等村
from pipeline.rules.base_area_forms_zh import find_base_area_forms   # session 11 audit: X西北Y屯, 三、四连, 甲、乙分别任
from pipeline.rules.memoir_forms_zh import find_memoir_forms   # session 11 audit: (1915~1939.6), 八团政委, 三军五师
from pipeline.rules.foreign_forces_zh import find_foreign_forces   # session 11 audit: 黑海舰队, 白俄罗斯第1方面军
from pipeline.rules.person_jp_surnames import find_jp_surname_repeats   # session 11 audit: 东乡平八郎 … 东乡下令
from pipeline.rules.war_forms_zh import find_war_forms   # session 11 audit: 特拉法尔加海战, 东路讨逆军, 湖北新军
from pipeline.rules.dotted_names_zh import find_dotted_names   # session 11 audit (auditzh4): 莫那‧魯道
from pipeline.rules.roc_years_zh import find_roc_years   # session 11 audit (auditzh4): 三十九年六月 after 民國
from pipeline.rules.ranked_names_zh import find_ranked_names   # session 11 audit (auditzh4): 關永華中尉
from pipeline.rules.counted_village_lists import find_counted_villages   # session 11 audit (auditzh4): X、Y(以上二村)
from pipeline.rules.glossed_foreign_names import find_glossed_foreign_names   # session 11 audit (auditzh4): 李仙得(Le Gendre)
from pipeline.rules.air_groups_zh import find_air_groups   # session 12: 鹿屋航空队, 日本海军陆战队
from pipeline.rules.service_schools_zh import find_service_schools   # session 12: 陆军炮工学校
from pipeline.rules.person_place_readings import find_person_place_readings   # session 12: 张如山 once PERSON
from pipeline.rules.qing_annals_zh import find_qing_annals   # session 13: 国荃 after 曾国荃, 秋八月, 豫抚X
from pipeline.rules.ming_qing_wars_zh import find_ming_qing_war_forms   # session 14 audit (auditzh23): 万历|帝, 康熙命
from pipeline.rules.unit_history_forms_zh import find_unit_history_forms   # session 13 audit (auditzh16): 华东军区海军
from pipeline.rules.unit_independent_subunits import find_independent_subunits   # session 12 audit (auditzh11): 二师独立旅
from pipeline.rules.person_body_forces import find_body_forces   # session 12 audit (auditzh11): 省政府沈鸿烈部
from pipeline.rules.unit_designation_frames_zh import find_designation_frames   # session 12 audit (auditzh9): 三、八纵, 率十三师
from pipeline.rules.place_settlement_suffixes_zh import find_settlement_suffixes   # session 12 audit (auditzh9): 顺河集, 张家洼
from pipeline.rules.force_qualified_names_zh import find_qualified_forces   # session 12 audit (auditzh9): 珠河东北反日游击队
from pipeline.rules.foreign_ranked_names_zh import find_foreign_ranked_names   # session 12 audits (auditzh12, auditzh10): 纳瓦尔将军, 布朗中將
from pipeline.rules.grad_cities_zh import find_grad_cities   # session 12 audit (auditzh12): 斯大林格勒, not 斯大林
from pipeline.rules.person_gloss_lists_zh import find_gloss_listed_persons   # session 12 audit (auditzh12): 文永福（炮三连）、
from pipeline.rules.soviet_units_zh import find_soviet_units   # session 12 audit (auditzh12): 第6近卫集团军, 沃罗涅日方面军
from pipeline.rules.titled_name_lists_zh import find_titled_list_names   # session 12 audit (auditzh12): 鲁王任柱、卫王李蕴泰
from pipeline.rules.ocean_parts_zh import find_ocean_parts   # session 12 audit (auditzh12): 北太平洋, 西南太平洋
from pipeline.rules.citation_forms_zh import find_citation_forms   # session 13 audit (auditzh20): 解放军出版社1992
from pipeline.rules.career_forms_zh import find_career_forms   # session 14 audit (auditzh22): 装甲兵学院, 安徽混成协
from pipeline.rules.dotted_initial_names_zh import find_initial_dotted_names   # session 12 audit (auditzh12): 爱德华·M·阿尔蒙德
from pipeline.rules.roc_forces_zh import find_roc_forces   # session 13 audit (auditzh15): 海燕部队, 金防部, X营区
from pipeline.rules.year_de_month_zh import find_year_of_month   # session 13 audit (auditzh15): 41年的12月9日
from pipeline.rules.chronicle_forms_zh import find_chronicle_forms   # session 13 audit (auditzh13): 华东警备四旅, 廿二年一月底
from pipeline.rules.campaign_forms_zh import find_campaign_forms   # session 13 audit (auditzh14): 富田战斗结束
from pipeline.rules.echelon_counts_zh import find_echelon_counts   # session 13 (lead): 约4大队, 每1大队
from pipeline.rules.commemoration_forms_zh import find_commemoration_forms   # session 13 audit (auditzh19): X烈士纪念碑, X旧址
from pipeline.rules.foreign_wars_zh import find_foreign_war_forms   # session 13 audit (auditzh17): “堡垒行动”, 小镇巴斯托涅, 南方集团军群
from pipeline.rules.guerrilla_forms_zh import find_guerrilla_forms   # session 14 audit (auditzh24): 雾灵山, X山抗日根据地
from pipeline.rules.civil_war_forms_zh import find_civil_war_forms   # session 14 audit (auditzh26): 叫X的小村子, X河、涡河
from pipeline.rules.local_history_zh import find_local_history_forms   # session 14 audit (auditzh21): 驻扎一月
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "0-9〇零一二三四五六七八九十百千两"
_BOUNDARY = "，。、；：！？（）「」“”,;:!?()\n\t 　"
_ANY_CJK_RE = re.compile(f"[{_CJK}]")

# --------------------------------------------------------------------------- DATE: clock times

_CLOCK_RE = re.compile(
    "(?<![0-9.．:：])(?:[0-2]?[0-9]|[一二]?十[一二三四]?|[一二三四五六七八九])[点时]"
    "(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])分(?:许|左右)?"
    "(?![0-9钟])")

# a day with a part of day (9日拂晓) is a date wherever it stands, also after a heading joined to
# the line (…城门血战 9日拂晓); not 三日夜 (three days and nights) nor 4日后
_DAY_PART_RE = re.compile(
    "(?<![0-9.．第前后今明昨翌次每数几])(?:[1-9]|[12][0-9]|3[01])日"
    "(?:拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间)")

_TELEGRAPH_RE = re.compile(f"([{_CJK}])日")
# characters that make code+日 part of a word: 每日, 今日, 冬日, 休养日, 去世日, 沦陷日, 三个日军
_TELEGRAPH_NOT_AFTER = set(
    "每今明昨前后某是那这同当终整平假节生末白落旭红烈夏冬春秋元隔次翌数多几一二三四五六七八九十两百千万个号天年周"
    "期休去逝沦攻失抗侵对援反亲知访赴驻在中美英法德苏俄全")
_TELEGRAPH_NOT_BEFORE = set("军本寇方伪机舰侨籍语元文式子光头报记常期间内久益渐趋事惨起暴兵政")

# --------------------------------------------------------------------------- MIL_UNIT

_ECHELON = "集团军|方面军|军团|师团|旅团|联队|大队|中队|支队|军|师|旅|团|营|连"
_DESIGNATION = f"(?:第[{_NUM}]{{1,5}}|[{_NUM}]{{1,5}})(?:{_ECHELON})"
_ADJACENT_RE = re.compile(f"(?P<a>{_DESIGNATION})(?P<b>第[{_NUM}]{{1,5}}(?:{_ECHELON}))")
# the second designation's 第 right after the first's echelon (every echelon ends in one of 军团队师旅营连), at most
# nine characters (第, five numerals, 集团军) after the match's start: only the starts before it are tried
_ADJACENT_ANCHOR = (re.compile("第(?<=[军团队师旅营连]第)"), 9)
_ECHELON_TAIL = re.compile(f"(?:{_ECHELON})$")
# named forces of one kind written one after the other (直军奉军, 晋军粤军)
_NAMED_FORCE_CHARS = "直奉皖晋滇黔桂粤湘川陕鲁豫"
_NAMED_PAIR_RE = re.compile(f"([{_NAMED_FORCE_CHARS}]军)([{_NAMED_FORCE_CHARS}]军)(?![{_CJK}]|团|区)")
_DETACHMENT_RE = re.compile(
    f"(?:(?<=[{_BOUNDARY}与和及])|(?<=日军)|(?<=敌军)|(?<=所部)|^)([{_CJK}]{{1,3}}?)(支队|挺进队)(?![长部])")
# a force sent to a region (察哈尔派遣兵团), with the army that sent it written before it (关东军…)
_EXPEDITION_RE = re.compile(f"([{_CJK}]{{2,4}}?)(派遣兵团|派遣军|派遣队)")
_HQ_RE = re.compile(HQ)
_NOT_NAME = set("的了是在和与及等为以各该本我敌其此这那每全前后左右东西南北中上下大小新老第一二三四五六七八九十两个数另原某其他军师旅团营连部")

# --------------------------------------------------------------------------- PERSON

_POSTS = "集团军总司令|总司令|副总司令|司令官|司令|军长|副军长|师长|副师长|旅长|副旅长|团长|副团长|参谋长"
_POSTS_RE = f"(?:{_POSTS})"
_NAME_BEFORE_UNIT_RE = re.compile(
    f"(?<=[{_BOUNDARY}率])([{_CJK}]{{2,3}}?)(?=之?第[{_NUM}]{{1,5}}(?:集团军|军团|军|师)(?![长部]))")
# its designation's 第, two to four characters after the match's start
_NAME_BEFORE_UNIT_ANCHOR = (re.compile(f"第(?=[{_NUM}]{{1,5}}(?:集团军|军团|军|师)(?![长部]))"), 4)
# two or three names before a count of people (以甲某,乙某二人副之)
# names listed and counted: 甲、乙二人, 甲、乙、丙3个人, 甲、乙等五人 (2-6 names of 2-3 characters)
_NAMES_COUNTED_RE = re.compile(
    f"((?:[{_CJK}]{{2,3}}[、，]){{1,5}}[{_CJK}]{{2,3}})(?=等?(?:[二两三四五六七八九十]|[2-9])个?人)")
_NAME_BEFORE_POST_RE = re.compile(
    f"(?<=[{_BOUNDARY}])([{_CJK}]{{2,3}})(?={_POSTS_RE}(?![部府官署])(?:把|将|率|亲|带|在|于|即|已|也|又|便|就|遂|负|身|中|阵|被|与|和|等|，|。|、))")
# every match ends right before the count (二人), at most six names and their marks after its start
_NAMES_COUNTED_ANCHOR = (re.compile("(?<=[二两三四五六七八九十2-9])个?人"), 25)
_NAMES_COUNTED_LEFT = set("以由令派委，。、；：\n")
# a Japanese commander in brackets after his post (联队长两角业作)
_BRACKET_POST_RE = re.compile(
    f"[（(](?:联队长|师团长|旅团长|大队长|中队长|支队长|司令官|参谋长|军司令官)([{_CJK}]{{2,5}})[）)]")
_JP_CUE_AFTER = "率领|率部|指挥|统率|所部|下令|麾下"
# a list of names closed by 等 and a word for people (张甲、李乙等将领)
_PEOPLE_AFTER_RE = re.compile("等(?:将领|将军|人|高级将领|军官|师长|军长|团长|旅长|各师长|各军长|指挥官|同志|烈士)")
# 以X为参谋长, 由X任副师长, 派X兼旅长: an appointment
_APPOINTED_RE = re.compile(
    f"(?<=[以由令派委，；、])([{_CJK}]{{2,3}})(?=(?:为|任|兼|充|代理|接任|继任|出任|升任)(?:副)?(?:{_POSTS}|参谋主任|军团长|旅团长|师团长|联队长|大队长|总指挥))")
# 后由X继任。 / 由X接替, : the post is the one named before (auditzh15: unit histories' succession lines)
_SUCCEEDED_RE = re.compile(f"(?<=由)([{_CJK}]{{2,3}}?)(?=(?:继任|接任|接替|接充|兼任|代理)(?:[，。；、,;)）\n]|$))")
_LIST_CHAR = f"(?:(?!等)[{_CJK}])"
_LIST_ITEM_MAX = 12
_LIST_RUN_RE = re.compile(f"{_LIST_CHAR}{{1,{_LIST_ITEM_MAX}}}(?:、{_LIST_CHAR}{{2,12}}){{1,12}}")
_LIST_ITEM_CHAR = re.compile(_LIST_CHAR)
_NOT_IN_NAME = set("的了是在和与及等为以各该我敌其此这那每军师旅团营连部队省市县区镇村路线年月日人")

# --------------------------------------------------------------------------- LOC / GPE / EVENT / FAC

_REGION_ABBREV = "晋冀鲁豫鄂湘赣皖浙闽粤桂滇黔川陕陇苏辽绥察蒙"   # 绥察: Republican provinces 绥远, 察哈尔; 蒙: Mongolia
_REGION_RE = re.compile(
    f"([{_REGION_ABBREV}](?:东北|东南|西北|西南|中|东|南|西|北))(?=部|地区|一带|[{_BOUNDARY}]|日军|敌|的|各|方面|战场|根据地|$)"
    f"|([{_REGION_ABBREV}](?:东北|东南|西北|西南))(?![军风人方亚])")
# a known place written with a settlement suffix (石牌乡, 龙湾村, 横山镇): the suffix stays inside (rule 6)
_SETTLEMENT_AFTER_RE = re.compile(f"([{_CJK}]{{2,3}})(乡|镇|村|寨|庄|集|堡|屯)")
# a village named by a family (方家集, 王家湾, 李家庄): surname + 家 + a settlement word
_VILLAGE_NOUN_AFTER = frozenset("民长委干里口")   # 村民, 村长, 村委, 村干部, 村里, 村口: 村 starts the next word
_FAMILY_VILLAGE_RE = re.compile(f"([{_CJK}])家(集|庄|湾|铺|店|寨|冲|嘴|坝|垸|塘|村|屯|堡|畈|桥|坪|场|埠|墩|圩)(?![{_CJK}]?[长民员主人子园稼])")
# a known place whose name starts with a numeral (五台, 六安, 四平), after a word of going: not a count; also where a
# force is stationed (驻九台蒋军, 盘踞四平之敌: auditzh16, Civil War dispatches)
_NUMERAL_PLACE_RE = re.compile(
    f"(?:(?<=[向至往到占经抵克、驻])|(?<=转向|进犯|攻占|攻克|占领|进至|退至|撤至|开赴|盘踞))([一二三四五六七八九十百][{_CJK}]{{1,2}}?)"
    f"(?=[，。、；：！？）)\n]|一带|附近|以[东西南北]|方向|地区|县|城|[蒋敌日伪守国顽]军|之敌|守敌)")
# not 阜平县城南庄乡: 城 opens the township's name after the county (the address chain reads it)
_COUNTY_TOWN_RE = re.compile(f"([{_CJK}]{{1,3}}县)城(?![市墙门池区里外内郊关]|(?:(?![的和在与])[{_CJK}]){{1,3}}[乡镇区])")
# towns and villages: a 2–3 character name with 镇 after a word of going or a direction; a known
# place with 府 (保定府, rule 6)
_TOWN_RE = re.compile(
    f"(?:(?<=[至在于抵到占克经往向])|(?<=以西|以东|以南|以北|东南|西南|东北|西北))([{_CJK}]{{1,3}}?)(镇|寨)(?![长民子上内外压守主湾村口街路江河桥坝铺集坪岭山头港洲滩堡屯庄沟])")
_PREFECTURE_RE = re.compile(f"([{_CJK}]{{1,3}}?)府(?![{_CJK}]{{0,1}}[长院令库第])")
# a temple or shrine jieba knows by name (夫子庙, 灵隐寺): FAC
_TEMPLE_RE = re.compile(f"([{_CJK}]{{2,3}}?)(寺|庙|祠|宫)(?![{_CJK}]{{0,1}}[里内外前后中门])")
# a government department of a province, city or county (湖南省民政厅, 长沙市警察局, 湘潭县财政局)
_GOV_DEPT_RE = re.compile(
    f"([{_CJK}]{{2,5}}?(?:省|市|县)?)(民政|财政|教育|建设|实业|农林|农矿|工商|警务|公安|警察|保安|卫生|粮食|税务|田赋|交通|"
    f"司法|社会|地政|水利|外事|侨务|审计|铨叙|盐务)(厅|局|处|署)(?![长员])")
# a publisher, archive or institute named in a citation (文史资料出版社, 中华书局, 三联书店, 黄山书社): after a boundary,
# 由, 编 or 见, 2–8 name characters and the institution word
_INSTITUTION_RE = re.compile(
    f"(?:(?<=[，。、；：（(“「\n 由编见据藏载])|^)((?:(?![该这那一各本此某其我他们的和与及])[{_CJK}])[{_CJK}]{{1,7}}?)"
    "(出版社|书局|印书馆|书店|书社|杂志社|报社|通讯社|新闻社|档案馆|图书馆|博物馆|纪念馆|研究所|研究院|编译局|编辑部)")
# a field headquarters of the Military Council at a place (军委会桂林行营): one ORG with its parent;
# the party written before the Council is its own ORG (国民党 + 军委会…)
_FIELD_HQ_RE = re.compile(f"(军事委员会|军委会|国民政府)([{_CJK}]{{2,4}}?)(行营|行辕)")
_PARTY_BEFORE_RE = re.compile("(?<![一-鿿])((?:中国)?国民党)(?=军委会|军事委员会)")
_NOT_INSTITUTION_START = set("该这那一各本此某其我他")
_LEADING_NOT_NAME = set("见由编据藏载在到去后又从往向于和与及也再并的曾即乃则经")
_EVENT_RE = re.compile(f"([{_CJK}]{{2,3}})(政变|誓师|兵变)")
_FAC_RE = re.compile(f"([{_CJK}]{{2,4}}?)(天文台|瓮城|城墙)")


# --------------------------------------------------------------------------- scanning
# Every match of each pattern below holds a rarer character (its anchor) at most `reach`
# characters after the match's start (in the match or right after it, in its look-ahead):
# `_finditer` only tries the starts near such a character and gives exactly `finditer`'s matches.
# (Patterns whose anchor is frequent, as 第 or the comma, are faster with finditer and not here.)
_ANCHORS: dict[re.Pattern, tuple[re.Pattern, int]] = {
    _CLOCK_RE: (re.compile("分"), 7),               # hour ≤ 3, 点/时, minutes ≤ 3, 分
    _DAY_PART_RE: (re.compile("日"), 2),
    _DETACHMENT_RE: (re.compile("[支挺]"), 3),
    _EXPEDITION_RE: (re.compile("遣"), 5),
    _NAME_BEFORE_POST_RE: (re.compile("[令长]"), 8),  # every post holds 令 or 长 (集团军总司令: 6th)
    _NAME_BEFORE_UNIT_RE: _NAME_BEFORE_UNIT_ANCHOR,
    _APPOINTED_RE: (re.compile("[为任兼充代接继出升]"), 3),
    _REGION_RE: (re.compile(f"[{_REGION_ABBREV}]"), 0),
    _TOWN_RE: (re.compile("[镇寨]"), 3),
    _PREFECTURE_RE: (re.compile("府"), 3),
    _SETTLEMENT_AFTER_RE: (re.compile("[乡镇村寨庄集堡屯]"), 3),
    _FAMILY_VILLAGE_RE: (re.compile("家"), 1),
    _NUMERAL_PLACE_RE: (re.compile("[一二三四五六七八九十百]"), 0),
    _COUNTY_TOWN_RE: (re.compile("县"), 3),
    # one character of each institution word (出版社 版, 报社 社, 研究所 究…) after ≤ 8 name characters
    _INSTITUTION_RE: (re.compile("[版局馆店志社讯案究译辑]"), 10),
    _GOV_DEPT_RE: (re.compile("[厅局处署]"), 8),
    _PARTY_BEFORE_RE: (re.compile("党"), 4),
    _EVENT_RE: (re.compile("[变誓]"), 4),
    _FAC_RE: (re.compile("[台瓮墙]"), 6),
    _TEMPLE_RE: (re.compile("[寺庙祠宫]"), 3),
}


# by the pattern's identity: hashing a compiled pattern hashes its whole code (scan.per_pattern)
_ANCHORS_BY_ID = {id(rx): anchor_reach for rx, anchor_reach in _ANCHORS.items()}


def _finditer(rx: re.Pattern, text: str):
    """`rx.finditer(text)`, trying only the starts near the pattern's anchor."""
    anchor, reach = _ANCHORS_BY_ID[id(rx)]
    return anchored_finditer(rx, text, anchor, reach)


_list_runs_memo: tuple[str, list[re.Match]] | None = None


def _list_runs(text: str) -> list[re.Match]:
    """The 、-lists of `text` (`_LIST_RUN_RE`), scanned once for the person and the place rules."""
    global _list_runs_memo
    memo = _list_runs_memo
    if memo is not None and memo[0] is text:
        return memo[1]
    runs = _list_run_matches(text) if "、" in text else []
    _list_runs_memo = (text, runs)
    return runs


def _list_run_matches(text: str) -> list[re.Match]:
    """`_LIST_RUN_RE.finditer(text)`, one start tried per 、 (scan.list_finditer)."""
    return list(list_finditer(_LIST_RUN_RE, text, "、", _LIST_ITEM_CHAR, 1, _LIST_ITEM_MAX))


_JP_CUE_ANCHOR = re.compile("[率指统所下麾部命令]")   # the first character of every cue after a name


def _first_is_surname(name: str) -> bool:
    single, compound = surnames()
    jp = japanese_surnames()
    return name[0] in single or name[:2] in compound or name[:1] in jp or name[:2] in jp or name[:3] in jp


@lru_cache(maxsize=1)
def _known_persons() -> frozenset[str]:
    names = set()
    for row in read_rows("persons.tsv"):
        if row and row[0]:
            names.add(row[0])
            for alias in (row[1].split("|") if len(row) > 1 and row[1] else []):
                if re.fullmatch(f"[{_CJK}]{{2,5}}", alias):
                    names.add(alias)
    return frozenset(names)


_NOT_IN_GIVEN = set("的了是在和与及等以各该我敌其此这那每军师旅团营连部队年月日人")
_NOT_IN_TOWN = set("的了是在和与及等为以各该本我敌其此这那每全两个数某城乡村至到于往向进抵占经")
_VERB_GIVEN = set("命令率派调以将把向对由给被令使")


def _plain_name(name: str) -> bool:
    if len(name) == 2 and name[1] in _VERB_GIVEN:
        return False          # 薛命第4军: a surname and a verb
    return not any(ch in _NOT_IN_NAME for ch in name) and name not in known_places() \
        and not is_common_word(name)


@lru_cache(maxsize=1)
def _named_forces() -> tuple[str, ...]:
    names = {row[0] for row in read_rows("named_units.tsv") if row and row[0].endswith("军")}
    return tuple(sorted(names, key=len, reverse=True))


def _named_force_before(text: str, pos: int) -> str | None:
    return next((n for n in _named_forces() if text.startswith(n, pos - len(n))), None)


def _dates(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "DATE", "rule:date-clock", 50) for m in _finditer(_CLOCK_RE, text)]
    out += [Candidate(m.start(), m.end(), "DATE", "rule:date-day-part", 50) for m in _finditer(_DAY_PART_RE, text)]
    out += _telegraph_days(text)
    return out


def _telegraph_days(text: str) -> list[Candidate]:
    """韵目代日 (铣日 = the 16th): a code with 日, not inside a word; the codes that are also words
    (冬日, 元日, 有日) and the alternative forms only before 电/致电/代电 (a telegram's date)."""
    from pipeline.normalize.dates import telegraph_codes

    out = []
    if "日" not in text:
        return out
    codes = telegraph_codes()
    for m in literal_finditer(_TELEGRAPH_RE, text):
        code = m.group(1)
        if code not in codes:
            continue
        start = m.start(1)
        if start and text[start - 1] in _TELEGRAPH_NOT_AFTER:
            continue
        rest = text[m.end():m.end() + 2]
        telegram = rest.startswith(("电", "致电", "代电", "来电", "急电", "通电"))
        if codes[code][1] and not telegram:
            continue
        if rest[:1] and rest[0] in _TELEGRAPH_NOT_BEFORE and not telegram:
            continue
        out.append(Candidate(start, m.end(), "DATE", "rule:date-telegraph", 50))
    return out


def _units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_ADJACENT_RE, text, *_ADJACENT_ANCHOR):
        a_tail = _ECHELON_TAIL.search(m.group("a")).group()
        b_tail = _ECHELON_TAIL.search(m.group("b")).group()
        if a_tail == b_tail:          # 第十一师团第十三师团: siblings, not parent and child
            out.append(Candidate(m.start("a"), m.end("a"), "MIL_UNIT", "rule:unit-sibling", 61))
            out.append(Candidate(m.start("b"), m.end("b"), "MIL_UNIT", "rule:unit-sibling", 61))
    for m in rare_finditer(_NAMED_PAIR_RE, text):
        out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-sibling", 61))
        out.append(Candidate(m.start(2), m.end(2), "MIL_UNIT", "rule:unit-sibling", 61))
    places = known_places()
    for m in _finditer(_EXPEDITION_RE, text):
        place = next((m.group(1)[k:] for k in range(len(m.group(1)) - 1) if m.group(1)[k:] in places), None)
        if place is None:
            continue
        start = m.end(1) - len(place)
        parent = _named_force_before(text, start)
        if parent:
            start -= len(parent)     # 关东军察哈尔派遣兵团: one unit with its parent (rule 3)
        hq = _HQ_RE.match(text, m.end())
        out.append(Candidate(start, hq.end() if hq else m.end(), "MIL_UNIT", "rule:unit-expedition", 61))
    for m in _finditer(_DETACHMENT_RE, text):
        name = m.group(1)
        if any(ch in _NOT_NAME for ch in name) or is_common_word(name):
            continue
        out.append(Candidate(m.start(1), m.end(2), "MIL_UNIT", "rule:unit-detachment", 60))
    return out


# adverbs between a bare surname and the verb of an appointment (高又升任, 李再调任, 王即出任)
_ADVERB_BEFORE_VERB = set("又也再即遂便就复旋亦乃均皆都仍")


def _verb_of_office_ends(name: str) -> bool:
    """A three-character reading ends in the verb of an appointment (陈某任, 陈某兼 before 副军长/任师长)."""
    return len(name) == 3 and name[-1] in "任兼为充"


def _persons(text: str) -> list[Candidate]:
    out = []
    for rx in (_NAME_BEFORE_UNIT_RE, _NAME_BEFORE_POST_RE):
        for m in _finditer(rx, text) if id(rx) in _ANCHORS_BY_ID else literal_finditer(rx, text):
            name = m.group(1)
            if rx is _NAME_BEFORE_POST_RE and _verb_of_office_ends(name):
                continue      # 陈某任副军长: 任 is the verb, the name is 陈某 (the appointment reading takes it)
            if rx is _NAME_BEFORE_POST_RE and name[-1] in "副代":
                continue      # 参战，任副团长: 任 the verb, 副/代 the post's deputy or acting mark (auditzh22)
            if _first_is_surname(name) and _plain_name(name):
                # X之第N军: the possessive makes X a person even where a place hides in the name (龚长江)
                strong = text.startswith("之第", m.end(1))
                out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-written", 31 if strong else 21))
    for m in rare_finditer(_BRACKET_POST_RE, text):
        name = m.group(1)
        if _plain_name(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-bracket-post", 21))
    out += _japanese_names(text)
    for m in anchored_finditer(_NAMES_COUNTED_RE, text, *_NAMES_COUNTED_ANCHOR):
        names, at = [], m.start(1)
        for part in re.split("[、，]", m.group(1)):
            names.append((at, part))
            at += len(part) + 1
        first_at, first = names[0]
        if first_at and text[first_at - 1] not in _NAMES_COUNTED_LEFT:
            # the match may open inside the word before (剩下|刘某某): the first name is its last 2-3 characters
            cut = next((k for k in (0, 1) if len(first) - k >= 2 and _first_is_surname(first[k:])
                        and _plain_name(first[k:])), None)
            if cut is None:
                continue
            names[0] = (first_at + cut, first[cut:])
        if all(_first_is_surname(n) and _plain_name(n) for _, n in names):
            out += [Candidate(s0, s0 + len(n), "PERSON", "rule:person-counted", 21) for s0, n in names]
    appointed = list(_finditer(_APPOINTED_RE, text))
    if "由" in text:
        appointed += list(_SUCCEEDED_RE.finditer(text))
    for m in appointed:
        name, start = m.group(1), m.start(1)
        if _verb_of_office_ends(name) and _first_is_surname(name[:2]) and _plain_name(name[:2]):
            name = name[:2]   # 陈某兼任师长: the verb is 兼任
        if len(name) == 3 and name[1] in _ADVERB_BEFORE_VERB and name[2] in "升出接继兼调改":
            continue          # 高又升任旅长: a surname, an adverb and the verb 升任, no three-character name (auditzh22)
        if _first_is_surname(name) and _plain_name(name):
            out.append(Candidate(start, start + len(name), "PERSON", "rule:person-appointed", 21))
    known = _known_persons()
    for m in _list_runs(text):
        parts = m.group().split("、")
        # the first part may carry the words before the list (分别是谷寿夫): keep a known name at its end
        first = next((parts[0][k:] for k in range(len(parts[0]) - 1) if parts[0][k:] in known), None)
        end = m.end()
        last_closed = end >= len(text) or text[end] in _BOUNDARY or (text[end] == "等" and _PEOPLE_AFTER_RE.match(text, end) is not None)
        members, pos = [], m.start()
        for i, part in enumerate(parts):
            if i == 0:
                if first:
                    members.append((pos + len(part) - len(first), first))
            elif 2 <= len(part) <= 5 and (i < len(parts) - 1 or last_closed):
                members.append((pos, part))
            pos += len(part) + 1
        people = _PEOPLE_AFTER_RE.match(text, m.end()) is not None
        if people and parts[0]:
            head = next((parts[0][k:] for k in range(max(0, len(parts[0]) - 3), len(parts[0]) - 1)
                         if _first_is_surname(parts[0][k:]) and _plain_name(parts[0][k:])), None)
            if head and not first:
                members.insert(0, (m.start() + len(parts[0]) - len(head), head))
        if not people and not any(name in known for _, name in members):
            continue
        for start, name in members:
            if name not in known and _first_is_surname(name) and _plain_name(name):
                out.append(Candidate(start, start + len(name), "PERSON", "rule:person-list", 31))
    return out


@lru_cache(maxsize=1)
def _jp_name_re() -> re.Pattern:
    names = sorted((n for n in japanese_surnames() if len(n) >= 2), key=len, reverse=True)
    return re.compile(f"(?<=[被在由据令向是与和、，。：\n])({'|'.join(names)})([{_CJK}]{{2}})(?={_JP_CUE_AFTER})"
                      f"|(?<=[被在由据向与和、，。：\n])({'|'.join(names)})(?=部(?![队署分门下属长落位件族])|所部|下令|命令|令其)")


@lru_cache(maxsize=1)
def _jp_name_reach() -> int:
    """A match is a surname and at most two given-name characters, then the cue."""
    return max(len(n) for n in japanese_surnames()) + 2


def _japanese_names(text: str) -> list[Candidate]:
    """A Japanese surname with a two-character given name before 率领/指挥…, or alone before 部."""
    out = []
    places = known_places()
    for m in anchored_finditer(_jp_name_re(), text, _JP_CUE_ANCHOR, _jp_name_reach()):
        if m.group(1):
            name = m.group(1) + m.group(2)
            if any(ch in _NOT_IN_GIVEN for ch in m.group(2)) or name in places:
                continue
            out.append(Candidate(m.start(1), m.end(2), "PERSON", "rule:person-japanese", 21))
        else:
            # 向松浦下令: an order has a person as its giver, even where the surname is a place too
            order = text.startswith(("下令", "命令", "令其"), m.end(3))
            if order or m.group(3) not in places:
                out.append(Candidate(m.start(3), m.end(3), "PERSON", "rule:person-japanese", 31 if order else 21))
    return out


def _suffix_opens_place(text: str, at: int, places) -> bool:
    """The settlement suffix at `at` is the first character of a county or city name the gazetteer
    knows, with or without its 县/区/市 (镇海, 集宁, 镇江)."""
    name, lexicon = text[at:at + 2], place_lexicon()
    return len(name) == 2 and any(name + tail in lexicon for tail in ("", "县", "区", "市"))


def _places(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in _finditer(_REGION_RE, text):
        g = 1 if m.group(1) else 2
        before = text[m.start(g) - 1:m.start(g) + 1] if m.start(g) else ""
        # 四川东部: not 川东; 侦察中: the abbreviation's character ends an ordinary word (zh11)
        if m.group(g) not in places and before not in places and not is_common_word(before, 100):
            out.append(Candidate(m.start(g), m.end(g), "LOC", "rule:region", 31))
    for m in _finditer(_TOWN_RE, text):
        name, start = m.group(1), m.start()
        for direction in ("东南", "西南", "东北", "西北", "以东", "以西", "以南", "以北"):
            if name.startswith(direction):
                name, start = name[2:], start + 2     # 至东南石寨: the town is 石寨
        if not name:
            continue
        whole = name + m.group(2)
        if any(ch in _NOT_IN_TOWN for ch in name) or is_common_word(whole) or is_common_word(name[-2:] + m.group(2)):
            continue
        if len(name) == 1 and m.group(2) != "寨":
            continue
        if _suffix_opens_place(text, m.start(2), places):
            continue                  # 接近镇海县城: 镇 opens the county's name, no town 接近镇
        out.append(Candidate(start, m.end(), "GPE", "rule:town", 30))
    for m in _finditer(_PREFECTURE_RE, text):
        name = m.group(1)
        stem = next((name[k:] for k in range(len(name) - 1) if name[k:] in places), None)
        if stem and stem[-1] not in "县市省区":      # 县府 = a county government
            out.append(Candidate(m.end() - len(stem) - 1, m.end(), "GPE", "rule:prefecture", 31))
    out += _foreign_list_members(text)
    for m in _finditer(_SETTLEMENT_AFTER_RE, text):
        name, end = m.group(1), m.end()
        stem = next((name[k:] for k in range(len(name) - 1) if name[k:] in places), None)
        if stem is None or is_common_word(text[m.start(2):m.start(2) + 2]) or is_common_word(stem + m.group(2)) \
                or is_common_word(text[m.start(2) - 1:m.start(2) + 1]):
            continue
        s0 = end - len(stem) - 1
        if s0 and text[s0 - 1:s0 + 1] in places:
            continue                  # 江西乡村: not 西乡 + 村
        if end < len(text) and text[end] in "民长亲人口户委部政干里下间":
            continue
        if _suffix_opens_place(text, m.start(2), places):
            continue                  # 大同集宁会战: 集 opens 集宁, no market town 大同集
        out.append(Candidate(end - len(stem) - 1, end, "GPE", "rule:settlement-suffix", 31))
    single, _compound = surnames()
    for m in _finditer(_FAMILY_VILLAGE_RE, text):
        family = m.group(1) + "家"
        if m.group(1) in single and not is_common_word(family) and not is_common_word(m.group()):
            end = m.end()
            if m.group(2) != "村" and text.startswith("村", end) and text[end + 1:end + 2] not in _VILLAGE_NOUN_AFTER:
                end += 1      # 李家寨村的民兵: the village keeps its 村 (not in 李家寨村民, 村长)
            out.append(Candidate(m.start(), end, "GPE", "rule:family-village", 30))
    for m in _finditer(_NUMERAL_PLACE_RE, text):
        if m.group(1) in places:
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:numeral-place", 41))
    for m in _finditer(_COUNTY_TOWN_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):   # the longest known county ending the run (灵寿县城, not 寿县城)
            if name[k:] in places:
                out.append(Candidate(m.start(1) + k, m.end(), "GPE", "rule:county-town", 31))
                break
    return out


@lru_cache(maxsize=1)
def _foreign_short_forms() -> frozenset[str]:
    """Short forms of foreign prefectures and cities (大分县/大分市 → 大分) that are not matched alone
    because they are also words; a list of places confirms them."""
    short = set()
    for row in (*read_rows("places_foreign.tsv"), *read_rows("places_foreign_zh.tsv")):
        if len(row) >= 4 and row[1] == "GPE" and row[3] in ("province", "city", "county"):
            for name in (row[0], row[2]):
                if len(name) >= 3 and name[-1] in "县市省郡":   # 老街省, 高原郡 (places_foreign_zh) → 老街, 高原 in a list
                    short.add(name[:-1])
    return frozenset(short)


def _foreign_list_members(text: str) -> list[Candidate]:
    out = []
    places, short = known_places(), _foreign_short_forms()
    for m in _list_runs(text):
        parts = m.group().split("、")
        pos, members = m.start(), []
        for part in parts:
            members.append((pos, part))
            pos += len(part) + 1
        inner = members[1:-1] + [members[-1]] if len(members) > 1 else []
        head = members[0][1]
        if not any(p in places for _, p in members[1:]) and \
                not any(head[-k:] in places for k in range(2, min(4, len(head)) + 1)):
            continue
        for start, part in inner:
            if part in short and part not in places:
                out.append(Candidate(start, start + len(part), "GPE", "rule:place-list", 30))
        # 沿镇江、丹阳、句容: in a list of towns a town is no river, whatever the word before the list
        lexicon = place_lexicon()
        towns = [(start, part) for start, part in members[1:-1] if part in lexicon and lexicon[part].label == "GPE"]
        last_start, last = members[-1]
        lead = next((last[:k] for k in range(min(4, len(last)), 1, -1)
                     if last[:k] in lexicon and lexicon[last[:k]].label == "GPE"), None)
        if lead and len(members) > 1:
            towns.append((last_start, lead))   # 句容西进: the list's last town before the verb
        if len(towns) >= 2:
            tail = next((head[-k:] for k in range(min(4, len(head)), 1, -1)
                         if head[-k:] in lexicon and lexicon[head[-k:]].label == "GPE"), None)
            if tail:
                towns.insert(0, (members[0][0] + len(head) - len(tail), tail))
            out += [Candidate(start, start + len(part), "GPE", "rule:place-list", 31) for start, part in towns]
    return out


def _orgs(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in _finditer(_INSTITUTION_RE, text):
        start = m.start()
        for cue in ("参见", "详见", "转引自", "引自", "载于", "藏于", "收入", "原载"):
            found = text.rfind(cue, start, m.start(2))   # 照片藏于军事博物馆: the cue inside the run too
            if found >= 0:
                start = found + len(cue)
                break
        while start < m.start(2) and text[start] in _LEADING_NOT_NAME:
            start += 1                # 见中华书局, 后去上海图书馆: the cue is not in the name
        joined = max(text.rfind(c, start + 1, m.start(2)) for c in "和与及")
        if joined > start:
            start = joined + 1        # 是作者和出版社: two nouns joined, the institution's name is after 和 (auditzh20)
        name = text[start:m.start(2)]
        if name[:1] in _NOT_INSTITUTION_START:
            continue                  # 某省档案馆, 该出版社
        if len(name) >= 2 and (len(name) >= 3 or not is_common_word(text[start:m.end()])):
            out.append(Candidate(start, m.end(), "ORG", "rule:org-institution", 35))
    for m in literal_finditer(_FIELD_HQ_RE, text):
        if m.group(2) in places:
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-field-hq", 36))
    for m in _finditer(_PARTY_BEFORE_RE, text):
        out.append(Candidate(m.start(1), m.end(1), "ORG", "rule:org-party", 36))
    for m in _finditer(_GOV_DEPT_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            stem = name[k:]
            if stem in places or (stem[-1] in "省市县" and stem[:-1] in places):
                out.append(Candidate(m.start(1) + k, m.end(), "ORG", "rule:org-department", 36))
                break
    return out


def _events_facilities(text: str) -> list[Candidate]:
    out = []
    words = word_info()
    for m in _finditer(_TEMPLE_RE, text):
        for k in range(len(m.group(1))):
            whole = m.group()[k:]
            if len(whole) >= 3 and whole in words and whole[:2] not in ("寺庙", "破庙", "古庙", "小庙", "大庙", "皇宫", "王宫", "行宫", "东宫", "西宫", "后宫", "冷宫", "迷宫", "子宫"):
                out.append(Candidate(m.start() + k, m.end(), "FAC", "rule:facility-temple", 46))
                break
    places = known_places()
    for m in _finditer(_EVENT_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            if name[k:] in places:
                out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-head", 46))
                break
    for m in _finditer(_FAC_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):
            stem = name[k:]
            if stem in places or (stem[-1] in "门山" and stem in word_info()):
                out.append(Candidate(m.start(1) + k, m.end(), "FAC", "rule:facility-structure", 46))
                break
    return out


def find_written(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    if not _ANY_CJK_RE.search(text):
        return []
    out = (_dates(text) + _units(text) + _persons(text) + _places(text) + _orgs(text) + _events_facilities(text)
           + find_written3(text) + find_written4(text) + find_written5(text) + find_written6(text)
           + find_written7(text) + find_written8(text) + find_written9(text)
           + find_action_names(text))
    found = (out + find_references(text, out) + find_landforms(text) + find_routes(text)
             + find_framed_places(text) + find_temperatures(text) + find_each_counts(text)
             + find_recall_signals(text, out) + find_span_edges(text, out) + find_qing_forms(text, out)
             + find_towns(text) + find_event_names(text) + find_era_year_glosses(text)
             + find_narrative_names(text) + find_village_frames(text) + find_district_units(text)
             + find_list_persons(text, []) + find_water_mouths(text) + find_interlanguage_repeats(text)
             + find_settlement_names(text) + find_base_area_forms(text)
             + find_foreign_forces(text) + find_jp_surname_repeats(text)
             + find_roc_years(text) + find_dotted_names(text) + find_ranked_names(text)
             + find_counted_villages(text) + find_glossed_foreign_names(text) + find_air_groups(text)
             + find_service_schools(text) + find_foreign_ranked_names(text) + find_independent_subunits(text)
             + find_body_forces(text) + find_designation_frames(text) + find_settlement_suffixes(text)
             + find_qualified_forces(text) + find_grad_cities(text) + find_gloss_listed_persons(text)
             + find_soviet_units(text) + find_titled_list_names(text) + find_ocean_parts(text)
             + find_initial_dotted_names(text) + find_roc_forces(text)
             + find_year_of_month(text) + find_chronicle_forms(text)
             + find_campaign_forms(text) + find_echelon_counts(text) + find_commemoration_forms(text)
             + find_foreign_war_forms(text) + find_citation_forms(text) + find_ming_qing_war_forms(text)
             + find_guerrilla_forms(text)
             + find_local_history_forms(text)
             + find_career_forms(text) + find_civil_war_forms(text))
    found += find_unit_forms(text, found)
    found += find_unit_history_forms(text)
    found += find_memoir_forms(text, found)
    found += find_war_forms(text, found)
    found += find_likely_names(text, found)
    found += find_repeated_names(text, found)
    found += find_list_neighbors(text, found)
    found += find_qing_annals(text, found)
    return found + find_person_place_readings(text, found)

