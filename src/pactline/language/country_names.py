"""The name a reader uses for a country code ("KEN" -> "Kenya"): the first alias of data/countries.tsv,
else pycountry's common name."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pactline.core import vocab


@cache
def _country_names() -> dict[str, str]:
    """alpha-3 -> the name a reader uses (the first alias in data/countries.tsv, else pycountry's)."""
    import pycountry

    out = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    text = resources.files("pactline.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, aliases = (line.split("\t") + [""])[:2]
            if aliases:
                out[code] = aliases.split("|")[0]
    return out


def country_name(code: str) -> str:
    """The name of the country with ISO alpha-3 ``code`` ("KEN" -> "Kenya")."""
    return _country_names().get(code, code)


_MONARCHY_FORMS = ("kingdom", "sultanate", "emirate", "principality", "grand duchy")


@cache
def is_monarchy(code: str) -> bool:
    """Whether the country's official name says it has a monarch ("Hashemite Kingdom of Jordan", "Sultanate of
    Oman"); a court's "His Majesty" is that country's."""
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    name = (getattr(country, "official_name", "") or getattr(country, "name", "")).lower() if country else ""
    return any(form in name for form in _MONARCHY_FORMS)


@cache
def _currency_after() -> tuple[re.Pattern[str], frozenset[str]]:
    figures = vocab.load("figures.json")
    words = tuple(w for w in figures["currency_words"] if " " not in w)
    return vocab.any_of(words, r"^[ \u00a0](", r")\b"), frozenset(figures["currency_verbs"])


@cache
def _currency_signs() -> frozenset[str]:
    """The signs of currency symbols ("$" of "US$", "€"): a country's short name right before one is a currency."""
    return frozenset(ch for symbol in vocab.load("figures.json")["currency_symbols"] for ch in symbol if not ch.isalnum())


def names_currency(text: str, end: int, kind: str) -> bool:
    """Whether the country name or demonym ending at ``end`` names a currency ("3 billion US dollars",
    "Japanese yen", "Indian rupees"), not a state. A word that after a country's name may be a verb ("won",
    "pounds") is a currency after a demonym ("Egyptian pounds") or after a figure ("40 million Korea won"). A
    name joined to a currency sign ("US$4 billion", "NZ$") is the currency too."""
    if text[end:end + 1] in _currency_signs():
        return True
    pattern, verbs = _currency_after()
    m = pattern.match(text[end:end + 24].lower())
    if not m:
        return False
    if m.group(1) not in verbs or kind == "demonym":
        return True
    return bool(re.search(r"\d\s*(?:[a-z]+illion|bn|m|k)?\s+\S*$", text[max(0, end - 40):end].lower()))


@cache
def _money() -> re.Pattern[str]:
    figures = vocab.load("figures.json")
    codes = "|".join(sorted(figures["currency_codes"], key=len, reverse=True))
    signs = "|".join(re.escape(s) for s in sorted(figures["currency_symbols"], key=len, reverse=True))
    leads = "|".join(re.escape(w) for w in sorted(figures["sum_lead_words"], key=len, reverse=True))
    return re.compile(rf"^(?:(?:{leads})\s+)*(?:(?:{codes})(?:\s?[\d.,]|$)|(?:{signs})\s?\d)")


def money_phrase(phrase: str) -> bool:
    """Whether a phrase is a sum of money ("AUD 105 million", "US$4 billion", "EUR"): no actor, though it looks
    like a name."""
    return bool(_money().match(phrase.strip()))
