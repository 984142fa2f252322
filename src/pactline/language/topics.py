"""Whether an act's own words name a country as a place or a topic rather than as its partner.

"agreed to let refugees living in Iraq return", "projects in Morocco": the country is where or what the act is
about. "commended Uganda and assured his guest that …" names it in another act of the sentence, and "pledged
to help Vietnam" names it as whom the act is for: in a report about two countries, both leave the other side
of a one-sided pledge or agreement to the document's pair."""

from __future__ import annotations

from typing import Any

from pactline.language.actors import DocumentContext, find_countries

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
        head = next((t for t in tokens if not (mention.start <= t.head.idx < mention.end) or t.head.i == t.i), tokens[-1])
        if head.dep_ in _PARTNER_DEPS or head.dep_ == "pobj" and head.head.lower_ in _PARTNER_PREPS:
            continue
        if head.dep_ == "pobj" and head.head.lower_ not in _PLACE_PREPS:
            continue  # "support for the people of Chad": no place
        return True
    return False


def topic_here(code: str, verb: Any, ctx: DocumentContext) -> bool:
    """Whether the sentence names the other country as a topic or place of the act ("agreed to let refugees
    living in Iraq return"), not as its partner; named in another act of the sentence ("praised Uganda and
    assured his guest …") or as whom the act is for, it is the partner in a text that keeps returning to both."""
    if named_as_topic(code, verb):
        return True
    established = len(ctx.main_parties) == 2 and min(ctx.country_counts[c] for c in ctx.main_parties) >= 2
    return not established and verb is not None and any(
        m.code == code for m in find_countries(verb.sent.text, joined=True))


def names_itself(subj: Any, codes: list[str], source_codes: list[str]) -> bool:
    """ "Suga pledged that Japan would help …": the source's own country named by name is the source speaking
    of itself, no target (its president, named in an opposition's demand, is one)."""
    from pactline.language.actors import gazetteer
    from pactline.language.syntax import noun_phrase

    name = noun_phrase(subj).text.removeprefix("the ")
    return set(codes) <= set(source_codes) and gazetteer().surfaces.get(name, ("", ""))[1] == "name"
