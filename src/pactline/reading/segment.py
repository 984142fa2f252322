"""Segment: split a cleaned document into main articles, related-story blocks and boilerplate.

Real pages glue several texts together. Each line of the cleaned text is classified (heading, dateline,
banner, boilerplate, caption, related-story marker, body); runs of lines become segments. A heading
followed by a dateline opens a new main article with its own title and date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pactline.core import vocab
from pactline.core.records import Segment, content_id
from pactline.language.date_lines import CLOCK_TIME, WEEKDAY_NAME, banner_month_day, is_banner
from pactline.language.dates import find_dates, iso, precision_of, to_date
from pactline.reading.datelines import (
    caption_credit,
    foreign_date,
    known_town,
    numeric_date,
    pipe_place,
)
from pactline.reading.metadata_lines import (
    pipe_fields,
    place_and_numeric_date,
    place_and_span,
    stamp_with_kind,
    stamp_words,
)
from pactline.reading.neighbours import archive_photo, beside_neighbours
from pactline.reading.outlets import outlet_of
from pactline.reading.titles import Headers, navigation_line
from pactline.reading.unlisted_places import dateline_before


@dataclass
class Block:
    start: int
    end: int
    text: str
    role: str  # heading | section | dateline | banner | boilerplate | caption | related_marker | body
    date: str | None = None
    outlet: str | None = None
    place: str | None = None
    month_day: tuple[int, int] | None = None  # a dateline's date without its year
    basis: str = "stated"  # stated (a date or metadata line) | dateline (a wire dateline) | caption


@dataclass
class SegmentedText:
    segments: list[Segment]
    outlet: str | None
    banner_date: str | None
    place: str | None = None  # the first article's dateline place
    month_day: tuple[int, int] | None = None  # its dateline's month and day when the dateline gives no year
    caption_date: str | None = None  # a photo caption's date above the first article's body
    late_caption_date: str | None = None  # the first dated caption inside the first article's body
    date_basis: str = "stated"  # how the first article's date was given: stated | dateline | updated
    text_date: str | None = None  # the day its text gives under its headline, before the page's posting stamp


_SENTENCE_END = re.compile(r"[.!?;:…][\"”’)\]]*$")


def split_blocks(text: str) -> list[Block]:
    blocks, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(pos, pos + len(line), line, "body"))
        pos += len(line) + 1
    return blocks


# "(iii) to complete the border road by December 2024;": an item of a list, which no dateline is.
_LIST_ITEM = re.compile(r"^\s*\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+\S|.*\w.*;\s*$")


_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}$")
_CLOCK_END = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:h|hrs?|Uhr)\.$")


def _dateline(line: str) -> tuple[str | None, str | None]:
    """(date, outlet) when the line is a dateline such as "People's Daily, 2 March 2023" or a byline with a date."""
    # a sentence ends with a full stop; a date line may end with an initialism ("…, 2023 — Washington, D.C.")
    # … or a clock time ("12.03.2025 – 21:40 h.": the hour's abbreviation, not a sentence's full stop)
    sentence = line.endswith((".", "?", "!")) and not (_INITIALISM_END.search(line) or _CLOCK_END.search(line))
    if len(line) > 160 or sentence and len(line) > 40 or _LIST_ITEM.match(line):
        return None, None
    # a span of days ("Visit of the President, 10-12 March 2025") is what a heading tells, no stamp of one day
    mentions = [m for m in find_dates(line) if m.confidence == "stated" and (precision_of(m.value) or "") != "year"
                and m.end_value is None]
    if mentions:
        chosen = _first_published(line, mentions)
        value, start, end = chosen.value, chosen.start, chosen.end
    elif (foreign := foreign_date(line)) is not None:
        value, start, end = foreign
    else:
        return None, None
    rest = (line[:start] + " " + line[end:]).strip()
    rest = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " ", CLOCK_TIME.sub(" ", rest))
    rest = WEEKDAY_NAME.sub(" ", rest)  # "Tuesday, 4 March 2025 - 18:05 GMT": the weekday names no outlet
    rest = re.sub(r"^(posted|published|updated|date)\s*(on)?\s*:?", " ", rest, flags=re.I)
    words = re.findall(r"[A-Za-z’']+", rest)
    if len(words) > 14:
        return None, None
    return value, outlet_of(rest)


def _occasion_day(line: str) -> bool:
    """ "Visit of the President to Ghana (4 May 2024)": a heading dating its occasion (the page's if no date follows)."""
    m = re.fullmatch(rf"(?!(?i:{stamp_words()})\b)[A-Z][\w’'-]*(?: [\w’'-]+){{2,}}\s*\((?P<d>[^()]{{6,30}})\)\s*", line.strip())
    return bool(m) and bool(find_dates(m.group("d")))


_BY_OFFICE_TOWN = re.compile(r"\bby\s+[A-Z][\w&.]*\s+(?P<t>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*$")
_ONLY_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|revised|edited)\b[^0-9]{0,20}$", re.I)


def _first_published(line: str, mentions: list) -> Any:
    """ "Published Mar 4, 2023 08h30 | Updated Mar 6, 2023": the day it was published, not the last edit;
    otherwise the line's last date."""
    kept = [m for m in mentions if not _UPDATED.search(line[: m.start])]
    return (kept or mentions)[-1]


def _read_prefix_line(block: Block, line: str, text: str) -> bool:
    """A line that is all dateline ("SEOUL –", "date 2019-03-11") or a numeric metadata line
    ("Thứ Hai, 11/09/2023, 19:21", "PTI | Mumbai | Updated: 14-02-2019 08:45 IST")."""
    found = dateline_before(line, text[block.end + 1 : block.end + 400])
    if found and found.end >= len(line.rstrip()) - 1:
        block.role, block.date, block.place, block.month_day = "dateline", found.date, found.place, found.month_day
        block.outlet = found.agency
        # A line that is only a place and a full date ("Lusaka, 14 March 2024") is a date line: stated.
        date_line = found.date is not None and found.agency is None
        block.basis = "stated" if found.kind == "metadata" or date_line else "dateline"
        return True
    # a time or a metadata word marks a numeric date line; so does a line that is nothing but the date
    bare = len(re.sub(r"[^A-Za-z]+", " ", re.sub(r"\b\d{1,2}\.\s?[IVX]{1,4}\.", " ", line)).split()) <= 1
    if len(line) <= 100 and not any(len(m.value) >= 7 for m in find_dates(line)) and (
            bare or re.search(rf"\d:\d\d|\b(?:{stamp_words()})\b", line, re.I)):
        value = numeric_date(line, text)
        if value:
            block.role, block.date = "dateline", value
            block.place = pipe_place(line)
            return True
    place_line = place_and_numeric_date(line, text)
    if place_line:
        block.role, block.date, block.place = "dateline", place_line[1], place_line[0]
        return True
    if place := place_and_span(line):
        block.role, block.place = "dateline", place
        return True
    if pipe_fields(line) and (value := numeric_date(line, text)):
        block.role, block.date, block.place = "dateline", value, pipe_place(line)
        return True
    if stamp_with_kind(line) and (value := numeric_date(line, text)):
        block.role, block.date = "dateline", value
        return True
    return False


def classify(block: Block, text: str = "") -> Block:
    line = block.text.strip()
    if len(line) <= 80 and any(p.search(line) for p in vocab.patterns("boilerplate.json", "correction_stamps")):
        block.role = "boilerplate"  # "Correction appended: 14 May 2024": the day of a fix (a note's text is read)
        return block
    if _read_prefix_line(block, line, text):
        return block
    caption = vocab.patterns("boilerplate.json", "caption")
    # A caption before a date line: "Caption: Police outside the embassy, April 5, 2024. EFE/J. Pérez".
    if caption_credit(line) or (len(line) < 400 and any(p.search(line) for p in caption)):
        block.role = "caption"
        stated = [m for m in find_dates(line) if m.confidence == "stated" and len(m.value) == 10]
        block.date = stated[-1].value if stated else None
        return block
    boiler = vocab.patterns("boilerplate.json", "boilerplate")
    related = vocab.patterns("boilerplate.json", "related_markers")
    if is_banner(line):
        block.role = "banner"
        block.date = find_dates(line)[0].value if find_dates(line) else None
        block.month_day = None if block.date else banner_month_day(line)  # "Thursday, March 9"
        return block
    if any(p.search(line) for p in related) and (len(line) < 60 or re.match(r"^[^.]{0,40}:", line)):
        block.role = "related_marker"  # above the story's first paragraph, the site's menu (reading/neighbours.py)
        return block
    value, outlet = _dateline(line)
    if value:
        block.role, block.date, block.outlet = "dateline", value, outlet
        block.basis = "occasion" if _occasion_day(line) else block.basis
        if _ONLY_UPDATED.match(line) and not re.search(r"\b(?:published|posted|issued)\b", line, re.I):
            block.basis = "updated"  # the last edit: a dateline's day before it is the story's (prepare.py)
        block.place = pipe_place(line) if "|" in line else None
        # "Posted On: 12 MAR 2024 by MOFA Hanoi": the office that issued it and its town, at the line's end
        if block.place is None and (by := _BY_OFFICE_TOWN.search(line)) and known_town(by.group("t"), dated=True):
            block.place = by.group("t")
        # "Pasto, 13 de diciembre de 2019", "State House, Lusaka, 9 March 2023", "Lusaka / Press Office / 9 March
        # 2023": where it was issued
        parts = re.split(r"[,|·–—]|\s/\s", line)  # or last right after a clock time: "June 5, 2025, 09:10, Tarija"
        last = parts[3:][-1:] if "|" not in line and len(parts) == 4 and CLOCK_TIME.fullmatch(parts[-2].strip()) else []
        head = next((p.strip(" ()[]") for p in parts[:3] + last if known_town(p.strip(" ()[]"), dated=True)), None)
        if block.place is None and head:
            block.place = head
            block.outlet = None if outlet == head else outlet
        return block
    if any(p.search(line) for p in boiler) or navigation_line(line):
        block.role = "boilerplate"
        return block
    words = line.split()
    if len(line) < 260 and not _ends_sentence(line) and len(words) >= 2:
        block.role = "section" if _in_capitals(line) else "heading"
        return block
    if len(words) == 1 and len(line) < 30 and not _SENTENCE_END.search(line):
        block.role = "boilerplate"
        return block
    return block


def _story_place(blocks: list[Block], kinds: list[str]) -> str | None:
    """A header set apart as an article of its own (deck, byline, "Published at …"): the story's dateline."""
    stop = next((i for i, k in enumerate(kinds) if k == "related"), len(blocks))
    return next((b.place for b in blocks[:stop] if b.role == "dateline" and b.place), None)


def _ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence; not a line in capitals ending with an initial ("… BOAKAI SR.")."""
    return bool(_SENTENCE_END.search(line)) and not (_in_capitals(line) and re.search(r"(?:^|[\s.])[A-Z]{1,3}\.$", line))


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def segment_text(doc_id: str, text: str) -> SegmentedText:
    """Split a page into main, related, caption and boilerplate segments, each article with its title and date."""
    blocks = _classified(text)
    # Assign each block to a segment kind and an article number.
    kinds: list[str] = []
    articles: list[int] = []
    titles: dict[int, str] = {}
    headers = Headers()
    dates: dict[int, str] = {}
    article = 0
    current = "main"
    has_body = False
    outlet = None
    banner_date = None
    head = _HeadInfo()

    def put(kind: str) -> None:
        kinds.append(kind)
        articles.append(article)

    for i, block in enumerate(blocks):
        head.observe(block, article, has_body)
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        role = block.role
        if role in ("banner", "boilerplate"):
            banner_date = banner_date or (block.date if role == "banner" else None)
            put("boilerplate")
        elif role == "caption":  # what a photo shows is a mention of that event ("X is welcomed by Y, May 2")
            put("caption" if current == "main" and _describes(block.text) else "boilerplate")
        elif role == "related_marker":
            marker_only = len(block.text) < 60 and not re.search(r":\s*\S.{40,}", block.text)
            current, article, has_body = "related", article + 1, not marker_only
            put("boilerplate" if marker_only else "related")
            if not marker_only:
                titles[article] = re.sub(r"^[^:]{0,40}:\s*", "", block.text)[:120]
        elif role == "heading" and nxt is not None and nxt.role == "dateline":
            article += 1 if has_body else 0
            current, has_body = "main", False
            put("main")
        elif role == "dateline":
            prev = blocks[i - 1] if i > 0 else None
            in_header = prev is not None and prev.role == "heading" and kinds[-1] == current and not has_body
            if block.date and (dates.get(article) is None or head.bases.get(article) == "occasion" != block.basis):
                dates[article] = block.date
                head.bases[article] = block.basis
            if article == 0 and not outlet:
                outlet = block.outlet
            put(current if in_header else "boilerplate")
        else:
            put(current)
            has_body = has_body or role == "body"
        headers.observe(role, block.text, articles[-1])
    titles = headers.titles() | titles  # a related story's title is its marker line
    head.place = head.place or _story_place(blocks, kinds)
    return SegmentedText(
        segments=_join_blocks(doc_id, blocks, kinds, articles, titles, dates, headers.decks()), outlet=outlet,
        banner_date=banner_date, place=head.place, month_day=head.month_day, caption_date=head.caption_date,
        late_caption_date=head.late_caption_date, text_date=head.text_date,
        date_basis=head.bases.get(0, "stated").replace("occasion", "stated"),
    )


def _classified(text: str) -> list[Block]:
    """The page's blocks with their roles, read alone and then beside their neighbours."""
    blocks = [classify(b, text) for b in split_blocks(text)]
    beside_neighbours(blocks)
    return blocks


def _describes(line: str) -> bool:
    """A caption with a sentence in it, not a bare credit ("Photo: VCG", "photos: www.example.gov")."""
    return len(line) >= 60 and len(line.split()) >= 8


def _join_blocks(doc_id: str, blocks: list[Block], kinds: list[str], articles: list[int], titles: dict[int, str],
                 dates: dict[int, str], decks: dict[int, tuple[str, ...]]) -> list[Segment]:
    """Consecutive blocks of one kind and article make one segment (boilerplate runs join across articles)."""
    segments: list[Segment] = []
    i = 0
    while i < len(blocks):
        j = i
        while j + 1 < len(blocks) and kinds[j + 1] == kinds[i] and (
            articles[j + 1] == articles[i] or kinds[i] == "boilerplate"
        ):
            j += 1
        kind, art = kinds[i], articles[i]
        start, end = blocks[i].start, blocks[j].end
        title = titles.get(art) if kind != "boilerplate" else None
        published = dates.get(art) if kind != "boilerplate" else None
        segments.append(
            Segment(
                id=content_id("seg", doc_id, start, end, kind), kind=kind, start=start, end=end, title=title,
                published=published, published_confidence="stated" if published else "unknown",
                headlines=decks.get(art, ()) if kind != "boilerplate" else (),
            )
        )
        i = j + 1
    return segments


@dataclass
class _HeadInfo:
    """What the opening lines of the first article say about where and when it was written."""

    place: str | None = None
    month_day: tuple[int, int] | None = None
    caption_date: str | None = None
    late_caption_date: str | None = None
    bases: dict[int, str] = field(default_factory=dict)  # article -> how its date was given
    stamp: str | None = None  # the header's first date, when a posting stamp with its clock time ("… 06:10")
    text_date: str | None = None

    def observe(self, block: Block, article: int, has_body: bool) -> None:
        if article != 0:
            return
        if block.role == "dateline":
            self.place = self.place or block.place
            if block.date and not has_body:
                self._stamp_or_text_day(block)
            if block.date is None and block.month_day and self.month_day is None:
                self.month_day = block.month_day
                if not has_body:
                    self._dateline_day(block.month_day)
        elif block.role == "caption" and block.date and not has_body:
            self.caption_date = self.caption_date or block.date
        elif block.role == "caption" and block.date and not archive_photo(block.text):
            self.late_caption_date = self.late_caption_date or block.date

    def _stamp_or_text_day(self, block: Block) -> None:
        """A posting stamp ("2024-05-09 06:10") above the headline is the day the page was put up; a date line
        below it that gives a day just before ("(Geneva, 8 May 2024)", "Done on 8 May"), with no clock time,
        is the day of the text itself: what the text tells is of that day, the page is of the stamp's."""
        if self.stamp is None:
            self.stamp = block.date if CLOCK_TIME.search(block.text) else ""
            return
        stamp, told = to_date(self.stamp), to_date(block.date)
        if self.text_date is None and stamp and told and not CLOCK_TIME.search(block.text) \
                and 0 < (stamp - told).days <= 3:
            self.text_date = block.date

    def _dateline_day(self, month_day: tuple[int, int]) -> None:
        """A stamp with its clock time above a yearless wire dateline ("LIMA, March 24 -") a day or so before it."""
        for year in (stamp.year, stamp.year - 1) if (stamp := to_date(self.stamp)) and self.text_date is None else ():
            if (told := to_date(iso(year, *month_day))) is not None and 0 < (stamp - told).days <= 3:
                self.text_date = iso(year, *month_day)


def assign_dates(segments: list[Segment], doc_published: str | None, doc_confidence: str) -> None:
    """Segments without a dateline take the document's date (or their neighbours'), marked inferred."""
    for seg in segments:
        if seg.published:
            continue
        if doc_published:
            seg.published = doc_published
            seg.published_confidence = "inferred" if doc_confidence != "stated" else "stated"


def latest(values: list[str]) -> str | None:
    dated = [(to_date(v) or date.min, v) for v in values if v]
    return max(dated)[1] if dated else None
