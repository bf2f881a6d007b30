"""Chinese text as it is written on third-party pages: `find_written(text)` (working text, Simplified) runs every
written-Chinese finder and sums their candidates. The wiring only: the classes live in their modules —
written_zh_dates (clock times, day parts, telegraph day codes), written_zh_units (sibling designations,
detachments, expeditionary forces), written_zh_persons (names before designations and posts, appointments,
counted and listed names, Japanese commanders), written_zh_places (regions, towns, settlements, county towns,
foreign place lists), written_zh_orgs_events (departments, institutions, field HQs, coups, structures, temples),
and the modules imported below (one family of classes each, with the session that added it).

A new family: a module `pipeline/rules/<topic>_zh.py`, one import line below and one term in the sum.
"""

from __future__ import annotations

import re

from pipeline.rules.given_name_mentions_zh import find_given_name_mentions   # session 25 (s25mine)
from pipeline.rules.settlement_named_landforms_zh import find_settlement_named_landforms   # session 27 (s27zhprec)
from pipeline.rules.county_bearing_regions_zh import find_county_bearing_regions   # session 28 (s28zhlab)
from pipeline.rules.stoplisted_county_mentions_zh import find_stoplisted_county_mentions   # session 28 (s28zhlab)
from pipeline.rules.landscape_idioms_zh import drop_idiom_places   # session 28 (s28zhlab)
from pipeline.rules.quoted_nicknames_zh import find_quoted_nicknames   # session 28 (s28zhper)
from pipeline.rules.appointed_post_names_zh import find_appointed_post_names   # session 28 (s28zhper)
from pipeline.rules.place_led_body_names_zh import find_place_led_bodies   # session 26 (s26mine)
from pipeline.rules.mass_society_names_zh import find_mass_society_names   # session 33 (w33zhorgev)
from pipeline.rules.proper_institution_names_zh import find_proper_institution_names   # session 33 (w33zhorgev)
from pipeline.rules.quoted_body_names_zh import find_quoted_body_names   # session 26 (s26mine)
from pipeline.rules.leader_after_force_names_zh import find_leaders_after_forces   # session 25 (s25mine)
from pipeline.rules.place_word_boundaries_zh import find_place_word_boundaries   # session 24 (s24zhloc)
from pipeline.rules.heritage_site_names_zh import find_heritage_site_names   # session 24 (s24zhloc)
from pipeline.rules.admin_area_words_zh import find_admin_area_words   # session 22 (s22zhprec)
from pipeline.rules.edict_names_zh import find_edict_names   # session 23 (s23zhname)
from pipeline.rules.glued_verb_names_zh import find_glued_verb_names   # session 23 (s23zhname)
from pipeline.rules.led_by_names_zh import find_led_by_names   # session 23 (s23zhname)
from pipeline.rules.armed_societies_zh import find_armed_societies   # session 24 (s24zhunit)
from pipeline.rules.cyclic_year_events_zh import find_cyclic_year_events   # session 24 (s24zhunit)
from pipeline.rules.green_standard_commands_zh import find_green_standard_commands   # session 24 (s24zhunit)
from pipeline.rules.leader_named_risings_zh import find_leader_named_risings   # session 24 (s24zhunit)
from pipeline.rules.unrest_names_zh import find_unrest_names   # session 24 (s24zhunit)
from pipeline.rules.cause_army_ordinals_zh import find_cause_army_ordinals   # session 24 (s24zhunit)
from pipeline.rules.foreign_polities_zh import find_foreign_polities   # session 24 (s24zhtown)
from pipeline.rules.qing_county_stems_zh import find_qing_county_stems   # session 24 (s24zhtown)
from pipeline.rules.place_kind_force_names_zh import find_place_forces   # session 25 (s25zhforce, s25mine), merged in session 26 (s26speed)
from pipeline.rules.chronicle_era_years_zh import find_chronicle_era_years   # session 31 (w31zhunit)
from pipeline.rules.lodging_house_names_zh import find_lodging_houses   # session 25 (s25zhfac)
from pipeline.rules.village_named_events_bodies_zh import find_village_named_events_bodies   # session 25 (s25zhfac)
from pipeline.rules.numbered_works_gates_compounds_zh import find_numbered_works_gates_compounds   # session 25 (s25zhfac)
from pipeline.rules.force_liaison_offices_zh import find_force_liaison_offices   # session 25 (s25zhfac)
from pipeline.rules.located_places_zh import find_located_places   # session 25 (s25zhgpe)
from pipeline.rules.settlement_verb_frames_zh import find_settlement_verb_frames   # session 23 (s23zhname)
from pipeline.rules.settlement_name_forms_zh import find_settlement_name_forms   # session 24 (s24zhper)
from pipeline.rules.ming_qing_record_names_zh import find_ming_qing_record_names
from pipeline.rules.taboo_given_names_zh import find_taboo_given_names   # session 24 (s24zhper)
from pipeline.rules.shared_unit_date_members_zh import find_shared_unit_date_members   # session 25 (s25zhextent)
from pipeline.rules.years_months_durations_zh import find_years_months_durations   # session 25 (s25zhextent)
from pipeline.rules.years_months_durations_zh import find_half_months   # session 33 (w33zhqtymil)
from pipeline.rules.former_names_destinations_zh import find_move_destinations, find_introduced_settlements, find_former_names_short_counties
from pipeline.rules.terrain_frames_zh import find_terrain_frames
from pipeline.rules.facility_frames_zh import find_facility_frames   # session 19 (s19zhfac): 郑州站, gate and bridge lists, 东大营
from pipeline.rules.same_head_bearing_settlements_zh import find_same_head_bearing_settlements   # session 20 (s20zhgpe): same-head village lists, bearing places
from pipeline.rules.forum_forms_zh import find_forum_forms
from pipeline.rules.written_zh_dates import find_written_dates
from pipeline.rules.place_security_units_zh import find_place_security_units   # session 26 (s26zhorg)
from pipeline.rules.water_works_quoted_structures_zh import find_water_works_quoted_structures   # session 26 (s26zhorg)
from pipeline.rules.place_disaster_attack_events_zh import find_place_disaster_attack_events   # session 26 (s26zhorg)
from pipeline.rules.township_post_names_zh import find_township_post_names   # session 27 (s27zhname)
from pipeline.rules.local_post_names_zh import find_local_post_names   # session 27 (s27zhname)
from pipeline.rules.long_village_names_zh import find_long_village_names   # session 27 (s27zhname)
from pipeline.rules.village_named_forces_zh import find_village_named_forces   # session 28 (s28zhunit)
from pipeline.rules.clergy_names_zh import find_clergy_names   # session 29 (s29zhper)
from pipeline.rules.title_vouched_names_zh import find_title_vouched_names   # session 32 (w32zhper)
from pipeline.rules.force_place_subunits_zh import find_force_place_subunits   # session 29 (s29zhlong)
from pipeline.rules.traditional_measure_chains_zh import find_traditional_measure_chains   # session 29 (s29zhcount)
from pipeline.rules.travel_place_abbreviations_zh import find_travel_place_abbreviations   # session 29 (s29zhabbr)
from pipeline.rules.road_end_places_zh import find_road_end_places   # session 27 (s27zhname)
from pipeline.rules.written_zh_orgs_events import find_written_events_facilities, find_written_orgs
# the name checks other modules imported from here: still importable here
from pipeline.rules.written_zh_persons import first_is_surname, known_persons, plain_name  # noqa: F401
from pipeline.rules.written_zh_persons import find_written_persons
from pipeline.rules.written_zh_places import find_written_places
from pipeline.rules.written_zh_scan import CJK
from pipeline.rules.written_zh_units import find_written_units
from pipeline.rules.unit_short_forms_zh import find_region_columns, find_unit_short_forms   # issue 8: classes seen on real-dev3-zh
from pipeline.rules.person_post_names_zh import find_person_post_names   # issue 8 (real-dev3-zh)
from pipeline.rules.war_episodes_zh import find_war_episodes   # issue 8 (real-dev3-zh)
from pipeline.rules.settlement_frames_zh import find_ordinal_villages, find_settlement_frames   # issue 8 (real-dev3-zh)
from pipeline.rules.river_counties_zh import find_river_counties   # issue 8 (real-dev3-zh)
from pipeline.rules.hill_positions_zh import find_hill_positions   # issue 8 (real-dev3-zh)
from pipeline.rules.puppet_quoted_forces_zh import find_puppet_quoted_forces   # session 5: classes seen on real-dev4-zh
from pipeline.rules.clock_days_grouped_ranges_zh import find_clock_days_grouped_ranges   # session 5 (real-dev4-zh)
from pipeline.rules.local_place_forms_zh import find_landform_relatives, find_local_place_forms   # session 5 (real-dev4-zh)
from pipeline.rules.infobox_commanders_zh import find_infobox_commanders   # session 5 (real-dev4-zh)
from pipeline.rules.named_events_party_rows_zh import find_named_events_party_rows   # session 5 (real-dev4-zh)
from pipeline.rules.person_bare_surnames_zh import find_bare_surnames   # session 5 (real-dev4-zh)
from pipeline.rules.person_bare_surnames_zh import find_found_name_surnames   # session 30 (s30zhper)
from pipeline.rules.org_before_posts_zh import find_orgs_before_posts   # session 5 (real-dev4-zh)
from pipeline.rules.unit_group_names_zh import find_unit_group_names   # session 5: classes seen on real-dev5-zh
from pipeline.rules.faction_wars_zh import find_faction_wars   # session 5 (real-dev5-zh)
from pipeline.rules.taken_place_lists_zh import find_taken_place_lists   # session 5 (real-dev5-zh)
from pipeline.rules.faction_person_lists_zh import find_faction_person_lists   # session 5 (real-dev5-zh)
from pipeline.rules.clock_days_grouped_ranges_zh import find_month_day_clocks   # session 5 (real-dev5-zh)
from pipeline.rules.fortress_names_zh import find_fortress_names   # session 5 (real-dev5-zh)
from pipeline.rules.interlanguage_repeats import find_interlanguage_dotted_names   # session 5 (real-dev5-zh)
from pipeline.rules.latitude_parallels_zh import find_latitude_parallels   # session 5 (real-dev5-zh)
from pipeline.rules.person_command_frames_zh import find_person_command_frames   # session 6: classes seen on real-dev6-zh
from pipeline.rules.formation_counts_zh import find_formation_counts   # session 6 (real-dev6-zh)
from pipeline.rules.field_army_short_names_zh import find_field_army_short_names   # session 6 (real-dev6-zh)
from pipeline.rules.abbreviated_echelon_chains_zh import find_abbreviated_echelon_chains   # session 34 (w34zhmil)
from pipeline.rules.settlement_battle_names_zh import find_settlement_battle_names   # session 6 (real-dev6-zh)
from pipeline.rules.railway_abbreviation_lists_zh import find_railway_abbreviation_lists   # session 6 (real-dev6-zh)
from pipeline.rules.fortress_names_zh import find_security_commands   # session 6 (real-dev6-zh)
from pipeline.rules.taken_place_lists_zh import find_taken_provinces_towns   # session 6 (real-dev6-zh)
from pipeline.rules.month_forms_zh import find_month_pairs   # session 6 (real-dev6-zh)
from pipeline.rules.divided_state_armies_zh import find_divided_state_armies   # session 6 (real-dev6-zh)
from pipeline.rules.qing_post_names_zh import find_qing_post_names   # session 6: classes seen on real-dev7-zh
from pipeline.rules.country_war_battle_names_zh import find_country_war_battle_names, find_joint_campaigns   # session 6 (real-dev7-zh)
from pipeline.rules.qing_drilled_armies_zh import find_qing_drilled_armies   # session 6 (real-dev7-zh)
from pipeline.rules.roc_years_zh import find_roc_bare_years   # session 6 (real-dev7-zh)
from pipeline.rules.unfamiliar_landforms_zh import find_unfamiliar_landforms   # session 6 (real-dev7-zh)
from pipeline.rules.settlement_frames_zh import find_village_lists   # session 6 (real-dev7-zh)
from pipeline.rules.cycle_years_zh import find_glossed_cycle_years   # session 6 (real-dev7-zh)
from pipeline.rules.bare_designation_units_zh import find_bare_designation_units   # session 6: classes seen on real-dev8-zh
from pipeline.rules.person_clause_frames_zh import find_person_clause_frames   # session 6 (real-dev8-zh)
from pipeline.rules.committee_school_names_zh import find_committee_school_names   # session 6 (real-dev8-zh)
from pipeline.rules.place_gloss_frames_zh import find_place_gloss_frames   # session 6 (real-dev8-zh)
from pipeline.rules.month_forms_zh import find_same_month_days   # session 6 (real-dev8-zh)
from pipeline.rules.event_names_zh import find_ordinal_expeditions   # session 6 (real-dev8-zh)
from pipeline.rules.island_battle_names_zh import find_islands_battles   # session 7: classes seen on real-dev9-zh
from pipeline.rules.numeral_list_units_zh import find_numeral_list_units   # session 7 (real-dev9-zh)
from pipeline.rules.officer_foreign_names_zh import foreign_persons, post_persons   # session 7 (real-dev9-zh)
from pipeline.rules.wharf_airfield_names_zh import find_wharves_airfields   # session 7 (real-dev9-zh)
from pipeline.rules.fortress_names_zh import find_garrison_commands   # session 7 (real-dev9-zh)
from pipeline.rules.settlement_frames_zh import find_direction_places, find_zi_villages   # session 7 (real-dev9-zh)
from pipeline.rules.hill_positions_zh import find_named_positions   # session 7 (real-dev9-zh)
from pipeline.rules.unfamiliar_landforms_zh import find_named_hilltops   # session 7 (real-dev9-zh)
from pipeline.rules.infobox_commanders_zh import find_infobox_post_names   # session 7 (real-dev9-zh)
from pipeline.rules.year_durations_clock_hours_zh import find_within_counts   # session 7 (real-dev9-zh)
from pipeline.rules.person_references import find_references   # session 7: bare surnames as subject/object
from pipeline.rules.person_actions import find_action_names   # session 7: untitled names before a verb of action
from pipeline.rules.person_home_kin_frames_zh import find_home_kin_names   # session 25: names framed by home, kin, command, 叫X的
from pipeline.rules.person_roster_forms_zh import find_roster_form_names   # session 26 (s26zhper): age lists, X氏, kin rosters, clergy
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
from pipeline.rules.numeral_given_names_zh import find_numeral_given_names   # session 30: 秦九龄, 裘九斤
from pipeline.rules.village_frames_zh import find_village_frames   # session 10: X镇Y村, (Y村人、)
from pipeline.rules.district_units_zh import find_district_units   # session 10: 三区区小队
from pipeline.rules.collab_forces_zh import find_collab_forces   # session 15: 兴安东警备军, 暂编陆军第二军
from pipeline.rules.person_list_items import find_list_persons   # session 10: 甲、乙、丙等 (names listed)
from pipeline.rules.person_place_rolls_zh import find_place_rolls
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
from pipeline.rules.landing_forces_zh import find_landing_forces   # session 14 audit (auditzh28): 佐世保第一特别陆战队
from pipeline.rules.service_schools_zh import find_service_schools   # session 12: 陆军炮工学校
from pipeline.rules.biography_forms_zh import find_biography_forms   # session 15 audit (auditzh36): 河北省某某人, 泰西军分区
from pipeline.rules.person_frames_zh import find_person_frames   # session 16 audit (auditzh43): 88岁的某某某很, 某某重郎
from pipeline.rules.region_names_zh import find_region_names   # session 17 precision audit (prezh1): 淮北, 淮南 regions
from pipeline.rules.special_districts_zh import find_special_districts   # session 17 precision audit (prezh1): X专区
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
from pipeline.rules.count_edges_zh import find_count_edges   # session 18 (s18zhqty): 597·9高地, ——29000人, 编为4队
from pipeline.rules.business_conferences_zh import find_business_conferences   # s18zhqty: 国军编遣会议
from pipeline.rules.settlement_risings_zh import find_settlement_risings   # s18zhqty: 惠州七女湖起义
from pipeline.rules.commemoration_forms_zh import find_commemoration_forms   # session 13 audit (auditzh19): X烈士纪念碑, X旧址
from pipeline.rules.border_wars_zh import find_border_war_places   # session 14 audit (auditzh29): 收复老山、者阴山
from pipeline.rules.foreign_wars_zh import find_foreign_war_forms   # session 13 audit (auditzh17): “堡垒行动”, 小镇巴斯托涅, 南方集团军群
from pipeline.rules.guerrilla_forms_zh import find_guerrilla_forms   # session 14 audit (auditzh24): 雾灵山, X山抗日根据地
from pipeline.rules.civil_war_forms_zh import find_civil_war_forms   # session 14 audit (auditzh26): 叫X的小村子, X河、涡河
from pipeline.rules.report_counts_zh import find_report_counts   # session 16 audit (auditzh44): 甲、乙三国, 毙伤其五十余, 50余家
from pipeline.rules.local_history_zh import find_local_history_forms   # session 14 audit (auditzh21): 驻扎一月
from pipeline.rules.year_durations_clock_hours_zh import find_time_counts   # session 21 (s21zhqty)
from pipeline.rules.early_era_years_zh import find_early_era_years   # session 21 (s21zhqty)
from pipeline.rules.month_day_battle_names_zh import find_month_day_battle_names   # session 21 (s21zhqty)
from pipeline.rules.warlord_forms_zh import find_warlord_forms   # session 14 audit (auditzh25): 政治分会, 二次北伐
from pipeline.rules.roc_war_history_zh import find_roc_war_history_forms   # session 14 audit (auditzh27): 缅甸重镇, X军用机场
from pipeline.rules.late_qing_wars_zh import find_late_qing_war_forms   # session 15 audit (auditzh33): 宗场, 靖边军右营, 广州新军
from pipeline.rules.korean_war_forms_zh import find_korean_war_forms   # session 15 audit (auditzh32): John Smith少校, 235和314高地, 1排3班
from pipeline.rules.book_forms_zh import find_book_forms   # session 15 audit (auditzh31): 叛徒张 福廷 (OCR space)
from pipeline.rules.behind_lines_zh import find_behind_lines_forms   # session 15 audit (auditzh38): 第八分区, 第15警备队
from pipeline.rules.campaign_place_lists_zh import find_campaign_place_lists   # session 15 audit (auditzh34): 王家厂、仁和坪地区
from pipeline.rules.roc_memoir_forms_zh import find_roc_memoir_forms   # session 15 audit (auditzh35): 廿七年秋, 補充團某某部
from pipeline.rules.org_event_forms_zh import find_org_event_forms   # session 16 audit (auditzh41): 同盟会中部总会, 国民党三大
from pipeline.rules.count_forms_zh import find_count_forms   # session 17 audit (auditzh52): 1 800里, chronicle 春,
from pipeline.rules.unit_qualifier_runs_zh import find_qualifier_runs   # session 16 (auditzh42): 独立山炮第2联队, 第三,第六军, 冀热辽30旅66团
from pipeline.rules.landform_names_zh import find_landform_names   # session 16 audit (auditzh40): 白台山, X渡口, 米花山、Y岭、Z岭
from pipeline.rules.org_event_heads_zh import find_org_event_heads   # session 16 r2 (auditzh48): 国民党二届三中全会, 国会, 保路运动
from pipeline.rules.landform_frames_zh import find_landform_frames   # session 16 audit (auditzh45): X山位于, X山上, X山脉, X河、Y河等
from pipeline.rules.site_names_zh import find_site_names   # session 16 round 2 (auditzh46): 柳营路、同心路, X惨案纪念馆
from pipeline.rules.unit_boundaries_zh import find_unit_boundaries   # session 17 (auditzh51): 第一二九师从, 简称X或Y, 18A
from pipeline.rules.unit_headquarters_extents_zh import find_unit_headquarters_extents   # session 19 (s19zhunit): 营部, 直属炮兵团, 野战军第9纵
from pipeline.rules.quoted_numbered_bodies_zh import find_quoted_numbered_bodies   # session 17 (auditzh54): 简称“X”, X委员会第N次会议
from pipeline.rules.place_kinds_zh import find_place_kinds   # session 17 (auditzh53): counted forts, river islets, 所城/卫城, 距X N里
from pipeline.rules.parallel_settlements_zh import find_parallel_settlements   # session 17 (auditzh49): 文化乡和甘泉乡
from pipeline.rules.same_head_lists_zh import find_same_head_lists   # session 31 (w31zhgeo): 甲庄、乙丙庄
from pipeline.rules.mixed_settlement_lists_zh import find_mixed_settlement_lists   # session 33 (w33zhlocfac): 甲山、乙丙镇
from pipeline.rules.numeral_place_names_zh import find_numeral_place_names   # session 31 (w31zhgeo): 在三间房, 赶往一文字山
from pipeline.rules.one_char_counties_zh import find_one_char_counties   # session 17 (auditzh49): 东掠潍及安邱
from pipeline.rules.county_town_abbreviations_zh import find_county_town_abbreviations   # session 17 (auditzh49): 砀山 … 砀城
from pipeline.rules.station_towns_zh import find_station_towns   # session 17 (auditzh49): 到达沟帮子站
from pipeline.rules.route_settlements_zh import find_route_settlements   # session 17 (auditzh49): 经甲沟、乙屯到达, 王家河子
from pipeline.rules.prefecture_names_zh import find_prefecture_names   # session 17 (auditzh49): 攻克宁国府 (not ORG 国府)
from pipeline.rules.person_rolls_zh import find_roll_names   # session 17 (auditzh50): 张文彬  车子元, 管 旗 邵长豪, 钱某某：副班长
from pipeline.rules.person_whole_names_zh import find_whole_names   # session 17 r3: 韩某和跟随, 校长余某午, 宫崎寅藏
from pipeline.rules.thrice_named_persons_zh import find_thrice_named_persons   # session 31 (w31zhper): a name written three times
from pipeline.rules.titled_whole_names_zh import find_banner_names, find_titled_whole_names   # session 31 (w31zhper): 总兵X力战, 侍郎X等, 巡抚+banner name
from pipeline.rules.name_collisions_zh import find_name_collisions   # session 17 (prezh6): 以蒋渭水为首, 228事件
from pipeline.rules.number_forms_zh import find_number_forms   # session 17 (prezh4): 1938.7统计表, 12个歼击航空兵师, 20余师
from pipeline.rules.place_context_frames_zh import find_context_frame_places   # session 18 (s18zhgpe): 柳泉（今…）, 柳湾守敌, 河北阜平东庄, 增城之永汉、正果
from pipeline.rules.titled_place_names_zh import find_titled_place_names   # session 18 (s18zhgpe): 副官马通州, 县长周长安
from pipeline.rules.region_committee_glossed_names_zh import find_name_org_classes   # session 18 round 2 (r18zhname): 中共X边区委员会
from pipeline.rules.pass_village_forms_zh import find_pass_village_forms   # session 18 r2 (r18zhplace): 直至青龙关, 吴家洼子村
from pipeline.rules.state_dynasty_names_zh import find_state_dynasty_names   # session 30 (s30zhgeo): 大清帝国, 清王朝
from pipeline.rules.person_bracket_aliases_zh import find_person_glosses   # session 19 (s19zhper): 周甲(周乙), 索王(索某)
from pipeline.rules.jp_ranked_surnames_zh import find_jp_ranked_surnames   # session 19 (s19zhper): 渡边大佐
from pipeline.rules.ranked_courtesy_band_names_zh import find_ranked_courtesy_band_names   # session 20 (s20zhper): 藤原某少将, 。字某，号某
from pipeline.rules.courtesy_alias_kin_names_zh import find_courtesy_alias_kin_names   # session 21 (s21zhper): ，字某，号某; 又名; kin; 某某帝; JP full names; TOC lines
from pipeline.rules.described_passes_landforms_zh import find_pass_landform_kinds   # session 19 (s19zhloc): passes called passes
from pipeline.rules.strike_digit_date_events_zh import find_strike_digit_date_events   # session 19 (s19zhevt): 某港海员大罢工, “9·18”事变
from pipeline.rules.new_army_chain_extents_zh import find_new_army_chain_extents   # session 20 (s20zhunit): New Army chains, HQ guard units
from pipeline.rules.bare_new_army_kind_units_zh import find_bare_new_army_kind_units   # session 21 (s21zhunit): bare 协/标, kind-named tails, comma lists
from pipeline.rules.unit_lists_gates_barracks_zh import find_unit_lists_gates_barracks   # session 19 r2 (r19zhunitfac): 2、3、5纵, 该团一营, 张氏帅府
from pipeline.rules.org_left_edges_zh import find_org_left_edges   # session 19 (s19zhorg): 后入|X学堂, 某人投资|X印书馆
from pipeline.rules.mission_company_names_zh import find_mission_company_names   # session 19 (s19zhorg): 驻华公使馆, 长老会, X轮船公司, X洋行
from pipeline.rules.landform_surname_references_zh import find_landform_surnames, find_late_references   # session 19 r2 (r19zhnames): 特务福岛 is PERSON 福岛
from pipeline.rules.banner_organ_society_names_zh import find_banner_organ_society_names   # session 19 r2 (r19zhnames): X右旗, 国联理事会, 江浙同乡会
from pipeline.rules.society_firm_office_frames_zh import find_society_firm_office_frames   # session 20 (s20zhorg): 某等之X会, X票号, 设立XY局, 英租界工部局
from pipeline.rules.pass_valley_upland_frames_zh import find_pass_valley_upland_frames   # session 19 round 2 (r19zhplaces): X关那头, X江河谷, 川西山地
from pipeline.rules.cycle_years_zh import find_cycle_years   # session 20 (s20zhqty): 丁未年, 庚子年八月
from pipeline.rules.person_post_verb_frames_zh import find_person_post_verb_frames   # session 20 r2 (r20zhnames): 副师长的X有, 名为X和Y, X道+name, 日将+name
from pipeline.rules.islet_names_zh import find_islets   # session 20 (s20zhlab): 甲屿、乙屿 islets LOC
from pipeline.rules.consulate_academy_spaced_counts_zh import find_consulate_academy_spaced_counts   # session 20 r2 (r20zhorgqty): 某城总领事馆, X设治局, 书院, 356 起
from pipeline.rules.county_seat_township_forms_zh import find_county_seat_township_forms   # session 20 round 2 (r20zhplace)
from pipeline.rules.height_tower_river_shapes_zh import find_height_tower_river_shapes   # session 20 r2 (r20zhloc): 东X门高地, 九道楼子, X河自北流来, 苏皖两省
from pipeline.rules.bank_company_office_names_zh import find_bank_company_office_names   # session 21 (s21zhlab): banks by kind words, house-name firms, government offices
from pipeline.rules.cycle_gloss_calibre_counts_zh import find_cycle_gloss_calibre_counts   # session 21 (r21dates)
from pipeline.rules.lexicon_prince_viet_names_zh import find_lexicon_prince_viet_names   # session 21 (r21names): names inside lexicon names, princes, Vietnamese names, infobox tags
from pipeline.rules.pass_document_readings_zh import find_pass_document_readings   # session 21 (s21zhlab): a pass read LOC once is LOC throughout
from pipeline.rules.enclosing_names_zh import find_enclosing_names   # session 22 (s22zhenc): sites, factories, town governments
from pipeline.rules.house_name_works_zh import find_house_name_works   # session 30 (s30zhorgfac): 求新机器厂, 英商|祥生铁厂
from pipeline.rules.railway_bodies_zh import find_railway_bodies   # session 30 (s30zhorgfac): 京汉铁路总工会, 胶济铁路管理局
from pipeline.rules.place_in_other_names_zh import find_place_in_other_names   # session 21 (s21zhprec): places inside others' names
from pipeline.rules.listed_bare_unit_runs_zh import find_listed_bare_unit_runs   # session 21 r2 (r21units): 五十一、五十二标, 团部及二营, 某军区某支队
from pipeline.rules.university_landform_region_lists_zh import find_university_landform_region_lists   # session 21 r2 (r21orgloc)
from pipeline.rules.date_piece_joins_zh import find_date_piece_joins   # session 22 (s22zhext)
from pipeline.rules.post_rank_names_zh import find_post_rank_names   # session 22 (s22zhext)
from pipeline.rules.unit_arm_tails_zh import find_unit_arm_tails   # session 22 (s22zhext)
from pipeline.rules.qualified_unit_lists_zh import find_qualified_unit_lists   # session 22 (s22zhext)
from pipeline.rules.paired_formation_counts_zh import find_paired_formation_counts   # session 22 (s22zhext)
from pipeline.rules.night_durations_zh import find_night_durations   # session 22 (s22zhext)
from pipeline.rules.local_record_names_zh import find_local_record_names   # session 22 (s22zhname)
from pipeline.rules.town_gates_zh import find_town_gates   # session 23 (s23zhfac)
from pipeline.rules.division_full_names_zh import find_division_full_names   # session 23 (s23zhfac)
from pipeline.rules.harbour_towns_zh import find_harbour_towns   # session 23 (s23zhfac)
from pipeline.rules.regional_force_chains_zh import find_regional_force_chains   # session 23 (s23zhunit)
from pipeline.rules.colloquial_counts_zh import find_colloquial_counts   # session 23 (s23zhunit)
from pipeline.rules.money_small_units_zh import find_small_money   # session 30 (s30zhqty)
from pipeline.rules.commander_named_units_zh import find_commander_named_units   # session 23 (s23zhunit)
from pipeline.rules.jp_commander_detachments_zh import find_jp_commander_detachments   # session 33 (w33zhmil)
from pipeline.rules.annals_halt_places_zh import find_annals_halt_places   # session 26 (s26zhgpe)
from pipeline.rules.circuit_names_zh import find_circuit_names   # session 26 (s26zhgpe)
from pipeline.rules.force_magnitude_counts_zh import find_force_magnitude_counts   # session 26 (s26zhunit)
from pipeline.rules.station_named_garrison_units_zh import find_station_named_garrison_units   # session 26 (s26zhunit)
from pipeline.rules.civic_troupe_names_zh import find_civic_troupe_names
from pipeline.rules.temples_gates_after_towns_zh import find_temples_gates_after_towns
from pipeline.rules.qing_bureau_names_zh import find_qing_bureau_names
from pipeline.rules.task_committee_names_zh import find_task_committee_names
from pipeline.rules.roads_after_verbs_zh import find_roads_after_verbs
from pipeline.rules.cross_set_org_fac_zh import find_cross_set_org_fac   # session 31 (w31zhorg)
from pipeline.rules.school_name_edges_zh import find_school_name_edges   # session 32 (w32zhorgfac)
from pipeline.rules.ancestral_hall_names_zh import find_ancestral_hall_names   # session 32 (w32zhorgfac)
from pipeline.rules.region_risings_zh import find_region_risings   # session 32 (w32zhorgfac)
from pipeline.rules.foreign_role_names_zh import find_foreign_role_names   # session 34 (w34zhper)
from pipeline.spans import Candidate

_ANY_CJK_RE = re.compile(f"[{CJK}]")


def find_written(text: str) -> list[Candidate]:
    """Candidates of every written-Chinese finder in `text` (working text)."""
    if not _ANY_CJK_RE.search(text):
        return []
    out = (find_written_dates(text) + find_written_units(text) + find_written_persons(text) + find_written_places(text)
           + find_written_orgs(text) + find_written_events_facilities(text)
           + find_unit_short_forms(text) + find_person_post_names(text) + find_war_episodes(text)
           + find_settlement_frames(text) + find_river_counties(text) + find_hill_positions(text)
           + find_region_columns(text) + find_ordinal_villages(text)
           + find_puppet_quoted_forces(text) + find_clock_days_grouped_ranges(text) + find_local_place_forms(text)
           + find_infobox_commanders(text) + find_named_events_party_rows(text) + find_landform_relatives(text)
           + find_bare_surnames(text) + find_orgs_before_posts(text)
           + find_unit_group_names(text) + find_faction_wars(text) + find_taken_place_lists(text)
           + find_faction_person_lists(text) + find_month_day_clocks(text) + find_fortress_names(text)
           + find_interlanguage_dotted_names(text) + find_latitude_parallels(text)
           + find_person_command_frames(text) + find_formation_counts(text) + find_field_army_short_names(text)
           + find_abbreviated_echelon_chains(text)
           + find_settlement_battle_names(text) + find_railway_abbreviation_lists(text) + find_security_commands(text)
           + find_taken_provinces_towns(text) + find_month_pairs(text) + find_divided_state_armies(text)
           + find_qing_post_names(text) + find_country_war_battle_names(text) + find_qing_drilled_armies(text)
           + find_roc_bare_years(text) + find_unfamiliar_landforms(text) + find_village_lists(text)
           + find_glossed_cycle_years(text) + find_joint_campaigns(text)
           + find_bare_designation_units(text) + find_person_clause_frames(text) + find_committee_school_names(text)
           + find_place_gloss_frames(text) + find_same_month_days(text) + find_ordinal_expeditions(text)
           + find_islands_battles(text) + find_numeral_list_units(text) + post_persons(text) + foreign_persons(text)
           + find_wharves_airfields(text) + find_garrison_commands(text) + find_zi_villages(text)
           + find_named_positions(text) + find_named_hilltops(text) + find_infobox_post_names(text)
           + find_direction_places(text) + find_within_counts(text)
           + find_action_names(text))
    found = (out + find_references(text, out) + find_landforms(text) + find_routes(text)
             + find_framed_places(text) + find_temperatures(text) + find_each_counts(text)
             + find_recall_signals(text, out) + find_span_edges(text, out) + find_qing_forms(text, out)
             + find_towns(text) + find_event_names(text) + find_era_year_glosses(text)
             + find_narrative_names(text) + find_numeral_given_names(text) + find_village_frames(text) + find_district_units(text)
             + find_list_persons(text, []) + find_water_mouths(text) + find_interlanguage_repeats(text)
             + find_settlement_names(text) + find_base_area_forms(text)
             + find_foreign_forces(text) + find_jp_surname_repeats(text) + find_collab_forces(text)
             + find_roc_years(text) + find_dotted_names(text) + find_ranked_names(text)
             + find_counted_villages(text) + find_glossed_foreign_names(text) + find_air_groups(text)
             + find_service_schools(text) + find_foreign_ranked_names(text) + find_independent_subunits(text)
             + find_body_forces(text) + find_designation_frames(text) + find_settlement_suffixes(text)
             + find_qualified_forces(text) + find_grad_cities(text) + find_gloss_listed_persons(text)
             + find_soviet_units(text) + find_titled_list_names(text) + find_ocean_parts(text)
             + find_initial_dotted_names(text) + find_roc_forces(text)
             + find_year_of_month(text) + find_chronicle_forms(text)
             + find_campaign_forms(text) + find_echelon_counts(text) + find_commemoration_forms(text) + find_border_war_places(text)
             + find_foreign_war_forms(text) + find_citation_forms(text) + find_ming_qing_war_forms(text)
             + find_guerrilla_forms(text)
             + find_local_history_forms(text)
             + find_career_forms(text) + find_warlord_forms(text) + find_roc_war_history_forms(text)
             + find_civil_war_forms(text) + find_landing_forces(text) + find_forum_forms(text)
             + find_late_qing_war_forms(text)
             + find_korean_war_forms(text)
             + find_book_forms(text)
             + find_behind_lines_forms(text)
             + find_biography_forms(text)
             + find_person_frames(text)
             + find_region_names(text) + find_special_districts(text)
             + find_campaign_place_lists(text)
             + find_roc_memoir_forms(text)
             + find_org_event_forms(text) + find_count_forms(text) + find_context_frame_places(text) + find_titled_place_names(text) + find_name_org_classes(text)
             + find_pass_village_forms(text) + find_pass_landform_kinds(text) + find_state_dynasty_names(text)
             + find_report_counts(text)
             + find_qualifier_runs(text)
             + find_landform_names(text)
             + find_org_event_heads(text)
             + find_landform_frames(text)
             + find_site_names(text)
             + find_unit_boundaries(text)
             + find_quoted_numbered_bodies(text)
             + find_place_kinds(text)
             + find_parallel_settlements(text) + find_same_head_lists(text) + find_mixed_settlement_lists(text) + find_numeral_place_names(text) + find_one_char_counties(text)
             + find_county_town_abbreviations(text) + find_station_towns(text)
             + find_route_settlements(text) + find_prefecture_names(text)
             + find_roll_names(text) + find_name_collisions(text) + find_whole_names(text) + find_titled_whole_names(text) + find_banner_names(text) + find_thrice_named_persons(text) + find_person_glosses(text) + find_jp_ranked_surnames(text) + find_ranked_courtesy_band_names(text)
             + find_number_forms(text) + find_place_rolls(text)
             + find_terrain_frames(text)
             + find_count_edges(text) + find_business_conferences(text) + find_settlement_risings(text)
             + find_facility_frames(text) + find_same_head_bearing_settlements(text)
             + find_unit_headquarters_extents(text)
             + find_strike_digit_date_events(text) + find_unit_lists_gates_barracks(text)
             + find_landform_surnames(text) + find_banner_organ_society_names(text)
             + find_pass_valley_upland_frames(text) + find_cycle_years(text)
             + find_new_army_chain_extents(text)
             + find_society_firm_office_frames(text)
             + find_islets(text) + find_consulate_academy_spaced_counts(text)
             + find_person_post_verb_frames(text)
             + find_county_seat_township_forms(text)
             + find_height_tower_river_shapes(text)
             + find_courtesy_alias_kin_names(text)   # courtesy_alias_kin_names_zh, session 21 (s21zhper)
             + find_bare_new_army_kind_units(text)   # bare_new_army_kind_units_zh, session 21 (s21zhunit)
             + find_time_counts(text)   # year_durations_clock_hours_zh: year durations, listed clock hours (session 21, s21zhqty)
             + find_early_era_years(text)   # early_era_years_zh: Sui–Yuan era years and their glosses (session 21)
             + find_month_day_battle_names(text)   # month_day_battle_names_zh: month-day bombardments, “X”之战 (session 21, s21zhqty)
             + find_bank_company_office_names(text)   # bank_company_office_names_zh, session 21
             + find_house_name_works(text)   # house_name_works_zh: works named by their house name (session 30, s30zhorgfac)
             + find_railway_bodies(text)   # railway_bodies_zh: a railway's administration, police and unions (session 30)
             + find_former_names_short_counties(text) + find_move_destinations(text) + find_introduced_settlements(text)   # former_names_destinations_zh, session 21 (s21zhgpe)
             + find_place_in_other_names(text)   # place_in_other_names_zh, session 21 (s21zhprec)
             + find_cycle_gloss_calibre_counts(text)   # cycle_gloss_calibre_counts_zh: cycle glosses, calibres, settlement counts (session 21, r21dates)
             + find_listed_bare_unit_runs(text)   # listed_bare_unit_runs_zh: bare lists, listed sub-units, district chains (session 21 r2, r21units)
             + find_lexicon_prince_viet_names(text)   # lexicon_prince_viet_names_zh: names inside lexicon names, princes, Vietnamese, infobox tags (session 21, r21names)
             + find_university_landform_region_lists(text)   # university_landform_region_lists_zh: university lists, landform pairs, regions (session 21 r2)
             + find_admin_area_words(text)   # admin_area_words_zh: joint counties, base areas by region (session 22, s22zhprec)
             + find_date_piece_joins(text)   # date_piece_joins_zh: era days with clock times, 、 roster dates, 初N lists (session 22, s22zhext)
             + find_post_rank_names(text)   # post_rank_names_zh: the name between a post in 长 and a rank (session 22, s22zhext)
             + find_unit_arm_tails(text)   # unit_arm_tails_zh: weapon-named companies after their numbered parent (session 22, s22zhext)
             + find_qualified_unit_lists(text)   # qualified_unit_lists_zh: 整编八、十三师 (session 22, s22zhext)
             + find_paired_formation_counts(text)   # paired_formation_counts_zh: 每师2旅4团 (session 22, s22zhext)
             + find_night_durations(text)   # night_durations_zh: 激战一夜 (session 22, s22zhext)
             + find_local_record_names(text)   # local_record_names_zh: villages, communes, native places, Qing records (session 22, s22zhname)
             + find_town_gates(text)   # town_gates_zh: 某县西门, 守住了西门 (session 23, s23zhfac)
             + find_division_full_names(text)   # division_full_names_zh: districts the gazetteer lacks (session 23, s23zhfac)
             + find_harbour_towns(text)   # harbour_towns_zh: a known town + 港 (session 23, s23zhfac)
             + find_regional_force_chains(text)   # regional_force_chains_zh: force + region + units, 分区 kind units, 镇 lists (session 23, s23zhunit)
             + find_colloquial_counts(text)   # colloquial_counts_zh: 千把人, 百儿八十人, 一整天 (session 23, s23zhunit)
             + find_small_money(text)   # money_small_units_zh: 1角2分, 菜金9角, 2.2分钱, 7-9分钱 (session 30, s30zhqty)
             + find_commander_named_units(text)   # commander_named_units_zh: 敌X某某旅, X某某骑兵团 (session 23, s23zhunit)
             + find_jp_commander_detachments(text)   # jp_commander_detachments_zh: X炮兵部队, X护卫小队, 山下大队 (session 33, w33zhmil)
             + find_edict_names(text)   # edict_names_zh: names of Qing edicts and memorials, Mongol names by their morphemes (session 23, s23zhname)
             + find_settlement_verb_frames(text)   # settlement_verb_frames_zh: villages after verbs of movement and counties, 甯 places (session 23, s23zhname)
             + find_led_by_names(text)   # led_by_names_zh: the leader in 在X带领下 (session 23, s23zhname)
             + find_taboo_given_names(text)   # taboo_given_names_zh: the name after 讳 in genealogies and epitaphs (session 24, s24zhper)
             + find_armed_societies(text)   # armed_societies_zh: 红枪会, 某县大刀会, 坎字团, 洪门 (session 24, s24zhunit)
             + find_cyclic_year_events(text)   # cyclic_year_events_zh: 甲午中日之役, 癸丑讨袁之役 (session 24, s24zhunit)
             + find_green_standard_commands(text)   # green_standard_commands_zh: X镇总兵, X协副将, X镇标 (session 24, s24zhunit)
             + find_leader_named_risings(text)   # leader_named_risings_zh: 山东某某某起义 → 某某某起义 (session 24, s24zhunit)
             + find_unrest_names(text)   # unrest_names_zh: 长沙抢米风潮, 某县抗捐风潮 (session 24, s24zhunit)
             + find_cause_army_ordinals(text)   # cause_army_ordinals_zh: 护国第一军, 靖国第二军 (session 24, s24zhunit)
             + find_place_word_boundaries(text)   # place_word_boundaries_zh: 云南省|河口县, 湖南|乡勇, 甲、乙各县 members (session 24, s24zhloc)
             + find_heritage_site_names(text)   # heritage_site_names_zh: 某某抗英遗址, 某某公园 (session 24, s24zhloc)
             + find_foreign_polities(text) + find_qing_county_stems(text)   # foreign_polities_zh: 明史/清史稿 foreign states; qing_county_stems_zh: 退回良乡 (session 24, s24zhtown)
             + find_place_forces(text)   # place_kind_force_names_zh: 某省防军, 吉东游击队, 某县靖卫大队, 某地游击纵队, 某国义勇队 (session 25; one grammar since session 26, s26speed)
             + find_lodging_houses(text) + find_village_named_events_bodies(text) + find_numbered_works_gates_compounds(text) + find_force_liaison_offices(text)   # lodging_house_names_zh: 甲乙饭店; village_named_events_bodies_zh: 甲家庄惨案, 乙村农会; numbered_works_gates_compounds_zh: 第二十一工厂, 从甲乙门; force_liaison_offices_zh: 八路军驻甲办事处 (session 25, s25zhfac)
             + find_located_places(text)   # located_places_zh: 甲乙州 prefectures, 某省西北部的X, 城东十八里X (session 25, s25zhgpe)
             + find_leaders_after_forces(text)   # leader_after_force_names_zh: 某军甲乙丙部, 伪甲乙丙部 (session 25, s25mine)
             + find_home_kin_names(text)   # person_home_kin_frames_zh: names before 家中, 的+kin, 领导的; 个叫X的+person (session 25, s25zhper)
             + find_annals_halt_places(text) + find_circuit_names(text)   # annals_halt_places_zh: 战于X，败退X，退驻X。 bare towns; circuit_names_zh: 甲省乙丙道, X道改为Y道 (session 26, s26zhgpe)
             + find_roster_form_names(text)   # person_roster_forms_zh: N岁的X、, 李氏/张王氏, kin rosters, XY公, X教士 (session 26, s26zhper)
             + find_force_magnitude_counts(text) + find_station_named_garrison_units(text)   # force_magnitude_counts_zh: 百万大军 → 百万; station_named_garrison_units_zh: 中国驻屯步兵第一联队 (session 26, s26zhunit)
             + find_place_security_units(text)   # place_security_units_zh: 某省保安二团, 某县保安第一大队 (session 26, s26zhorg)
             + find_water_works_quoted_structures(text)   # water_works_quoted_structures_zh: 跃进水库, “某某桥” (session 26, s26zhorg)
             + find_place_disaster_attack_events(text)   # place_disaster_attack_events_zh: 某地细菌战, 某地大地震 (session 26, s26zhorg)
             + find_township_post_names(text) + find_local_post_names(text) + find_long_village_names(text) + find_road_end_places(text)   # township_post_names_zh: 甲乙区区长, 八里乡, 甲乙区（四区）, 将甲乙区改称; local_post_names_zh: 团总甲乙丙, 县长甲乙丙; long_village_names_zh: 甲乙丙丁村; road_end_places_zh: 修筑甲乙至丙丁的公路 (session 27, s27zhname)
             + find_settlement_named_landforms(text)   # settlement_named_landforms_zh: 甲乙河, 甲乙口, 甲江口 (session 27, s27zhprec)
             + find_county_bearing_regions(text)   # county_bearing_regions_zh: 甲县 … 甲东, 甲西平原 (session 28, s28zhlab)
             + find_stoplisted_county_mentions(text)   # stoplisted_county_mentions_zh: 江山县 … 直指江山 (session 28, s28zhlab)
             + find_quoted_nicknames(text) + find_appointed_post_names(text)   # quoted_nicknames_zh: 报号“甲乙丙”; appointed_post_names_zh: 由甲乙任处长 (session 28, s28zhper)
             + find_village_named_forces(text)   # village_named_forces_zh: 甲家坪保卫团, 乙庄民团, 丙河镇自卫团 (session 28, s28zhunit)
             + find_clergy_names(text)   # clergy_names_zh: 甲乙法师, 住持丙丁和尚, 释戊己 (session 29, s29zhper)
             + find_title_vouched_names(text)   # title_vouched_names_zh: 甲乙先生, 甲乙丙烈士, 甲乙丙上将 (session 32, w32zhper)
             + find_traditional_measure_chains(text)   # traditional_measure_chains_zh: 四两二钱, 三顷二十亩, 银三钱 (session 29, s29zhcount)
             + find_travel_place_abbreviations(text)   # travel_place_abbreviations_zh: 赴渝, 抵蓉, 由甲返乙, 在柳停留 (session 29, s29zhabbr)
             + find_chronicle_era_years(text))   # chronicle_era_years_zh: 光绪二十年 … 二十一年，; 民十三年， (session 31, w31zhunit)   # travel_place_abbreviations_zh: 赴渝, 抵蓉, 由甲返乙, 在柳停留 (session 29, s29zhabbr)
    found += find_unit_forms(text, found)
    found += find_unit_history_forms(text)
    found += find_memoir_forms(text, found)
    found += find_war_forms(text, found)
    found += find_likely_names(text, found)
    found += find_repeated_names(text, found)
    found += find_list_neighbors(text, found)
    found += find_qing_annals(text, found)
    found += find_org_left_edges(text, found) + find_mission_company_names(text, found) + find_late_references(text, found)
    found += find_pass_document_readings(text, found)   # pass_document_readings_zh, session 21
    found += find_enclosing_names(text, found)   # enclosing_names_zh: sites, factories, town governments (session 22, s22zhenc)
    found += find_glued_verb_names(text, found)   # glued_verb_names_zh: 甲乙偷牛 → 甲乙 where the page names 甲乙 alone (session 23, s23zhname)
    found += find_settlement_name_forms(text, found)   # settlement_name_forms_zh: bearing-paired villages, 今属 glosses, 向X县 (session 24, s24zhper)
    found += find_ming_qing_record_names(text)   # ming_qing_record_names_zh: temple names, Ming guard posts, kin nouns (session 24, s24zhqing)
    found += find_shared_unit_date_members(text)   # shared_unit_date_members_zh: 1944年5|、6月, 11月15|、16日 (session 25, s25zhextent)
    found += find_years_months_durations(text)   # years_months_durations_zh: 1年零3个月 one QUANTITY (session 25, s25zhextent)
    found += find_half_months(text)   # years_months_durations_zh: 半月来, 达半月之久 a duration (session 33, w33zhqtymil)
    found += find_given_name_mentions(text, found)   # given_name_mentions_zh: 甲乙丙 … 推乙丙为首 (session 25, s25mine)
    found += find_place_led_bodies(text, found) + find_quoted_body_names(text)   # place_led_body_names_zh: 甲县人民政府, 乙市工务科; quoted_body_names_zh: 设立“某某都御史署” (session 26, s26mine)
    found += find_civic_troupe_names(text) + find_temples_gates_after_towns(text) + find_qing_bureau_names(text) + find_task_committee_names(text) + find_roads_after_verbs(text)   # civic_troupe_names_zh: 成立了“某地青年服务团”; temples_gates_after_towns_zh: 某城|开元寺, 某城|小吴门; qing_bureau_names_zh: 某地善后局; task_committee_names_zh: 成立了|防空委员会; roads_after_verbs_zh: 破坏|某某坳公路 (session 28, s28zhorg)
    found += find_mass_society_names(text, found)   # mass_society_names_zh: 、某桥|分驻所, 由南区|救火会, 创建某某|农工会 (session 33, w33zhorgev)
    found += find_proper_institution_names(text, found)   # proper_institution_names_zh: 对面的|某某医院, 旧|某某书院 (session 33, w33zhorgev)
    found += find_cross_set_org_fac(text)   # cross_set_org_fac_zh: 党中央 ORG, 鼓楼东街/局前街 side-named streets FAC (session 31, w31zhorg)
    found += find_school_name_edges(text) + find_ancestral_hall_names(text) + find_region_risings(text)   # region_risings_zh: 冀东人民抗日大暴动, 桂东南抗日武装起义 EVENT; ancestral_hall_names_zh: 某乡|金一祠, 村旁|火星祠堂 FAC; school_name_edges_zh: 某县|私立某某中学 in, 某省|, 某乡|某某中学 out (session 32, w32zhorgfac)
    found += find_foreign_role_names(text)   # foreign_role_names_zh: 法国主教|X, 英国人|X, 传教士|X（英）, X乘军舰 (session 34, w34zhper)
    found += find_found_name_surnames(text, found)   # person_bare_surnames_zh: 岳维峻 … 岳 … 岳维峻, a name other finders read, repeated (session 30, s30zhper)
    found += find_force_place_subunits(text, found)   # force_place_subunits_zh: 某某纵队|甲乙大队, 某某大队|丙丁中队 one MIL_UNIT (session 29, s29zhlong)
    return drop_idiom_places(text, found + find_person_place_readings(text, found))   # landscape_idioms_zh: 翻山越岭 holds no place (session 28, s28zhlab)

