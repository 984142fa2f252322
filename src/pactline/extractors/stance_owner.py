"""Whose stance or pledge it is, told by the words around it: a restating verb whose object is a named
country's stance ("affirmed Ghana's firm position in support of …", "reiterated the Kingdom's rejection of …",
"conveyed Japan's readiness to …") states that country's stance whoever speaks and whether or not the text
places the speaker; "the government" in a quotation is the speaker's own."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors.cue_base import cues_data, lemma
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.parties import unplaced_actor
from pactline.language.syntax import PRONOUNS, actor_for

Token = Any


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = cues_data()["owned_stances"]
    return frozenset(data["verbs"]), frozenset(data["nouns"])


def stance_owner(verb: Token, ctx: DocumentContext) -> list[str]:
    """The one country whose stance the verb's object names ("Peru's support", "the Republic of Ghana's
    position"); none for a pronoun ("his country's position" is the speaker's, found as usual) or two names. A
    verb coordinated after it with no subject of its own ("… affirmed Chile's position and stressed the need for
    …") speaks for the same country."""
    found = _owned(verb, ctx)
    if not found and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        found = _owned(verb.head, ctx)
    return found


def _owned(verb: Token, ctx: DocumentContext) -> list[str]:
    verbs, nouns = _words()
    stated = lemma(verb) in ("be", "remain")  # "Ghana's position remains that …" (cue_shapes.stated_position)
    if lemma(verb) not in verbs and not stated:
        return []
    objects = [c for c in verb.children if c.dep_ == ("nsubj" if stated else "dobj")]
    # "affirmed the Republic of Chile's position", parsed as "[the Republic] of [Chile's position]"
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    for obj in (o for o in objects if lemma(o) in nouns):
        # ("the State of Libya's position" parsed as "[the State of Libya]'s position" with "State" as a modifier)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
            (g for c in obj.children if c.dep_ in ("nmod", "compound") for p in c.children if p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj" and any(k.dep_ == "case" for k in g.children)), None) or next(
            (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)  # "noted the desire of Chile to …"
        if owner is None or owner.lower_ in PRONOUNS or any(c.dep_ == "poss" for c in owner.children):
            continue
        actor, codes = actor_for(owner, ctx, None)
        if actor is not None and actor.role == "igo":
            continue  # "expressed ASEAN's call for …": a member conveys its group's stance; the speaker holds it
        if not codes:  # "the Republic of Chile's position": the name inside the owner's phrase
            named = "".join(t.text_with_ws for t in owner.subtree)
            codes = sorted({m.code for m in find_countries(named) if m.kind == "name"})
        if len(codes) == 1:
            return list(codes)
    return []


def own_government(subject: Token) -> bool:
    """ "The government will …" in a quotation: the speaker's own government (no name or country beside it); "our
    defence ministers will …", "our negotiators will …": an organ the speaker calls "our" is the speaker's side's."""
    if lemma(subject) in ("government", "administration", "cabinet") and all(
            c.dep_ in ("det", "amod") and c.lower_ in ("the", "our", "this", "current", "present") for c in subject.children):
        return True
    data = cues_data()["possessed_governments"]
    organs = [*data["words"], *data["ours_only"]]
    return (lemma(subject) in organs or subject.lower_ in organs) and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in subject.children)


def organ_of_last(speaker: Token, last: tuple[Any, list[str]] | None) -> list[str]:
    """ "The foreign ministry said it would lodge a protest": a state organ the sentence does not place, speaking
    of itself, is the one country the text named last (none when that was not one country)."""
    data = cues_data()["possessed_governments"]
    if last is None or len(last[1]) != 1 or lemma(speaker) not in [*data["words"], *data["speaking_organs"]]:
        return []
    return list(last[1])


def definite_only(subject: Token) -> bool:
    """ "the government", "the army": an organ no name beside it places (the speaker's own)."""
    return [(c.dep_, c.lower_) for c in subject.children] == [("det", "the")]


def coordinated_subject(pronoun: Token, verb: Token, ctx: DocumentContext) -> list[str]:
    """ "affirmed that Ghana will keep its border open and that it will …": "it" in a clause coordinated after
    one whose subject names a country is that country (a plural "they" after a plural subject likewise)."""
    if pronoun.lower_ not in ("it", "they") or verb.dep_ != "conj":
        return []
    before = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i), None)
    if before is None or before.pos_ != "PROPN" or (pronoun.lower_ == "it") != (before.tag_ == "NNP"):
        return []
    actor, codes = actor_for(before, ctx, None)
    return list(codes) if actor is not None and actor.role != "igo" and len(codes) == 1 else []


def field_word(word: Token) -> bool:
    """ "the boundary commission", "the trade committee": a common noun naming a body's field, no name; told in
    title case too ("the Joint Economic Council", "the Border Security Committee") when the word is one of the
    fields bodies are named for (commitment_cues.json, body_fields)."""
    if word.dep_ not in ("compound", "amod") or not word.text.isalpha():
        return False
    if word.text.islower():
        return word.pos_ in ("NOUN", "ADJ") and not list(word.children)
    fields = cues_data()["body_fields"]["words"]
    return word.text.istitle() and word.lower_ in fields and all(field_word(c) for c in word.children)


def passive_stance_holders(cue: Any, subject: Token, ctx: DocumentContext, last: Any) -> list[str] | None:
    """ "Support was expressed by the Ugandan side to …", "The importance of the railway was underlined": a stance
    told in the passive has what it is about as its subject; it is held by the side named after "by", else by the
    pair the readout speaks for. None where the cue is no such stance ("the call was requested by X" tells an act)."""
    if cue.kind != "position" or cue.modality == "call" or subject.dep_ != "nsubjpass" or subject.pos_ == "PRON" or \
            actor_for(subject, ctx, None)[1] or not any(c.dep_ == "auxpass" for c in cue.token.children):
        return None
    if lemma(subject) in cues_data()["courtesy"]["objects"]:
        return []  # "Gratitude was expressed for the hospitality": a courtesy
    agent = next((g for c in cue.token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return actor_for(agent, ctx, last)[1]
    return list(ctx.main_parties) if len(ctx.main_parties) == 2 else None


def occasion_clause(verb: Any) -> bool:
    """ "a joint declaration, in which Chile reaffirmed its support for …", "the talks, during which Peru stressed …":
    a relative clause on the text or occasion where an actor of its own states its stance."""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children)
               for c in verb.children) or any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)


def government_voice(subject: Token, last: Any) -> list[str]:
    """ "Government spokesman Ana Ruiz said …" after "…, the Peruvian government said": a title of a government
    that names no country (data: government_titles) speaks for the one country the text named last."""
    data = cues_data()["government_titles"]
    phrase = [t for t in subject.subtree if t.i <= subject.i]
    words = {t.lower_ for t in phrase}
    if not words & set(data["organs"]) or not words & set(data["titles"]) or find_countries(" ".join(t.text for t in phrase)):
        return []
    return list(last[1]) if last and len(last[1]) == 1 else []


def _officials(key: str) -> frozenset[str]:
    return frozenset(cues_data()["unplaced_officials"][key])


def unplaced_official(subject: Token, verb: Token, ctx: DocumentContext) -> list[str]:
    """ "Foreign Minister Ana Ruiz accused Peru of …" in a text about Chile and Peru that never says whose minister
    she is: an official named by person or office alone holds a stance aimed at one of the text's two countries for
    the other one, as language/parties.py places such an official's acts. None where the stance is aimed at no
    country, at both, or the text has not two main countries."""
    main = list(ctx.main_parties)
    if len(main) != 2 or subject.lower_ in PRONOUNS or any(t.lower_ in _officials("relational_words") for t in subject.subtree):
        return []  # ("the visiting president", "his host": a side of the visit, language/holders.py, or none)
    if not unplaced_actor(*actor_for(subject, ctx, None)):
        return []
    if any(t.lower_ in _officials("other_titles") for t in subject.subtree):
        return []  # "Pope Francis", "Mediator John Carter", "Senator Ana Ruiz": no voice of either government
    aimed = _aimed_at(verb, ctx)
    if aimed is None and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        aimed = _aimed_at(verb.head, ctx)  # "spoke with President X and expressed hope that …": at X's country
    return [c for c in main if c != aimed] if aimed in main else []


def self_aimed(cue: Any, committed: list[str], ctx: DocumentContext) -> list[str]:
    """ "Uganda said Kenya was behind the raid and accused Nairobi of …" (the parser hangs "accused" on "was"), a
    call on Kampala read as Uganda's own: an accusation or a call aimed squarely at one of the text's two main
    countries (by its name or its capital, data: aimed_stances) is never that country's own, so it is the other's.
    Only a holder taken from elsewhere than the cue's own subject moves: "Kenyan opposition lawmakers called on
    Nairobi …", "Ugandan church leaders condemned Kampala …" are the subject's own call on its own capital."""
    main = list(ctx.main_parties)
    if cue.kind != "position" or cue.modality not in _officials("aimed_stances") or len(main) != 2:
        return committed
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.token.children):
        return committed
    if len(committed) != 1 or committed[0] not in main:
        return committed
    if _aimed_at(cue.token, ctx, named_only=True) != committed[0]:
        return committed
    return [c for c in main if c != committed[0]]


def _aimed_at(verb: Token, ctx: DocumentContext, named_only: bool = False) -> str | None:
    """The one country a verb's object names ("accused Peru", "welcomed Chile's efforts", "called on Lima");
    named_only: only a country or capital named as the object itself ("called on Peru's partners" aims at none)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _officials("aiming_preps")
                for g in c.children if g.dep_ == "pobj"]
    for obj in sorted(objects, key=lambda t: t.i):
        if named_only and obj.tag_ != "NNP":
            continue
        for word in [obj] if named_only else [obj, *(c for c in obj.children if c.dep_ == "poss")]:
            if word.lower_ in PRONOUNS:
                continue
            actor, codes = actor_for(word, ctx, None)
            if actor is not None and actor.role != "igo" and len(codes) == 1:
                return codes[0]
    return None


def said_in_relative(verb: Token) -> bool:
    """ "a toll plan that Oslo said was written for big hauliers", "the levy, which it said was drafted in haste": a verb of
    saying in a relative clause, with a subject of its own (no relative pronoun) and the clause it reports, tells
    that subject's view of the noun."""
    if verb.dep_ != "relcl" or lemma(verb) not in cues_data()["evaluative_predicates"]["reporting_verbs"]:
        return False
    data = cues_data()
    cued = {*data["position_verbs"], *data["commitment_verbs"], *data["support_verbs"]["lemmas"]}
    return any(c.dep_ == "nsubj" and c.lower_ not in _officials("relative_pronouns") for c in verb.children) and any(
        c.dep_ == "ccomp" and lemma(c) not in cued for c in verb.children)  # ("… in which he said he hoped …": "hoped")
