"""When a stance was taken: the day the text tells it, not a date inside what it is about.

A stance ("welcomed", "thanked … for", "reaffirmed support for", "called for") is taken when it is told; a
date in its object dates what is welcomed, thanked for or supported ("thanked Ghana for its help during the
floods in March", "support for Chile's chairmanship this year"), not the welcoming. A joint text's stances
are the text's own act; a report's take the day the report gives them (or the document's).
"""

from __future__ import annotations

import calendar
from datetime import date

from pactline.language.dates import DateMention, to_date

OCCASION_DAYS = 7
_OBJECT_WORDS = 3  # words between a stance verb and a date that then dates its object ("for its help in March")
# Stances (welcomed, reaffirmed, agreed, called for, condemned): dated when told.
_STANCE_TYPES = {"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "PROTEST", "AGREE"}
_ACT_MODES = {"agreement", "relations"}  # signing or upgrading is done at a time of its own


def period_end(value: str | None) -> date | None:
    """The last day of a date's known period ("2024" -> 2024-12-31, "2024-02" -> 2024-02-29)."""
    day = to_date(value)
    if day is None or value is None:
        return None
    if len(value) == 4:
        return date(day.year, 12, 31)
    if len(value) == 7:
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def is_stance(event_type: str, mode: str | None) -> bool:
    """Whether the act is a stance, dated when it is told."""
    return event_type in _STANCE_TYPES and mode not in _ACT_MODES


def stated_by_text(event_type: str, mode: str | None, joint_text: bool) -> bool:
    """Whether a joint text's stance ("The two sides welcomed …") is dated by the text itself, not by a date
    an earlier sentence gives for another act of the occasion (a dinner on its first evening)."""
    return joint_text and is_stance(event_type, mode)


def stated_now(pool: list[DateMention], published: str | None, told: tuple[int, str, int] | None = None) -> list[DateMention]:
    """A joint text's stance is taken when the text is issued: a date well before it dates what is welcomed
    or supported ("welcomed the entry into force on 3 February", "support for the chairmanship in 2023",
    "congratulated … on the decision of December 2023"), not the welcoming; so does a day just before it told
    past the stance's object (``told``: the verb's end, the sentence and its start): "congratulated Chile on
    taking up the chair on 1 May" in a text of 3 May."""
    issued = to_date(published) if published and len(published) == 10 else None
    if issued is None:
        return pool
    verb_end, text, base = told or (None, "", 0)
    # nor a period around or after it ("support for its chairmanship in 2026", "… and invited him later this
    # year"): what is supported, or another act's time
    return [d for d in pool if (end := period_end(d.end_value or d.value)) is None
            or (issued - end).days <= OCCASION_DAYS and not (len(d.value) < 10 and end >= issued) and not (
                verb_end is not None and end < issued and d.start > verb_end
                and len(text[verb_end - base : d.start - base].split()) >= _OBJECT_WORDS)]


def stance_told_day(pool: list[DateMention], verb_end: int, text: str, base: int,
                    published: str | None) -> list[DateMention]:
    """The dates of a stance's own time: a date told after the stance verb and past its object, in what it is
    about, dates that ("thanked Ghana for its help during the floods in March", "praised its chairmanship this
    year", "supports its hosting of the summit next year") when it lies well before the document's day, is a
    period around it or comes after it; a date before the verb ("on
    Monday thanked") or right after it ("agreed in March to …", "accused Uganda in May of …"), or a day close
    before the document's, stays the stance's."""
    issued = to_date(published) if published and len(published) == 10 else None
    if issued is None:
        return pool
    out = []
    for d in pool:
        end = period_end(d.end_value or d.value)
        start = to_date(d.value)
        past_object = d.start > verb_end and len(text[verb_end - base : d.start - base].split()) >= _OBJECT_WORDS
        if past_object and end is not None and start is not None and (
                (issued - end).days > OCCASION_DAYS or len(d.value) < 10 and start <= issued <= end or start > issued):
            continue
        out.append(d)
    return out
