"""Office holders named however a text writes them: data/leaders.tsv (heads of state and government,
foreign ministers and other well-known officials, with their years in office) found in a text by

- the full name, whatever its accents, case, initials and suffixes ("Joseph R. Biden, Jr.", "Recep Tayyip
  Erdogan", "Mr. KISHIDA Fumio" written family name first);
- a title and the surname alone ("President Biden", "PM Modi", "Chancellor Scholz"), when the surname names
  office holders of one country only in the text's years.

The file's columns: alpha-3, name, role, first year, last year (empty while in office), and optionally the
short names a title goes with, separated by "|" ("Lula" for Luiz Inácio Lula da Silva). Without them the
short name is the surname: the last word, or the first for names written family name first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from pactline.core import vocab

_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.\s*")
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?")
_NOT_LETTERS = re.compile(r"[^a-z]+")
# Words before a surname that make it a person: titles of office and forms of address.
_ADDRESS = ("mr", "mrs", "ms", "dr", "h.e.", "his excellency", "her excellency", "sheikh", "shri", "smt", "president-elect")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")


@dataclass(frozen=True)
class Leader:
    name: str
    role: str
    country: str
    start: int | None
    end: int | None
    short: tuple[str, ...]

    def in_office(self, year: int) -> bool:
        return (self.start is None or self.start - 1 <= year) and (self.end is None or year <= self.end + 1)


def fold(text: str) -> str:
    """Text without accents ("Erdoğan" -> "Erdogan", "Vučić" -> "Vucic"), case kept."""
    text = text.replace("’", "'")
    if text.isascii():  # nothing to fold: the same result without a pass per character
        return text
    return unicodedata.normalize("NFKD", text).translate(_UNCOMBINED).replace("ı", "i")


class _Uncombining(dict):  # type: ignore[type-arg]
    """str.translate's table: a combining mark is dropped, any other character kept (each decided once)."""

    def __missing__(self, code: int) -> str | None:
        kept = None if unicodedata.combining(chr(code)) else chr(code)
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombining()


def name_key(text: str) -> str:
    """A name (or a whole text) as matched: no accents, initials, suffixes or punctuation; lower case."""
    plain = _SUFFIX.sub(" ", _INITIAL.sub(" ", fold(text)))
    return " ".join(_NOT_LETTERS.sub(" ", plain.lower()).split())


@cache
def leaders() -> tuple[Leader, ...]:
    text = resources.files("pactline.data").joinpath("leaders.tsv").read_text(encoding="utf-8")
    family_first = frozenset(vocab.load("name_order.json")["family_name_first"])  # "Hun Manet" is PM Hun
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t") + ["", "", ""]
        code, name, role, start, end, short = (c.strip() for c in cells[:6])
        if not short:
            words = name_key(name).split()
            short = (words[0] if code in family_first else words[-1]) if words else ""
        out.append(Leader(name, role, code, int(start) if start else None, int(end) if end else None,
                          tuple(name_key(s) for s in short.split("|") if s)))
    return tuple(out)


@cache
def _full_names() -> tuple[re.Pattern[str], dict[str, list[Leader]]]:
    """One pattern for every full name of two words or more (and two-word names written in reverse)."""
    index: dict[str, list[Leader]] = {}
    for leader in leaders():
        key = name_key(leader.name)
        words = key.split()
        if len(words) < 2:
            continue
        keys = {key, " ".join(reversed(words))} if len(words) == 2 else {key}
        for k in keys:
            index.setdefault(k, []).append(leader)
    names = sorted(index, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + vocab.alternation(names) + r")(?![a-z])"), index


@cache
def _titled_short_names() -> tuple[re.Pattern[str], dict[str, list[Leader]]]:
    """One pattern for a title or form of address followed by a known short name ("President Biden")."""
    from pactline.language.actors import gazetteer

    index: dict[str, list[Leader]] = {}
    for leader in leaders():
        for short in leader.short:
            index.setdefault(short, []).append(leader)
    titles = sorted({t[0] for t in gazetteer().titles if t[2]} | set(_ADDRESS), key=len, reverse=True)
    title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    short_alt = "|".join(re.escape(s).replace(r"\ ", r"[\s-]+") for s in sorted(index, key=len, reverse=True))
    pattern = re.compile(rf"(?i:\b(?:{title_alt}))\.?\s+(?P<s>(?i:{short_alt}))(?![\w-])(?!'[a-rt-z])(?:\s+(?P<next>[A-Z][\w'-]*))?")
    return pattern, index


def text_year(text: str) -> int | None:
    """The year a text names most often (any four-digit year), to tell office holders of a surname apart."""
    years = Counter(int(y) for y in _YEAR.findall(text))
    return years.most_common(1)[0][0] if years else None


def leaders_named(text: str, year: int | None = None) -> list[Leader]:
    """The office holders ``text`` names, each once, in the order first found."""
    found: dict[tuple[str, str], Leader] = {}
    pattern, index = _full_names()
    for m in pattern.finditer(name_key(text)):
        for leader in index[m.group(0)]:
            found.setdefault((leader.name, leader.country), leader)
    titled, shorts = _titled_short_names()
    year = year if year is not None else text_year(text)
    named = {(leader.name, leader.country) for leader in found.values()}
    for m in titled.finditer(fold(text)):
        if not m.group("s")[:1].isupper():
            continue  # "the president said": a short name is capitalised
        candidates = shorts.get(name_key(m.group("s")), [])
        following = name_key(m.group("next") or "")
        if following:
            # "President Hassan Rouhani" is not President Samia Suluhu Hassan: a capitalised word after the
            # short name must belong to the person's full name.
            candidates = [c for c in candidates if set(following.split()) <= set(name_key(c.name).split())]
        # A surname already placed by a full name is that person ("Kishida" after "Fumio Kishida").
        placed = [c for c in candidates if (c.name, c.country) in named]
        if not placed and year is not None:
            placed = [c for c in candidates if c.in_office(year)]
        choice = placed or candidates
        if choice and len({c.country for c in choice}) == 1:
            found.setdefault((choice[0].name, choice[0].country), choice[0])
    for leader in _bare_names(text, year):
        found.setdefault((leader.name, leader.country), leader)
    return list(found.values())


@cache
def _short_names() -> frozenset[str]:
    return frozenset(short for leader in leaders() for short in leader.short)


def is_leader_name(word: str) -> bool:
    """Whether a capitalised word is a short name of an office holder in data/leaders.tsv ("Lula", "Ruto")."""
    return word[:1].isupper() and name_key(word) in _short_names()


_SPEAKING = frozenset({"say", "tell", "add", "state", "note", "stress", "warn", "insist", "explain", "write"})


def name_tagged_as_noun(token) -> bool:  # noqa: ANN001 (a spaCy token)
    """A name the tagger took for a common noun ("Lula will visit …"; "Morales told reporters", read as a plural
    like "morales"): a leader's short name, or a capitalised word inside the sentence that speaks ("…,"
    Torres said"), where only a person's name stands capitalised before a verb of speaking."""
    if token.tag_ not in ("NN", "NNS") or not token.text[:1].isupper():
        return False
    if is_leader_name(token.text):
        return True
    speaks = token.dep_ == "nsubj" and token.head.lemma_.lower() in _SPEAKING
    return speaks and token.i > token.sent.start and token.text[1:].islower() and not any(
        c.dep_ == "det" for c in token.children)


@cache
def _distinct_short_names() -> dict[str, Leader]:
    """Short names that name one office holder only in the whole table ("Putin", "Erdogan"), are no place,
    title, month or day, and are long enough not to be a common word or a syllable of other names."""
    from pactline.language.actors import gazetteer
    from pactline.language.dates import MONTHS, WEEKDAYS

    gaz = gazetteer()
    owners: dict[str, set[tuple[str, str]]] = {}
    first: dict[str, Leader] = {}
    family_first = frozenset(vocab.load("name_order.json")["family_name_first"])
    for leader in leaders():
        words = name_key(leader.name).split()
        for short in leader.short:
            owners.setdefault(short, set()).add((leader.name, leader.country))
            # a surname only: "King Felipe" or "Sheikh Hamid" alone is too common a given name
            if words and short == (words[0] if leader.country in family_first else words[-1]):
                first.setdefault(short, leader)
    titles = {w for t in gaz.titles for w in t[0].split()}
    return {short: first[short] for short, who in owners.items()
            if short in first and len(who) == 1 and len(short) >= 4 and " " not in short and short not in titles
            and short not in MONTHS and short not in WEEKDAYS and short.capitalize() not in gaz.surfaces}


def _opens_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?:;\"“”]\s*$|\n\s*$", text[:start]))


@cache
def _title_words() -> frozenset[str]:
    from pactline.language.actors import gazetteer

    return frozenset(name_key(w) for t in gazetteer().titles for w in t[0].split())


def _bare_names(text: str, year: int | None) -> list[Leader]:
    """Office holders a wire text names by surname alone ("Putin offered to negotiate"): a capitalised
    word, with no capitalised word beside it (so "Hunter Biden" or "Costa Rica" is not one), that names
    one office holder only and, where the text's year is known, one in office then. A surname the text
    also writes in lower case is a common word."""
    distinct = _distinct_short_names()
    out: list[Leader] = []
    plain = fold(text)
    lowered = set(re.findall(r"(?<![\w-])[a-z][a-z'-]+", plain))
    found = [(m, distinct.get(name_key(m.group(1)))) for m in re.finditer(r"(?<![\w.'-])([A-Z][a-z]{3,})(?![\w-])", plain)]
    # A capitalised word opening a sentence may be a common word ("Bush fires spread"): it names the office
    # holder only where the text also writes the surname inside a sentence.
    inside = {leader for m, leader in found if leader is not None and not _opens_sentence(plain, m.start())}
    for m, leader in found:
        if leader not in inside:
            continue
        if m.group(1).lower() in lowered or (year is not None and not leader.in_office(year)):
            continue
        before, after = plain[max(0, m.start() - 30) : m.start()], plain[m.end() : m.end() + 30]
        if re.search(r"[A-Z][\w'-]*[\s-]$", before) or re.match(r"[\s-]+[A-Z]", after):
            continue
        own = set(name_key(leader.name).split()) | set(_ADDRESS)
        others = vocab.compiled(rf"([A-Z][\w'-]*)[\s-]+{re.escape(m.group(1))}(?![\w-])").findall(plain)
        if any(name_key(w) not in own and name_key(w) not in _title_words() for w in others):
            continue  # "Sadiq Khan … Khan said": the text's own person of that surname
        if leader not in out:
            out.append(leader)
    return out


def count_people(ctx: Any, text: str) -> None:
    """Each mention of a placed person counts for their country: a readout may name its leaders far more
    often than their countries ("President El-Sisi spoke with President Macron")."""
    from pactline.language.actors import _PARTICLES, _title_words

    seen: set[str] = set()
    for person in ctx.people.values():
        if person.country is None or person.name in seen:
            continue
        seen.add(person.name)
        # The part of the name the text uses most ("Lula" of Luiz Inácio Lula da Silva, "Kishida").
        parts = [p for p in person.name.split() if len(p) > 2 and p.lower() not in _PARTICLES | _title_words()]
        ctx.country_counts[person.country] += max(
            (len(vocab.compiled(rf"(?<!\w){re.escape(p)}(?!\w)", re.I).findall(text)) for p in parts), default=0)
