"""r21en (session 21, round 2): ship names hold no entity, royal styles are no PERSON, a bare ordinal after a
possessive stands for a unit named before, old postal and Cantonese name spellings, Japanese `-Go` code names
without a head word, a memoirist's partner beside `myself`/`I` (pipeline/rules/english_vessels_styles_partners.py,
english_prose.BARE_ORDINAL_RE, english_acronym_aliases._one_word_persons). Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


def _spans(text: str, label: str) -> list:
    return [t for t, lab, _ in _ents(text) if lab == label]


# --- ships

def test_nothing_inside_a_qing_warship_in_yuen():
    text = "Admiral Teng hoisted his flag in the Ping Yuen, and the Kuang-yuen followed her out of the bay."
    assert _spans(text, "PERSON") == ["Teng"]
    assert not _has(text, "Ping", "PERSON")
    assert not _has(text, "Yuen", "PERSON")


def test_nothing_inside_a_warship_after_its_kind_or_joined():
    text = "Admiral Teng watched the Chinese cruiser Lai Yuen burn, while the Pingyuan held her course."
    assert _spans(text, "PERSON") == ["Teng"]
    assert not _has(text, "Pingyuan", "GPE")
    assert not _has(text, "Lai", "PERSON")
    text = "Pingyuan county lies on the plain; troops entered Pingyuan in May."
    assert _has(text, "Pingyuan", "GPE")


def test_a_surname_before_a_capital_word_is_no_bare_mention():
    text = "Teng was eager to sail. Admiral Teng boarded the Lai Yuen at dawn, and Teng signalled the squadron."
    assert _spans(text, "PERSON") == ["Teng", "Teng", "Teng"]
    assert not _has(text, "Lai", "PERSON")


def test_nothing_inside_a_prefixed_or_maru_ship():
    text = "Captain Walter Rudd took HMS Farrell to Amoy, while USS Whitman and the Asama Maru lay off Chefoo."
    assert _spans(text, "PERSON") == ["Walter Rudd"]
    assert _has(text, "Amoy", "GPE") and _has(text, "Chefoo", "GPE")
    assert not _has(text, "Farrell", "PERSON") and not _has(text, "Whitman", "PERSON")
    assert not _has(text, "Asama", "PERSON")


def test_a_person_yuen_without_article_stays():
    text = "Yuen Shih-kai sent the order from Tientsin."
    assert _has(text, "Yuen Shih-kai", "PERSON")


# --- royal styles

def test_majesty_and_highness_are_no_person():
    text = ("He commanded his Majesty's troops at Canton; Her Majesty approved, and His Royal Highness and "
            "His Excellency the Governor attended.")
    assert _spans(text, "PERSON") == []
    assert _has(text, "Canton", "GPE")


# --- bare ordinal after a possessive

def test_possessive_ordinal_is_the_unit_named_before():
    text = ("Brigadier Oakes had the 52nd Division on the ridge. I ordered my 52nd to hold the crossing, and "
            "our 52nd held until dark.")
    assert _spans(text, "MIL_UNIT") == ["52nd Division", "52nd", "52nd"]
    assert _norm(text, "52nd", "MIL_UNIT")["echelon"] == "师"
    assert _norm(text, "52nd", "MIL_UNIT")["numbers"] == [52]


def test_possessive_ordinal_without_unit_or_before_a_noun_is_none():
    text = "The 3rd Brigade dug in. His 3rd wife left him; their 3rd attempt failed; my 14th was spent at sea."
    assert _spans(text, "MIL_UNIT") == ["3rd Brigade"]
    text = "I sent my 7th to the ford."
    assert _spans(text, "MIL_UNIT") == []


# --- postal and Cantonese spellings

def test_old_h_syllable_and_postal_surnames():
    text = "The rebels chose Chou Ming-tah, and Koh Tsung Li met Kwan Ping-ling and Yuen Chi-hsiang at Canton."
    assert _spans(text, "PERSON") == ["Chou Ming-tah", "Koh Tsung Li", "Kwan Ping-ling", "Yuen Chi-hsiang"]


def test_postal_surname_without_a_syllable_given_name_is_none():
    text = "Wong Kar-ting designed it. The Yuen Ming Yuen burned. The Anglo-Saxon chronicle."
    assert not _has(text, "Wong Kar-ting", "PERSON")
    assert not _has(text, "Anglo-Saxon", "PERSON")


# --- code names in -Go

def test_go_code_name_without_operation():
    text = "The Sakura-Go plan was shelved in March, but when Hana-Go opened the front broke."
    assert _has(text, "Sakura-Go", "EVENT")
    assert _has(text, "Hana-Go", "EVENT")
    text = "The Momo-Go offensive stalled."
    assert _has(text, "Momo-Go offensive", "EVENT")
    assert not _has(text, "Momo-Go", "EVENT")


# --- the narrator's partner

def test_partner_beside_myself_or_i():
    text = "The scheme was drawn up by Hallam and myself; later Hallam and I flew to Imphal, where Hallam stayed."
    assert _spans(text, "PERSON") == ["Hallam", "Hallam", "Hallam"]


def test_no_partner_from_pronouns_kin_or_common_words():
    text = "Then Mother and I left. When the war ended, Peace and I were strangers. This and I went too."
    assert _spans(text, "PERSON") == []
