"""Occasions: a visit, summit, meeting, call or signing, with the events that happened within it.

Events of one exact set of parties are read together (two documents about different country pairs never
share an occasion). A visit, meeting, call or signing opens an occasion; the events of the same parties dated
inside its days (talks, a welcoming ceremony, a statement adopted, agreements signed, stances expressed)
join it. An event dated only by month or year joins the one occasion of that month or year when there is
one ("visited China twice in 2023" adds no third visit), else a month-dated anchor opens its own. History
(background events) never joins an occasion; planned acts make planned occasions, apart from what happened.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from pactline.core.records import content_id
from pactline.core.vocab import load
from pactline.extractors.event_summary import party_names
from pactline.language.actors import find_countries
from pactline.language.places import place_country
from pactline.link.common import days_apart
from pactline.store.rows import EventRow, OccasionRow

_ANCHOR_TYPES = {"CONSULT", "AGREE"}
_ANCHOR_AGREE_MODES = {"agreement", "relations"}
_CALL_MODES, _IN_PERSON_MODES = {"phone", "call"}, {"meet", "visit", "host"}
_SAME_OCCASION_DAYS = 2  # a visit's events fall within its days; a day either side for time zones and reports
_SAME_PLACE_DAYS = 10  # reports of one meeting in one place that disagree on its date


@dataclass
class _Draft:
    start: str
    end: str
    events: list[EventRow] = field(default_factory=list)

    def covers(self, date: str, location: str | None) -> bool:
        lo, hi = days_apart(self.start, date), days_apart(self.end, date)
        if lo is None or hi is None:
            return False
        if date >= self.start and date <= self.end:
            return True
        near = min(lo, hi)
        if near <= _SAME_OCCASION_DAYS:
            return True
        places = {(e.location or "").split(",")[0].lower() for e in self.events if e.location}
        return bool(location) and location.split(",")[0].lower() in places and near <= _SAME_PLACE_DAYS

    def add(self, event: EventRow) -> None:
        self.events.append(event)
        if len(event.date or "") >= 10:
            self.start = min(self.start, event.date)
            self.end = max(self.end, event.date_end or event.date, key=lambda d: d[:10])


def _is_anchor(e: EventRow) -> bool:
    return e.type in _ANCHOR_TYPES and (e.type == "CONSULT" or (e.mode or "") in _ANCHOR_AGREE_MODES)


def _kind(events: list[EventRow]) -> str:
    modes = {e.mode for e in events if e.type == "CONSULT"}
    if modes & {"visit", "host"}:
        return "visit"
    if modes & {"phone", "call"}:
        return "call"
    if any(e.type == "CONSULT" for e in events):
        return "meeting"
    return "signing"


def _city(location: str | None) -> str:
    return (location or "").split(",")[0].lower()


def _place_date(drafts: list[_Draft], event: EventRow) -> list[_Draft]:
    """The occasions a month- or year-dated event may belong to: of that month or year, not held in another
    place, and for a call or a meeting in person, of the same kind (a call told of "last week" is not the talks
    held on a day of that month)."""
    date = event.date or ""
    out = []
    for d in drafts:
        if not (d.start.startswith(date) or date.startswith(d.start[: len(date)])):
            continue
        if event.type == "CONSULT" and (event.mode in _CALL_MODES and _kind(d.events) != "call" or
                                        event.mode in _IN_PERSON_MODES and _kind(d.events) == "call"):
            continue
        places = {_city(e.location) for e in d.events if e.location}
        if event.location and places and _city(event.location) not in places:
            continue
        out.append(d)
    return out


def _group_by_time(events: list[EventRow]) -> list[_Draft]:
    drafts: list[_Draft] = []
    # Most precise first; at one precision, the placed anchors that found occasions come before the events
    # that choose among them ("Li arrived in Minsk" in 2024 before "talks with the President" in 2024).
    dated = sorted((e for e in events if e.date),
                   key=lambda e: (-min(len(e.date or ""), 10), not (_is_anchor(e) and e.location), e.date, e.id))
    for event in dated:
        date = event.date or ""
        if len(date) >= 10:
            home = next((d for d in drafts if len(d.start) >= 10 and d.covers(date[:10], event.location)), None)
        else:
            options = _place_date(drafts, event)
            if len(options) > 1:
                # Dated as precisely as one occasion is ("2024" beside "2024-07"): that one.
                options = [d for d in options if d.start == date]
            home = options[0] if len(options) == 1 else None
        if home is not None:
            home.add(event)
        elif _is_anchor(event) and (len(date) >= 7 or event.location):
            drafts.append(_Draft(date[:10], (event.date_end or date)[:10], [event]))
    return [d for d in drafts if any(_is_anchor(e) for e in d.events)]


def _host(kind: str, anchor: EventRow, parties: list[str], place: str | None, own: str | None) -> str | None:
    """A visit's host: where the anchor itself took place, else whom a visit went to ("paid a visit to
    Italy"), else the country of the occasion's place, else who received the guest (last: a passive "A was
    received by B" is often read the wrong way round)."""
    if kind != "visit" or len(parties) != 2:
        return None
    candidates = (place_country(own) if own else None, _destination(anchor),
                  _country(anchor.target_actor) if anchor.mode == "visit" else None,
                  place_country(place) if place else None,
                  _country(anchor.source_actor) if anchor.mode == "host" else None)
    return next((c for c in candidates if c in parties), None)


def _who(kind: str, parties: list[str], host: str | None) -> str:
    """ "visit of Kenya to Ghana" when the visit's host is known, else "meeting of A and B"."""
    if host is None:
        return f"{kind} of {party_names(parties)}"
    visitor = next(p for p in parties if p != host)
    return f"visit of {party_names([visitor])} to {party_names([host])}"


@cache
def _destination_pattern() -> re.Pattern[str]:
    cues = sorted(load("occasions.json")["destination_cues"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\s+(?:the\s+)?", re.I)


def _destination(anchor: EventRow) -> str | None:
    """The country a visit's own sentence says the visitor went to ("paid a state visit to Italy")."""
    for evidence in anchor.evidence[:1]:
        for cue in _destination_pattern().finditer(evidence.get("quote") or ""):
            tail = evidence["quote"][cue.end():cue.end() + 60]
            found = find_countries(tail)
            if found and found[0].start == 0:
                return found[0].code
            town = " ".join(tail.split()[:3]).strip(" ,.;")
            for words in (3, 2, 1):
                code = place_country(" ".join(town.split()[:words]))
                if code:
                    return code
    return None


def _country(actor: object) -> str | None:
    return actor.get("country") if isinstance(actor, dict) else None


def _is_country(name: str) -> bool:
    found = find_countries(name)
    return len(found) == 1 and found[0].kind == "name" and found[0].text == name.strip()


def _known_town(location: str) -> str | None:
    """A place the gazetteer knows: the whole name when its parts agree ("Astana, Kazakhstan"), else its first
    part ("Accra" of a misread "Accra, Kenya")."""
    code = place_country(location)
    if code is None:
        # "Presidential Palace, Hanoi": a venue, then the town that names the occasion.
        return next((part.strip() for part in location.split(",")[1:] if place_country(part)), None)
    agree = all(place_country(part) in (None, code) for part in location.split(",")[1:])
    return location if agree else location.split(",")[0].strip()


def _row(draft: _Draft, parties: list[str], planned: bool, told: dict[str, set[str]]) -> OccasionRow:
    events = sorted(draft.events, key=lambda e: (e.date or "", e.id))
    # The visit itself names the occasion, then a meeting or call, then a signing.
    # A visit told as a visit ("paid a visit to", "arrived in") before one told by its host ("received").
    anchor = min((e for e in events if _is_anchor(e)),
                 key=lambda e: (e.mode != "visit", e.mode != "host", e.type != "CONSULT", e.date or "", e.id))
    kind = _kind(events)
    places = Counter(e.location for e in events if e.location)
    # A town the gazetteer knows names the occasion before a venue ("Accra", not "Jubilee House").
    towns = Counter(town for e in events if e.location and (town := _known_town(e.location)))
    # A town before a whole country ("Nairobi", not "Somalia" of "the situation in Somalia").
    cities = Counter({t: n for t, n in towns.items() if not _is_country(t)}) or towns
    own = _known_town(anchor.location) if anchor.location else None
    place = own or (cities.most_common(1)[0][0] if cities else anchor.location or (
        places.most_common(1)[0][0] if places else None))
    host = _host(kind, anchor, parties, place, own)
    if host is not None and place and place_country(place) != host:
        # A visit takes place in its host's country: a town elsewhere is another occasion's (a summit before).
        place = next((t for t, _n in cities.most_common() if place_country(t) == host), None)
    if kind == "call":
        place = None  # a call joins two capitals: no one place
    # the days its anchor events state, with the other days their sources state (one event, differing dates)
    starts = sorted({e.date for e in events if _is_anchor(e) and len(e.date or "") >= 10 and e.date_confidence == "stated"}
                    | {day for e in events if _is_anchor(e) for day in told.get(e.id, ())})
    discrepancy = {"field": "date", "values": starts} if len(starts) > 1 and kind != "visit" else None
    evidence, sources, seen = [], set(), set()
    for e in events:
        # Two events of one sentence ("met A and B") share a quote: the occasion lists it once.
        evidence += [ev for ev in e.evidence if _evidence_key(ev) not in seen and not seen.add(_evidence_key(ev))]
        sources.update(e.sources)
    where = f" in {place}" if place else ""
    summary = f"{'planned ' if planned else ''}{_who(kind, parties, host)}{where}: {anchor.summary.removeprefix('planned: ')}"
    return OccasionRow(
        id=content_id("occ", anchor.id), kind=kind, date=draft.start, date_end=draft.end if draft.end != draft.start else None,
        date_confidence=_confidence(events, draft.start, anchor), location=place, parties=parties, planned=planned, summary=summary, events=[e.id for e in events],
        evidence=evidence, sources=sorted(sources), discrepancy=discrepancy,
    )


def _confidence(events: list[EventRow], start: str | None, anchor: EventRow) -> str | None:
    """The occasion's date is stated when an event of it states that very date, whichever event anchors it."""
    return "stated" if any(e.date == start and e.date_confidence == "stated" for e in events) else anchor.date_confidence


def _evidence_key(evidence: dict) -> tuple:
    return evidence.get("doc_id"), evidence.get("start"), evidence.get("end")


def build_occasions(events: list[EventRow], told: dict[str, set[str]] | None = None) -> list[OccasionRow]:
    """Occasions of events that share one exact set of (two or more) parties. ``told``: event id -> the
    differing days its sources state, kept as the occasion's date discrepancy."""
    out: list[OccasionRow] = []
    by_parties: dict[tuple[str, ...], list[EventRow]] = {}
    for e in events:
        if len(e.parties) >= 2 and not e.background:
            by_parties.setdefault(tuple(sorted(e.parties)), []).append(e)
    for parties, members in sorted(by_parties.items()):
        for planned in (False, True):
            for draft in _group_by_time([e for e in members if e.planned == planned]):
                out.append(_row(draft, list(parties), planned, told or {}))
    return out
