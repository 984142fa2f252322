"""The name a reader uses for a country code ("KEN" -> "Kenya"): the first alias of data/countries.tsv,
else pycountry's common name."""

from __future__ import annotations

from functools import cache
from importlib import resources


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
