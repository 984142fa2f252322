"""The cue vocabulary in the shapes the cue finder reads, and the object words a cue verb's need-lists are
checked against."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.extractors.cue_base import cues_data, lemma
from pactline.extractors.holders import pairs_own_body
from pactline.language.actors import find_countries, gazetteer

Token = Any

INTENT_NOUNS = {"readiness", "willingness", "intention"}


def object_lemmas(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "prep", "prt", "advmod", "nsubjpass", "pobj", "dative", "xcomp", "ccomp", "mark"):
            out.add(lemma(child))
            if child.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                out.add("that")  # "denied its troops had crossed": a complement clause without its "that"
            out.add(child.lower_)
            for grand in child.children:
                if grand.dep_ in ("pobj", "dobj", "mark"):
                    out.add(lemma(grand))
    return out


def support_object(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ in ("dobj", "pobj", "prep", "xcomp", "ccomp"):
            head = child
            if child.dep_ == "prep":
                head = next((g for g in child.children if g.dep_ == "pobj"), child)
            return lemma(head)
    return None


def _entries(cues: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in cues.get(key, {}).items() if not k.startswith("_")}


@cache
def tables() -> dict[str, Any]:
    """The cue vocabulary in the shapes find_cues reads, built once (find_cues runs on every sentence)."""
    cues = cues_data()
    return {
        "modals": cues["modal_auxiliaries"], "commit_verbs": cues["commitment_verbs"],
        "need": {k: set(v) for k, v in _entries(cues, "commitment_verbs_need_object").items()},
        "position_need": {k: set(v) for k, v in _entries(cues, "position_verbs_need_object").items()},
        "joint_need": {k: set(v) for k, v in _entries(cues, "joint_subject_verbs_need_object").items()},
        "commit_adj": _entries(cues, "commitment_adjectives"), "commit_nouns": _entries(cues, "commitment_nouns"),
        "support": cues["support_verbs"], "position_verbs": cues["position_verbs"],
        "position_adj": cues["position_adjectives"], "express": set(cues["express_objects"]["nouns"]),
        "evaluative": set(cues["evaluative_predicates"]["adjectives"]),
        "judgement_nouns": set(cues["evaluative_predicates"]["nouns"]),
        "harm": set(cues["evaluative_predicates"]["harm_verbs"]),
        "condemning": set(cues["evaluative_predicates"]["condemning_adjectives"]),
        "condemning_adverbs": set(cues["evaluative_predicates"]["condemning_adverbs"]),
        "reporting": set(cues["evaluative_predicates"]["reporting_verbs"]),
        "agree_on": set(cues["agree_on_actions"]["nouns"]),
        "outcomes": set(cues["outcome_verbs"]["lemmas"]),
        "effects": set(cues["outcome_verbs"]["effects"]),
        "offered_acts": set(cues["offered_acts"]["nouns"]),
        "refusals": frozenset(cues["refused_acceptance"]["lemmas"]),
        "denials": frozenset(cues["denials"]["lemmas"]),
        "wishes": frozenset(cues["wish_verbs"]["lemmas"]),
    }


def offered_act(tok: Token, t: dict[str, Any]) -> bool:
    """ "offered a joint inquiry", "offered technical assistance": an offer of an act or a help binds the one
    offering; an offer of condolences or thanks does not."""
    sums = cues_data()["announced_sums"]
    if lemma(tok) in sums["halt_verbs"] and any(c.dep_ == "dobj" and lemma(c) in sums["halts"] for c in tok.children):
        return True  # "announced a three-day truce", "declared a unilateral ceasefire"
    if lemma(tok) in sums["pledge_verbs"] and any(c.dep_ == "dobj" and (lemma(c) in t["offered_acts"] and not _backs_a_stance(c)
                                                                        or _priced(c)) for c in tok.children):
        return True  # "pledged continued support for …", "promised $20 million for …"
    if lemma(tok) in sums["verbs"]:
        return any(c.dep_ == "dobj" and _sum_of_money(c) for c in tok.children)
    return lemma(tok) == "offer" and any(c.dep_ == "dobj" and lemma(c) in t["offered_acts"] for c in tok.children)


def _backs_a_stance(help_noun: Token) -> bool:
    """ "pledged support for Chile's plan to hold a vote", "… for the peace proposal": support for a stance, plan or
    undertaking (support_verbs position_objects, commitment_nouns) is a stance on it, no help pledged."""
    backed = set(cues_data()["support_verbs"]["position_objects"]) | set(cues_data()["commitment_nouns"])
    return lemma(help_noun) == "support" and any(g.dep_ == "pobj" and lemma(g) in backed for c in help_noun.children
                                                if c.dep_ == "prep" and c.lower_ in ("for", "to") for g in c.children)


def _priced(obj: Token) -> bool:
    """ "$20 million", "5 billion euros": an amount with its currency."""
    data = cues_data()["announced_sums"]
    return lemma(obj) in data["amounts"] and any(c.tag_ == "$" for c in obj.subtree) or lemma(obj) in data["currencies"] and any(
        c.like_num for c in obj.children)


def _sum_of_money(obj: Token) -> bool:
    """ "US$20 million in development finance", "a $5 million aid package", "new loans": money for a partner."""
    data = cues_data()["announced_sums"]
    if lemma(obj) in ("package", "support"):  # "an aid package", "$3 million in support"; no sanctions package
        return any(c.like_num or c.tag_ == "$" or c.dep_ == "compound" and lemma(c) in data["nouns"] for c in obj.subtree)
    if any(c.dep_ == "compound" and lemma(c) in data["nouns"] for c in obj.children):
        # "a credit line worth up to 300 million dollars", "a $2 billion loan facility": money by its kind and its amount
        money = set(data["amounts"]) | set(data["currencies"])
        return lemma(obj) in data["facilities"] and any(c.tag_ == "$" or lemma(c) in money for c in obj.subtree)
    if lemma(obj) in data["nouns"]:
        return True
    return lemma(obj) in data["amounts"] and any(
        g.dep_ == "pobj" and lemma(g) in data["nouns"] for p in obj.children if p.lower_ in ("in", "of") for g in p.children)


def object_preps(tok: Token) -> set[str]:
    """ "assured his counterpart of Ghana's support": the preposition the parser hung on the object."""
    return {g.lower_ for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"}


def next_meeting(subject: Token | None) -> bool:
    """ "The next session of the joint commission", "the third meeting", "the 12th Session of the JPC": a meeting
    placed in the pair's series."""
    return subject is not None and pairs_own_body(subject) and any(c.dep_ == "amod" and (
        c.lower_ in cues_data()["meeting_sequence"]["words"] or re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", c.lower_))
        for c in subject.children)


def object_heads(tok: Token) -> set[str]:
    """Head nouns of a verb's object and the objects coordinated with it: "highlighted the role of …" -> {"role"}."""
    out = set()
    for child in tok.children:
        if child.dep_ in ("dobj", "ccomp"):
            out.add(lemma(child))
            out |= {lemma(g) if g.dep_ == "conj" else g.lower_ for g in child.children if g.dep_ in ("mark", "conj")}
        elif child.dep_ == "conj" and child.pos_ == "NOUN":  # "discussed X, and the need to …"
            out.add(lemma(child))
    return out


def adopted_plan(tok: Token) -> Token | None:
    """ "The cabinet approved a plan for the army to disarm the militias", "adopted a roadmap to open the market":
    the act a plan its adopter approves binds it to (data: commitment_cues.json, adopted_plans)."""
    data = cues_data()["adopted_plans"]
    plan = next((c for c in tok.children if c.dep_ == "dobj" and lemma(c) in data["nouns"]), None)
    if lemma(tok) not in data["verbs"] or plan is None:
        return None
    to_verb = [c for c in [*plan.children, *tok.children] if c.dep_ in ("acl", "advcl", "relcl") and c.tag_ == "VB"
               and any(a.lower_ == "to" for a in c.children) and c.i > plan.i]
    return to_verb[0] if to_verb else None


def deal_provision(tok: Token) -> bool:
    """ "the accord provides for joint works to restore the wetlands": what a deal provides for binds its sides."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return lemma(tok) in cues_data()["adopted_plans"]["provisions"] and subject is not None \
        and lemma(subject) in cues_data()["signed_agreements"]["nouns"] \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)


def taken_in(tok: Token) -> bool:
    """ "will not accept migrants sent back", "would not accept the shipment": a refusal to take in people or goods is
    an act the party binds itself to (refusing "any change of borders" states a stance)."""
    words = cues_data()["refused_acceptance"]["taken_in"]
    return any(c.dep_ == "dobj" and lemma(c) in words for c in tok.children)


def named_act(noun: Token) -> Token | None:
    """ "their commitment to the prompt reopening of the night ferry": an act named by a noun ("reopening",
    "completion": data, acts_named_by_nouns) after "to" is the act pledged; "commitment to the Quad" names none."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj" and _names_act(g)), None)


def _names_act(noun: Token) -> bool:
    """An act noun with what it acts on after "of" ("the reopening of the night ferry"); a guarded one ("defence")
    only where that is a territory, place or party ("the defence of Poland", "… of its borders"; not "the defence
    of human rights"; data acts_named_by_nouns "guarded")."""
    data = cues_data()["acts_named_by_nouns"]
    ofs = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    if lemma(noun) not in data["nouns"] or not ofs:
        return False
    objects = [g for p in ofs for g in p.children if g.dep_ == "pobj"]
    return lemma(noun) not in data["guarded"] or any(
        lemma(g) in data["guarded_objects"] or g.pos_ == "PROPN" and (find_countries(g.text) or g.text in gazetteer().organisations)
        for g in objects)  # a named country or body ("Human Rights" is none)


def committed_act(tok: Token) -> Token | None:
    """ "committed to the construction of a border hospital": an act named by a noun (acts_named_by_nouns, with
    what it acts on after "of") after "committed to" is the act pledged; "committed to the alliance" names none."""
    if lemma(tok) != "commit" and tok.lower_ != "committed":
        return None
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward") for g in c.children
                 if g.dep_ == "pobj" and _names_act(g)), None)


def noun_act(verb: Token, noun: Token) -> Token | None:
    """The act a pledge noun names: an act noun ("commitment to the reopening of …", named_act), a gerund ("its goal
    of opening three consulates", "their pledge towards building …"), or the misread infinitive the parser hung
    on the verb right after the noun ("its pledge [to] double exports": "to" as a preposition, "double" an
    adjective), which the caller reads as the verb's misread "to"."""
    gerund = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "towards", "toward")
                   for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return named_act(noun) or gerund or next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                                              and c.i == noun.i + 1 and c.i + 1 < len(c.doc)
                                              and c.doc[c.i + 1].lower_ in cues_data()["infinitive_adjectives"]["words"]), None)


def signed_agreement(tok: Token, word: str) -> Token | None:
    """ "signed an agreement to build a pipeline": the act the signed deal binds its parties to."""
    data = cues_data()["signed_agreements"]
    if word not in data["verbs"]:
        return None
    for child in tok.children:
        if child.dep_ == "dobj" and lemma(child) in data["nouns"]:
            return next((g for g in child.children if g.dep_ in ("acl", "relcl", "xcomp") and g.tag_ == "VB"
                         and any(a.lower_ == "to" for a in g.children)), None)
    return None


def joint_subject(tok: Token) -> bool:
    """ "Chile and Peru share …", "the two countries share …": both parties as one subject."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("both", "we", "they")
