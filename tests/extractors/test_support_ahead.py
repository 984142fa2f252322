""""will continue to support the initiative": support kept up is a stance of support (SUPPORT), not a new intent
recoded as AGREE (as "will support X" is, CAMEO 03x); support for forces stays AID."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text", [
    "Ghana will continue to support the Great Green Wall Initiative, President Mahama said.",
    "Norway will continue to support Kenya's candidacy for the council seat.",
])
def test_support_said_ahead_is_support(text):
    types = [e.type for e in extract_text(text, published="2024-05-03").events]
    assert "SUPPORT" in types and "AGREE" not in types, types


def test_support_for_forces_ahead_stays_aid():
    text = "Australia will continue to support the Fiji police with training and equipment."
    types = [e.type for e in extract_text(text, published="2024-05-03").events]
    assert "SUPPORT" not in types, types
