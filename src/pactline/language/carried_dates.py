"""Dates an earlier sentence hands on to the acts told after it ("X pledged on Monday … X made the remarks
during a meeting with Y"), and which of its dates may be handed on."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.language.analysis import SentenceInfo
from pactline.language.dates import DateMention, to_date
from pactline.language.day_counts import span_before_mark, temporal_mark
from pactline.language.spans import coming_season

_CARRY_DAYS = 31
# A day an earlier sentence tells is handed on to the next act only when it is the report's recent news (the
# week before it): one weeks older is background that dates its own sentence ("The two signed a protocol on 2
# March. The presidents held talks …" in a report of the 28th: the talks are of the report's day).
_NEWS_CARRY_DAYS = 7


def carried(prior: list[DateMention], published: str | None, days: int = _CARRY_DAYS) -> DateMention | None:
    """The date an earlier sentence hands on ("X pledged on Monday … X made the remarks …"), if any, up to
    ``days`` before the document's."""
    anchor = to_date(published)
    for mention in reversed(prior):
        day = to_date(mention.value)
        if len(mention.value) < 10 or day is None or _spans_the_day(mention, anchor):
            continue
        if anchor is None or timedelta(0) <= anchor - day <= timedelta(days=days):
            return mention
    return None


def _spans_the_day(mention: DateMention, anchor: date | None) -> bool:
    """ "is on a visit from 6 to 10 October", told in a text of the 7th: the acts told next fall on some day
    of the span, the text's own when it names none, not on its first day."""
    from pactline.language.stance_dates import period_end

    end = period_end(mention.end_value)  # the last day of a month-precise span ("the first half of 2025")
    return anchor is not None and end is not None and to_date(mention.value) <= anchor <= end


def carried_from(previous: list[SentenceInfo], sent: SentenceInfo, verb: Any = None) -> DateMention | None:
    """The date the last two sentences of the same segment hand on to ``sent``'s act (``verb``), if any: none
    when the act's subject names a party the act that date tells is not by ("Chile recalled its envoy on
    Monday. … Peru's foreign ministry rejected the move": the other side's answer, told as of the text's day)."""
    if verb is not None and said_now(verb) and not quoted(verb, sent):  # (a quotation: its speaker's day)
        return None
    for prior in reversed(previous[-2:]):
        found = carried_dates(prior) if prior.segment.id == sent.segment.id else []
        best = carried(found, sent.segment.published, _NEWS_CARRY_DAYS)
        if best is None and (older := carried(found, sent.segment.published)) is not None and (
                _same_day().search(sent.text) or _continues(verb, prior, older)):
            best = older  # ("… the same day", "He held talks …": the story of that day goes on)
        if best is not None:
            return None if verb is not None and _another_party(verb, prior, best) else best
    return None


def _continues(verb: Any, prior: SentenceInfo, mention: DateMention) -> bool:
    """Whether the act goes on with the doer of the act ``mention`` dates in ``prior``: its subject is a pronoun
    ("He held talks …") or names a party that subject names."""
    from pactline.language.syntax import PRONOUNS

    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if subject is None:
        return False
    if subject.lower_ in PRONOUNS - {"i", "we"}:  # (a speaker's "we" speaks as of its own day)
        return True
    mine = _subject_parties(verb)
    return bool(mine & _subject_parties(governor(prior, mention) if prior.span is not None else None))


def said_now(verb: Any) -> bool:
    """ "I condemn the attacks", "We call on Kigali to withdraw": an act the writer or speaker does in the present
    as they write or speak it is of the text's own day, never of a day told before ("On Monday I travelled …")."""
    return verb.tag_ in ("VBP", "VBZ") and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _another_party(verb: Any, prior: SentenceInfo, mention: DateMention) -> bool:
    """Whether ``verb``'s subject names countries or organisations of which none is named by the subject of the
    clause that holds ``mention`` in ``prior``."""
    mine = _subject_parties(verb)
    return bool(mine) and not mine & _subject_parties(governor(prior, mention) if prior.span is not None else None)


def _subject_parties(verb: Any) -> set[str]:
    """The countries and organisations a clause's subject names ("Peru's foreign ministry": PER)."""
    from pactline.language.actors import find_countries, gazetteer

    for _ in range(3):  # "… and demanded access": a conjunct's subject is its head's
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return set()
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            text = " ".join(t.text_with_ws for t in subject.subtree).strip()
            found = {m.code for m in find_countries(text)}
            return found | {m.group(0) for m in gazetteer().organisation_pattern.finditer(text)}
        verb = verb.head if verb.dep_ == "conj" else None
    return set()


def governor(sent: SentenceInfo, mention: DateMention) -> Any:
    """The verb whose clause holds ``mention`` (None when the parse has none)."""
    tok = next((t for t in sent.span if sent.char(t.idx) <= mention.start < sent.char(t.idx) + len(t.text)), None)
    for _ in range(12):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        tok = tok.head
    return None


def relative_above(verb: Any, sent: SentenceInfo, mention: DateMention) -> bool:
    """ "The visiting leader, who arrived on Saturday night after stops in …, was received with honours": a
    relative clause's date tells its own act, not the main verb's (even where the parse hangs that verb under it)."""
    gov = governor(sent, mention)
    own = gov is not None and gov in verb.ancestors and verb.dep_ in ("xcomp", "ccomp", "conj")  # "who came to sign"
    return gov is not None and gov.dep_ == "relcl" and gov.i != verb.i and not own


def outside_clauses(verb: Any, sent: SentenceInfo, nested: list[tuple[int, int]]) -> list[DateMention]:
    """The sentence's dates outside the ``nested`` character spans and outside a relative clause above ``verb``."""
    return [d for d in sent.dates if not any(a <= d.start < b for a, b in nested) and not relative_above(verb, sent, d)]


def to_come(verb: Any) -> bool:
    """Whether a clause tells an act still to come: a verb in the base form ("will raise it on Wednesday",
    "would ask on Monday", "agreed to convene in the first half of 2024")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # a complement the parser split off its verb ("will raise the dispute at …")
    return verb.tag_ == "VB"


@cache
def _open_times() -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(vocab.load("occasions.json")["open_times"]) + r")\b")


def open_time(verb: Any, sent: SentenceInfo) -> bool:
    """Whether a plan's own words leave its time open ("will visit at a mutually convenient time", "invited him
    to come at a date to be agreed"): such a plan has no date, not the day the text was issued nor another
    occasion's."""
    if verb is None or not hasattr(verb, "subtree"):
        return False
    tokens = list(verb.subtree)
    lo, hi = sent.char(tokens[0].idx), sent.char(tokens[-1].idx + len(tokens[-1].text))
    if any(lo <= d.start and d.end <= hi for d in sent.dates):
        return False  # "in 2026, on a date to be agreed": the year told stands
    return _open_times().search(" ".join(t.text for t in tokens)) is not None


def on_the_timetable(verb: Any, mention: DateMention, headline: bool, published: str | None = None) -> bool:
    """Whether a weekday told with a verb of a journey in the present simple is an act on a timetable ("the minister
    flies to Lima on Monday" in a story's body, data/day_parts.json itinerary_verbs): still to come. Not in a
    headline or a caption, nor in a sentence that also tells something in the past ("…, the ministry said"), nor
    with an auxiliary; and the day before the text's own stays the day gone by (an agency's historical present)."""
    if headline or verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or mention.kind != "weekday":
        return False
    if verb.lemma_.lower() not in _itinerary_verbs() or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(t.tag_ == "VBD" for t in verb.sent) or (day := to_date(mention.value)) is None:
        return False
    return (issued := to_date(published)) is None or (issued - day).days != 1


def told_ahead(sent: SentenceInfo, mention: DateMention) -> bool:
    """Whether the clause that holds a date without its year tells it as still to come ("is expected in Lusaka in
    October", "the summit to be held in April", "talks scheduled for Thursday", "will sign it in March"): a verb
    after "to", "will" or another modal, or a word of expectation (data/event_learned.json planned_heads) in the
    present; never one in the past ("was due in May", "talks scheduled for Monday were called off")."""
    gov = governor(sent, mention)
    if gov is None or gov.pos_ not in ("VERB", "AUX") or gov.tag_ == "VBD":
        return False
    aux = [c for c in gov.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "VBD" for c in aux):
        return False
    if any(c.lower_ == "have" for c in aux):
        return False  # "should have signed it in March": a past that did not happen
    if gov.dep_ == "xcomp" and gov.head.tag_ == "VBD" and any(c.tag_ == "TO" for c in aux) \
            and not any(c.dep_ == "auxpass" for c in gov.children):
        return False  # "began to withdraw in February", "decided to expel him in March": done (a plan is planned)
    if to_come(gov) or any(c.tag_ in ("VB", "MD", "TO") for c in aux):
        return True
    heads = _expectation_words()
    if gov.lower_ in heads and aux:  # "is expected in Accra in May" ("is", "are": the past is ruled out above)
        return True
    if gov.lower_ in heads:  # a participle of its noun ("consultations scheduled for Thursday")
        above = next((t for t in gov.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return above is None or above.tag_ != "VBD" or above.lemma_.lower() in _reporting_verbs()
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in heads for c in gov.children)


@cache
def _same_day() -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in vocab.load("day_parts.json")["same_day"]) + r")\b")


@cache
def _expectation_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("event_learned.json")["planned_heads"])


@cache
def _itinerary_verbs() -> frozenset[str]:
    return frozenset(vocab.load("day_parts.json")["itinerary_verbs"])


@cache
def _reporting_verbs() -> frozenset[str]:
    return frozenset(vocab.load("summaries.json")["reporting_verbs"])


def carried_dates(prior: SentenceInfo) -> list[DateMention]:
    """The dates an earlier sentence can hand on: not those of a clause modifying a noun ("after the summit
    held in Rio on 6 and 7 July"), which date only that clause, nor those of an act still to come ("X will
    raise it at the ministers' meeting on Wednesday"), which date no act done after it."""
    if prior.span is None:
        return prior.dates
    # Nor those inside a subject that is itself an act ("The shelling of the resort on Wednesday wounded …"):
    # they date that act, not what others did next.
    # Nor those of a clause that is what a stance is about ("welcomed the judgment delivered on 23 September"),
    # nor those of a clause told days after or before ("a day after the North launched … on Tuesday"): that act's;
    # nor those of a clause a preposition governs ("met X today, his first trip since being sworn in on Friday").
    modifiers = [(prior.char(t.left_edge.idx), prior.char(t.right_edge.idx + len(t.right_edge.text)))
                 for t in prior.span if t.dep_ in ("relcl", "acl") or t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"
                 or t.dep_ == "pcomp" and t.pos_ in ("VERB", "AUX")
                 or t.dep_ == "ccomp" and t.head.lemma_.lower() not in _reporting_verbs() or temporal_mark(t) and span_before_mark(t)]
    return [d for d in prior.dates if not any(a <= d.start < b for a, b in modifiers) and not to_come(governor(prior, d))
            and not _before_its_noun(prior, d)]


def _before_its_noun(sent: SentenceInfo, mention: DateMention) -> bool:
    """ "blames X for the 12 March blast": a date set before a noun names that noun's time, not the clause's."""
    inside = [t for t in sent.span if mention.start <= sent.char(t.idx) < mention.end]
    return any(t.head not in inside and t.dep_ in _NOUN_MODIFIERS and t.head.pos_ in ("NOUN", "PROPN")
               and t.head.i > t.i and t.head.lower_ not in _day_parts() for t in inside)


@cache
def _day_parts() -> frozenset[str]:
    """ "Tuesday evening": the parts of a day (data/day_parts.json)."""
    return frozenset(vocab.load("day_parts.json")["parts"])


_NOUN_MODIFIERS = ("nummod", "compound", "amod", "npadvmod", "appos", "nmod")


def noun_year(mention: DateMention, verb: Any, sent: SentenceInfo) -> bool:
    """Whether a year or month is part of a noun phrase other than the act's ("witnessed the signing of the 2024
    cooperation plan", "approved the Action Plan of Lima 2019", "thanked X for its leadership of the G7 this
    year"): it dates that noun, not the act."""
    if len(mention.value) >= 10 or sent.span is None:
        return False
    inside = [t for t in sent.span if mention.start <= sent.char(t.idx) < mention.end]
    return any(t.head not in inside and t.dep_ in _NOUN_MODIFIERS and t.head.pos_ in ("NOUN", "PROPN")
               and t.head.i != verb.i and not _occasion_time(t, mention) for t in inside) or any(
        # "signed the Plan of Consultations for 2024-2025", "approved the budget for 2025": a term, not the act's day
        t.dep_ == "pobj" and t.head.lower_ == "for" for t in inside)



def other_acts_object(mention: DateMention, verb: Any, sent: SentenceInfo) -> bool:
    """Whether a year naming a noun sits under another verb than the act's ("agreed to hold the commission and to
    update the 2014 partnership"): a plan is dated by the year of its own object ("will host the 2026 summit"),
    never by another act's; a nominal act's own verb is its ("the session is scheduled for October")."""
    own, node = {verb.i}, verb
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and len(own) < 8:
        node = node.head
        own.add(node.i)
    for tok in (t for t in sent.span if mention.start <= sent.char(t.idx) < mention.end):
        node = tok.head
        for _ in range(8):
            if node.i in own:
                break
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return node.pos_ in ("VERB", "AUX")
            node = node.head
    return False


def _occasion_time(tok: Any, mention: DateMention) -> bool:
    """ "met him on the sidelines of the summit last month", "signed it at the forum last week": a time told from
    the text's own day, set after the gathering where an act took place ("at", "on", "during" it), is the act's
    time (data/occasions.json, gathering_nouns); "in connection with her visit this week" dates the visit."""
    gatherings = vocab.load("occasions.json")["gathering_nouns"]
    noun, prep = tok.head, tok.head.head
    while prep.lower_ == "of" and prep.head.lemma_.lower() in gatherings and prep.head.dep_ == "pobj":
        noun, prep = prep.head, prep.head.head  # "on the margins of the meeting"
    return tok.dep_ == "npadvmod" and mention.relative and tok.head.i < tok.i and tok.head.lemma_.lower() in gatherings \
        and noun.dep_ == "pobj" and prep.lower_ in ("at", "on", "during")


def quoted(verb: Any, sent: SentenceInfo) -> bool:
    """Whether the verb stands inside a direct quotation ("'We call on Chile to …' she said"): what a speaker
    says is said when the text says it was, whatever tense it is in."""
    pos = sent.char(verb.idx) - sent.start
    before, after = sent.text[:pos], sent.text[pos:]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    close = next((i for i, c in enumerate(after) if c in '"“”'), None)  # a quotation closed after the verb
    return close is not None and (after[close] == "”" or close > 0 and after[close - 1] in ",.!?")


_WEEKDAY = re.compile(r"^(?:on\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)


def coming_value(mention: DateMention, published: str | None) -> str:
    """A weekday or month of a scheduled act is the coming one ("is expected to meet him Monday" in a Sunday
    report, "will meet in February" in a May one)."""
    day, anchor = to_date(mention.value), to_date(published)
    if day is None or anchor is None:
        return mention.value
    if len(mention.value) >= 7 and mention.confidence == "inferred" and not _WEEKDAY.match(mention.text.strip()) \
            and mention.value[:7] < anchor.isoformat()[:7] and not re.search(r"(?i)\blast\b", mention.text) \
            and not mention.kind.endswith("_ago"):  # ("two weeks ago" is counted back from the text, never ahead)
        # "will meet again in February" in a May report: the coming February, the year the text did not say
        coming = f"{int(mention.value[:4]) + 1}{mention.value[4:]}"
        return coming if to_date(coming) is not None else mention.value  # (29 February)
    if len(mention.value) == 4 and mention.confidence == "inferred":
        return coming_season(mention.text, mention.value, anchor)
    if len(mention.value) < 10 or not _WEEKDAY.match(mention.text.strip()):
        return mention.value
    return (day + timedelta(days=7)).isoformat() if day < anchor else mention.value
