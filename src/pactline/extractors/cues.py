"""Cues of a pledge or a stance in a parsed sentence: the governing word, the actions it governs, the kind.

The vocabulary is data/commitment_cues.json; this module only reads the dependency parse."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors.argued_lines import reports_stance
from pactline.extractors.cue_appeals import (
    assured_not_again,
    counted_on,
    denied_to,
    hoped_of_others,
    invited_to_act,
    open_to_talks,
    phone_call,
    reported_request,
)
from pactline.extractors.cue_base import (
    Cue,
    cues_data,
    glued,
    lemma,
    listed_gerunds,
    listed_infinitives,
    third_party,
    verb_conjuncts,
    xcomp,
)
from pactline.extractors.cue_filters import (
    demand_on_another,
    denied_clause,
    exhorted_by_one,
    is_forecast,
    nobody_binds,
    nominal_gerund,
    outermost,
    second_predicate,
    third_party_urged,
    trailing_participle,
)
from pactline.extractors.cue_headlines import headline_infinitive, headline_pledge
from pactline.extractors.cue_shapes import (
    FACT_VERBS,
    agreed_clauses,
    disavowed_intent,
    going_to,
    judges_a_pledge,
    later_items,
    names_as,
    past_fact,
    reason_given,
    restates_stance,
    stated_position,
    to_a_thing,
    told_as_aspiration,
    topics_considered,
    warned_consequences,
)
from pactline.extractors.cue_vocab import (
    INTENT_NOUNS,
    adopted_plan,
    committed_act,
    deal_provision,
    joint_subject,
    next_meeting,
    noun_act,
    object_heads,
    object_lemmas,
    object_preps,
    offered_act,
    signed_agreement,
    support_object,
    tables,
    taken_in,
)
from pactline.extractors.noted_pledges import noted_pledge, welcomed_pledge
from pactline.extractors.told_ahead import stance_told_ahead
from pactline.extractors.wishes import both_sides_hope, wished
from pactline.language.syntax import has_modal, is_actor_head, subject_of

Token = Any

def _pledge_noun_action(tok: Token, nouns: dict[str, str]) -> tuple[Token, str] | None:
    """ "reaffirmed their commitment to providing …": the pledge noun's action and its modality ("their agreement to
    continue the talks": a possessed agreement is its owners' pledge; "the agreement to …" is a deal)."""
    for child in tok.children:
        owned = lemma(child) == "agreement" and any(c.dep_ == "poss" for c in child.children)
        if child.dep_ == "dobj" and lemma(child) in nouns and (lemma(child) not in ("support", "agreement") or owned):
            # ("its commitment to the Lima Declaration, adopted in 2022": a participle describes, it is no act pledged)
            action = xcomp(child) or next((c for c in child.children if c.dep_ == "acl" and c.pos_ == "VERB"
                                           and c.tag_ != "VBN"), None)
            # "reaffirmed their resolve to implement it": the infinitive the parser hung on the verb, right after the noun
            action = action or next((c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VB" and c.i == child.i + 2
                                     and c.doc[c.i - 1].lower_ == "to"), None) or noun_act(tok, child)
            if action is not None:
                return action, nouns[lemma(child)]
    return None

_STANCE_ONLY = ("oppose", "condemn")  # modalities of verbs that state a stance and never an act


def _modal_cue(tok: Token, t: dict[str, Any], modal: str) -> Cue:
    if (assurer := assured_not_again(tok)) is not None:
        return Cue(assurer, [tok], "commitment", "pledge")  # "gave assurances that it would not recur": the assurer's
    if modal == "should" and third_party(subject_of(tok)):
        return Cue(tok, [tok], "position", "call")  # "All parties should …": a call on others, not a pledge
    if modal == "should" and (demand_on_another(tok) or exhorted_by_one(tok)):
        return Cue(tok, [tok], "position", "call", speaker_holds=True)
    stance = t["position_verbs"].get(lemma(tok))
    negated = any(c.dep_ == "neg" or c.lower_ == "longer" for c in tok.children)
    if negated and (any(c.dep_ == "auxpass" for c in tok.children) or lemma(tok) in t["refusals"] and not taken_in(tok)):
        return Cue(tok, [tok], "position", "resolve")  # "will not be deterred", "would not recognise it": no act
    if stance in _STANCE_ONLY or (ahead := stance_told_ahead(tok, xcomp(tok))):  # "will underscore that …" too
        return Cue(tok, [tok], "position", stance if stance in _STANCE_ONLY else ahead)  # "will firmly oppose X"
    word, act = lemma(tok), xcomp(tok)  # "will set up a group to oversee it": the act "set up", "to oversee" its aim
    if word in t["commit_verbs"] and act is not None and not (act.dep_ == "advcl" and word in t["need"] and not object_lemmas(tok) & t["need"][word]):
        return Cue(tok, verb_conjuncts(act), "commitment", modal)
    # "will uphold X, … and resolutely oppose Y": the stance among the pledges is a record of its own.
    actions = [v for v in verb_conjuncts(tok) if v is tok or t["position_verbs"].get(lemma(v)) not in _STANCE_ONLY
               and not (tok.tag_ == "VB" and v.tag_ in ("VBD", "VBZ")) and not disavowed_intent(v, t)
               and not stance_told_ahead(v, xcomp(v))]  # nor its actions, nor "…, and will urge X to …"
    return Cue(tok, actions, "commitment", modal)


def _support_cue(tok: Token, t: dict[str, Any]) -> Cue:
    word = lemma(tok)
    support = t["support"]
    action_obj = support_object(tok) in support["action_objects"]
    gerunds = [g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.tag_ == "VBG"]
    if word == "welcome":  # "welcome(d) the deepening of cooperation": a stance in any tense
        return Cue(tok, [tok], "position", "welcome")
    # "supports Peru in hosting the summit": the partner's act, backed as a stance (an act the data names: a pledge)
    partner = any(c.dep_ == "dobj" and is_actor_head(c) for c in tok.children) and not set(gerunds) & set(support["action_objects"])
    if action_obj or gerunds and not partner:
        return Cue(tok, [tok], "commitment", "support")
    return Cue(tok, [tok], "position", t["position_verbs"].get(word, "support"))


def _commit_verb_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    word = lemma(tok)
    if word in cues_data()["ongoing_verbs"]["verbs"] and tok.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None  # "Chile continues to buy Bolivian gas": an ongoing act told ("will continue to …" binds)
    required = t["need"].get(word)
    offered = offered_act(tok, t)  # (also "announced a credit line of €800 million": a sum its need-list cannot name)
    action = None if word != "offer" and offered else xcomp(tok) or committed_act(tok)  # "announced $5m, to be paid …"
    marks = {g.lower_ for c in tok.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"}
    if required is not None and not offered and not (object_lemmas(tok) | (marks if word == "call" else set())) & required \
            or word == "call" and phone_call(tok):
        return None  # ("called for Chad to be held to account": the parser's "for" marks the clause)
    misread = _misread_infinitive(tok) if action is None and word in t["commit_verbs"] else None
    if misread is not None:
        # "agreed on Thursday to double trade … and to finish …": the misread action and the infinitives after it
        more = [c for c in tok.children if c.dep_ == "conj" and c.tag_ == "VB" and any(g.lower_ == "to" for g in c.children)]
        return Cue(tok, [misread, *more], "commitment", t["commit_verbs"][word])
    if action is None and tok.lower_ in t["commit_adj"] and to_a_thing(tok):
        return Cue(tok, [tok], "position", t["commit_adj"][tok.lower_])  # "was committed to the corridor": a stance
    if word == "expect" and any(c.dep_ == "auxpass" for c in tok.children):
        # "is expected to boost trade": someone's forecast; "the next session is expected in May": the pair's meeting
        return Cue(tok, [tok], "commitment", "will") if next_meeting(subject_of(tok)) else None
    if word in ("expect", "hope") and action is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in action.children) \
            or hoped_of_others(tok):  # "hoped for an early end to …", "we hope the Chilean side will …": stances
        return Cue(tok, [tok], "position", "hope")  # "expect the line to be running by 2027": what another will do
    if word in t["wishes"] and action is not None and not both_sides_hope(tok):
        return wished(tok, action)  # "hopes to join the power pool by 2026": a stance
    if word == "seek" and action is None and any(c.dep_ == "dobj" for c in tok.children):
        return Cue(tok, [tok], "position", "hope")  # "does not seek war", "seeks a fair deal": a stated aim, no act
    if word in ("agree", "concur") and action is None:
        listed = _agreed_on(tok, t["agree_on"])
        if listed:
            return Cue(tok, listed, "commitment", "agree")
        bound = [c for c in agreed_clauses(tok) if _binds(c, t)]
        if bound:  # "agreed that joint patrols will continue", "… and that talks on X will resume"
            return Cue(tok, [v for c in bound for v in verb_conjuncts(c)], "commitment", "agree")
        return Cue(tok, [tok], "position", "agree")
    asked_for = word == "ask" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)  # "asked for talks"
    if word in ("encourage", "conclude", "initiate", "launch", "set", "declare", "call", "urge") or action is not None \
            or offered or asked_for:
        if word in ("call", "urge", "ask"):  # "urged/calls on/asked X to …": what others should do is a call
            # "was asked to leave": told of the one asked; "has asked the court to rule": a request made, an act
            told = reported_request(tok, t["reporting"])  # "said Ghana had asked Togo to free …": a stance
            passive = word == "ask" and any(
                c.dep_ == "auxpass" or c.dep_ == "aux" and c.lemma_ == "have" and not told for c in tok.children)
            return None if passive else Cue(tok, [tok], "position", "call")
        if word == "encourage" and third_party_urged(tok):
            return Cue(tok, [tok], "position", "call")  # "encourages Bolivia's government and the rebels to conclude …"
        own = word in ("encourage", "conclude", "initiate", "launch") or action is None
        if not own and action.dep_ == "pobj":
            return Cue(tok, nominal_items(action), "commitment", t["commit_verbs"][word])  # "agreed on (1) …, (2) …"
        return Cue(tok, verb_conjuncts(tok if own else action), "commitment", t["commit_verbs"][word])
    return None


def _binds(clause: Token, t: dict[str, Any]) -> bool:
    """What a pair agrees will or must happen ("patrols will continue", "must be operational by 2027"), no forecast."""
    modal = has_modal(clause, t["modals"])
    subject = subject_of(clause)
    dated = any(c.dep_ == "prep" and c.lower_ in ("by", "before", "within") for c in clause.children)
    if modal not in ("will", "should") or lemma(clause) in t["outcomes"]:
        return False
    if subject is not None and not is_actor_head(subject) and not dated and lemma(clause) in t["effects"]:
        return False  # "agreed that the tender would not harm their ties": a shared view of an effect, no act
    if modal == "should" and (subject is None or is_actor_head(subject) or not dated):
        return False  # "agreed that Russia must withdraw", "that such incidents must never happen": stances
    return dated or any(c.lower_ == "able" for c in clause.children) if lemma(clause) == "be" else True  # "will be able to …"


def _agreed_on(tok: Token, actions: set[str]) -> list[Token]:
    """ "agreed on (1) deepening cooperation, (2) … and (3) …", "agreed to a partnership": each action listed."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "to"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and lemma(pobj) in actions:
                return nominal_items(pobj)
        if child.dep_ == "dobj" and lemma(child) in actions:
            return nominal_items(child)  # "agreed a truce", "agreed a roadmap"
    return []


def nominal_items(token: Token) -> list[Token]:
    """A noun or gerund and the nouns coordinated with it: the items of a listed pledge."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "VERB"):
            out.extend(nominal_items(child))
    return sorted(out, key=lambda t: t.i)


def _passive_noun_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    """ "An agreement was reached to …", "Support was announced for …"."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or lemma(subj) not in t["commit_nouns"]:
        return None
    action = xcomp(tok) or xcomp(subj)
    if action is None:
        action = next((c for c in subj.children if c.dep_ == "acl"), None)
    modality = t["commit_nouns"][lemma(subj)]
    return Cue(tok, verb_conjuncts(action) if action is not None else [tok], "commitment", modality, True)


def _verb_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    word = lemma(tok)
    if nominal_gerund(tok) or told_as_aspiration(tok) or word in t["denials"] and denied_to(tok):
        return None  # (an aspiration: "affirmed" holds the stance; "shall be denied entry": a measure on the one denied)
    if disavowed_intent(tok, t):
        return Cue(tok, [tok], "position", "resolve")
    modal = has_modal(tok, t["modals"]) or going_to(tok) or headline_infinitive(tok)
    own = tok.tag_ in ("VBD", "VBZ") or tok.tag_ == "VBP" and any(c.dep_ == "nsubj" for c in tok.children)
    if tok.dep_ == "conj" and own and (tok.head.tag_ == "VB" or second_predicate(tok)):
        modal = None  # "would study it and called for Y", "will host X, and we count on Y": a tense of its own
    if modal and denied_clause(tok, t):
        return None  # "denies that it will cut the flow": the denial states the stance, nobody binds itself
    if modal:  # "will be", "will prevail": a forecast, no act (unless assured: "… that it will not happen again")
        return _modal_cue(tok, t, modal) if word != "be" and (word not in t["outcomes"] or assured_not_again(tok)) else None
    signed = signed_agreement(tok, word) or adopted_plan(tok) or (tok if deal_provision(tok) else None)
    if signed is not None:
        return Cue(tok, verb_conjuncts(signed), "commitment", "agree")
    if warned_consequences(tok, word):
        return Cue(tok, [tok], "commitment", "threaten")
    if names_as(tok, word):
        return Cue(tok, [tok], "position", t["position_verbs"].get(word, "believe"))
    if word in t["support"]["lemmas"]:
        return _support_cue(tok, t)
    if word in t["reporting"] and reports_stance(tok, t):
        return Cue(tok, [tok], "position", t["position_verbs"].get(word, "believe"))
    if word == "invite" and invited_to_act(tok):
        return Cue(tok, [tok], "position", "call")
    if word in t["commit_verbs"]:
        cue = _commit_verb_cue(tok, t)
        if cue is not None:
            return cue
    if word == "express":
        objects = object_lemmas(tok)
        if objects & INTENT_NOUNS:
            return Cue(tok, [tok], "commitment", "willing")
        pledge = _pledge_noun_action(tok, t["commit_nouns"])
        if pledge is not None and not judges_a_pledge(tok, t):
            return Cue(tok, verb_conjuncts(pledge[0]), "commitment", pledge[1])  # "expressed their commitment to conclude X"
        return Cue(tok, [tok], "position", "express") if objects & t["express"] else None
    if (noted := noted_pledge(tok, t["commit_nouns"])) is not None:
        return noted  # "notes the parties' commitment to …": the owner's pledge
    pledge = _pledge_noun_action(tok, t["commit_nouns"])
    if pledge is not None and word in t["position_verbs"] and not judges_a_pledge(tok, t):
        # A restated pledge stays a pledge: "reiterated its commitment to provide $2 billion".
        return Cue(tok, verb_conjuncts(pledge[0]), "commitment", pledge[1])
    if word == "want" and restates_stance(tok, t):
        return None
    if word in t["position_verbs"] and word not in t["commit_verbs"]:
        required = t["position_need"].get(word) or (t["joint_need"].get(word) if joint_subject(tok) else None)
        objects = object_lemmas(tok) | object_heads(tok) | object_preps(tok)
        objects |= {"_actor"} if any(c.dep_ == "dobj" and is_actor_head(c) for c in tok.children) else set()
        if required is not None and not objects & required and not trailing_participle(tok) or word == "count" and not counted_on(tok):
            return None  # ("counted on Sunday", "count on a good harvest": no partner relied on)
        if word in FACT_VERBS and past_fact(tok, t) or topics_considered(tok, word):
            return None  # "confirmed that it had conducted operations", "noting that X has become …": a fact told
        return Cue(tok, [tok], "position", t["position_verbs"][word])
    if word in ("reach", "announce", "confirm", "declare", "express", "make") and tok.tag_ == "VBN":
        return _passive_noun_cue(tok, t)
    return None


@cache
def _infinitive_adjectives() -> frozenset[str]:
    return frozenset(cues_data()["infinitive_adjectives"]["words"])


def _misread_infinitive(tok: Token) -> Token | None:
    """The "to" of "to double trade" that the parser took for a preposition before an adjective."""
    doc = tok.doc
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "to" and child.i + 1 < len(doc):
            if doc[child.i + 1].lower_ in _infinitive_adjectives():
                return child
            # "agreed to fast-track the project": a hyphenated verb read as a noun, an article straight after it
            if glued(doc, child.i + 1) and child.i + 4 < len(doc) and doc[child.i + 4].tag_ in ("DT", "PRP$"):
                return child
    return None


def _other_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    if tok.pos_ == "NOUN" and (headline := headline_pledge(tok)) is not None:
        return headline
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "amod", "attr", "advcl", "xcomp", "ccomp") and tok.lower_ in t["commit_adj"]:
        action = xcomp(tok) or committed_act(tok)
        if action is not None:
            return Cue(tok, verb_conjuncts(action), "commitment", t["commit_adj"][tok.lower_])
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in t["commit_adj"] and to_a_thing(tok):
        return Cue(tok, [tok], "position", t["commit_adj"][tok.lower_])  # "is committed to the corridor": a stance
    felt = tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in tok.children)  # "was disappointed with"
    if (tok.dep_ == "acomp" and tok.pos_ in ("ADJ", "VERB") or felt) and tok.lower_ in t["position_adj"] or open_to_talks(tok):
        return Cue(tok, [tok], "position", t["position_adj"].get(tok.lower_, "willing"))  # "remained open to dialogue"
    if tok.pos_ == "NOUN" and lemma(tok) in INTENT_NOUNS and tok.dep_ == "dobj" and not judges_a_pledge(tok.head, t):
        action = xcomp(tok) or next((c for c in tok.children if c.dep_ == "acl"), None)
        if action is not None:
            return Cue(tok, verb_conjuncts(action), "commitment", t["commit_nouns"][lemma(tok)])
    return None


def find_cues(sent: Any) -> list[Cue]:
    t = tables()
    found: list[Cue] = []
    for tok in sent:
        cue = None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
            cue = _verb_cue(tok, t)
        if cue is None:
            stated = reason_given(tok, t) or stated_position(tok)  # "… because …", "Ghana's position remains that …"
            cue = _other_cue(tok, t) or (Cue(tok, [tok], "position", "stress") if stated else None)
        if cue is not None:
            found.append(cue)
            if cue.kind == "position" and (owned := welcomed_pledge(tok, t["commit_nouns"])) is not None:
                found.append(owned)  # "welcomed Ghana's commitment to …": Ghana's pledge too
    for cue in found:
        if cue.kind == "commitment" and cue.actions and cue.actions[0] is not cue.token:
            # "agreed to give X, promote Y, and plan to hold Z": later items hung on the cue belong to the pledge.
            cue.purposes = _purposes(cue)
            # Likewise base-form verbs coordinated with a finite cue ("committed to reduce X, harmonise Y"): the list goes on.
            extra = [c for c in cue.token.children if c.tag_ == "VB" and c not in cue.purposes and (
                c.dep_ == "advcl" or c.dep_ == "conj" and cue.token.tag_ in ("VBD", "VBZ", "VBP")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and c.i > cue.actions[-1].i)]
            for verb in extra + listed_infinitives(cue) + later_items(cue.token, cue.actions) + listed_gerunds(cue.actions):
                cue.actions.extend(v for v in verb_conjuncts(verb) if v not in cue.actions)
        if cue.kind == "position":
            cue.actions = [cue.token]
    purposes = {t.i for c in found for p in c.purposes for t in p.subtree}
    found = [c for c in found if c.token.i not in purposes]  # "… to push for Y" is what the pledge is for
    return outermost([c for c in found if not is_forecast(c) and not nobody_binds(c)])


def _purposes(cue: Cue) -> list[Token]:
    """ "stands ready to work with X to push for Y": an infinitive right after the pledge says what it is for."""
    heads = [cue.token] + ([cue.token.head] if cue.token.dep_ in ("acomp", "xcomp") else [])
    doc = cue.token.doc
    out = []
    for head in heads:
        for child in head.children:
            if child.dep_ not in ("advcl", "xcomp") or child.tag_ != "VB" or child.i <= cue.actions[-1].i:
                continue
            first = min(t.i for t in child.subtree)
            if any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children) and not doc[first - 1].is_punct:
                out.append(child)
    return [c for i, c in enumerate(out) if c not in out[:i]]
