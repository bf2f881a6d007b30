"""Session 24 (s24zhper): names of records of the dead and of village-name records — the further name fields of a
biography (派名, 谱名, 外号, 亦号, 晚号, 一字 …) after a name, the given name after 讳 in a genealogy, villages
paired by bearing (东X / 西X), a settlement glossed by its present jurisdiction (X（今属Y县）), a county after the
surname-like prepositions 向/于. Exact spans and labels, with negatives. All sentences are made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _spans(text, label):
    return [(e["start"], e["end"], e["text"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == label]


# --- further name fields after a name (person_document_names._COURTESY_RE) -----------------------------------

def test_clan_and_register_names():
    text = "王子林，字仲山，派名德茂，谱名德明，山东人。"
    persons = [t for _, _, t in _spans(text, "PERSON")]
    assert persons == ["王子林", "仲山", "德茂", "德明"]
    assert ("山东", "GPE") in _ents(text)


def test_later_art_and_courtesy_names():
    text = "李明达，字伯远，一字仲远，亦号石庵，晚号云樵。"
    assert [t for _, _, t in _spans(text, "PERSON")] == ["李明达", "伯远", "仲远", "石庵", "云樵"]


def test_traditional_fields():
    text = "成子英，字揖讓，學名華春，派名遜善。"
    assert [t for _, _, t in _spans(text, "PERSON")] == ["成子英", "揖讓", "華春", "遜善"]


def test_field_words_without_a_name_before():
    assert _spans("队伍一字排开，派名单上的人先走。", "PERSON") == []


# --- the given name after 讳 (taboo_given_names_zh) -------------------------------------------------------

def test_taboo_names_in_a_genealogy():
    text = "始祖讳明远，生二子：长子讳仁祥，次子讳仁德。"
    assert [t for _, _, t in _spans(text, "PERSON")] == ["明远", "仁祥", "仁德"]


def test_taboo_name_after_honorific():
    text = "有祖讳良臣者，始迁居于此。"
    assert _spans(text, "PERSON") == [(3, 5, "良臣")]


def test_taboo_verb_is_no_name():
    assert _spans("他对此直言不讳，讳莫如深，从不避讳，也无所忌讳。", "PERSON") == []


# --- villages paired by bearing, glossed settlements, counties after 向/于 (settlement_name_forms_zh) ----------

def test_bearing_paired_villages():
    text = "留善村后来分为两个村，东面的叫东留善村，西边的叫西留善村。"
    gpe = [t for _, _, t in _spans(text, "GPE")]
    assert "东留善村" in gpe and "西留善村" in gpe


def test_bearing_paired_villages_without_suffix():
    text = "马家庄分为两村，东马家庄在河东，西马家庄在河西。"
    gpe = [t for _, _, t in _spans(text, "GPE")]
    assert "东马家庄" in gpe and "西马家庄" in gpe


def test_bearing_before_known_city_is_no_village():
    text = "江西南昌与湖北南昌不同。东北军与西北军会合。"
    gpe = [t for _, _, t in _spans(text, "GPE")]
    assert "西南昌" not in gpe and "北南昌" not in gpe and "南昌" in gpe


def test_settlement_glossed_by_jurisdiction():
    text = "清军从衢州下溪口(今属龙游县)出发，在上马埠（今属兰溪市）驻扎。"
    gpe = [t for _, _, t in _spans(text, "GPE")]
    assert {"衢州", "下溪口", "龙游县", "上马埠", "兰溪市"} <= set(gpe)


def test_area_word_before_gloss_is_no_name():
    text = "伏击于甲乙岗、丙家边地区(今属丹徒县)。"
    assert "地区" not in [t for _, _, t in _spans(text, "GPE")]


def test_county_after_preposition_surname():
    text = "教民通过神父向冠县投递书函。"
    assert ("冠县", "GPE") in _ents(text)
    assert not [t for _, _, t in _spans(text, "PERSON")]


def test_county_seat_after_preposition_keeps_its_reading():
    assert ("徐州城", "GPE") in _ents("日军集结于徐州城北。")
