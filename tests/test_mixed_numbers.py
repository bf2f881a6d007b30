"""Numbers written with digits after a digit's magnitude, as web pages write them: 1万5千余人, 1万5000人."""

from tests.sentences import at, extracted


def test_digits_and_magnitudes_make_one_quantity():
    text = "此役共毙伤敌1万5千余人，俘敌2万3千5百人，缴获步枪1万5000余支。"
    assert extracted(text, "QUANTITY") == [
        (*at(text, "1万5千余人", "QUANTITY")[:2], "QUANTITY", {"value": 15000, "unit": "人", "approx": "over"}),
        (*at(text, "2万3千5百人", "QUANTITY")[:2], "QUANTITY", {"value": 23500, "unit": "人", "approx": None}),
        (*at(text, "1万5000余支", "QUANTITY")[:2], "QUANTITY", {"value": 15000, "unit": "支", "approx": "over"}),
    ]


def test_spaces_typed_inside_stay_inside_the_span():
    text = "敌人共伤亡 1 万 5 千余人。"
    assert extracted(text, "QUANTITY") == [
        (*at(text, "1 万 5 千余人", "QUANTITY")[:2], "QUANTITY", {"value": 15000, "unit": "人", "approx": "over"})]


def test_a_comma_or_a_month_after_the_magnitude_is_no_part_of_it():
    text = "歼敌1万，俘敌2000人。"
    assert [(s, e) for s, e, _, _ in extracted(text, "QUANTITY")] == [at(text, "1万", "")[:2], at(text, "2000人", "")[:2]]
