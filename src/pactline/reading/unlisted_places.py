"""Datelines of towns the city list lacks (reading/datelines.py): when an unlisted place in capitals opens one."""

from __future__ import annotations

import re


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
    return bool(agency) and agency.strip().lower() in data["agencies"]
