"""What the objects of an act name: the tokens of its objects and prepositional phrases, and the country a
stance both sides take together is about."""

from __future__ import annotations

from typing import Any

from pactline.core.records import Actor

_WALK = ("dobj", "prep", "xcomp", "pobj", "dative", "conj", "attr", "oprd", "acl", "compound", "amod", "poss", "nmod")


def object_tokens(verb: Any, depth: int = 4, own: bool = False) -> list[Any]:
    """Tokens of the verb's objects and prepositional phrases, nearest first (four levels deep); ``own``: not
    those of the acts coordinated with it ("supported X and condemned Y")."""
    out, frontier = [], [verb]
    for _depth in range(depth):
        nxt = []
        for head in frontier:
            for child in head.children:
                if child.dep_ in _WALK and not (own and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
                    out.append(child)
                    nxt.append(child)
        frontier = nxt
    return out


def named_by_both(verb: Any, source_codes: list[str]) -> tuple[Actor | None, list[str]]:
    """A stance the two sides take together is about the country its object names, however deep ("support
    for the holding of elections in Haiti", "the lifting of sanctions imposed on Cuba"), or, for the second of
    two acts, the one the first names ("voiced concern over the fighting in Sudan and called on all groups to
    …"). Only a country's own name or demonym counts: a city is where, not whom."""
    from pactline.language.actors import find_countries
    from pactline.language.syntax import noun_phrase

    if len(source_codes) < 2:
        return None, []
    acts = [verb] + ([verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and _addressed(verb) else [])
    for tok in (t for act in acts for t in object_tokens(act, 8, own=True) if t.pos_ in ("PROPN", "ADJ") and t.dep_ in _NAMING):
        # the whole name ("Papua New Guinean workers", "the Republic of Cuba"), not a piece of it ("Guinean")
        named = noun_phrase(tok.head if tok.dep_ in ("amod", "compound") else tok).text
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.head.head.lemma_.lower() in _OCCASIONS:
            continue  # "the meeting held in Suva", "the memorandum signed in Lima": where it took place
        found = [m for m in find_countries(named) if m.code not in source_codes]
        if found:
            return Actor(found[0].text, found[0].code, "government"), [found[0].code]
    return None, []


_NAMING = ("pobj", "dobj", "compound", "amod", "poss", "nmod", "conj")


def _addressed(verb: Any) -> bool:
    """Whether a call names whom it addresses ("called on all armed groups to …", "urged the parties to …"):
    they are the ones the act before it was about; a bare call ("called for a ceasefire") names no one."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children)
               or c.dep_ == "dobj" and any(g.dep_ in ("xcomp", "acl") for g in c.children) for c in verb.children) or any(
        c.dep_ == "xcomp" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


_OCCASIONS = ("hold", "host", "meet", "convene", "sign", "take", "conclude", "open")
