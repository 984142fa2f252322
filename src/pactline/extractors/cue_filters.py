"""Which of a sentence's cues stand: forecasts, wishes and clauses that bind no one go; a cue nested in another's
clause gives way to it, unless it states something of its own (a trailing participle, a clause with its own
subject, a pledge inside a stance)."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.extractors.clause_edges import coordinated_verb
from pactline.extractors.cue_base import (
    Cue,
    cues_data,
    hyphen_head,
    lemma,
    lifted,
    meeting_anaphor,
    names_both,
    split_name,
)
from pactline.extractors.cue_shapes import added_statement, new_body_programme, own_relative_pledge
from pactline.extractors.cue_vocab import deal_provision, tables
from pactline.extractors.holders import is_collective, reported_speaker
from pactline.extractors.judged_things import said_of_the_thing_welcomed
from pactline.extractors.stance_content import normative_content, stance_beside
from pactline.extractors.stance_owner import said_in_relative
from pactline.extractors.state_organs import paired_bodies, state_body
from pactline.language.actors import find_countries
from pactline.language.syntax import PRONOUNS, is_actor_head, subject_of

Token = Any


def nobody_binds(cue: Cue) -> bool:
    """ "incidents must never be allowed", "more needed to be done": a modal clause whose subject is no actor
    binds no one; it must not hide the stance that frames it."""
    if cue.kind != "commitment":
        return False
    subject = hyphen_head(next((c for c in cue.token.children if c.dep_ in ("nsubj", "nsubjpass")), None))
    if subject is None:
        return cue.token.dep_ in ("ccomp", "conj") and lemma(cue.token) == "need"
    if split_name(cue.token):
        return False  # "X's army chief Gen. Y Z warned …": a name the parser split into several subjects
    nested = cue.token.dep_ in ("ccomp", "conj", "acl")  # "shared the view that integration must be sped up"
    # "the joint commission agreed to …"; "further steps will follow" (the pledge of whoever announces them)
    acts = is_actor_head(subject) or lemma(subject) in _standing_words() or lemma(subject) in _listed("instrument_subjects", "words")
    acts = acts or names_both(subject) or meeting_anaphor(subject)  # "the two neighbours", "the next one"
    # "Ruto said the crossing points would reopen within 90 days": a project an official announces.
    announced = announced_project(cue.token) and not normative_content(cue)
    acts = acts or announced or binding_deal(cue.token) or bool(state_body(subject)) or paired_bodies(subject)
    return subject.pos_ in ("NOUN", "ADJ", "ADV") and not acts and (subject.dep_ == "nsubj" or nested)


SIDE_NOUNS = frozenset({"side", "party", "country", "signatory", "state", "nation", "government"})


def binding_deal(verb: Token) -> bool:
    """ "The treaty commits each side not to help an aggressor", "the pact aims to deepen …": a deal that binds
    its sides to an act."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or lemma(subject) not in cues_data()["signed_agreements"]["nouns"]:
        return False
    if lemma(verb) == "aim" and any(c.dep_ == "xcomp" for c in verb.children) or deal_provision(verb):
        return True  # "The agreement aims to develop defence cooperation": the aim its signatories set
    return lemma(verb) == "commit" and any(c.dep_ == "dobj" and lemma(c) in SIDE_NOUNS for c in verb.children)


def announced_project(verb: Token) -> bool:
    """A project's completion told under 'will' by someone who speaks ("said the pipeline would be completed")."""
    return lemma(verb) in _listed("announced_projects", "verbs") and (reported_speaker(verb) is not None or _country_owned(verb))


def _country_owned(verb: Token) -> bool:
    """ "The Kenyan section of the line will be completed this year": a project a country's name marks as its own."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ in ("amod", "compound", "poss") and find_countries(c.text)
                                       for c in subject.children)


@cache
def _listed(entry: str, field: str) -> frozenset[str]:
    return frozenset(cues_data()[entry][field])


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
    if any(lemma(a) in _BELIEF_VERBS or a.lower_ in _BELIEF_WORDS or _voiced_belief(a) for a in _clause_ancestors(cue.token)):
        return True
    return _wish_for_another(cue.token) or said_of_the_thing_welcomed(cue.token)  # "welcomed X, saying it would …"


def _voiced_belief(verb: Token) -> bool:
    """ "expressed confidence that the cable, laid last year, will bring …": the parser hangs the clause on the verb."""
    return lemma(verb) in ("express", "voice", "share") and any(
        c.dep_ == "dobj" and c.lower_ in _BELIEF_WORDS for c in verb.children)


_WISH_VERBS = {"hope", "wish", "want"}


def _clause_ancestors(token: Token) -> list[Token]:
    """The words a clause hangs under. "said X wished to turn Y into … and that both nations would seek to …": a
    that-clause the parser coordinated with a clause that has no "that" is a further thing said, not part of what
    was wished (in "hopes that X will … and that Y will …" both stay under the hope)."""
    def that(verb: Token) -> bool:
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)

    if token.dep_ == "conj" and that(token) and not that(token.head):
        reported = next((a for a in [token.head, *token.head.ancestors] if a.dep_ == "ccomp"), None)
        if reported is not None:
            return [reported.head, *reported.head.ancestors]
    return list(token.ancestors)


def _wish_for_another(token: Token) -> bool:
    """ "Ghana hopes that Togo will continue to develop", "wished that Togo would prosper": a wish about
    another's fortune binds no one ("Togo hopes that it will join …" stays Togo's own aim)."""
    own = subject_of(token)  # "… will continue to invest and help train …": the conjunct shares the subject
    for anc in _clause_ancestors(token):
        if lemma(anc) in _WISH_VERBS:
            # "valued its ties and hoped the row would be settled": a conjunct wish shares the first verb's subject
            wisher = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")), None) or subject_of(anc)
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
    if cue.kind == "position" and (rebuttal(token) or said_in_relative(token)):
        return True  # (a view said in a relative clause: "a plan that Oslo said was …", stance_owner)
    if cue.kind == "commitment" and (_contrasted_pledge(token) or new_body_programme(token)):
        return True
    if cue.kind == "position" and token.dep_ == "ccomp" and _and_clause(token):
        return True
    if cue.kind != "position" or token.dep_ not in ("advcl", "parataxis"):
        return False
    if trailing_participle(token) or _misread_coordination(token) or _opening_participle(token):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_actor_head(subject)


_SIDE_BY_SIDE = {"while", "whilst", "whereas", "as"}


def _contrasted_pledge(token: Token) -> bool:
    """ "Ghana will widen its embassy, while Peru intends to open a consulate", "…, as the two neighbours agreed to
    …": a pledge in a clause set beside another with its own actor subject is a pledge of its own."""
    token = token.head if token.dep_ == "acomp" else token  # "…, while the parliament is due to ratify it"
    if token.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _SIDE_BY_SIDE for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("PROPN", "NOUN", "PRON")


def rebuttal(token: Token) -> bool:
    """ "…, a claim Lome has rejected", "an accusation that Togo denies": the one a claim is about rejecting it in
    a relative clause on the claim holds a stance of its own, beside the claim's."""
    if token.dep_ != "relcl" or lemma(token) not in tables()["position_need"].get("deny", ()) and \
            tables()["position_verbs"].get(lemma(token)) != "oppose":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_actor_head(subject) and lemma(token.head) in tables()["position_need"]["dismiss"]


def _opening_participle(token: Token) -> bool:
    """ "Noting with appreciation X, the two governments agreed …", "Welcoming the progress of Y, the ministers …": a
    participle opening the sentence before the main clause's subject states a stance of its own ("Recognising that
    Chile is a large partner, …" with a that-clause sets out a premise of the main clause)."""
    head = token.head
    if any(c.dep_ == "ccomp" for c in token.children):
        return False
    return token.tag_ == "VBG" and token.i < head.i and token.i == token.sent.start and any(
        c.dep_ in ("nsubj", "nsubjpass") and token.i < c.i < head.i for c in head.children)


def _misread_coordination(token: Token) -> bool:
    """ "expressed concern at X, called for Y, and reiterated Z": a finite verb after a comma that the parser hung
    on the verb before as an adverbial clause (no "as", "when" or "after" leads it) is the next verb of a list."""
    if token.tag_ not in ("VBD", "VBZ", "VBP") or token.i < token.head.i or token.head.tag_ != token.tag_:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") and c.i < token.i for c in token.children):
        return False
    first = min(t.i for t in token.subtree)
    return first > 0 and token.doc[first - 1].text in (",", ";")


def _and_clause(token: Token) -> bool:
    """ "denied that X had happened, and a senior official said …": a clause after "and" with a subject of its
    own and no "that" is the next statement, though the parser hung it under the verb before."""
    first = min(t.i for t in token.subtree)
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    return first > 0 and token.doc[first - 1].lower_ == "and" and subject is not None and is_actor_head(subject) \
        and not any(c.dep_ == "mark" for c in token.children)


def _bare_gerund(token: Token) -> bool:
    return token.tag_ == "VBG" and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in token.children)


def outermost(cues: list[Cue]) -> list[Cue]:
    """Drop cues nested in another cue's clause, preferring a pledge over the stance that frames it."""
    by_token = {c.token.i: c for c in cues}
    kept = []
    for cue in cues:
        ancestor_cues = [by_token[a.i] for a in cue.token.ancestors if a.i in by_token and not _own_clause(cue.token, a)]
        action_ids = {t.i for c in cues if c.token.i != cue.token.i for t in c.actions}  # (a welcome and the pledge it names)
        if cue.token.i in action_ids:
            continue
        coordinated = cue.token.dep_ == "conj" and cue.token.head.i in by_token  # "calling it X and warning that …"
        if cue.kind == "commitment" and _bare_gerund(cue.token) and not coordinated and any(
                a.kind == "position" for a in ancestor_cues):
            continue  # "noted the importance of …; and encouraging …": what the stance is about
        # A coordinated verb with its own cue ("agreed to X and will hold Y") is a pledge of its own.
        if ancestor_cues and not coordinated_verb(cue.token) and not stands_alone(cue) and not (
            cue.kind == "commitment" and all(a.kind == "position" for a in ancestor_cues)
        ):
            continue
        kept.append(cue)
    # What a call asks of others ("called on donors to continue funding …") is no pledge of the caller's: the call stays.
    calls = [c for c in kept if c.kind == "position" and c.modality == "call"]
    # So is a judgement inside what is asked ("called on X to investigate the raid and hold those responsible accountable").
    kept = [c for c in kept if not ((c.kind == "commitment" or c.modality == "believe" and c.token.dep_ == "conj")
                                    and any(_in_complement(c.token, call.token) for call in calls))]
    # A position verb whose clause holds a pledge yields the pledge only; one coordinated with a pledge
    # ("condemned the violence and committed to …") stands beside it.
    return [cue for cue in kept if not (cue.kind == "position" and any(
        other.kind == "commitment" and _in_complement(other.token, cue.token) and not _told_of_a_thing(other, cue.token)
        and not stance_beside(cue, other) for other in kept))]


def _told_of_a_thing(pledge: Cue, stance: Token) -> bool:
    """ "condemned a neighbour's plan that it would mass troops …", "welcomed the accord, which will benefit …": a
    future told in a clause on a noun the stance names describes that thing; the stance stands beside it."""
    if pledge.modality not in ("will", "should"):
        return False
    current = pledge.token
    while current.i != stance.i and current.head.i != current.i:
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            return True
        current = current.head
    return False


def _own_clause(token: Token, ancestor: Token) -> bool:
    """ "…, and Togo said it would send …": between a cue and an ancestor cue stands a coordinated clause with
    its own subject, so the cue is no part of the ancestor's pledge or stance."""
    current = token
    while current.i != ancestor.i and current.head.i != current.i:
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return True
        if current.i != token.i and _further_saying(current):
            return True  # "rejected the claim and said it did not recognise X": what is then said is a statement too
        if _before_colon(current) or own_relative_pledge(current):  # "…, which they agreed to finish by 2027"
            return True
        current = current.head
    return False


_SAYING = {"say", "add", "tell", "state", "insist", "stress", "note", "explain", "announce"}


def _further_saying(verb: Token) -> bool:
    """ "… and said …", "…, saying …", "… in a letter, in which he said …": a verb of saying coordinated with the verb
    before, a participle of saying after it, or one in a relative clause reports a further statement ("pledged to X
    and announced that Chile will open …": what is announced is a pledge of its own)."""
    if lemma(verb) not in _SAYING or verb.pos_ != "VERB":
        return False
    relative = any(c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children) for c in verb.children)
    return relative or verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i


def _before_colon(clause: Token) -> bool:
    """ "the two sides agreed to work together: Ghana declared …, while Peru …": a clause the parser hung on the
    verb after a colon (or semicolon) is a statement of its own, not what that verb reports."""
    head = clause.head
    return clause.dep_ in ("ccomp", "parataxis") and clause.i < head.i and any(
        c.dep_ == "punct" and c.text in (":", ";") and clause.i < c.i < head.i for c in head.children)


def _in_complement(token: Token, head: Token) -> bool:
    """Whether ``token`` lies in ``head``'s clause other than through a verb coordinated with it."""
    outer = lifted(token)
    if outer is not None and outer.i == head.i:
        return False  # "noted that trade grew and agreed to …": coordinated with the stance, though hung inside it
    current = token
    while current.head.i != current.i:
        if current.head.i == head.i:  # "…," he said, adding that …": what is added is a further statement
            return current.dep_ not in ("conj", "cc") and not added_statement(current)
        current = current.head
    return False


def exhorted_by_one(tok: Token) -> bool:
    """ "President Ruto stated that both nations must stand together", "Lula said both sides should …": one
    speaker cannot bind the pair, so what they say it must do is that speaker's stance ("both sides agreed that …
    must", a dated "must be finished by 2027" and a joint text's own "the two sides should …" stay pledges)."""
    speaker = reported_speaker(tok)
    if speaker is None or speaker.lower_ in PRONOUNS and speaker.lower_ not in ("he", "she"):
        return False
    if is_collective(speaker) or speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children):
        return False
    subject = subject_of(tok)
    if subject is not None and subject.lower_ in ("we", "i"):
        return False  # the speaker's own "we must …" inside a quotation is read as the speaker's (commitments._records)
    if subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in tok.children):
        return False  # "Should Canada take another step, …": a condition, no exhortation
    if any(t.dep_ == "prep" and t.lower_ in ("by", "before", "within", "until") for t in tok.subtree):
        return False  # "the centres should be able to take in 3,000 people and open by the spring": a dated plan
    binding = cues_data()["commitment_verbs"]  # under "agreed", "pledged" (not a call: "asked X …, adding it must")
    return not any(binding.get(lemma(a), "call") != "call" for a in tok.ancestors if a.pos_ in ("VERB", "AUX"))


def demand_on_another(tok: Token) -> bool:
    """ "The two ministers stressed that Serbia should not be rewarded", "“Moscow must withdraw,” the minister said": what
    a named other must or should do is the speaker's demand, no pledge of the one named (the speaker's own side,
    "both countries should …", "we must …", stays a pledge)."""
    subject = subject_of(tok)
    if subject is None or subject.lower_ in PRONOUNS or not is_actor_head(subject) or is_collective(subject):
        return False
    if subject.lower_ in ("both", "all") or any(c.dep_ in ("conj", "det", "nummod") and c.lower_ in ("both", "two", "and")
                                               for c in subject.children):
        return False
    speaker = reported_speaker(tok)
    if speaker is None or speaker.i == subject.i:
        return False
    return speaker.text != subject.text


def nominal_gerund(tok: Token) -> bool:
    """ "the importance of addressing piracy and encouraging investment": a gerund used as a noun names what a
    stance is about; it is no act anyone binds itself to."""
    current = tok
    if any(c.dep_ == "nsubj" for c in tok.children):
        return False  # "with both leaders stressing the need for …": a participle with its own subject states a stance
    for _ in range(6):
        if current.tag_ != "VBG":
            return False
        if current.dep_ in ("pcomp", "pobj", "dobj", "nsubj", "nsubjpass", "attr"):
            return True
        if current.dep_ != "conj" or current.head.i == current.i:
            return False
        current = current.head
    return False


def third_party_urged(verb: Token) -> bool:
    """ "encourages the Government of Chad and the rebels to conclude the talks": whom the verb urges is another
    actor, not the speaker's own ("encouraged their businesses to invest" stays the pair's pledge)."""
    urged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if urged is None or not is_actor_head(urged) or any(g.dep_ == "poss" for g in urged.children):
        return False
    # what they are urged to do: the verb's infinitive, or one the parser hung on the last of those urged
    asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")] + [t for t in urged.subtree if t.tag_ == "VB"]
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children) for v in asked)


def second_predicate(tok: Token) -> bool:
    """ "stressed that peace must be based on the Charter, and called for X": after a comma, a finite verb
    coordinated with a passive one is a predicate of the sentence's own subject, not the passive clause's."""
    head, doc = tok.head, tok.doc
    return head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and tok.i > 1 and (
        doc[tok.i - 1].dep_ == "cc" and doc[tok.i - 2].text == ",")


def denied_clause(tok: Token, t: dict[str, Any]) -> bool:
    """The modal clause is what a denial verb's subject says it will not do ("denied that its troops would …")."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return first.dep_ == "ccomp" and lemma(first.head) in t["denials"]
