"""Cues of a pledge or a stance in a parsed sentence: the governing word, the actions it governs, the kind.

The vocabulary is data/commitment_cues.json; this module only reads the dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.language.syntax import PRONOUNS, has_modal, is_actor_head

Token = Any

_INTENT_NOUNS = {"readiness", "willingness", "intention"}


@dataclass
class Cue:
    token: Token  # the governing word (verb, adjective or noun)
    actions: list[Token]  # the verbs saying what will be done
    kind: str  # commitment | position
    modality: str
    passive_party: bool = False  # "An agreement was reached to …": parties come from the document


def cues_data() -> dict[str, Any]:
    return vocab.load("commitment_cues.json")


@cache
def _lemma_fixes() -> dict[str, str]:
    return {k: v for k, v in cues_data()["lemma_fixes"].items() if not k.startswith("_")}


def lemma(tok: Token) -> str:
    """The token's lemma, lowercased, with the model's known slips mended ("hopes" -> "hop" -> "hope")."""
    return _lemma_fixes().get(tok.lower_) or tok.lemma_.lower()


def verb_conjuncts(verb: Token) -> list[Token]:
    """A verb and the verbs coordinated with it that share its subject ("will build X and open Y"); a
    conjunct with a subject of its own ("Ghana will host it and Togo will provide …") is a clause of its own."""
    out = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children):
                continue
            out.extend(verb_conjuncts(child))
    return sorted(out, key=lambda t: t.i)


def xcomp(token: Token) -> Token | None:
    """The verb a cue governs: "agreed to finalise", "committed to working", "ready for expanding"."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "acl", "advcl") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) or child.dep_ == "xcomp":
                return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "on", "in", "towards", "toward"):
            for grand in child.children:
                if grand.pos_ == "VERB" or grand.tag_ == "VBG":
                    return grand
    return None


def object_lemmas(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "prep", "prt", "advmod", "nsubjpass", "pobj", "dative", "xcomp", "ccomp", "mark"):
            out.add(lemma(child))
            out.add(child.lower_)
            for grand in child.children:
                if grand.dep_ in ("pobj", "dobj", "mark"):
                    out.add(lemma(grand))
    return out


def _support_object(token: Token) -> str | None:
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
        "reporting": set(cues["evaluative_predicates"]["reporting_verbs"]),
        "agree_on": set(cues["agree_on_actions"]["nouns"]),
        "outcomes": set(cues["outcome_verbs"]["lemmas"]),
    }


def _pledge_noun_action(tok: Token, nouns: dict[str, str]) -> tuple[Token, str] | None:
    """ "reaffirmed their commitment to providing …": the pledge noun's action and its modality."""
    for child in tok.children:
        if child.dep_ == "dobj" and lemma(child) in nouns and lemma(child) not in ("support", "agreement"):
            action = xcomp(child) or next((c for c in child.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
            if action is not None:
                return action, nouns[lemma(child)]
    return None


_STANCE_ONLY = ("oppose", "condemn")  # modalities of verbs that state a stance and never an act


def _modal_cue(tok: Token, t: dict[str, Any], modal: str) -> Cue:
    stance = t["position_verbs"].get(lemma(tok))
    if stance in _STANCE_ONLY:
        return Cue(tok, [tok], "position", stance)  # "will firmly oppose any interference": a stance, told ahead
    if lemma(tok) in t["commit_verbs"] and xcomp(tok) is not None:
        return Cue(tok, verb_conjuncts(xcomp(tok)), "commitment", modal)
    # "will uphold X, … and resolutely oppose Y": the stance among the pledges is a record of its own.
    actions = [v for v in verb_conjuncts(tok) if v is tok or t["position_verbs"].get(lemma(v)) not in _STANCE_ONLY]
    return Cue(tok, actions, "commitment", modal)


def _support_cue(tok: Token, t: dict[str, Any]) -> Cue:
    word = lemma(tok)
    support = t["support"]
    action_obj = _support_object(tok) in support["action_objects"]
    gerund = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children) for c in tok.children)
    if tok.tag_ == "VBD" and word == "welcome":
        return Cue(tok, [tok], "position", "welcome")
    if action_obj or gerund:
        return Cue(tok, [tok], "commitment", "support")
    return Cue(tok, [tok], "position", t["position_verbs"].get(word, "support"))


def _commit_verb_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    word = lemma(tok)
    required = t["need"].get(word)
    action = xcomp(tok)
    if required is not None and not (object_lemmas(tok) & required):
        return None
    if word == "expect" and any(c.dep_ == "auxpass" for c in tok.children):
        return None  # "is expected to boost trade": someone's forecast, no one's pledge
    if word in ("agree", "concur") and action is None:
        listed = _agreed_on(tok, t["agree_on"])
        if listed:
            return Cue(tok, listed, "commitment", "agree")
        return Cue(tok, [tok], "position", "agree")
    if word in ("encourage", "conclude", "initiate", "launch", "set", "declare", "call") or action is not None:
        if word == "call" and tok.tag_ == "VBD":
            return Cue(tok, [tok], "position", "call")
        own = word in ("encourage", "conclude", "initiate", "launch") or action is None
        if not own and action.dep_ == "pobj":
            return Cue(tok, nominal_items(action), "commitment", t["commit_verbs"][word])  # "agreed on (1) …, (2) …"
        return Cue(tok, verb_conjuncts(tok if own else action), "commitment", t["commit_verbs"][word])
    return None


def _agreed_on(tok: Token, actions: set[str]) -> list[Token]:
    """ "agreed on (1) deepening cooperation, (2) closer coordination and (3) …": each listed action."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and lemma(pobj) in actions:
                return nominal_items(pobj)
    return []


def nominal_items(token: Token) -> list[Token]:
    """A noun or gerund and the nouns coordinated with it: the items of a listed pledge."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "VERB"):
            out.extend(nominal_items(child))
    return sorted(out, key=lambda t: t.i)


def _reports_judgement(tok: Token, t: dict[str, Any]) -> bool:
    """ "said the expansion is unacceptable", "agreed more needed to be done": a judgement in a reported clause."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [g for c in clauses for g in c.children if g.dep_ == "conj"]
    for clause in clauses:
        if lemma(clause) == "need" and clause.tag_ == "VBN":
            return True
        if any(g.dep_ in ("acomp", "attr") and g.lower_ in t["evaluative"] for g in clause.children):
            return True
    return False


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


def nominal_gerund(tok: Token) -> bool:
    """ "the importance of addressing piracy and encouraging investment": a gerund used as a noun names what a
    stance is about; it is no act anyone binds itself to."""
    current = tok
    for _ in range(6):
        if current.tag_ != "VBG":
            return False
        if current.dep_ in ("pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "attr"):
            return True
        if current.dep_ != "conj" or current.head is current:
            return False
        current = current.head
    return False


def _verb_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    word = lemma(tok)
    if nominal_gerund(tok):
        return None
    modal = has_modal(tok, t["modals"])
    if modal:
        # "will be", "will fail", "will prevail": a forecast of what happens, not an act anyone binds itself to
        return _modal_cue(tok, t, modal) if word != "be" and word not in t["outcomes"] else None
    if word in t["support"]["lemmas"]:
        return _support_cue(tok, t)
    if word in t["reporting"] and _reports_judgement(tok, t):
        return Cue(tok, [tok], "position", t["position_verbs"].get(word, "believe"))
    if word in t["commit_verbs"]:
        cue = _commit_verb_cue(tok, t)
        if cue is not None:
            return cue
    if word == "express":
        objects = object_lemmas(tok)
        if objects & _INTENT_NOUNS:
            return Cue(tok, [tok], "commitment", "willing")
        return Cue(tok, [tok], "position", "express") if objects & t["express"] else None
    pledge = _pledge_noun_action(tok, t["commit_nouns"])
    if pledge is not None and word in t["position_verbs"]:
        # A restated pledge stays a pledge: "reiterated its commitment to provide $2 billion".
        return Cue(tok, verb_conjuncts(pledge[0]), "commitment", pledge[1])
    if word in t["position_verbs"] and word not in t["commit_verbs"]:
        required = t["position_need"].get(word) or (t["joint_need"].get(word) if _joint_subject(tok) else None)
        objects = object_lemmas(tok) | _object_heads(tok)
        if required is not None and not objects & required and not trailing_participle(tok):
            return None
        return Cue(tok, [tok], "position", t["position_verbs"][word])
    if word in ("reach", "announce", "confirm", "declare", "express", "make") and tok.tag_ == "VBN":
        return _passive_noun_cue(tok, t)
    return None


def _joint_subject(tok: Token) -> bool:
    """ "Chile and Peru share …", "the two countries share …": both parties as one subject."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(c.dep_ == "conj" for c in subject.children) or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("both", "we", "they")


def _object_heads(tok: Token) -> set[str]:
    """Head nouns of a verb's object, one level down: "highlighted the role of …" -> {"role"}."""
    out = set()
    for child in tok.children:
        if child.dep_ in ("dobj", "ccomp"):
            out.add(lemma(child))
            out |= {g.lower_ for g in child.children if g.dep_ == "mark"}
    return out


def _other_cue(tok: Token, t: dict[str, Any]) -> Cue | None:
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd", "amod", "attr", "advcl", "xcomp") and tok.lower_ in t["commit_adj"]:
        action = xcomp(tok)
        if action is not None:
            return Cue(tok, verb_conjuncts(action), "commitment", t["commit_adj"][tok.lower_])
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in t["position_adj"]:
        return Cue(tok, [tok], "position", t["position_adj"][tok.lower_])
    if tok.pos_ == "NOUN" and lemma(tok) in _INTENT_NOUNS and tok.dep_ == "dobj":
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
            cue = _other_cue(tok, t)
        if cue is not None:
            found.append(cue)
    for cue in found:
        if cue.kind == "commitment" and cue.actions and cue.actions[0] is not cue.token:
            # "agreed to give play to X, promote Y, and plan to hold Z": the parser often hangs the later
            # items of such a list on the cue as adverbial clauses; they belong to the same pledge.
            extra = [c for c in cue.token.children if c.dep_ == "advcl" and c.tag_ == "VB"]
            for verb in extra:
                cue.actions.extend(v for v in verb_conjuncts(verb) if v not in cue.actions)
        if cue.kind == "position":
            cue.actions = [cue.token]
    return outermost([c for c in found if not is_forecast(c) and not _nobody_binds(c)])


def _nobody_binds(cue: Cue) -> bool:
    """ "incidents must never be allowed", "more needed to be done": a modal clause whose subject is no actor
    binds no one; it must not hide the stance that frames it."""
    if cue.kind != "commitment":
        return False
    subject = next((c for c in cue.token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return cue.token.dep_ in ("ccomp", "conj") and lemma(cue.token) == "need"
    nested = cue.token.dep_ in ("ccomp", "conj", "acl")  # "shared the view that integration must be sped up"
    # "the joint commission agreed to …"; "further steps will follow" (the pledge of whoever announces them)
    acts = is_actor_head(subject) or lemma(subject) in _standing_words() or lemma(subject) in _instruments()
    return subject.pos_ in ("NOUN", "ADJ", "ADV") and not acts and (subject.dep_ == "nsubj" or nested)


@cache
def _instruments() -> frozenset[str]:
    return frozenset(cues_data()["instrument_subjects"]["words"])


@cache
def _standing_words() -> frozenset[str]:
    data = cues_data()
    return frozenset(data["state_forms"]["words"] + data["joint_bodies"]["words"] + data["joint_texts"]["words"])


_BELIEF_VERBS = {"believe", "expect", "think", "predict", "forecast", "anticipate", "foresee", "trust", "feel"}
_BELIEF_WORDS = {"confident", "convinced", "sure", "optimistic", "hopeful", "confidence", "belief", "conviction",
                 "view", "hope", "expectation", "optimism"}


def is_forecast(cue: Cue) -> bool:
    """ "He believes that Peru will achieve new successes", "expressed confidence that trade would grow":
    a forecast under a belief, not a pledge."""
    if cue.kind != "commitment" or cue.modality != "will":
        return False
    if any(lemma(a) in _BELIEF_VERBS or a.lower_ in _BELIEF_WORDS for a in cue.token.ancestors):
        return True
    return _wish_for_another(cue.token)


_WISH_VERBS = {"hope", "wish", "want"}


def _wish_for_another(token: Token) -> bool:
    """ "Ghana hopes that Togo will continue to develop", "wished that Togo would prosper": a wish about
    another's fortune binds no one ("Togo hopes that it will join …" stays Togo's own aim)."""
    own = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for anc in token.ancestors:
        if lemma(anc) in _WISH_VERBS:
            wisher = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return own is not None and wisher is not None and own.lower_ not in PRONOUNS and own.lower_ != wisher.lower_
    return False


def trailing_participle(token: Token) -> bool:
    """ "…, stressing that …", "…, highlighting X": a participle after its clause adds a statement; one before
    it ("Recognising that …, the leaders agreed …") only frames the clause that follows."""
    return token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i


def stands_alone(cue: Cue) -> bool:
    """A stance nested in another cue's clause that is a statement of its own: a participial adjunct
    ("warned of a wider war, stressing that …") or a clause with its own actor subject ("…, while Chile
    argues …"). A reported clause ("stressed that Chile supports …") stays part of the stance that frames it."""
    token = cue.token
    if cue.kind != "position" or token.dep_ not in ("advcl", "parataxis"):
        return False
    if trailing_participle(token):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_actor_head(subject)


def _bare_gerund(token: Token) -> bool:
    return token.tag_ == "VBG" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in token.children)


def outermost(cues: list[Cue]) -> list[Cue]:
    """Drop cues nested in another cue's clause, preferring a pledge over the stance that frames it."""
    by_token = {c.token.i: c for c in cues}
    kept = []
    for cue in cues:
        ancestor_cues = [by_token[a.i] for a in cue.token.ancestors if a.i in by_token]
        action_ids = {t.i for c in cues if c is not cue for t in c.actions}
        if cue.token.i in action_ids:
            continue
        if cue.kind == "commitment" and _bare_gerund(cue.token) and any(a.kind == "position" for a in ancestor_cues):
            continue  # "noted the importance of …; and encouraging …": what the stance is about
        # A coordinated verb with its own cue ("agreed to X and will hold Y") is a pledge of its own.
        if ancestor_cues and cue.token.dep_ != "conj" and not stands_alone(cue) and not (
            cue.kind == "commitment" and all(a.kind == "position" for a in ancestor_cues)
        ):
            continue
        kept.append(cue)
    # A position verb whose clause holds a pledge yields the pledge only.
    return [
        cue for cue in kept
        if not (cue.kind == "position" and any(
            other.kind == "commitment" and cue.token in other.token.ancestors for other in kept
        ))
    ]
