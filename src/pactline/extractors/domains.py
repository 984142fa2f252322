"""Domains: classify a clause into the contract's commitment domains from the cue words in data/domains.json."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from pactline.core import vocab
from pactline.core.checks import DOMAINS
from pactline.extractors.cue_base import hyphen_head


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    data = vocab.load("domains.json")["domains"]
    out = {}
    for name in DOMAINS:
        # The cues longest first, written as a trie (the same matches, several times faster).
        out[name] = re.compile(r"(?<![\w-])(?:" + vocab.alternation(data[name]["cues"]) + r")(?![\w-])")
    return out


_SAID_AT = re.compile(r"\b(?:news|press|media) (?:conferences?|briefings?)\b")


def _is_port_town(name: str) -> bool:
    """ "Port Moresby", "Port-au-Prince": a town the gazetteer knows ("Port Deal" in a headline is a port)."""
    from pactline.language.places import place_country

    return place_country(name) is not None


def classify(text: str, lemmas: str = "") -> list[str]:
    """Domains whose cues occur in the text, strongest first (most cue hits)."""
    return list(_classify(text, lemmas))


@lru_cache(maxsize=4096)
def _classify(text: str, lemmas: str) -> tuple[str, ...]:
    """classify's answer, kept for the texts met lately: a document's sentences and clauses are classified
    again for each cue, record and neighbour (about five calls a distinct text)."""
    # "India-EU", "EU-Mercosur", "U.S.-Kenya": a hyphen between names separates them.
    # "Port Sudan", "Port-au-Prince": a town named after its port is no port.
    text = re.sub(r"\bPort(?:[ -](?:[a-z]+-)*[A-Z][\w'-]*)", lambda m: " " if _is_port_town(m.group(0)) else m.group(0), text)
    lowered = re.sub(r"(?<=[A-Za-z.])-(?=[A-Z])|(?<=[A-Z.])-(?=[A-Za-z])", " ", text).lower()
    # "said at a news conference that …": where it was said names no field (the "news" of the media is culture)
    lowered, lemma_text = (_SAID_AT.sub(" ", x) for x in (lowered, lemmas.lower()))
    scores: dict[str, int] = {}
    for source in (lowered, lemma_text):
        if not source:
            continue
        found = [(m.start(), m.end(), name) for name, pattern in _cue_patterns().items() for m in pattern.finditer(source)]
        for start, end, name in found:
            # "satellite city" (industry) is no satellite (science): a cue inside a longer cue of another domain
            if not any(s <= start and end <= e and e - s > end - start and n != name for s, e, n in found):
                scores[name] = scores.get(name, 0) + 1
    ranked = sorted(scores, key=lambda n: (-scores[n], DOMAINS.index(n)))
    # "cooperation in trade and investment" is trade and investment; drop a generic politics hit when
    # a concrete domain is present ("relations" alone is weak evidence).
    if len(ranked) > 1 and "politics" in ranked and scores["politics"] == 1:
        ranked.remove("politics")
    return tuple(ranked[:4])


_SOURCE_DEPS = ("nsubj", "nsubjpass", "agent")


def sentence_topic(cue_token: Any, sentence: Any) -> str:
    """The cue's sentence without who reports it ("Iranian state media said", "according to the news agency",
    "quoted by the agency"): the reporter's words name no field of the stance ("media" is no cultural stance)."""
    if sentence.span is None or cue_token.sent.start != sentence.span.start:
        return sentence.text
    return _unattributed(cue_token.sent, list(cue_token.ancestors))


def _unattributed(sent: Any, reporters: list[Any]) -> str:
    cut: set[int] = set()
    for reporter in reporters:
        for child in reporter.children:
            if child.dep_ in _SOURCE_DEPS and child.i not in cut:
                cut |= {t.i for t in child.subtree}
    for token in sent[:-1]:
        if token.lower_ == "according" and token.nbor(1).lower_ == "to":
            cut |= {t.i for t in token.subtree} | {t.i for t in token.nbor(1).subtree}
    return " ".join(t.text for t in sent if t.i not in cut)


@cache
def _meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    data = vocab.load("domains.json")["meeting_pledges"]
    return frozenset(data["verbs"]), frozenset(data["nouns"])


_RECURRING = frozenset({"annually", "yearly", "regularly", "twice", "thrice", "every", "each", "annual", "periodically",
                        "quarterly", "monthly", "biannually", "once"})
_BODIES = frozenset({"group", "commission", "committee", "council", "cabinet", "board", "mechanism", "forum",
                     "subcommittee", "sub-committee", "panel", "task", "force", "secretariat", "working"})


def _names_a_body(subject: Any) -> bool:
    """ "the High-Level Group", "the joint working group": a standing body, whatever its name."""
    return subject.lemma_.lower() in _BODIES or any(t.lemma_.lower() in _BODIES for t in subject.subtree if t.dep_ == "compound")


_OFFICIALS = frozenset({"minister", "vice-minister", "deputy", "official", "expert", "delegation", "negotiator", "team",
                        "secretary", "envoy", "ambassador", "diplomat", "coordinator", "counterpart"})


def _who_meets(verb: Any) -> Any:
    """The subject of "meet", or whom the pair instructed to meet ("instructed their ministers to meet …")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("xcomp", "ccomp"):
        around = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj")]
        subject = next((c for c in around if c.dep_ == "dobj"), around[0] if around else None)
    return hyphen_head(subject)


def _officials(subject: Any) -> bool:
    """ "the vice-ministers", "senior officials" meet for a series; leaders (a prime minister too) meet as leaders."""
    return subject.lemma_.lower() in _OFFICIALS and not any(c.lower_ == "prime" for c in subject.children)


def _holds_a_meeting(verb: Any, nouns: frozenset[str]) -> bool:
    """ "hold the next summit", "the session will be convened", "will take place" said of a session, "the
    ministers will meet" (no object: "meet the targets" is no meeting)."""
    word = verb.lemma_.lower()
    named = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if word == "meet":
        # A body's sitting or a recurring meeting is the series ("the joint council shall meet in May", "the trade
        # ministers are to meet twice a year"); leaders agreeing to meet once more ("face to face later this year",
        # "again on the margins of the summit") is the relationship itself, politics.
        subject = _who_meets(verb)
        body = subject is not None and (subject.lemma_.lower() in nouns or _names_a_body(subject) or _officials(subject))
        recurring = any(t.lower_ in _RECURRING for t in verb.subtree)
        return not any(c.dep_ == "dobj" for c in verb.children) and (body or recurring)
    if word == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in nouns for c in named)
    return any(c.lemma_.lower() in nouns and c.dep_ != "nsubj" for c in named)


def meeting_first(domains: tuple[str, ...], clause: list[Any]) -> tuple[str, ...]:
    """The clause's domains with "institutional" first where its pledge is to hold a meeting of a series
    ("agreed to convene the joint commission … to expand trade": the meeting is the pledge)."""
    verbs, nouns = _meeting_words()
    near = clause[:8]
    if not any(t.pos_ == "VERB" for t in near):
        near += [t for t in clause[8:] if t.pos_ == "VERB"][:1]  # a long subject: "The 12th Session of the JPC will be held"
    if not any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs and _holds_a_meeting(t, nouns) for t in near):
        return domains
    return ("institutional", *[d for d in domains if d not in ("institutional", "politics")])[:4]


def political(domains: tuple[str, ...]) -> tuple[str, ...]:
    """A stance whose own clause names no field ("condemned the raid", "expressed solidarity with Chile") is a political
    act about the field its sentence names: that field, then "politics" (with_document_topic likewise)."""
    return domains if "politics" in domains else (*domains[:3], "politics")


def with_document_topic(records: list[Any], sentences: list[Any] = ()) -> list[Any]:
    """A stance or pledge whose sentence names no field ("calls on Japan to stop the discharge", "rejected the
    accusations") is political and about what it refers to: it keeps "politics" and gains the fields the sentence
    before it in the same passage names, else the field most of the document's other statements name."""
    named = [r.domains[0] for r in records if r.domains and r.domains[0] != "politics" and classify(r.evidence[0].quote)]
    counts: dict[str, int] = {}
    for name in named:
        counts[name] = counts.get(name, 0) + 1
    topic = max(counts, key=lambda n: (counts[n], -named.index(n))) if named else None
    before = {b.start: a for a, b in zip(sentences, sentences[1:], strict=False) if a.segment.id == b.segment.id}
    for record in records:
        # ("politics" not among the sentence's fields: it named none but who reported it, "state media said")
        if record.domains == ["politics"] and "politics" not in classify(record.evidence[0].quote):
            previous = before.get(record.evidence[0].start)
            near = [d for d in classify(_reported(previous)) if d != "politics"][:2] if previous is not None else []
            record.domains = ["politics", *(near or ([topic] if topic else []))]
    return records


def _reported(sentence: Any) -> str:
    """A sentence without who reports what it tells ("state media said …": the verbs whose clause it reports)."""
    if sentence.span is None:
        return sentence.text
    return _unattributed(sentence.span, [t for t in sentence.span if any(c.dep_ == "ccomp" for c in t.children)])
