"""Feeds: an RSS or Atom feed URL stands for its entries' pages — those not stored yet and, with ``since``,
published on or after that day — so a daily update reads only what is new.

Entry links come from trafilatura's feed parser (RSS, Atom, JSON feeds); entry dates from the feed's XML
(RSS pubDate, Atom published/updated, Dublin Core date). Only URLs that look like feeds (rss, atom, feed or
.xml in the path) are probed, so article URLs are fetched once, as before.
"""

from __future__ import annotations

import re
from datetime import date

from pactline.core.errors import InputError
from pactline.core.options import Options
from pactline.reading.ingest import InputItem
from pactline.reading.ingest import _fetch as fetch_url  # the one fetcher: same limits and error lines

_FEED_URL = re.compile(r"(rss|atom|feed|\.xml)", re.IGNORECASE)
_DATE_TAGS = ("pubDate", "published", "updated", "date")


def looks_like_feed(url: str) -> bool:
    return bool(_FEED_URL.search(url.split("?", 1)[0].split("//", 1)[-1].partition("/")[2]))


def is_feed(data: bytes) -> bool:
    head = data.lstrip()[:600].lower()
    return head.startswith((b"<rss", b"<feed", b"<rdf")) or head.startswith(b"<?xml") and any(
        tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def feed_entries(url: str, data: bytes) -> list[tuple[str, date | None]]:
    """(page URL, publication day or None) per entry, in feed order; the feed's own links left out."""
    from trafilatura.feeds import FeedParameters, find_links, get_hostinfo

    text = data.decode("utf-8", errors="replace")
    domain, base = get_hostinfo(url)
    links = find_links(text.strip(), FeedParameters(base or url, domain or "", url, external=True))
    dates = _entry_dates(data)
    home = (base or "").rstrip("/")
    out = []
    for link in dict.fromkeys(links):
        if link == url or link.rstrip("/") == home or not link.startswith(("http://", "https://")):
            continue
        out.append((link, dates.get(link)))
    return out


def expand_feeds(
    items: list[InputItem], options: Options, known: dict[str, str]
) -> tuple[list[InputItem], list[InputError]]:
    """Replace each feed URL by its new entries' pages (not in ``known``, not before ``options.since``)."""
    since = date.fromisoformat(options.since) if options.since else None
    out: list[InputItem] = []
    errors: list[InputError] = []
    for item in items:
        if not item.url or not looks_like_feed(item.url):
            out.append(item)
            continue
        try:
            data, _content_type = fetch_url(item.url, options)
        except InputError as exc:
            errors.append(exc)
            continue
        if not is_feed(data):
            out.append(item)  # an ordinary page after all (fetched once more when read)
            continue
        for link, day in feed_entries(item.url, data):
            if link in known or (since and day and day < since):
                continue
            out.append(InputItem(source=link, url=link))
    return out, errors


def _entry_dates(data: bytes) -> dict[str, date]:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return {}
    dates: dict[str, date] = {}
    for entry in root.iter():
        if _local(entry.tag) not in ("item", "entry"):
            continue
        link, day = None, None
        for child in entry:
            name = _local(child.tag)
            if name == "link":
                link = link or (child.get("href") or (child.text or "").strip() or None)
            elif name in _DATE_TAGS and day is None:
                day = _parse_day((child.text or "").strip())
        if link and day:
            dates[link] = day
    return dates


def _parse_day(text: str) -> date | None:
    from email.utils import parsedate_to_datetime

    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
