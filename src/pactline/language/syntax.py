"""Helpers over spaCy's dependency parse shared by the extractors: subjects, phrases, clauses, actors."""

from __future__ import annotations

from functools import cache
from typing import Any

from pactline.core.records import Actor
from pactline.core.vocab import load
from pactline.language.actors import DocumentContext, gazetteer, names_currency, resolve
from pactline.language.leaders import name_tagged_as_noun
from pactline.language.speakers import joint_act, speaker_actor
from pactline.language.token_memo import per_token

Token = Any
Span = Any

# People acting as a group (data/group_nouns.json): events name them as actors ("Thousands of students demonstrated …").
GROUP_NOUNS = frozenset(w for words in load("group_nouns.json")["groups"].values() for w in words)
PRONOUNS = {"it", "he", "she", "they", "we", "i", "its", "his", "her", "their", "our"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_PHRASE_STOP_DEPS = {"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "parataxis"}


def subject_of(verb: Token) -> Token | None:
    """The subject governing ``verb``, climbing xcomp, conj and acomp chains ("agreed to strengthen")."""
    seen, current = 0, verb
    while current is not None and seen < 8:
        seen += 1
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        if current.dep_ in ("xcomp", "conj", "acomp", "oprd", "advcl") and current.head is not current:
            invitee = current.dep_ == "xcomp" and current.head.lemma_.lower() == "invite" and next(
                (c for c in current.head.children if c.dep_ == "dobj"), None)
            if invitee:
                return invitee  # "A invited B to visit Lima": B is the one who will visit
            current = current.head
            continue
        return _invited_subject(current)
    return None


def _invited_subject(verb: Token) -> Token | None:
    """ "At the invitation of President A, President B paid a visit": the parser may take B for a second
    inviter (a conjunct or an apposition of A) and leave the verb without a subject; B is the subject."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for invitation in prep.children:
            if invitation.dep_ == "pobj" and invitation.lemma_.lower() == "invitation":
                inviters = [g for of in invitation.children if of.dep_ == "prep" and of.lower_ == "of"
                            for g in of.children if g.dep_ == "pobj"]
                for inviter in inviters:
                    last = [c for c in inviter.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN"]
                    if last and not any(c.dep_ == "cc" for c in inviter.children):
                        return last[-1]
    return None


@per_token
def noun_phrase(token: Token) -> Span:
    """The token's phrase without relative clauses, appositions and coordinated phrases; a name's first word the
    parser hung loose on the verb beside it is part of it ("Côte d'Ivoire said …"; not a day or month)."""
    keep, stack = [token], list(token.children)
    while stack:
        child = stack.pop()
        if child.dep_ not in _PHRASE_STOP_DEPS:
            keep.append(child)
            stack.extend(child.children)
    start, end = min(t.i for t in keep), max(t.i for t in keep) + 1
    from pactline.language.dates import MONTHS, WEEKDAYS

    while start > 0 and (left := token.doc[start - 1]).pos_ == "PROPN" and left.dep_ in ("dep", "npadvmod") \
            and left.head.i in (token.i, token.head.i) and left.lower_ not in MONTHS and left.lower_ not in WEEKDAYS:
        start -= 1
    return token.doc[start:end]


def coordinated(token: Token) -> list[Token]:
    """The token and its conjuncts: "Chile and Peru" -> [Chile, Peru]; a subject's named by its apposition too
    ("Chile's minister Ana Soto and her Peruvian counterpart": the parser hangs the counterpart on the name)."""
    conjs = [c for c in token.children if c.dep_ == "conj"]
    if not conjs and token.dep_ in ("nsubj", "nsubjpass"):
        conjs = [c for a in token.children if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"]
    return [token, *(t for child in conjs for t in coordinated(child))]


def listed_name(token: Token, ctx: DocumentContext) -> list[Token]:
    """ "Boric, Arce agree to …": a bare name set beside another with a comma (the headline's "and") when
    the two are people of different countries; "Boric, Chile's president" is one person."""
    if token.dep_ in _SUBJECT_DEPS and token.pos_ == "NOUN":
        return _listed_country(token, ctx)
    if token.pos_ != "PROPN" or token.dep_ not in _SUBJECT_DEPS:
        return []
    # The parser hangs the second name on the first (appos) or on the verb (a second subject, npadvmod).
    doc = token.doc
    beside = [doc[i] for i in (token.i - 2, token.i + 2) if 0 <= i < len(doc) and doc[min(i, token.i) + 1].text == ","]
    listed = next((c for c in beside if c.pos_ == "PROPN" and c.head.i in (token.i, token.head.i)
                   and c.dep_ in ("appos", "nsubj", "npadvmod", "dep") and c.sent == token.sent), None)
    if listed is None or any(c.dep_ not in ("compound", "punct") for c in listed.children):
        return []
    _a, head_codes = resolve(noun_phrase(token).text, ctx)
    _b, listed_codes = resolve(noun_phrase(listed).text, ctx)
    return [listed] if head_codes and listed_codes and set(listed_codes) != set(head_codes) else []


def _listed_country(token: Token, ctx: DocumentContext) -> list[Token]:
    """ "Kyrgyzstan, Tajikistan leaders agree …": a country set with a comma before a subject that names
    another country (the headline's "and"), hung on the verb."""
    doc, start = token.doc, noun_phrase(token).start
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].pos_ != "PROPN":
        return []
    listed = doc[start - 2]
    if listed.head.i != token.head.i or listed.dep_ not in ("npadvmod", "nsubj", "dep") or listed.sent != token.sent:
        return []
    _a, head_codes = resolve(noun_phrase(token).text, ctx)
    _b, listed_codes = resolve(listed.text, ctx)
    return [listed] if head_codes and listed_codes and set(listed_codes) != set(head_codes) else []


@per_token
def is_actor_head(token: Token) -> bool:
    """Whether a noun can stand for a state actor: a country, a person, a title, a collective."""
    gaz = gazetteer()
    text = token.text
    lower = token.lower_
    if (surface := gaz.surfaces.get(text) or gaz.surfaces.get(text.rstrip("’'s"))) is not None:
        return not names_currency(token.doc.text, token.idx + len(text), surface[1])  # "US dollars": a currency
    if token.pos_ == "PROPN":
        from pactline.language.dates import MONTHS, WEEKDAYS

        return token.lower_.rstrip(".") not in MONTHS and token.lower_ not in WEEKDAYS
    if lower in PRONOUNS:
        return True
    if name_tagged_as_noun(token):
        return True  # "Lula will visit Beijing", "…," Morales said": a name the tagger took for a common noun
    if text in gaz.organisations or any(c.dep_ in ("compound", "nmod") and c.text in gaz.organisations for c in token.children):
        return True  # "ECOWAS" (tagged a common noun), "the UN mission in Mali"
    heads = _actor_nouns()
    return lower in heads or token.lemma_.lower() in heads


_COLLECTIVE_NOUNS = {"sides", "parties", "countries", "states", "nations", "governments", "leaders", "presidents",
                     "side", "party", "country", "state", "heads", "premiers", "ministers", "peoples"}


@cache
def _actor_nouns() -> frozenset[str]:
    """Nouns that head an actor phrase: the last word of every title (singular and plural), groups, collectives."""
    titles = {t[0].split()[-1] for t in gazetteer().titles}
    titles |= {t[:-1] for t in titles if t.endswith("s")}
    from pactline.language.org_refs import (
        referring_nouns,  # "the bloc", "allies": an organisation named before
    )

    return frozenset(titles | GROUP_NOUNS | _COLLECTIVE_NOUNS | referring_nouns())


def _reporter(pronoun: Token) -> Token | None:
    """The named subject of the verb whose reported clause the pronoun opens ("X said they/we would …")."""
    clause = pronoun.head
    joint = pronoun.lower_ == "we" and joint_act(clause.lemma_.lower())  # "“We agreed …,” X said": both sides
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "“We reject A, and we call for B,” X said": the second clause is reported too
    if pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != "ccomp" or joint:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUNS), None)


def actor_for(token: Token, ctx: DocumentContext, last: tuple[Actor | None, list[str]] | None) -> tuple[Actor | None, list[str]]:
    """Resolve a subject or object token to (actor, party codes); pronouns take the last actor seen."""
    if last is not None:
        return _actor_for(token, ctx, last)
    # The event and pledge extractors (their actor memories, targets, holders) resolve the same tokens against
    # the same context, which is not changed once built: each token is resolved once per parsed text and
    # context, its codes handed out as copies (callers extend them).
    held = token.doc.user_data.get(_RESOLVED)
    if held is None or held[0] is not ctx:
        held = token.doc.user_data[_RESOLVED] = (ctx, {})
    found = held[1].get(token.i)
    if found is None:
        found = held[1][token.i] = _actor_for(token, ctx, None)
    return found[0], list(found[1])


_RESOLVED = "pactline.actor_for"


def _actor_for(token: Token, ctx: DocumentContext, last: tuple[Actor | None, list[str]] | None) -> tuple[Actor | None, list[str]]:
    if token.lower_ in ("they", "we", "i") and (reporter := _reporter(token)) is not None:
        # "Kenyan opposition leaders said they would boycott …": "they" in what a group reports is the group.
        actor, codes = actor_for(reporter, ctx, last)
        if actor is not None and codes:
            return actor, codes
    if token.doc.user_data.get("speaker") and (spoken := speaker_actor(token, ctx)) is not None:
        return spoken  # "PRESIDENT RUTO: … we will not withdraw": a transcript turn's "I" and "we"
    if token.lower_ in PRONOUNS:
        main = ctx.main_parties
        if token.lower_ in ("they", "we") and len(main) == 2 and (last is None or not set(main) <= set(last[1])):
            # "They discussed …" in a bilateral text: both countries, unless the last plural actor holds both.
            return Actor(token.text, None, "government"), main
        found = last if last else (None, [])
        others = [c for c in coordinated(token) if c is not token]
        if found[0] is not None and others:
            # "he and President Boric": the pronoun's actor plus the named partner.
            codes = list(found[1])
            for other in others:
                _a, more = actor_for(other, ctx, None)
                codes.extend(c for c in more if c not in codes)
            return found[0], codes
        return found
    if not is_actor_head(token):
        return None, []
    codes: list[str] = []
    actor: Actor | None = None
    unplaced = 0
    names = []
    for part in coordinated(token) + listed_name(token, ctx):
        phrase = _without_topic(part)
        found, parties = resolve(phrase, ctx)
        found, phrase = _without_setting(part, phrase, found, parties, ctx)
        appos = next((c for c in part.children if c.dep_ == "appos"), None)
        if appos is not None and (not parties or part.pos_ == "NOUN"):
            # "His Highness Sheikh Mohamed bin Zayed", "the visiting leader, President Ruto": the apposition names who;
            # so it does beside a noun that places him ("his Ghanaian counterpart Ama Mensah").
            named, named_parties = resolve(noun_phrase(appos).text, ctx)
            if named_parties and (not parties or named_parties == parties):
                phrase, found, parties = noun_phrase(appos).text, named, named_parties
        names.append(found.name if found is not None and found.name != phrase and found.country else phrase)
        if found is None:
            continue
        unplaced += not parties
        actor = actor or found
        codes.extend(c for c in parties if c not in codes)
    codes = _with_other_side(token, codes, unplaced, ctx.main_parties)
    if actor is not None and len(coordinated(token)) > 1:
        # "UAE President and Abu Dhabi": a capital reads as its country; "Israeli tanks and jets" keep one.
        actor = Actor(" and ".join(names), codes[0] if len(codes) == 1 else None, actor.role)
    if not codes and (actor is None or actor.role != "igo") and (home := _based_in(token)):
        # "a newspaper based in Aden", "a militant group headquartered in Mindanao": where it is based.
        actor, codes = Actor(actor.name if actor else noun_phrase(token).text, home, actor.role if actor else None), [home]
    return actor, codes


def _with_other_side(token: Token, codes: list[str], unplaced: int, main: list[str]) -> list[str]:
    """Codes completed with the other side ("Kishida and Yoon", one placed; "the Premier and his counterpart")."""
    parts = coordinated(token)
    other_side = any(p.lower_ in ("counterpart", "host", "guest") for p in parts)
    if (unplaced or other_side and len(parts) > 1) and len(codes) == 1 and len(main) == 2 and codes[0] in main:
        return codes + [next(c for c in main if c != codes[0])]
    return list(main) if not codes and unplaced and len(main) == 2 and other_side else codes


_BASED = ("base", "based", "headquarter", "headquartered", "locate", "located", "station", "stationed")


def _based_in(token: Token) -> str | None:
    from pactline.language.places import place_country

    for acl in (c for c in token.children if c.dep_ == "acl" and c.lower_ in _BASED):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                names = [t.text for t in pobj.subtree if t.pos_ == "PROPN"]
                code = place_country(" ".join(names)) or next(
                    (c for c in (place_country(n) for n in names) if c), None)
                if code:
                    return code
    return None


_SETTING_PREPS = ("on", "in", "at", "during")
_TOPIC_PREPS = ("about", "regarding", "concerning")


def _without_topic(token: Token) -> str:
    """The actor's phrase without what was said about ("told his counterpart about a Russian drone attack"):
    a topic is never who heard it."""
    span = noun_phrase(token)
    topic = [t.i for c in token.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and c.i > token.i
             for t in c.subtree]
    if not topic or min(topic) <= span.start:
        return span.text
    return token.doc[span.start : min(topic)].text.rstrip(" ,")


def _without_setting(token: Token, phrase: str, found: Actor | None, parties: list[str],
                     ctx: DocumentContext) -> tuple[Actor | None, str]:
    """The actor's name without the when and where the parser hung on it ("his Kenyan counterpart in
    Nairobi", "Somalia's president on Thursday"), when the shorter name says the same countries: a place is
    never part of who acted."""
    if found is None:
        return found, phrase
    cut = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS and c.i > token.i]
    if not cut:
        return found, phrase
    first = min(t.i for c in cut for t in c.subtree)
    start = noun_phrase(token).start
    if first <= token.i or first <= start:
        return found, phrase
    short = token.doc[start:first].text.rstrip(" ,")
    shorter, short_parties = resolve(short, ctx)
    if shorter is None or short_parties != parties:
        return found, phrase
    return shorter, short


def clause_tokens(verb: Token, exclude_conj_verbs: bool = True) -> list[Token]:
    """Tokens of a verb's clause without its subject and without coordinated verbs' clauses."""
    out = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        for child in tok.children:
            if child.dep_ in _SUBJECT_DEPS and tok is verb:
                continue
            if exclude_conj_verbs and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and tok is verb:
                continue
            if tok is verb and child.dep_ in ("aux", "auxpass", "neg", "mark") and child.i < verb.i:
                continue
            if tok is verb and child.dep_ == "prep" and child.lower_ == "according":
                continue
            if tok is verb and child.dep_ == "punct" and child.i < verb.i:
                continue
            stack.append(child)
    out.sort(key=lambda t: t.i)
    while out and (out[-1].dep_ in ("cc", "punct") or out[-1].is_punct):  # trim coordinators, punctuation
        out.pop()
    while out and (out[0].dep_ in ("cc", "punct") or out[0].is_punct):
        out.pop(0)
    return out


def tokens_text(tokens: list[Token]) -> str:
    """Text of tokens in order, as one contiguous slice of the document when they are contiguous."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    start, end = tokens[0].i, tokens[-1].i + 1
    if end - start == len(tokens):
        return doc[start:end].text
    # Where words were cut out ("system, which …, underlined"), a kept word may carry no space of its own.
    parts = []
    for tok, nxt in zip(tokens, tokens[1:] + [None], strict=True):
        gap = nxt is not None and nxt.i != tok.i + 1 and not tok.whitespace_
        parts.append(tok.text_with_ws + (" " if gap and not nxt.is_punct else ""))
    return "".join(parts).strip()


def verb_conjuncts(verb: Token) -> list[Token]:
    """A verb and the verbs coordinated with it, in order."""
    out = [verb]
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            out.extend(verb_conjuncts(child))
    return sorted(out, key=lambda t: t.i)


def has_modal(verb: Token, modals: dict[str, str]) -> str | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in modals:
            return modals[child.lower_]
    # A conjunct verb shares the modal of the first verb: "will strengthen X and deepen Y".
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return has_modal(verb.head, modals)
    return None


def in_relative_clause(token: Token) -> bool:
    current = token
    for _ in range(12):
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            return True
        if current.head is current:
            return False
        current = current.head
    return False


NESTED_CLAUSES = ("advcl", "relcl", "acl", "ccomp", "csubj", "parataxis", "xcomp")


def own_clause_range(verb: Token) -> tuple[int, int, list[tuple[int, int]]]:
    """Character range of a verb's subtree, and the ranges of clauses nested in it (to be left out): its own
    clausal complements and also clauses that modify a word of its arguments ("the partnership established in
    2008", "the group, which it blamed for an attack on Saturday"), whose dates are their own acts'."""
    subtree = list(verb.subtree)
    nested = []
    pending = list(verb.children)
    while pending:
        node = pending.pop()
        if node.dep_ in NESTED_CLAUSES or (node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.i != verb.i):
            sub = list(node.subtree)
            nested.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
        else:
            pending.extend(node.children)
    return subtree[0].idx, subtree[-1].idx + len(subtree[-1].text), nested
