"""Who sat in on the report's own meeting, who came along with the visitor, a quote given after "the talks",
a refusal to comment and a trip home add no event beside the occasion itself; an occasion named with a
place or a partner ("after the talks at the palace", "after talks with X") stays a mention. Sentences written
for other countries."""

import pytest

from tests.helpers import extract_text

_LEAD = ("NAIROBI, June 3 - President William Ruto of Kenya held talks with President Samia Suluhu Hassan of "
         "Tanzania at State House in Nairobi on Monday.\n\n")


def _events_in(sentence: str) -> list[tuple[str, str]]:
    events = extract_text(_LEAD + sentence + "\n", published="2024-06-03").events
    return [(e.type, e.evidence[0].quote) for e in events if e.evidence[0].quote.strip() in sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cabinet Secretary Musalia Mudavadi and Attorney General Dorcas Oduor attended the meeting.",
        "The meeting was attended by Kenya's Interior Minister and the Tanzanian High Commissioner in Nairobi.",
        "Tanzania's Foreign Minister January Makamba was present at the talks.",
        "The visiting President was accompanied by a delegation including the ministers of trade and energy.",
        "Hassan was accompanied by Foreign Minister January Makamba and Finance Minister Mwigulu Nchemba.",
        "\"Our two peoples share one lake and one history,\" Ruto told journalists after the talks.",
        "\"The lake belongs to both our peoples,\" Hassan said following the meeting.",
        "Tanzania's foreign ministry declined to comment.",
        "A spokesman for the Tanzanian presidency refused to elaborate on the talks.",
        "Hassan is due to fly back to Dodoma on Tuesday evening.",
        "The Tanzanian leader will return home on Wednesday.",
        "On Tuesday, Hassan is scheduled to leave for Arusha.",
    ],
)
def test_no_event_beside_the_occasion(sentence):
    assert not _events_in(sentence), _events_in(sentence)


@pytest.mark.parametrize(
    "sentence,kind",
    [
        ("The two leaders attended a state banquet hosted by the Kenyan president at State House.", "CONSULT"),
        ("Hassan told reporters after talks with Ruto at State House that the border would stay open.", "CONSULT"),
        ("Ruto will travel to Dodoma in August for a summit of the East African Community.", "CONSULT"),
        ("Tanzania declined an invitation to join the naval patrol.", "REJECT"),
    ],
)
def test_an_occasion_of_its_own_stays(sentence, kind):
    assert kind in {t for t, _q in _events_in(sentence)}, _events_in(sentence)
