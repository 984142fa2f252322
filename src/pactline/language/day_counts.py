"""Days counted from another act: "two days after Tehran launched …", "a week before the vote", "The measures
came a day after the ministry expelled …" (the parse may make "after" a preposition of the head)."""

from __future__ import annotations

import re
from typing import Any

from pactline.language.analysis import SentenceInfo
from pactline.language.spans import NUMBER_WORDS
from pactline.language.syntax import own_clause_range

_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# "the following day", "the next day", "two days later", "a week later": counted from the act told before
_LATER = re.compile(r"\b(?:the\s+(?:following|next)\s+(?P<unit1>day|week)|(?P<n>[a-z]+|\d{1,2})\s+(?P<unit2>days?|weeks?)\s+later)\b", re.I)


def open_clauses(verb: Any, sent: SentenceInfo) -> list[tuple[int, int]]:
    """Clauses inside the verb's that do not keep their times to themselves, as character ranges:
    - a relative clause telling the course of the occasion a noun names ("the official visit to Peru, which
      began on Sunday": data/occasions.json, course_verbs), whose time is the occasion's;
    - a present participle describing a noun ("struck targets belonging to armed groups in the north overnight
      on Saturday"), a state that has no time of its own: the time told at its end is the act's."""
    from pactline.core import vocab

    verbs = frozenset(vocab.load("occasions.json")["course_verbs"])
    spans = [(t, sent.char(t.left_edge.idx), sent.char(t.right_edge.idx + len(t.right_edge.text))) for t in verb.subtree
             if t.i != verb.i and (verb.pos_ == "NOUN" and t.dep_ == "relcl" and t.lemma_.lower() in verbs
                                   or t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i != verb.i and verb.pos_ == "VERB"
                                   or message_clause(t))]
    return [(a, b) for t, a, b in spans if t.dep_ == "acl" or _course_day(sent, a, b)]


def message_clause(tok: Any) -> bool:
    """Whether ``tok`` heads a participle that dates or delivers the message an act is told in ("wrote in a
    letter handed over on Monday", "thanked them in a message dated Friday"): its time is the act's, not one of its own
    (families in data/occasions.json: message_nouns, message_verbs, message_preps)."""
    from pactline.core import vocab

    if tok.dep_ not in ("acl", "amod") or tok.tag_ != "VBN":
        return False
    data, noun = vocab.load("occasions.json"), tok.head
    return (tok.lemma_.lower() in data["message_verbs"] and noun.lemma_.lower() in data["message_nouns"]
            and noun.dep_ == "pobj" and noun.head.lower_ in data["message_preps"])


def _course_day(sent: SentenceInfo, lo: int, hi: int) -> bool:
    """An occasion's course clause dates it only by a day ("which began on Monday"), and not by one long (over a
    month) before the times the sentence tells outside it: "the summit, which opened in 2019 as an annual forum"
    tells the forum's history, not when this summit met."""
    from pactline.language.dates import to_date

    inside = [to_date(d.value) for d in sent.dates if lo <= d.start and d.end <= hi and len(d.value) >= 10]
    outside = [to_date(d.value[:10]) for d in sent.dates if not lo <= d.start < hi and len(d.value) >= 10]
    if not inside or len(inside) < len([d for d in sent.dates if lo <= d.start and d.end <= hi]):
        return False
    return all(day is not None and all(o is None or (o - day).days <= 31 for o in outside) for day in inside)


def event_clause_chars(verb: Any, sent: SentenceInfo) -> tuple[int, int, list[tuple[int, int]]]:
    """``clause_chars`` less the nested clauses whose times are the act's (``open_clauses``)."""
    lo, hi, nested = clause_chars(verb, sent)
    return lo, hi, [n for n in nested if n not in open_clauses(verb, sent)]


def clause_chars(verb: Any, sent: SentenceInfo) -> tuple[int, int, list[tuple[int, int]]]:
    """``own_clause_range`` in document characters (found once per token of a parse: dating an event asks it
    of the same verbs several times; stale if a parse were ever retokenized, see event_patterns.match_verb)."""
    memo = verb.doc.user_data.setdefault("clause_ranges", {})
    if verb.i not in memo:
        memo[verb.i] = own_clause_range(verb)
    lo, hi, nested = memo[verb.i]
    return sent.char(lo), sent.char(hi), [(sent.char(a), sent.char(b)) for a, b in nested]


def clause_dates(verb: Any, sent: SentenceInfo, more_nested: list[tuple[int, int]] | None = None) -> list[Any]:
    """The dates told in the verb's own clause, outside its nested clauses (and ``more_nested`` spans)."""
    lo, hi, nested = clause_chars(verb, sent)
    nested = nested + (more_nested or [])
    return [d for d in sent.dates if lo <= d.start and d.end <= hi and not any(a <= d.start < b for a, b in nested)]


def conjunct_dates(verb: Any, sent: SentenceInfo, own: tuple[int, int]) -> list[Any]:
    """ "ordered X to leave on Friday, recalled its envoy and banned imports": the dates of the verb's head
    conjunct, else the day of the nearest earlier conjunct that tells one, up the chain of coordinated verbs."""
    head = verb.head
    found = clause_dates(head, sent, [own])
    while not found and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # further up, a day only: a year there is as often inside an object ("support for … in 2025")
        found = [d for d in clause_dates(head, sent, [own]) if len(d.value) >= 10]
    return found


def offset_by_preposition(verb: Any, sent: SentenceInfo) -> tuple[int | None, Any]:
    """ "The measures came a day after the ministry expelled …": the parse may make "after" a preposition of
    the head ("came") and leave the acts it tells elsewhere; an act told after it, with no time of its own and
    not the head or above it, is the span of days before the head's day. (offset, head) or (None, None)."""
    if clause_dates(verb, sent):
        return None, None
    for tok in sent.span:
        if tok.i >= verb.i or tok.dep_ != "prep" or tok.lower_ not in ("after", "before") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        if tok.head.i >= verb.i or verb.i in {a.i for a in tok.ancestors}:  # the head is told first
            continue
        days = _span_days(tok)
        if days:
            return (-days if tok.lower_ == "after" else days), tok.head
    return None, None


def _span_days(mark: Any) -> int | None:
    """The days of "a day", "two days", "a week" hanging on ``mark`` ("after", "before")."""
    return next((days for child in mark.children if (days := _unit_days(child))), None)


def _unit_days(child: Any) -> int | None:
    """The days an npadvmod such as "two days" or "a week" names, else None."""
    if child.dep_ != "npadvmod" or child.lower_ not in _UNIT_DAYS:
        return None
    count = next((c for c in child.children if c.dep_ in ("nummod", "det")), None)
    n = NUMBER_WORDS.get(count.lower_) if count is not None else None
    if n is None and count is not None and count.text.isdigit():
        n = int(count.text)
    return n * _UNIT_DAYS[child.lower_] if n else None


def offset_from_head(verb: Any) -> int | None:
    """Days between a temporal clause's event and its head's: "two days after Tehran launched …" is -2, "a
    week before the vote" +7; None when the clause gives no span of days or weeks."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ != "advcl" or not marks or marks[0].lower_ not in ("after", "before"):
        return None
    # "came a day after X said …": the span may hang on the head, just before the mark
    beside = [c for c in verb.head.children if c.dep_ == "npadvmod" and c.i < marks[0].i and c.right_edge.i == marks[0].i - 1]
    for child in list(verb.children) + beside:
        days = _unit_days(child)
        if days:
            return -days if marks[0].lower_ == "after" else days
    return None


def days_later(verb: Any, sent: SentenceInfo) -> int | None:
    """The days "the following day", "two days later" put between the verb's act and the act told before it,
    when the phrase stands in the verb's own clause; else None."""
    lo, hi, nested = clause_chars(verb, sent)
    nested = nested + [(sent.char(c.left_edge.idx), sent.char(c.right_edge.idx + len(c.right_edge.text)))
                       for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]  # its conjuncts' own
    for m in _LATER.finditer(sent.text):
        start = sent.start + m.start()
        if not lo <= start < hi or any(a <= start < b for a, b in nested):
            continue
        unit = (m.group("unit1") or m.group("unit2")).lower()
        count = m.group("n")
        n = 1 if count is None else int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower())
        if n:
            return n * _UNIT_DAYS[unit if unit in _UNIT_DAYS else unit + "s"]
    return None


def temporal_mark(clause: Any) -> str | None:
    """ "after" or "before" when the clause is told as after or before its head's act ("a day after the North
    launched …"; the parser may hang it as a conjunct), else None."""
    if clause.dep_ not in ("advcl", "conj"):
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    return mark.lower_ if mark is not None and mark.lower_ in ("after", "before") else None


def span_before_mark(clause: Any) -> int:
    """The days "a day", "two days" put between a temporal clause and its head's act (0 when none is told)."""
    mark = next(c for c in clause.children if c.dep_ == "mark")
    beside = [c for c in clause.head.children if c.dep_ == "npadvmod" and c.i < mark.i]
    return next((days for c in list(clause.children) + beside if c.i < mark.i and (days := _unit_days(c))), 0)


def temporal_spans(verb: Any, sent: SentenceInfo) -> list[tuple[int, int]]:
    """Character ranges of the sentence's after/before clauses and of the acts an after/before phrase names
    ("has begun the sanctions following the coup on 26 July") that do not hold ``verb``: their days are theirs."""
    return [(sent.char(t.left_edge.idx), sent.char(t.right_edge.idx + len(t.right_edge.text))) for t in sent.span
            if (temporal_mark(t) or _act_after(t)) and not (t.left_edge.i <= verb.i <= t.right_edge.i)]


def _act_after(tok: Any) -> bool:
    """An act named by a noun after "after", "following" or "before" ("following the seizure of power on …")."""
    return tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ in ("after", "following", "before")
