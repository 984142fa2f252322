"""Event summaries that name the actors, the action and its object: "Kenya and Indonesia upgraded relations
to a strategic partnership", not "the two sides agreed".

A summary is written from the parse, in the text's own spelling ("India's", "post-COVID"), without forms of
address, nested clauses, asides or the date (a field of its own), and cut between phrases rather than inside a
name. The wording settings (reporting verbs, forms of address, length) are in data/summaries.json.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core.records import Actor
from pactline.core.vocab import load
from pactline.language.actors import find_countries
from pactline.language.country_names import country_name
from pactline.language.dates import MONTHS, WEEKDAYS

Token = Any
_SKIP_DEPS = {"nsubj", "nsubjpass", "csubj", "punct", "cc", "conj", "advcl", "relcl",
              "ccomp", "parataxis", "mark", "advmod", "npadvmod", "appos", "dep"}
# Inside a kept phrase these open a clause or an aside of their own: the summary leaves them out.
_NESTED_DEPS = {"relcl", "appos", "advcl", "parataxis", "ccomp"}


@cache
def _settings() -> tuple[frozenset[str], frozenset[str], int]:
    data = load("summaries.json")
    return frozenset(data["reporting_verbs"]), frozenset(data["courtesy_words"]), int(data["max_words"])


@cache
def _time_words() -> frozenset[str]:
    return frozenset(load("summaries.json")["time_words"]) | frozenset(MONTHS) | frozenset(WEEKDAYS)


def party_names(codes: list[str]) -> str:
    names = [country_name(c) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def render(tokens: list[Token]) -> str:
    """Tokens in text order as the text spells them: the text's own spacing between neighbours ("India's",
    "post-COVID"), one space across a gap; punctuation only inside a word or a list's commas, forms of address
    dropped."""
    _reporting, courtesy, _most = _settings()
    present = {t.i for t in tokens}
    kept = [t for t in sorted(tokens, key=lambda t: t.i)
            if t.text not in courtesy and (not t.is_punct or _inside_word(t)
                                           or (t.text == "," and {t.i - 1, t.i + 1} <= present))]
    out: list[str] = []
    if not kept:  # only punctuation or forms of address: nothing to say
        return ""
    for prev, tok in zip([None, *kept[:-1]], kept, strict=True):
        if prev is not None:
            out.append(prev.whitespace_ if tok.i == prev.i + 1 else " ")
        out.append(tok.text)
    return "".join(out).strip()


def _inside_word(token: Token) -> bool:
    """A hyphen or apostrophe between two words with no space ("post-COVID", "Indo-Pacific")."""
    doc = token.doc
    return (token.i > 0 and token.i + 1 < len(doc) and not doc[token.i - 1].whitespace_ and not token.whitespace_
            and token.text in {"-", "'", "’", "/", "&"})


def _phrase(token: Token) -> list[Token]:
    """The token's subtree without nested clauses and asides."""
    keep = [token]
    stack = [c for c in token.children if _inside(c)]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if _inside(c))
    return keep


def _inside(child: Token) -> bool:
    """A purpose infinitive stays ("to work together to support Ukraine's integration"); other clauses go."""
    if child.dep_ == "advcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ not in _NESTED_DEPS


def _is_date(child: Token) -> bool:
    """ "on 9 September", "on Tuesday", "last week": the date is a field of its own."""
    if child.dep_ != "prep":
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return any(g.like_num or g.lower_ in _time_words() or any(n.like_num for n in g.children) for g in objects)


def _action(verb: Token) -> str:
    """The verb with its object and complements in text order, cut between phrases when long."""
    reporting, _courtesy, most = _settings()
    head = [t for t in verb.children if t.dep_ in ("aux", "auxpass", "neg") and t.i < verb.i]
    head += [verb] + [t for t in verb.children if t.dep_ == "prt"]
    chunks: list[list[Token]] = []
    for child in sorted(verb.children, key=lambda t: t.i):
        if child.i < verb.i or child.dep_ in ("aux", "auxpass", "neg", "prt") or _is_date(child):
            continue
        if child.dep_ == "ccomp" and verb.lemma_.lower() in reporting:
            chunks.append(_phrase(child))  # "said it would reopen the embassy": the reported act
        elif child.dep_ not in _SKIP_DEPS:
            chunks.append(_phrase(child))
    words = list(head)
    for n, chunk in enumerate(chunks):
        if n and len(words) + len(chunk) > most:
            break  # a further complement would overrun: stop between phrases
        words += chunk
    return render(words)


def _who(source: Actor | None, parties: list[str], target: Actor | None) -> str:
    """The doer as a reader names it: a named country or person, else the parties ("the two sides" ->
    "Kenya and Indonesia"); nobody when only the target is known."""
    if source is None:
        return ""
    if source.country:
        return source.name
    target_code = target.country if target else None
    doers = [p for p in parties if p != target_code] or parties
    return party_names(doers) if doers else source.name


def _undergoer(verb: Token) -> str:
    """What a passive act or a participle befell, as the text names it: "a sapling … (was gifted by A)",
    "the assistance (provided by France)"."""
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            return render(_phrase(child))
    if verb.dep_ == "acl":
        noun = verb.head
        return render([noun] + [t for c in noun.children if c.i < noun.i for t in c.subtree])
    return ""


def _nominal(noun: Token) -> str:
    """A nominal act with what modifies it: "Xi's state visit to Moscow", "drone strikes on Iraq"."""
    keep = [noun] + [t for c in noun.children if c.i < noun.i and c.dep_ not in _NESTED_DEPS for t in _phrase(c)]
    keep += [t for c in noun.children if c.i > noun.i and c.dep_ == "prep" and not _is_date(c) for t in _phrase(c)][:8]
    return render(keep)


def summarise(source: Actor | None, verb: Token, target: Actor | None, parties: list[str], planned: bool = False,
              subject: Token | None = None) -> str:
    """ "<actors> <verb and object> (<target>)"; a planned act reads "planned: …". A nominal act without a
    known doer is told by its noun phrase ("drone strikes on Iraq killed four people")."""
    from pactline.language.syntax import subject_of

    who = _who(source, parties, target)
    if subject is not None and subject.pos_ in ("VERB", "AUX"):
        subject = subject_of(subject)  # a verb anchor's own phrase would repeat the action
    if subject is not None and source is None:
        who = render(_phrase(subject))
    if verb.pos_ in ("VERB", "AUX"):
        what = _action(verb)
        if who and _agent_named(verb, who):
            who = _undergoer(verb)  # "A was received by B": B already named in the action
    else:
        what = _nominal(verb)
        told_twice = bool(who) and (what in who or _same_words(who, what))  # a title read as its own doer
        if who and (told_twice or who in what or _names_doer(verb)):
            who, what = "", (who if told_twice else what)  # "Xi's state visit", "the Japan-Australia summit"
    return _cut(who, what, verb.pos_ in ("VERB", "AUX"), target, planned)


def _same_words(phrase: str, other: str) -> bool:
    """ "Readout of Secretary X's meeting with Y" and "Readout of X meeting with Y": one phrase told twice, the
    words of one all among the other's (a title read as the doer of its own act)."""
    a, b = (set(re.findall(r"\w+", re.sub(r"['’]s\b", "", t.lower()))) for t in (phrase, other))
    return bool(a and b) and (a <= b or b <= a)


def _agent_named(verb: Token, who: str) -> bool:
    """The act is told in the passive, or the doer is the participle's "by" phrase ("the assistance provided by
    Ghana"): the summary keeps the text's own subject."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return True  # "A was received with honours": the text's own subject, whoever received A
    if verb.dep_ != "acl" and not any(c.dep_ == "agent" for c in verb.children):
        return False
    agent = {t.text for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for t in c.subtree}
    return bool(agent & set(who.split()))


def _names_doer(noun: Token) -> bool:
    """ "Xi's visit", "the Japan-Australia summit", "German-Brazilian consultations": the phrase names its doer."""
    return any(c.dep_ == "poss" or find_countries(" ".join(t.text for t in c.subtree))
               for c in noun.children if c.i < noun.i)


def _cut(who: str, what: str, verbal: bool, target: Actor | None, planned: bool) -> str:
    """Doer and action joined (a nominal act after a colon), the target named when the text has not, and a
    summary past the length cut at a word with an ellipsis."""
    _reporting, _courtesy, most = _settings()
    text = f"{who}{' ' if verbal or not who else ': '}{what}".strip()
    words = text.split()
    if len(words) > most + 6:
        text = " ".join(words[: most + 4]).rstrip(",;:") + " …"
    if target is not None and target.country and target.name not in text and country_name(target.country) not in text:
        text += f" ({_target_label(target)})"
    return ("planned: " + text) if planned else text


def _target_label(target: Actor) -> str:
    """The target as a reader names it: a bare demonym ("Vietnamese", "the Peruvian") is no name of its own,
    its country's name is ("(Peru)", not "(Peruvian)")."""
    bare = target.name.removeprefix("the ").strip()
    mentions = find_countries(bare)
    if target.country and len(mentions) == 1 and mentions[0].kind == "demonym" and mentions[0].text == bare:
        return country_name(target.country)
    return target.name
