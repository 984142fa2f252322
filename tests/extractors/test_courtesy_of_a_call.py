"""A courtesy told as the purpose of a call or meeting that took place ("spoke with X to congratulate him") was
paid in it: a SUPPORT of that day; one told of a call still to come stays planned."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text", [
    "President Mahama of Ghana spoke with President Boric of Chile today to congratulate him on his election.",
    "Prime Minister Støre of Norway spoke with President Ruto of Kenya to thank him for Kenya's help.",
    "Chancellor Nehammer of Austria telephoned President Lula of Brazil to express condolences after the floods.",
])
def test_a_courtesy_paid_in_a_call(text):
    events = extract_text(text, published="2024-05-03").events
    assert [e for e in events if e.type == "SUPPORT" and not e.planned], [(e.type, e.planned) for e in events]


def test_a_courtesy_of_a_call_to_come_is_not_paid():
    text = "President Mahama of Ghana will speak with President Boric of Chile to congratulate him on his election."
    events = extract_text(text, published="2024-05-03").events
    assert not [e for e in events if e.type == "SUPPORT" and not e.planned], [(e.type, e.planned) for e in events]
