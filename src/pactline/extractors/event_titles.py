"""A joint text titled as such ("Kenya–Ghana Joint Statement", "JOINT COMMUNIQUÉ on the results of …") is
the act of adopting it: one AGREE of the countries its title names, else of the document's two countries,
dated by the document itself. A title that only names the text in a sentence, or a breadcrumb ("Home > News
> Joint Statement"), is no such act."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core.records import Actor, Event, Evidence, content_id
from pactline.extractors.cameo import goldstein, quad_class
from pactline.extractors.event_summary import party_names
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.analysis import SentenceInfo

_JOINT_TEXT = re.compile(
    r"(?i)(?:\bjoint\s+(?:[\w’'-]+\s+){0,2}(?:statement|communiqu[eé]|declaration|press\s+release)s?\b|"
    r"^\W*(?:[\w’'-]+\s+){0,3}communiqu[eé]\b)")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_CAMEO = "057"  # adopt or sign a formal agreement


def is_joint_title(sent: SentenceInfo) -> bool:
    text = sent.text.strip()
    if not _JOINT_TEXT.search(text) or text.endswith((".", "?", "!")) or len(text.split()) > 45:
        return False
    if re.search(r"[>|»]", text):
        return False  # a breadcrumb of page navigation
    # "Chile and Peru issue joint statement": a verb reports the act, and the verb patterns read it (the
    # tagger may take a headline's verb for a noun).
    before = {w.lower() for w in re.findall(r"[A-Za-z]+", text[: _JOINT_TEXT.search(text).start()])}
    if before & _issuing_words():
        return False
    span = sent.span
    return span is None or not any(t.tag_ in _FINITE for t in span)


@cache
def _issuing_words() -> frozenset[str]:
    """The verbs (and their -s and -ed forms) that issue or adopt a statement in data/event_verbs.json."""
    from pactline.core import vocab

    lemmas = {v["lemma"] for v in vocab.load("event_verbs.json")["verbs"] if "statement" in v.get("objects", [])}
    return frozenset(w for lemma in lemmas for w in (lemma, lemma + "s", lemma + "d", lemma + "ed"))


def with_title_events(doc: Any, ctx: DocumentContext, sentences: list[SentenceInfo], events: list[Event]) -> list[Event]:
    """``events`` with the adoption of each joint text the document is titled as in place of any agreement
    read from the title otherwise (dated by the document, not moved to the occasion's day, unless the title names the
    meeting whose text it is)."""
    out, titles = [], set()
    for sent in sentences:
        if not is_joint_title(sent):
            continue
        named = list(dict.fromkeys(m.code for m in find_countries(sent.text, joined=True)))
        parties = sorted(named) if len(named) >= 2 else sorted(ctx.main_parties) if len(ctx.main_parties) == 2 else []
        if len(parties) < 2 or not set(named) <= set(parties):
            continue
        date = _meeting_day(sent, sentences) or sent.segment.published
        told = _issuing_line(sent, sentences)
        titles.add(sent.start)
        if told is not None and any(e.type == "AGREE" and e.evidence[0].start == told.start for e in events):
            continue  # ("adopted the following joint statement": the text tells its own adoption, read there)
        sent = told or sent  # ("Issued at Pretoria on 4 May": the line that issues the text is its adoption)
        out.append(Event(
            id=content_id("evm", doc.id, sent.start, "title", "AGREE"), doc_id=doc.id, date=date, date_end=None,
            date_confidence="stated" if date else "unknown", type="AGREE", mode="agreement", cameo=_CAMEO,
            source_actor=Actor(party_names(parties), None, "government"), target_actor=None, parties=parties,
            location=None, summary=f"{party_names(parties)} adopted {_clipped(sent.text.strip(), 80)}",
            evidence=[Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])],
            goldstein=goldstein(_CAMEO), quad_class=quad_class(_CAMEO), planned=False, background=False,
        ))
    titled = {e.evidence[0].start for e in out} | titles
    return [e for e in events if not (e.type == "AGREE" and e.evidence[0].start in titled)] + out


def _clipped(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word's end, marked with "…" when cut (a title is never
    told cut mid-word: "the Republic of t")."""
    if len(text) <= limit:
        return text
    return text[: limit + 1].rsplit(None, 1)[0].rstrip(",;:-–—") + " …"


_ISSUED_AT = re.compile(r"(?i)^\W*(\w+)\s+(?:at|in|on)\b")
_OWN_TEXT = re.compile(r"(?i)\b(?:the\s+following|this)\s+joint\s+(?:statement|communiqu[eé]|declaration)\b")


def _issuing_line(title: SentenceInfo, sentences: list[SentenceInfo]) -> SentenceInfo | None:
    """The line by which a joint text tells its own issuing ("Issued at Pretoria on 4 May 2024.", "the two
    leaders adopted the following joint statement"), else None."""
    for sent in sentences:
        at = _ISSUED_AT.match(sent.text)
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", sent.text)}
        if sent is not title and (at and at.group(1).lower() in _issuing_words()
                                  or _OWN_TEXT.search(sent.text) and words & _issuing_words()):
            return sent
    return None


_OF_A_MEETING = re.compile(r"(?i)\b(?:of|at)\s+the\s+(?:[\w’'-]+\s+){0,3}(?:meeting|session|summit)\b")


def _meeting_day(title: SentenceInfo, sentences: list[SentenceInfo]) -> str | None:
    """ "Joint Communiqué of the 9th Meeting of the Joint Commission", posted the day after: the text of a
    meeting is adopted on the day the text states the meeting was held (a few days before it at most)."""
    from pactline.language.dates import to_date
    from pactline.language.event_dates import occasion_sentence_date
    from pactline.language.stance_dates import OCCASION_DAYS

    if not _OF_A_MEETING.search(title.text):
        return None
    held, issued = occasion_sentence_date(sentences), to_date(title.segment.published)
    day = to_date(held) if held else None
    return held if day and issued and 0 < (issued - day).days <= OCCASION_DAYS else None


_RELATED = re.compile(r"(?i)^\s*(?:related(?:\s+\w+)?|read\s+more|see\s+also|also\s+read|more\s+on\s+this)\s*:")
_BULLET = re.compile(r"^\s*(?:[-–—•·*]+)\s+\S")


def is_related_link(text: str) -> bool:
    """A link to another story ("Related: X meets Y", "- Xi arrives in Belgrade", "• Vietnam, Laos sign
    documents"): a heading of another page, not what this text reports. A bullet that is a sentence
    (final punctuation, or long) is the text's own point."""
    if _RELATED.match(text):
        return True
    stripped = text.strip()
    return bool(_BULLET.match(stripped)) and not stripped.endswith((".", ";", ":", "!", "?")) and len(stripped.split()) <= 13



def highlights(sentences: list[SentenceInfo]) -> set[int]:
    """The starts of the bullets that stand between a story's headline and its first paragraph ("* A, B sign
    trade deals" below the title of a wire story): the story's own points in brief, not links to other
    stories (which follow the text). The text's first sentence of some length, told as a sentence, ends them."""
    out: set[int] = set()
    for sent in sentences:
        text = sent.text.strip()
        if _BULLET.match(text):
            out.add(sent.start)
        elif len(text.split()) >= 12 and text.endswith((".", "!", "?", "\"", "”")):
            break
    return out
