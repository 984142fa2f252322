"""Where a group that no state owns acts from: a crowd placed by where its act happened ("Hundreds of ethnic
Kurds demonstrated in Germany"), a people named with where it lives ("the Hungarians of southern Slovakia").
Event-data coders give such groups the country where they are based."""

from __future__ import annotations

from typing import Any

from pactline.language.actors import find_countries

_WHERE_PREPS = ("in", "at", "near", "inside", "outside", "across", "throughout", "through", "around", "along", "of", "from")
_CROWDS = ("hundreds", "thousands", "dozens", "scores", "tens", "millions")
def located_group(verb: Any) -> str | None:
    """The country where a sentence puts a group that acts without a state: a plural subject ("ethnic Kurds",
    "prisoners", "hundreds of activists") placed by its own "of/in/from" phrase or by where the act happened
    ("in Germany", "at a jail in Basra", "near Chad's border"). Names of people, offices or states never
    count: those have a country of their own."""
    from pactline.language.actors import gazetteer
    from pactline.language.places import place_country
    from pactline.language.syntax import noun_phrase

    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or not (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _CROWDS):
        return None
    heads = [c for c in subj.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS]
    # where the act happened: the verb's own place, or its object's ("occupied squares in Macau")
    acts = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    heads += [c for a in acts for c in a.children if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS[:-2]]
    surfaces = gazetteer().surfaces
    for head in heads:
        for tok in head.subtree:
            if tok.pos_ != "PROPN" or tok.dep_ not in ("pobj", "poss", "compound", "appos"):
                continue
            if surfaces.get(tok.text, ("", ""))[1] == "demonym":
                continue  # "against Chinese rule": a nationality is no place
            code = place_country(noun_phrase(tok).text) or place_country(tok.text.removesuffix("'s").removesuffix("’s"))
            if code is None and (found := find_countries(tok.text)):
                code = found[0].code
            if code:
                return code
    return None


def settled_people(verb: Any) -> str | None:
    """The country of the place a plural people-name subject is "of" or "in" ("the Kurds of northern Iraq")."""
    from pactline.language.actors import gazetteer
    from pactline.language.places import place_country
    from pactline.language.syntax import noun_phrase

    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    surfaces = gazetteer().surfaces
    if subj is None or subj.tag_ not in ("NNS", "NNPS") or surfaces.get(subj.text, ("", ""))[1] != "demonym":
        return None
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            code = place_country(noun_phrase(pobj).text) or place_country(pobj.text)
            words = [t.text for t in noun_phrase(pobj) if t.pos_ == "PROPN"]
            code = code or place_country(" ".join(words))
            if code:
                return code
    return None
