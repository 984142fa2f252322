"""Instruments listed under a signing: a lead-in that tells instruments were signed ("Agreements signed during
the visit", "The following documents were exchanged:") and, below it, one instrument per listed item
("- Memorandum of understanding on rail transport", "2. Agreement on energy"). Each listed instrument is an
agreement the text's pair signed (AGREE, CAMEO 057), told by its item alone."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Actor
from pactline.extractors.event_subjects import listed_item, word_list
from pactline.language.actors import DocumentContext, resolve
from pactline.language.analysis import SentenceInfo
from pactline.language.syntax import noun_phrase

Token = Any
SIGNED = {"type": "AGREE", "mode": "agreement", "cameo": "057"}
_ITEM = re.compile(r"^(?:[•·▪◦‣●○■□*\-–—]|\(?(?:\d{1,2}|[ivx]{1,5}|[a-h])[.)])\s")


@cache
def _instruments() -> tuple[frozenset[str], frozenset[str]]:
    """(every instrument's singular and plural forms, the plural forms alone) from data/event_verbs.json."""
    data = vocab.load("event_verbs.json")["signed_instruments"]
    plural = set()
    for word in data["deals"] + data["texts"]:
        plural |= {word[:-1] + "ies"} if word.endswith("y") else {word + "s"}
        plural |= {word[:-2] + "a"} if word.endswith("um") else set()
    return frozenset(data["deals"] + data["texts"]) | frozenset(plural), frozenset(plural)


@cache
def _signing_forms() -> frozenset[str]:
    return frozenset(form for forms in word_list("signing").values() for form in forms)


def _lead_in(text: str) -> bool:
    """ "Agreements and memoranda signed in the presence of the two leaders", "The following instruments were
    exchanged:": a signing told of several instruments, or of those that follow."""
    words = set(re.findall(r"[a-zà-ÿ]+", text.lower()))
    # (a signing told in the noun counts where a word says it took place: "witnessed the signing of the following")
    signed = bool(words & _signing_forms()) or "signing" in words and bool(words & set(word_list("signing_witnessed")))
    return signed and bool(words & _instruments()[1] or "following" in words or text.rstrip().endswith(":"))


def signed_items(sentences: list[SentenceInfo], text: str = "") -> set[int]:
    """The starts of the sentences that are items of a list under a lead-in telling a signing. A line the
    reader set aside (a photo caption) between two items ends the list, as any other line does."""
    out: set[int] = set()
    lead, end = False, 0
    for sent in sentences:
        line = sent.text.strip()
        if _ITEM.match(line):
            lead = lead and not text[end:sent.start].strip()
            if lead:
                out.add(sent.start)
        else:
            lead = _lead_in(line)
        end = sent.end
    return out


def listed_signing(tok: Token, sent: SentenceInfo, items: set[int]) -> tuple[dict[str, Any], bool, Token, None] | None:
    """(the signing, not planned, the instrument) when ``tok`` heads an item of a signed list and names an
    instrument ("- Agreement on green hydrogen"); else None."""
    if sent.start not in items or tok.pos_ not in ("NOUN", "PROPN") or not listed_item(tok):
        return None
    if tok.lemma_.lower() not in _instruments()[0] and tok.lower_ not in _instruments()[0]:
        return None
    return SIGNED, False, tok, None


def included_instrument(tok: Token) -> tuple[dict[str, Any], bool, Token, None] | None:
    """(the signing, not planned, who signed) when ``tok`` is an instrument named under "including" after a signing
    told as done ("signed nine documents, including an agreement on visas and a memorandum on rail freight",
    "twelve documents were signed, including a treaty on extradition", "witnessed the signing of six memoranda,
    including …"): each instrument named is an agreement of its
    own; the signer is the signing verb's subject, else the instrument itself (the text's pair's)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in _instruments()[0] and tok.lower_ not in _instruments()[0]:
        return None
    node = _included_under(tok)
    if node is None:
        return None
    anchor = node.head.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        anchor = anchor.head.head  # "signed a set of nine documents, including …"
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head if anchor.dep_ in ("dobj", "nsubjpass") else None
    witnessed = anchor.lower_ == "signing" and verb is not None and verb.lower_ in word_list("signing_witnessed")
    if verb is None or not (verb.lower_ in _signing_forms() or witnessed) or not _told_done(verb):
        return None  # ("witnessed the signing of 17 memoranda, including …" tells them signed too)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return SIGNED, False, subj if subj is not None else tok, None


def _told_done(verb: Token) -> bool:
    """A signing in the past: "signed", "were signed", "have been signed"; not under a modal ("will be signed")."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "would", "shall", "should", "may", "might", "could", "can", "must", "to") for a in auxes):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(auxes)


def _included_under(tok: Token) -> Token | None:
    """The object of "including" that ``tok`` is, or is listed with ("including an agreement on visas and a
    memorandum on rail": the parser may hang the second on the first one's topic); None when there is none."""
    node = tok
    for _step in range(3):
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ == "pobj" and node.head.lower_ == "including":
            return node
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head.lemma_.lower() not in _instruments()[0]:
            return None
        node = node.head.head  # "an agreement on [visa exemption and] a memorandum": back to the agreement
    return None


def included_list(tok: Token) -> bool:
    """Whether ``tok`` is an instrument named under "including" (see ``included_instrument``)."""
    return tok.pos_ in ("NOUN", "PROPN") and _included_under(tok) is not None


def pact_parties(pact: Token, ctx: DocumentContext) -> tuple[Actor, list[str]] | None:
    """ "A Russian-brokered ceasefire announced on Tuesday", "the truce agreed at dawn": a pact told as the
    subject of its own announcing is the text's pair's, with any country its phrase names (its broker); None
    when the text has no pair."""
    if len(ctx.main_parties) != 2:
        return None
    phrase = noun_phrase(pact).text
    return Actor(phrase, None, "government"), list(dict.fromkeys([*ctx.main_parties, *resolve(phrase, ctx)[1]]))


def told_pact(verb: Token, pattern: dict[str, Any]) -> bool:
    """ "a ceasefire announced on Tuesday", "the truce agreed at dawn": a participle of an agreeing pattern on the
    pact it names (a text "released" or "issued", "a joint communique released on Friday", names the source)."""
    head = verb.head
    texts = vocab.load("event_verbs.json")["signed_instruments"]["texts"]
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and pattern.get("mode") == "agreement"
            and head.lower_ in pattern.get("objects", ()) and head.lemma_.lower() not in texts)
