"""Whether an act's own words name a country as a place or a topic rather than as its partner.

"agreed to let refugees living in Iraq return", "projects in Morocco": the country is where or what the act is
about. "commended Uganda and assured his guest that …" names it in another act of the sentence, and "pledged
to help Vietnam" names it as whom the act is for: in a report about two countries, both leave the other side
of a one-sided pledge or agreement to the document's pair."""

from __future__ import annotations

from typing import Any

from pactline.language.actors import find_countries

_PLACE_PREPS = frozenset(("in", "at", "inside", "within", "across", "throughout", "near", "around", "along", "from"))
_PARTNER_DEPS = frozenset(("dobj", "dative", "nsubj", "nsubjpass", "appos", "conj", "poss"))
_PARTNER_PREPS = frozenset(("to", "with", "for", "towards", "toward"))


def _own_tokens(verb: Any) -> set[int]:
    """Token indices of the verb's own phrase: its subtree without the branches of coordinated verbs, which
    report other acts ("expressed solidarity with Latvia and offered expertise")."""
    out: set[int] = set()
    stack = [verb]
    if verb.dep_ in ("acl", "relcl"):
        # "a China-Belarus communique released by …": the noun the act is told of and its modifiers
        out.add(verb.head.i)
        stack += [c for c in verb.head.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and tok.pos_ in ("VERB", "AUX"):
                continue
            stack.append(child)
    return out


def named_as_topic(code: str, verb: Any) -> bool:
    """Whether the verb's own phrase names the country ``code`` as a place or topic (the object of "in", "at",
    "from", or a modifier such as "Iraqi refugees"), not as whom the act is for."""
    if verb is None:
        return False
    sent = verb.sent
    own = _own_tokens(verb)
    for mention in find_countries(sent.text, base=sent.start_char, joined=True):
        if mention.code != code:
            continue
        tokens = [t for t in sent if mention.start <= t.idx < mention.end]
        if not tokens or not any(t.i in own for t in tokens):
            continue
        head = next((t for t in tokens if not (mention.start <= t.head.idx < mention.end) or t.head is t), tokens[-1])
        if head.dep_ in _PARTNER_DEPS or head.dep_ == "pobj" and head.head.lower_ in _PARTNER_PREPS:
            continue
        if head.dep_ == "pobj" and head.head.lower_ not in _PLACE_PREPS:
            continue  # "support for the people of Chad": no place
        return True
    return False
