"""Pledges listed under a lead-in that ends in a colon ("Under the new framework, Ghana and Peru will:", "The two
sides agreed to:", "The ministers decided the following:"): each bulleted or numbered item that starts with a
verb and has no subject of its own is a pledge of the lead-in's parties ("• hold annual meetings …")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pactline.extractors.cue_base import Cue, cue_subject, cues_data, lemma, verb_conjuncts
from pactline.extractors.holders import names_a_body, pairs_own_body, subject_holders
from pactline.language.actors import DocumentContext
from pactline.language.sentences import LIST_MARK
from pactline.language.syntax import is_actor_head

Token = Any

_BINDING = {"agree", "pledge", "commit", "will"}  # modalities of lead-in verbs that bind their subject


@dataclass
class LeadIn:
    parties: list[str]
    modality: str
    headed: bool = False  # a list under a heading, not a lead-in: each item is judged on its own (headed_item)


def _lead_verb(tokens: list[Token]) -> tuple[Token, str] | None:
    """The modal or pledge verb the colon closes: "… will:", "… agreed to:", "… decided the following:"; or the
    verb of "the following decisions" ("told the ministers to carry out the following decisions:")."""
    data = cues_data()
    for tok in reversed(tokens[-5:-1]):
        if tok.lower_ in data["modal_auxiliaries"] and data["modal_auxiliaries"][tok.lower_] == "will":
            return tok, "will"
        modality = data["commitment_verbs"].get(lemma(tok))
        if tok.pos_ == "VERB" and modality in _BINDING:
            return tok, modality
    return _announced_list(tokens, data) or _raised_lead(tokens[-2], data)


def _raised_lead(last: Token, data: dict[str, Any]) -> tuple[Token, str] | None:
    """ "The two sides resolved to work closely together to carry out the following:": the binding verb the colon's
    clause hangs on, further up its chain of infinitives than a few words before the colon."""
    found = None
    for tok in last.ancestors:
        modality = data["commitment_verbs"].get(lemma(tok))
        if tok.pos_ == "VERB" and modality in _BINDING:
            found = (tok, modality)
        if tok.dep_ not in ("xcomp", "dobj", "advcl", "conj", "prep", "pobj", "ccomp"):
            break
    return found


def _announced_list(tokens: list[Token], data: dict[str, Any]) -> tuple[Token, str] | None:
    """ "adopted the following decisions, each with its date:": a binding noun ("decisions",
    "commitments") that "following" announces; its verb, raised to the instructing or agreeing verb above it."""
    for tok in tokens:
        modality = data["commitment_nouns"].get(lemma(tok))
        if tok.pos_ != "NOUN" or modality not in _BINDING or not any(c.lower_ == "following" for c in tok.children):
            continue
        verb = tok.head
        while verb.dep_ in ("xcomp", "ccomp", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            return verb, modality
    return None


def lead_in(span: Any, holders: Callable[[Token | None, Token], list[str]]) -> LeadIn | None:
    """The lead-in's parties and modality when the sentence ends in a colon right after a binding verb."""
    tokens = [t for t in span if not t.is_space]
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    found = _lead_verb(tokens)
    if found is None:
        return None
    verb, modality = found
    head = verb.head if verb.dep_ == "aux" else verb  # "will" may hang on a verb the parser guessed
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    parties = holders(subject, head)
    return LeadIn(parties, modality) if parties else None


def item_cue(span: Any, listing: LeadIn, text: str) -> Cue | None:
    """A listed item's pledge: a verb first after the list mark, with no subject of its own."""
    if not LIST_MARK.match(text):
        return None
    root = span.root
    words = {t.i for t in _after_mark(span)}  # "(i)" read as the subject is the mark
    if root.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in words for c in root.children):
        return None
    before = [t for t in _after_mark(span) if t.i < root.i]
    if any(t.dep_ not in ("advmod", "aux", "neg") for t in before):
        return None
    return Cue(root, verb_conjuncts(root), "commitment", listing.modality)


def listed_item(sent: Any, listing: LeadIn | None, parties: tuple[str, ...], page: str) -> tuple[Cue | None, LeadIn | None]:
    """A sentence's pledge as an item of a list, and the list it is in: under the open lead-in, else under a
    heading (headed_item); (None, the open lead-in) for any other sentence."""
    listing = continues(sent.text, listing)
    if sent.span is None:
        return None, listing
    if listing is not None and not listing.headed:
        return item_cue(sent.span, listing, sent.text), listing
    headed = headed_item(sent.span, parties, sent.text) if _under_heading(page, sent.start) else None
    return headed if headed else (None, None)


def _under_heading(text: str, start: int) -> bool:
    """Whether the line at ``start`` is an item of a list under a heading ("Economic Growth"): the first line
    above the list's items is short and ends in no punctuation (a lead-in ends in a colon)."""
    lines = text[: text.rfind("\n", 0, start + 1) + 1].split("\n")
    if not LIST_MARK.match(text[start : start + 8]):
        return False
    for line in reversed(lines):
        if line.strip() and not LIST_MARK.match(line):
            return len(line.split()) <= 8 and not re.search(r"[.:;!?,]\W*$", line.strip())
    return False


def headed_item(span: Any, parties: tuple[str, ...] | list[str], text: str) -> tuple[Cue, LeadIn] | None:
    """A bulleted item under a heading, not a lead-in (a fact sheet's "Economic Growth" / "• Launch a $150 million
    fund by 2026"): a verb of doing first, with no subject of its own and a noun as its object, pledges the
    document's two parties; a verb of saying or judging ("• Condemn the attack") is no pledge."""
    if len(parties) != 2 or len(item_tokens(span)) < 4:
        return None
    listing = LeadIn(list(parties), "will", headed=True)
    cue = item_cue(span, listing, text)
    data = cues_data()
    said = {lemma(cue.token)} & (set(data["position_verbs"]) | set(data["support_verbs"]) | set(data["courtesy"]["praise_verbs"])) \
        if cue is not None else set()
    if cue is None or said or not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM", "SYM") for c in cue.token.children):
        return None
    return cue, listing


def _after_mark(span: Any) -> list[Token]:
    mark = LIST_MARK.match(span.text)
    end = span.start_char + (mark.end() if mark else 0)
    return [t for t in span if t.idx >= end and not t.is_space]


def item_tokens(span: Any) -> list[Token]:
    """The item's words without its list mark and closing punctuation: one pledge per item."""
    tokens = _after_mark(span)
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "or")):
        tokens.pop()
    return tokens


def continues(span_text: str, listing: LeadIn | None) -> LeadIn | None:
    """The list stays open over its marked items and closes at the first unmarked sentence."""
    return listing if listing is not None and LIST_MARK.match(span_text) else None


_ENUMERATION = re.compile(r"\((?:\d{1,2}|[a-h]|i{1,3}|iv|v)\)")


def enumerated(sent_span: Any, cue: Cue) -> list[list[Token]]:
    """ "agreed on (1) X, (2) Y and (3) Z": the tokens of each numbered item after the cue."""
    after = [t for t in sent_span if t.i > cue.token.i]
    text = "".join(t.text_with_ws for t in after)
    marks = list(_ENUMERATION.finditer(text))
    if len(marks) < 2 or not after:
        return []
    base = after[0].idx
    items = []
    for mark, nxt in zip(marks, marks[1:] + [None], strict=True):
        lo, hi = base + mark.end(), base + (nxt.start() if nxt else len(text))
        tokens = [t for t in after if lo <= t.idx < hi]
        while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc" or tokens[-1].lower_ in ("and", "or")):
            tokens.pop()
        if tokens:
            items.append(tokens)
    return items


def lead_holders(subject: Token | None, verb: Token, ctx: DocumentContext, last: Any) -> list[str]:
    """The lead-in's parties: its subject's, the document's two where it has none."""
    if subject is None:
        return list(ctx.main_parties)
    found = subject_holders(subject, verb, ctx, last)
    if not found and pairs_own_body(subject) and len(ctx.main_parties) == 2:
        return list(ctx.main_parties)  # "The Council adopted the following decisions:": the pair's own body decides
    return found


def listed_thing(cue: Cue, listing: LeadIn | None, text: str) -> list[str]:
    """ "c) a standing working group shall be set up within three months": an item of a list of decisions whose
    subject is the thing decided binds the lead-in's parties."""
    subject = cue_subject(cue.token)
    if listing is None or cue.kind != "commitment" or not LIST_MARK.match(text) or subject is None:
        return []
    return [] if is_actor_head(subject) and not names_a_body(subject) else list(listing.parties)
