"""s26enunit (session 26): the organisations (organisations_outside_asia.tsv, the one-word names in
organisations.tsv) and the places without a government (en_places_outside_asia.tsv) of the wars of Europe, Africa,
the Americas and the Middle East 1840-1979. Sentences written for these tests."""

from sentences import has_span as _has, labelled as _ents


def test_parties_police_and_legislatures_are_org():
    text = ("The Cheka arrested the Mensheviks; later the Gestapo watched the Reichstag, "
            "and the Muslim Brotherhood met the Wafd Party in Cairo.")
    for name in ("Cheka", "Mensheviks", "Gestapo", "Reichstag", "Muslim Brotherhood", "Wafd Party"):
        assert _has(text, name, "ORG")


def test_acronyms_and_companies_are_org():
    text = "EOKA fought on Cyprus while the Royal Niger Company and the FLN were in the news."
    assert _has(text, "EOKA", "ORG")
    assert _has(text, "Royal Niger Company", "ORG")
    assert _has(text, "FLN", "ORG")


def test_rivers_ranges_and_regions_are_loc():
    text = "The corps crossed the Meuse, held the Vosges and the Argonne, and later fought in Cyrenaica and on the Piave."
    for name in ("Meuse", "Vosges", "Argonne", "Cyrenaica", "Piave"):
        assert _has(text, name, "LOC")


def test_hills_of_colonial_battles_are_loc():
    text = "The column stormed Majuba Hill and later Spion Kop above the Tugela River."
    assert _has(text, "Majuba Hill", "LOC")
    assert _has(text, "Spion Kop", "LOC")
    assert _has(text, "Tugela River", "LOC")
    assert not _has(text, "Spion Kop", "GPE")


def test_ambiguous_bare_river_names_are_left_out():
    text = "Don Ramon sold oranges at the Orange market; Jordan and Niger were his horses."
    assert not any(label == "LOC" for _, label, _n in _ents(text))


# --- events named by a head and the place or force after `of` (english_events_of_places)

def test_congress_conference_and_bombardment_of_a_place_are_events():
    text = "After the Congress of Paris and the Conference of Lausanne came the Bombardment of Odessa."
    for name in ("Congress of Paris", "Conference of Lausanne", "Bombardment of Odessa"):
        assert _has(text, name, "EVENT")
    assert not _has(text, "Paris", "GPE")


def test_charge_of_a_named_force_is_an_event():
    text = "Tennyson wrote on the Charge of the Heavy Brigade."
    assert _has(text, "Charge of the Heavy Brigade", "EVENT")


def test_lower_case_head_or_no_place_names_no_event():
    text = "The bombardment of Odessa began; the Congress of Racial Equality met."
    assert not any(label == "EVENT" for _, label, _n in _ents(text))


def test_capitulation_and_surrender_of_a_place_are_events():
    text = "The Capitulation of Metz came weeks before the Surrender of Paris."
    assert _has(text, "Capitulation of Metz", "EVENT")
    assert _has(text, "Surrender of Paris", "EVENT")


# --- given names of the other countries of the wars outside Asia (given_names_en.txt, session 26)

def test_given_names_of_mexican_ottoman_polish_and_boer_men():
    text = "Porfirio Diaz, Fevzi Cakmak, Witold Pilecki and Koos de la Rey were named in the report."
    for name in ("Porfirio Diaz", "Fevzi Cakmak", "Witold Pilecki", "Koos de la Rey"):
        assert _has(text, name, "PERSON")


# --- durations written with the article (english_article_durations)

def test_article_durations_are_quantities_of_one():
    from sentences import labelled_norm as _norm
    text = "The column rested a fortnight at the drift and held the ridge for nearly a month."
    assert _has(text, "a fortnight", "QUANTITY")
    norm = _norm(text, "nearly a month", "QUANTITY")
    assert norm["value"] == 1 and norm["unit"] == "month" and norm["approx"] == "nearly"


def test_rates_one_day_and_a_year_are_no_article_durations():
    text = "Rations came twice a day; one day the post was shelled; a year later it fell."
    assert not any(label == "QUANTITY" for _, label, _n in _ents(text))


def test_only_and_barely_stay_outside_an_article_duration():
    # the contract's approximators are about/over/under/nearly/some; `only` and `barely` are not among them,
    # so the span is the duration alone with the value 1 and no approximator (as `only 300 men` -> `300 men`)
    from sentences import labelled_norm as _norm
    text = "The garrison held out barely a week, and the relief came only a month later."
    assert _has(text, "a week", "QUANTITY") and _has(text, "a month", "QUANTITY")
    assert not _has(text, "barely a week", "QUANTITY") and not _has(text, "only a month", "QUANTITY")
    for span, unit in (("a week", "week"), ("a month", "month")):
        norm = _norm(text, span, "QUANTITY")
        assert norm["value"] == 1 and norm["unit"] == unit and norm["approx"] is None
