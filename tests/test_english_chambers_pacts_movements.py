"""Session 18 (s18enevt), English EVENT/ORG/LOC classes: sentences written for the tests, not copied from pages."""

from tests.sentences import ents


def _has(text, surface, label):
    return (surface, label) in ents(text)


# --- a singular event head in -s (`Crisis`) is no plural head
def test_crisis_named_by_place_is_one_event():
    text = "During the Zanzibar Crisis the fleet sailed, and the Levant Missile Crisis came later."
    got = ents(text)
    assert ("Zanzibar Crisis", "EVENT") in got
    assert ("Levant Missile Crisis", "EVENT") in got
    assert ("Zanzibar", "GPE") not in got


def test_plural_heads_still_need_coordinated_names():
    text = "The Quebec and Cairo Conferences settled it."
    assert ("Quebec and Cairo Conferences", "EVENT") in ents(text)


# --- chambers, organizations, congresses and assemblies
def test_house_of_chamber_is_org():
    got = ents("The House of Lords rejected the bill, and the House of Delegates agreed.")
    assert ("House of Lords", "ORG") in got and ("House of Delegates", "ORG") in got


def test_house_of_a_family_is_no_org():
    got = ents("He was born into the House of Savoy.")
    assert not any(label == "ORG" for _, label in got)


def test_organization_is_one_org_not_a_treaty_event():
    got = ents("The Central Asia Treaty Organization met at Karachi.")
    assert ("Central Asia Treaty Organization", "ORG") in got
    assert not any(label == "EVENT" for _, label in got)


def test_national_congress_and_constituent_assembly_are_orgs():
    got = ents("The Ceylon National Congress and the Constituent Assembly of Burma met.")
    assert ("Ceylon National Congress", "ORG") in got
    assert ("Constituent Assembly of Burma", "ORG") in got


def test_numbered_party_congress_stays_an_event():
    got = ents("The 8th Party Congress opened, and the Ninth Congress followed.")
    assert not any(label == "ORG" for _, label in got)
    assert ("8th Party Congress", "EVENT") in got


# --- political agencies are territories; other agencies stay bodies
def test_frontier_and_states_agencies_are_gpe():
    got = ents("Troops entered the North-West Frontier Agency; the Western States Agency was quiet.")
    assert ("North-West Frontier Agency", "GPE") in got
    assert ("Western States Agency", "GPE") in got


def test_agency_after_a_known_place_is_gpe_but_a_news_agency_is_org():
    got = ents("The Baluchistan Agency was calm, said the Domei News Agency.")
    assert ("Baluchistan Agency", "GPE") in got
    assert ("Baluchistan Agency", "ORG") not in got
    assert ("Domei News Agency", "GPE") not in got


# --- a defined acronym takes its full name's label over a lexicon reading of another body
def test_defined_acronym_overrides_lexicon_reading():
    text = "The North-East Frontier Agency (NEFA) was quiet until troops crossed into NEFA in October."
    got = ents(text)
    assert ("North-East Frontier Agency", "GPE") in got
    assert got.count(("NEFA", "GPE")) == 2
    assert ("NEFA", "MIL_UNIT") not in got


def test_undefined_acronym_keeps_lexicon_reading():
    got = ents("In 1948 NEFA columns took Mukden.")
    assert ("NEFA", "GPE") not in got


def test_acronym_from_parts_of_a_compound_word():
    text = "The Southeast Asia Treaty Organization (SEATO) met twice; SEATO then lapsed."
    got = ents(text)
    assert got.count(("SEATO", "ORG")) == 2


# --- plural wars and lower-case accords
def test_series_of_wars_is_one_event():
    got = ents("Both Opium Wars and the three Maratha Wars weakened the courts.")
    assert ("Opium Wars", "EVENT") in got
    assert ("Maratha Wars", "EVENT") in got


def test_place_accords_lowercase_is_event():
    got = ents("Under the 1954 Geneva accords and the Potsdam conference the zones were drawn.")
    assert ("Geneva accords", "EVENT") in got
    assert ("Potsdam conference", "EVENT") in got
    assert ("1954", "DATE") in got


def test_a_rising_after_a_year_is_one_event():
    got = ents("After the 1959 Lhasa uprising the monks fled.")
    assert ("Lhasa uprising", "EVENT") in got and ("1959", "DATE") in got


def test_a_nationality_rising_after_a_year_is_not_read_here():
    got = ents("After the 1857 British revolt nothing changed.")
    assert ("British revolt", "EVENT") not in got


def test_agency_of_a_country_is_two_places():
    got = ents("Fighting spread east of Sikkim into the North-West Frontier Agency of Burma.")
    assert ("North-West Frontier Agency", "GPE") in got and ("Burma", "GPE") in got
    assert not any(label == "ORG" for _, label in got)


# --- movements, word-ordinal parallels
def test_movement_named_by_words_or_a_date_is_one_event():
    got = ents("After the April 5th Student Movement and the Save Tibet Movement, they fled.")
    assert ("April 5th Student Movement", "EVENT") in got
    assert ("Save Tibet Movement", "EVENT") in got
    assert not any(label == "DATE" for _, label in got)


def test_bare_or_aligned_movement_is_no_event():
    got = ents("Leaders of the Movement met; the Non-Aligned Movement met at Cairo.")
    assert not any(label == "EVENT" for _, label in got)


def test_word_ordinal_parallel_is_loc():
    got = ents("The line ran along the forty-ninth parallel and then the sixtieth parallel; ten parallel roads ran north.")
    assert ("forty-ninth parallel", "LOC") in got and ("sixtieth parallel", "LOC") in got
    assert not any(surface.startswith("ten") and label == "LOC" for surface, label in got)


def test_operation_in_the_army_s_own_language_is_one_event():
    got = ents("The Dutch launched Operatie Kraai in December, and the French Opération Castor came first.")
    assert ("Operatie Kraai", "EVENT") in got and ("Opération Castor", "EVENT") in got


def test_operation_word_before_lower_case_is_no_event():
    got = ents("Unternehmen der Stahlindustrie closed; the Operatie ended.")
    assert not any(label == "EVENT" for _, label in got)


def test_pact_named_by_parties_is_one_event():
    got = ents("Japan signed the Anti-Comintern Pact, and both sides cited the Kellogg-Briand Pact of 1928.")
    assert ("Anti-Comintern Pact", "EVENT") in got and ("Kellogg-Briand Pact", "EVENT") in got


def test_bare_pact_is_no_event():
    got = ents("The Pact was signed at noon.")
    assert not any(label == "EVENT" for _, label in got)


def test_great_depression_is_an_event_but_a_named_depression_a_landform():
    got = ents("During the Great Depression the caravans crossed the Qattara Depression.")
    assert ("Great Depression", "EVENT") in got
    assert ("Qattara Depression", "LOC") in got


def test_native_name_before_its_english_gloss_is_org():
    got = ents("In 1907 he joined the Sinmin Hoe (New People's Association), and later the Tongmin Hoe (Save the Nation Society).")
    assert ("Sinmin Hoe", "ORG") in got and ("New People's Association", "ORG") in got
    assert ("Tongmin Hoe", "ORG") in got and ("Save the Nation Society", "ORG") in got


def test_name_before_a_bracket_that_is_no_body_is_not_org():
    got = ents("Leaders of Sinmin Hoe (New People's Association) met, and Kim Ku (Paekbom) spoke.")
    assert ("Leaders of Sinmin Hoe", "ORG") not in got
    assert ("Kim Ku", "ORG") not in got


def test_regime_government_after_an_owner_s_possessive_is_org():
    got = ents("The collapse of Li Yuanhong’s Beiyang government and of Wang's Nanjing government followed.")
    assert ("Beiyang government", "ORG") in got and ("Nanjing government", "ORG") in got


def test_native_name_glossed_in_quotes_is_org_at_each_mention():
    got = ents('The Khana Thahan ("Soldiers\' League") struck at dawn; the Khana Thahan then ruled.')
    assert got.count(("Khana Thahan", "ORG")) == 2


def test_last_word_of_a_named_body_before_its_acronym_is_no_native_name():
    got = ents("The Combined Chiefs of Staff (Combined Staff Board) met; the Staff agreed.")
    assert ("Staff", "ORG") not in got


def test_intervention_named_by_powers_is_event_and_a_bare_one_is_not():
    got = ents("The Siberian Intervention dragged on after the Triple Intervention; the Allied Intervention was small.")
    assert ("Siberian Intervention", "EVENT") in got and ("Triple Intervention", "EVENT") in got
    assert ("Allied Intervention", "EVENT") not in got


def test_service_named_by_its_function_is_org():
    got = ents("The Chinese Maritime Customs Service and the Salt Service paid; the Army Service Corps marched.")
    assert ("Maritime Customs Service", "ORG") in got and ("Salt Service", "ORG") in got   # the demonym outside
    assert ("Army Service", "ORG") not in got


def test_yamen_without_the_sentence_article():
    got = ents("The Tsungli Yamen refused.")
    assert ("Tsungli Yamen", "ORG") in got and ("The Tsungli Yamen", "ORG") not in got


def test_affair_named_by_place_is_event():
    got = ents("The Madiun Affair of 1948 shook the Republic; the Affair ended in December.")
    assert ("Madiun Affair", "EVENT") in got
    assert ("Affair", "EVENT") not in got
