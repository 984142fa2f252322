"""Metadata lines of numbers and short fields: "19-04-2021 | Ana Novak | News", "Quito, Ecuador | 03/11/2023",
"Location: Lusaka", "Accra, 3–5 May 2023"; the words that mark a page's stamp ("Issued", "For immediate
release") and a numeric date beside the kind of document ("14/03/2024 — press release")."""

from __future__ import annotations

import re

from pactline.core import vocab
from pactline.reading.datelines import numeric_date


def pipe_fields(line: str) -> bool:
    """A metadata line of short fields, one of them only a numeric date ("19-04-2021 | Ana Novak | News",
    "2024.03.05 | Press Office")."""
    parts = [p.strip() for p in line.split("|")]
    dated = [i for i, p in enumerate(parts) if re.fullmatch(
        r"\d{1,2}(?:[/-]|\.\s?)\d{1,2}(?:[/-]|\.\s?)\d{4}|\d{4}(?:[/-]|\.\s?)\d{1,2}(?:[/-]|\.\s?)\d{1,2}\.?", p)]
    # the stamp first may be followed by the issuing office's name ("26. 10. 2018 | Press Office of the Ministry")
    limit = 6 if dated[:1] == [0] and len(parts) == 2 else 4
    # … and a byline names its writers and where they filed from ("By A. Name in Accra and B. Name in Lomé")
    return len(parts) >= 2 and bool(dated) and all(
        1 <= len(p.split()) <= (12 if _BYLINE.match(p) else limit) for p in parts)


_BYLINE = re.compile(r"^By\s+[A-ZÀ-Þ]")


def place_and_numeric_date(line: str, text: str) -> tuple[str, str] | None:
    """A date line of a place and a numeric date ("Quito, Ecuador | 03/11/2023", "Lusaka · 14.03.2024"):
    every other part is a short name and one of them is a known place."""
    from pactline.language.places import place_country

    if len(line) > 70:
        return None
    value = numeric_date(line, text)
    if not value:
        return None
    parts = [p.strip() for p in re.split(r"[|,·•–—]| - ", re.sub(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", "", line))]
    # "Cairo in: 24/2/2024", "Issued at Accra on: …": the place before a word that leads to the date
    parts = [re.sub(r"^(?:issued|released)\s+(?:at|in)\s+|\s+(?:in|on|at)\s*:?$|\s*:$", "", p, flags=re.I) for p in parts]
    parts = [p for p in parts if p]
    if not parts or any(len(p.split()) > 3 for p in parts):
        return None
    place = next((p for p in parts if place_country(p, dated=True)), None)
    return (place, value) if place else None


def place_field(line: str) -> str | None:
    """The place a labelled field gives ("Location: Lusaka", "Venue: Arica"; labels in data/boilerplate.json,
    metadata_fields): a short capitalised name, known to the gazetteer or not (the label says it is a place)."""
    labels = vocab.load("boilerplate.json")["metadata_fields"]["place"]
    found = re.match(rf"^\s*(?:{'|'.join(map(re.escape, labels))})\s*:\s*(?P<name>.+?)\s*$", line, re.I)
    name = found.group("name").split(",")[0].strip(" .") if found else ""  # "Arica, Chile": the town
    return name if name[:1].isupper() and 1 <= len(name.split()) <= 4 and not re.search(r"\d", name) else None


def place_and_span(line: str) -> str | None:
    """The place of a line that is a place and the span of days of a visit or meeting held there ("Accra, 3–5 May
    2023", "Lusaka, 30 April – 2 May 2024"): where the text was issued, though the span is no day of issue."""
    from pactline.language.dates import _MONTH
    from pactline.language.places import place_country

    found = re.match(r"^(?P<place>[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,2}),\s+(?P<span>.{5,40})$", line.strip())
    if not found or not re.search(r"\w\s*(?:[–—-]|\bto\b)\s*\d", found.group("span")):
        return None
    rest = re.sub(rf"(?i)\b(?:{_MONTH})\b\.?|\b\d{{1,4}}(?:st|nd|rd|th)?\b|[–—,-]|\bto\b", " ", found.group("span"))
    named = re.search(rf"(?i)\b(?:{_MONTH})\b", found.group("span"))
    return found.group("place") if not rest.strip() and named and place_country(found.group("place")) else None


def stamp_words() -> str:
    """The words that mark a line as the page's own stamp ("Posted", "Issued", "For immediate release", "Page last
    reviewed"; data/boilerplate.json stamp_words)."""
    return "|".join(vocab.load("boilerplate.json")["stamp_words"]["words"])


# "14/03/2024 — press release", "Transcript – 03.05.2023": a numeric date set apart by a dash or a bar from a
# few words that name what kind of document it is
_NUMERIC_STAMP = r"\d{1,2}(?:[/-]|\.\s?)\d{1,2}(?:[/-]|\.\s?)\d{4}"
_KIND_BESIDE = re.compile(rf"^(?:{_NUMERIC_STAMP}\s*[—–|-]\s+(?P<a>[^.!?;:]+)|(?P<b>[^.!?;:\d]+?)\s+[—–|-]\s*{_NUMERIC_STAMP})$")


def stamp_with_kind(line: str) -> bool:
    """Whether the line (70 characters at most) is a numeric date set apart by a dash or a bar from one to four words
    naming the kind of document ("14/03/2024 — press release", "Transcript – 03.05.2023")."""
    m = _KIND_BESIDE.match(line) if len(line) <= 70 else None
    return bool(m) and 1 <= len((m.group("a") or m.group("b")).split()) <= 4
