"""Event links: mentions of one happening grouped into an event (same type and parties, compatible dates
and places), merged into one record, and date discrepancies between sources."""

from __future__ import annotations

import re
from collections import defaultdict

from pactline.core.records import Link, content_id
from pactline.language.article_days import CLOCK_ITEM
from pactline.language.dates import MONTHS
from pactline.link.common import compatible_dates, days_apart, make_link
from pactline.store.rows import EventRow, MentionRow

_TOLD_AGAIN_DAYS = 14
# A host receiving a guest and the two meeting are one happening told from two sides ("X received Y", "X and Y
# met"); a visit, a call or a signing stays its own mode.
_SAME_MODE = {"host": "meet"}


def _mode(m: MentionRow) -> str:
    return _SAME_MODE.get(m.mode or "", m.mode or "")


def _clusters(mentions: list[MentionRow]) -> dict[str, list[MentionRow]]:
    """Mentions of one happening together: same type and parties, compatible dates and places."""
    parent = {m.id: m.id for m in mentions}
    # Mentions the extractor drew from one sentence are different acts ("congratulated X and thanked Y"):
    # two clusters that hold the same sentence never join.
    sentences = {m.id: {(m.doc_id, ev["start"]) for ev in m.evidence} for m in mentions}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    days = {m.id: _own_days(m) for m in mentions}

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb and not sentences[ra] & sentences[rb] and not _days_differ(days[ra], days[rb]):
            parent[rb] = ra
            sentences[ra] |= sentences.pop(rb)
            days[ra] |= days.pop(rb)

    groups: dict[tuple[str, tuple[str, ...], bool, bool], list[MentionRow]] = defaultdict(list)
    for m in mentions:
        groups[(m.type, tuple(sorted(m.parties or [])), bool(m.planned), bool(m.background))].append(m)  # plans, history apart
    pairs: list[tuple[int, int, MentionRow, MentionRow]] = []
    for members in groups.values():
        members.sort(key=lambda m: (m.date or "", m.id))
        for i, a in enumerate(members):
            for b in members[i + 1 : i + 400]:  # sorted by date: later members are ever further away
                if a.date and b.date and len(a.date) >= 7 and len(b.date) >= 7 and (days_apart(a.date, b.date) or 0) > 45:
                    break
                if _mode(a) != _mode(b) or _told_apart(a, b):
                    continue
                same_place = bool(a.location and b.location and (
                    a.location.split(",")[0].lower() in b.location.lower()
                    or b.location.split(",")[0].lower() in a.location.lower()))
                inferred = "inferred" in (a.date_confidence, b.date_confidence)
                tolerance = 10 if same_place else (3 if inferred else 1)
                if compatible_dates(a.date, b.date, tolerance) or (
                    same_place and days_apart(a.date, b.date) is not None and days_apart(a.date, b.date) <= 10
                ) or _told_again(a, b) or _told_again(b, a):
                    pairs.append((_gap(a, b), len(pairs), a, b))
    # the closest days join first: a mention dated only by its occasion joins the mentions of its own day
    for _gap_days, _n, a, b in sorted(pairs, key=lambda p: p[:2]):
        join(a.id, b.id)
    clusters: dict[str, list[MentionRow]] = defaultdict(list)
    for m in mentions:
        clusters[find(m.id)].append(m)
    return clusters


def _gap(a: MentionRow, b: MentionRow) -> int:
    apart = days_apart(a.date, b.date) if a.date and b.date else None
    return apart if apart is not None else 0


def _told_apart(a: MentionRow, b: MentionRow) -> bool:
    """Two acts by different doers one text gives different days ("On Friday, X accused Y …", "on Monday Y accused
    X …"; "Y expels X's envoys" told on the text's own day beside "X on Sunday expelled Y's staff"): two acts, an
    act and the other side's answer, never one told twice. One told on the text's day in the present perfect
    ("X has lodged a protest") may be the other told again, its doer misread."""
    if a.doc_id != b.doc_id or not a.date or not b.date or len(a.date) < 10 or len(b.date) < 10 or a.date == b.date:
        return False
    if any(m.date == m.doc_published and all(_PERFECT.search(ev.get("quote") or "") for ev in m.evidence) for m in (a, b)):
        return False
    doers = {(m.source_actor or {}).get("country") for m in (a, b)}
    return None not in doers and len(doers) == 2


# the sentence's own act in the present perfect, before any comma or quotation ("X has lodged a protest …"; not
# "We call on X …, from which it has withdrawn")
_PERFECT = re.compile(r"(?i)^[^,;:\"“]*?\b(?:has|have)\s+(?!not\b|been\b|never\b)(?:\w+ly\s+)?\w+(?:ed|en)\b")


def _own_days(m: MentionRow) -> set[tuple[str, str]]:
    """(document, day) when the mention's sentences name its day themselves, a day other than the text's own, or
    are a programme's items at their clock times (dated by their day heading: language/article_days.py)."""
    named = m.date and len(m.date) >= 10 and (m.date != m.doc_published and _names_its_day(m) or _programme_item(m)
                                              or _writes_its_date(m))
    return {(m.doc_id, m.date[:10])} if named else set()


def _writes_its_date(m: MentionRow) -> bool:
    """Whether every sentence that tells a mention of a stated date writes that date out with its month ("signed
    on 4 March 2024", "(signed March 4, 2024)"), also when it is the text's own: a day of its own, so an act of
    another day the text writes out ("signed by the ministers on 3 March") is never the same act."""
    if m.date_confidence != "stated" or not m.date or not m.evidence:
        return False
    told = (int(m.date[5:7]), int(m.date[8:10]))
    return all(any((MONTHS.get((g["mon"] or g["mon2"]).lower().rstrip(".")), int(g["day"] or g["day2"])) == told
                   for g in _WRITTEN_DAY.finditer(ev.get("quote") or "")) for ev in m.evidence)


_WRITTEN_DAY = re.compile(r"(?i)\b(?:(?P<mon>[a-z]{3,9}\.?)\s+(?P<day>\d{1,2})(?!\d)|(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
                          r"\s+(?:of\s+)?(?P<mon2>[a-z]{3,9}))")


def _days_differ(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """ "The ministers had met in Mombasa on Monday to prepare the visit" beside the leaders' talks "on
    Wednesday": one text that names two days of its own for two groups of mentions tells two meetings."""
    return any(doc == other_doc and day != other_day for doc, day in a for other_doc, other_day in b)


_DAY_NAMED = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"  # "September 15th", "15th of May"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
                        r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)")


def _names_its_day(m: MentionRow) -> bool:
    """Whether every sentence that tells the mention names a day ("on Monday", "on 6 March"), not one
    carried over from a sentence before or the text's own date."""
    return bool(m.evidence) and all(_DAY_NAMED.search(ev.get("quote") or "") for ev in m.evidence)


def _programme_item(m: MentionRow) -> bool:
    """Whether every sentence that tells the mention is a programme's item at its clock time ("09:30 Wreath-laying")."""
    return bool(m.evidence) and all(CLOCK_ITEM.match(ev.get("quote") or "") for ev in m.evidence)


def _told_again(undated: MentionRow, dated: MentionRow) -> bool:
    """ "… after it shot down a drone" (dated only by the report) and "the drone was brought down overnight on
    March 31" in the same report: one act, whose stated day holds (up to a fortnight before the report)."""
    if undated.doc_id != dated.doc_id or dated.date_confidence != "stated" or undated.date_confidence == "stated":
        return False
    if not undated.date or undated.date != undated.doc_published or not dated.date or len(dated.date) < 10:
        return False
    gap = days_apart(dated.date, undated.date)
    return gap is not None and dated.date < undated.date and gap <= _TOLD_AGAIN_DAYS


def cluster_events(mentions: list[MentionRow]) -> tuple[dict[str, str], list[Link]]:
    """Group mentions of one happening (same type and parties, compatible dates and places)."""
    clusters = _clusters(mentions)
    assignment: dict[str, str] = {}
    links: list[Link] = []
    for members in clusters.values():
        best_date(members)
        head = sorted(members, key=_first_stated_key)[0]
        # Named after the mention that first reported it, so a re-run (or a later retelling) keeps the id.
        event_id = content_id("evt", head.id)
        for m in members:
            assignment[m.id] = event_id
        for other in members:
            if other is head or other.doc_id == head.doc_id:
                continue
            links.append(make_link("same_event", head.id, other.id, 1.0, {"event_id": event_id}))
        stated = [m for m in members if m.date_confidence == "stated" and m.date and len(m.date) >= 10]
        seen: set[tuple[str, str]] = set()
        for i, a in enumerate(stated):
            for b in stated[i + 1 :]:
                if a.date != b.date and a.doc_id != b.doc_id:
                    key = tuple(sorted((a.date, b.date)))
                    if key in seen:
                        continue
                    seen.add(key)
                    links.append(make_link("discrepancy", a.id, b.id, 1.0, {
                        "field": "date", "values": [a.date, b.date], "event_id": event_id,
                        "sources": [a.evidence[0]["source"], b.evidence[0]["source"]],
                    }))
    return assignment, links


def _first_stated_key(m: MentionRow) -> tuple[str, str]:
    return (m.doc_published or "9999", m.id)


def best_date(members: list[MentionRow]) -> str | None:
    """The most precise stated date; then a date a sentence tells ("on Monday") over its report's own date
    (what a headline or an undated sentence falls back on); ties go to the most reported value."""
    counts: dict[str, int] = defaultdict(int)
    for m in members:
        if m.date:
            counts[m.date] += 2 if m.date_confidence == "stated" else 1
    if not counts:
        return None
    stated = {m.date for m in members if m.date and m.date_confidence == "stated"}
    told = {m.date for m in members if m.date and m.doc_published and m.date != m.doc_published}
    # "The protest was made on Friday" beside "has lodged a protest" (dated by the report): the day a sentence
    # names itself outweighs any number of mentions that only carry the report's date
    named = {m.date for m in members if m.date in told and _names_its_day(m)}
    return max(counts, key=lambda d: (d in stated, len(d), d in named, counts[d], d in told, d))


def _most_specific(places: list[str | None]) -> str | None:
    """The place that names the others' ("Sagarmatha Hall, Kathmandu" over "Kathmandu"), else the first."""
    places = [p for p in places if p]
    for place in places:
        if all(other.split(",")[0].lower() in place.lower() for other in places):
            return place
    return places[0] if places else None


def merge_events(mentions: list[MentionRow], assignment: dict[str, str]) -> list[EventRow]:
    """One record per event: the best-dated mention's fields, every party, and all evidence, first-stated
    first."""
    clusters: dict[str, list[MentionRow]] = defaultdict(list)
    for m in mentions:
        clusters[assignment.get(m.id, m.id)].append(m)
    out = []
    for event_id, members in clusters.items():
        members.sort(key=lambda m: (m.doc_published or "9999", m.evidence[0]["start"]))
        best = best_date(members)
        chosen = next((m for m in members if m.date == best), members[0])
        evidence, seen = [], set()
        for m in members:
            for ev in m.evidence:
                key = (ev["doc_id"], ev["start"])
                if key not in seen:
                    seen.add(key)
                    evidence.append(ev)
        out.append(EventRow(
            id=event_id, date=best, date_end=chosen.date_end, date_confidence=chosen.date_confidence,
            type=chosen.type, mode=chosen.mode, cameo=chosen.cameo,
            source_actor=chosen.source_actor or next((m.source_actor for m in members if m.source_actor), None),
            target_actor=chosen.target_actor or next((m.target_actor for m in members if m.target_actor), None),
            parties=sorted({p for m in members for p in m.parties}),
            location=_most_specific([m.location for m in members if m.date == best]) or chosen.location
            or next((m.location for m in members if m.location), None),
            summary=chosen.summary, evidence=evidence,
            goldstein=chosen.goldstein, quad_class=chosen.quad_class,
            mentions=[m.id for m in members],
            sources=sorted({ev["source"] for ev in evidence}),
            planned=all(m.planned for m in members), background=all(m.background for m in members),
        ))
    out.sort(key=lambda e: (e.date or "9999", e.id))
    return out

