"""The date a page's address gives ("https://news.example.org/world/2024/06/18/talks-resume",
".../2024-06-18/talks.html"): a last resort for a page that states no date of its own, read from the address the
page was fetched from or from a line near its top that is only its address."""

from __future__ import annotations

import re

from pactline.language.dates import iso, to_date

_URL = re.compile(r"^\s*(?:[A-Za-z ]{2,12}:\s*)?(?P<url>https?://\S+)\s*$", re.M)
_SLUG = re.compile(r"/(?P<y>20\d\d)(?P<s>[/-])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?=[/-]|\.html?\b|$)")


def slug_date(url: str | None) -> str | None:
    """The ISO day in an address's path ("/2024/06/18/", "/2024-06-18-"), or None; a year and month alone
    ("/2024/06/") date nothing."""
    found = _SLUG.search(url or "")
    if not found:
        return None
    value = iso(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    return value if to_date(value) is not None else None


def address_date(url: str | None, text: str) -> str | None:
    """The date of the page's own address, else of a line among its first ten that is only an address
    ("https://…", "Source: https://…")."""
    if value := slug_date(url):
        return value
    head = "\n".join(text.split("\n")[:10])
    return next((v for m in _URL.finditer(head) if (v := slug_date(m.group("url")))), None)
