"""Persons and places of the colonial, civil and partisan wars read from their frames (session 29, s29enname):
lower-case plural posts and a leader's bands before coordinated names, leader posts with a qualifier, religious and
tribal titles, a possessive rank and a leader's following, a lower-case Philippine or Malay village word, news
datelines, news sent from a place, a clause's subject after a place, towns named after a saint, `X state`; and the
readings that must not be made. Sentences and names written for these tests."""

from pipeline.rules.english import find_english


def spans(text, label):
    return [text[c.start:c.end] for c in find_english(text) if c.label == label]


def test_lower_case_plural_posts_before_coordinated_names():
    text = "Under the command of officers Beltran and Oquendo, the column left at dawn."
    assert spans(text, "PERSON") == ["Beltran", "Oquendo"]
    text = "The rebel chiefs Karim Sahab, Tolbek and Usman met the naibs Temir and Tarhan."
    assert spans(text, "PERSON") == ["Karim Sahab", "Tolbek", "Usman", "Temir", "Tarhan"]


def test_plural_posts_negative_nationalities():
    assert spans("The officers Japanese and Chinese met at the fort.", "PERSON") == []


def test_a_leaders_bands_before_coordinated_names():
    text = "The bands of Ramazan, Tolbek and Kal-Bek attacked the post."
    assert spans(text, "PERSON") == ["Ramazan", "Tolbek", "Kal-Bek"]
    text = "The bands of Kwangsi and Hunan joined the rising."
    assert spans(text, "PERSON") == []
    assert spans(text, "GPE") == ["Kwangsi", "Hunan"]


def test_leader_post_with_qualifier_or_possessive():
    assert spans("The rebel leader Tuvalo Marangi fled to the hills.", "PERSON") == ["Tuvalo Marangi"]
    assert spans("The raid was led by guerrilla chief Tamberan at night.", "PERSON") == ["Tamberan"]
    assert spans("He was joined by the bandit Tolbek and the mullah Abdurahim.", "PERSON") == ["Tolbek", "Abdurahim"]


def test_leader_post_negatives():
    text = "The guerrilla Army of the North and the rebel leader in Hunan; the chief Engineer came."
    assert spans(text, "PERSON") == []
    assert spans(text, "GPE") == ["Hunan"]


def test_religious_and_tribal_titles_and_chief():
    assert spans("Mullah Karabek raised a revolt in the valley.", "PERSON") == ["Karabek"]
    assert spans("Ataman Semenko and Imam Gazali fought on.", "PERSON") == ["Semenko", "Gazali"]
    assert spans("In 1920 Mullah Tarbek\u2019s faction broke up.", "PERSON") == ["Tarbek"]
    assert "Engineer Holt" not in spans("The Chief Justice and Chief Engineer Holt came.", "PERSON")


def test_rank_before_a_possessive():
    assert spans("Bugler Hale's horn sounded twice.", "PERSON") == ["Hale"]


def test_a_leaders_following_after_a_possessive():
    text = "Tembo's gang was caught, Asari's followers rose and Nduru's guerrilla army fell back."
    assert spans(text, "PERSON") == ["Tembo", "Asari", "Nduru"]
    assert spans("Tarvik's capture was announced.", "PERSON") == []


def test_appositive_calling_with_two_adjectives():
    text = "The patrol captured Oskar Tembeli, a young village clerk, at dawn."
    assert spans(text, "PERSON") == ["Oskar Tembeli"]
    assert spans("Nanking, a major city, fell.", "PERSON") == []


def test_philippine_and_malay_village_words():
    text = "They burned the Lumbang barrio and the Tanjong kampong."
    assert spans(text, "GPE") == ["Lumbang", "Tanjong"]
    assert spans("The patrol reached the Boer settlement before noon.", "GPE") == []


def test_news_dateline_in_capitals():
    text = "OSIJEK, Yugoslavia, May 3 \u2014 Partisans attacked the town."
    assert spans(text, "GPE") == ["OSIJEK", "Yugoslavia"]
    assert spans("THE WAR, Burma, is over.", "GPE") == ["Burma"]


def test_a_place_as_a_figure_of_defeat_is_no_place():
    assert spans("The regent met his Stalingrad in the hills.", "GPE") == []
    assert spans("The regent fought at Stalingrad in the hills.", "GPE") == ["Stalingrad"]


def test_patronymic_shape_after_a_preposition_of_place():
    text = "Three men were killed and four wounded at Drenovitch. Petrovitch said so."
    assert spans(text, "GPE") == ["Drenovitch"]
    assert spans(text, "PERSON") == ["Petrovitch"]


def test_news_and_armies_from_a_place():
    text = "A dispatch from Tarvik on the frontier says the armies from Dol Banja have arrived."
    assert spans(text, "GPE") == ["Tarvik", "Dol Banja"]
    assert spans("A telegram to Kinrossie was sent at noon.", "GPE") == []


def test_subject_after_a_place_is_no_list_member():
    text = "At Tarvik, Obrecht learned that the camp had moved."
    assert spans(text, "GPE") == ["Tarvik"]


def test_town_named_after_a_saint():
    assert spans("San Emeterio had its share of surrenders.", "GPE") == ["San Emeterio"]
    assert spans("Fort San Lorenzo fell.", "GPE") == []
    assert spans("They kept the feast of San Tirso.", "GPE") == []


def test_state_by_its_head():
    assert spans("He was born at Ilorin in Kwara state, when the war broke.", "GPE") == ["Ilorin", "Kwara state"]
    assert spans("The Soviet state and a Japanese-controlled state.", "GPE") == []


def test_place_called_in_quotes():
    text = "The towering mountain called \u201cVrondis\u201d blocked the way."
    assert spans(text, "LOC") == ["Vrondis"]


def test_given_name_town_middle_name_and_surname():
    text = "The letter reached Manuel Cavite Ramos in the town."
    assert spans(text, "PERSON") == ["Manuel Cavite Ramos"]
    assert spans(text, "GPE") == []
    assert spans("He met John Manila in May.", "PERSON") == []


def test_river_or_range_after_along_and_headwaters():
    text = "The column marched along the Tembeli to the coast and reached the foothills of the Aberkas."
    assert spans(text, "LOC") == ["Tembeli", "Aberkas"]
    assert spans("Along the Dutch lines they waited.", "LOC") == []


def test_a_forces_own_name_after_a_possessive_is_no_owner():
    assert spans("People's Army Commander Tarik Omar fled.", "PERSON") == ["Tarik Omar"]


def test_unknown_name_before_a_verb_said_of_a_person_alone():
    assert spans("Tembo said that the road was closed.", "PERSON") == ["Tembo"]
    assert spans("Kinrossa was wounded twice.", "PERSON") == ["Kinrossa"]
    assert spans("Tarvik surrendered. Serbians fled.", "PERSON") == []


def test_capitalised_post_before_a_name_in_commas():
    assert spans("The Sultan, Tarmuz, ruled. The Adjutant, Velko Maran, appeared.", "PERSON") == ["Tarmuz", "Velko Maran"]
    assert spans("The Governor, Kenya, replied.", "PERSON") == []
