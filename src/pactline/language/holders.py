"""Who "the Prime Minister" is: an office named alone stands for the person the text introduced with that
title before it ("Prime Minister Narendra Modi made a stopover … The Prime Minister conveyed …"). When the
bare office comes first ("The Prime Minister met Prime Minister Støre of Norway" in a government's own
readout) it is the publisher's own office holder, whom the text never names, and stays unresolved here
(``parties.py`` places it as the other side)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab

_NAME = r"(?:[A-Z][\w'’.-]+)(?:\s+(?:bin|al|el|de|da|van|von)?\s*[A-Z][\w'’.-]+){0,4}"


@cache
def _person_titles() -> tuple[str, ...]:
    from pactline.language.actors import gazetteer

    return tuple(sorted({t[0] for t in gazetteer().titles if t[2]}, key=len, reverse=True))


# Honorifics a court's readout uses alone for its monarch ("His Majesty reaffirmed …") after naming him with
# them ("His Majesty King Abdullah II met …"); a title may stand between honorific and name.
HONORIFICS = ("his majesty", "her majesty", "his royal highness", "her royal highness", "his highness", "her highness")


@cache
def _honorific_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each honorific with the pattern of a name it introduces, a title perhaps between them."""
    titles = "|".join(re.escape(t) for t in _person_titles())
    out = []
    for honorific in HONORIFICS:
        pattern = re.escape(honorific).replace(r"\ ", r"\s+")
        out.append((honorific, re.compile(rf"(?i:\b{pattern})\s+(?:(?i:{titles})\s+)?(?P<n>{_NAME})")))
    return tuple(out)


def _honorific_holders(text: str, ctx: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for honorific, introduced in _honorific_patterns():
        for named in introduced.finditer(text):
            person = ctx.person(named.group("n"))
            if person is not None and person.country:
                out[honorific] = person
                break
    return out


_FOLDS_TO_ASCII = frozenset("\u017f\u212a\u0130\u0131")

@cache
def _roles_part(key: str) -> dict[str, Any]:
    from pactline.core import vocab

    return vocab.load("roles.json")[key]


@cache
def _style() -> str:
    """The styles a government's own text puts before an office it names alone (data/roles.json office_styles:
    "the Hon. Minister", "H.E. the Chairperson")."""
    return "(?:" + "|".join(_roles_part("office_styles")["patterns"]) + ")"


def bare_office(phrase: str) -> str:
    """The office a phrase names alone, as ``role_holders`` keys it: "the Hon. Minister" -> "minister"."""
    return re.sub(rf"^(?:the\s+)?(?i:{_style()}\s+)*(?:the\s+)?|['’]s?$", "", phrase.strip().lower())


def _bare_use(text: str, pattern: str) -> re.Match[str] | None:
    """The first use of an office alone: "the Prime Minister", "the Hon. Minister", or with no article where a
    ministry's readout writes it so, a capitalised office opening a clause as its subject ("… . Prime Minister thanked …"; not "Minister for …")."""
    uses = vocab.compiled(rf"(?i:\bthe\s+(?:{_style()}\s+)*{pattern})\b(?!\s+(?:of\b|[A-Z]))").finditer(text)
    bare = vocab.compiled(rf"(?:^|(?<=[.;:,]\s)|(?<=\n))(?i:(?:{_style()}\s+)*{pattern})(?=\s+(?!(?:of|for|and|or)\b)[a-z])").finditer(text)
    # (a site's menu, "Home | The President | News", names the office as a page)
    first = [next((m for m in found if "|" not in _line(text, m.start()) and (found is uses or m.group(0)[0].isupper())), None)
             for found in (uses, bare)]
    return min((m for m in first if m is not None), key=lambda m: m.start(), default=None)


def _line(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


def role_holders(text: str, ctx: Any) -> dict[str, Any]:
    """title (lower case) -> the person the text first introduced with it, when that comes before the
    first bare use of the title ("the crown prince"); an honorific -> the person first named with it."""
    out: dict[str, Any] = _honorific_holders(text, ctx)
    # A title whose first word the text lacks cannot match the patterns below (which ignore case): skipped
    # without compiling them. Exact unless the text holds a letter that matches an ASCII one only when
    # case is ignored ("ſ" for s, the Kelvin sign for k, Turkish dotted and dotless i): then none is skipped.
    lowered = "" if _FOLDS_TO_ASCII.intersection(text) else text.lower()
    for title in _person_titles():
        if lowered and title.split()[0] not in lowered:
            continue
        pattern = re.escape(title).replace(r"\ ", r"\s+")
        bare = _bare_use(text, pattern)
        if bare is None:
            continue
        # (a possessive ends the name: "Secretary Dlamini's visit to Lusaka")
        named_by = [(ctx.person(re.split(r"['’]s\b", named.group("n"))[0]), _longer_office(text[: named.start()], title))
                    for named in vocab.compiled(rf"(?i:\b{pattern})\s+(?P<n>{_NAME})").finditer(text[: bare.start()])
                    if not _leader_office(text[: named.start()], title)]
        holders = [p for p, _longer in named_by]
        if all(longer for _p, longer in named_by) and (around := _introduced_around(text[: bare.start()], title, pattern, ctx)):
            holders = [around]  # "Foreign Secretary A met Secretary of State B … The Secretary": B, whose office it is
        if len({p.country for p in holders if p is not None}) > 1:
            # "Prime Minister Albanese spoke to Prime Minister Luxon of New Zealand. The Prime Minister thanked
            # …": holders of the office in two countries; which one the bare office is the sentence must tell
            # (``parties.py`` places it as the other side of whom it acts on).
            continue
        first = next((p for p in holders if p is not None and p.country), None)
        if first is not None:
            out[title] = first
        if title not in out:
            person = _introduced_around(text[: bare.start()], title, pattern, ctx)
            if person is not None:
                out[title] = person
    out.update(visit_sides(text, ctx))
    out.update(office_holders(text))
    out = {**appositive_holders(text, ctx), **out}
    from pactline.language.organ_acronyms import known_organs

    return {**known_organs(text, ctx.main_parties), **organ_holders(text), **out}


def _organs() -> str:
    """The words that end a state organ's name (data/roles.json state_organs)."""
    words = _roles_part("state_organs")["words"]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


def _an_organ(words: list[str]) -> bool:
    """ "Ghana Armed Forces" is a state's organ; "… People's Liberation Army" or "… Liberation Movement" is not."""
    movement = set(_roles_part("state_organs")["movement_words"])
    return bool(re.search(rf"\b{_organs()}$", " ".join(words))) and not movement.intersection(words)


def organ_holders(text: str) -> dict[str, Any]:
    """ "The Federal Government condemns …" after "the Federal Government of Ghana", "the GAF" after "the
    Ghana Armed Forces (GAF)": a state organ the text introduced with its country stands for that country when
    named alone or by its acronym (none where two countries' share the name)."""
    from pactline.language.actors import Person, find_countries
    from pactline.language.spelt_acronyms import spelt_acronyms

    found: dict[str, set[str]] = {}
    for m in re.finditer(rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){{0,3}}{_organs()})\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})", text):
        codes = {c.code for c in find_countries(m.group(2))}
        found.setdefault(" ".join(m.group(1).lower().split()), set()).update(codes or {""})
    for acronym, name in spelt_acronyms(text).items():
        # "the Ghana Armed Forces (GAF)": the acronym the text gives a country's organ stands for that country
        words = name.split()[-len(acronym):]
        if "".join(w[0] for w in words) == acronym and _an_organ(words):
            codes = {c.code for c in find_countries(" ".join(words))}
            found.setdefault(acronym.lower(), set()).update(codes or {""})
    return {k: Person(k, "government", next(iter(c))) for k, c in found.items() if len(c) == 1 and "" not in c}


def office_holders(text: str) -> dict[str, Any]:
    """ "The Secretary-General welcomes …" in a statement the United Nations issues: an organisation's office named
    alone (data/roles.json "offices") stands for the organisation the text names; of several sharing the office,
    the one it names most, and none where the text names none of them or two as often."""
    from pactline.language.actors import Person

    out: dict[str, Any] = {}
    for office, orgs in _offices().items():
        if not vocab.compiled(rf"(?i:\bthe\s+{re.escape(office)})(?![\w-])").search(text) or _national_office(text, office, orgs):
            continue
        counts = sorted(((sum(len(vocab.compiled(rf"(?<![\w-]){re.escape(a)}(?![\w-])").findall(text)) for a in aliases), code, name)
                         for name, code, aliases in orgs), reverse=True)
        if counts[0][0] and (len(counts) == 1 or counts[1][0] < counts[0][0]):
            out[office] = Person(counts[0][2], "igo", counts[0][1])
    return out


def _national_office(text: str, office: str, orgs: list[tuple[str, str, list[str]]]) -> bool:
    """The text names the office as a country's ("the Secretary-General of the Indonesian Ministry of Foreign
    Affairs", "Kenya's Secretary-General"): the office alone may be that one, so it stands for no organisation."""
    from pactline.language.actors import find_countries

    aliases = [a.lower() for _name, _code, names in orgs for a in names]
    for found in vocab.compiled(rf"(?i)(?<![\w-]){re.escape(office)}(?![\w-])").finditer(text):
        after = re.match(r"\s+of\s+(?:the\s+)?([^,.;]{1,60})", text[found.end():])
        if after and not any(after.group(1).lower().startswith(a) for a in aliases):
            return True
        before = text[max(0, found.start() - 30): found.start()]
        if any(not re.sub(r"(?i)^(?:'s|’s)?\s*$", "", before[m.end:]) for m in find_countries(before)):
            return True  # a country or its adjective right before the office
    return False


@cache
def office_titles() -> frozenset[str]:
    """The offices of data/roles.json's organisations ("secretary-general"): a title, never a person's name."""
    return frozenset(_offices())


@cache
def _offices() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    from pactline.core import vocab

    out: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for org in vocab.load("roles.json")["organisations"]:
        for office in org.get("offices", []):
            out.setdefault(office, []).append((org["name"], org.get("short", org["name"]), tuple(org["aliases"])))
    return out


_LEADERS = ("head_of_state", "head_of_government")


def _longer_office(before: str, title: str) -> bool:
    """ "Foreign Secretary Jane Doe" for "the Secretary": the words before make it a longer office than the one
    named alone (a leader's: ``_leader_office``)."""
    head = before.lower().rstrip()
    return any(head.endswith(" " + t[: -len(title)].strip()) or head == t[: -len(title)].strip()
               for t in _person_titles() if t.endswith(" " + title))


def _leader_office(before: str, title: str) -> bool:
    """Whether the words before a title make it a leader's office that title is not ("Prime Minister Sitiveni
    Rabuka" for "the Minister"): that leader is "the Prime Minister" in the text, not "the Minister"."""
    from pactline.language.actors import gazetteer, title_roles

    if title_roles()[1].get(title) in _LEADERS:
        return False
    head = before.lower().rstrip()
    return any(head.endswith(t[: -len(title)].strip()) for t, role, _n in gazetteer().titles
               if role in _LEADERS and t.endswith(" " + title))


# The country or government between a title and a name: "of Peru", "of the Republic of Korea".
_PLACE = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,4}?"


# The rest of a long name the text gives in full ("Hussein bin Abdullah bin Al-Hussein, Crown Prince of Jordan").
_NAME_TAIL = r"(?:\s+(?:bin|bint|ibn|al|Al|[A-Z][\w'’-]*)){0,4}"


def _introduced_around(before: str, title: str, pattern: str, ctx: Any) -> Any:
    """The one placed person the text introduced with the title around the name: "President of Peru Dina
    Boluarte", "Prince Faisal, Crown Prince of Jordan" (a longer title ending in this one, "Vice President", is
    another office). None when people of two countries were so introduced."""
    longer = [t for t in _person_titles() if t != title and t.endswith(" " + title)]
    found: dict[str, Any] = {}
    for person in {id(p): p for p in ctx.people.values() if p.country}.values():
        name = re.escape(person.name).replace(r"\ ", r"\s+(?:[A-Z]\.\s+)?")  # "Ana M. Costa": an initial between
        shapes = (rf"(?i:\b{pattern})\s+of\s+{_PLACE}\s+{name}\b", rf"\b{name}{_NAME_TAIL}\s*,\s*(?:the\s+)?(?i:{pattern})\b")
        for shape in shapes:
            for m in vocab.compiled(shape).finditer(before):
                head = before[: m.start()].lower() if shape is shapes[0] else before[: m.end()].lower()
                if not any(head.rstrip().endswith(t[: -len(title)].strip()) for t in longer if shape is shapes[0]) and not (
                        shape is shapes[1] and any(vocab.compiled(rf"{re.escape(t)}$").search(head) for t in longer)):
                    found.setdefault(person.country, person)
    return next(iter(found.values())) if len(found) == 1 else None


_VISITOR_HEADS = ("president", "prime minister", "leader", "head of state", "king", "emir", "premier", "chancellor",
                  "foreign minister", "minister", "delegation", "side", "dignitary")
_HOST_WORDS = ("host", "hosts", "his host", "her host", "their host", "their hosts", "host country", "host government")


def _host_country(text: str, main: list[str]) -> str | None:
    """The main party a visit or meeting is held in: the country of "a visit to X", else of the first town of
    either main party the text's opening names after "in" or "to" ("talks in Nairobi on Monday")."""
    from pactline.language.actors import find_countries
    from pactline.language.places import place_country

    opening = text[:1500]
    for visit in re.finditer(r"\bvisit\s+to\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})", opening):
        codes = [m.code for m in find_countries(visit.group(1))]
        if codes and codes[0] in main:
            return codes[0]
    for town in re.finditer(r"\b(?:in|to|at)\s+([A-Z][\w'’-]+)", opening):
        code = place_country(town.group(1))
        if code in main:
            return code
    return None


def visit_sides(text: str, ctx: Any) -> dict[str, Any]:
    """ "The visiting president welcomed …", "her host expressed …": in a text about two countries, one of which
    the meeting is held in, the visitor is the other."""
    from pactline.language.actors import Person

    main = ctx.main_parties
    host = _host_country(text, main) if len(main) == 2 else None
    if host is None:
        return {}
    visitor = next(c for c in main if c != host)
    out = {f"visiting {head}": Person(f"visiting {head}", None, visitor) for head in _VISITOR_HEADS}
    out.update({word: Person(word, None, host) for word in _HOST_WORDS})
    return out


_OFFICE_WORD = r"(?:[A-Z][\w'’-]*|of|the|and|for)"


def appositive_holders(text: str, ctx: Any) -> dict[str, Any]:
    """ "The Chancellor of the Federation, Ana Ruiz, opened …", "the Chair of the Commission, Jane Doe,": an office
    of several words set beside a placed person's name stands for that person when named alone again ("the
    President of the Republic"), and so does a shorter form of it ("the President of the Council" of "the
    President of the Federal Council of Ministers"; ``short_holder``). None where two people hold one office."""
    from pactline.language.actors import role_of

    found: dict[str, Any] = {}
    for m in re.finditer(rf"\b[Tt]he\s+(?P<o>[A-Z][\w'’-]*(?:\s+{_OFFICE_WORD}){{2,7}}),\s+(?P<n>{_NAME})\s*,", text):
        office, person = " ".join(m.group("o").lower().split()), ctx.person(m.group("n"))
        if person is None or not person.country or role_of(office) is None or " of " not in f" {office} ":
            continue
        found[office] = person if found.get(office, person) is person else None
    return {office: person for office, person in found.items() if person is not None}


def short_holder(office: str, holders: dict[str, Any]) -> Any:
    """The one holder whose office of several words holds ``office``'s words in order, first and last alike
    ("president of the council" in "president of the federal council of ministers")."""
    words = office.split()
    if len(words) < 3:
        return None
    fits = {id(p): p for key, p in holders.items() if " of " in key and _in_order(words, key.split())}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _in_order(words: list[str], longer: list[str]) -> bool:
    if words[0] != longer[0] or len(words) >= len(longer):
        return False
    rest = iter(longer)
    return all(w in rest for w in words)
