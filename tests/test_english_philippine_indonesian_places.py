"""The complete lists of Philippine provinces, cities and towns (PSGC) and of Indonesian regencies and cities
(Kemendagri) with their colonial spellings (en_places_philippines.tsv, en_places_indonesia.tsv; session 24,
s24enlists). Sentences written for the test; the names are real places, not taken from any audited page."""

from pipeline import extract_text


def _spans(text):
    return [(e["text"], e["label"], e["norm"].get("zh") if e.get("norm") else None)
            for e in extract_text(text, "t")["entities"]]


def test_philippine_towns_and_provinces_bare():
    assert _spans("Tuguegarao fell on 12 December 1941, and Cabanatuan a week later.") == [
        ("Tuguegarao", "GPE", "Tuguegarao"), ("12 December 1941", "DATE", None), ("Cabanatuan", "GPE", "Cabanatuan"),
        ("a week", "QUANTITY", None)]   # a duration (english_article_durations, session 26)
    assert _spans("The regiment moved from Lucban into Tayabas Province.") == [
        ("Lucban", "GPE", "Lucban"), ("Tayabas Province", "GPE", "Tayabas")]
    assert _spans("Ormoc City and Catbalogan were bombed.") == [
        ("Ormoc City", "GPE", "Ormoc"), ("Catbalogan", "GPE", "Catbalogan")]
    assert [s[:2] for s in _spans("Dagupan, Balanga and Malolos.")] == [
        ("Dagupan", "GPE"), ("Balanga", "GPE"), ("Malolos", "GPE")]


def test_indonesian_towns_in_colonial_spellings():
    assert _spans("The Japanese entered Tjilatjap, Soekaboemi and Tjiandjur.") == [
        ("Tjilatjap", "GPE", "Cilacap"), ("Soekaboemi", "GPE", "Sukabumi"), ("Tjiandjur", "GPE", "Cianjur")]
    assert _spans("Fort de Kock was taken; Weltevreden surrendered.") == [
        ("Fort de Kock", "GPE", "Bukittinggi"), ("Weltevreden", "GPE", "Jakarta")]
    assert [s[:2] for s in _spans("Pematang Siantar lay on the road from Sibolga.")] == [
        ("Pematang Siantar", "GPE"), ("Sibolga", "GPE")]


def test_names_left_out_of_the_lists():
    # given names, towns named after persons, everyday words: no place from the lists
    assert not [s for s in _spans("Rosario Santos and Pilar Cruz met President Roxas.") if s[1] == "GPE"]
    assert _spans("Naval units flew solo over the Metro; Santa came; a bone broke.") == []


def test_towns_named_like_common_surnames_stay_persons():
    # Medina, Villanueva are Philippine towns and common surnames (2010 US census top 1,000): left out of the list
    assert [s[:2] for s in _spans("Captain Jose Medina and Lieutenant Ramon Villanueva reached Lubao.")] == [
        ("Jose Medina", "PERSON"), ("Ramon Villanueva", "PERSON"), ("Lubao", "GPE")]


def test_british_borneo_towns_and_districts():
    # en_places_borneo.tsv: Sarawak's towns and divisions, Sabah's districts, Brunei's districts and towns
    assert [s[:2] for s in _spans("The Japanese landed at Seria and Kuala Belait, then moved on Kanowit and Sibu.")] == [
        ("Seria", "GPE"), ("Kuala Belait", "GPE"), ("Kanowit", "GPE"), ("Sibu", "GPE")]
    assert [s[:2] for s in _spans("Keningau and Tenom were bombed; Sibu Division was quiet.")] == [
        ("Keningau", "GPE"), ("Tenom", "GPE"), ("Sibu Division", "GPE")]
    assert _spans("Song lyrics were sung in the Interior Division of the ministry.") == []
