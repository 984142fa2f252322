"""Figures are numbers written in digits, in any script the patterns' \\d reads: a sentence without a digit is
passed over before its patterns run (extractors/figures.py), and one in other digits is still read."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Trade between Laos and Mongolia reached $450 million in 2023.", [("USD", 450e6)]),
        ("Trade between Laos and Mongolia reached $\u0664\u0665\u0660 million in 2023.", [("USD", 450e6)]),
        ("Bolivia and Paraguay signed \u0967\u0968 agreements on Monday.", [("count", 12.0)]),
        ("Trade between Laos and Mongolia reached four hundred million dollars.", []),
    ],
)
def test_figures_are_read_from_digits_of_any_script(text, expected):
    facts = extract_text(text, published="2024-03-04").facts
    assert sorted((f.unit, f.value) for f in facts) == expected, [(f.measure, f.unit, f.value) for f in facts]
