"""Whom an event is done to: the object, a possessor, a partner in a prepositional phrase, and each of
several coordinated partners."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.language.actors import DocumentContext, find_countries
from pactline.language.syntax import actor_for, coordinated, is_actor_head, noun_phrase

Token = Any

_TARGET_PREPS = ("to", "with", "for", "on", "against", "upon", "between", "from", "into", "at", "in", "over", "toward",
                 "towards", "about")


def target_of(verb: Token, ctx: DocumentContext, source_codes: list[str], mode: str | None = None,
              event_type: str | None = None) -> tuple[Actor | None, list[str]]:
    """The actor acted upon: the object, its possessor ("Turkey's efforts"), or an actor in a prepositional
    phrase of the verb, its object or its infinitive ("offered to hand over to Great Britain")."""
    from pactline.language.actors import gazetteer

    surfaces = gazetteer().surfaces
    candidates = _target_candidates(verb)
    addressee: tuple[Actor, list[str]] | None = None
    for cand in candidates:
        if cand.dep_ == "pobj" and cand.head.lower_ in ("in", "at"):
            # A place is the target only of a visit ("arrived in Lima", "a stopover at Abu Dhabi"); talks in
            # Singapore are not with it.
            if mode != "visit" or cand.text not in surfaces and noun_phrase(cand).text.removeprefix("the ") not in surfaces:
                continue
        if cand.dep_ == "pobj" and cand.head.lower_ == "from" and mode == "visit":
            continue  # "a stopover on his return from Germany": where the visitor came from
        if (cand.dep_ == "pobj" and cand.head.lower_ in ("on", "over", "about") and not is_actor_head(cand)
                and event_type not in AIMED_TYPES):
            continue  # "views on the Ukraine crisis": a topic, not a target; "sanctions on Malian officers" aim
        if cand.text in surfaces and not is_actor_head(cand):
            continue  # "30 million US dollars in aid": the name names a currency (names_currency)
        actor, codes = actor_for(cand, ctx, None)
        if actor is not None and actor.role == "ambassador" and _own_envoy(cand):
            continue  # "recalled its ambassador to Chile": the envoy is the actor's own; the target is the host
        new_codes = [c for c in codes if c not in source_codes]
        if actor is not None and actor.role == "igo" and new_codes and cand.dep_ == "pobj" and cand.head.lower_ == "to":
            # "complained to the United Nations over Israeli raids": whom a complaint is addressed to is
            # the target only when no one else is named.
            addressee = addressee or (actor, new_codes)
            continue
        if actor is not None and new_codes:
            return actor, new_codes
        # "the Kenya-Ghana partnership", "U.S.-Kenya ties": the countries a compound names.
        # "sanctions on 11 North Korean individuals": each modifier with its own modifiers ("North Korean").
        named = " ".join(t.text for m in cand.lefts if m.dep_ in ("compound", "amod", "nmod", "poss") for t in m.subtree)
        named += " " + cand.text
        mentions = [m for m in find_countries(named.replace("-", " ").replace("–", " ")) if m.code not in source_codes]
        if mentions:
            return Actor(mentions[0].text, mentions[0].code, "government"), [mentions[0].code]
    return addressee or (None, [])


def _own_envoy(noun: Token) -> bool:
    """ "its ambassador to Chile", "their envoys in Rabat": an envoy a pronoun gives to the acting side, whom
    the place after "to"/"in" would otherwise wrongly make the host's."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in noun.children)


def called_for(clause: Token) -> bool:
    """ "called for Kenya to withdraw its troops": a clause the parser opens with "for" and hangs on the verb
    (an adverbial clause), whose subject is the side called upon and whose act is only asked for."""
    return clause.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in clause.children)


def _target_candidates(verb: Token) -> list[Token]:
    """Objects, prepositional objects and their possessors within four steps of the verb, nearest first."""
    candidates: list[Token] = []
    later: list[Token] = []
    frontier = [verb]
    depth = 0
    while frontier and depth < 4:
        depth += 1
        nxt = []
        for head in frontier:
            for child in head.children:
                if child.dep_ == "nsubjpass" and head is verb and not is_actor_head(child):
                    nxt.append(child)  # "new sanctions against Iran were announced": the act's own partner
                    continue
                if child.dep_ == "advcl" and head is verb and called_for(child):
                    candidates.extend(g for g in child.children if g.dep_ == "nsubj")  # "called for Kenya to withdraw"
                    continue
                if child.dep_ in ("nsubj", "nsubjpass", "csubj", "advcl", "relcl", "ccomp", "parataxis", "punct", "cc"):
                    continue
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and head.pos_ in ("VERB", "AUX"):
                    # "reaffirmed support for Ukraine and condemned Russia's attacks": another act, whose
                    # partners come only after the verb's own ("established ties with and opened an embassy in").
                    later.append(child)
                    continue
                if child.dep_ in ("dobj", "dative", "attr", "pobj", "oprd"):
                    candidates.append(child)
                    if child.dep_ == "dobj" or is_actor_head(child):
                        # "Turkey's efforts", "the Mozambique government": the modifier names the state.
                        candidates.extend(g for g in child.children if g.dep_ in ("poss", "compound", "amod", "nmod"))
                    else:
                        # "concern about Peru's detention of …", "congratulations on Mr. Albanese's
                        # inauguration": the possessor of what the act is about.
                        candidates.extend(g for g in child.children if g.dep_ == "poss")
                    candidates.extend(c for c in child.children if c.dep_ == "conj")
                    candidates.extend(_agent_of(child))
                if child.dep_ == "prep" and child.lower_ not in _TARGET_PREPS:
                    continue
                if child.dep_ in ("dobj", "prep", "xcomp", "dative", "pobj", "agent", "conj", "attr", "oprd"):
                    nxt.append(child)
        frontier = nxt
    for verb_after in later:
        candidates.extend(c for c in _target_candidates(verb_after) if c not in candidates)
    return candidates


# Nouns of what someone does or holds: "the work of the African Union", "the efforts of the envoy of the
# UN Secretary-General" name whom the support or welcome is for.
_AGENT_NOUNS = {"work", "works", "effort", "efforts", "role", "mission", "mandate", "mediation", "leadership",
                "chairmanship", "chairship", "chair", "presidency", "initiative", "initiatives", "envoy", "representative",
                "secretary", "secretary-general", "commission", "office", "activities", "contribution", "contributions",
                # "requested an urgent meeting of the Security Council": whom the meeting asked for is of
                "meeting", "session", "sitting"}


def _agent_of(noun: Token) -> list[Token]:
    """The actors an activity noun's "of" chain names, nearest first (up to three links)."""
    out: list[Token] = []
    for _ in range(3):
        if noun.lemma_.lower() not in _AGENT_NOUNS and noun.lower_ not in _AGENT_NOUNS:
            break
        pobj = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            break
        out.append(pobj)
        out.extend(g for g in pobj.children if g.dep_ in ("poss", "compound"))
        noun = pobj
    return out


PARTNER_TYPES = ("CONSULT", "SUPPORT")
# Acts aimed at someone: what they are "on", "over" or "against" is whom they hit, not a topic.
AIMED_TYPES = ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "ACCUSE")


def other_partners(verb: Token, ctx: DocumentContext) -> tuple[Token | None, list[Token]]:
    """The first and the later of coordinated partners of a meeting or courtesy ("met X, Y and Z", "thanked X
    and Y", "held talks with X and Y"): each is an act of its own."""
    for child in verb.children:
        heads = [child] if child.dep_ in ("dobj", "dative") else []
        if child.dep_ == "prep" and (child.lower_ in ("with", "to") or child.lower_ in ("on", "upon")
                                     and verb.lemma_.lower() == "call"):  # "called on A and B": two calls paid
            heads = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "dobj":  # "held telephone conversations with X, Y and Z"
            heads += [g for p in child.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                      for g in p.children if g.dep_ == "pobj"]
        for head in heads:
            # "met Mr. A, General Secretary of …, Mr. B, Prime Minister …": the parser may hang B on A's apposition.
            if _two_titles_of_one_person(head):
                continue
            chain = coordinated(head)[1:] + [c for a in head.children if a.dep_ == "appos" for c in coordinated(a)[1:]]
            more = [c for c in chain if c.pos_ == "PROPN" and actor_for(c, ctx, None)[0] is not None]
            if more:
                return head, more
    return None, []


def _two_titles_of_one_person(head: Token) -> bool:
    """ "Prime Cabinet Secretary and Foreign Minister Musalia Mudavadi": a bare title coordinated with one named
    holder of another title is one person with two offices, not two partners."""
    from pactline.language.actors import clean_name

    conjuncts = coordinated(head)
    title = " ".join(t.text for t in head.subtree if t.i <= head.i)
    return len(conjuncts) == 2 and not clean_name(title) and bool(clean_name(noun_phrase(conjuncts[1]).text))



def addressed_to_all(verb: Token) -> Actor | None:
    """Everyone a call is addressed to ("appealed to the international community to help refugees go home
    to X", "urged major emitters to cut emissions", "appealed to donors"): no state, so the call has no
    country for a target and a country named in what is asked is its topic. The addressee, or None."""
    from pactline.core import vocab

    data = vocab.load("roles.json")["addressees_of_all"]
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
              for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        if head.pos_ == "PROPN" or find_countries(noun_phrase(head).text):
            continue
        phrase = " ".join(t.lower_ for t in head.subtree if t.i <= head.i)
        modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "det", "nmod")}
        if any(p in phrase for p in data["phrases"]) or head.lower_ in data["bare_heads"] or (
                head.lower_ in data["heads"] and modifiers & set(data["modifiers"])):
            return Actor(noun_phrase(head).text, None, None)
    return None


def asked_about(verb: Token, ctx: DocumentContext, parties: list[str]) -> list[str]:
    """The country of the report's pair that what a call asks names ("urged La Paz to free the drivers", "asked its
    EU allies to impose penalties on Bolivia", "pressed Chile to assist the Bolivian investigation"): a side of
    the call though neither its caller nor whom it is addressed to. Only the report's own two countries count, so
    a country named in passing ("help refugees go home to X") stays a topic."""
    main = ctx.main_parties
    if len(main) != 2 or min(ctx.country_counts[c] for c in main) < 2 or set(main) <= set(parties):
        return []
    if addressed_to_all(verb) is not None:
        return []  # "called on the international community to assess X's actions": X is what it is about
    asked = [c for c in verb.children if c.dep_ == "xcomp"]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
              for p in c.children for g in p.children if g.dep_ in ("xcomp", "acl", "relcl")]
    found: list[str] = []
    for act in asked:
        for tok in act.subtree:
            if tok.i == act.i or tok.dep_ not in ("dobj", "pobj", "amod", "compound", "poss", "nsubj"):
                continue
            codes = actor_for(tok, ctx, None)[1] if tok.pos_ == "PROPN" else []
            codes = codes or [m.code for m in find_countries(tok.text)]
            found += [c for c in codes if c in main and c not in parties and c not in found]
    return found


_GATHERINGS = ("summit", "meeting", "conference", "session", "forum")
_ATTEND = tuple(vocab.load("roles.json")["trip_words"]["attend"])


def occasion_bodies(verb: Token, ctx: DocumentContext | None = None) -> list[str]:
    """ "will fly to Warsaw for the OSCE summit": the organisation whose gathering a trip is for is one of its
    parties (a meeting held "at" a summit stays the meeting of its own two sides); so is who hosts it (``hosts``)."""
    found: list[str] = []
    # "invited him to the G20 summit", "will attend the SCO summit": the gathering one is invited to or attends too
    # ("will travel to Rome to join the G20 summit": so is the one the trip's purpose attends or joins)
    goers = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _ATTEND]
    gatherings = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "to") for g in c.children
                  if g.dep_ == "pobj"] + [c for v in goers for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() in _ATTEND]
    for pobj in (g for g in gatherings if g.lemma_.lower() in _GATHERINGS):
        found += [c for c in _organisation_codes(noun_phrase(pobj).text) if c not in found]
    found += [c for c in (inviter(verb, ctx) if ctx is not None else []) if c not in found]
    return found + [c for c in (hosts(verb, ctx) if ctx is not None else []) if c not in found]


def venue_host(verb: Token, location: str | None, parties: list[str]) -> list[str]:
    """ "agreed that the next three-way summit will be in Lusaka", "are set to meet again in Dakar": a meeting still
    to come of two sides or more, held in a third country, has its host for a party (a past meeting held at a third
    place stays its sides': CAMEO 044; so does one at a body's house: data/roles.json body_occasions)."""
    from pactline.language.places import place_country

    if not location or len(parties) < 2 or _at_a_body(verb, location):
        return []  # "will meet in Rome on the margins of the FAO conference": at a body's house, not Italy's guest
    host = place_country(location)
    return [host] if host is not None and host not in parties else []


@cache
def _body_seats() -> frozenset[str]:
    return frozenset(town for org in vocab.load("roles.json")["organisations"] for town in org.get("seats", ()))


def _at_a_body(verb: Token, location: str) -> bool:
    """Whether a meeting's clause names an organisation, the margins of an occasion or a body's gathering or house
    ("at the OPEC secretariat", "at the FAO conference"), or its town is an organisation's seat (data/roles.json)."""
    if location.split(",")[0].strip() in _body_seats():
        return True  # "will meet again in Geneva"
    words = vocab.load("roles.json")["body_occasions"]
    clause = [t for c in verb.children if c.dep_ not in _OTHER_CLAUSES for t in c.subtree]
    if _organisation_codes(" ".join(t.text for t in clause)):
        return True
    for pobj in (t for t in clause if t.dep_ == "pobj" and t.head.lower_ in words["preps"]):
        named = any(c.pos_ == "PROPN" and c.text not in location or c.dep_ == "prep" and c.lower_ == "of"
                    for c in pobj.children)  # "the FAO conference", "a session of the council"; not "the Lusaka summit"
        if pobj.lemma_.lower() in words["margins"] or pobj.lemma_.lower() in words["gatherings"] and named:
            return True
    return False


_OTHER_CLAUSES = ("nsubj", "nsubjpass", "ccomp", "advcl", "parataxis", "conj", "relcl")


def addressed_bodies(verb: Token, target: Actor | None) -> list[str]:
    """The organisation an act is addressed to or bears on though its side is no state: the body of the people it
    is addressed to ("urged its friends in the African Union", "asked fellow members of NATO") and the body whose
    proposal or standing it answers ("backed the African Union's proposal", "supported Bolivia's Mercosur
    accession"; data/roles.json body_acts: members, and words answered by verbs). A party of the act beside the two
    sides; a body's proposal the pair only discussed is a topic."""
    from pactline.core import vocab

    found: list[str] = []
    if target is not None and target.country is None and target.role != "igo" and re.search(r"\b(?:in|of|from)\b", target.name):
        found += _organisation_codes(target.name)
    addressees = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") for g in c.children if g.dep_ == "pobj"]
    members = vocab.load("roles.json")["body_acts"]["members"]
    for head in (h for h in addressees if h.lemma_.lower() in members or h.lower_ in members):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "within")):
            found += [c for c in _organisation_codes(" ".join(t.text for t in prep.subtree)) if c not in found]
    acts, answers = vocab.load("roles.json")["body_acts"]["words"], vocab.load("roles.json")["body_acts"]["verbs"]
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in acts and verb.lemma_.lower() in answers):
        for mod in (c for c in obj.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"):
            found += [c for c in _organisation_codes(" ".join(t.text for t in mod.subtree)) if c not in found]
    return found


def inviter(verb: Token, ctx: DocumentContext) -> list[str]:
    """ "accepted President X's invitation to attend the summit", "took up X's invitation to visit": whoever invited
    one to an occasion is one of its parties."""
    head = verb.head if verb.dep_ in ("acl", "xcomp", "relcl") and verb.head.i != verb.i else None
    if head is None or not head.lemma_.lower().startswith("invitation"):
        return []
    found: list[str] = []
    for poss in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
        found += [c for c in actor_for(poss, ctx, None)[1] if c not in found]
    return found


def hosts(verb: Token, ctx: DocumentContext) -> list[str]:
    """ "met in Nairobi on Monday, hosted by President X as AU chair", "held talks in Doha, mediated by Qatar",
    "attended talks hosted by the Gulf Cooperation Council": whoever hosts, convenes or mediates a meeting
    (and the body it does so for) is one of its parties (data/roles.json, hosting_verbs)."""
    lemmas = _hosting_verbs()
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    parts = [verb] + [c for h in heads for c in h.children if c.dep_ in ("advcl", "acl")]  # (or "hosted" itself)
    found: list[str] = []
    for part in parts:
        if part.tag_ != "VBN" or part.lemma_.lower() not in lemmas:
            continue
        for agent in (c for c in part.children if c.dep_ == "agent"):
            for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                found += [c for c in actor_for(pobj, ctx, None)[1] if c not in found]
        for prep in (c for c in part.children if c.dep_ == "prep" and c.lower_ == "as"):
            found += [c for c in _organisation_codes(" ".join(t.text for t in prep.subtree)) if c not in found]
    return found


@cache
def _hosting_verbs() -> frozenset[str]:
    from pactline.core import vocab

    return frozenset(vocab.load("roles.json")["hosting_verbs"]["words"])


def _organisation_codes(text: str) -> list[str]:
    """The codes of the organisations a phrase names, in order, each once."""
    from pactline.language.actors import gazetteer

    gaz = gazetteer()
    codes: list[str] = []
    for m in gaz.organisation_pattern.finditer(text):
        org = gaz.organisations.get(m.group(0))
        code = gaz.organisation_codes.get(org) if org else None
        codes += [code] if code and code not in codes else []
    return codes
