"""s28enorg (session 28): Spanish and Portuguese landform words and particles of place names
(english_iberian_place_names); churches by their dedication (english_dedicated_buildings); a LOC reading after `town of`/`colony of` (english_settlement_frame_labels);
`the X` after `the X River` and `the Committee` after `the X Committee` (english_head_dropped_mentions); peaks, caves,
lower-case regions, plural airfields and wharves by their head, `the river X` (english_grammar PLACE_SUFFIX_RE);
territories named by a word of rule (`the Sanjak of X`, english_base_generators); an army's committee or council
(english_orgs); Latin Extended-A and Vietnamese letters in place names
(english_place_context). Sentences written for these tests; the names are made up or other than the audited pages'."""

from sentences import has_span as _has, labelled as _ents


def _labels(text: str, label: str) -> list[str]:
    return [t for t, lab, _n in _ents(text) if lab == label]


# --- Spanish and Portuguese landform words and particles

def test_landform_word_before_a_name_is_one_loc():
    text = ("The rebels fell back into the Sierra de Perija, crossed the Laguna de Terminos and camped "
            "at Cerro Lagarto before the Isla de Pinos was shelled.")
    assert _has(text, "Sierra de Perija", "LOC")
    assert _has(text, "Laguna de Terminos", "LOC")
    assert _has(text, "Cerro Lagarto", "LOC")
    assert _has(text, "Isla de Pinos", "LOC")
    assert not _labels(text, "PERSON")


def test_spanish_article_before_a_landform_word_is_inside():
    text = "The volunteers failed in their attack on El Cerro de San Blas, near the river."
    assert _has(text, "El Cerro de San Blas", "LOC")


def test_known_country_or_city_with_a_landform_word_keeps_its_label():
    text = "The ship sailed from Rio de Janeiro to Sierra Leone, and the state of Rio Grande do Sul rose in revolt."
    assert _has(text, "Rio de Janeiro", "GPE")
    assert _has(text, "Sierra Leone", "GPE")
    assert _has(text, "Rio Grande do Sul", "GPE")


def test_place_with_a_particle_after_a_place_word_is_one_gpe():
    text = ("The column invaded Puerto de la Vega, then marched to Villaverde de la Sierra, "
            "and the regiment occupied the town of Cagayan de Lanao in March.")
    assert _has(text, "Puerto de la Vega", "GPE")
    assert _has(text, "Villaverde de la Sierra", "GPE")
    assert _has(text, "Cagayan de Lanao", "GPE")
    assert not _labels(text, "PERSON")


def test_person_with_a_particle_is_no_place():
    text = ("Colonel Juan de la Fuente led the column. He wrote to Ferdinand de Lesseps, and General Pio del Pilar "
            "met Vasco da Silva at dawn. Junipero Serra had built the mission.")
    assert not _labels(text, "GPE")
    assert not _labels(text, "LOC")


def test_building_or_square_with_a_particle_is_no_gpe():
    text = "The defenders held out at Casa de Campo and in the Plaza de Armas for a week."
    assert not _has(text, "Casa de Campo", "GPE")
    assert not _has(text, "Plaza de Armas", "GPE")


# --- churches by their dedication

def test_church_by_its_dedication_is_one_fac():
    text = ("The insurgents burned the Church of San Roque and the Cathedral of Our Lady of Guadalupe, "
            "and the wounded lay in the Chapel of St. Anne.")
    assert _has(text, "Church of San Roque", "FAC")
    assert _has(text, "Cathedral of Our Lady of Guadalupe", "FAC")
    assert _has(text, "Chapel of St. Anne", "FAC")
    assert not _has(text, "San Roque", "GPE")


def test_church_as_a_body_is_no_fac():
    text = "The Church of Scotland protested, and the Church of St. and others were named."
    assert not _labels(text, "FAC")


# --- the label of a name after a settlement word and `of`

def test_cape_name_after_town_of_or_colony_of_is_a_gpe():
    text = "The British colony of Cape Palmas lay east of the town of Cape Mount, beyond the Cape Verde islands."
    assert _has(text, "Cape Palmas", "GPE")
    assert _has(text, "Cape Mount", "GPE")


# --- later mentions without the head word

def test_river_named_again_without_its_head_is_the_loc():
    text = "The column crossed the river Ofin at dawn and camped beyond the Ofin for a week."
    assert _has(text, "river Ofin", "LOC")
    assert _has(text, "Ofin", "LOC")


def test_committee_named_again_without_its_name_is_the_org():
    text = ("A Navy Transport Committee had been formed in May. Once the troops sailed, the Committee drew up "
            "a schedule of convoys.")
    assert _has(text, "Navy Transport Committee", "ORG")
    assert _has(text, "Committee", "ORG")


def test_territory_named_again_by_its_word_of_rule_is_the_gpe():
    text = "Montenegrin troops entered the Sanjak of Prizren in October; the Sanjak was divided in 1913."
    assert _has(text, "Sanjak of Prizren", "GPE")
    assert _has(text, "Sanjak", "GPE")


def test_bare_committee_without_a_named_one_is_nothing():
    text = "The Committee met in May, and the Committee drew up a schedule."
    assert not _labels(text, "ORG")


# --- heads of places read by PLACE_SUFFIX_RE

def test_peak_cave_region_wharf_heads():
    text = ("The partisans hid in the Tham Lot cave below Lenin Peak, in the Shkumbin region; gunboats shelled "
            "Iloilo wharf.")
    assert _has(text, "Tham Lot cave", "LOC")
    assert _has(text, "Lenin Peak", "LOC")
    assert _has(text, "Shkumbin region", "LOC")
    assert _has(text, "Iloilo wharf", "FAC")
    assert not _labels(text, "PERSON")


def test_two_places_before_region_stay_two():
    text = "The fighting spread over the Harbin-Mukden region."
    assert not _has(text, "Harbin-Mukden region", "LOC")


# --- territories by a word of rule

def test_territory_named_by_a_word_of_rule_is_one_gpe():
    text = "Troops entered the Vilayet of Scutari, the Sanjak of Prizren and the Khanate of Khiva."
    assert _has(text, "Vilayet of Scutari", "GPE")
    assert _has(text, "Sanjak of Prizren", "GPE")
    assert _has(text, "Khanate of Khiva", "GPE")


# --- organisations

def test_army_committee_and_council_are_orgs_but_an_army_headquarters_is_a_unit():
    text = "The Army Supply Committee and the Army Council met; the Kwantung Army Headquarters moved."
    assert _has(text, "Army Supply Committee", "ORG")
    assert _has(text, "Army Council", "ORG")
    assert _has(text, "Kwantung Army Headquarters", "MIL_UNIT")


# --- letters of Latin Extended-A and Vietnamese in place names

def test_places_with_extended_latin_letters_after_a_place_word():
    text = "The Serbs seized Prizren and Peć, the Poles retreated towards Łomża, and the French held Lạng Sơn."
    assert _has(text, "Peć", "GPE")
    assert _has(text, "Łomża", "GPE")
