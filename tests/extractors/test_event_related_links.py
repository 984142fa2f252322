"""Links to other stories at the foot of a page ("Related: …", "- X arrives in Y", "• A, B sign documents") are
headings of other pages, never events of this text; a bullet that is a sentence of the text still is.
Lines written for other countries."""

import pytest

from pactline.extractors.event_titles import is_related_link
from tests.helpers import extract_text

_BODY = "President Ruto of Kenya held talks with President Museveni of Uganda in Nairobi on Monday.\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Related: Kenyan foreign minister meets Ugandan counterpart in Kampala",
        "- Ruto arrives in Kampala for state visit to Uganda",
        "• Kenya, Uganda sign documents on border cooperation",
        "— Uganda expels Kenyan envoy, freezes new trade",
    ],
)
def test_related_link_is_no_event(line):
    events = extract_text(_BODY + "Related stories\n\n" + line + "\n", published="2024-05-08").events
    assert not any(line.strip("-—• ")[:20] in e.evidence[0].quote for e in events), [
        (e.type, e.evidence[0].quote) for e in events]
    assert is_related_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "• The two presidents signed an agreement on the joint management of Lake Victoria fisheries.",
        "  • The president's visit to Uganda was the last stop of a regional tour of three East African states",
    ],
)
def test_a_bullet_that_is_a_sentence_stays(line):
    assert not is_related_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read: Uganda and Kenya trade row deepens over sugar quotas",
        "Watch: Ruto and Museveni sign pipeline accord in Kampala",
        "Read more on this topic",
    ],
)
def test_a_read_or_watch_link_in_the_body_is_no_event(line):
    text = _BODY + line + "\n\nThe two leaders also discussed the security of their common border.\n"
    events = extract_text(text, published="2024-05-08").events
    assert not any(line[:20] in e.evidence[0].quote for e in events), [(e.type, e.evidence[0].quote) for e in events]
