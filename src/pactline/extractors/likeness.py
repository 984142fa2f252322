"""Judgements told by a likeness or a comparison rather than an evaluative word: "they are like pirates", "they
behave like bandits", "these people are thieves", "we are better off when we talk". The words are data
(data/commitment_cues.json "likeness_judgements")."""

from __future__ import annotations

from pactline.extractors.cue_base import Token, cues_data, lemma


def judged_by_likeness(clause: Token) -> bool:
    """A copula (or "behave", "act") whose predicate names a wrongdoer, plainly or as a likeness, or a comparative
    "better off" / "worse off": the speaker's judgement."""
    data = cues_data()["likeness_judgements"]
    if lemma(clause) not in data["verbs"]:
        return False
    wrongdoers = set(data["wrongdoers"])
    for g in clause.children:
        if g.dep_ == "attr" and lemma(g) in wrongdoers and lemma(clause) == "be":
            return True  # "these people are pirates"
        if g.dep_ == "prep" and g.lower_ in ("like", "as") and any(
                o.dep_ == "pobj" and lemma(o) in wrongdoers for o in g.children):
            return True  # "they are like pirates", "they act as bandits"
        if g.dep_ == "acomp" and _better_off(g, set(data["comparatives"])):
            return True  # "we are better off when we engage"
    return False


def _better_off(word: Token, comparatives: set[str]) -> bool:
    """ "better off": the comparative heading "off", or (as the parser may hang it) "off" heading the comparative."""
    if word.lower_ in comparatives:
        return any(p.dep_ == "prt" and p.lower_ == "off" for p in word.children)
    return word.lower_ == "off" and any(c.dep_ == "advmod" and c.lower_ in comparatives for c in word.children)
