"""Who does an act when the verb's subject does not say it: the agent of a passive ("was received by X"), the
office one is summoned to, whom an invitation is for, what a relative pronoun stands for, and the parties of
a listed item of a joint text told without a subject."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.country_names import country_name
from pactline.language.syntax import actor_for, is_actor_head, subject_of

Token = Any


def word_list(name: str) -> Any:
    """One of the word lists of data/event_verbs.json ("word_lists")."""
    return vocab.load("event_verbs.json")["word_lists"][name]


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb ("was received by President X")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    for child in verb.children:
        # "was accorded a welcome … by President Ruto": the parser may hang the agent on the object.
        if child.dep_ == "dobj" and any(a.dep_ == "auxpass" for a in verb.children):
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "by":
                    by = next((g for g in prep.children if g.dep_ == "pobj" and is_actor_head(g)), None)
                    if by is not None:
                        return by
    return None


def invitee(head: Token) -> Token | None:
    """Who an invitation is for: the "to" partner of the invitation or of the verb that extends it."""
    invitation = head if head.pos_ == "NOUN" else next(
        (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower().startswith("invitation")), None)
    if invitation is None or not invitation.lemma_.lower().startswith("invitation"):
        return None
    if invitation.dep_ == "dobj" and invitation.head.lemma_.lower() == "accept":
        return subject_of(invitation.head)  # "X accepted the invitation to pay a visit": X will visit
    for prep in list(invitation.children) + list(invitation.head.children):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def antecedent(relative: Token) -> Token:
    """What a relative pronoun stands for: the noun its clause modifies, or (when the parser hung the clause
    on a date, "talks with President X on 15 September, who also hosted …") the nearest name before it."""
    head = relative.head.head
    if is_actor_head(head) and not head.like_num:
        return head
    for tok in reversed(list(relative.doc[relative.sent.start : relative.i])):
        if tok.pos_ == "PROPN" and is_actor_head(tok) and tok.dep_ in ("pobj", "dobj", "nsubj", "appos", "conj"):
            return tok
    return head


_BULLETS = frozenset("•·▪◦‣●○■□-–—*")


def listed_item(verb: Token) -> bool:
    """ "2. Agreed to open the new bridge …", "Committed to complete the line …": a numbered or listed item of a
    joint text, told without a subject after a lead-in ("The Presidents:"), is the parties' own act."""
    if verb.dep_ != "ROOT" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i]
    if verb.pos_ in ("NOUN", "PROPN") or _nominal_gerund(verb):
        # "• Signing of a memorandum on fisheries": an outcome listed, verbless; a measure's noun heads an item
        # of its own even where the list's numeral was split off ("Suspension of all flights to X;")
        return (bool(before) or _measure(verb)) and all(
            t.text in _BULLETS or t.is_punct or t.like_num or t.is_space for t in before)
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return all(t.is_punct or t.like_num or len(t.text) <= 2 and t.text.isalpha() and t.text.islower() for t in before)


def _nominal_gerund(verb: Token) -> bool:
    """ "Freezing of assets held in X's banks": a gerund heading a verbless line, read as the noun it stands for."""
    return verb.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


@cache
def _measures() -> frozenset[str]:
    """The nouns of measures (data/event_verbs.json nouns marked 'measure'): "closure", "suspension", …"""
    return frozenset(n["noun"] for n in vocab.load("event_verbs.json")["nouns"] if n.get("measure"))


def _measure(token: Token) -> bool:
    return token.lemma_.lower() in _measures() or token.lower_ in _measures()


def pledging_root(verb: Token) -> Token:
    """The verb an infinitive hangs from ("Agreed to hold …": "Agreed"), else the verb itself."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        verb = verb.head
    return verb


def implied_agent(verb: Token, pattern: dict[str, Any]) -> Token | None:
    """ "The envoy was summoned to the foreign ministry": with no "by", the office one is summoned to acts."""
    prep = pattern.get("agent_prep")
    if pattern.get("mode") == "agreement" and joint_instrument(verb):
        return verb  # "A memorandum on fisheries was also signed": the text's pair signed it
    if pattern.get("type") == "CONSULT" and verb.lemma_.lower() in word_list("talked_over") and verb.tag_ == "VBN":
        return verb  # "Trade issues were also discussed", "The Sudan issue was touched upon": at the pair's talks
    if pattern.get("mode") == "expel" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return verb  # "The envoy has been ordered to leave": the host expels him (``host_expelling``)
    for child in verb.children if prep else []:
        if child.dep_ == "prep" and child.lower_ == prep:
            found = next((g for g in child.children if g.dep_ == "pobj" and is_actor_head(g)), None)
            if found is not None:
                return found
    if prep and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ == "prep" and c.lower_ == prep for c in verb.children):
        return verb  # "Russia's ambassador had been summoned": the host summons him (``host_expelling``)
    return None


@cache
def _instruments() -> frozenset[str]:
    data = vocab.load("event_verbs.json")["signed_instruments"]
    return frozenset(data["deals"] + data["texts"])


def joint_instrument(verb: Token) -> bool:
    """ "Five agreements were signed", "a memorandum was exchanged": an instrument signed with no one named as
    signer (no "by", no "between")."""
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("between", "by", "with") for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _instruments() for c in verb.children)


def reporter_of_conjunct(tok: Token, pattern: dict[str, Any] | None = None) -> Token | None:
    """ "X said that the raid was a violation, and demanded …": an act coordinated with the head of what a
    reporter says, with no subject of its own, whose clause's subject is no actor (a raid, a spill, an attack),
    is the reporter's (the parser hangs the act on the reported clause). Not an act of force (word list
    "clause_acts": "said the convoy crossed the border and attacked a post": the convoy attacked)."""
    head = tok.head
    if tok.dep_ != "conj" or head.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if pattern is not None and pattern.get("type") in word_list("clause_acts"):
        return None
    said = subject_of(head)
    if said is None or is_actor_head(said) or head.head.lemma_.lower() not in word_list("reporting"):
        return None
    reporter = subject_of(head.head)
    return reporter if reporter is not None and is_actor_head(reporter) else None


def own_agent(order: Token) -> bool:
    """ "instructed its police to close …", "ordered the border posts to halt …": a verb of ordering (word list
    "ordering") whose object is the orderer's own agent, not another state or party ("ordered Chile to release …")
    nor what its words give to another country ("ordered the Peruvian boats to leave")."""
    if order.lemma_.lower() not in word_list("ordering"):
        return False
    obj = next((c for c in order.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in obj.children):
        return True
    # "ordered the Peruvian fishing boats to leave": boats of another country are not the orderer's
    words = obj.doc[obj.left_edge.i:obj.i + 1]
    subject = subject_of(order)
    own: set[str] = set()
    if subject is not None:
        own = {m.code for m in find_countries(" ".join(t.text for t in subject.subtree))}
    return not is_actor_head(obj) and not {m.code for m in find_countries(words.text)} - own


def host_expelling(verb: Token, ctx: DocumentContext) -> tuple[Actor, list[str]] | None:
    """ "The Russian ambassador has been ordered to leave the country", told with no one ordering it in a text about
    two countries: the other country expels him. None when the one sent away has no country of the text's pair."""
    expelled = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if expelled is None or len(ctx.main_parties) != 2:
        return None
    codes = actor_for(expelled, ctx, None)[1]
    if len(codes) != 1 or codes[0] not in ctx.main_parties:
        return None
    host = next(c for c in ctx.main_parties if c != codes[0])
    return Actor(country_name(host), host, "government"), [host]
