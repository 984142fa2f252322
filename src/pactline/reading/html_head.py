"""What an HTML page's head tells beyond the article extractor's text: the page's own headline when it has no
<h1> (the extractor then falls back on the browser tab's <title>), and the short metadata lines (date, place,
byline) that page templates mark with a class such as "meta" or "byline" and the extractor drops."""

from __future__ import annotations

import re

# class names of the elements a page template puts its date, place and byline in
_META_CLASS = re.compile(r"\b(?:meta|byline|dateline|date|posted|published|article-info|post-info)\b", re.I)


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
    text lacks; only lines with a digit or a field bar, and none nested in another one."""
    tree = _tree(html)
    if tree is None:
        return []
    found: list[str] = []
    for element in tree.xpath("//body//*[@class]"):
        if not _META_CLASS.search(element.get("class", "")) or element.tag in ("a", "nav", "script", "style") \
                or _aside(element):
            continue
        line = _line(element)
        if not (8 <= len(line) <= 120) or not re.search(r"\d|\|", line) or line in text:
            continue
        if any(line in kept for kept in found):
            continue  # a date <span> inside the meta line already kept
        found.append(line)
    return found[:2]


_ASIDE_CLASS = re.compile(r"related|sidebar|footer|teaser|more|recommend|trending|popular", re.I)


def _aside(element) -> bool:  # noqa: ANN001
    """Whether the element stands in the page's furniture (a related-stories list, a sidebar, the footer), whose
    dates are other stories'."""
    return any(a.tag in ("aside", "footer", "nav") or _ASIDE_CLASS.search(a.get("class", "") or "")
               for a in element.iterancestors())


def with_meta_lines(text: str, lines: list[str], title: str | None) -> str:
    """The text with the page's metadata lines put under its title (else its first paragraph), as a page shows
    them."""
    if not lines:
        return text
    paragraphs = text.split("\n\n")
    at = next((i for i, p in enumerate(paragraphs) if p == title), 0) + 1
    return "\n\n".join([*paragraphs[:at], *lines, *paragraphs[at:]])
