"""A sea or ocean named for a state ("the Philippine Sea", "the Indian Ocean") names no state: two sides who
oppose changes "in the Irish Sea" by force oppose no one named. Sentences written for other countries."""

import pytest

from pactline.language.actors import find_countries
from tests.helpers import extract_text


@pytest.mark.parametrize("text,codes", [
    ("patrols in the Philippine Sea", []),
    ("shipping lanes of the Indian Ocean", []),
    ("cables under the Irish Sea", []),
    ("the Philippine Coast Guard", ["PHL"]),
    ("Indian naval ships", ["IND"]),
])
def test_waters_named_for_a_state_name_no_state(text, codes):
    assert [m.code for m in find_countries(text)] == codes


def test_a_joint_stance_on_waters_named_for_a_state_has_no_target():
    text = ("Australia and Vietnam held talks in Hanoi on Monday.\n\nThe two prime ministers expressed concern about "
            "tensions in the Philippine Sea and rejected any bid to alter the status quo there by coercion.")
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type in ("REJECT", "PROTEST")]
    assert events and all(set(e.parties) <= {"AUS", "VNM"} for e in events), [(e.type, e.parties) for e in events]
