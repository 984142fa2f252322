"""Round 17 review fixes of wr2's rules (extractors/event_time.dated_ahead, agreed_under; event_learned): a past
passive dated after the issue day is done, not planned; a commitment refused or asked of another state agrees to
nothing; the learned typer's records dated after the issue day are planned like the patterns'. The sentences are
written for this file, about countries and situations of their own."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _events(sentence: str) -> list[tuple[str, str, bool]]:
    return sorted((e.type, e.cameo, e.planned) for e in extract_text(sentence, published="2024-05-08").events)


@pytest.mark.parametrize("sentence,expected", [
    # told in the past passive ("was signed", "was welcomed"): a date ahead is a wrong date, the act is done
    ("The gas pipeline deal between Azerbaijan and Georgia was signed in Baku on 21 May.", [("AGREE", "057", False)]),
    ("The Moldovan envoy was welcomed by the Romanian president in Bucharest on 16 May.", [("CONSULT", "043", False)]),
    # counter-cases: a present or future passive dated ahead stays planned; a present perfect stays done
    ("The Moldovan envoy will be welcomed by the Romanian president in Bucharest on 16 May.", [("CONSULT", "043", True)]),
    ("The Estonian defence minister visits the Latvian border on 20 May.", [("CONSULT", "042", True)]),
    ("The Lao prime minister has met the Cambodian leader in Phnom Penh on 15 May.", [("CONSULT", "040", False)]),
])
def test_past_passive_dated_ahead_is_done(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a refused commitment: the refusal alone, no agreement and no planned meeting
    ("Laos did not commit to hold talks with Thailand on the dam.", [("REJECT", "120", False)]),
    ("Zambia refused to commit to hold talks with Malawi.", [("REJECT", "120", False)]),
    # a call on another state to commit: the request alone
    ("Botswana called on Namibia to commit to reopen the border crossing.", [("REQUEST", "020", False)]),
    ("Ghana urged Togo to commit to hold talks on the border.", [("REQUEST", "020", False)]),
    # counter-case: a commitment told of its own subject keeps the pledge and the planned meeting
    ("Laos committed to hold talks with Thailand on the dam.", [("AGREE", "030", False), ("CONSULT", "040", True)]),
])
def test_commitment_refused_or_asked_agrees_to_nothing(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _events(sentence) == expected


@pytest.mark.parametrize("sentence,planned", [
    # the learned typer's record dated after the issue day is planned, as a pattern's is
    ("Namibia and Angola open the rebuilt rail link on 27 May.", True),
    ("Mexico and Guatemala open the new border crossing on 25 May.", True),
    # counter-cases: dated on or before the issue day, it stays done
    ("Uruguay and Paraguay inaugurated the new river bridge on 3 May.", False),
    ("Uruguay and Paraguay inaugurate the new river bridge today.", False),
])
def test_learned_records_dated_ahead_are_planned(sentence: str, planned: bool) -> None:
    events = extract_text(sentence, published="2024-05-08").events
    assert events and all(e.planned is planned for e in events)
