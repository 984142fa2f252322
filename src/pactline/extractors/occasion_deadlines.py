"""A pledge's deadline, read from its clause, the frame around it and the document; among them the date of an
occasion the document gives elsewhere: "agreed to talk again ahead of the regional summit" where the text said
"the summit in September"; "In the course of the visit both sides plan to sign …" after "she will pay a state
visit on 14 August". The occasion words are data (commitment_cues.json: occasions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pactline.extractors.cue_base import Cue, cues_data
from pactline.extractors.deadlines import (
    anniversary_deadline,
    dated_deadline,
    forward_value,
    not_past,
    relative_deadline,
)
from pactline.language.analysis import SentenceInfo
from pactline.language.dates import DateMention, to_date
from pactline.language.syntax import tokens_text

Token = Any

_NEAR = 60  # characters after the occasion word within which the date that places it stands


@dataclass
class DocumentDates:
    """What a document dates once for all its pledges: its anniversaries and its future occasions."""

    anniversaries: dict[str, str] = field(default_factory=dict)
    occasions: dict[str, set[str]] = field(default_factory=dict)


@cache
def _words() -> re.Pattern[str]:
    words = "|".join(sorted(cues_data()["occasions"]["words"], key=len, reverse=True))
    return re.compile(rf"\b({words})s?\b", re.I)


@cache
def _awaited() -> re.Pattern[str]:
    """ "ahead of the regional summit", "during the visit", "at their next meeting": an occasion the pledge awaits."""
    words = "|".join(sorted(cues_data()["occasions"]["words"], key=len, reverse=True))
    return re.compile(rf"\b(?:ahead\s+of|before|during|at|in\s+time\s+for|on\s+the\s+(?:sidelines|margins)\s+of)\s+"
                      rf"(?:the|this|their|its|his|her|next|upcoming)\s+(?:[\w'’.-]+\s+){{0,4}}?({words})s?\b", re.I)


def occasion_dates(sentences: list[tuple[str, int, list[DateMention]]], made_on: str | None) -> dict[str, set[str]]:
    """Each occasion word with the future dates the document gives it ("the summit in September" -> {"summit": {"2024-09"}})."""
    made = to_date(made_on)
    out: dict[str, set[str]] = {}
    if made is None:
        return out
    for text, base, mentions in sentences:
        for m in _words().finditer(text):
            near = [d for d in mentions if m.end() <= d.start - base <= m.end() + _NEAR]
            if not near:
                continue
            value = forward_value(near[0], made)
            when = to_date(value)
            if when is not None and when > made and not_past(value, made):
                out.setdefault(m.group(1).lower(), set()).add(value)
    return out


def occasion_deadline(text: str, occasions: dict[str, set[str]]) -> str | None:
    """The date of the one occasion of that kind the document dates, when the clause awaits it."""
    for m in _awaited().finditer(text):
        values = sorted(occasions.get(m.group(1).lower(), set()), key=len)
        if values and all(v.startswith(values[0]) for v in values):
            return values[0]  # "the visit in April" and "on 22 and 23 April": April, as both say
    return None


def pledge_deadline(sent: SentenceInfo, clause: list[Token], cue: Cue, made_on: str | None, years: DocumentDates) -> str | None:
    """The pledge's deadline: a relative period in its clause ("within five years"), a date its clause
    governs ("by 2027", "next year"), a date in the frame around the pledge ("Looking ahead to the
    anniversary next year, the leaders decided …"), or the year the document gave an anniversary it names."""
    if not clause:
        return None
    clause = _past_gapped_verb(clause)
    start = sent.char(clause[0].idx)
    end = sent.char(clause[-1].idx + len(clause[-1].text))
    found = relative_deadline(sent.text[start - sent.start : end - sent.start + 1], _said_on(sent, cue, clause) or made_on)
    found = found or dated_deadline(sent.text, sent.start, _outside_past_clauses(sent, clause), start, end, made_on)
    if found:
        return found
    inside = {t.i for t in clause}
    for child in cue.token.children:
        if child.dep_ in ("advcl", "prep", "npadvmod") and child.i not in inside and not _own_item(child):
            frame = sorted(child.subtree, key=lambda t: t.i)
            lo, hi = sent.char(frame[0].idx), sent.char(frame[-1].idx + len(frame[-1].text))
            # "committed to build a supply chain, with the first shipments by 2030": a stage after the pledge dates it
            stage = child.lower_ == "with" and child.i > clause[-1].i
            found = dated_deadline(sent.text, sent.start, sent.dates, lo, hi, made_on, frame=not stage)
            if found:
                return found
    return anniversary_deadline(sent.text, years.anniversaries, made_on) or occasion_deadline(
        sent.text[start - sent.start : end - sent.start + 1] + " " + _frame_text(sent, clause, cue), years.occasions)


def _own_item(child: Token) -> bool:
    """ "…, Arce to visit Santiago in August": an infinitive with a subject of its own is what that one will do
    (a headline's next item), no frame around the pledge."""
    kids = {c.dep_: c.lower_ for c in child.children}
    return child.tag_ == "VB" and kids.get("aux") == "to" and "nsubj" in kids


def _past_gapped_verb(clause: list[Token]) -> list[Token]:
    """ "complete [the airport within three years and] the new port by 2030": a second pledge that tells its verb
    once, far before its own object, is dated by its object's words, not by the first object's time between."""
    lead = 1 + sum(1 for t in clause[1:3] if t.dep_ == "prt" and t.head.i == clause[0].i)
    if clause[0].pos_ in ("VERB", "AUX") and lead < len(clause) and clause[lead].i - clause[lead - 1].i > 1:
        return clause[lead:]
    return clause


def _said_on(sent: SentenceInfo, cue: Cue, clause: list[Token]) -> str | None:
    """ "In July, Ghana and Togo agreed to finalise a deal within four months": the earlier month or day the cue
    verb itself is dated to, from which a relative span runs (not the date of the report)."""
    made = to_date(sent.segment.published)
    inside = {t.i for t in clause}
    for child in cue.token.children:
        if child.dep_ not in ("prep", "npadvmod") or child.i in inside:
            continue
        lo, hi = sent.char(min(t.idx for t in child.subtree)), sent.char(max(t.idx + len(t.text) for t in child.subtree))
        for mention in sent.dates:
            when = to_date(mention.value)
            if lo <= mention.start and mention.end <= hi and len(mention.value) >= 7 and when and made and when < made:
                return mention.value
    return None


def _outside_past_clauses(sent: SentenceInfo, clause: list[Token]) -> list[DateMention]:
    """The sentence's dates, less those of a relative clause told in the past ("The new bridge, which the firm had
    pledged to open in 2023, will now carry traffic from 2025"): the date of the earlier promise."""
    past = [t for t in clause if t.dep_ == "relcl" and (t.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lower_ in ("had", "was", "were") for c in t.children))]
    spans = [(sent.char(min(x.idx for x in t.subtree)), sent.char(max(x.idx + len(x.text) for x in t.subtree))) for t in past]
    return [d for d in sent.dates if not any(lo <= d.start and d.end <= hi for lo, hi in spans)]


def _frame_text(sent: SentenceInfo, clause: list[Token], cue: Cue) -> str:
    """ "In the course of the visit both sides plan to sign …": the phrases hung on the cue before its clause."""
    inside = {t.i for t in clause}
    frames = [sorted(c.subtree, key=lambda t: t.i) for c in cue.token.children if c.dep_ == "prep" and c.i not in inside]
    return " ".join(tokens_text(f) for f in frames)
