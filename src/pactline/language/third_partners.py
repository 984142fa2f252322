"""A third country two sides act with: "the two presidents agreed to coordinate with Benin", "agreed to continue
trilateral coordination with Benin" make Benin a party of the joint act, where a country the pair discussed or
agreed about stays a topic (parties.complete_parties; vocabulary in data/roles.json, third_partners)."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    from pactline.core import vocab

    data = vocab.load("roles.json")["third_partners"]
    return frozenset(data["verbs"]), frozenset(data["markers"])


def works_with(verb: Any, codes: list[str]) -> bool:
    """Whether one of ``codes`` is named after "with" under a verb of joint work or a noun of three or more sides
    in the act ``verb`` tells."""
    if verb is None or not codes:
        return False
    from pactline.language.actors import find_countries

    verbs, markers = _words()
    for prep in (t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "with"):
        head = prep.head  # "launch tripartite talks with X": the marked noun may be the verb's object
        nouns = [head] + [c for c in head.children if c.dep_ == "dobj" and head.pos_ in ("VERB", "AUX")]
        joint = head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs or any(
            c.lower_ in markers for n in nouns for c in n.children if c.dep_ in ("amod", "compound"))
        named = {m.code for pobj in prep.children if pobj.dep_ == "pobj"
                 for m in find_countries(" ".join(t.text for t in pobj.subtree))}
        if joint and named & set(codes):
            return True
    return False


def complaint_about(verb: Any, other: str) -> bool:
    """Whether an act is a complaint (data/roles.json complaints_to_bodies: "filed a complaint", "lodged a protest")
    or its clause names the other of the pair ("raised the shelling by Niger with the AU")."""
    if verb is None or not hasattr(verb, "subtree"):
        return False
    from pactline.core import vocab
    from pactline.language.actors import find_countries

    nouns = vocab.load("roles.json")["complaints_to_bodies"]["nouns"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children) or other in {
        m.code for m in find_countries(" ".join(t.text for t in verb.subtree))}
