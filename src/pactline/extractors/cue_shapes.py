"""Shapes of a reported clause that decide whether a saying verb states a stance: a judgement in the
clause, a threat of consequences, a judgement by naming, or a plain fact told.

Reads the dependency parse and data/commitment_cues.json only (through cue_base).
"""

from __future__ import annotations

from typing import Any

from pactline.extractors.cue_base import Token, cues_data, done_wrongly, lemma, under_which, xcomp
from pactline.extractors.likeness import judged_by_likeness
from pactline.language.syntax import is_actor_head


def reports_judgement(tok: Token, t: dict[str, Any]) -> bool:
    """ "said the expansion is unacceptable", "agreed more needed to be done": a judgement in a reported clause."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    # "said at a news conference that X had made …": the parser hangs the that-clause on the phrase before it
    clauses += [r for p in tok.children if p.dep_ == "prep" for o in p.children for r in o.children
                if r.dep_ in ("relcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "conj"]
    # ("“We condemn this cowardly attack,” X said": a stance verb's clause is its own record, not the report's)
    return any(clause_judges(clause, t) for clause in clauses if lemma(clause) not in t["position_verbs"])


def clause_judges(clause: Token, t: dict[str, Any]) -> bool:
    """Whether a clause states a judgement: an evaluative predicate, a judging noun, a harm, a blame."""
    if lemma(clause) == "need" and clause.tag_ == "VBN" or clause.lower_ in t["evaluative"] and any(
            c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in clause.children):
        return True  # "said it was seriously concerned": the parser reads the adjective as a passive
    if any(g.dep_ in ("acomp", "attr") and any(a.lower_ in t["evaluative"] for a in [g, *g.conjuncts]) for g in clause.children):
        return True  # "said its strikes were focused, measured and …": any of the coordinated adjectives
    if any(g.dep_ == "attr" and any(a.dep_ == "amod" and a.lower_ in t["evaluative"] for a in g.children)
           for g in clause.children):
        return True  # "said this is the perfect time to …", "a grave violation of …"
    if lemma(clause) in ("make", "commit") and any(g.dep_ == "dobj" and _names_a_judgement(g, t) for g in clause.children):
        return True  # "said Peru had made a grave mistake in …", "said the navy had committed a violation of …"
    if lemma(clause) in t["harm"] or done_wrongly(clause, t["condemning_adverbs"]):
        return True  # "said the sanctions would hurt ordinary people", "… had illegally entered its waters"
    if any(g.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in t["condemning"] for o in [g, *g.children]
                                    for a in [o, *o.children]) for g in clause.children):
        return True  # "said the navy had committed illegal and aggressive acts": the act is judged as it is told
    if _denies_existence(clause):
        return True  # "said there were no foreign bases on its soil": a denial
    if _blames_or_claims_a_right(clause) or _claims_territory(clause) or judged_by_likeness(clause):
        return True  # "said it held Zambia responsible for …", "… the right to defend …", a claim, "they are like pirates"
    if lemma(clause) in ("pose", "constitute", "represent", "amount") and any(
            g.dep_ in ("dobj", "prep") and any(_names_a_judgement(n, t) for n in [g, *g.children]) for g in clause.children):
        return True  # "said its troops posed no threat", "said the raid constituted a violation of …": a copula in all but name
    return any(g.dep_ == "attr" and (_names_a_judgement(g, t) or _quoted_characterisation(g)) for g in clause.children)


_QUOTE_MARKS = ('"', "“", "”", "``", "''", "«")


def _denies_existence(clause: Token) -> bool:
    """ "there were no plans for …", "there is no alternative to …": what a party says does not exist; a report
    that there was no damage or no casualties tells an outcome ("outcome_nouns")."""
    if lemma(clause) != "be" or not any(c.dep_ == "expl" for c in clause.children):
        return False
    outcomes = cues_data()["denied_existence"]["outcome_nouns"]
    return any(g.dep_ == "attr" and lemma(g) not in outcomes and any(d.lower_ == "no" for d in g.children)
               for g in clause.children)


def _quoted_characterisation(attr: Token) -> bool:
    """ "said the closure was \"a purely technical step\"", "said the treaty could become \"a template\"": a
    predicate noun phrase the speaker's own words give, quoted from its article on, characterises; a plain
    predicate ("was a technical step") or a quoted adjective ("had been \"long\"") tells a fact or a mood."""
    words = [tok for tok in attr.subtree if tok.text not in _QUOTE_MARKS]
    first = words[0] if words else attr
    if attr.pos_ not in ("NOUN", "PROPN") or first.lower_ not in ("a", "an") or first.i < 1:
        return False
    after = max(tok.i for tok in attr.subtree) + 1
    closed = any(tok.text in _QUOTE_MARKS for tok in attr.subtree if tok.i > first.i) or (
        after < len(attr.doc) and attr.doc[after].text in _QUOTE_MARKS)
    return attr.doc[first.i - 1].text in _QUOTE_MARKS and closed


def coordinated_judgements(verb: Token, t: dict[str, Any]) -> list[Token]:
    """ "agreed the crisis was unacceptable and further steps were required": each coordinated clause of what the
    stance says is a stance of its own, when it has its own subject or judges by itself ("said X had violated Y and
    declared a day of mourning": the speaker's own act stays with the stance)."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return [c for c in child.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (
                any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) or clause_judges(c, t)
                and clause_judges(child, t))]  # "said the probe began in 2018 and was \"a routine step\"": one stance
    return _repeated_infinitives(verb)


def _repeated_infinitives(verb: Token) -> list[Token]:
    """ "stressed the need to return to the truce and to ensure the entry of aid", "urged X to A and to B": each
    infinitive after the first that repeats its "to" is a stance of its own."""
    def to_verb(token: Token) -> bool:
        return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)

    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for first in (g for g in obj.children if g.dep_ in ("acl", "relcl", "xcomp") and to_verb(g)):
            return [c for c in first.children if c.dep_ == "conj" and to_verb(c)]
    # "called on the two sides to deepen trust and to speed up connectivity": each repeated "to" is a call of its own
    for first in (c for c in verb.children if c.dep_ == "xcomp" and to_verb(c)):
        return [c for c in first.children if c.dep_ == "conj" and to_verb(c)]
    return []


def judged_in_quotation(root: Token, t: dict[str, Any]) -> bool:
    """A sentence of a quotation that judges by itself ("This measure is a response to the hostile acts of …",
    "These sanctions are illegal"): a copula whose predicate is, or holds, an evaluative word."""
    if lemma(root) != "be" or root.dep_ != "ROOT":
        return False
    return clause_judges(root, t) or any(g.dep_ == "attr" and any(a.dep_ == "amod" and a.lower_ in t["evaluative"] for a in g.subtree)
               for g in root.children)


def _blames_or_claims_a_right(clause: Token) -> bool:
    if lemma(clause) == "hold" and any(g.lower_ in ("responsible", "accountable", "liable") for g in clause.children):
        return True
    return lemma(clause) in ("have", "retain", "reserve") and any(
        g.dep_ == "dobj" and g.lower_ == "right" for g in clause.children)


def _claims_territory(clause: Token) -> bool:
    """ "the island is part of Ghana's Volta Region", "… is an inseparable part of Peru's territory": a territorial
    claim told as a fact of belonging (a part of a country named by its possessive)."""
    from pactline.language.actors import find_countries

    return lemma(clause) == "be" and any(
        g.dep_ == "attr" and g.lower_ == "part" and any(
            o.dep_ == "pobj" and any(k.dep_ == "poss" and find_countries(k.text) for k in o.children)
            for p in g.children if p.lower_ == "of" for o in p.children) for g in clause.children)


def _names_a_judgement(noun: Token, t: dict[str, Any]) -> bool:
    if lemma(noun) in t["judgement_nouns"] or noun.lower_ in t["judgement_nouns"]:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lower_ in t["judgement_nouns"] for g in c.children) for c in noun.children)



def warned_consequences(tok: Token, word: str) -> bool:
    """ "warned that Peru would face consequences", "warned they would pay a heavy price": a threat."""
    data = cues_data()["warned_consequences"]
    if word not in data["verbs"]:
        return False
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        if lemma(clause) in data["outcomes"] and any(
                g.dep_ == "dobj" and lemma(g) in data["objects"] for g in clause.children):
            return True
        if _conditional_act(clause) or _treated_as_foe(clause, data["treated_as"]):
            return True
    return False


def _treated_as_foe(clause: Token, foes: list[str]) -> bool:
    """ "warned that any foreign troops in the zone would be treated as hostile": a threat against them."""
    return lemma(clause) == "treat" and any(c.dep_ == "auxpass" for c in clause.children) and any(
        c.lower_ == "as" and any(t.lower_ in foes for t in c.subtree) for c in clause.children)


_CONDITIONS = {"if", "unless"}
_MODALS = {"will", "would", "might", "could", "may", "shall"}


def _conditional_act(clause: Token) -> bool:
    """ "warned that he might not attend if X were left out", "warned that Washington would act unless …": an actor's
    act under a modal, on a condition, is a threat ("warned that prices would rise if …" forecasts)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_actor_head(subject) or lemma(clause) in cues_data()["outcome_verbs"]["lemmas"] + ["be"]:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in clause.children)
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                    for c in clause.children)
    return modal and condition


def names_as(tok: Token, word: str) -> bool:
    """ "called the raid a flagrant violation", "described the strikes as aggression": a judgement by naming."""
    data = cues_data()["naming_verbs"]
    if word in data["holding"]:  # "held the government responsible for …", "holds Accra accountable": blame
        return any(g.lower_ in data["held"] and g.dep_ in ("oprd", "amod", "ccomp", "acomp", "xcomp")
                   for c in tok.children for g in [c, *c.children])
    if not any(c.dep_ == "dobj" for c in tok.children):
        return False
    # ("called the claims “baseless and false”": a quoted predicate the parser hangs on the object, after it)
    if word in data["predicate"] and any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ", "PROPN") or c.dep_ == "dobj" and any(
            g.dep_ == "amod" and g.i > c.i and g.pos_ == "ADJ" and g.doc[g.i - 1].is_quote for g in c.children) for c in tok.children):
        return True
    # The "as" phrase hangs on the verb or, as often, on its object ("described [the incursion as a violation]").
    phrases = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"]
    phrases += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep" and g.lower_ == "as"]
    return word in data["as"] and any(g.dep_ in ("pobj", "amod", "acomp") and g.pos_ in ("NOUN", "ADJ")
                                      for c in phrases for g in c.children)


FACT_VERBS = {"confirm", "note"}


def past_fact(tok: Token, t: dict[str, Any]) -> bool:
    """The verb's only object is a that-clause telling what happened (past or perfect tense, no judgement)."""
    if any(c.dep_ in ("dobj", "prep") for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    if len(clauses) != 1 or reports_judgement(tok, t):
        return False
    verb = clauses[0]
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBD" or perfect



# Nouns of wanting: "the Kingdom's keenness to continue developing relations", "their desire to deepen ties" state
# an aspiration (a stance), where "readiness", "willingness" or "commitment" to act bind (commitment_nouns).
ASPIRATION_NOUNS = {"keenness", "eagerness", "desire", "wish", "aspiration", "hope", "interest", "ambition"}


def told_as_aspiration(tok: Token) -> bool:
    """The verb is the complement of a noun of wanting ("keenness to continue developing"), also where the
    parser hangs "to continue …" on the verb whose object that noun is."""
    if tok.dep_ in ("acl", "xcomp") and tok.head.lemma_.lower() in ASPIRATION_NOUNS:
        return True
    return tok.dep_ == "advcl" and any(a.lower_ == "to" for a in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ASPIRATION_NOUNS and c.i < tok.i for c in tok.head.children)


# Modalities of the verbs that restate a pledge ("reiterated its readiness to …", "expressed their commitment to …");
# the other stance verbs take a pledge as what they judge ("welcomed Chile's readiness to …", "regretted the decision to …").
_RESTATING = ("reaffirm", "stress", "express")


def judges_a_pledge(verb: Token, t: dict[str, Any]) -> bool:
    """The verb states a stance on the pledge noun it governs rather than restating it as its subject's own."""
    word = lemma(verb)
    stance = t["position_verbs"].get(word)
    return stance is not None and stance not in _RESTATING and word not in t["commit_verbs"]


def to_a_thing(tok: Token) -> bool:
    """ "committed to the corridor", "stands ready for new talks" ("for" after readiness): a noun, not an act."""
    ready = cues_data()["commitment_adjectives"].get(tok.lower_) == "willing"
    preps = ("to", "towards", "toward", "for") if ready else ("to", "towards", "toward")
    return any(c.dep_ == "prep" and c.lower_ in preps and any(
        g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children) for c in tok.children)


def misparsed_items(token: Token, last_action: Token) -> list[Token]:
    """ "pledged to expand trade with X, jointly build a railway and upgrade the border post", "is ready to …, …":
    the parser hangs the later items of the list on the cue (or on the "is" of "is ready") as an unlabelled
    dependent after a comma; base-form verbs there without a subject of their own go on with the pledge."""
    heads = [token] + ([token.head] if token.dep_ == "acomp" else [])
    out = []
    for head in heads:
        for child in head.children:
            if child.dep_ != "dep" or child.tag_ not in ("VB", "VBP") or child.i <= last_action.i:
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in child.children):
                continue
            first = min(t.i for t in child.subtree)
            if first > 0 and child.doc[first - 1].text in (",", ";"):
                out.append(child)
    return out


def stray_infinitives(actions: list[Token]) -> list[Token]:
    """ "decided to renew the treaty that allows traders to sell there and to deepen customs cooperation", "to form
    a task force to fight trafficking, and to support the basin agency": a repeated "and to …" that the parser
    coordinated with a noun or a verb below the pledge (not with the pledge's own verb) is a further item of it."""
    ids = {a.i for a in actions}
    out = []
    for action in actions:
        for t in action.subtree:
            if (t.dep_ == "conj" and t.tag_ == "VB" and t.head.i not in ids and t.i not in ids
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                    and t.doc[t.i - 2].lower_ in ("and", "or")
                    and not (t.head.tag_ == "VB" and t.head.dep_ in ("xcomp", "conj") and t.head.head.i in ids)):
                out.append(t)
    return [t for i, t in enumerate(out) if t not in out[:i]]


def later_items(token: Token, actions: list[Token]) -> list[Token]:
    """The items of a listed pledge that the parser hung elsewhere than on its first verb."""
    return misparsed_items(token, actions[-1]) + stray_infinitives(actions)


def agreed_clauses(verb: Token) -> list[Token]:
    """The clauses of what a pair agreed: "agreed that X will … and that Y will …" (each with its own subject)."""
    out = []
    for child in verb.children:
        if child.dep_ == "ccomp":
            out.append(child)
            out += [c for c in child.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return out


def going_to(verb: Token) -> str | None:
    """ "We are going to build the line together": the near future told with "going to" binds as "will" does."""
    head = verb.head
    if (verb.dep_ == "xcomp" and head.lower_ == "going" and head.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "aux" and lemma(c) == "be" for c in head.children)
            and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "this", "that") for c in head.children)):
        return "will"  # "it is going to rain" is a forecast
    return None


def reason_given(tok: Token, t: dict[str, Any]) -> bool:
    """ "urged the rival militias to lay down their arms, saying West Africa could not bear another exodus",
    "rejected the charge, saying X was the one arming the rebels": a participle of saying after a stance, with a clause of its
    own, gives the reason as a second statement of the same speaker."""
    head = tok.head
    if lemma(tok) not in ("say", "add") or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i < head.i:
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    while head.dep_ == "xcomp" and head.head is not head:  # "urged X to stop Y, saying …" hangs on "stop"
        head = head.head
    if lemma(head) not in t["position_verbs"] and lemma(head) not in ("call", "urge"):
        return False
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children)


def disavowed_intent(tok: Token, t: dict[str, Any]) -> bool:
    """ "was not looking to escalate", "does not intend to retaliate": an intention denied is a stance of restraint,
    not a pledge of the act it names (a modal's "will not seek to …" binds and stays a pledge)."""
    if lemma(tok) not in cues_data()["disavowed_intents"]["lemmas"] or not any(c.dep_ == "neg" for c in tok.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in t["modals"] for c in tok.children):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for c in tok.children)


_ADDING = ("add", "note", "stress", "insist", "explain")


def added_statement(verb: Token) -> bool:
    """ "…, adding that Peru would keep the tariff": a participle of saying hung on the reporting verb."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma(verb) in _ADDING


def quoted_then_added(tok: Token, t: dict[str, Any]) -> bool:
    """ "“We have broken no rule,” the minister told reporters, adding that …": a quotation that leads the sentence,
    its speaker then adding a further statement, is the speaker's stance (a reported line of argument); one that
    tells its stance by a verb of its own ("“We share the view that …,” he said") keeps that verb's record."""
    doc = tok.doc
    quoted = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if not quoted or not any(added_statement(c) for c in tok.children if c.i > tok.i):
        return False
    stances = set(t["position_verbs"]) | set(t["support"]["lemmas"]) | set(t["position_adj"])
    if any(w.pos_ in ("VERB", "ADJ") and lemma(w) in stances for w in quoted[0].subtree):
        return False
    words = [t for t in quoted[0].subtree if t.text not in _QUOTE_MARKS]
    return bool(words) and words[0].i > 0 and doc[words[0].i - 1].text in _QUOTE_MARKS

def new_body_programme(token: Token) -> bool:
    """ "agreed to set up a fisheries panel, which will first meet within a quarter": what a body set up by the
    pledge will do, in a relative clause of its own, is a further pledge."""
    bodies = cues_data()["created_bodies"]["words"]
    head = token.head
    return token.dep_ == "relcl" and lemma(head) in bodies and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in token.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in token.children)


def stated_position(tok: Token) -> bool:
    """ "Ghana's position remains that the claims have no basis in law", "Peru's stance is that …": a country's
    stance told as the content of its named position (its owner holds it: stance_owner)."""
    return lemma(tok) in ("be", "remain") and any(
        c.dep_ == "nsubj" and lemma(c) in cues_data()["stated_positions"]["nouns"] and any(p.dep_ == "poss" for p in c.children) for c in tok.children
    ) and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in tok.children)


def topics_considered(tok: Token, word: str) -> bool:
    """ "issues of trade were considered": what the talks covered ("was considered a breach" is a view)."""
    return word == "consider" and {"auxpass"} == {c.dep_ for c in tok.children} & {
        "auxpass", "oprd", "ccomp", "xcomp", "acomp", "attr"}


def restates_stance(tok: Token, t: dict[str, Any]) -> bool:
    """ "we support the deal and want it concluded soon": a wish beside a stance, on what it named, belongs to it."""
    head = tok.head
    stance = lemma(head) in t["position_verbs"] or lemma(head) in t["support"]["lemmas"]
    return tok.dep_ == "conj" and head.pos_ == "VERB" and stance and any(
        g.lower_ in ("it", "them", "this") for c in tok.children for g in [c, *c.children])
def own_relative_pledge(verb: Token) -> bool:
    """ "… the bridge, which both governments undertook to finish by 2026": a relative clause set off by a comma whose
    own actor subject binds itself to an act ("…, under which both will seek …") is a pledge of its own, not part of
    the clause it describes."""
    ahead = xcomp(verb) or any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not ahead:
        return False
    first = min(t.i for t in verb.subtree)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    plural = subject is not None and (subject.lower_ in ("they", "we", "both") or subject.tag_ == "NNS") and not any(
        c.lower_ in ("where", "when") for c in verb.children)  # ("the summit, where they will sign …": its programme)
    return first > 0 and (verb.doc[first - 1].text == "," or under_which(verb)) and subject is not None and (
        is_actor_head(subject) or plural) and (xcomp(verb) is not None or plural)  # ("which it will host": no pledge)
