"""What an HTML page's head tells beyond the article extractor's text: the page's own headline when it has no
<h1> (the extractor then falls back on the browser tab's <title>), and the short metadata lines (date, place,
byline) that page templates mark with a class such as "meta" or "byline" and the extractor drops."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pactline.core import vocab


@lru_cache(maxsize=2)  # one page is read twice (its headline, then its metadata lines): parse it once
def _tree(html: str):  # noqa: ANN202 - lxml's element type
    try:
        import lxml.html

        return lxml.html.fromstring(html)
    except Exception:  # broken markup: nothing to add
        return None


def _line(element) -> str:  # noqa: ANN001
    return " ".join(element.text_content().split())


def page_headline(html: str, text: str) -> str | None:
    """The page's headline when it has no <h1>: its first <h2> (or <h3>), if the extracted text opens with it
    (a short metadata line, "8 May 2024 · Town · News", may come first)."""
    tree = _tree(html)
    if tree is None or tree.xpath("//body//h1"):
        return None
    opening = [line.strip() for line in text.strip().split("\n") if line.strip()][:2]
    for element in tree.xpath("//body//h2|//body//h3")[:1]:
        line = _line(element)
        if line and line in opening and 2 <= len(line.split()) <= 30:
            return line
    return None


def meta_lines(html: str, text: str) -> list[str]:
    """Short metadata lines the page marks by class ("Sunday, 9 March 2025 | Lusaka | News") that the extracted
    text lacks, before the article's first body paragraph; only lines with a digit or a field bar, none nested in
    another one, none in the page's furniture (a related story's date, a reader's comment)."""
    tree = _tree(html)
    if tree is None:
        return []
    found: list[str] = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        if element.tag == "p" and len(_line(element)) >= 60 and not _classed(element, "meta") and not _aside(element):
            break  # the article's body has begun: a date after it is another story's or a reader's
        if not _classed(element, "meta") or element.tag in ("a", "nav", "script", "style") or _aside(element):
            continue
        line = _line(element)
        if not (8 <= len(line) <= 120) or not re.search(r"\d|\|", line) or line in text:
            continue
        if any(line in kept for kept in found):
            continue  # a date <span> inside the meta line already kept
        found.append(line)
    return found[:2]


@cache
def _class_words(kind: str) -> frozenset[str]:
    return frozenset(vocab.load("boilerplate.json")["page_classes"][kind])


def _classed(element, kind: str) -> bool:  # noqa: ANN001
    """Whether a class token of the element, or a word of one split at hyphens, is of ``kind`` (data/boilerplate.json
    page_classes): "post-date" is a date's, "more-stories" furniture; "has-sidebar-layout" is "sidebar"."""
    words = _class_words(kind)
    return any(token.lower() in words or words & set(token.lower().split("-"))
               for token in (element.get("class", "") or "").split())


def _aside(element) -> bool:  # noqa: ANN001
    """Whether the element, or an ancestor within the article (the walk stops at main, article or body), stands in
    the page's furniture: a related-stories list, a sidebar, the footer, readers' comments."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("main", "article", "body", "html"):
            return False
        if node.tag in ("aside", "footer", "nav") or _classed(node, "furniture"):
            return True
    return False


def with_meta_lines(text: str, lines: list[str], title: str | None) -> str:
    """The text with the page's metadata lines put under its title (else its first paragraph), as a page shows
    them."""
    if not lines:
        return text
    paragraphs = text.split("\n\n")
    at = next((i for i, p in enumerate(paragraphs) if p == title), 0) + 1
    return "\n\n".join([*paragraphs[:at], *lines, *paragraphs[at:]])
