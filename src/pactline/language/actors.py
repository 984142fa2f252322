"""Actors: countries, governments, leaders and officials, resolved to ISO 3166-1 alpha-3 codes and roles.

The gazetteer is data: pycountry's names plus ``data/countries.tsv`` (aliases, demonyms, capitals used as
metonyms) and ``data/roles.json`` (titles and collective nouns). A person named with a title anywhere in a
document ("Kenyan President William Ruto") is remembered, so a later bare "Ruto" inherits role and country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from importlib import resources

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.language.country_names import country_name, is_monarchy, money_phrase, names_currency
from pactline.language.holders import HONORIFICS, bare_office, office_titles, short_holder
from pactline.language.org_heads import organisation_heading
from pactline.language.org_refs import named_organisations, numbered_aliases, referred_organisation
from pactline.language.organ_acronyms import organ_in


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    code: str
    kind: str  # name | demonym | capital
    text: str


@dataclass
class Gazetteer:
    surfaces: dict[str, tuple[str, str]]  # surface -> (code, kind)
    pattern: re.Pattern[str]
    titles: list[tuple[str, str, bool]]  # (title, role, takes a person name), longest first
    title_pattern: re.Pattern[str]
    collectives: tuple[str, ...]
    organisations: dict[str, str]  # alias -> canonical name
    organisation_codes: dict[str, str] = field(default_factory=dict)  # canonical name -> short name ("UN", "AU")
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a name of several ("Congolese", "Congo")

    @cached_property
    def organisation_pattern(self) -> re.Pattern[str]:
        """Finds whether any organisation alias is named, in one pass."""
        return vocab.any_of(tuple(self.organisations), r"(?<!\w)", r"(?!\w)")


@cache
def gazetteer() -> Gazetteer:
    import pycountry

    surfaces: dict[str, tuple[str, str]] = {}
    shared: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                surfaces.setdefault(value, (country.alpha_3, "name"))
    text = resources.files("pactline.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, aliases, demonyms, capitals = (line.split("\t") + ["", "", ""])[:4]
        for kind, values in (("name", aliases), ("demonym", demonyms), ("capital", capitals)):
            for value in filter(None, values.split("|")):
                if value.startswith("?"):  # "?Korea": read only in context (_shared_code)
                    surfaces[value[1:]], shared[value[1:]] = (code, kind), ("?", code)
                elif value in surfaces and surfaces[value][0] != code:
                    shared[value] = (*shared.get(value, (surfaces[value][0],)), code)
                    # "Congolese": the country the document is about decides (find_countries' prefer)
                else:
                    surfaces[value] = (code, kind)
    names = sorted(surfaces, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + vocab.alternation(names) + r")(?:['’]s?)?(?![\w])")
    roles = vocab.load("roles.json")
    titles = sorted(((t["title"], t["role"], t["person"]) for t in roles["titles"]), key=lambda t: -len(t[0]))
    title_pattern = re.compile(r"\b(?:" + vocab.alternation((t[0] for t in titles), fold_case=True) + r")\b", re.I)
    organisations = {alias: org["name"] for org in roles["organisations"] for alias in org["aliases"] + numbered_aliases(org)}
    codes = {org["name"]: org.get("short", org["name"]) for org in roles["organisations"]}
    return Gazetteer(surfaces, pattern, titles, title_pattern, tuple(roles["collectives"]["phrases"]), organisations,
                     codes, shared)


@cache
def _joined_pattern() -> re.Pattern[str]:
    """A country name right after another and a hyphen ("Brazil-Germany talks", "U.S.-Kenya partnership")."""
    body = gazetteer().pattern.pattern.removeprefix(r"(?<![\w-])")
    return re.compile(body)


def find_countries(text: str, base: int = 0, joined: bool = False, prefer: tuple[str, ...] | list[str] = ()) -> list[CountryMention]:
    """Countries named in ``text``; with ``joined``, also the second of two names joined by a hyphen ("China–Russia"),
    which the guard against "pro-" leaves out. A shared name ("Congo") is the one in ``prefer``, else the first listed."""
    gaz = gazetteer()
    found = []
    matches = list(gaz.pattern.finditer(text))
    covered, plain = -1, set(matches)
    for m in matches:  # grows: "China-Russia-Iran"
        if m.end() < len(text) - 1 and text[m.end()] in "-–/" and (second := _joined_pattern().match(text, m.end() + 1)):
            matches.append(second)
    for m in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if m.start() < covered:
            continue  # no "Guinea" inside "Australia-Papua New Guinea": the joined name is read whole
        covered = m.end()
        if m not in plain and not joined:
            continue
        surface = re.sub(r"['’]s?$", "", m.group(0))
        if surface not in gaz.surfaces:
            continue
        code, kind = gaz.surfaces[surface]
        if surface in gaz.shared and not (code := _shared_code(gaz, surface, code, prefer)) or gaz.shared.get(
                surface, ("",))[0] == "?" and (re.match(r" [A-Z]", text[m.end():]) or text[:m.start()].endswith("of ")):
            continue  # "?Korea": nor in a longer name ("the Korea Strait", "the Workers' Party of Korea")
        before = text[max(0, m.start() - 16) : m.start()]
        if kind == "demonym" and before.lower().endswith("ethnic ") or kind == "name" and _WATERS.search(before) or \
                names_currency(text, m.start() + len(surface), kind) or _WATERS_AFTER.match(text, m.start() + len(surface)):
            continue  # "ethnic Albanians in Serbia", "the Gulf of Guinea", "the South China Sea", "Japanese yen"
        found.append(CountryMention(base + m.start(), base + m.start() + len(surface), code, kind, surface))
    return found


def _shared_code(gaz: Gazetteer, surface: str, code: str, prefer: tuple[str, ...] | list[str]) -> str | None:
    """A name several states share ("Congolese") is the one the document is about, else the first listed. A
    short name marked "?" in countries.tsv ("?Korea") is its state but in a text about another named with the
    same word ("North Korea"), and never inside a longer name (find_countries)."""
    codes = gaz.shared[surface]
    if codes[0] != "?":
        return next((c for c in codes if c in prefer), code)
    return None if (_word_sharers(surface) - {codes[1]}) & set(prefer) else codes[1]


@cache
def _word_sharers(surface: str) -> frozenset[str]:  # the states whose names hold it as a word ("Korea": both)
    return frozenset(c for s, (c, _) in gazetteer().surfaces.items() if surface in s.split())


@cache
def title_roles() -> tuple[re.Pattern[str], dict[str, str]]:
    gaz = gazetteer()
    pattern = re.compile(r"\b(" + vocab.alternation(t[0] for t in gaz.titles) + r")\b")
    return pattern, {t[0]: t[1] for t in gaz.titles}


def role_of(text: str) -> str | None:
    """The role named by a title or collective noun in ``text`` (longest title wins)."""
    pattern, roles = title_roles()
    found = pattern.findall(text.lower())
    return roles[max(found, key=len)] if found else None


_WATERS = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?|Channel) of (?:the )?$")
_WATERS_AFTER = re.compile(r"\s+(?:Sea|Ocean)\b")  # "the Philippine Sea", "the Indian Ocean": waters, no state
_WORD = r"[A-Z](?:[^\W\d_]|['’-])+"  # a capitalised word, accented letters included ("Støre")
_NAME = rf"(?:{_WORD})(?: {_WORD}){{0,2}}"
_CAPITAL_RUN = rf"(?:{_WORD})(?: {_WORD})*"
# A person's name with its particles ("Mohamed bin Zayed Al Nahyan", "Abdel Fattah al-Sisi", "Lula da Silva").
_PERSON_RUN = rf"(?:{_WORD})(?: (?:(?:bin|bint|ibn|al|el|de|da|do|dos|das|van|von|der|del|la) )*(?:(?:al|el)-)?{_WORD})*"
_NOT_NAME_WORDS = frozenset({
    "Ministry", "Government", "Republic", "People", "The", "His", "Her", "State", "Council", "Photo", "Photos",
     "Xinhua", "Reuters", "AFP", "AP", "On", "In", "At", "After", "Before", "During", "Monday", "Tuesday",
     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Both", "Side", "Sides", "MP", "Hon", "Jr",
     "Highness", "Majesty", "Excellency", "Sheikh", "Sheikha", "Mr", "Mrs", "Ms", "Dr", "Shri", "Smt", "Sir", "Dame", "By", "Rt"})


def clean_name(name: str) -> str:
    """Keep the personal-name words of a capitalised run: no titles, no country words, no possessive."""
    gaz = gazetteer()
    title_words = {w for t in gaz.titles for w in t[0].split()}
    words = []
    for word in name.split():
        bare = re.sub(r"['’]s?$", "", word)
        if bare.lower() in title_words or bare in gaz.surfaces or bare in _NOT_NAME_WORDS:
            if len(words) == 1 and name.startswith(words[0] + " ") and gaz.surfaces.get(bare, ("", ""))[1] == "demonym":
                return ""  # "Senior Chilean officials", "Top Iranian envoys": a capitalised adjective, no one's name
            if words:
                break
            continue
        words.append(bare)
        if bare != word:
            break
    return " ".join(words)


# Name particles: never a name part of their own ("Al" of "Tamim bin Hamad Al Thani").
_PARTICLES = frozenset({"al", "el", "bin", "bint", "ibn", "abu", "de", "da", "do", "dos", "das", "di", "del", "la", "le",
                        "van", "von", "der", "den", "du", "mac", "ben"})


def _name_part(word: str) -> bool:
    """A word of a person's name that names them alone: not a particle ("Al"), a title ("Sheikh") or an initial."""
    return len(word) > 1 and word[0].isupper() and word.lower() not in _PARTICLES and word.lower() not in _title_words() \
        and not word.endswith(".")


@cache
def _title_words() -> frozenset[str]:
    words = {w for t in gazetteer().titles for w in t[0].split()}
    return frozenset(words | {"sheikh", "sheikha", "king", "queen", "emperor", "prince", "princess", "emir", "sultan",
                              "his", "her", "highness", "majesty", "excellency"})


@dataclass
class Person:
    name: str
    role: str | None
    country: str | None


@dataclass
class DocumentContext:
    """What a document says about who is who: its main countries and its titled people."""

    country_counts: Counter[str] = field(default_factory=Counter)
    people: dict[str, Person] = field(default_factory=dict)  # full name and each name part -> person
    resolved: dict[str, tuple[Actor | None, list[str]]] = field(default_factory=dict)
    holders: dict[str, Person] = field(default_factory=dict)  # "the crown prince" -> who (language/holders.py)
    organisations: Counter[str] = field(default_factory=Counter)  # named, for "the bloc" (language/org_refs.py)
    # main_parties of a built context, asked for tens of times per sentence: its people and counts no longer change
    settled: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def main_parties(self) -> list[str]:
        """The two countries the document is mostly about (one if only one is named)."""
        if self.settled is not None:
            return list(self.settled)  # a copy: callers extend it
        placed = {p.country for p in self.people.values() if p.country}
        # At equal counts a country whose people the text names ranks first: they act; a place is a topic.
        counts = sorted(self.country_counts.items(), key=lambda kv: (-kv[1], kv[0] not in placed))
        ranked = [c for c, _n in counts if len(c) == 3 and c.isalpha()]
        if not ranked:
            return []
        top = ranked[:2]
        if len(top) == 2 and self.country_counts[top[1]] < self.country_counts[top[0]] * 0.15:
            return top[:1]
        return sorted(top)

    def person(self, name: str) -> Person | None:
        name = re.sub(r"['’]s$", "", name.strip())
        if name in self.people:
            return self.people[name]
        parts = [p for p in name.split() if len(p) > 1 and p.lower() not in _PARTICLES]
        for part in reversed(parts):
            if part in self.people:
                return self.people[part]
            if part.isupper() and part.capitalize() in self.people:
                return self.people[part.capitalize()]  # "KISHIDA Fumio", written as Japan's ministry does
        return None

    def register(self, person: Person) -> None:
        from pactline.language.leaders import fold

        self.people[person.name] = person
        for part in person.name.split() + re.findall(r"\b[AaEe]l-([A-Z][\w'’]+)", person.name):  # "al-Sisi" is "Sisi"
            if _name_part(part):
                self.people[part] = person
        folded = fold(person.name)
        if folded != person.name:
            # "Erdogan" in a text that also writes "Erdoğan".
            for part in folded.split():
                if _name_part(part):
                    self.people.setdefault(part, person)


def build_context(text: str) -> DocumentContext:
    """Count countries and remember titled people across a document's readable text."""
    return _build_context(text)


@lru_cache(maxsize=32)
def _build_context(text: str) -> DocumentContext:
    from pactline.language.leaders import count_people, leaders_named

    ctx = DocumentContext()
    for leader in leaders_named(text):
        ctx.register(Person(leader.name, leader.role, leader.country))
    named = {m.code for m in find_countries(text)}  # "Korea" is the South's in a text that names no North Korea
    mentions = find_countries(text, joined=True, prefer=tuple(named))
    plain = Counter(m.code for m in mentions if m.text not in gazetteer().shared)
    for mention in mentions:
        if gazetteer().shared.get(mention.text, ("?",))[0] != "?":  # "Congolese" in a text that names Kinshasa: the DR Congo
            mention = replace(mention, code=max(gazetteer().shared[mention.text], key=lambda c: plain[c]))
        ctx.country_counts[mention.code] += 1
    from pactline.language.titled import titled_people

    people = titled_people(text)
    ctx.organisations = named_organisations(text, gazetteer())
    from pactline.language.person_names import register_people

    register_people(ctx, people)  # "Alberto" of a known "Alberto van Klaveren" is that person, not a second one
    count_people(ctx, text)
    from pactline.language.holders import role_holders

    ctx.holders = role_holders(text, ctx)
    ctx.settled = ctx.main_parties
    return ctx


def resolve(text: str, ctx: DocumentContext) -> tuple[Actor | None, list[str]]:
    """Resolve a noun phrase to an actor and the party codes it stands for (remembered per document)."""
    cached = ctx.resolved.get(text)
    if cached is None:
        cached = ctx.resolved[text] = _resolve(text, ctx)
    return cached


def _named_person(phrase: str, ctx: DocumentContext, role: str | None, codes: list[str]) -> Person | None:
    """The person a phrase names: one the document places first ("President Joseph R. Biden, Jr.": the
    "Joseph" of "President Joseph" is no one, "Biden" is), then any it knows, then a titled stranger."""
    gaz = gazetteer()
    names = []
    for candidate in re.findall(_PERSON_RUN, phrase):
        name = clean_name(candidate)
        if name and name not in gaz.surfaces and name.lower() not in office_titles():  # nor a place ("Abu Dhabi")
            names.append(name)
    found = []
    for name in names:
        person = ctx.person(name)
        words = set(name.lower().split())
        if person and len(words) > 1 and not words <= set(person.name.lower().split()) and name.lower() not in person.name.lower():
            person = None  # "Kim Jong" is not "Kim Dae-jung" ("KISHIDA Fumio" is "Fumio Kishida")
        if person:
            found.append(person)
    placed = next((p for p in found if p.country), None)
    if placed or found:
        return placed or found[0]
    if names and role and gaz.title_pattern.search(phrase):
        return Person(names[0], role, codes[0] if codes else None)
    return None


_BARE_PLURALS = ("ministers", "leaders", "presidents", "premiers", "delegations", "participants", "heads of state",
                 "heads of government")


def _resolve(text: str, ctx: DocumentContext) -> tuple[Actor | None, list[str]]:
    gaz = gazetteer()
    phrase = text.strip()
    lowered = phrase.lower()
    if not phrase or money_phrase(phrase):
        return None, []
    for collective in gaz.collectives:
        bare = collective.removeprefix("the ") if collective.endswith(_BARE_PLURALS) else collective
        # "Ministers signed 12 agreements": the bare plural of officials stands for both sides as "the ministers" does
        if lowered in (collective, bare) or lowered.startswith(collective + " ") or lowered.endswith(" " + collective):
            parties = ctx.main_parties
            if len(parties) < 2:
                return None, []
            return Actor(phrase, None, role_of(phrase) or "government"), parties
    if re.fullmatch(r"(?:both|the two)(?: [a-z-]+){0,2} [a-z]+s", lowered) and (plural := role_of(lowered[:-1])) and (
            len(ctx.main_parties) == 2):
        # "both ministers", "the two trade ministers": one official of each of the text's two countries.
        return Actor(phrase, None, plural), list(ctx.main_parties)
    countries = find_countries(phrase, prefer=ctx.main_parties)
    organisation = organisation_heading(phrase, countries, gazetteer())
    if organisation is None and not countries:
        organisation = referred_organisation(lowered, ctx.organisations)  # "the bloc", "all allies"
    if organisation is not None:
        return Actor(organisation, None, "igo"), [gaz.organisation_codes[organisation]]
    codes = list(dict.fromkeys(m.code for m in countries))
    held = None if codes else (ctx.holders.get(bare_office(lowered)) or organ_in(phrase, ctx.holders)
                               or short_holder(bare_office(lowered), ctx.holders))
    if held is not None:
        # "The crown prince hosted a lunch", "the Federal Government": whom the text introduced with that title.
        return Actor(held.name, held.country, held.role), [held.country]
    role = role_of(phrase)
    person = _named_person(phrase, ctx, role, codes)
    if person:
        # A person already placed ("Fumio Kishida" of Japan) keeps that country in "Kishida and South
        # Korean President Yoon"; only an unplaced person takes the country the phrase names.
        code = person.country or (codes[0] if codes else None)
        return Actor(person.name, code, role or person.role), [code] if code else []
    # One pass says whether any organisation is named; only then find which (the first alias in table order).
    if gaz.organisations and gaz.organisation_pattern.search(phrase):
        for alias, org in gaz.organisations.items():
            if vocab.compiled(rf"(?<!\w){re.escape(alias)}(?!\w)").search(phrase):
                if not codes:
                    return Actor(org, None, "igo"), []
    if codes:
        if len(codes) > 1 and re.search(r"\band\b|,|-", phrase):
            return Actor(phrase, None, role or "government"), codes
        kind = countries[0].kind
        if kind == "capital" and countries[0].text == re.sub(r"['’]s?$", "", phrase) or role is None and kind != "demonym" and re.search(
                r"\b(?:with|from|by|against)\s+(?:the\s+)?$", phrase[: countries[0].start]):
            # "Nairobi rejected the claim": a capital alone stands for its government, never a place as actor; "a
            # contract for helicopters with the United States": the state a thing is with or from, by its name.
            return Actor(country_name(codes[0]), codes[0], role or "government"), [codes[0]]
        return Actor(phrase, codes[0], role or ("government" if kind in ("name", "capital") else None)), [codes[0]]
    if lowered in HONORIFICS and len(kings := [c for c in ctx.main_parties if is_monarchy(c)]) == 1:
        return Actor(phrase, kings[0], "head_of_state"), kings  # "His Majesty" of the one monarchy of the two
    if role or re.search(_NAME, phrase):
        # A titled or named actor whose country the text does not give ("Amnesty International", "the rebels").
        return Actor(phrase, None, role), []
    return None, []
