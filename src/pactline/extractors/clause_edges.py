"""The edges of a pledge's or stance's clause: no dangling punctuation or conjunction, no lost negation, no word
cut at its hyphen."""

from __future__ import annotations

from typing import Any

Token = Any


def with_negation(tokens: list[Token], verb: Token) -> list[Token]:
    """ "will not allow anyone to …": the negation the clause's words would otherwise lose."""
    have = {t.i for t in tokens}
    negations = [c for c in verb.children if c.dep_ == "neg" and c.i not in have]
    return sorted(tokens + negations, key=lambda t: t.i) if negations and tokens else tokens


def whole_words(tokens: list[Token]) -> list[Token]:
    """A clause never starts inside a hyphenated word ("co-host the summit", not "host the summit")."""
    doc = tokens[0].doc if tokens else None
    while tokens and tokens[0].i >= 2 and doc[tokens[0].i - 1].text == "-" and not doc[tokens[0].i - 1].whitespace_ \
            and not doc[tokens[0].i - 2].whitespace_:
        tokens = [doc[tokens[0].i - 2], doc[tokens[0].i - 1], *tokens]
    return tokens


_SAYING = frozenset({"say", "add", "tell", "state", "stress", "note", "write"})


def trimmed(tokens: list[Token]) -> list[Token]:
    """Without dangling ends: punctuation, "and", a bare "is" whose own words are another record's, or a relative
    clause of saying whose words are another stance's ("… in a letter, in which he said"); and without a
    headline's next item ("…, Ruto to visit Lima in May"), which is no part of this one."""
    tokens = _before_next_item(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc" or tokens[-1].pos_ == "AUX"
                      or tokens[-1].lemma_ == "be"):
        tokens.pop()
    last = tokens[-1] if tokens else None
    if last is not None and last.lemma_ in _SAYING and any(
            c.dep_ == "prep" and any(g.lower_ in ("which", "whom") for g in c.children) for c in last.children):
        first = min(t.i for t in last.subtree)
        return trimmed([t for t in tokens if t.i < first]) if first > tokens[0].i else tokens
    return tokens


def _before_next_item(tokens: list[Token]) -> list[Token]:
    """Up to a comma followed by a name and an infinitive ("A, B agree to build a port, Petro to visit Quito
    in May"): headline shorthand for what that named one will do, an item of its own."""
    def named(t: Token) -> bool:  # the parser reads a surname in a headline as a proper or a common noun
        return t.pos_ == "PROPN" or (t.is_title and t.pos_ == "NOUN")

    for k, tok in enumerate(tokens[:-3]):
        if tok.text != "," or not named(tokens[k + 1]):
            continue
        rest = tokens[k + 1 :]
        n = next((j for j, t in enumerate(rest) if not named(t)), len(rest))
        if n + 1 < len(rest) and rest[n].lower_ == "to" and rest[n + 1].tag_ == "VB":
            return tokens[:k]
    return tokens


def leading_trimmed(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark")):
        tokens = tokens[1:]
    return tokens


def after_cut_subject(clause: list[Token], subject: Token | None) -> list[Token]:
    """ "Under the protocol, Spain will mobilise …": the words before a subject the record cut out would be glued
    to the verb ("Under the protocol mobilise …"); the record's text starts after the subject."""
    if subject is None or any(t.i == subject.i for t in clause):
        return clause
    first = min(t.i for t in subject.subtree)
    return [t for t in clause if t.i > first] if any(t.i < first for t in clause) else clause


def coordinated_verb(token: Token) -> bool:
    """A verb coordinated with the one before it: a conjunct, or a finite verb right after "and" that the parser
    hung as an adverbial clause ("stressed the importance of addressing X and called on Y to …")."""
    if token.dep_ == "conj":
        return True
    doc = token.doc
    return token.dep_ == "advcl" and token.tag_ in ("VBD", "VBZ") and token.i > 0 and doc[token.i - 1].lower_ == "and" \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in token.children)


def clause_of_its_own(verb: Token) -> bool:
    """ "agreed that ministers will meet annually, and that a forum will be held in Lome": a coordinated verb with
    a subject of its own is a pledge of its own, never glued onto the first one's words."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def quoted_ahead(verb: Token, t: dict[str, Any]) -> list[Token]:
    """ "“We are dismayed that Oslo has not paid,” the minister told reporters in Accra": a judged quotation
    leading its reporting verb is the stance's text, not the reporting clause after it."""
    from pactline.extractors.cue_shapes import _QUOTE_MARKS, clause_judges

    if verb.lemma_.lower() not in t["reporting"]:
        return []
    lead = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and clause_judges(c, t)]
    return [w for w in lead[0].subtree if w.text not in _QUOTE_MARKS] if lead else []


def second_content(token: Token, stance: Token) -> Token | None:
    """ "stressed that A and B are rivals, and that A will keep investing": a pledge in a further clause coordinated
    with what the stance says first; the stance stands beside it. The first clause's verb, or None."""
    while token.head.i != token.i and token.head.i != stance.i:
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and token.head.head.i == stance.i:
            return token.head
        token = token.head
    return None


def clause_text(tokens: list[Token]) -> str:
    """The clause's words; a relative pronoun that is the pledged act's object stands for its antecedent ("the
    ring road, which Peru has agreed to finish by 2028" -> "finish the ring road by 2028", not "finish by 2028")."""
    from pactline.language.syntax import tokens_text

    tokens = whole_words(tokens)
    have = {t.i for t in tokens}
    pronoun = next((p for t in tokens for p in t.children if p.tag_ == "WDT" and p.dep_ == "dobj" and p.i not in have
                    and p.i < t.i), None)
    relative = next((a for a in ([pronoun.head, *pronoun.head.ancestors] if pronoun is not None else [])
                     if a.dep_ in ("relcl", "acl")), None)
    if relative is None or relative.head.pos_ not in ("NOUN", "PROPN") or relative.head.i in have or relative.head.i > pronoun.i:
        return tokens_text(tokens)
    thing = relative.head
    while thing.dep_ == "pobj" and thing.head.dep_ == "prep" and thing.head.head.pos_ in ("NOUN", "PROPN"):
        thing = thing.head.head  # "the solar farm near Darkhan, which …": the whole thing named
    cut = {t.i for t in relative.subtree}
    named = [t for t in thing.subtree if t.i not in cut]
    while named and named[-1].is_punct:
        named.pop()
    verb = pronoun.head
    after = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"])
    before, rest = [t for t in tokens if t.i <= after], [t for t in tokens if t.i > after]
    return " ".join(part for part in (tokens_text(before), tokens_text(named), tokens_text(rest)) if part)


def item_clause(item: Token) -> list[Token]:
    """One item of a listed pledge ("build X, Y and Z": Y), without the items after it."""
    skip: set[int] = set()
    for child in item.children:
        if child.dep_ in ("conj", "cc") or child.dep_ == "punct" and child.i > item.i:
            skip |= {t.i for t in child.subtree}
    tokens = [t for t in item.subtree if t.i not in skip]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    return tokens
