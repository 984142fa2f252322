"""An outsider's word on the text's conflict named as such ("condemned the escalation", "deplored the fighting") is
aimed at both sides; a conflict named by one side ("Azerbaijan's offensive") or a party's own word is not."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, outsider, sides", [
    ("KHARTOUM, May 3, 2024 - Sudanese and South Sudanese troops clashed near Heglig on Thursday, officials in "
     "Khartoum and Juba said.\n\nThe African Union condemned the escalation and urged restraint.", "AU", {"SDN", "SSD"}),
    ("BAKU, May 3, 2024 - Azerbaijani and Armenian forces exchanged fire on the border on Thursday.\n\nThe UN "
     "Secretary-General deplored the fighting.", "UN", {"ARM", "AZE"}),
])
def test_an_outsiders_protest_at_the_conflict_is_aimed_at_both_sides(text, outsider, sides):
    events = [e for e in extract_text(text).events if e.type == "PROTEST"]
    assert events and set(events[0].parties) == sides | {outsider}, [(e.evidence[0].quote, e.parties) for e in events]
