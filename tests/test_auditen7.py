"""Forms found by auditing fresh English pages on China 1911-1950 (session 13, helper auditen7).
Own sentences; exact spans, labels and values."""

from pipeline import extract_text


def _ents(text, label=None):
    r = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in r["entities"] if label is None or e["label"] == label]


def _one(text, span, label):
    r = extract_text(text, rules_only=True)
    hits = [e for e in r["entities"] if text[e["start"]:e["end"]] == span and e["label"] == label]
    assert hits, (span, label, _ents(text))
    return hits[0]


# ---- place-name readings of polyphonic characters and five-letter apostrophe spellings (english_romanise) ----
def test_place_reading_of_du_chang_chao():
    text = "The column left Ningdu at dawn, passed Duchang and reached Changzhi before the rains."
    assert _one(text, "Ningdu", "GPE")["norm"]["zh"] == "宁都"
    assert _one(text, "Duchang", "GPE")["norm"]["zh"] == "都昌"
    assert _one(text, "Changzhi", "GPE")["norm"]["zh"] == "长治"


def test_pinyin_apostrophe_five_letters_and_curly_apostrophe():
    text = "Refugees from Lu’an reached Ji’an County in March 1938."
    assert _one(text, "Lu’an", "GPE")["norm"]["zh"] == "六安"
    assert _one(text, "Ji’an County", "GPE")["norm"]["zh"] == "吉安"


def test_no_place_from_adverb_reading_or_plain_short_word():
    # the adverb reading 'dou' of 都 no longer names a place, and five letters without an apostrophe stay words
    text = "The Ningdou road and the Luan family were both mentioned."
    assert ("Ningdou", "GPE") not in _ents(text)
    assert ("Luan", "GPE") not in _ents(text)


# ---- an organisation's 'of' tail ends at a word's end (english_orgs) ----
def test_org_of_tail_stops_before_acronym():
    text = "The letter reached the Provincial Soviet Government of the KMT-held border. It went on to the Central Bureau of the CCP."
    orgs = _ents(text, "ORG")
    assert ("Provincial Soviet Government", "ORG") in orgs
    # a body written with its party after "of the" is one ORG, the longest unit (session 19: 中共中央…局)
    assert ("Central Bureau of the CCP", "ORG") in orgs
    assert not any(span.endswith((" the K", " the C")) for span, _ in orgs)


def test_org_of_tail_with_words_kept():
    text = "He wrote to the Ministry of Communications of the Nanking government."
    assert ("Ministry of Communications", "ORG") in _ents(text, "ORG")


# ---- a nation after anti-/pro- gives no side (normalize.english) ----
def test_anti_japanese_force_has_no_japanese_side():
    text = "In 1938 he led the Second Army of the Jilin Anti-Japanese Salvation Army into the hills."
    force = _one(text, "Jilin Anti-Japanese Salvation Army", "MIL_UNIT")
    assert force["norm"]["side"] is None
    assert _one(text, "Second Army", "MIL_UNIT")["norm"]["side"] is None


def test_japanese_side_word_still_read():
    text = "The Japanese 7th Division landed while a pro-Japanese militia watched."
    assert _one(text, "7th Division", "MIL_UNIT")["norm"]["side"] == "JP"


# ---- money written as a modifier (english_numbers) ----
def test_money_compound_modifier():
    text = "The governor offered a 20,000-yuan reward and a 3,000-dollar fee for the bandit chief."
    assert _one(text, "20,000-yuan", "QUANTITY")["norm"] == {"value": 20000, "unit": "yuan", "approx": None}
    assert _one(text, "3,000-dollar", "QUANTITY")["norm"]["unit"] == "dollar"


def test_money_word_inside_other_word_untouched():
    text = "The 2-tone flag and the 5-yuanling coin."
    assert not any(label == "QUANTITY" and ("ton" in span or "yuan" in span) for span, label in _ents(text))


# ---- Outrage/Commune after a known place (english_event_forms) ----
def test_outrage_and_commune_after_place():
    text = "After the Tientsin Outrage the consuls protested; the Swatow outrages and the Shanghai Commune followed."
    events = _ents(text, "EVENT")
    assert ("Tientsin Outrage", "EVENT") in events
    assert ("Swatow outrages", "EVENT") in events
    assert ("Shanghai Commune", "EVENT") in events


def test_outrage_commune_without_place_is_no_event():
    text = "A Public Outrage was printed by the Morning Post, and the Red Star People's Commune sent grain."
    assert _ents(text, "EVENT") == []


# ---- a party named by its creed keeps the creed and the people's adjective (english_orgs) ----
def test_party_named_by_creed():
    text = ("Help from the Communist Party’s base never came; the Nationalist Party met in Nanking, "
            "and the Korean Communist Party was dissolved.")
    orgs = _ents(text, "ORG")
    assert ("Communist Party", "ORG") in orgs and ("Nationalist Party", "ORG") in orgs
    assert ("Korean Communist Party", "ORG") in orgs


def test_party_alone_or_with_people_only_is_no_org():
    text = "The Party decided, and the Japanese Party line held."
    assert _ents(text, "ORG") == []


# ---- 'War Lord' of the 1920s press is no war and no name (english_label_checks) ----
def test_war_lord_is_no_event_or_person():
    text = "The Christian War Lord marched on Peking, and the War Lords of the north followed in 1926."
    assert not any(label in ("EVENT", "PERSON") and "War" in span for span, label in _ents(text))
    assert ("Peking", "GPE") in _ents(text)


def test_war_with_name_still_event():
    text = "The Opium War opened the ports; the Pacific War Council met later."
    assert ("Opium War", "EVENT") in _ents(text)


# ---- coordinated railways named by their ends (english_china_forms) ----
def test_coordinated_railways_one_fac():
    text = "The raiders cut the Kiao-Tsi and Tientsin-Pukow railways near the border."
    assert ("Kiao-Tsi and Tientsin-Pukow railways", "FAC") in _ents(text)
    text = "Trains ran again on the Peking-Mukden, Peking-Suiyuan and Canton-Hankow lines."
    assert ("Peking-Mukden, Peking-Suiyuan and Canton-Hankow lines", "FAC") in _ents(text)


def test_coordinated_adjective_pairs_are_no_railway():
    text = "Both the Sino-Japanese and Russo-Japanese lines of policy failed."
    assert not any(label == "FAC" for _, label in _ents(text))


# ---- a body of men counted after 'of' (english_numbers) ----
def test_body_of_men_bare_count():
    text = "A band of about 250 raided the market, and a mob of 3,000 gathered at the gate."
    assert _one(text, "about 250", "QUANTITY")["norm"] == {"value": 250, "unit": "", "approx": "about"}
    assert _one(text, "3,000", "QUANTITY")["norm"]["value"] == 3000


def test_body_of_men_noun_kept_and_year_no_count():
    text = "A gang of 80 bandits hid there; the band of 1931 was disbanded."
    assert ("80 bandits", "QUANTITY") in _ents(text)
    assert ("1931", "DATE") in _ents(text)
    assert not any(span == "1931" and label == "QUANTITY" for span, label in _ents(text))


# ---- a letter's date before a colon (english_numbers DATE_RE) ----
def test_date_with_year_before_colon():
    text = "March 3, 1927: The consul wrote from Hankow again."
    assert _one(text, "March 3, 1927", "DATE")["norm"]["value"] == "1927-03-03"


def test_day_before_colon_stays_out_of_a_time():
    text = "The train left on June 12:30 sharp, as in 1927."
    assert not any(span.startswith("June 12") for span, label in _ents(text) if label == "DATE")


# ---- a spelling a prefecture and a county share names the prefecture (english_romanise) ----
def test_shared_spelling_names_prefecture():
    text = "The mission at Huai'an was looted in 1927."
    assert _one(text, "Huai'an", "GPE")["norm"]["zh"] == "淮安"


# ---- a province's New Army is one unit (english_china_forms) ----
def test_province_new_army_one_unit():
    text = "In 1911 the Yunnan New Army rose at Kunming, and the Kiangsu New Army wavered."
    unit = _one(text, "Yunnan New Army", "MIL_UNIT")
    assert unit["norm"]["name"] == "云南新军" and unit["norm"]["echelon"] == "军"
    assert ("Kiangsu New Army", "MIL_UNIT") in _ents(text)


def test_new_army_after_a_city_or_alone_stays_the_qing_force():
    text = "Officers in Canton New Army units argued; the New Army then marched."
    ents = _ents(text)
    assert ("Canton", "GPE") in ents and ("New Army", "MIL_UNIT") in ents
    assert not any(span.startswith("Canton New") for span, _ in ents)


# ---- 'Red Army' in a document on the Chinese soviets is the Chinese Red Army (normalize.english) ----
def test_red_army_in_chinese_soviet_document():
    text = "After the Long March the Red Army rested in northern Shensi through the winter of 1935."
    norm = _one(text, "Red Army", "MIL_UNIT")["norm"]
    assert norm["name"] == "中国工农红军" and norm["side"] == "CCP"


def test_red_army_with_soviet_union_named_stays_soviet():
    text = "In August 1945 the Red Army crossed into Manchuria; the Soviet Union had declared war."
    assert _one(text, "Red Army", "MIL_UNIT")["norm"]["name"] == "苏联红军"
