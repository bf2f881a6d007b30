"""Session 20 (s20zhper): Chinese PERSON names with no title beside them — outlaws named by their trade, a
Japanese full name before its rank, a courtesy name opening its own clause, a band counted by its leader, the
item between two names of a 、 list, the name before a verb in 任 (X担任), a post word before a commander's
head, and a Qing circuit (X道) before its intendant's name. All sentences are made up."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _persons(text):
    return [e["text"] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


# --- outlaws and staff named by their trade (person_role_names.ROLE_NOUNS) -------------------------------------

def test_bandit_trade_before_name():
    assert "钱广顺" in _persons("当年县境北乡有大土匪钱广顺,拥众数百。")
    assert "錢廣順" in _persons("當年縣境北鄉有大土匪錢廣順,擁眾數百。")


def test_pirate_list_after_trade():
    persons = _persons("沿海海盗孔德胜、邵二林、冯玉堂盘踞岛上多年。")
    assert {"孔德胜", "邵二林", "冯玉堂"} <= set(persons)


def test_trade_word_without_name():
    assert _persons("当地土匪横行,海盗出没,商旅裹足。") == []


# --- the item between two names of a 、 list (person_list_neighbors._mark_sandwiches) -------------------------

def test_item_with_stop_character_between_names():
    persons = _persons("渔匪严瑞生、邹同礼、蒋福田等部占据湖汊。")
    assert "邹同礼" in persons          # 同 stops the name readers elsewhere; the list marks delimit the item


def test_no_sandwich_for_word_or_place():
    persons = _persons("有孔德胜、同时、蒋福田等。")
    assert "同时" not in persons
    assert ("北京", "GPE") in _ents("有孔德胜、北京、蒋福田等。")


# --- a Japanese full name before its rank (ranked_courtesy_band_names_zh.jp_full_names) -----------------------------------

def test_jp_full_name_before_rank_after_conjunction():
    ents = _ents("日军司令官和大原平少将一同被击毙。")
    assert ("大原平", "PERSON") in ents          # not the county 原平 inside it
    assert not any(label == "GPE" for _, label in ents)


def test_jp_full_name_before_field_rank():
    assert "松井茂大佐" not in _persons("日军松井茂大佐率部进犯。")
    assert "松井茂" in _persons("日军松井茂大佐率部进犯。")


def test_chinese_surname_before_jp_name_and_shared_rank():
    # 张山本某中将 is no reading the Japanese class makes (a Chinese name may run into it)
    from pipeline.rules.ranked_courtesy_band_names_zh import jp_full_names
    assert jp_full_names("张山本武中将来到。") == []
    assert [(c.start, c.end) for c in jp_full_names("又和山本武中将来到。")] == [(2, 5)]


# --- a courtesy name opening its own clause (ranked_courtesy_band_names_zh._clause_courtesy) --------------------------------

def test_courtesy_and_art_name_after_full_stop():
    persons = _persons("他是湘军的一员宿将。字伯衡,号松岩。湖南湘乡人。")
    assert "伯衡" in persons and "松岩" in persons


def test_courtesy_field():
    assert "子静" in _persons("【姓名:何某】\n【字号:字子静】\n【籍贯:湖北】")


def test_ordinary_zi_and_hao():
    assert _persons("这篇文章字数不多,号称万言。") == []
    assert _persons("碑上。字迹模糊,号码不清。") == []


def test_courtesy_right_after_name_kept():
    persons = _persons("邵德华,字伯衡,号松岩,湖南人。")
    assert {"伯衡", "松岩"} <= set(persons)


# --- a band counted by its leader (ranked_courtesy_band_names_zh._band_leaders) --------------------------------------------

def test_band_leader_before_bu_and_dengu():
    assert "郝发林" in _persons("东乡有郝发林部,西乡有万全明等股,百姓叫苦。")
    assert "万全明" in _persons("东乡有郝发林部,西乡有万全明等股,百姓叫苦。")


def test_band_frame_negatives():
    assert _persons("该师有全部,有大部,还有一部,有东部。") == []
    assert _persons("城内有我部,城外有敌部。") == []


# --- the name before a verb in 任 (memoir_forms_zh._appointed) -------------------------------------------------

def test_name_before_danren():
    assert "邵德" in _persons("邵德担任大队长,驻扎县城。")
    assert "邵德担" not in _persons("邵德担任大队长,驻扎县城。")


def test_appointed_names_kept():
    persons = _persons("何大勇任连长，邵德、冯林任班长。")
    assert {"何大勇", "邵德", "冯林"} <= set(persons)


# --- a post word before a commander's head (unit_forms_zh._post_word) ------------------------------------------

def test_clerk_name_is_no_division():
    ents = _ents("来人是政治部的干事周师俊。")
    assert not any(label == "MIL_UNIT" for _, label in ents)


# --- a Qing circuit before its intendant's name (person_document_names.dictionary_names) ---------------------

def test_circuit_title_is_no_person():
    assert "苏松太" not in _persons("后由苏松太道钱德某筹办防务。")


# --- a known person's name ending on the first character of a two-character event word (events._person_name_through)

def test_person_name_before_dismissal_is_no_event():
    ents = _ents("上峰查明贪墨实情,遂将吴化文革职查办。")
    assert ("文革", "EVENT") not in ents
    assert ("吴化文", "PERSON") in ents


def test_event_word_alone_kept():
    assert ("文革", "EVENT") in _ents("文革期间他受到冲击。")


# --- a role noun before a name with a stop character inside (person_role_names + person_rolls_zh.stop_given_end) -

def test_clerk_name_with_stop_character():
    assert "周师俊" in _persons("来人是政治部的干事周师俊。")


def test_role_noun_before_verb_no_name():
    assert _persons("他是战士王进攻时的掩护者。") == []


# --- 称呼 + a person's name ending in 山 is no landform nickname (landform_names_zh._nicknames) -------------------

def test_chenghu_name_is_no_nickname():
    ents = _ents("日军大队长森山率部进城,当地人称呼森山为“县城日酋”。")
    assert ("呼森山", "LOC") not in ents
    assert [t for t, label in ents if label == "PERSON"].count("森山") == 2


def test_nickname_after_cheng_kept():
    assert ("卧虎山", "LOC") in _ents("当地人称卧虎山,山势险要。")


def test_verb_before_a_shorter_family_name_is_outside():
    # 又有|田中少佐: 有 is the verb; the family 有田 is not read across it (lead's merge guard, session 20)
    text = "又有田中少佐随行，另派有田八郎大佐前往。"
    got = [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]
    assert ("田中", "PERSON") in got and ("有田中", "PERSON") not in got
