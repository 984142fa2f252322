"""Headlines parsed as sentences: "Peru and Chile Hold Talks and Agree on Joint Border Patrols" in title
case misleads the tagger (every word a proper noun), so a headline is parsed with its common words in lower
case. Only the parser's input changes, letter for letter, so every offset and quote stays the document's."""

from __future__ import annotations

import re
from functools import cache

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@cache
def _common_words() -> frozenset[str]:
    """Words a headline capitalises that are no names: the extractors' trigger words and function words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from pactline.language.sentences import trigger_words

    return frozenset(trigger_words() | set(STOP_WORDS))


@cache
def _kept_words() -> frozenset[str]:
    """Capitalised words that stay: titles and collective actors ("President", "Leaders") and country names."""
    from pactline.language.actors import gazetteer

    gaz = gazetteer()
    titles = {w for t in gaz.titles for w in t[0].split()} | {t[0].split()[-1] + "s" for t in gaz.titles}
    return frozenset(titles | {s.lower() for s in gaz.surfaces})


def is_headline(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    if len(words) < 3 or text.rstrip().endswith((".", "?", "!")) and len(words) > 12:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) >= 0.7 and not text.isupper()


# A photo caption's position marks ("X, left, and Y shake hands", "X (R) and Y (L)") and its "Photo:" lead
# leave the parser without a subject; they are blanked, space for character, in what it reads.
_CAPTION_MARKS = re.compile(
    r"(?i)^\s*\[?photos?\s*[:\]]|,\s*(?:(?:second|third|2nd|3rd)\s+(?:from\s+)?)?(?:left|right|center|centre),(?=\s)"
    r"|\s\((?:(?:2nd|3rd|second)\s+)?(?:[LRC]|left|right|center|centre)\)(?=[\s,])")


def caption_form(text: str) -> str:
    """The text with a caption's position marks blanked (same length)."""
    return _CAPTION_MARKS.sub(lambda m: " " * len(m.group(0)), text)


def parse_form(text: str) -> str:
    """The text the parser reads: a headline's common words lower-cased (same length), a caption's position
    marks blanked, else the text."""
    blanked = caption_form(text)
    if blanked[:1].isspace() and not text[:1].isspace() or not is_headline(blanked):
        return blanked  # a caption led by "Photo:" is no headline, however capitalised
    text = blanked
    common, kept = _common_words(), _kept_words()
    out = list(text)
    for i, m in enumerate(_WORD.finditer(text)):
        word = m.group(0)
        lower = word.lower()
        if i == 0 or not word[0].isupper() or word.isupper() or lower in kept or lower not in common:
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)


_LEAD_TAG = re.compile(r"^\s*(?:\([A-Z][A-Z ]*\)\s*)?")  # "(LEAD) ", "(2ND LD) "-style wire tags
_PIECE = re.compile(r"[A-Za-z][\w'’.-]*|[,&]")
_PAIR_JOINS = {",", "and", "&"}


@cache
def _verb_forms() -> frozenset[str]:
    """The event verbs' lemmas in a headline's present: "sign", "signs", "discusses"."""
    from pactline.core import vocab

    lemmas = {v["lemma"] for v in vocab.load("event_verbs.json")["verbs"]}
    return frozenset(lemmas | {lemma + "s" for lemma in lemmas} | {lemma + "es" for lemma in lemmas})


def pair_subject_form(text: str) -> str | None:
    """A headline whose subject is two names joined by a comma or "and" ("Ruto, Suluhu sign border pact",
    "Boric and Petro discuss trade"), which the tagger reads as one noun phrase, parsed as "They sign border
    pact": the names are blanked to spaces before "They" (same length, so offsets stay the document's), and
    "they" is the document's two countries. None when the line is no such headline."""
    if text.rstrip().endswith((".", "?", "!", ":")) or len(text.split()) > 16 or re.match(r"\s*[•·*>\-–—]", text):
        return None  # a sentence, or a bullet of related links
    start = _LEAD_TAG.match(text).end()
    pieces = list(_PIECE.finditer(text, start))
    kept, forms = _kept_words(), _verb_forms()
    joined = False
    for i, piece in enumerate(pieces):
        word = piece.group(0)
        lower = word.lower()
        if i >= 3 and joined and lower in forms and pieces[i - 1].group(0) not in _PAIR_JOINS:
            end = pieces[i - 1].end()
            if end - start < 5:
                return None
            return text[:start] + " " * (end - start - 4) + "They" + text[end:]
        if lower in _PAIR_JOINS:
            if i == 0 or pieces[i - 1].group(0) in _PAIR_JOINS:
                return None
            joined = True
        elif not (word[0].isupper() or lower in kept):
            return None  # a common word before any verb: no subject of names
    return None
