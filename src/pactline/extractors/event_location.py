"""Where an event happened: the place its verb's own clause names."""

from __future__ import annotations

from typing import Any

from pactline.language.analysis import SentenceInfo

Token = Any


def location_of(verb: Token, sent: SentenceInfo) -> str | None:
    """The first place named by an "in"/"at" phrase in the verb's own clause (walking through "on the
    sidelines of the summit in Astana"), with a following "in X" or apposition ("Astana, Kazakhstan")."""
    from pactline.language.actors import gazetteer

    surfaces = gazetteer().surfaces
    stack = [verb]
    seen, bound = 0, None
    while stack and seen < 60:
        head = stack.pop(0)
        seen += 1
        for child in head.children:
            if child.dep_ in ("advcl", "relcl", "ccomp", "acl", "conj", "parataxis") or child.dep_ in ("nsubj", "nsubjpass"):
                continue
            bound = bound or (_destination(head, child, surfaces) if head is verb or head.dep_ in ("xcomp", "advcl") else None)
            if _topic(child):
                continue  # "memoranda on fisheries in the Baltic": the topic's place, not the signing's
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or pobj.like_num or _is_time_word(pobj):
                        continue
                    if pobj.text in surfaces or pobj.pos_ == "PROPN":
                        parts = [_strip_article(_name_phrase(pobj))]
                        for grand in pobj.children:
                            if grand.dep_ == "prep" and grand.lower_ == "in":
                                parts.extend(_strip_article(_name_phrase(g)) for g in grand.children if g.dep_ == "pobj")
                            if grand.dep_ in ("appos", "conj") and grand.text in surfaces and 0 < grand.i - pobj.i <= 3:
                                parts.append(grand.text)
                        if len(parts) == 1:
                            parts += _town_of_venue(verb, parts[0])
                        return ", ".join(dict.fromkeys(p for p in parts if p))
            stack.append(child)
    return bound


def _destination(head: Token, child: Token, surfaces: dict[str, Any]) -> str | None:
    """ "is expected to travel to Kyiv next month", "will visit Dodoma": where a trip goes is where its meeting
    is, when no "in"/"at" phrase says otherwise (a town the gazetteer knows)."""
    from pactline.core import vocab

    if head.pos_ != "VERB" or head.lemma_.lower() not in vocab.load("roles.json")["trip_words"]["travel"]:
        return None
    places = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "to" else (
        [child] if child.dep_ == "dobj" and head.lemma_.lower() == "visit" else [])
    # a town, not a country ("visited China": the meeting's town is told elsewhere, or not at all)
    return next((_strip_article(_name_phrase(p)) for p in places if surfaces.get(p.text, ("", "name"))[1] not in
                 ("name", "demonym")), None)


def _topic(prep: Token) -> bool:
    """A phrase naming what the act is about ("on maritime safety in the Gulf", "about the war in Sudan"), not a
    frame of its occasion ("on the sidelines of the summit", "on the eve of the vote") nor a day ("on Monday")."""
    from pactline.extractors.event_time import settings

    conf = settings()
    if prep.dep_ != "prep" or prep.lower_ not in conf["topic_preps"]:
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and not any(g.lemma_.lower() in conf["occasion_frames"] or _is_time_word(g) or g.like_num
                                     for g in objects)


def _town_of_venue(verb: Token, venue: str) -> list[str]:
    """ "accorded a welcome at the Presidential Palace in Hanoi" (the parse hangs "in Hanoi" on the verb): a
    venue the gazetteer does not know takes the town another "in" phrase of the clause names."""
    from pactline.language.places import place_country

    if place_country(venue):
        return []
    for token in verb.subtree:
        if token.dep_ == "prep" and token.lower_ == "in" and token.head.dep_ not in ("relcl", "advcl", "ccomp"):
            for pobj in token.children:
                if pobj.dep_ == "pobj" and place_country(name := _strip_article(_name_phrase(pobj))):
                    return [name]
    return []


def _is_time_word(token: Token) -> bool:
    from pactline.language.dates import MONTHS, WEEKDAYS

    word = token.lower_.rstrip(".")
    return word in MONTHS or word in WEEKDAYS or word in ("time", "year", "month", "week", "day", "morning", "evening")


def _name_phrase(token: Token) -> str:
    """A place name with its modifiers and "of" phrase ("the Palace of the Nation"), no "in X" tail."""
    tokens = [t for t in token.subtree]
    keep = []
    for t in tokens:
        if t.i > token.i and t.dep_ == "prep" and t.lower_ != "of":
            break
        if t.i > token.i and t.dep_ in ("punct", "appos", "conj", "cc", "relcl", "acl"):
            break
        keep.append(t)
    return "".join(t.text_with_ws for t in keep).strip()


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article) :]
    return text


_HOMEWARD = {"fly", "return", "leave", "head", "travel", "go", "depart", "come"}


def _main_act(verb: Token) -> bool:
    """Whether the verb is the sentence's own act ("is due to fly back", "will return home"), not a step
    told beside it ("… before returning home", "looking forward to travelling to …")."""
    while verb.dep_ in ("xcomp", "conj"):
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT" and verb.dep_ == "acomp"


def homeward(verbs: Any, source_codes: list[str]) -> bool:
    """ "is due to fly back to Abuja", "will return home on Sunday", "leaves for Lahore on Monday": a traveller
    going back to their own country meets nobody; no meeting is recorded for it."""
    from pactline.language.places import place_country

    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HOMEWARD or not _main_act(verb):
            continue
        if any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj", "pobj") for c in verb.children):
            return True
        heads = [verb] + [c for c in verb.children if c.lower_ == "back"]  # "fly back to Abuja"
        places = [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                  for g in p.children if g.dep_ == "pobj"]
        for place in places:
            words = [t.text for t in place.subtree if t.pos_ == "PROPN"]
            if words and place_country(" ".join(words)) in source_codes:
                return True
    return False
