"""English finder: all nine labels in English text with precompiled patterns and lexicons.

`find_english(text)` returns non-overlapping candidates with their norm filled
(DATE/QUANTITY/MIL_UNIT values in the same vocabulary as the Chinese
normalisers; places carry their Chinese name in norm["zh"]). Articles stay
outside spans (patterns start at a capital, ordinal or number; a leading
"The " is trimmed). Chinese characters inside English text are left to the
Chinese finders (run them on pipeline.lang.cjk_runs).

This module is the wiring: the generators (`_GENERATORS`, each `generate(piece, out)` on one paragraph) and the
passes over the whole document in `find_english`. The shared grammar is in english_grammar, the first
generators in english_base_generators, romanised syllables in english_syllables, the paragraph machinery and
the resolution of overlaps in english_paragraphs; the other families in the english_* modules imported below.
"""

from __future__ import annotations

from pipeline.rules.english_numbers import find_dates, find_quantities
from pipeline.rules.english_orgs import find_orgs as _orgs
from pipeline.rules.english_persons import find_persons_extra
from pipeline.rules.english_units import find_units_extra
from pipeline.rules.english_infobox import find_infobox
from pipeline.rules.english_prose import bare_unit_mentions, find_prose
from pipeline.rules.english_code_names import find_code_names   # session 6 (real-dev6-en)
from pipeline.rules.english_unit_rows import find_unit_rows   # session 6 (real-dev6-en)
from pipeline.rules.english_theatres_waters import find_theatres_waters   # session 6 (real-dev6-en)
from pipeline.rules.english_figure_forms import find_figure_forms   # session 6 (real-dev6-en)
from pipeline.rules.english_bracket_macron_names import find_bracket_macron_names   # session 6 (real-dev6-en)
from pipeline.rules.english_memorials import find_memorials   # session 6 (real-dev6-en)
from pipeline.rules.english_operation_headings import find_operation_headings   # session 6 (real-dev6-en)
from pipeline.rules.english_region_garrison_forces import find_region_garrison_forces   # session 6 (real-dev6-en)
from pipeline.rules.english_sides_and_chains import before_sides   # session 6 (real-dev6-en): after resolution
from pipeline.rules.english_arm_regiments import find_arm_regiments   # session 6 (real-dev7-en)
from pipeline.rules.english_clock_ocr_dates import find_clock_ocr_dates   # session 6 (real-dev7-en)
from pipeline.rules.english_embassy_press_orgs import find_embassy_press_orgs   # session 6 (real-dev7-en)
from pipeline.rules.english_peak_compass_places import find_peak_compass_places   # session 6 (real-dev7-en)
from pipeline.rules.english_caps_rank_names import caps_surname_mentions, find_caps_rank_names   # session 6 (real-dev7-en)
from pipeline.rules.english_lower_case_heads import find_lower_case_heads   # session 6 (real-dev7-en)
from pipeline.rules.english_glued_words import find_glued_words   # session 6 (real-dev7-en)
from pipeline.rules.english_capital_runs import find_capital_runs   # session 6 (real-dev8-en)
from pipeline.rules.english_nation_forces import find_nation_forces   # session 6 (real-dev8-en)
from pipeline.rules.english_designation_lists import find_designation_lists   # session 6 (real-dev8-en)
from pipeline.rules.english_figure_forms import find_figures_citations   # session 6 (real-dev8-en)
from pipeline.rules.english_lower_case_heads import find_border_crises   # session 6 (real-dev8-en)
from pipeline.rules.english_theatres_waters import find_plural_straits   # session 6 (real-dev8-en)
from pipeline.rules.english_embassy_press_orgs import find_lower_case_magazines   # session 6 (real-dev8-en)
from pipeline.rules.english_bracket_macron_names import find_diacritic_ranked_names   # session 6 (real-dev8-en)
from pipeline.rules.english_hyphen_participle_names import find_hyphen_participle_names   # session 6 (real-dev8-en)
from pipeline.rules.english_syllable_places import find_syllable_places   # session 6 (real-dev8-en)
from pipeline.rules.english_acronym_aliases import acronym_alias_mentions   # session 6 (real-dev8-en)
from pipeline.rules.english_castle_harbour_era_forms import find_castle_harbour_era_forms, finish_castle_harbour_era_forms
from pipeline.rules.english_equipment_counts import find_equipment_counts
from pipeline.rules.english_gloss_aliases import find_gloss_aliases
from pipeline.rules.english_label_checks import find_label_checks
from pipeline.rules.english_cjk_ranked_names import find_cjk_ranked_names
from pipeline.rules.english_war_forms import find_war_forms
from pipeline.rules.english_slash_army_abbrev_units import find_slash_army_abbrev_units
from pipeline.rules.english_structures import find_structures
from pipeline.rules.english_surname_verbs import find_surname_verbs
from pipeline.rules.english_autonomous_places import find_autonomous_places
from pipeline.rules.english_named_forces import find_area_armies, find_named_forces
from pipeline.rules.english_regimental_forms import find_regimental_forms
from pipeline.rules.english_abbreviated_units import find_abbreviated_units
from pipeline.rules.english_span_edges import find_span_edges
from pipeline.rules.english_world_cities import find_world_cities
from pipeline.rules.english_period_forms import find_period_forms
from pipeline.rules.english_state_regiments_schools import find_state_regiments_schools
from pipeline.rules.english_vessels_styles_partners import find_vessels_styles_partners
from pipeline.rules.english_language_tag_names import find_language_tag_names
from pipeline.rules.english_court_bodies import find_court_bodies
from pipeline.rules.english_clock_hours_order_numbers import find_clock_hours_order_numbers
from pipeline.rules.english_aircraft_name_counts import find_aircraft_name_counts
from pipeline.rules.english_line_regiment_titles import find_line_regiment_titles
from pipeline.rules.english_lone_given_names import find_lone_given_names
from pipeline.rules.english_war_diary_names import find_war_diary_names
from pipeline.rules.english_war_diary_places import find_war_diary_places
from pipeline.rules.english_german_designations_armies_of import find_german_designations_armies_of
from pipeline.rules.english_battalion_short_titles import find_battalion_short_titles
from pipeline.rules.english_subunit_joins import find_subunit_joins
from pipeline.rules.english_short_name_variants import find_short_name_variants
from pipeline.rules.english_romance_unit_designations import find_romance_unit_designations
from pipeline.rules.english_aim_named_bodies import find_aim_named_bodies   # session 30 (s30enunit)
from pipeline.rules.english_ethiopian_titled_names import find_ethiopian_titled_names
from pipeline.rules.english_arabic_particle_names import find_arabic_particle_names
from pipeline.rules.english_arabic_place_prefixes import find_arabic_place_prefixes
from pipeline.rules.english_iberian_place_names import find_iberian_place_names
from pipeline.rules.english_dedicated_buildings import find_dedicated_buildings
from pipeline.rules.english_settlement_frame_labels import find_settlement_frame_labels
from pipeline.rules.english_head_dropped_mentions import head_dropped_mentions
from pipeline.rules.english_dotted_acronyms import find_dotted_acronyms
from pipeline.rules.english_events_of_places import find_events_of_places
from pipeline.rules.english_article_durations import find_article_durations
from pipeline.rules.english_lifespan_names import find_lifespan_names
from pipeline.rules.english_called_places_irish_counties import find_called_places_irish_counties
from pipeline.rules.english_place_list_members import find_place_list_members
from pipeline.rules.english_ranked_surnames import find_ranked_surnames
from pipeline.rules.english_particle_surnames import find_particle_surnames
from pipeline.rules.english_person_list_members import find_person_list_members
from pipeline.rules.english_dispatch_forms import find_dispatch_forms
from pipeline.rules.english_command_forms import find_command_forms
from pipeline.rules.english_translated_names import find_translated_names
from pipeline.rules.english_mononyms import find_mononyms
from pipeline.rules.english_risings import find_risings
from pipeline.rules.english_designations import find_designations
from pipeline.rules.english_landform_names import find_hill_bare_mentions, find_landform_names
from pipeline.rules.english_event_forms import find_event_forms
from pipeline.rules.english_org_heads import find_org_heads
from pipeline.rules.english_burmese_indian_names import find_burmese_indian_names
from pipeline.rules.english_work_heads import find_work_heads
from pipeline.rules.english_possessive_titled_names import (   # session 10 (auditen1)
    find_hyphen_accented_names, find_named_called_persons, find_possessive_titled_names, full_name_mentions,
)
from pipeline.rules.english_clock_ocr_dates import find_caps_dates   # session 10 (auditen1)
from pipeline.rules.english_headed_appositive_places import find_headed_appositive_places, find_vietnamese_river_banks   # session 10
from pipeline.rules.english_embassy_press_orgs import find_correspondent_papers   # session 10 (auditen1)
from pipeline.rules.english_wade_giles_marks import aspiration_marks   # session 10 (auditen1)
from pipeline.rules.english_wade_giles_marks import wade_giles_marks
from pipeline.rules.english_wrapped_lines import wrapped_line_joins   # session 31 (w31en)
from pipeline.rules.english_cardinal_units import find_cardinal_units
from pipeline.rules.english_romanised_forms import find_romanised_forms
from pipeline.rules.english_china_forms import find_china_forms
from pipeline.rules.english_book_forms import find_book_forms, ordinal_stops
from pipeline.rules.english_person_clauses import find_person_clauses
from pipeline.rules.english_count_edges import find_count_edges
from pipeline.rules.english_small_units import find_small_units
from pipeline.rules.english_name_shapes import find_name_shapes
from pipeline.rules.english_ordinal_day_dates import find_ordinal_day_dates
from pipeline.rules.english_bare_days import find_bare_days, find_framed_days   # sessions 32 (w32enqty), 34 (w34enqty)
from pipeline.rules.english_age_predicates import find_age_predicates   # session 33 (w33enunit)
from pipeline.rules.english_capitalised_plural_counts import find_capitalised_plural_counts   # session 33 (w33enunit)
from pipeline.rules.english_event_ordinals import find_numbered_battles   # session 34 (w34enunit)
from pipeline.rules.english_villages import find_villages
from pipeline.rules.english_korea_forms import find_korea_forms
from pipeline.rules.english_encyclopedia_forms import document_mentions, find_encyclopedia_forms
from pipeline.rules.english_unstopped_ranks import find_unstopped_ranks
from pipeline.rules.english_reference_units import find_reference_units
from pipeline.rules.english_reference_marks import find_reference_marks
from pipeline.rules.english_numbered_places import find_numbered_places
from pipeline.rules.english_tone_marks import find_tone_marks
from pipeline.rules.english_wade_giles_forms import find_wade_giles_forms
from pipeline.rules.english_campaign_forms import find_campaign_forms
from pipeline.rules.english_late_qing_forms import find_late_qing_forms
from pipeline.rules.english_victorian_regiments import find_victorian_regiments
from pipeline.rules.english_place_context import find_place_context
from pipeline.rules.english_river_event_frames import find_river_and_event_frames
from pipeline.rules.english_newspaper_forms import find_newspaper_forms
from pipeline.rules.english_unit_forms import find_unit_forms
from pipeline.rules.english_person_org_forms import find_person_org_forms
from pipeline.rules.english_bare_surnames import find_bare_surnames
from pipeline.rules.english_spelled_ordinal_units import find_spelled_ordinal_units
from pipeline.rules.english_ship_crew_money_counts import find_ship_crew_money_counts
from pipeline.rules.english_demonym_strait_pass_forms import find_demonym_strait_pass_forms
from pipeline.rules.english_month_day_events import find_month_day_events
from pipeline.rules.english_regiment_titles_route_armies import find_regiment_titles_route_armies
from pipeline.rules.english_east_asian_names import east_asian_mentions, find_east_asian_names
from pipeline.rules.english_precision_guards import find_precision_guards
from pipeline.rules.english_compound_ranks import find_compound_rank_names   # session 17 r3 (r3en)
from pipeline.rules.english_royal_colonial_units import find_numbered_volunteers   # session 17 r3 (r3en)
from pipeline.rules.english_event_ordinals import find_country_war_names   # session 17 r3 (r3en)
from pipeline.rules.english_command_forms import find_command_adjectives   # session 17 r3 (r3en)
from pipeline.rules.english_saint_forts import find_saint_forts   # session 17 r3 (r3en)
from pipeline.rules.english_embassy_press_orgs import find_city_newspapers   # session 17 r3 (r3en)
from pipeline.rules.english_chambers_pacts_movements import find_chambers_pacts_movements
from pipeline.rules.english_death_of_names import find_death_of_names   # session 18 r2 (r18en)
from pipeline.rules.english_royal_colonial_units import find_royal_colonial_units   # session 18 r2 (r18en)
from pipeline.rules.english_event_ordinals import find_event_ordinals   # session 18 r2 (r18en)
from pipeline.rules.english_chambers_pacts_movements import find_library_museum_bodies   # session 18 r2 (r18en)
from pipeline.rules.english_boundary_lines import find_boundary_lines   # session 18 r2 (r18en)
from pipeline.rules.english_company_forces import find_company_forces   # session 18 r2 (r18en)
from pipeline.rules.english_place_battles_fronts import find_place_battles_fronts
from pipeline.rules.english_artillery_provisional_units import find_artillery_provisional_units
from pipeline.rules.english_event_ordinals import find_wars_of_year   # session 19 r2 (r19en)
from pipeline.rules.english_roc_prc_pairs import find_roc_prc_pairs   # session 19 r2 (r19en)
from pipeline.rules.english_name_boundaries import find_apposition_ranks, find_given_initials_doctrines   # session 19 r2 (r19en)
from pipeline.rules.english_code_names import find_code_named_forces   # session 19 r2 (r19en)
from pipeline.rules.english_slash_chain_nickname_forms import find_slash_chain_nickname_forms
from pipeline.rules.english_surnames import SURNAME_PRIORITY, known_surnames, surname_mentions  # noqa: F401
from pipeline.rules.english_lexicon import (OPERATION_CODE_NAMES, english_names, lexicon_spans,
                                            read_rows, trie_regex)
from pipeline.spans import Candidate

# names the english_* modules import from here (lazily: this module imports them): still importable here
from pipeline.rules.english_romanised_glosses_churches import find_romanised_glosses_churches
from pipeline.rules.english_reform_glued_forms import find_reform_glued_forms
from pipeline.rules.english_unit_tails_columns import find_unit_tails_columns
from pipeline.rules.english_base_generators import (LOWER_CODE_EVENT_RE, LOWER_EVENT_RE,  # noqa: F401
                                                    PINYIN_EVENT_ENDS, PINYIN_GLOSS_RE, PLACE_PAIR_RE,
                                                    PLURAL_EVENT_BEFORE_HEAD, STATE_OF_RE)
from pipeline.rules.english_cbi_forms import find_cbi_forms
from pipeline.rules.english_frontier_names import find_frontier_names
from pipeline.rules.english_arm_corps import find_arm_corps   # session 31 (w31en)
from pipeline.rules.english_base_generators import events, lexicon, mil_units, persons, place_pairs, places
from pipeline.rules.english_grammar import (CAP, CARDINAL_ECHELON, CHINESE_NAME_RE, CODE_NUMBER,  # noqa: F401
                                            COMPASS_GPES, DJOIN, ECHELON, EVENT_HEAD_RE, EVENT_NAME_BEFORE_HEAD,
                                            EVENT_RE, INNER_QUAL, JP_CODE_NAME, LOW, NAME, NAME_SEP, NATION,
                                            NOT_NAME_START, NOT_PERSON_WORDS, ORD, ORD_WORDS, PERSON_TOKEN,
                                            PLACE_SUFFIX_RE, PRIORITY, QUAL, RANK, RANK_PERSON_RE, REGION_RE,
                                            ROMAN, SINGULAR_ECHELONS, SUFFIX_LABEL, UNIT_RE, UP, D)
from pipeline.rules.english_paragraphs import add_date_values, resolve, sides_from_document, paragraph_candidates
from pipeline.rules.english_syllables import romanised_given, romanised_syllables  # noqa: F401


_GENERATORS = (mil_units, lexicon, place_pairs, find_units_extra, find_dates, find_quantities, events, places, persons, _orgs,
               known_surnames, find_villages, find_infobox, find_prose,
               find_code_names, find_unit_rows, find_theatres_waters, find_figure_forms, find_bracket_macron_names,
               find_memorials, find_operation_headings, find_region_garrison_forces)
_GENERATORS += (find_place_context,)   # unknown places by their context (english_place_context)
_GENERATORS += (find_river_and_event_frames,)   # rivers by their frame, happenings named by a place (english_river_event_frames)
_GENERATORS += (find_world_cities,)   # the world's towns of 15,000 or more standing alone: before the finders that drop names inside ships and titles (english_world_cities, session 25)
_GENERATORS += (find_unit_forms,)      # recurring unit forms (english_unit_forms)
_GENERATORS += (find_arm_regiments, find_clock_ocr_dates, find_embassy_press_orgs, find_peak_compass_places,
                find_caps_rank_names, find_lower_case_heads, find_glued_words)   # read the others' candidates (real-dev7-en)
_GENERATORS += (find_capital_runs, find_nation_forces, find_designation_lists, find_figures_citations,
                find_border_crises, find_plural_straits, find_lower_case_magazines, find_diacritic_ranked_names,
                find_hyphen_participle_names, find_syllable_places)   # capitals read again, forces by nation (real-dev8-en)
_GENERATORS += (find_castle_harbour_era_forms,)   # castles, harbours, era years, domains (english_castle_harbour_era_forms)
_GENERATORS += (find_equipment_counts,)   # counts by model or class, parts of a whole (english_equipment_counts)
_GENERATORS += (find_gloss_aliases,)   # a name's other-language forms in the parenthesis after it (english_gloss_aliases)
_GENERATORS += (find_structures,)      # buildings by their head word, units by code number (english_structures)
_GENERATORS += (find_surname_verbs,)   # a bare surname before a verb said of a person (english_surname_verbs)
_GENERATORS += (find_autonomous_places,)   # China's autonomous divisions by their head (english_autonomous_places)
_GENERATORS += (find_named_forces,)    # forces named by a place or people and their kind (english_named_forces)
_GENERATORS += (find_abbreviated_units,)   # designations with an abbreviation inside (english_abbreviated_units)
_GENERATORS += (find_east_asian_names,)   # East Asian names without a title (english_east_asian_names)
_GENERATORS += (find_designations,)   # head word + number: Force 136, B Battery, Route 1 (english_designations)
_GENERATORS += (find_landform_names, find_hill_bare_mentions,)   # Tarim Basin, Mekong Delta, Cape X, 38th parallel (english_landform_names)
_GENERATORS += (find_event_forms,)   # February 28 Incident, Doolittle raid, Sixth Plenum (english_event_forms)
_GENERATORS += (find_org_heads,)   # firms, police forces, missions, clubs by head word (english_org_heads)
_GENERATORS += (find_burmese_indian_names,)   # Aung San, U Nu, Mohan Singh (english_burmese_indian_names)
_GENERATORS += (find_work_heads,)   # naval bases, tunnels, lower-case dikes/dams/airports (english_work_heads)
_GENERATORS += (find_possessive_titled_names, find_caps_dates, find_hyphen_accented_names, find_headed_appositive_places,
                find_named_called_persons, find_correspondent_papers, find_vietnamese_river_banks)   # audited forms (session 10 on)
_GENERATORS += (find_book_forms,)   # 19th/20th-century book and despatch forms: Messrs., line-broken names (english_book_forms)
_GENERATORS += (find_encyclopedia_forms,)   # landing zones, code fronts, `X-occupied Y`, unit qualifiers (english_encyclopedia_forms)
_GENERATORS += (find_unstopped_ranks,)   # ranks and initials without full stops: Lt Col HS Dhingra (english_unstopped_ranks)
_GENERATORS += (find_reference_units,)   # Pakistan Army, 9th Horse, 31st Fortified Region (english_reference_units)
_GENERATORS += (find_reference_marks,)   # glued KIA marks, tanks named after generals (english_reference_marks)
_GENERATORS += (find_numbered_places,)   # Battle of Hill 881, Route Coloniale 4, RC4 (english_numbered_places)
_GENERATORS += (find_tone_marks,)   # Pinyin with its tone marks: Jílín, Chángshā (english_tone_marks)
_GENERATORS += (find_person_clauses,)   # persons by `, who` and by coordination, titles read as names (english_person_clauses)
_GENERATORS += (find_count_edges,)   # story-opener `one day`, reflexive words after counts (english_count_edges)
_GENERATORS += (find_small_units,)   # numbered platoons with their company (english_small_units)
_GENERATORS += (find_name_shapes,)   # Russian surnames in -off/-eff/-vitch, followers' plurals no place (english_name_shapes)
_GENERATORS += (find_ordinal_day_dates,)   # `the 24th day of October, 1943` (english_ordinal_day_dates)
_GENERATORS += (find_cardinal_units,)   # 15 Mountain Battery, 80 Para Field Ambulance (english_cardinal_units)
_GENERATORS += (find_romanised_forms,)   # General TWAN, Generals A and B, Ta-yin Shan, the Sha-ho (english_romanised_forms)
_GENERATORS += (find_china_forms,)   # the Lung-Hai and Peiping-Hankow railways (english_china_forms)
_GENERATORS += (find_area_armies,)   # the IJA's area armies by region: the Southern Area Army (english_named_forces)
_GENERATORS += (find_regimental_forms,)   # B and C Companies, 59th (2nd Nottinghamshire) Regiment of Foot (english_regimental_forms)
_GENERATORS += (find_wade_giles_forms,)   # X hsien, T'ung-meng-hui, Yueh-chün, Ch'angte, service schools (english_wade_giles_forms)
_GENERATORS += (find_campaign_forms,)   # numbered theatres, `X Department` forces, creeks, ` - ` datelines (english_campaign_forms)
_GENERATORS += (find_late_qing_forms,)   # `between N and M men`, Admiral Lespès, six machine-guns, till the 23d (english_late_qing_forms)
_GENERATORS += (find_korea_forms,)   # Outpost Harry, Camp McGill, the X-Y area split (english_korea_forms)
_GENERATORS += (find_victorian_regiments,)   # 55th Foot, 37th Madras N.I., Bengal Volunteers, the Lemma passage (english_victorian_regiments)
_GENERATORS += (find_newspaper_forms,)   # year-shaped counts after verbs of killing and taking (english_newspaper_forms)
_GENERATORS += (find_cjk_ranked_names,)   # Latin names beside a Chinese rank: John Smith少校 (english_cjk_ranked_names)
_GENERATORS += (find_cbi_forms,)   # 1939-03-XX, May '43, Twenty Third Army, Howard AFB, Ft Lewis (english_cbi_forms)
_GENERATORS += (find_war_forms,)   # Japanese units named by a commander, `X and Y mountains` (english_war_forms)
_GENERATORS += (find_slash_army_abbrev_units,)   # 1/7 Cav, 5th/16th Brigade, 7th ARVN Cavalry, the X massif, Red Beach (english_slash_army_abbrev_units)
_GENERATORS += (find_person_org_forms,)   # titles inside names, kin appositions, governments of X (english_person_org_forms)
_GENERATORS += (find_bare_surnames,)   # bare Western surnames by a person's predicate (english_bare_surnames)
_GENERATORS += (find_spelled_ordinal_units,)   # the Fortieth and Forty-seventh were halted (english_spelled_ordinal_units, session 31 w31enper)
_GENERATORS += (find_ship_crew_money_counts,)   # 1 destroyer, 324 Hungarian crew, 8 MTBs, two 60 pounder guns (english_ship_crew_money_counts)
_GENERATORS += (find_demonym_strait_pass_forms,)   # demonyms read as places dropped, Straits of X, Haji Pir pass (english_demonym_strait_pass_forms)
_GENERATORS += (find_month_day_events,)   # the January 28 incident, the May 30 movement: one EVENT (english_month_day_events)
_GENERATORS += (find_regiment_titles_route_armies,)   # sub-units `of` their regiment, `the 19th Route`, `the 18th (Royal Irish)` (english_regiment_titles_route_armies)
_GENERATORS += (find_mononyms,)   # one-word names by role nouns, appositions, glosses (english_mononyms)
_GENERATORS += (find_risings,)   # the Boxer Rising, the Canton Revolt, the Ili Insurrection (english_risings)
_GENERATORS += (find_precision_guards,)   # over-reads narrowed: bodies as persons, cardinal units (english_precision_guards)
_GENERATORS += (find_compound_rank_names, find_numbered_volunteers, find_country_war_names, find_command_adjectives,
                find_saint_forts, find_city_newspapers)   # Lt Gen names, volunteer units, saints' forts, city newspapers (session 17 r3)
_GENERATORS += (find_chambers_pacts_movements,)   # House of X, X Organization, X Congress, frontier agencies (english_chambers_pacts_movements)
_GENERATORS += (find_slash_chain_nickname_forms,)   # slash chains, quoted companies, RCT-N, Brigade of X (english_slash_chain_nickname_forms)
_GENERATORS += (find_death_of_names, find_royal_colonial_units, find_event_ordinals, find_library_museum_bodies,
                find_boundary_lines, find_company_forces)   # or-lists, royal regiments, colonial units, boundary lines (session 18 r2)
_GENERATORS += (find_place_battles_fronts,)   # X Battle, possessives before events, bodies of a party, town lists (english_place_battles_fronts)
_GENERATORS += (find_artillery_provisional_units,)   # numbered artillery regiments (english_artillery_provisional_units)
_GENERATORS += (find_wars_of_year, find_roc_prc_pairs, find_apposition_ranks, find_code_named_forces,
                find_given_initials_doctrines)   # War of 1899, ROC-US, ranks in appositions, ARROW Force, San Min Chu I (session 19 r2)
_GENERATORS += (find_unit_tails_columns,)   # a named unit's tail repeated, 66 Column (english_unit_tails_columns)
_GENERATORS += (find_romanised_glosses_churches,)   # glosses after bodies, religious orders, churches, county regiments (english_romanised_glosses_churches)
_GENERATORS += (find_reform_glued_forms,)   # X Reform, the second X War, glued names, the Volunteers, 4KRR (english_reform_glued_forms)
_GENERATORS += (find_state_regiments_schools,)   # state regiments, units of a named army, military schools, Campaign of X (english_state_regiments_schools, session 21)
_GENERATORS += (find_vessels_styles_partners,)   # ship names, royal styles, old postal -h names (english_vessels_styles_partners, session 21)
_GENERATORS += (find_language_tag_names,)   # a Latin name after a Chinese name and a language tag (english_language_tag_names, session 21)
_GENERATORS += (find_command_forms,)   # Gurkha regiments, pacification zones, advisory groups, division arms (english_command_forms, session 22)
_GENERATORS += (find_dispatch_forms,)   # wire agencies, romanised places after at/near (english_dispatch_forms, session 22)
_GENERATORS += (find_translated_names,)   # the Volunteer Army, the War to Resist U.S. Aggression and Aid Korea (english_translated_names, session 23)
_GENERATORS += (find_period_forms,)   # colonies, places after posts, A.I.F., Lieut. X, 18 Nian bands, 49 Grenadiers, "C" Company, X-Y line (english_period_forms, session 24)
_GENERATORS += (find_court_bodies, find_clock_hours_order_numbers, find_aircraft_name_counts)   # courts, tribunals, numbered committees, court officers, the League; HHMM hours, order-number years; nine Hudsons (english_court_bodies, english_clock_hours_order_numbers, english_aircraft_name_counts, session 24 s24enaudit)
_GENERATORS += (find_line_regiment_titles, find_lone_given_names, find_war_diary_names, find_war_diary_places)   # bracketed regiment titles, bare line numbers; given names alone before a verb; war-diary ranked caps names, unit HQs, places by bearing, routes by their ends (english_line_regiment_titles, english_lone_given_names, english_war_diary_names, english_war_diary_places, session 25 s25en)
_GENERATORS += (find_german_designations_armies_of, find_events_of_places, find_article_durations)   # German designations, armies named by a place, nations' corps, Ottoman honorifics; Congress/Massacre/Charge/Surrender of X; a week, over a month (english_german_designations_armies_of, english_events_of_places, english_article_durations, session 26 s26enunit)
_GENERATORS += (find_lifespan_names, find_called_places_irish_counties, find_place_list_members, find_ranked_surnames, find_particle_surnames)   # names before the years of their life in brackets, after the other ranks, police, Boer and foreign ranks, surnames with a capitalised particle; places after `a place called`, Irish counties after county/Co.; unknown members of lists of known places (english_lifespan_names, english_called_places_irish_counties, english_place_list_members, english_ranked_surnames, english_particle_surnames, session 27 s27enper)
_GENERATORS += (find_battalion_short_titles, find_arabic_place_prefixes, find_dotted_acronyms)   # war-diary battalions by number and short title, lettered sub-units with their regiment; Sidi/Bir/Djebel/Wadi X places; dotted acronyms of listed bodies (english_battalion_short_titles, english_arabic_place_prefixes, english_dotted_acronyms, session 27 s27enunit)
_GENERATORS += (find_subunit_joins, find_short_name_variants, find_romance_unit_designations, find_ethiopian_titled_names, find_arabic_particle_names)   # Roman-numeral battalions, late sub-unit joins to parents; first and last name of a longer name; French ordinals and Romance-language unit names; names after Ras; Arabic names with a hyphenated article (english_subunit_joins, english_short_name_variants, english_romance_unit_designations, english_ethiopian_titled_names, english_arabic_particle_names, session 28 s28enunit)
_GENERATORS += (find_iberian_place_names, find_dedicated_buildings, find_settlement_frame_labels)   # churches by dedication (english_dedicated_buildings); a LOC after town of|colony of is a GPE (english_settlement_frame_labels); Laguna/Sierra/Cerro/Isla/Rio X landforms, X de Y places in a place's frame (english_iberian_place_names, session 28 s28enorg)
_GENERATORS += (find_aim_named_bodies,)   # X Movement|Front|Union for the Liberation of Y: one ORG (english_aim_named_bodies, session 30 s30enunit)
_GENERATORS += (find_frontier_names,)   # Nguni patronymics, ranked particle names, Iberian long names, commanders' named brigades, Khel clans no person (english_frontier_names, session 30 s30enper)
_GENERATORS += (find_arm_corps,)   # corps of an arm, county yeomanry, the Mounted Infantry, the Home Guard (english_arm_corps, session 31 w31en)
_GENERATORS += (find_bare_days, find_framed_days)   # `About the 25th or 26th`, `night of the 14th-15th` (english_bare_days; after the day ranges)
_GENERATORS += (find_age_predicates, find_capitalised_plural_counts)   # `he was 19 when`, `Now 72, the veteran`, `said Andy, 66,` (english_age_predicates); `200 Queensmen`, `A thousand Arnauts` (english_capitalised_plural_counts, session 33 w33enunit)
_GENERATORS += (find_numbered_battles,)   # `at Third Ypres`, `after Second Manassas`: a battle by ordinal and place (english_event_ordinals, session 34 w34enunit)
_GENERATORS += (find_person_list_members,)   # unknown members of lists of persons: a PERSON member, a predicate of persons, a possessive force (english_person_list_members, session 34 w34enper)
_GENERATORS += (find_span_edges,)   # span edges and label conventions: edits the others' (english_span_edges)
_GENERATORS += (find_label_checks,)    # LAST: drops readings their form contradicts, adds newspapers (english_label_checks)


def find_english(text: str) -> list[Candidate]:
    """All English entities in `text`: non-overlapping candidates with norm values."""
    text = aspiration_marks(text)   # Wade-Giles aspiration typed as ` or a turned comma: one apostrophe (english_wade_giles_marks)
    text = wade_giles_marks(text)   # Wade-Giles ê and ŭ in names read plain: Tsêng Kuo-fan (english_wade_giles_marks)
    text = ordinal_stops(text)      # Victorian ordinals with a stop: the 18th. regiment (english_book_forms)
    text = wrapped_line_joins(text)   # a line end inside a hard-wrapped paragraph read as a space (english_wrapped_lines)
    chosen = resolve(paragraph_candidates(text, _GENERATORS))
    extra = surname_mentions(text, chosen) + bare_unit_mentions(text, chosen) + east_asian_mentions(text, chosen)
    extra += full_name_mentions(text, chosen)   # one reading per document for full names (english_possessive_titled_names)
    extra += document_mentions(text, chosen)   # places read by context, surnames with particles (english_encyclopedia_forms)
    extra += head_dropped_mentions(text, chosen)   # `the X` after `the X River`, `the Committee` after `the X Committee` (english_head_dropped_mentions, session 28 s28enorg)
    if extra:
        chosen = resolve(chosen + extra)
    chosen = finish_castle_harbour_era_forms(text, acronym_alias_mentions(text, chosen))
    chosen = before_sides(text, chosen)
    return caps_surname_mentions(text, add_date_values(text, sides_from_document(text, chosen)))

