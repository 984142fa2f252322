"""Datelines and metadata lines: the opening words of a report that say where and when it was filed.

A wire dateline ("SEOUL –", "WASHINGTON (Reuters) -", "BEIJING, May 16. /TASS/.", "Abu Dhabi, June 28"),
a metadata prefix ("date 2020-06-04") or a press-release line ("TORONTO, ON, March 3, 2025 /PRNewswire/ --")
opens the body on the same line as the first sentence. ``split_datelines`` puts such a prefix on a line of
its own (replacing the one space after it with a newline, so no offset moves), so it is classified as a
dateline and never read as the subject of the sentence that follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pactline.core import vocab
from pactline.language.date_lines import CLOCK_TIME
from pactline.language.dates import _MONTH, _WEEKDAY, MONTHS, iso
from pactline.reading.unlisted_places import set_apart

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"  # "3rd March 2024"
_YEAR = r"(?:19\d\d|20\d\d)"
_SEP = r"(?:--|—|–|-|:)"
# a word never ends in a hyphen: "GABORONE- Botswana …" is the place and its dash
_CAPS = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]*[A-ZÀ-Þ.'’](?:[ /][A-ZÀ-Þ][A-ZÀ-Þ.'’-]*[A-ZÀ-Þ.'’]){0,3}"
_TITLE = r"[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?: [A-ZÀ-Þ][a-zß-ÿ'’.-]+){0,2}"
# "May 16, 2024" or "16 May 2024", the year optional.
# "May 16/2024" (a slash before the year) too.
_DATE = (rf"(?:(?P<mon>(?i:{_MONTH}))\s+(?P<day>{_DAY})(?:(?:,?\s+|/)(?P<year>{_YEAR}))?"
         rf"|(?P<day2>{_DAY})\s+(?P<mon2>(?i:{_MONTH}))(?:,?\s+(?P<year2>{_YEAR}))?)")
# A Hijri date that Gulf agencies put before the Gregorian one: "Muharram 03, 1446", "14 Shawwal 1445 AH".
_HIJRI_MONTH = (r"(?:Muharram|Safar|Rabi[’'`]?\s?(?i:al|ul|el)?[- ]?(?:Awwal|Thani|Akhir|Akhar|I{1,2})|"
                r"Jumad[ae]\s?(?i:al|ul|el)?[- ]?(?:Awwal|Ula|Oula|Thani|Akhir|Akhirah|Akhira|Thaniyah|I{1,2})|Rajab|"
                r"Sha[’'`]?ban|Ramadh?an|Shawwal|Dhu[’'`]?\s?al[- ]?Qa[’'`]?da?h?|Dhul[- ]?Qa[’'`]?da?h?|"
                r"Dhu[’'`]?\s?al[- ]?Hijja?h?|Dhul[- ]?Hijja?h?)")
_HIJRI = (rf"(?:{_HIJRI_MONTH}\s+{_DAY},?\s+1[34]\d\d|{_DAY}\s+{_HIJRI_MONTH},?\s+1[34]\d\d)"
          r"(?:\s*(?:AH|A\.H\.|H))?")
_AGENCY = (r"(?:\((?P<agency>[^)]{2,40})\)|/(?P<agency2>[^/\n]{2,40})/|,\s*(?P<agency3>[A-Z]{2,6})(?=\s*(?:--|—|–))"
           r"|,\s*(?P<agency4>[A-Z]{3,14})(?=\.(?:\s|$)))")  # "YEREVAN, MAY 3, NEWSAGENCY. …": the agency after the date

# ISO date prefix of a metadata line: "date 2020-06-04", "Posted: 2024-05-27".
_META = re.compile(rf"^(?:date|dated|posted|published|updated)(?:\s+on)?\s*:?\s*(?P<iso>{_YEAR}-\d\d-\d\d)(?=\s)", re.I)
# "11:05 BST — Ghana's minister said …", "9.40am –": a live report's entry opens with the clock time it was posted.
# (seconds too: "14:20:05 GMT —"); a dot form only with am/pm or a zone ("1.10 – The Parties shall …" is a clause)
_CLOCK = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4}))?"
                    r"|\d{1,2}\.\d{2}\s?(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4})))\s*(?:—|–|-)(?=\s)", re.I)
# "NEW DELHI:", "SEOUL –", "JAKARTA, Indonesia --", "WASHINGTON (Reuters) -", "BEIJING, May 16. /TASS/.",
# "TORONTO, ON, March 3, 2025 /PRNewswire/ --": a capitalised place, then a date, an agency or a dash.
_WIRE = re.compile(
    rf"^(?P<place>{_CAPS})(?:,\s*(?!(?i:{_MONTH})\s+\d)(?!\d)(?P<region>[A-ZÀ-Þ][A-Za-zß-ÿ.]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?)(?=[,\s]))?"
    rf"(?:,\s*{_HIJRI})?(?:,\s*{_DATE})?\.?"
    rf"(?:,?\s*{_AGENCY}\.?)?(?:\s*(?P<sep>{_SEP}))?(?=\s|$|(?<=[-—–:])[A-Z“\"])"
)
# "Abu Dhabi, June 28", "Nairobi, March 3 (Agency) -", "Lima (EFE) –", "Jeddah, Rajab 12, 1445, January 24, 2024,
# SPA --": a title-case place needs a date or an agency, and a known place unless both an agency and a dash follow.
_TITLED = re.compile(
    rf"^(?P<place>{_TITLE})(?:,\s*(?!(?i:{_MONTH})\s)(?P<region>{_TITLE})(?=,\s*\d))?"  # "Cairo, Egypt, 9 March"
    rf"(?:,\s*(?i:{_WEEKDAY})(?=\s*{_SEP}))?(?:,\s*{_HIJRI})?(?:,\s*{_DATE})?\.?(?:\s*{_AGENCY}\.?)?(?:\s*(?P<sep>{_SEP}))?"
    rf"(?=\s|$|(?<=[-—–:])[A-Z“\"])"
)

# "(ANSA) - ROME, MAY 15 -", "(AA) – ANKARA –": the agency first, then the place and the date.
_AGENCY_FIRST = re.compile(
    rf"^\((?P<agency>[A-Za-z][A-Za-z .&-]{{1,20}})\)\s*(?:--|—|–|-)\s*(?P<place>{_CAPS})(?:,\s*{_DATE})?\.?"
    rf"\s*(?P<sep>{_SEP})(?=\s|$)"
)

# "March 3, 2023 (NAIROBI) –", "3 May 2021 (Lusaka) —": a full date first, then a known place in brackets.
_DATE_FIRST = re.compile(rf"^{_DATE}\s*\((?P<place>{_CAPS}|{_TITLE})\)\s*(?P<sep>{_SEP})(?=\s|$)")

# "Santo Domingo.- President …", "Caracas.–": the Spanish-language wires' dateline, a known place closed by a
# full stop glued to a dash, with no date.
_DOT_DASH = re.compile(r"^(?P<place>[A-ZÀ-Þ][a-zß-ÿ'’]+(?: [A-ZÀ-Þ][a-zß-ÿ'’]+){0,2})\.\s?[-—–](?=\s|[A-Z]|$)")


@dataclass(frozen=True)
class Dateline:
    end: int  # characters of the line it takes
    place: str | None
    date: str | None  # ISO at the precision known; a month-day without year keeps month and day in ``month_day``
    agency: str | None
    month_day: tuple[int, int] | None = None
    kind: str = "dateline"  # dateline | metadata


def _day_number(day: str) -> int:
    return int(re.sub(r"\D", "", day))  # "3rd", "1er"


def _month_day(m: re.Match[str]) -> tuple[str | None, tuple[int, int] | None]:
    groups = m.groupdict()
    name, day, year = groups.get("mon") or groups.get("mon2"), groups.get("day") or groups.get("day2"), (
        groups.get("year") or groups.get("year2"))
    if not name:
        return None, None
    month = MONTHS.get(name.lower().rstrip("."))
    if month is None:
        return None, None
    if year:
        return iso(int(year), month, _day_number(day)), (month, _day_number(day))
    return None, (month, _day_number(day))


def read_dateline(line: str) -> Dateline | None:
    """The dateline or metadata prefix opening ``line``, or None."""
    meta = _META.match(line)
    if meta:
        return Dateline(meta.end(), None, meta.group("iso"), None, kind="metadata")
    if clock := _CLOCK.match(line):
        return Dateline(clock.end(), None, None, None, kind="metadata")
    first = _AGENCY_FIRST.match(line)
    if first and _is_caps_place(first.group("place")):
        value, month_day = _month_day(first)
        return Dateline(first.end(), first.group("place").strip(" ."), value, first.group("agency").strip(), month_day)
    if (lead := _DATE_FIRST.match(line)) and (told := _month_day(lead))[0] is not None:
        from pactline.language.places import place_country

        if place_country(lead.group("place").strip(" ."), dated=True) is not None:  # not "(Reuters)", "(UPDATED)"
            return Dateline(lead.end(), lead.group("place").strip(" ."), told[0], None, told[1])
    dot = _DOT_DASH.match(line)
    if dot:
        from pactline.language.places import place_country

        if place_country(dot.group("place")) is not None:
            return Dateline(dot.end(), dot.group("place"), None, None)
    for pattern, needs_place in ((_WIRE, False), (_TITLED, True)):
        m = pattern.match(line)
        if not m:
            continue
        has_date = bool(m.group("mon") or m.group("mon2"))
        agency = m.group("agency") or m.group("agency2") or m.group("agency3") or m.group("agency4")
        if m.group("agency4") and not has_date or not (has_date or agency or m.group("sep")):
            continue
        place = m.group("place").strip(" .")
        if place.lower() in vocab.load("boilerplate.json")["datelines"]["labels"]:
            continue  # "Correction, 9 March 2024:", "UPDATE, May 3 -": a label in the place's slot, never a place
        if pattern is _WIRE and (len(place.replace(" ", "")) < 3 or not _is_caps_place(place)):
            continue
        if pattern is _TITLED and not (has_date or agency or _city_dash(m)):
            continue
        # A known place is needed unless an agency and a dash follow, or a full date and a dash ("Addis
        # Abeba, September 3/2024 –": spellings the gazetteer lacks).
        full_date = bool(m.group("year") or m.group("year2"))
        if (needs_place and not ((agency or full_date) and m.group("sep"))) or not (has_date or pattern is _TITLED):
            from pactline.language.places import place_country

            if place_country(place, dated=has_date) is None and not set_apart(m, agency, pattern is _WIRE):
                continue
        value, month_day = _month_day(m)
        if agency and not has_date and (stated := _date_in_brackets(agency)):
            return Dateline(m.end(), place, stated, None, None)  # "WASHINGTON (March 9, 2023) –": a date
        return Dateline(m.end(), place, value, agency.strip() if agency else None, month_day)
    return None


def _city_dash(m: re.Match[str]) -> bool:
    """ "Muscat – His Highness …": a known city (never a country's name) and a dash open a ministry's release."""
    from pactline.language.actors import gazetteer
    from pactline.language.places import place_country

    place = m.group("place").strip(" .")
    kind = gazetteer().surfaces.get(place, ("", "capital"))[1]
    # a colon ("Kigali: Rwanda and Benin …") only before a capital letter, as a dateline's sentence starts
    colon = m.group("sep") == ":" and (m.string[m.end():].lstrip()[:1].isupper() or not m.string[m.end():].strip())
    # a spaced hyphen as a dash ("Cairo - Egyptian President …"), not a compound ("Cairo-Ankara talks")
    after = m.string[m.end():]
    hyphen = m.group("sep") == "-" and m.string[m.start("sep") - 1 : m.start("sep")] == " " and (
        not after.strip() or after.startswith(" ") and after.lstrip()[:1].isupper())
    dash = m.group("sep") in ("–", "—", "--") or hyphen or colon
    return dash and kind == "capital" and place_country(place) is not None


def _is_caps_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def split_datelines(text: str) -> str:
    """Put every dateline or metadata prefix that opens a body line on its own line (lengths unchanged)."""
    return "\n".join(_split_line(line) for line in text.split("\n"))


def _split_line(line: str) -> str:
    pieces = []
    rest = line
    for _ in range(2):  # "date 2019-03-11 NAIROBI: Kenya and …": a metadata prefix, then a dateline
        found = read_dateline(rest)
        if found is None or found.end >= len(rest) - 1:
            break
        # The newline replaces the space after the prefix, or a dash glued to the first word ("-The").
        cut = found.end if rest[found.end] == " " else found.end - 1
        if rest[cut] not in " -—–:":
            break
        after = rest[cut + 1 :]
        if not (after[:1].isupper() or after[:1] in "“\"‘'") or _heading_after(found, after):
            break
        pieces.append(rest[:cut])
        rest = after
    return "\n".join([*pieces, rest])


def _heading_after(found: Dateline, after: str) -> bool:
    """ "REPUBLIC OF CYPRUS — Ministry of Foreign Affairs": a site's name and the office it shows, a heading; a
    dateline with neither date nor agency opens a sentence, never a short line without one."""
    short = len(after.split()) <= 8 and not re.search(r"[.!?;:…”\"]\s*$", after)
    return short and found.date is None and found.month_day is None and found.agency is None


# "26. 10. 2018", "2018. 10. 26.": Central European style sheets put a space after each dot of a numeric date
_NUMERIC = re.compile(rf"(?<![\d/.-])(?P<a>\d{{1,2}})(?P<s>[/-]|\.\s?)(?P<b>\d{{1,2}})(?P=s)(?P<y>{_YEAR})(?![\d/.-])")
_NUMERIC_YMD = re.compile(rf"(?<![\d/.-])(?P<y>{_YEAR})(?P<s>/|\.\s?)(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}})(?![\d/-]|\.\d)")
_CREDIT = re.compile(r"[.!]\s*\((?:[A-Z][\w .&'’-]{1,40}(?:Photo|Images|Pictures)?(?:/[^)]{1,60})?|[Pp]hoto:[^)]{1,60})\)\s*$")


# "14.VI.2023", "3.XI.2021": a month in Roman numerals (Romanian, Polish, Italian, Hungarian date lines)
_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))}
_NUMERIC_ROMAN = re.compile(rf"(?<![\w.])(?P<d>\d{{1,2}})\.\s?(?P<m>[IVX]{{1,4}})\.\s?(?P<y>{_YEAR})(?!\d)")


def roman_date(line: str) -> tuple[str, int, int] | None:
    """A date with its month in Roman numerals ("Miercuri, 14.VI.2023"): ISO value and span, or None."""
    m = _NUMERIC_ROMAN.search(line)
    month = _ROMAN_MONTHS.get(m.group("m")) if m else None
    if m is None or month is None:
        return None
    try:
        date(int(m.group("y")), month, int(m.group("d")))
    except ValueError:
        return None
    return iso(int(m.group("y")), month, int(m.group("d"))), m.start(), m.end()


def numeric_date(line: str, text: str) -> str | None:
    """A metadata line's numeric date ("11/09/2023, 19:21", "Updated: 26-05-2021 21:30 IST").

    Day and month are told apart by a part above 12, else by the month the document names in words
    (a report of "September 10-11" dated 11/09 was written in September), else day first."""
    m = _NUMERIC.search(line)
    if not m and (roman := roman_date(line)) is not None:
        return roman[0]
    if not m:
        ymd = _NUMERIC_YMD.search(line)  # "2020/04/21", "2020.04.21": year first is always year-month-day
        if ymd and 1 <= int(ymd.group("m")) <= 12 and 1 <= int(ymd.group("d")) <= 31:
            return iso(int(ymd.group("y")), int(ymd.group("m")), int(ymd.group("d")))
        m = _year_apart(line)
        if not m:
            return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    readings = [(d, mo) for d, mo in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31]
    if not readings:
        return None
    if len(readings) == 2 and readings[0] != readings[1]:
        # a month told with another year ("since the July 2023 coup") is history, not the month of writing
        named = {MONTHS[w] for w, y in re.findall(r"([a-z]+)(?:,?\s+(\d{4}))?", text.lower())
                 if len(w) > 3 and w in MONTHS and y in ("", str(year))}
        months_named = [r for r in readings if r[1] in named]
        if len(months_named) == 1:
            readings = months_named
    day, month = readings[0]
    return iso(year, month, day)


_DAY_MONTH = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/.-])")


def _year_apart(line: str) -> re.Match[str] | None:
    """ "Updated: 14/03 - 09:10 | 2025": a stamp that gives day and month with a clock time and the year in a
    field of its own reads as the full numeric date."""
    day_month, year = _DAY_MONTH.search(line), re.search(rf"(?<![\d/.:-]){_YEAR}(?![\d/.:-])", line)
    if not (day_month and year and CLOCK_TIME.search(line)):
        return None
    return _NUMERIC.search(f"{day_month.group('a')}/{day_month.group('b')}/{year.group(0)}")


def caption_credit(line: str) -> bool:
    """A photo caption ends with its credit: "… Wednesday, May 28, 2025. (AP Photo/A. Name)", "… (SPA)".
    A bare agency name closing a long paragraph ("… as soon as conditions permit. (ANI)") signs off the
    article's body: it is a caption only on a short line."""
    found = _CREDIT.search(line)
    if not found or len(line) >= 500:
        return False
    photo = re.search(r"(?i)photo|image|picture|/", found.group(0))
    return bool(photo) or len(line) < 200


def _abbreviations(names: dict[str, int]) -> dict[str, int]:
    """Shortened month names a date line prints ("7 giu 2023", "3 févr. 2024", "12 dez. 2023"): every start of
    three letters or more of a month's name that no other month's name starts with."""
    months: dict[str, set[int]] = {}
    for name, number in names.items():
        for cut in range(3, len(name)):
            months.setdefault(name[:cut], set()).add(number)
    return {short: next(iter(found)) for short, found in months.items() if len(found) == 1 and short not in names}


@cache
def _foreign_months() -> tuple[dict[str, int], re.Pattern[str]]:
    names = {name: i + 1 for key, months in vocab.load("month_names.json").items() if not key.startswith("_")
             for i, name in enumerate(months)}
    names |= _abbreviations(names)
    month = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<day>{_DAY})(?:\.|º|°|er)?\s+(?:de\s+)?(?P<mon>{month})\.?,?\s+(?:de\s+|del\s+)?(?P<year>{_YEAR})"
        rf"|(?P<mon2>{month})\s+(?P<day2>{_DAY}),?\s+(?P<year2>{_YEAR}))(?!\w)", re.I)
    return names, pattern


def foreign_date(line: str) -> tuple[str, int, int] | None:
    """A date a date line writes in another language ("27 de junio de 2024", "3 mars 2024", "14. März 2024"):
    its ISO value and span, or None (data/month_names.json)."""
    names, pattern = _foreign_months()
    m = pattern.search(line)
    if not m:
        return None
    month = names[(m.group("mon") or m.group("mon2")).lower()]
    day, year = _day_number(m.group("day") or m.group("day2")), int(m.group("year") or m.group("year2"))
    try:
        date(year, month, day)
    except ValueError:
        return None
    return iso(year, month, day), m.start(), m.end()


# A town's name with its small words ("Dar es Salaam", "Port of Spain", "Rio de Janeiro").
_TOWN = r"[A-ZÀ-Þ][a-zß-ÿ'’.-]+(?: (?:(?:es|el|al|de|da|do|dos|das|del|la|le|of|sur|am|an|der|di) )?[A-ZÀ-Þ][a-zß-ÿ'’.-]+){0,3}"
# "Done at Nairobi on 3 May 2024, in two originals …", "Signed in Lima, 12 June 2023": where and when a
# joint text was adopted, told in its closing line.
_SIGNING = re.compile(
    rf"^(?:Done|Signed|Issued|Adopted|Made)\s+(?:in\s+(?:duplicate|triplicate)\s+)?(?:at|in)\s+(?P<place>{_TOWN}(?:,\s*{_TITLE})?)\s*,?\s*(?:on\s+)?(?:this\s+)?"
    rf"(?P<date>(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?i:{_MONTH}),?\s+{_YEAR}|(?i:{_MONTH})\s+{_DAY},?\s+{_YEAR})",
    re.M)


def signing_line(text: str) -> tuple[str, str] | None:
    """The place and ISO date of a closing "Done at PLACE on DATE" line, or None."""
    from pactline.language.dates import find_dates

    m = _SIGNING.search(text)
    if not m:
        return None
    found = find_dates(re.sub(r"\bday\s+of\s+", "", m.group("date")))
    return (m.group("place").split(",")[0].strip(), found[0].value) if found else None


# "Issued by: Directorate of Communications, State House, Kampala": a press release signs off with the
# office that issued it and its town.
_ISSUED_BY = re.compile(r"^(?:Issued|Released|Distributed)\s+by\s*:?\s*[^\n]{3,150}?,\s*(?P<place>[A-Z][\w'’. -]{2,40}?)"
                        r"(?:,\s*(?:\w+day,?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}),?\s+\d{4})?"
                        r"\s*\.?\s*$", re.M)  # "…, Lusaka" or "…, Lusaka, 9 March 2023"


def known_town(name: str, dated: bool = False) -> bool:
    from pactline.language.places import is_town

    return 1 <= len(name.split()) <= 3 and is_town(name, dated)


def pipe_place(line: str) -> str | None:
    """The place field of a pipe-separated metadata line ("ANI | New Delhi | Updated: …")."""
    from pactline.language.places import place_country

    for part in line.split("|"):
        if 1 <= len(part.split()) <= 3 and place_country(part.strip()):
            town = part.split(",")[0].strip()  # "Nairobi, Kenya": the town, as a dateline names it
            return town if place_country(town) else part.strip()
    return None


def place_line(line: str, towns_only: bool = False) -> str | None:
    """The place a line that is nothing but a place names ("Montréal, Quebec", "WINDHOEK -", "Prime Minister's
    Office, Tokyo": the town after a building), or None; ``towns_only``: not a country's name alone."""
    from pactline.language.places import is_seat, place_country

    if len(line.split()) > 5 or re.search(r"[.!?;:…]$", line.rstrip(" -–—")):
        return None
    parts = [p.strip(" -–—:") for p in line.split(",")]
    if len(line.split()) <= 4 and (known_town(parts[0]) if towns_only else place_country(line)):
        if len(parts) > 1 and is_seat(parts[0]) and known_town(parts[1]):
            return parts[1]  # "The Kremlin, Moscow": the seat of government's town
        return parts[0]  # the dateline's dash is no part of it
    return parts[-1] if len(parts) > 1 and known_town(parts[-1]) else None


def _date_in_brackets(text: str) -> str | None:
    """The day a bracket after a dateline's place gives, when the bracket is nothing but a full date."""
    from pactline.language.dates import find_dates

    found = [m for m in find_dates(text) if m.confidence == "stated" and len(m.value) == 10]
    return found[0].value if len(found) == 1 and len(text.strip()) - len(found[0].text) <= 2 else None


def issued_place(text: str) -> str | None:
    """The town of a closing "Issued by: OFFICE, TOWN" line, when it is a known place, or None."""
    from pactline.language.places import is_town

    for m in _ISSUED_BY.finditer(text):
        if is_town(m.group("place")):  # "…, Republic of Kenya" names the country, not where it was issued
            return m.group("place")
    return None
