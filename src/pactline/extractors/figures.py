"""Figures: reported quantities (money, percentages, counts, durations) with unit, period, change and bound."""

from __future__ import annotations

import calendar
import re
from typing import Any

from pactline.core import vocab
from pactline.core.records import Evidence, Fact, content_id
from pactline.extractors.registry import extractor
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.analysis import Analysis

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12, "crore": 1e7, "lakh": 1e5}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"(?:thousand|million|billion|trillion|mln|mn|bn|tn|crore|lakh|[kmb])\b"


def _currency_patterns() -> list[tuple[re.Pattern[str], str]]:
    data = vocab.load("figures.json")
    out = []
    for symbol, code in data["currency_symbols"].items():
        out.append((vocab.compiled(rf"(?<![\w]){re.escape(symbol)}\s?(?P<n>{_NUM})(?:\s*(?P<s>{_SCALE_RE}))?", re.I), code))
    words = "|".join(sorted((re.escape(w) for w in data["currency_words"]), key=len, reverse=True))
    out.append((vocab.compiled(rf"(?<![\w.])(?P<n>{_NUM})(?:\s*(?P<s>{_SCALE_RE}))?\s+(?P<w>{words})\b", re.I), ""))
    codes = "|".join(data["currency_codes"])
    out.append((vocab.compiled(rf"\b(?P<c>{codes})\s?(?P<n>{_NUM})(?:\s*(?P<s>{_SCALE_RE}))?", re.I), "CODE"))
    return out


def parse_number(number: str, scale: str | None = None) -> float:
    value = float(number.replace(",", ""))
    if scale:
        value *= _SCALE.get(scale.lower(), 1)
    return value


_PERCENT = re.compile(rf"(?P<n>{_NUM})\s*(?:%|percent\b|per cent\b|percentage points?\b)", re.I)
_COUNT = re.compile(
    rf"\b(?P<b>more than|over|nearly|almost|about|around|some|at least|fewer than|less than|up to)?\s*(?P<n>{_NUM})\s+"
    r"(?P<noun>countries|nations|projects|agreements|documents|companies|enterprises|students|flights|tourists|"
    r"visitors|people|soldiers|troops|refugees|delegations|memorandums|deals|contracts|meetings|visits|tons|tonnes)\b",
    re.I,
)
_YEARS_AGO = re.compile(r"\b(?P<n>\d{1,3})\s+years\s+ago\b", re.I)
_DIGIT = re.compile(r"\d")  # the same digits as the \d of every pattern here


def _bound(before: str) -> str:
    data = vocab.load("figures.json")["bounds"]
    tail = before.lower()[-40:]
    for bound, words in data.items():
        if vocab.any_of(tuple(words), after=r"\s*(?:\$|€|£|¥|[a-z]{0,3}\s?)?$").search(tail):
            return bound
    return "exact"


def _measure(text: str) -> str:
    data = vocab.load("figures.json")["measures"]
    lowered = text.lower()
    for measure, cues in data.items():
        if vocab.any_of(tuple(cues)).search(lowered):
            return measure
    return "amount"


def _change(sentence: str, after: int) -> float | None:
    data = vocab.load("figures.json")
    for m in _PERCENT.finditer(sentence):
        window = sentence[max(0, m.start() - 60) : m.end() + 30].lower()
        if any(w in window for w in data["increase_words"]):
            return float(m.group("n").replace(",", ""))
        if any(w in window for w in data["decrease_words"]):
            return -float(m.group("n").replace(",", ""))
    return None


def _is_target(sentence: str) -> bool:
    lowered = sentence.lower()
    return bool(vocab.any_of(tuple(vocab.load("figures.json")["target_words"])).search(lowered))


def _period(sent: Any, position: int, is_target: bool) -> tuple[str | None, str | None]:
    """The period a figure covers: the nearest date expression after it, else before it."""
    candidates = sorted(sent.dates, key=lambda d: (d.start < position, abs(d.start - position)))
    for mention in candidates:
        value, end = mention.value, mention.end_value
        if end:  # a span of months ("the first three quarters of 2023") from its first day to its last
            last = calendar.monthrange(int(end[:4]), int(end[5:7]))[1] if len(end) == 7 else None
            return (f"{value}-01" if len(value) == 7 else value), (f"{end}-{last:02d}" if last else end)
        if len(value) == 4:
            return (None, value) if is_target else (f"{value}-01-01", f"{value}-12-31")
        if len(value) == 7:
            return value, value
        return value, value
    return None, None


def _parties(sentence: str, ctx: DocumentContext) -> list[str]:
    codes = {m.code for m in find_countries(sentence)}
    lowered = sentence.lower()
    if any(w in lowered for w in ("bilateral", "between the two", "two countries", "both countries", "two sides")):
        codes |= set(ctx.main_parties)
    return sorted(codes)


@extractor("figures", produces="facts")
def extract_figures(analysis: Analysis, ctx: DocumentContext) -> list[Fact]:
    doc = analysis.doc
    out: list[Fact] = []
    patterns = _currency_patterns()
    words = vocab.load("figures.json")["currency_words"]
    for sent in analysis.sentences:
        if sent.segment.kind == "caption" or not _DIGIT.search(sent.text):
            continue  # (every figure pattern holds a number written in digits)
        text = sent.text
        taken: list[tuple[int, int]] = []
        target = _is_target(text)
        for pattern, code in patterns:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                unit = code
                if code == "":
                    unit = words[m.group("w").lower()] if m.group("w").lower() in words else m.group("w").upper()
                elif code == "CODE":
                    unit = m.group("c").upper()
                value = parse_number(m.group("n"), m.group("s"))
                out.append(_fact(doc, sent, m, _measure(text), value, unit, target, ctx))
        for m in _COUNT.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            noun = m.group("noun").lower()
            value = parse_number(m.group("n"))
            if 1900 <= value <= 2100 and "," not in m.group("n"):
                continue
            fact = _fact(doc, sent, m, f"count_{noun}", value, "count", target, ctx)
            out.append(fact)
        for m in _YEARS_AGO.finditer(text):
            fact = _fact(doc, sent, m, "years_since", float(m.group("n")), "year", False, ctx)
            fact.period_start = fact.period_end = None
            out.append(fact)
    return out


def _fact(doc: Any, sent: Any, m: re.Match[str], measure: str, value: float, unit: str, target: bool, ctx: DocumentContext) -> Fact:
    text = sent.text
    start, end = sent.start + m.start(), sent.start + m.end()
    period_start, period_end = _period(sent, start, target)
    bound = _bound(text[: m.start()] + (m.group("b") or "" if "b" in m.groupdict() else ""))
    if "b" in m.groupdict() and m.group("b"):
        bound = _bound(m.group("b"))
    evidence = [
        Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end]),
    ]
    return Fact(
        id=content_id("fact", doc.id, start, end, measure, value),
        doc_id=doc.id,
        measure=measure,
        value=value,
        unit=unit,
        period_start=period_start,
        period_end=period_end,
        change_pct=_change(text, m.end()) if unit != "count" else None,
        is_target=target,
        parties=_parties(text, ctx),
        evidence=evidence,
        bound=bound,
        subject=doc.text[start:end],
    )


def _partnership_pattern() -> re.Pattern[str]:
    data = vocab.load("partnership.json")
    qualifiers = sorted(data["qualifiers"], key=len, reverse=True)
    heads = sorted(data["heads"], key=len, reverse=True)
    qual = "|".join(re.escape(q) for q in qualifiers)
    head = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"\b((?:(?:{qual})(?:\s+and\s+|\s*,\s*|\s+|-)?)+)\s*({head})\b", re.I)


def partnership_level(designation: str) -> float:
    data = vocab.load("partnership.json")
    lowered = designation.lower()
    value = 0.0
    for head, weight in sorted(data["heads"].items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(head):
            value += weight
            lowered = lowered[: -len(head)]
            break
    for qualifier, weight in sorted(data["qualifiers"].items(), key=lambda kv: -len(kv[0])):
        if vocab.compiled(rf"(?<![\w-]){re.escape(qualifier)}(?![\w-])").search(lowered):
            value += weight
            lowered = lowered.replace(qualifier, " ")
    return value


@extractor("partnership", produces="facts")
def extract_partnership(analysis: Analysis, ctx: DocumentContext) -> list[Fact]:
    """Designations of the relationship ("all-weather comprehensive strategic partnership"), dated when
    a sentence announces, establishes or upgrades them: a dated state of the relationship."""
    doc = analysis.doc
    cues = vocab.load("partnership.json")["cues"]
    pattern = _partnership_pattern()
    out: list[Fact] = []
    for sent in analysis.sentences:
        lowered = sent.text.lower()
        if not vocab.any_of(tuple(cues)).search(lowered):
            continue
        parties = _parties(sent.text, ctx) or list(ctx.main_parties)
        if len(parties) < 2:
            parties = sorted(set(parties) | set(ctx.main_parties))
        if len(parties) < 2:
            continue
        # Dashes vary ("all–weather"); match on a copy with plain hyphens, same length, same offsets.
        for m in pattern.finditer(sent.text.replace("–", "-").replace("‑", "-")):
            designation = re.sub(r"\s+", " ", m.group(0)).strip()
            if len(designation.split()) < 2:
                continue  # a bare "partnership" says nothing about the level
            start, end = sent.start + m.start(), sent.start + m.end()
            stated = [d for d in sent.dates if len(d.value) >= 7] or sent.dates
            when = stated[0].value if stated else sent.segment.published
            out.append(Fact(
                id=content_id("fact", doc.id, start, end, "partnership_level"), doc_id=doc.id,
                measure="partnership_level", value=partnership_level(designation), unit="level",
                period_start=when, period_end=None, change_pct=None, is_target=False, parties=parties,
                evidence=[Evidence(doc.id, doc.source, sent.start, sent.end, doc.text[sent.start : sent.end])],
                bound="exact", subject=designation,
            ))
            break
    return out
