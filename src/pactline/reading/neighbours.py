"""Roles a line takes from the lines around it, once each line has been read alone (segment.classify): a
caption repeated as a paragraph, a date line under the title, a place line beside a date line, a related-stories
marker above the story (the site's menu), a link to another story set between the story's paragraphs; and
whether a caption shows a file or archive photo (an earlier day's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pactline.core import vocab
from pactline.language.dates import find_dates
from pactline.reading.datelines import place_line
from pactline.reading.metadata_lines import place_field

if TYPE_CHECKING:
    from pactline.reading.segment import Block


def beside_neighbours(blocks: list[Block]) -> None:
    """Re-read each block's role beside its neighbours, in place."""
    _repeated_captions(blocks)
    _menus_above_the_story(blocks)
    _links_inside_the_story(blocks)
    _title_date_lines(blocks)
    _place_lines(blocks)
    _contents_entries(blocks)


def _menus_above_the_story(blocks: list[Block]) -> None:
    """A related-stories marker above the page's first paragraph ("Top Stories Topics Video Sign in") is the
    site's menu: related stories follow the story, and the story's title and date line are below it."""
    for block in blocks:
        if block.role == "body":
            return
        if block.role == "related_marker":
            block.role = "boilerplate"


def _links_inside_the_story(blocks: list[Block]) -> None:
    """ "[Related] X meets Y in Z" or "Read next: …" between two paragraphs of the story is one link: the story
    goes on below it, so the link is furniture, not the start of the related stories."""
    markers = vocab.patterns("boilerplate.json", "related_markers")
    for i in range(1, len(blocks) - 1):
        block, before, after = blocks[i], blocks[i - 1], blocks[i + 1]
        if block.role != "related_marker" or before.role != "body" or after.role != "body":
            continue
        line = block.text.strip()
        found = next((m for p in markers if (m := p.search(line))), None)
        if found and len(re.findall(r"\w+", line[found.end():])) >= 3:  # it names a story of its own
            block.role = "boilerplate"


def _repeated_captions(blocks: list[Block]) -> None:
    """A line given twice in a row (a photo's alt text, then its caption) is a caption."""
    for prev, block in zip(blocks, blocks[1:], strict=False):
        if block.text.strip() == prev.text.strip() and block.role in ("body", "heading") and len(block.text) > 40:
            for b in (prev, block):
                stated = [m for m in find_dates(b.text) if m.confidence == "stated" and len(m.value) == 10]
                b.role, b.date = "caption", stated[-1].value if stated else None


def _place_lines(blocks: list[Block]) -> None:
    """ "August 22, 2022" / "Montréal, Quebec" (or "Location: Lusaka"): a line that is only a known place, under a
    date line that names none, is where the text was written; so is a town's line just above it ("Washington, DC" / "March 9")."""
    for above, block, below in zip([None, *blocks], blocks, [*blocks[1:], None], strict=False):
        if block.role != "dateline" or not block.date or block.place:
            continue
        block.place = (below and below.role != "dateline" and (
            place_field(below.text) or place_line(below.text.strip()))) or (
            above and above.role != "dateline" and place_line(above.text.strip(), towns_only=True)) or None


def _title_date_lines(blocks: list[Block]) -> None:
    """ "Trujillo Declaration: …\n\nThursday 28 October 2021": a weekday date under the article's title (or under a
    chamber's name: a sitting's record) is its date line; a banner stands above the title (the day the page was shown)."""
    for i, block in enumerate(blocks):
        if block.role == "banner" and (block.date or block.month_day) and (
                _under_title(blocks, i) or (i > 0 and _chamber_line(blocks[i - 1].text))):
            block.role, block.basis = "dateline", "stated"


def _chamber_line(line: str) -> bool:
    """ "HOUSE OF REPRESENTATIVES" / "Wednesday, 12 February 2025": a line that is only a chamber's name
    (boilerplate.json chambers) heads a record of that sitting; the date line under it is the sitting's day."""
    words = vocab.load("boilerplate.json")["chambers"]
    return bool(re.fullmatch(rf"(?i)\W*(?:the\s+)?(?:{'|'.join(map(re.escape, words))})\W*", line.strip()))


def _under_title(blocks: list[Block], i: int) -> bool:
    """Whether the block follows the article's title (a heading), past photo captions only."""
    j = i - 1
    while j >= 0 and blocks[j].role == "caption":
        j -= 1
    return j >= 0 and blocks[j].role == "heading"


def archive_photo(caption: str) -> bool:
    """Whether a caption shows a file or archive photo (boilerplate.json archive_photo): an earlier day's."""
    words = vocab.load("boilerplate.json")["archive_photo"]["words"]
    return bool(re.search(rf"(?i)\b(?:{'|'.join(map(re.escape, words))})\b", caption))


_ENTRY = re.compile(r"^\s*[–—•*·-]\s*")


def _contents_entries(blocks: list[Block]) -> None:
    """ "– On X's sanctions against Y" in a briefing's list of contents, and the section heading further down that
    repeats its words ("On X's sanctions against Y"): the page's table of topics, not news told. Only a listed entry
    (a dash or bullet before it) repeated by a heading is taken; a title given twice stays a title."""
    def words(block: Block) -> list[str]:
        return re.findall(r"\w+", _ENTRY.sub("", block.text).lower())

    headings = [(b, words(b)) for b in blocks if b.role in ("heading", "section")]
    for entry, listed in headings:
        if not _ENTRY.match(entry.text) or len(listed) < 3:
            continue
        for other, told in headings:
            if other is not entry and not _ENTRY.match(other.text) and len(told) >= 3 and (
                    listed[:len(told)] == told or told[:len(listed)] == listed):
                entry.role = other.role = "boilerplate"

