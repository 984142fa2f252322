"""People named with a title ("Kenyan President William Ruto", "William Ruto, President of Kenya"): their
role and, where the text gives it, their country."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pactline.core import vocab
from pactline.language.actors import _WORD, Person, clean_name, gazetteer

# A titled name, its particles included ("Caspar van der Berg", "Lula da Silva"): up to three words. Not "al-"
# ("Tamim bin Hamad al-Thani"): a dynasty's name that several officials of one text share names none of them.
_NAME = rf"(?:{_WORD})(?: (?:(?:bin|bint|ibn|de|da|dos|das|van|von|der|den|del|la|le) )*{_WORD}){{0,2}}"

# Initials before a name ("S. Jaishankar", "K. P. Sharma Oli"): not part of the name a later sentence uses.
_INITIALS = r"(?:[A-Z]\.\s?){1,3}\s*"

_STYLES = r"(?:Hon\.?|H\.\s?E\.|His Excellency|Her Excellency|Mr\.|Mrs\.|Ms\.|Dr\.|Shri|Smt\.)\s+"

@cache
def _institution_words() -> frozenset[str]:
    return frozenset(vocab.load("roles.json")["state_organs"]["institution_words"])


_REPORTING = "said|says|told|added|stated|noted|stressed|warned|insisted|explained|wrote"
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.h]\d{2}\s*$")


@cache
def titled_patterns() -> tuple[re.Pattern[str], ...]:
    gaz = gazetteer()
    person_titles = [t for t in gaz.titles if t[2]]
    title_alt = vocab.alternation((t[0] for t in person_titles), fold_case=True)  # matched ignoring case
    country_alt = gaz.pattern.pattern
    portfolios = vocab.load("roles.json")["portfolios"]
    fields = "|".join(re.escape(w) for w in portfolios["words"])
    after = "|".join(re.escape(w) for w in sorted(portfolios["after_title"], key=len, reverse=True))
    # "Minister of Trade and Industry", "Minister of Foreign Affairs, Trade": the field after the title
    of_field = rf"(?: of (?:the )?(?:{after})(?:(?:,| and| &) (?:the )?(?:{after})){{0,2}}(?:,(?= {_STYLES}))?(?= (?!(?:{after}|{country_alt})\b)))?"
    # (a comma only before "Mr.", "H.E.": "Minister of Foreign Affairs, African Cooperation and …" names no one)
    return (
        # Japanese Prime Minister Fumio Kishida / Peru's President Dina Boluarte / President Joko Widodo /
        # Peruvian Trade Minister Ana Ruiz (a minister's field between the country and the title)
        re.compile(rf"(?:(?P<c>{country_alt}) (?:(?:{fields}) ){{0,2}})?\b(?P<t>(?i:{title_alt})){of_field} (?:{_STYLES})?(?:{_INITIALS})?(?P<n>{_NAME})"),
        # President of Ghana John Mahama / President of the Republic of Kenya William Ruto
        re.compile(rf"\b(?P<t>(?i:{title_alt})) of (?:the )?(?P<c>{country_alt}) (?:{_INITIALS})?(?P<n>{_NAME})"),
        # William Ruto, President of the Republic of Kenya (not "A, the President of Kenya, B": that title is B's)
        re.compile(rf"(?P<n>{_NAME}),\s+(?:the\s+)?(?P<t>(?i:{title_alt}))\s+of\s+(?:the\s+)?(?P<c>{country_alt})"
                   rf"(?!,\s+(?:{_STYLES})*{_NAME},)"),
        # Dina Boluarte, the Peruvian president (not a list: "Vladimir Putin, French President Emmanuel Macron and
        # …" gives the title to the name after it)
        re.compile(rf"(?P<n>{_NAME}),\s+(?:the\s+)?(?P<c>{country_alt})\s+(?P<t>(?i:{title_alt}))\b(?!\s+[A-Z][a-z])"),
        # The Prime Minister of New Zealand, the Rt Hon Helen Clark MP / President of Chile, H.E. Mr. Gabriel Boric
        # (not "Emir of Qatar, Prime Minister Ana Ruiz of Peru": a title after the comma opens another person)
        re.compile(rf"\b(?P<t>(?i:{title_alt})) of (?:the )?(?P<c>{country_alt}),\s+(?:the\s+)?"
                   rf"(?:{_STYLES})*(?:{_INITIALS})?(?!(?i:{title_alt})\s)(?P<n>{_NAME})"),
        # "Chile's foreign minister briefed senators on Monday … . Ana Ruiz said …": an office of a country
        # named without a name, and the next sentence opens with a name that reports
        re.compile(rf"(?P<c>{country_alt}) (?P<t>(?i:{title_alt}))(?= [a-z])[^.\n]{{0,240}}\.\s+"
                   rf"(?P<n>{_WORD} {_NAME})(?= (?:{_REPORTING})\b)"),
    )


@cache
def _of_country() -> re.Pattern[str]:
    """ "… of (the) Kenya" right after a titled name: the country its title is of."""
    return re.compile(rf"\s+of\s+(?:the\s+)?({gazetteer().pattern.pattern})")


@cache
def _counterparts() -> re.Pattern[str]:
    """ "<demonym> counterparts, <list>" (_counterparts_placed)."""
    return re.compile(rf"(?P<c>{gazetteer().pattern.pattern})\s+counterparts?\s*,\s*(?P<list>[^.;:()]{{3,200}})")


@cache
def _counterpart_named() -> re.Pattern[str]:
    """ "his Ghanaian counterpart Ama Mensah", "her Chilean counterpart, Ana Ruiz,": one person."""
    titles = vocab.alternation((t[0] for t in gazetteer().titles if t[2]), fold_case=True)
    # (a title before the name is skipped: "his Ghanaian counterpart Foreign Minister Ama Mensah")
    # (on one line: a headline's "… meets Fijian counterpart" names no one of the line below)
    return re.compile(rf"(?P<c>{gazetteer().pattern.pattern})[ ]+counterpart,?[ ]+(?:(?i:{titles})[ ]+)?(?P<n>{_NAME})(?![\w-])")


def titled_people(text: str) -> list[Person]:
    gaz = gazetteer()
    found: list[Person] = []
    patterns = titled_patterns()
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = clean_name(m.group("n"))
            if not name or _CLOCK_BEFORE.search(text, max(0, m.start("t") - 12), m.start("t")) or (
                    pattern is patterns[-1] and (name != m.group("n") or _institution_words() & set(name.split()))):
                continue  # "2:14 PM GMT+5:30": a clock time; "Amnesty International said": a body; "Kenyan
                # President Ruto said": a person titled in that sentence, no holder of the office before
            code = None
            if m.groupdict().get("c"):
                surface = re.sub(r"['’]s?$", "", m.group("c"))
                code = gaz.surfaces.get(surface, (None, ""))[0]
            if code is None:
                tail = text[m.end() : m.end() + 60]
                of = _of_country().match(tail)
                if of:
                    code = gaz.surfaces.get(re.sub(r"['’]s?$", "", of.group(1)), (None, ""))[0]
            role = next((t[1] for t in gaz.titles if t[0] == m.group("t").lower()), None)
            found.append(Person(name, role, code))
    for m in _counterpart_named().finditer(text):
        name, code = clean_name(m.group("n")), gaz.surfaces.get(re.sub(r"['’]s?$", "", m.group("c")), (None, ""))[0]
        if not name or not code or name in gaz.surfaces:
            continue
        known = [i for i, p in enumerate(found) if p.name == name]  # one titled already: placed, not repeated
        for i in known:
            found[i] = replace(found[i], country=found[i].country or code)
        if not known:
            found.append(Person(name, None, code))
    return _counterparts_placed(text, found)


def _counterparts_placed(text: str, found: list[Person]) -> list[Person]:
    """ "met their Ghanaian counterparts, Foreign Minister A and Defence Minister B": the people a text lists
    after "<demonym> counterparts" are of that country."""
    gaz = gazetteer()
    placed: dict[str, str] = {}
    for m in _counterparts().finditer(text):
        code = gaz.surfaces.get(re.sub(r"['’]s?$", "", m.group("c")), (None, ""))[0]
        for person in found:
            if code and person.country is None and person.name in m.group("list"):
                placed.setdefault(person.name, code)
    return [replace(p, country=placed[p.name]) if p.name in placed else p for p in found]
