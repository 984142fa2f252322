"""Relative deadlines of a pledge ("within five years", "by the end of the year", "in the first half of next
year"), resolved against the date the pledge was made, at the precision that date has.

Only forward-looking phrases live here: the shared date finder (language/dates.py) reads dates of events,
where "within five years" is no date at all.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache
from typing import Any

from pactline.extractors.event_time import settings
from pactline.extractors.stance_dates import dates_the_object
from pactline.language.dates import INFERRED, DateMention, iso, precision_of, to_date
from pactline.language.spans import NUMBER_WORDS

_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_REL = r"(?:(?P<rel>the|this|next|the\s+current|the\s+coming|the\s+next)\s+(?:financial\s+|fiscal\s+|calendar\s+)?year)"

_SPANS = re.compile(
    rf"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?{_N}\s+(?P<unit>years?|months?|decades?|weeks?|days?)\b", re.I)
_DECADE = re.compile(r"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next|coming|following)\s+decade\b", re.I)
_END = re.compile(rf"\b(?:by|before|until|till)\s+the\s+(?:end|close)\s+of\s+{_REL}(?!\s+\d{{4}})", re.I)
_HALF = re.compile(rf"\b(?:in|during|by|within|before\s+the\s+end\s+of)\s+the\s+(?P<which>first|second)\s+half\s+of\s+"
                   rf"(?:{_REL}|(?P<year>(?:19|20)\d\d)\b)", re.I)
_WITHIN_YEAR = re.compile(r"\b(?:(?:within|before\s+the\s+end\s+of|in\s+the\s+course\s+of)\s+(?:this|the\s+current)\s+year|within\s+the\s+year)\b(?!\s+\d{4})", re.I)


# "over the 2024-2028 period", "during 2025-27", "from 2024 to 2028": a pledge spread over years ends with the last.
_YEARS = re.compile(r"\b(?:(?:over|during|throughout|for|in)\s+(?:the\s+)?(?:period\s+)?|from\s+)(?P<a>(?:19|20)\d\d)"
                    r"\s*(?:[-\u2013\u2014/]|to|until|through)\s*(?P<b>(?:19|20)?\d\d)\b", re.I)


def _years_span(text: str) -> str | None:
    m = _YEARS.search(text)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    end = int(a[:2] + b if len(b) == 2 else b)
    return iso(end) if end > int(a) else None


# "within weeks", "in the coming days", "within a few weeks": a short span with no number, over within weeks.
_FEW = re.compile(r"\b(?:within|in)\s+(?:(?:the\s+)?(?:next|coming)\s+(?:few\s+)?|a\s+few\s+|(?:a\s+)?matter\s+of\s+)?"
                  r"(?:days|weeks)\b(?!\s+(?:of|after|before|since|ago))", re.I)


# "the first state visit in seventeen years": a superlative heading the noun phrase right before the span
# (its noun phrase: up to five words, none a verb: "the first phase will be completed in three years" looks ahead)
_SUPERLATIVE = re.compile(r"\b(?:first|last|largest|biggest|highest|lowest|worst|best|longest)\s+(?:(?!(?:will|would|shall|"
                          r"should|can|could|must|may|be|is|are|was|were|been|has|have|had|they|we)\b)(?![\w-]*ed\b)"
                          r"[\w-]+\s+){0,5}$", re.I)


def _looked_back(text: str, span: re.Match[str]) -> bool:
    """ "in N years" right after a superlative's noun ("their first talks in weeks") measures the past."""
    return span.group(0).lower().startswith("in ") and bool(_SUPERLATIVE.search(text[: span.start()]))


def _few_deadline(made: Any, precision: str) -> str | None:
    """ "within weeks" of a day or month: the year it falls in, when some six weeks later is still that year."""
    if precision == "year":
        return iso(made.year)
    later = made + timedelta(days=42)
    return iso(made.year) if later.year == made.year else None


def _shift_year(rel: str | None) -> int:
    return 1 if rel and rel.lower().split()[-1] in ("next", "coming") else 0


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total // 12, total % 12 + 1


def relative_deadline(text: str, made_on: str | None) -> str | None:
    """The deadline a clause states relative to ``made_on``, or None."""
    made = to_date(made_on)
    if made is None:
        return None
    precision = precision_of(made_on) or "year"
    period = _period_deadline(text, made) or _years_span(text)
    if period:
        return period
    if _DECADE.search(text):
        return iso(made.year + 10)
    few = _FEW.search(text)
    if few and not _looked_back(text, few):
        return _few_deadline(made, precision)
    m = _SPANS.search(text)
    if m and _looked_back(text, m):
        m = None  # "the first state visit in seventeen years", "the largest deal in a decade": a span looked back on
    if m:
        n = NUMBER_WORDS.get((m.group("n") or "").lower()) or int(m.group("n"))
        unit = m.group("unit").lower()
        if unit.startswith("decade"):
            return iso(made.year + 10 * n)
        if unit.startswith("year"):
            # "within two years" of a statement dated to the month ends in that month, two years on
            return iso(made.year + n) if precision == "year" else iso(made.year + n, made.month)
        if unit.startswith(("day", "week")):
            # "within 90 days": to the day from a day's date, to the month from a month's
            days = n * (7 if unit.startswith("week") else 1)
            if precision == "month" and days >= 30:
                return iso(*_add_months(made.year, made.month, round(days / 30)))
            if precision != "day":
                return None
            end = made + timedelta(days=days)
            return iso(end.year, end.month, end.day)
        if precision == "year":
            return iso(_add_months(made.year, 12, n)[0])
        year, month = _add_months(made.year, made.month, n)
        return iso(year, month)
    m = _END.search(text)
    if m:
        return iso(made.year + _shift_year(m.group("rel")))
    m = _HALF.search(text)
    if m:
        year = int(m.group("year")) if m.group("year") else made.year + _shift_year(m.group("rel"))
        return iso(year, 6) if m.group("which").lower() == "first" else iso(year, 12)
    if _WITHIN_YEAR.search(text):
        return iso(made.year)
    return None


_QUARTER = re.compile(rf"\b(?:by|before|in|during|within|until)\s+(?:the\s+end\s+of\s+)?the\s+(?P<which>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(?P<year>\d{{4}})|{_REL}))?", re.I)
_MID = re.compile(r"\b(?:by|before|in|until)\s+(?:the\s+)?mid(?:dle)?[- ]?(?:of\s+)?(?:(?P<year>\d{4})|(?:(?P<rel>the|this|next)\s+)?year)\b", re.I)
_YEAR_END = re.compile(r"\b(?:by|before)\s+(?:the\s+)?year[- ]end\b", re.I)
_DECADE_END = re.compile(r"\b(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+decade\b", re.I)
_QUARTERS = {"first": 3, "1st": 3, "second": 6, "2nd": 6, "third": 9, "3rd": 9, "fourth": 12, "4th": 12}
_SEASON = re.compile(r"\b(?:(?P<rel>this|next|the\s+coming)\s+|(?:by|before|in|during|until|till)\s+(?:the\s+)?"
                     r"(?:(?:end|close)\s+of\s+(?:the\s+)?)?(?:(?:coming|next)\s+)?)(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b", re.I)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 12}  # the month it is over by (winter: begun)


def _season_deadline(text: str, made: Any) -> str | None:
    """ "this spring", "in the autumn", "by next summer": the year of that season, the coming one unless said
    otherwise (a season already over this year is next year's)."""
    m = _SEASON.search(text)
    if m is None:
        return None
    if m.group("year"):
        return iso(int(m.group("year")))
    end = _SEASON_END[m.group("season").lower()]
    if (m.group("rel") or "").lower() == "this":
        return iso(made.year)
    return iso(made.year if made.month <= end else made.year + 1)


def _period_deadline(text: str, made: Any) -> str | None:
    """Quarters, the middle of a year, the year's end and the decade's end."""
    m = _QUARTER.search(text)
    if m:
        month = _QUARTERS[m.group("which").lower()]
        year = int(m.group("year")) if m.group("year") else made.year + _shift_year(m.group("rel"))
        if not m.group("year") and not m.group("rel") and month < made.month:
            year += 1  # "by the end of the first quarter", said in May: next year's
        return iso(year, month)
    m = _MID.search(text)
    if m:
        return iso(int(m.group("year")) if m.group("year") else made.year + _shift_year(m.group("rel")), 6)
    if _YEAR_END.search(text):
        return iso(made.year)
    if _DECADE_END.search(text):
        return iso(made.year // 10 * 10 + 9)
    return _season_deadline(text, made)


_PREPOSITIONS = ("by", "before", "within", "in", "on", "until", "till", "through", "than", "of", "for", "the end of", "end of",
                 "as early as", "during", "ahead of", "ahead to", "towards", "toward", "in time for")


def _mention_value(mention: DateMention) -> str:
    """A period's last day at the precision the period has ("the first half of 2025" ends "2025-06")."""
    if mention.end_value and mention.end_value[:7] != mention.value[:7]:
        return mention.end_value[:7]
    return mention.end_value or mention.value


def not_past(value: str, made: Any) -> bool:
    when = to_date(value)
    if when is None or made is None:
        return True
    if len(value) == 4:
        return when.year >= made.year
    if len(value) == 7:
        return (when.year, when.month) >= (made.year, made.month)
    return when >= made


# "before the 2025 rainy season", "in time for the 2026 summit": a year that qualifies the occasion it precedes
# (or names the year: "by the end of the year 2026").
_QUALIFYING = re.compile(r"\b(?:(?:by|before|ahead\s+of|in\s+time\s+for|until|till|for)\s+the|(?:by|before)\s+the\s+end\s+of\s+the\s+year)$")


_PAST_NAMED = re.compile(r"(?:last|past|previous)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _before(value: str, before: str, said: str) -> str:
    """ "before July 2023" is June at the latest, "before 2025" is 2024 ("before the end of 2025" is 2025)."""
    if not re.search(r"\bbefore$", before) or len(value) not in (4, 7) or said.lower().startswith(("the", "end", "mid", "late", "early")):
        return value
    if len(value) == 4:
        return iso(int(value) - 1)
    year, month = _add_months(int(value[:4]), int(value[5:7]), -1)
    return iso(year, month)


def forward_value(mention: DateMention, made: Any) -> str:
    """The mention's value as a pledge reads it: a period's end, a month without its year the coming one."""
    return _forward(mention, _mention_value(mention), made)


def _forward(mention: DateMention, value: str, made: Any) -> str:
    """A month named without its year ("by the end of March", "ahead of the summit in November") is, in a pledge,
    the next such month from the day it was made; the date finder gave it the latest past one, as for news."""
    if mention.confidence != INFERRED or made is None or len(value) not in (7, 10) or not_past(value, made) \
            or _PAST_NAMED.match(mention.text):
        return value  # "the deal, signed last October, …": a month told as past stays past
    if _WEEKDAY.search(mention.text):  # "meet again on Friday": the coming one, not that day a year on
        when = to_date(value)
        ahead = when + timedelta(days=7) if when is not None and len(value) == 10 else None
        return iso(ahead.year, ahead.month, ahead.day) if ahead is not None else value
    for shift in (0, 1):
        moved = f"{made.year + shift:04d}{value[4:]}"
        if to_date(moved) is not None and not_past(moved, made):
            return moved
    return value


def _ends_with_word(before: str, words: tuple[str, ...]) -> bool:
    """ "by 2027", not "the Plan of Action 2024-2028" (whose "action" ends in the letters of "on")."""
    return any(before.endswith(w) and not before[-len(w) - 1 : -len(w)].isalnum() for w in words)


def dated_deadline(text: str, base: int, mentions: list[DateMention], lo: int, hi: int, made_on: str | None,
                   frame: bool = False) -> str | None:
    """The first date between offsets lo and hi that reads as a deadline: after a preposition of time ("by
    2027", "in the first half of next year"), or a year or month told relative to now ("next year", "later
    this year"), or a possessive ("next year's anniversary"). In a frame around the pledge ("Looking ahead to
    the anniversary next year, …") only a future date counts."""
    made = to_date(made_on)
    for mention in mentions:
        if not (lo <= mention.start and mention.end <= hi + 1):
            continue
        before = text[: mention.start - base].lower().rstrip()
        after = text[mention.end - base : mention.end - base + 2]
        value = _forward(mention, _mention_value(mention), made)
        relative = mention.relative and len(mention.value) in (4, 7)
        qualifying = len(value) == 4 and _QUALIFYING.search(before) is not None
        if not (_ends_with_word(before, _PREPOSITIONS) or relative or qualifying or after in ("'s", "’s")) or not not_past(value, made):
            continue
        if frame and not (relative or _ends_with_word(before, _PREPOSITIONS[-6:])) or frame and made and to_date(value) <= made:
            continue
        return _before(value, before, mention.text)
    return None


_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", re.I)


def anniversary_years(sentences: list[tuple[str, int, list[DateMention]]]) -> dict[str, str]:
    """The year of each anniversary a document dates ("next year's 60th anniversary of the normalisation of
    relations in 1965" -> {"60": "2025"}), so that "the upcoming 60th anniversary" later dates a pledge."""
    out: dict[str, str] = {}
    for text, base, mentions in sentences:
        for m in _ANNIVERSARY.finditer(text):
            relative = [d for d in mentions if d.relative and len(d.value) == 4]
            stated = [d for d in mentions if not d.relative and len(d.value) == 4 and d.start - base > m.end()]
            if relative:
                out.setdefault(m.group(1), relative[0].value)
            elif stated:
                out.setdefault(m.group(1), iso(int(stated[0].value) + int(m.group(1))))
    return out


def anniversary_deadline(text: str, years: dict[str, str], made_on: str | None) -> str | None:
    """ "Regarding the upcoming 60th anniversary, …": the year the document gave that anniversary."""
    made = to_date(made_on)
    for m in _ANNIVERSARY.finditer(text):
        year = years.get(m.group(1))
        if year and not_past(year, made):
            return year
    return None


def told_as_history(sent: Any, cue: Any) -> bool:
    """ "Somalia cut ties in December 2020, accusing Kenya of …", "Last year Bolivia agreed to invest …", "a
    ruling that Kenya rejected in 2021": a stance or pledge its own clause (or the clause it is subordinate to)
    dates long before the document is history the report recalls, not one the report records."""
    if recalled_pledge(cue.token) or cue.token.dep_ == "ccomp" and recalled_pledge(cue.token.head):
        return True  # (also "… a month after Oslo announced that it would …": the announcement recalled)
    made_on = to_date(sent.segment.published)
    if made_on is None or not sent.dates:
        return False
    verbs = [cue.token]
    for _ in range(4):  # a participle or subordinate clause takes the time of its head
        if not (verbs[-1].dep_ in ("advcl", "relcl", "acl") or verbs[-1].tag_ == "VBG" and verbs[-1].dep_ == "conj"):
            break
        verbs.append(verbs[-1].head)
    if verbs[-1].pos_ in ("NOUN", "PROPN") and verbs[-1].dep_ in ("appos", "dobj", "pobj", "npadvmod"):
        # "… awarded Somalia the area in 2021, a ruling Kenya rejected": a clause on a noun that sums up an old act
        # is as old as that act
        verbs.append(next((a for a in verbs[-1].ancestors if a.pos_ in ("VERB", "AUX")), verbs[-1]))
    verbs += _summed_up(cue.token.head if cue.token.dep_ == "xcomp" else cue.token) + _later_acts(sent, cue.token)
    for mention in sent.dates:
        when = to_date(mention.value)
        if when is None or (made_on - when).days < settings()["background_days"] or dates_the_object(cue, mention, sent):
            continue  # ("welcomed the signing in 2021 of the accord": the date is the signing's)
        for verb in verbs:
            inside = [t for t in verb.subtree if mention.start <= sent.char(t.idx) < mention.end]
            if inside and _dates_verb(inside, verb, mention, sent):
                return True
    return False


def _summed_up(verb: Any) -> list[Any]:
    """ "The court in 2021 awarded Chile the waters, a ruling Peru rejected", parsed with "rejected" over the clause
    before it and "a ruling Peru" as its subject: a name with an article is the parser's misreading of a noun that
    sums up that clause, whose time is the stance's."""
    if not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
               for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]


def _later_acts(sent: Any, verb: Any) -> list[Any]:
    """ "Kenya agreed to lease ferries to Tanzania, and in 2011 the first sailed": a past pledge told before a later
    act of another subject in its own sentence is as old as that act, when its own clause names no date."""
    own = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    subject = next((c.lower_ for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ != "VBD" or any(sent.char(verb.doc[i].idx) in range(m.start, m.end) for m in sent.dates for i in own):
        return []
    return [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBD" and c.i > verb.i and any(
        g.dep_ == "nsubj" and g.lower_ != subject for g in c.children)]


def _dates_verb(date_tokens: list[Any], verb: Any, mention: Any, sent: Any) -> bool:
    """Whether the date modifies the verb itself ("cut ties in December 2020"), not a noun or clause below it
    ("reaffirmed the declaration signed in 2015")."""
    node = date_tokens[0]
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.dep_ == "prep" and node.lower_ == "in" and node.head.dep_ == "nsubj" and node.head.head.i == verb.i:
            return True  # "The court in 2021 awarded …": the parser hangs the verb's time on its subject
        if not (mention.start <= sent.char(node.idx) < mention.end or node.pos_ == "ADP") or node.head.i == node.i:
            return False
        node = node.head
    return False


def recalled_pledge(verb: Any) -> bool:
    """ "…, two months after the two sides pledged to …", "a year after Oslo promised to …", "since Ghana vowed
    to …": a past pledge told as the time from which the report counts is the earlier pledge recalled (evidence
    about it), not one the report records."""
    from pactline.extractors.cue_base import cues_data

    data = cues_data()["recalled_pledges"]
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    spans = any(c.dep_ == "npadvmod" and c.lemma_.lower() in data["spans"] for c in verb.children)
    return bool(marks & set(data["always"])) or bool(marks & set(data["after_a_span"])) and spans


@cache
def _time_limit() -> re.Pattern[str]:
    from pactline.extractors.cue_base import cues_data
    from pactline.language.dates import MONTHS, WEEKDAYS

    data = cues_data()["time_limits"]
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    counts = "|".join(re.escape(w) for w in NUMBER_WORDS if w not in ("a", "an"))
    time = (rf"\d|(?:{alt(data['period_words'])})\b|(?:{alt(data['units'])})\b|(?:{alt(MONTHS)})\b|(?:{alt(WEEKDAYS)})\b"
            rf"|(?:{counts}|a|an)\s+(?:{alt(data['units'])})\b")
    return re.compile(rf"\b(?:{alt(data['limit_words'])})\s+[\"“'‘]?(?:the\s+|its\s+)?(?:{time})", re.I)


def states_time_limit(text: str) -> bool:
    """ "demanded a withdrawal by the end of May", "a truce within days": a stance's own time limit; "condemned the
    blockade by the navy on Monday" states none (the "by" names an agent)."""
    return _time_limit().search(text) is not None
