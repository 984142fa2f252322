"""A time told from the text's day and set after the gathering where an act took place ("on the margins of the
trade meeting last month") dates the act, not the document's day, even where the parse hangs it on the
gathering's noun. Sentences written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("sentence, kind", [
    ("Kenya's trade minister, Rebecca Miano, signed a customs pact with Tanzania in Arusha on the margins of the "
     "EAC trade ministers' meeting last month.", "AGREE"),
    ("Fiji's defence minister, Pio Tikoduadua, signed a maritime patrol pact with Tonga in Suva on the margins of "
     "the Pacific defence ministers' meeting last month.", "AGREE"),
])
def test_a_relative_time_after_the_gathering_dates_the_act(sentence, kind):
    dates = [e.date for e in extract_text(sentence, published="2024-06-12").events if e.type == kind]
    assert dates == ["2024-05"], dates


def test_a_time_after_a_visit_the_act_is_about_dates_only_the_visit():
    for tail in ("China imposed sanctions on the Czech senator in connection with the senator's visit to Taipei this "
                 "week.", "China announced penalties against the Czech senator in connection with a visit to Taipei last "
                 "week."):
        text = ("Prague protests to Beijing\n\n2023-06-09\n\nOn 9 June, the Czech Republic summoned the Chinese envoy "
                "over the measures.\n\nOn the same day, " + tail)
        dates = [e.date for e in extract_text(text, published="2023-06-09").events if e.type == "SANCTION"]
        assert dates and all(d == "2023-06-09" for d in dates), dates
