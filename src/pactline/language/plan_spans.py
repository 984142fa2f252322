"""The time of a plan told only as a span from the report ("will hold the first meeting of the council within
six months", "agreed to sign the protocol within three months", "will open talks within one year"): the month
the span ends, the precision a reader can give it (a term of a pledge is read by extractors/deadlines.py)."""

from __future__ import annotations

import re
from typing import Any

from pactline.language.analysis import SentenceInfo
from pactline.language.dates import DateMention, iso, to_date
from pactline.language.spans import NUMBER_WORDS

# "within six months", "within the next two years"; not a span counted from another event ("within a year of the
# handover", "within six months after signing")
_WITHIN = re.compile(r"(?i)\bwithin\s+(?:the\s+(?:next|coming)\s+)?(?P<n>\d{1,2}|" + "|".join(NUMBER_WORDS) +
                     r")\s+(?P<unit>months?|years?)\b(?!\s+(?:of|after|from|following)\b)")


def span_ends(sent: SentenceInfo, verb: Any) -> list[DateMention]:
    """The end of each span "within N months/years" the clause of ``verb`` (a plan) holds, counted from the
    document's date, at month precision."""
    day = to_date(sent.segment.published)
    if day is None or verb is None or not hasattr(verb, "subtree"):
        return []
    tokens = list(verb.subtree)
    lo, hi = sent.char(tokens[0].idx), sent.char(tokens[-1].idx + len(tokens[-1].text))
    out = []
    for m in _WITHIN.finditer(sent.text):
        start, n = sent.start + m.start(), m.group("n").lower()
        if not lo <= start < hi:
            continue
        months = (int(n) if n.isdigit() else NUMBER_WORDS[n]) * (12 if m.group("unit").lower().startswith("year") else 1)
        total = day.year * 12 + day.month - 1 + months
        value = iso(total // 12, total % 12 + 1)
        out.append(DateMention(start, sent.start + m.end(), value, None, "inferred", m.group(0), True, "within_span"))
    return out
