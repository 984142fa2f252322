"""An assurance given to someone ("assured his guest that …", "assured President X on Monday that …") is a
pledge to them (AGREE); "assured that …" with no one assured is a statement. Sentences written for other
countries."""

import pytest

from tests.helpers import extract_text


def _events(text):
    return extract_text(text, published="2024-05-08").events


@pytest.mark.parametrize(
    "text,parties",
    [
        ("President Oli of Nepal assured Prime Minister Modi of India on Monday that Nepal would stay neutral.",
         {"NPL", "IND"}),
        ("Nepalese Prime Minister Oli assured his Indian counterpart that Nepal would never allow its territory to be "
         "used against India.", {"NPL", "IND"}),
        ("Argentine President Milei reassured Chilean President Boric that Argentina would honour the treaty.",
         {"ARG", "CHL"}),
    ],
)
def test_assurance_to_someone_is_a_pledge(text, parties):
    assert any(e.type == "AGREE" and set(e.parties) == parties for e in _events(text)), [
        (e.type, e.parties) for e in _events(text)]


def test_assured_that_alone_is_no_event():
    text = "The Finnish minister assured that the ferry service will resume soon."
    assert not any(e.type == "AGREE" for e in _events(text)), [(e.type, e.parties) for e in _events(text)]
