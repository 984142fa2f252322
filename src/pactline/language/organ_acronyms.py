"""State organs a text names by a well-known acronym ("the PNP said", "IDF troops", "AFP chief Gen. …"):
data/roles.json state_organs "acronyms". Each stands for its country; one another body also uses ("AFP", a
news agency too) only in a text about that country that writes it before an organ's word ("AFP chief", "AFP
troops"), never as a credit ("(AFP)", "AFP file"): the document's context decides."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from pactline.core import vocab


@cache
def _organ_words() -> str:
    return vocab.alternation(vocab.load("roles.json")["state_organs"]["organ_words"])


def known_organs(text: str, main_parties: Iterable[str]) -> dict[str, Any]:
    """acronym (lower case) -> the organ as a person of its country, for the known acronyms the text uses so."""
    from pactline.language.actors import Person

    out: dict[str, Any] = {}
    for organ in vocab.load("roles.json")["state_organs"]["acronyms"]:
        acronym = organ["acronym"]
        if not vocab.compiled(rf"(?<![\w-]){acronym}(?![\w-])").search(text):
            continue
        if organ.get("shared") and (organ["country"] not in main_parties or not vocab.compiled(
                rf"(?<![\w(©-]){acronym}['’]?s?\s+(?:{_organ_words()})\b").search(text)):
            continue  # "told AFP", "(AFP)": the agency
        out[acronym.lower()] = Person(acronym, organ["role"], organ["country"])
    return out


def organ_in(phrase: str, holders: dict[str, Any]) -> Any:
    """The organ whose acronym a phrase opens with or holds as a word ("AFP chief Gen. X", "the TNI commander"),
    where the text made the acronym stand for a country (``holders``); else None."""
    for word in re.findall(r"(?<![\w-])[A-Z]{2,6}(?![\w-])", phrase):
        held = holders.get(word.lower())
        if held is not None and held.country and held.name in (word, word.lower()):
            return held
    return None
