"""Which verb pattern of data/event_verbs.json codes a verb: its lemma (read through the lemmatizer's slips),
the words of its object and complements, and what its infinitive complement names."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.extractors.event_subjects import word_list
from pactline.extractors.event_targets import called_for
from pactline.language.syntax import is_actor_head

Token = Any
_COMMANDS = {"order", "require", "instruct", "force", "compel", "direct", "tell", "invite"}
_VOWS = {"vow", "pledge", "promise", "swear"}
_ADDRESSED = {"with", "to", "against"}


@cache
def _patterns() -> tuple[dict[str, list[dict[str, Any]]], dict[str, dict[str, Any]], dict[str, float]]:
    data = vocab.load("event_verbs.json")
    verbs: dict[str, list[dict[str, Any]]] = {}
    for entry in data["verbs"]:
        verbs.setdefault(entry["lemma"], []).append(entry)
    # Patterns with required objects or complements are tried before the bare lemma.
    for entries in verbs.values():
        entries.sort(key=lambda e: "objects" not in e and "complements" not in e)
    nouns = {n["noun"]: n for n in data["nouns"]}
    scale = {k: v for k, v in data["cameo_scale"].items() if not k.startswith("_")}
    return verbs, nouns, scale


def _participle_by(clause: Token) -> bool:
    """ "…, co-chaired by the two presidents", "…, attended by both delegations": a participle with its own agent
    tells who took part in what the verb reports, not what was reported (so never "held the chair")."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" and (
        any(c.dep_ == "agent" for c in clause.children) or clause.i + 1 < len(clause.doc) and clause.nbor().dep_ == "advcl")


def _object_words(verb: Token) -> set[str]:
    out = set()
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "the partnership jointly announced by …": the modified noun is what was announced.
        head = verb.head
        out.update({head.lemma_.lower(), head.lower_})
        if head.dep_ == "pobj" and head.head.lower_ == "of":
            out.add(head.head.head.lemma_.lower())
    passive = any(c.dep_ in ("agent", "auxpass") for c in verb.children)
    for child in verb.children:
        if passive and child.dep_ in ("advcl", "nsubjpass", "csubjpass") and not _participle_by(child):
            # "raising the status … to a partnership, jointly announced by the leaders": what was announced.
            out.update(t.lemma_.lower() for t in list(child.subtree)[:30] if t.pos_ in ("NOUN", "PROPN", "VERB"))
        if child.dep_ in ("dobj", "attr", "prt", "dative", "nsubjpass", "npadvmod", "oprd"):  # oprd: "called it a sham"
            out.update({child.lemma_.lower(), child.lower_})
            for grand in child.children:
                if grand.dep_ in ("compound", "amod"):
                    out.add(grand.lemma_.lower())
                if grand.dep_ == "acl" and grand.tag_ == "VBG" and child.tag_ == "NNS" and grand.i == child.i + 1:
                    out.add(grand.lower_)  # "held a leaders meeting with …": the noun read as a participle
                if grand.dep_ == "prep" and grand.lower_ == "of" and child.dep_ in ("dobj", "oprd"):
                    # "declared a state of emergency": the head of the of-phrase names the act.
                    out.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
                if grand.dep_ == "prep" and grand.lower_ in _ADDRESSED and child.dep_ == "dobj":
                    out.add(grand.lower_)  # "filed a complaint with the Council", "… against Togo": to whom, at whom
        if child.dep_ == "xcomp" and (child.tag_ == "VBG" or verb.lemma_.lower() in _COMMANDS):
            # "announced upgrading a dialogue", "ordered Latvia to cut its embassy staff": what was announced or ordered
            out.update({child.lemma_.lower(), child.lower_} | {g.lemma_.lower() for g in child.children if g.dep_ == "dobj"})
        if child.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in child.children) and (
                child.pos_ == "NOUN" or verb.lemma_.lower() in word_list("naming_verbs")):
            # "declaring it a 'hostile state'", "declared the attaché persona non grata": the parser reads the
            # naming as a clause with a nominal (or mistaken verbal) head
            out.update({child.lemma_.lower()} | {g.lemma_.lower() for g in child.children
                                                 if g.dep_ in ("amod", "compound", "dobj")})
        out |= _enabled_acts(verb, child) | _apposed(child) | _misread_noun(child) | _due(verb, child)
        if child.dep_ == "ccomp" and verb.lemma_.lower() in _COMMANDS:
            # "ordered all border crossings closed": the ordered state and what it is said of
            out.update({child.lemma_.lower(), child.lower_})
            out.update(g.lemma_.lower() for g in child.children if g.dep_ in ("nsubj", "nsubjpass"))
        if child.dep_ == "ccomp" and verb.lemma_.lower() in _VOWS:
            # "vowed that Israel would face severe punishment": what the vowed clause holds out
            out.update(g.lemma_.lower() for g in child.children if g.dep_ == "dobj")
        if child.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "must" for a in child.children):
            out.add("must")  # "said that Peru must withdraw": the reported clause is a demand
        if called_for(child):
            out.add("for")  # "called for Kenya to withdraw": the parser hangs the "for" on the clause called for
        if child.dep_ in ("prep", "agent"):
            if child.lower_ == "on" and _dated(child):
                continue  # "called Tinubu on Friday to congratulate him": a day, no "call on"
            out.add(child.lower_)
            for grand in child.children:
                if grand.dep_ == "pobj" or child.lower_ == "as" and grand.dep_ in ("amod", "acomp"):
                    out.update({grand.lemma_.lower(), grand.lower_})  # "described the rule as discriminatory"
                if grand.dep_ == "pobj" and child.lower_ == "with":  # "supply Iran with 5 million tonnes of gas"
                    out.update(g.lemma_.lower() for p in grand.children if p.lower_ == "of" for g in p.children)
    return out | _naming_words(verb) if verb.lemma_.lower() in word_list("naming_verbs") else out


def _naming_words(verb: Token) -> set[str]:
    """ "declared an attaché of the mission persona non grata": the words that follow a verb of naming up to the
    end of its own clause, whatever the parser made of a foreign phrase; only when the clause ends in a naming
    complement (word list naming_complements)."""
    out: list[str] = []
    for tok in verb.doc[verb.i + 1 : verb.i + 16]:
        if tok.dep_ in ("mark", "cc") or tok.is_punct and tok.text not in ("'", "\u2019", "-") or tok.tag_ in (
                "VBD", "MD", "VBP", "VBG", "WDT"):
            break
        out.append(tok.lower_)
    return set(out) if set(out) & set(word_list("naming_complements")) else set()


def _misread_noun(child: Token) -> set[str]:
    """ "shut the Chacalluta crossing": a noun after a named object that the parser read as a participle of the
    verb (the name is its modifier, the noun the object)."""
    doc = child.doc
    if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > 0 and doc[child.i - 1].dep_ == "dobj" and (
            doc[child.i - 1].tag_ in ("NNP", "NNPS") and doc[child.i - 1].head.i == child.head.i):
        return {child.lower_}
    return set()


def _due(verb: Token, child: Token) -> set[str]:
    """ "is due in Lima next week": the adjective of a "be" that tells a visit to come, with its preposition."""
    if child.dep_ == "acomp" and verb.lemma_.lower() == "be":
        return {child.lower_} | {p.lower_ for p in child.children if p.dep_ == "prep"}
    return set()


def _apposed(child: Token) -> set[str]:
    """ "summoned Ana Ruiz, deputy head of the Chilean mission": what an object's apposition calls it (its head,
    modifiers and of-phrase)."""
    if child.dep_ not in ("dobj", "nsubjpass"):
        return set()
    out = set()
    for appos in (g for g in child.children if g.dep_ == "appos"):
        out |= {appos.lemma_.lower()} | {g.lemma_.lower() for g in appos.children if g.dep_ in ("amod", "compound")}
        out |= {o.lemma_.lower() for p in appos.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"}
    return out


def _enabled_acts(verb: Token, child: Token) -> set[str]:
    """What a verb of help or a deadline names as the act ("will support Ghana to rebuild", "will assist Peru in
    building", "gave the envoys a week to leave"): the infinitive or gerund that says what is to be done."""
    lemma = verb.lemma_.lower()
    enabling, granting = lemma in word_list("enabling_verbs"), lemma in word_list("granting_verbs")
    if not (enabling or granting):
        return set()
    if child.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children) and (
            enabling and child.dep_ == "xcomp" or granting):
        return {child.lemma_.lower()} | {g.lemma_.lower() for g in child.children if g.dep_ == "dobj"}
    if child.dep_ == "prep" and child.lower_ == "in" and enabling:
        return {g.lemma_.lower() for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"}
    if child.dep_ in ("dobj", "npadvmod", "dative") and granting:
        return {g.lemma_.lower() for g in child.children if g.dep_ in ("relcl", "acl") and g.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)}
    return set()


def _dated(prep: Token) -> bool:
    """Whether a preposition's object is a day or time ("on Friday", "on 3 May", "on Monday evening")."""
    from pactline.language.dates import MONTHS, WEEKDAYS

    times = set(MONTHS) | set(WEEKDAYS) | {"day", "morning", "afternoon", "evening", "night", "occasion", "sidelines"}
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.like_num or g.lower_.rstrip(".") in times or any(
        t.lower_.rstrip(".") in times for t in g.children if t.dep_ in ("compound", "nummod")) for g in objects)


def _lemma_candidates(verb: Token) -> list[str]:
    """The parser's lemma first, then plain suffix stripping, since the lemmatizer errs ("staged" -> "stag")."""
    word = verb.lower_
    out = [verb.lemma_.lower(), word]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    if len(word) > 4 and word[-3:-2] == word[-4:-3] and word.endswith("ed"):
        out.append(word[:-3])  # "stopped" -> "stop"
    return list(dict.fromkeys(out))


_MATCHED = "matched_verbs"  # the Doc's user_data entry that keeps match_verb's answer per token index


def match_verb(verb: Token) -> dict[str, Any] | None:
    """The verb pattern entry ``verb`` matches, or None. Answered once per token of a parse (the extractors ask
    it of the same verb many times: for each token, for the head of each noun, for vetoes). Sound only while no
    code changes a parse after it is made: a retokenize (merging or splitting tokens) or a reassigned head, lemma
    or label would leave stale answers here and in day_counts.clause_chars (neither exists anywhere now)."""
    memo = verb.doc.user_data.setdefault(_MATCHED, {})
    if verb.i not in memo:
        memo[verb.i] = _match_verb(verb)
    return memo[verb.i]


def _match_verb(verb: Token) -> dict[str, Any] | None:
    verbs = _patterns()[0]
    entries = next((verbs[c] for c in _lemma_candidates(verb) if c in verbs), None)
    if not entries:
        return None
    objects, infinitives = _object_words(verb), _infinitives(verb)
    veto = (objects | _topics(verb)) - _places(verb) - _presiding(verb) | infinitives
    for entry in entries:
        if entry.get("complement") == "own_infinitive" and not _own_infinitive(verb):
            continue
        if veto & set(entry.get("unless", ())) or _any_object(verb, entry.get("unless_any", ())):
            continue  # "spoke with reporters": no partner of the act; "declined to comment": no refusal
        if entry.get("addressee") and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue  # "assured that …": a statement, no pledge to anyone
        if entry.get("recipient") and not any(c.dep_ in ("dobj", "dative") and is_actor_head(c) for c in verb.children):
            continue  # "supports building a shared future": help given to no one
        if entry.get("infinitive") and not (infinitives and any(
                c.dep_ == "dobj" and is_actor_head(c) for c in verb.children)):
            continue  # "encouraging stable societies", "encourages its firms to invest": no party is asked to act
        if entry.get("courtesy") and not _courtesy_call(verb):
            continue  # "called on the Prime Minister": a visit paid; "called on X to act" is a request
        if "complements" in entry and not infinitives & set(entry["complements"]):
            continue
        if entry.get("owned") and not _owned_object(verb):
            continue  # "police stopped vehicles at a checkpoint": no state's vehicles held
        if entry.get("of_named") and _of_another(verb, set(entry["objects"])):
            continue  # "did not rule out the option of a joint bid": an option of no response
        required = entry.get("objects")
        if required is None or objects & set(required) and (not entry.get("also") or objects & set(entry["also"])):
            return entry
    return None


def _of_another(verb: Token, objects: set[str]) -> bool:
    """ "ruled out the option of a joint bid": a direct object among ``objects`` whose of-phrase names a thing that is
    not ("the option of sanctions" names one that is)."""
    return any(c.dep_ == "dobj" and c.lower_ in objects and any(
        g.dep_ == "prep" and g.lower_ == "of" and any(
            p.dep_ == "pobj" and p.lower_ not in objects and p.lemma_.lower() not in objects for p in g.children)
        for g in c.children) for c in verb.children)


def called_off(noun: Token) -> bool:
    """ "called off the visit", "suspended the talks": an occasion that a sanctioning verb calls off."""
    return (noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
            and (match_verb(noun.head) or {}).get("type") == "SANCTION")


def _infinitives(verb: Token) -> set[str]:
    """Lemmas of the verb's "to" infinitive complements ("declined to comment" -> comment)."""
    return {c.lemma_.lower() for c in verb.children
            if c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}


def vetoed(verb: Token) -> bool:
    """Whether the verb names no act because an 'unless' word set its pattern aside ("declined to comment",
    "expressed concern about the situation"): the sentence is then no candidate for the learned typer either."""
    verbs = _patterns()[0]
    entries = next((verbs[c] for c in _lemma_candidates(verb) if c in verbs), None)
    if not entries or match_verb(verb) is not None:
        return False
    words = _veto_words(verb)
    return any((words & set(e.get("unless", ())) or _any_object(verb, e.get("unless_any", ())))
               and (e.get("objects") is None or words & set(e["objects"])) for e in entries)


def _any_object(verb: Token, nouns: Any) -> bool:
    """ "opposes any attempt to change the status quo", "opposed any unilateral moves": an object of ``nouns``
    quantified by "any" is a case still hypothetical, so the verb states a position and names no act of anyone
    it opposes ("opposed any pact that …" names a pact that may exist: still a rejection); nor is one its own
    words tell as a named party's or as done (``_case_done``)."""
    return bool(nouns) and any(c.dep_ == "dobj" and c.lower_ in nouns and any(
        d.dep_ == "det" and d.lower_ == "any" for d in c.children) and not _case_done(verb, c) for c in verb.children)


def _case_done(verb: Token, obj: Token) -> bool:
    """ "any attempts by Uganda to move the markers", "any changes that Uganda made", "any changes Uganda has made",
    "any moves made last week": an "any" object with a named doer ("by" an actor, on the object or, as the
    parser may hang it, on the active verb after it), a clause of it told in the past, or a date told as past
    names acts done, not a case still hypothetical."""
    from pactline.extractors.event_time import past_dated_text

    clauses = [t for t in obj.subtree if t.dep_ in ("relcl", "acl") and not any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    bys = [t for h in [obj, *clauses] for t in h.children if t.dep_ in ("prep", "agent") and t.lower_ == "by"]
    bys += [t for t in verb.children if t.dep_ == "prep" and t.lower_ == "by" and t.i > obj.i]
    if any(is_actor_head(n) and n.text[:1].isupper() for b in bys for p in b.children if p.dep_ == "pobj"
           for n in p.subtree):
        return True  # a named doer ("by Uganda", "by the Ugandan army"), not "by force" nor "by outside forces"
    if any(t.dep_ == "relcl" and (t.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have" for a in t.children))
           for t in clauses):
        return True  # "that Uganda made", "Uganda has made": told as done
    return past_dated_text(" ".join(t.text for t in obj.subtree))


def _veto_words(verb: Token) -> set[str]:
    """The words an 'unless' list is checked against: objects and topics (not the names of where it happened)
    and the infinitives the verb governs."""
    return (_object_words(verb) | _topics(verb)) - _places(verb) - _presiding(verb) | _infinitives(verb)


def _presiding(verb: Token) -> set[str]:
    """Who presided ("the session was held under the co-chairmanship of the two ministers", word list
    presiding_preps): no object that sets a pattern aside ("held the chairmanship" is an office, no meeting)."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in word_list("presiding_preps")]
    return {w for p in preps for t in p.subtree for w in (t.lemma_.lower(), t.lower_)}


def _places(verb: Token) -> set[str]:
    """Names of where the act took place ("held a summit at the Prime Minister's Office"): no object that sets a
    pattern aside ("held office" is no meeting; a meeting held at a named Office is one)."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return {w for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "inside")
            for g in p.children if g.dep_ == "pobj" and g.tag_ in ("NNP", "NNPS") for w in (g.lemma_.lower(), g.lower_)}


def _topics(verb: Token) -> set[str]:
    """What the verb's object is about ("expressed concern about the situation in Chad" -> situation)."""
    return {g.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("about", "over", "at", "regarding", "on")
            for g in p.children if g.dep_ == "pobj"}


def _owned_object(verb: Token) -> bool:
    """ "stopped three Indian fishing vessels", "detained the crew of a Gambian boat": the object names a state whose
    vehicles or people are held."""
    from pactline.language.actors import find_countries

    return any(find_countries(" ".join(t.text for t in c.subtree if t is not c)) for c in verb.children if c.dep_ == "dobj")


def _own_infinitive(verb: Token) -> bool:
    """ "committed to intensify …", "directed the ministries to finalise …": an infinitive of an act that is no
    event of its own (an ordered meeting or pull-back is coded as itself)."""
    for child in verb.children:
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return match_verb(child) is None
        if child.dep_ == "prep" and child.lower_ == "to":
            infinitive = [g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VB"]
            if infinitive:
                return match_verb(infinitive[0]) is None
    return False


def _courtesy_call(verb: Token) -> bool:
    """ "also called on President Tharman", "called upon the Prime Minister": a call paid on a person holding an
    office, asking nothing of anyone (no infinitive, no clause, no "for" phrase)."""
    from pactline.language.actors import role_of
    from pactline.language.syntax import noun_phrase

    if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    persons = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") and not _dated(p)
               for g in p.children if g.dep_ == "pobj"]
    return bool(persons) and all(role_of(noun_phrase(g).text) is not None and g.lemma_.lower() not in word_list("called_bodies")
                                 for g in persons)
