"""A warning is made when it is told: "said it would close its airspace to X's carriers from 1 August unless …" is
a threat of the report's day, not of the day the closure would begin. Written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, day", [
    ("Cairo, 14 July\n\nEgypt and Sudan row over flights\n\nEgypt cut flights to Port Sudan on Monday. Egypt's "
     "aviation ministry said it would close its airspace to Sudanese carriers from 1 August unless Khartoum paid "
     "the fees.", "2025-07-14"),
    ("Accra, 4 March 2022\n\nGhana and Togo row over fees\n\nGhana raised fees on Togolese trucks on Friday. Togo's "
     "transport ministry said it would shut the Aflao crossing to Ghanaian lorries from 20 March unless Accra dropped the "
     "fees.", "2022-03-04"),
])
def test_a_threat_is_dated_when_it_is_made(text, day):
    threats = [e for e in extract_text(text).events if e.type == "THREATEN"]
    assert threats and all(e.date == day for e in threats), [(e.date, e.evidence[0].quote[:40]) for e in threats]
