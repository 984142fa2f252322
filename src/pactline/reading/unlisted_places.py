"""Datelines of towns the city list lacks (reading/datelines.py): when an unlisted place in capitals opens one
(with a placed region or a news agency and a dash, or a long dash before a whole sentence)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any


def set_apart(m: re.Match[str], agency: str | None, wire: bool) -> bool:
    """ "LODWAR, Kenya (Reuters) -", "OUESSO, Congo —", "MAROUA, (AFP) -": a place in capitals that the city list lacks
    is a dateline still when a dash follows and a region the gazetteer places or a news agency comes before it
    (data/boilerplate.json, datelines; ``wire``: read by the wire pattern); a label in that slot ("FACT SHEET,", "UPDATE,", "EXCLUSIVE,") never is."""
    from pactline.core import vocab
    from pactline.language.dates import MONTHS, WEEKDAYS
    from pactline.language.places import place_country

    dash = m.group("sep") in ("—", "–", "--") or m.group("sep") == "-" and m.string[m.end() : m.end() + 1] in (" ", "")
    data = vocab.load("boilerplate.json")["datelines"]
    if not dash or not wire or m.group("place").strip(" .").lower() in data["labels"]:
        return False
    region = (m.group("region") or "").strip()
    if region and not region.isupper() and region.lower().rstrip(".") not in MONTHS and region.lower() not in WEEKDAYS \
            and place_country(region) is not None:
        return True
    if agency:
        return agency.strip().lower() in data["agencies"]
    return _sentence_after_long_dash(m, data["labels"])


def _sentence_after_long_dash(m: re.Match[str], labels: list[str]) -> bool:
    """ "PUERTO PRINCESA CITY — The coast guard seized …", "MAE SOT, Tak — Thai troops fired …": an unlisted place
    in capitals (a province after it at most) and a long dash opening a whole sentence is a dateline; a word in a
    heading's slot ("UPDATE 2 —") has a digit or is a label, and a heading's dash is followed by no sentence."""
    place = m.group("place").strip(" .")
    region = (m.group("region") or "").strip()
    if m.group("sep") not in ("—", "–") or any(c.isdigit() for c in place) or place.lower() in labels:
        return False
    if " " not in place and len(place) <= 4:
        return False  # "VGP – The session took place …": a short run of capitals is an agency's initials, no town
    if region and (region.isupper() or len(region.split()) > 2) or _names_an_actor(place):
        return False
    after = m.string[m.end() :].strip()
    words = after.split()
    return len(words) >= 8 and after[:1].isupper() and bool(re.search(r"[.!?”\"]$", after))


@cache
def _names_an_actor(place: str) -> bool:
    """ "ASEAN —", "AFRICAN UNION —": a body the gazetteer knows, a heading's name, not a place (a place it knows
    never comes here: read_dateline asks set_apart only about places it cannot place)."""
    from pactline.language.actors import build_context, resolve

    for form in dict.fromkeys((place, place.title())):  # "ASEAN" as written, "AFRICAN UNION" as "African Union"
        found, codes = resolve(form, build_context(""))
        if codes or found is not None and found.role is not None:
            return True
    return False


def dateline_before(line: str, following: str) -> Any:
    """The dateline that is the whole of ``line`` (a ``Dateline`` or None). An unlisted place ending in a long dash
    ("TOWN NAME —", put on a line of its own by ``split_datelines``) is one when the line after it is the whole
    sentence its dash opened, as it was before the split: alone it cannot tell a dateline from a heading."""
    from pactline.reading.datelines import read_dateline

    found = read_dateline(line)
    if found is not None or not line.rstrip().endswith(("—", "–")) or not following.strip():
        return found
    joined = read_dateline(f"{line.rstrip()} {following.split(chr(10), 1)[0].strip()}")
    return joined if joined is not None and joined.end >= len(line.rstrip()) - 1 else None
