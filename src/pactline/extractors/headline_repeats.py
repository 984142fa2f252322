"""A headline's stance that its story tells again ("Ruto backs Ghana's bid for the port", then "Kenya will support
the Tema port project, Ruto said") is the story's stance, not one more: the body's sentence is its mention, and
the headline's is dropped. A headline stance the body never tells stays (it is the text's only telling).

Reads records and their sentences only; the words of stance-taking are data (data/follow_up.json)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab


@cache
def _skipped() -> frozenset[str]:
    from pactline.language.actors import gazetteer

    data = vocab.load("follow_up.json")
    names = {word for surface in gazetteer().surfaces for word in surface.lower().split()}  # "Mexico" is no topic
    return frozenset(data["generic_words"]) | frozenset(data.get("stance_words", [])) | frozenset(names)


def _title_line(sentence: Any) -> bool:
    """The text's own headline, its title line (not a short line of the body the reader parses as a headline)."""
    title = sentence.segment.title
    return bool(title) and sentence.text.strip() == title.strip()


def _content(text: str) -> frozenset[str]:
    words = (w.rstrip("s") for w in re.findall(r"[a-z][a-z-]{3,}", text.lower()) if w not in _skipped())
    return frozenset(w for w in words if len(w) > 3)


def without_repeated_headlines(records: list[Any], sentences: list[Any]) -> list[Any]:
    """The records less the headline positions whose holder states, in the story's body, something about the
    same thing (a content word shared with the headline's stance)."""
    headlines = {s.start for s in sentences if _title_line(s)}
    if not headlines:
        return records
    body = [r for r in records if r.evidence[0].start not in headlines]
    out = []
    for record in records:
        if record.kind == "position" and record.evidence[0].start in headlines:
            words, holders = _content(record.text), set(record.parties)
            if any(holders & set(other.parties) and words & _content(other.text) for other in body):
                continue
        out.append(record)
    return out


def links_another_story(text: str) -> bool:
    """ "Related: Chile's new cabinet named | Peru: X to seek a second term": a marked link to other stories."""
    return re.match(r"^[^.]{0,40}:", text) is not None and any(
        p.search(text) for p in vocab.patterns("boilerplate.json", "related_markers"))
