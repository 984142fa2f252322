"""A place inside what an act is about ("a memorandum on fishing in the Barents Sea") is the topic's, not the
place of the act; a phrase that frames the occasion ("on the sidelines of the summit in Lima") still gives it."""

from __future__ import annotations

import pytest

from tests.helpers import extract_text


def _located(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.location) for e in extract_text(text, published="2024-05-14").events]


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Iceland witnessed the signing of two memoranda on fishing quotas in the Barents Sea.",
        "Egypt and Sudan signed an accord about water sharing in the Nile basin on Monday.",
        "Ghana and Togo held talks on the security situation in the Sahel.",
    ],
)
def test_topic_place_is_not_the_act_place(text):
    found = _located(text)
    assert found and all(place is None for _, place in found), found


def test_occasion_frame_keeps_its_place():
    found = _located("Ministers of Peru and Ecuador met on the sidelines of the summit in Lima on Monday.")
    assert ("CONSULT", "Lima") in found, found


def test_long_joint_title_is_cut_at_a_word():
    text = ("Joint Communique between the Federal Democratic Republic of Ethiopia and the United Republic of Tanzania\n\n"
            "ADDIS ABABA, 4 June 2024 - The two Prime Ministers held talks on trade and transport links.")
    adopted = [e.summary for e in extract_text(text).events if e.type == "AGREE"]
    assert adopted and all(s.endswith(("…", "Tanzania")) for s in adopted), adopted
    assert not any(s.split()[-1] in ("t", "Ta", "Tan") for s in adopted), adopted
