"""The shape of a cue and the words every cue module reads: the vocabulary (data/commitment_cues.json), lemmas
with the model's known slips mended, and the verbs a cue governs."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.extractors.relative_acts import sent_with
from pactline.language.actors import gazetteer, role_of
from pactline.language.syntax import is_actor_head, subject_of

Token = Any


@dataclass
class Cue:
    token: Token  # the governing word (verb, adjective or noun)
    actions: list[Token]  # the verbs saying what will be done
    kind: str  # commitment | position
    modality: str
    passive_party: bool = False  # "An agreement was reached to …": parties come from the document
    purposes: list[Token] = field(default_factory=list)  # "… to push for Y": what the last action is for
    speaker_holds: bool = False  # "stressed that Russia must withdraw": a demand of whoever says it


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
    for child in [*verb.children, *_listed_after(verb)]:
        if child.dep_ in ("conj", "dep") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in child.children) or _own_predicate(verb, child):
                continue
            out.extend(verb_conjuncts(child))
    return sorted(out, key=lambda t: t.i)


def _own_predicate(verb: Token, conj: Token) -> bool:
    """ "stressed that the dispute should be settled peacefully, and committed to …": after ", and", a finite verb
    the parser coordinated with a passive one is a predicate of the sentence's subject, never an act of the passive
    clause (cue_filters.second_predicate)."""
    doc = conj.doc
    return conj.tag_ in ("VBD", "VBZ") and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and (
        conj.i > 1 and doc[conj.i - 1].dep_ == "cc" and doc[conj.i - 2].text == ",")


def _listed_after(verb: Token) -> list[Token]:
    """ "ready to maintain X, jointly set Y and guide Z": the parser may hang the list's next bare verb on the word
    that governs the infinitive ("ready", or the "is" before it) as an unlabelled dependent; after a comma, in the
    infinitive's own form, it is the next item of the same list."""
    if verb.dep_ != "xcomp":
        return []
    heads = [verb.head, *([verb.head.head] if verb.head.dep_ == "acomp" else [])]
    bare = [c for h in heads for c in h.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.i > verb.i
            and (c.tag_ in ("VB", "VBP") or c.lower_ == c.lemma_.lower())]  # ("set", "put": read as past tenses)
    return [c for c in bare if c.doc[c.left_edge.i - 1].text == ","]


def xcomp(token: Token) -> Token | None:
    """The verb a cue governs: "agreed to finalise", "committed to working", "ready for expanding"."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "acl", "advcl") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) or child.dep_ == "xcomp":
                return _hyphen_last(child)
        if child.dep_ == "xcomp" and child.pos_ == "NOUN" and (glued(child.doc, child.i - 2) or any(
                c.dep_ == "dobj" for c in child.children)) and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            # "agreed to fast-track the project", "agreed to commence talks": a verb (hyphenated, or with an object)
            # that the parser reads as a noun
            return child
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "for", "on", "in", "towards", "toward"):
            for grand in child.children:
                if grand.pos_ == "VERB" or grand.tag_ == "VBG":
                    return grand
    return None


def done_wrongly(clause: Token, adverbs: set[str]) -> bool:
    """ "said the boats had illegally entered its waters", "said troops tried to unilaterally move the markers":
    an act told with an adverb that condemns it (on the verb or on the infinitive it governs) is an accusation."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for v in verbs for c in v.children) and not _own_act(clause)


_OWN = ("we", "i", "it", "its", "our", "my")


def _own_act(clause: Token) -> bool:
    """ "said its troops had deliberately avoided villages", "Ghana's minister said Ghana had unilaterally cut
    tariffs": an act the speaker tells of its own side (its subject "we"/"it", "its"/"our" troops, or the
    speaker's own country) is no accusation."""
    from pactline.language.actors import find_countries

    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in subject.children):
        return True
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None) if clause.dep_ == "ccomp" else None
    if speaker is None:
        return False
    codes = {m.code for m in find_countries(" ".join(t.text for t in subject.subtree))}
    return bool(codes) and codes <= {m.code for m in find_countries(" ".join(t.text for t in speaker.subtree))}


def third_party(subject: Token | None) -> bool:
    """ "All parties", "relevant countries", "the countries concerned", "the international community": others
    than the speaking parties ("the two sides", "both countries" are the parties themselves)."""
    if subject is None:
        return False
    data = cues_data()["third_parties"]
    phrase = " ".join(t.lower_ for t in subject.subtree if t.dep_ != "det" or t.lower_ in data["markers"])
    if any(p in phrase for p in data["phrases"]):
        return True
    return subject.lower_ in data["heads"] and any(c.lower_ in data["markers"] for c in subject.children)


_SUBORDINATE = ("acl", "relcl", "ccomp", "advcl")


def lifted(token: Token) -> Token | None:
    """ "noted with satisfaction that trade grew and agreed to …", "expressed satisfaction at the depth that the
    partnership has acquired and agreed to …": the parser coordinates the second verb with the verb of the clause
    before it; it belongs to the main verb, whose subject it shares. That main verb, or None."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ not in ("VERB", "AUX"):
        return None
    # "stressed the importance of addressing X and called on Y to …": hung on a gerund that has no subject
    gerund = head.dep_ == "pcomp" and head.tag_ == "VBG" and token.tag_ in ("VBD", "VBZ")
    if head.dep_ not in _SUBORDINATE and not gerund:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    verbs = [a for a in head.ancestors if a.pos_ in ("VERB", "AUX")]
    # "insisted that the bloc should let members set X and called for Y": past the base forms to the finite verb (the
    # base form's own subject, "members", is no subject of the past tense)
    base = token.tag_ == "VBD" and head.tag_ == "VB" and bool(verbs) and verbs[0].tag_ == "VB"
    outer = next((a for a in verbs if a.tag_ != "VB"), None) if base else next(iter(verbs), None)
    # "reiterated that ties have never been closer and expressed …", "agreed that X is vital and rejected any …": a
    # past tense the tagger took for a participle (after a participle, or with an object of its own)
    misread = outer is not None and outer.tag_ == "VBD" and token.tag_ == "VBN" \
        and (head.tag_ == "VBN" or any(c.dep_ == "dobj" for c in token.children)) \
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    # "officials have said the accord is not aimed at X and called on Y": the perfect's participle and the past tense
    perfect = outer is not None and outer.tag_ == "VBN" and token.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in outer.children)
    if outer is None or outer.tag_ != token.tag_ and not misread and not perfect:
        return None
    subject = next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not is_actor_head(subject):
        return None
    # The clause before has a subject that acts for no one, or it describes a noun in another tense ("the depth
    # that the partnership has acquired"); "said that Peru has signed X and agreed to Y" keeps Peru's pledge.
    other_tense = head.tag_ != token.tag_ or any(c.dep_ in ("aux", "auxpass") for c in head.children)
    passive = head.tag_ == "VBN" and token.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in head.children)
    # "recalled that the committee was created in 2009 and expressed satisfaction …": a passive clause acts for no one.
    # "noted that Ghanaian firms have built roads since 1980, and expressed satisfaction …": firms hold no stance
    data = cues_data()
    trade = own is not None and own.lemma_.lower() in data["commercial_subjects"]["words"] and other_tense \
        and lemma(token) in data["position_verbs"] and lemma(token) not in data["commitment_verbs"]
    if own is not None and not base and is_actor_head(own) and not (head.dep_ in ("acl", "relcl") and other_tense) \
            and not passive and not trade:
        return None
    return outer


def glued(doc: Any, i: int) -> bool:
    """Whether doc[i], a hyphen and doc[i + 2] are written as one word ("fast-track", "co-host")."""
    return 0 <= i and i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_


def _hyphen_last(verb: Token) -> Token:
    """ "to co-host the summit": the parser may read "co", "-" and "host" as three verbs; the last governs the rest."""
    doc = verb.doc
    while glued(doc, verb.i) and doc[verb.i + 2].head.i == verb.head.i and doc[verb.i + 2].pos_ == "VERB":
        verb = doc[verb.i + 2]
    return verb


def cue_subject(token: Token) -> Token | None:
    """The subject of a cue's verb, read through a misattached coordination (``lifted``)."""
    outer = lifted(token) or after_participle(token) or _past_passive_clause(token) or headline_verb(token) or sent_with(token)
    return _object_conjunct_subject(token) or hyphen_head(subject_of(outer) if outer is not None else subject_of(token)) \
        or _fronted_subject(token) or misread_subject(token)


def misread_subject(token: Token) -> Token | None:
    """ "The two ministers condemned in the harshest words X's attack": the parser reads the finite verb right
    after the sentence's opening actor as a participle on it; a participle with a direct object is no passive
    one, so the actor is the verb's subject. The actor, or None."""
    head = token.head
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or token.i != head.i + 1:
        return None
    if head.dep_ not in ("ROOT", "nsubj", "nsubjpass") or head.left_edge.i != token.sent.start or not is_actor_head(head):
        return None
    if any(c.dep_ == "agent" for c in token.children) or not any(c.dep_ == "dobj" for c in token.children):
        return None
    return head


def _object_conjunct_subject(token: Token) -> Token | None:
    """ "The premier thanked his host and the two leaders agreed to open a border post": the parser joins the second
    clause's subject to the first verb's object and hangs its verb there without one; the actor just before the
    verb, joined to that object by "and", is its subject."""
    finite = token.dep_ in ("ccomp", "conj") or token.dep_ == "advcl" and token.tag_ in ("VBD", "VBZ", "VBP")
    if not finite or token.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    noun = token.doc[token.i - 1]  # (an object, or the object of a preposition: "thanked X for the dinner and …")
    verb = noun.head.head if noun.head.dep_ == "dobj" else noun.head.head.head if noun.head.dep_ == "pobj" else None
    if noun.dep_ != "conj" or verb is None or verb.i != token.head.i or not is_actor_head(noun):
        return None
    return noun if any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.head.children) else None


def _fronted_subject(token: Token) -> Token | None:
    """ "Under the new accord, Ghana and Peru will consult …": the parser reads the subject after the comma as
    more of the fronted phrase's object."""
    doc = token.doc
    for child in token.children:
        if child.dep_ != "prep" or child.i > token.i:
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            for conj in pobj.children:
                if conj.dep_ == "conj" and conj.i > pobj.i and doc[conj.i - 1].text == "," and is_actor_head(conj):
                    return conj
    return None


def _past_passive_clause(token: Token) -> Token | None:
    """ "The ministry announced that the airline would be barred from Lima, accusing it of …": a participle the parser
    hangs on a passive clause reported by a verb is the reporter's act (what is barred accuses no one)."""
    head = token.head
    if token.tag_ != "VBG" or token.dep_ != "advcl" or head.dep_ != "ccomp" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return head.head if any(c.dep_ == "auxpass" for c in head.children) else None


def after_participle(token: Token) -> Token | None:
    """ "X denied the charges, saying the convoy carried medicine, and called on Y to …": the parser hangs the
    finite verb after "and" inside what the participle says; it has no subject there and is X's, as the participle
    is. The participle, or None."""
    head = token.head
    if token.dep_ == "conj" and head.dep_ == "ccomp":  # "… saying the convoy carried medicine, and called on …"
        own = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        head = head.head if own is None or not is_actor_head(own) else token
    elif token.dep_ != "ccomp":
        return None
    if token.tag_ not in ("VBD", "VBZ") or head.tag_ != "VBG" or head.dep_ != "advcl" or token.i < 1:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    return head if token.doc[token.i - 1].lower_ in ("and", "but") else None


def hyphen_head(subject: Token | None) -> Token | None:
    """ "the vice-ministers", split by the tokenizer into three subjects ("vice", "-", "ministers"): the last is it."""
    doc = subject.doc if subject is not None else None
    if subject is not None and subject.text == "-" and subject.i + 1 < len(doc):
        after = doc[subject.i + 1]  # "counter-tariffs" read as "counter" (object), "-" and "tariffs" (subjects)
        if after.dep_ == subject.dep_ and after.head.i == subject.head.i:
            return after
    if subject is not None and subject.i + 2 < len(doc) and doc[subject.i + 1].text == "-" and not subject.whitespace_:
        after = doc[subject.i + 2]
        if after.dep_ == subject.dep_ and after.head.i == subject.head.i:
            return after
    return subject


_FORMS = {"pledge": "pledge", "vow": "pledge", "promise": "pledge", "agree": "agree", "commit": "commit"}


def headline_verb(token: Token) -> Token | None:
    """A headline's second verb read as a noun after a comma ("A, B sign X, pledge to …"): the line's verb, whose
    subject the misread pledge word shares, or None."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i < 2 or doc[token.i - 1].text != "," or pledge_form(token.lower_) is None:
        return None
    root = token.sent.root
    if root.pos_ != "VERB" or root.i >= token.i or token.sent[-1].is_punct and token.sent[-1].text in ".!?":
        return None  # a headline has no closing stop
    return root if any(c.dep_ == "nsubj" for c in root.children) else None


def pledge_form(form: str) -> str | None:
    """The modality of a pledging word ("pledges" -> "pledge"), None for any other word."""
    return _FORMS.get(form[:-1] if form.endswith("s") else form)


def names_both(subject: Token) -> bool:
    """A phrase of the gazetteer's collectives ("the two neighbours", "both allies") up to its head."""
    return " ".join(t.lower_ for t in subject.subtree if t.i <= subject.i) in gazetteer().collectives


def meeting_anaphor(subject: Token) -> bool:
    """ "Our summits will be annual; the next one will take place in Quito": "the next one" stands for a
    meeting of the pair's series that the sentence named before it."""
    data = cues_data()
    if subject.lower_ != "one" or not any(c.dep_ == "amod" and c.lower_ in data["meeting_sequence"]["words"]
                                          for c in subject.children):
        return False
    bodies = set(data["joint_bodies"]["words"])
    return any(lemma(t) in bodies for t in subject.sent if t.i < subject.i and t.pos_ in ("NOUN", "PROPN"))


def split_name(verb: Token) -> bool:
    """Several subjects, one a proper noun ("army chief Gen. Y Z" split by the parser), or a titled name: a person
    ("Expo 2025 will …" or "the Lobito Corridor will …", one subject and no title, is no one split)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    names = [c for c in subjects if c.pos_ == "PROPN"]
    return bool(names) and (len(subjects) >= 2 or any(
        role_of(" ".join(t.text for t in c.subtree)) is not None for c in names))


def under_which(verb: Token) -> bool:
    """ "a fund under which the two sides will build …": a relative clause telling the terms a deal or plan sets."""
    return any(c.dep_ == "prep" and c.lower_ in ("under", "through") and any(g.lower_ == "which" for g in c.children)
               for c in verb.children)


def listed_gerunds(actions: list[Token]) -> list[Token]:
    """ "committed to easing the transit of goods and to opening a second post": the gerund after a further "to"
    coordinated with the preposition of a listed act is an item of the same pledge."""
    out = []
    for action in actions:
        prep = action.head
        if action.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ == "to":
            out += [g for c in prep.children if c.dep_ == "conj" and c.lower_ == "to" for g in c.children
                    if g.dep_ == "pcomp" and g.tag_ == "VBG" and g not in actions]
    return out


def _to_infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def listed_infinitives(cue: Cue) -> list[Token]:
    """ "agreed to strive to raise trade, to upgrade the border gate, and to open another": the parser hangs the
    later items of an infinitive list on the first item's verb as an adverbial clause after a comma; followed by
    a further "and to …", they are items of the pledge (a lone "…, to boost tourism" may say what it is for)."""
    doc = cue.token.doc
    out: list[Token] = []
    for action in list(cue.actions):
        chain = [action]
        while (nxt := next((c for c in chain[-1].children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)) is not None:
            chain.append(nxt)
        for verb in chain:
            for child in verb.children:
                first = min(t.i for t in child.subtree)
                if (child.dep_ == "advcl" and _to_infinitive(child) and first > 0 and doc[first - 1].text == ","
                        and any(c.dep_ == "conj" and _to_infinitive(c) for c in child.children)):
                    out.append(child)
    return out
