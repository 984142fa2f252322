"""A record's text never glues the words before a cut subject to its verb ("Under the protocol mobilise …")."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "sentence,text,deadline",
    [
        ("Under the protocol, Portugal will mobilise up to 500 million euros for projects in Angola by 2026.",
         "mobilise up to 500 million euros for projects in Angola by 2026", "2026"),
        ("On regional matters, Angola and Portugal reaffirmed their support for the mediation of the African Union.",
         "reaffirmed their support for the mediation of the African Union", None),
        # The deadline before the subject still dates the pledge.
        ("By 2030, Angola and Portugal will double bilateral trade.", "double bilateral trade", "2030"),
    ],
)
def test_text_starts_after_a_cut_subject(sentence, text, deadline):
    records = extract_text("LUANDA, 8 May 2024 — " + sentence, published="2024-05-08").commitments
    assert [(r.text, r.deadline) for r in records] == [(text, deadline)], [(r.text, r.deadline) for r in records]
