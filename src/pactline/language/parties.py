"""Both sides of an event: complete an event's parties from what the document already says.

A bilateral text names its two countries (``DocumentContext.main_parties``); within it,
- a person or office whose country the text does not give ("The Prime Minister met Prime Minister Støre of
  Norway", "President Biden congratulated President Ruto") is the other main country when the other side
  of the event is one of them: a government's readout calls its own leader by office alone;
- a meeting, call or visit (CONSULT) always has two sides: with one side known, the other is the other main
  country ("Kishida held a summit meeting in Seoul").
In a text about one country, an official it does not place acts for that country. Nothing else is added
outside a two-country document, so a sentence read alone keeps what it says.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.language.actors import DocumentContext, country_name, find_countries
from pactline.language.dates import MONTHS, WEEKDAYS
from pactline.language.object_names import named_by_both, object_tokens
from pactline.language.placed_groups import located_group, settled_people
from pactline.language.third_partners import complaint_about, works_with
from pactline.language.topics import names_itself, topic_here

_JOINT = ("CONSULT", "AGREE", "COOPERATE")
Side = tuple[Actor | None, list[str]]


def _other(ctx: DocumentContext, codes: list[str]) -> str | None:
    main = ctx.main_parties
    return None if len(main) != 2 or len(codes) != 1 or codes[0] not in main else next(c for c in main if c != codes[0])


def unplaced_actor(actor: Actor | None, codes: list[str]) -> bool:
    """An actor the text names by person or office but gives no country for ("Sheikh Mohamed")."""
    if actor is None or codes or actor.country is not None or actor.role == "igo":
        return False
    if actor.role is not None:
        return True
    from pactline.language.places import place_country

    return bool(re.fullmatch(r"(?:[A-Z][\w'’-]+ ?){1,4}", actor.name)) and place_country(actor.name) is None


def joint_parties(verb: Any) -> list[str]:
    """The countries of a joint text that acts or is issued ("a joint Saudi-French statement welcomed …",
    "a joint Kenya-Ghana communique was issued"): both of them act."""
    from pactline.language.actors import find_countries

    # Only a joint text as subject: "a joint communique released by the Foreign Ministry" is still one
    # government's act of releasing it.
    for noun in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(c.lower_ == "joint" for c in noun.children):
            first = min([noun.i] + [c.i for c in noun.children if c.i < noun.i])
            text = noun.doc[first : noun.i + 1].text.replace("-", " ").replace("–", " ")  # "Kenya-Ghana"
            codes = list(dict.fromkeys(m.code for m in find_countries(text)))
            if len(codes) >= 2:
                return codes
    return []


_FORMS = ("kingdom", "sultanate", "emirate", "principality", "grand duchy")


def _form_of_state(name: str, ctx: DocumentContext) -> str | None:
    """ "The Kingdom welcomed …" in a text about Saudi Arabia and France: the one main party whose official
    name has that form of state."""
    import pycountry

    form = re.sub(r"^the\s+", "", name.strip().lower())
    if form not in _FORMS:
        return None
    found = []
    for code in ctx.main_parties:
        country = pycountry.countries.get(alpha_3=code)
        official = (getattr(country, "official_name", "") or getattr(country, "name", "")).lower() if country else ""
        found += [code] if form in official else []
    return found[0] if len(found) == 1 else None


_STATE_ROLES = ("head_of_state", "head_of_government", "government", "judiciary", "military", "police", "rebels",
                "opposition", "civilians", "legislature", "subnational_government")


def _state_actor(actor: Actor) -> bool:
    """An office, force or group of a country (not an international body or its official): it can act at home."""
    return actor.role in _STATE_ROLES and not re.search(r"(?i)\b(?:secretary[- ]general|international|united nations|"
                                                         r"league|community|forum|committee|association|red cross)\b", actor.name)


def _countryless(actor: Actor | None, codes: list[str]) -> bool:
    """Any actor but an international organisation that the text gives no country for ("Ibo elders")."""
    return actor is not None and not codes and actor.country is None and actor.role != "igo"


def _names_a_group(verb: Any) -> bool:
    """ "blamed the PKK", "struck al-Shabaab positions": the act names whom it is aimed at, a group that is no
    state, so it is not aimed at the other country of the text."""
    if verb is None:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "at")
                for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.pos_ != "PROPN" and obj.lower_ in _place_heads():
            continue  # "closed the Colchane and Chungara checkpoints": named places, no group
        names = [t for t in obj.subtree if t.pos_ == "PROPN" and t.i <= obj.i
                 and t.lower_ not in WEEKDAYS and t.lower_ not in MONTHS  # "on Thursday" is no target
                 and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ not in _place_heads())]  # (misparsed "crossing")
        if names and not any(find_countries(t.text) for t in names):
            return True
    return False


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(vocab.load("roles.json")["place_heads"]["words"])


def complete_parties(source: Side, target: Side, event_type: str, ctx: DocumentContext, verb: Any = None) -> tuple[Side, Side]:
    """(source, target) with the parties the document implies added."""
    (s_actor, s_codes), (t_actor, t_codes) = source, target
    joint = joint_parties(verb) if verb is not None else []
    if joint:
        s_actor, s_codes = Actor(s_actor.name if s_actor else " and ".join(joint), None, "government"), joint
    if s_actor is not None and not s_codes and (state := _form_of_state(s_actor.name, ctx)):
        s_actor, s_codes = Actor(country_name(state), state, "government"), [state]
    if len(s_codes) >= 2 and event_type in _JOINT and not set(t_codes) <= set(s_codes) and not works_with(verb, t_codes):
        # "They discussed resources for Ukraine", "Kishida and Yoon agreed to respond to North Korea": a joint
        # subject acts together; a country in what they discussed or agreed is a topic, not a target.
        t_actor, t_codes = None, []
    if s_actor is not None and (home := settled_people(verb)) and (s_codes != [home] or s_actor.country != home):
        # "The Albanians of southern Serbia demand …", "Palestinians of the occupied West Bank": a people named
        # with where they live acts from there.
        s_actor, s_codes = Actor(s_actor.name, home, s_actor.role), [home]
    if _countryless(s_actor, s_codes) and event_type not in _COOPERATIVE_TYPES + ("AID",) and (
            home := located_group(verb)):
        # "Hundreds of ethnic Kurds demonstrated in Germany", "the Somalis of northern Kenya demand …": a crowd
        # or group no state owns acts from the country where the text puts it.
        s_actor, s_codes = Actor(s_actor.name, home, s_actor.role), [home]
        if t_codes == [home] and (named := _named_in_object(object_tokens(verb, 6), [home]))[0] is not None:
            # "marched through Lhasa against Chinese rule": the place was where, the authority named is whom.
            (t_actor, t_codes) = named
    if unplaced_actor(s_actor, s_codes) and (other := _other(ctx, t_codes)):
        s_actor, s_codes = Actor(s_actor.name, other, s_actor.role), [other]
    if _countryless(s_actor, s_codes) and len(ctx.main_parties) == 1 and (
            not t_codes or set(t_codes) <= set(ctx.main_parties) and _state_actor(s_actor)
            and event_type not in _COOPERATIVE_TYPES):  # one meets or thanks another country, not one's own
        # "Ousted President Akayev agreed to resign without returning to Kyrgyzstan", "President Moreau
        # extended the curfew in Port-Louis": in a text about one country, an official it does not place
        # acts for that country, also at home.
        s_actor, s_codes = Actor(s_actor.name, ctx.main_parties[0], s_actor.role), list(ctx.main_parties)
    if unplaced_actor(t_actor, t_codes) and (other := _other(ctx, s_codes)):
        t_actor, t_codes = Actor(t_actor.name, other, t_actor.role), [other]
    if event_type in _AIMED and t_actor is None and not t_codes and not (
            event_type in _WORDED and _names_a_group(verb)) and (other := _other(ctx, s_codes)):
        # "announced the suspension of relations", "ordered troops to exercises near the border": in a report
        # about two countries, an act of pressure or force aimed at no one named is aimed at the other one.
        t_actor, t_codes = Actor(country_name(other), other, "government"), [other]
    if event_type in _WITH_OTHER and not t_codes and (other := _other(ctx, s_codes)) and not (
            event_type in ("AGREE", "COOPERATE") and topic_here(other, verb, ctx)):
        # A meeting has two sides; a courtesy in a two-country text ("laid a wreath", "paid tribute") is paid
        # to the other one, and so is aid or a pledge no one else is named for ("will provide $5 million").
        t_actor, t_codes = Actor(country_name(other), other, "government"), [other]
    if event_type == "CONSULT" and not s_codes and not t_codes and unplaced_actor(s_actor, s_codes) and len(ctx.main_parties) == 2:
        # "Prime Minister Alvarez held a summit meeting in Lima": a meeting of the text's two countries,
        # though which side he is on the text does not say.
        s_codes = list(ctx.main_parties)
    if event_type == "CONSULT" and not s_codes and (other := _other(ctx, t_codes)):
        s_actor = s_actor if s_actor is not None else Actor(country_name(other), other, "government")
        s_codes = [other]
    return _one_sided((s_actor, s_codes), (t_actor, t_codes), event_type, ctx, verb)


def _one_sided(source: Side, target: Side, event_type: str, ctx: DocumentContext, verb: Any) -> tuple[Side, Side]:
    """An act with one side in a report about two countries has the document's pair for the other: the
    other country for one of the pair ("urged continued vigilance", "rejected the finding"), both of them
    for a third country ("China urged them to exercise restraint"), and the pair itself when the text names
    neither side ("Its foreign ministry rejected the accusations"). An act aimed at a group it names (the
    PKK, rebels) or at a person or body without a country stays as it is."""
    (s_actor, s_codes), (t_actor, t_codes) = source, target
    main = ctx.main_parties
    # Only a pair the document keeps returning to: a country named once in a sentence is no side of it.
    if len(main) != 2 or min(ctx.country_counts[c] for c in main) < 2 or (
            event_type in _WORDED + ("ASSAULT", "COERCE") and _names_a_group(verb)):
        return (s_actor, s_codes), (t_actor, t_codes)
    if t_codes and not s_codes and (other := _other(ctx, t_codes)):
        return (s_actor or Actor(country_name(other), other, "government"), [other]), (t_actor, t_codes)
    if event_type in _TO_A_BODY and t_actor is not None and t_actor.role == "igo" and (other := _other(ctx, s_codes)) \
            and other not in t_codes and complaint_about(verb, other):  # "filed a complaint with the UN": about the other
        return (s_actor, s_codes), (t_actor, [*t_codes, other])
    if event_type in ("REJECT", "THREATEN") and t_codes and set(t_codes) <= set(s_codes) and (
            t_actor is None or t_actor.role not in _DOMESTIC_GROUPS):
        # "denied that Iran had been attacked", "warned that Tehran would respond": a refusal or a threat is
        # not aimed at the speaker's own state; in a two-country report it is aimed at the other one.
        t_actor, t_codes = None, []
    if t_codes or t_actor is not None:
        return (s_actor, s_codes), (t_actor, t_codes)
    if (other := _other(ctx, s_codes)) is not None:
        if event_type in ("AGREE", "COOPERATE") and topic_here(other, verb, ctx):
            return (s_actor, s_codes), (t_actor, t_codes)  # a topic or a place there, as in complete_parties
        return (s_actor, s_codes), (Actor(country_name(other), other, "government"), [other])
    if len(s_codes) == 1 and s_codes[0] not in main and s_actor is not None and not _third_state(verb, main, s_codes):
        # an international body too ("The Security Council met in emergency session", "the envoy urged both
        # sides to …"): what it does in a report about two countries concerns both, unless it names a third
        return (s_actor, s_codes), (Actor(" and ".join(country_name(c) for c in main), None, "government"), list(main))
    if not s_codes and s_actor is not None and s_actor.role != "igo":
        return (Actor(s_actor.name, None, s_actor.role), list(main)), (t_actor, t_codes)
    return (s_actor, s_codes), (t_actor, t_codes)


def _third_state(verb: Any, main: list[str] | tuple[str, ...], own: list[str]) -> bool:
    """Whether the act's clause names a state of neither side ("met officials in Lilongwe", "granted Malawi a
    loan") and neither of the pair: an act of its own, not one about the pair ("welcomes the signing in Lisbon
    of the accord between Chad and Sudan" is about them)."""
    if verb is None or not hasattr(verb, "subtree"):
        return False
    codes = {m.code for m in find_countries(" ".join(t.text for t in verb.subtree))}
    return bool(codes - set(main) - set(own)) and not codes & set(main)


_COOPERATIVE_TYPES = ("CONSULT", "AGREE", "COOPERATE", "SUPPORT")
_TO_A_BODY = ("PROTEST", "ACCUSE", "REJECT", "THREATEN")  # (a call to a body to fund or act may be about anyone)
_WITH_OTHER = ("CONSULT", "SUPPORT", "AGREE", "AID", "COOPERATE")
_AIMED = ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "PROTEST", "ACCUSE", "REJECT")
# Acts of words or measures: aimed at the group they name; force used against a group's positions still
# falls on the country where they are.
_WORDED = ("SANCTION", "THREATEN", "PROTEST", "ACCUSE", "REJECT")


def fallback_target(verb: Any, ctx: DocumentContext, source_codes: list[str], event_type: str) -> Side:
    """The target when no object or partner names a foreign actor:
    - the subject of what is demanded or urged ("demanded that the United States match …");
    - for force, pressure and refusals, the country of a place the act is aimed at ("shelled Juba",
      "a curfew in Algiers", "deploy peacekeepers in Iraq"): never for talks or agreements, where the place
      is only where it happened;
    - the source's own country named in the object ("the Sudanese government lifted curbs on Sudanese
      newspapers"): a domestic target."""
    from pactline.language.conflict_targets import conflict_between
    from pactline.language.places import place_country
    from pactline.language.syntax import actor_for, noun_phrase

    if (patient := _patient(verb, ctx, source_codes))[0] is not None or (patient := conflict_between(
            verb, ctx, source_codes))[1]:  # "the UN envoy condemned the escalation": both sides
        return patient
    for child in verb.children:
        if child.dep_ == "ccomp":
            subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                actor, codes = actor_for(subj, ctx, None)
                if actor is not None and codes and not names_itself(subj, codes, source_codes):
                    return actor, codes[:1]
    person = _unplaced_person(verb, ctx) if len(source_codes) <= 1 else None
    if person is not None:
        # "congratulated Sheikh Mohamed", "called on President Mukherjee": a person the act is aimed at,
        # even unplaced, is its target; ``complete_parties`` places them.
        return person, []
    if verb.lemma_.lower() in _visit_lemmas():
        # "will visit Ho Chi Minh City", "travelled to Mombasa": a visit's place is the host country.
        for tok in object_tokens(verb):
            aimed = tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in")
            code = place_country(noun_phrase(tok).text) if aimed and tok.pos_ == "PROPN" else None
            if code and code not in source_codes:
                return _place_actor(noun_phrase(tok).text, code), [code]
    if event_type in _COOPERATIVE_TYPES:
        # A meeting's or agreement's place is where it happened, not a party to it.
        for child in verb.children:
            if child.dep_ == "dobj" and event_type == "SUPPORT" and (found := _object_agent(child, ctx, source_codes))[0]:
                return found
        return named_by_both(verb, source_codes) if event_type == "SUPPORT" else (None, [])
    return _aimed_target(verb, ctx, source_codes, event_type)


def _place_actor(phrase: str, code: str) -> Actor:
    """The party a place an act is aimed at stands for: a town ("visited Suva", "shelled Juba") stands for its
    country's government, named as the country, never as the place."""
    from pactline.language.places import is_town

    return Actor(country_name(code) if is_town(phrase) else phrase, code, "government")


def _aimed_target(verb: Any, ctx: DocumentContext, source_codes: list[str], event_type: str) -> Side:
    """The target of force, pressure or refusal: an agent in the object, a place aimed at, a foreign
    country named in the object, else the source's own country named there or a group at home."""
    from pactline.language.actors import gazetteer
    from pactline.language.places import place_country
    from pactline.language.syntax import actor_for, noun_phrase

    surfaces = gazetteer().surfaces
    for child in verb.children:
        if child.dep_ == "dobj" and (found := _object_agent(child, ctx, source_codes))[0] is not None:
            return found  # "demanded an admission by Moscow that …"
    tokens = object_tokens(verb)
    for tok in tokens:
        aimed = tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "to", "into", "against", "on")
        if aimed and tok.pos_ == "PROPN":
            phrase = noun_phrase(tok).text
            code = place_country(phrase) or place_country(tok.text)
            if code and code not in source_codes:
                return _place_actor(phrase, code), [code]
    if (named := _named_in_object(object_tokens(verb, 6), source_codes))[0] is not None:
        return named
    for tok in tokens if len(source_codes) == 1 else []:
        actor, codes = actor_for(tok, ctx, None)
        if actor is not None and codes == source_codes and tok.lower_ not in ("it", "its", "their"):
            bare = noun_phrase(tok).text.removeprefix("the ")
            if surfaces.get(tok.text, surfaces.get(bare, ("", "demonym")))[1] != "demonym":
                continue  # "deny entry to the United States": the source's own country is where, not whom
            return actor, codes[:1]
        if actor is not None and not codes and actor.role in _DOMESTIC_GROUPS and len(ctx.main_parties) < 2:
            # "lifted curbs on opposition newspapers", "accused the rebels": a group at home.
            return Actor(actor.name, source_codes[0], actor.role), list(source_codes)
    if event_type in _DOMESTIC and _other(ctx, source_codes) is None:
        return _home_government(source_codes)
    if (named := named_by_both(verb, source_codes))[0] is not None:
        return named
    # In a report about two countries a protest or a crackdown aimed at no one named is aimed at the other
    # ("Belize condemned the raid"; ``complete_parties`` names it).
    return None, []


_DOMESTIC_GROUPS = ("rebels", "opposition", "civilians", "police", "judiciary", "legislature", "media", "business")


def _named_in_object(tokens: list[Any], source_codes: list[str]) -> Side:
    """A foreign country the object names in a modifier or a place ("granted asylum to five Panamanian
    officers", "a blockade on Palestinian lorries", "shelled positions near the town of Rafah")."""
    from pactline.language.actors import find_countries
    from pactline.language.places import place_country

    for tok in tokens:
        if tok.dep_ not in ("amod", "compound", "nmod", "poss", "pobj", "dobj", "conj"):
            continue
        found = [m for m in find_countries(tok.text) if m.code not in source_codes]
        code = found[0].code if found else place_country(tok.text) if tok.pos_ == "PROPN" else None
        if code and code not in source_codes:
            return Actor(tok.text, code, "government"), [code]
    return None, []


_DOMESTIC = ("PROTEST", "COERCE")


def _home_government(source_codes: list[str]) -> Side:
    """ "Algerian teachers began a hunger strike", "police detained 40 members of the opposition": a protest
    or a crackdown aimed at no one named is between a country's people and its own government."""
    if len(source_codes) != 1:
        return None, []
    return Actor(country_name(source_codes[0]), source_codes[0], "government"), list(source_codes)


def _patient(verb: Any, ctx: DocumentContext, source_codes: list[str]) -> Side:
    """ "Two Chilean soldiers were killed by …": the subject of a passive verb is who it was done to."""
    from pactline.language.syntax import actor_for

    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None, []
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            actor, codes = actor_for(child, ctx, None)
            if actor is not None and codes and not set(codes) & set(source_codes):
                return actor, codes[:1]
    return None, []


def _object_agent(obj: Any, ctx: DocumentContext, source_codes: list[str]) -> Side:
    """The agent inside an object ("the initiative proposed by China", "an admission by Moscow")."""
    from pactline.language.syntax import actor_for

    for tok in obj.subtree:
        if tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "by" and tok.head.head.i == obj.i):
            actor, codes = actor_for(tok, ctx, None)
            if actor is not None and codes and not set(codes) & set(source_codes):
                return actor, codes[:1]
    return None, []


@cache
def _visit_lemmas() -> frozenset[str]:
    """Verbs that report a visit (data/event_verbs.json, mode "visit")."""
    return frozenset(e["lemma"] for e in vocab.load("event_verbs.json")["verbs"] if e.get("mode") == "visit")


def _unplaced_person(verb: Any, ctx: DocumentContext) -> Actor | None:
    from pactline.language.syntax import actor_for, noun_phrase

    for child in verb.children:
        heads = [child] if child.dep_ in ("dobj", "dative") else []
        if child.dep_ == "prep" and child.lower_ in ("with", "on", "to", "for"):
            heads = [g for g in child.children if g.dep_ == "pobj"]
        for head in heads:
            if head.pos_ == "PROPN":
                actor, codes = actor_for(head, ctx, None)
                if unplaced_actor(actor, codes):
                    return Actor(noun_phrase(head).text, None, actor.role)
    return None
