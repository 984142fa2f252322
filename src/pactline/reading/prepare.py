"""Prepare: turn a RawDocument into a cleaned, segmented, dated Document (no parsing yet)."""

from __future__ import annotations

import re

from pactline.core.errors import InputError
from pactline.core.options import Options
from pactline.core.records import Document, RawDocument, Segment, content_id
from pactline.language.actors import build_context, find_countries
from pactline.language.context import attach_context, dateline_year, names_weekday_of
from pactline.language.date_lines import is_diary, parse_date_string
from pactline.language.dates import iso, precision_of, to_date, truncate
from pactline.reading.clean import clean_text
from pactline.reading.datelines import issued_place, signing_line, split_datelines
from pactline.reading.language_check import detect_language
from pactline.reading.segment import SegmentedText, latest, segment_text
from pactline.reading.slug_dates import address_date
from pactline.reading.spelled_dates import spelled_out


def prepare(raw: RawDocument, options: Options) -> Document:
    text, marks = clean_text(raw.text)
    text = split_datelines(text)
    if not text:
        raise InputError(raw.source, "no text left after cleaning")
    language, reason = detect_language(text, options.min_english_ratio)
    if language != "en":
        raise InputError(raw.source, f"not English ({reason})")
    doc_id = content_id("doc", text)
    seg = segment_text(doc_id, text)
    segments = seg.segments

    body = _main_body(text, segments)
    # "Done at Accra on 3 May 2024", "… on the third day of May of the year two thousand and twenty-four": a joint
    # text's own date and place
    signed = signing_line(spelled_out(body))
    published, confidence, banner_only = _document_date(raw, text, seg, body, signed)
    if not published and (value := address_date(raw.url, text)):
        published, confidence = value, "inferred"  # ".../2024/06/18/talks-resume": the day its address gives
    first_main = next((s for s in segments if s.kind == "main"), None)

    for s in segments:
        if s.published or s.kind == "boilerplate" or not published:
            continue
        # A banner is the day the page was shown: at best it tells the year of what the page reports.
        s.published = truncate(published, "year") if banner_only else published
        given = confidence in ("stated", "dateline")
        s.published_confidence = "stated" if given and s is first_main else "inferred"
    for s in segments if seg.text_date and first_main is not None else []:
        # a text dated below its headline, posted a day or so later: the first article's own segments only (a
        # second item on the page, under its own title, keeps its stamp)
        if s.kind != "boilerplate" and s.published == published and s.title == first_main.title:
            s.published = seg.text_date

    ctx = build_context(body)
    main = set(ctx.main_parties)
    for s in segments:
        if s.kind != "related":
            continue
        codes = {m.code for m in find_countries(text[s.start : s.end])}
        s.relevant = bool(main) and main <= codes

    title = undoubled(raw.title or next((s.title for s in segments if s.kind == "main" and s.title), None))
    doc = Document(
        id=doc_id, source=raw.source, text=text, title=title, outlet=raw.outlet or seg.outlet,
        published=published, published_confidence=confidence if published else "unknown", language=language,
        segments=segments, raw_hash=raw.raw_hash, url=raw.url, removed_watermarks=marks, warnings=list(raw.warnings),
        parties=sorted(main),
    )
    attach_context(doc, seg.place or (signed[0] if signed else None) or issued_place(text), title_given=bool(raw.title))
    return doc


def _before_update(updated: str, month_day: tuple[int, int] | None) -> str:
    """ "Last updated: 10 March 2023" above "LUSAKA, March 9 -": the story is of the dateline's day (in the
    stamp's year) when that day falls in the month before the edit; else the stamp's day."""
    stamp = to_date(updated)
    if not month_day or stamp is None or len(updated) < 10:
        return updated
    for year in (stamp.year, stamp.year - 1):
        told = to_date(iso(year, *month_day))
        if told is not None and 0 <= (stamp - told).days <= 31:
            return iso(year, *month_day)
    return updated


def _document_date(raw: RawDocument, text: str, seg: SegmentedText, body: str,
                   signed: tuple[str, str] | None) -> tuple[str | None, str, bool]:
    """The document's date, how it was given, and whether it is only a page banner's (the day the page was
    shown): the first found of a given date, the first article's date line or dateline, a caption, the latest
    embedded article, a banner."""
    segments = seg.segments
    published, confidence = None, "unknown"
    if raw.published:
        published, _precision = parse_date_string(str(raw.published))
        confidence = "stated" if published else "unknown"
    first_main = next((s for s in segments if s.kind == "main"), None)
    if not published and first_main and first_main.published:
        published, confidence = first_main.published, seg.date_basis
        if confidence == "updated":
            # a diary's day headings are no dateline: its "Last updated" stamp is the page's day
            month_day = None if is_diary(text) else seg.month_day
            published, confidence = _before_update(published, month_day), "stated"
    if not published and seg.month_day:
        # "BEIJING, May 16.": the year is the one the text itself gives most often (or its weekday's).
        year = dateline_year(text, seg.month_day)
        if year:
            published, confidence = iso(year, *seg.month_day), "dateline"
    if not published and signed:
        published, confidence = signed[1], "stated"  # the day a joint text says it was adopted
    if not published and seg.caption_date:
        published, confidence = seg.caption_date, "caption"
    if not published and seg.banner_date and names_weekday_of(body, seg.banner_date):
        # the page's day, named in the story ("on Sunday" under a Sunday banner), before a photo's earlier day
        published, confidence = seg.banner_date, "inferred"
    if not published and names_weekday_of(body, seg.late_caption_date):
        # A caption inside the story ("…, Thursday, May 16, 2024. (AP Photo/…)") dates a story that says "on
        # Thursday": it shows the day of the news the story tells.
        published, confidence = seg.late_caption_date, "caption"
    if not published:
        dated = [s.published for s in segments if s.published and s.kind == "main"]
        if dated:
            # A page that embeds dated articles was put together no earlier than the latest of them.
            published, confidence = latest(dated), "inferred"
    if not published and seg.late_caption_date:
        # A readout or release whose only date is a photo's caption in or below the story ("The two ministers in
        # Tallinn on 16 May 2025. Photo: …"): the day the photo shows is the day of the news it reports.
        published, confidence = seg.late_caption_date, "caption"
    banner_only = False
    if not published and seg.banner_date:
        # A banner is the day the page was shown; it is the day of the news only when the story says "on <that
        # weekday>".
        banner_only = not names_weekday_of(body, seg.banner_date)
        published, confidence = seg.banner_date, "inferred"
    return published, confidence, banner_only


def undoubled(title: str | None) -> str | None:
    """ "Readout of the Call with Kenya: Readout of the Call with Kenya": a title a page gives twice, once."""
    m = re.fullmatch(r"(?P<t>.{12,}?)\s*(?:[:|·–—-])\s*(?P=t)", title.strip()) if title else None
    return m.group("t") if m else title


def _main_body(text: str, segments: list[Segment]) -> str:
    return "\n".join(text[s.start : s.end] for s in segments if s.kind == "main")


__all__ = ["prepare", "precision_of"]
