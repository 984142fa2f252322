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
