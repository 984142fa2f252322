"""Sentence splitting and the cheap pre-filter that decides which sentences need the dependency parse.

Parsing is the costly step. Every sentence gets split, dated and scanned for figures; only sentences that
hold a trigger word of the extractors (an event verb, a pledge or stance cue) and something that can be an
actor (a country, a title, "the two sides", a pronoun) go through spaCy.
"""

from __future__ import annotations

import re
from functools import cache

from pactline.core import vocab
from pactline.language.spans import NUMBER_WORDS

_BOUNDARY = re.compile(r"([.!?…]+)([\"”’)\]]*)(\s+)(?=[\"“‘(\[]?[A-Z0-9])")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(vocab.load("abbreviations.json")["abbreviations"])


def split_sentences(text: str, base: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one line of text, shifted by ``base``."""
    abbreviations = _abbreviations()
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end(2)
        before = text[start : m.start(1)]
        last = re.split(r"[\s(]", before)[-1].lower().rstrip(".") if before else ""
        if m.group(1) == "." and (last in abbreviations or re.fullmatch(r"[a-z]", last) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", last)):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end(3)
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(base + s + (len(text[s:e]) - len(text[s:e].lstrip())), base + e) for s, e in spans if e > s]


def _inflections(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma + "d"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


_IRREGULAR = {
    "meet": {"met"}, "hold": {"held"}, "pay": {"paid"}, "make": {"made"}, "give": {"gave", "given"},
    "send": {"sent"}, "speak": {"spoke", "spoken"}, "take": {"took", "taken"}, "begin": {"began", "begun"},
    "set": {"set"}, "shoot": {"shot"}, "fight": {"fought"}, "seek": {"sought"}, "lead": {"led"}, "stand": {"stood"},
    "undertake": {"undertook", "undertaken"}, "withdraw": {"withdrew", "withdrawn"}, "strike": {"struck"},
    "freeze": {"froze", "frozen"}, "forgive": {"forgave", "forgiven"}, "bring": {"brought"}, "win": {"won"},
    "lend": {"lent"}, "cut": {"cut"}, "put": {"put"}, "say": {"said"}, "tell": {"told"}, "have": {"had", "has"},
    "deal": {"dealt"}, "break": {"broke", "broken"}, "keep": {"kept"}, "lay": {"laid"}, "see": {"saw", "seen"},
}


@cache
def trigger_words() -> frozenset[str]:
    words: set[str] = set()
    events = vocab.load("event_verbs.json")
    lemmas = {v["lemma"] for v in events["verbs"]} | {n["noun"] for n in events["nouns"]}
    cues = vocab.load("commitment_cues.json")
    for key in ("commitment_verbs", "commitment_adjectives", "commitment_nouns", "position_verbs", "position_adjectives"):
        lemmas |= {k for k in cues[key] if not k.startswith("_")}
    lemmas |= set(cues["support_verbs"]["lemmas"])
    lemmas |= set(cues["evaluative_predicates"]["adjectives"]) | set(cues["evaluative_predicates"]["nouns"])
    lemmas |= set(cues["modal_auxiliaries"])
    words |= set(vocab.load("event_learned.json")["triggers"])  # nominal and idiomatic event wording
    for lemma in lemmas:
        words |= _inflections(lemma)
        words |= _IRREGULAR.get(lemma, set())
    return frozenset(words)


@cache
def _actor_words() -> frozenset[str]:
    roles = vocab.load("roles.json")
    words = {w for t in roles["titles"] for w in t["title"].split()}
    words |= {w for p in roles["collectives"]["phrases"] for w in p.split() if w not in ("the", "two", "both")}
    words |= {"he", "she", "it", "they", "we", "i", "its", "their", "our", "sides", "side", "parties", "both"}
    cues = vocab.load("commitment_cues.json")  # "the Kingdom", "the joint commission" stand for parties too
    words |= set(cues["state_forms"]["words"] + cues["joint_bodies"]["words"] + cues["joint_texts"]["words"])
    words |= {"invitation", "invitations"}  # "The invitation was accepted": the visit of the text's two parties
    words |= {"host", "hosts", "visiting"}  # "her host expressed …", "the visiting president welcomed …"
    return frozenset(words)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# The mark of a listed item: a bullet or dash, "1." or "(2)", "a)" or "(iv)".
LIST_MARK = re.compile(r"^\s*(?:[•·▪◦‣●○■□*\-–—]\s*|\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+)")


# A run-in heading after the mark, before a sentence of its own: "• Energy: The two sides committed to …". The
# parser hangs the sentence's verb on the heading ("Energy … committed" as a participle); the sentence opens with
# a word of commitment_cues.json "run_in_openings", so a heading that names the holder ("• Ghana: Will provide …") is kept.
@cache
def _run_in() -> re.Pattern[str]:
    openings = "|".join(vocab.load("commitment_cues.json")["run_in_openings"]["words"])
    return re.compile(rf"[A-Z][\w'’-]*(?:[ -][\w'’&,-]+){{0,5}}:\s+(?=(?:{openings})\b)")


def blank_mark(text: str, listing: bool = True) -> str:
    """A listed item with its mark blanked out, same length: the parser reads "d. convene the commission" as a
    name ("d. convene") and "• launch" as a noun; without the mark the item's verb leads its clause. A run-in
    heading after the mark is blanked with it, in a list or not; outside a list, an item without one is unchanged."""
    mark = LIST_MARK.match(text)
    if not mark:
        return text
    heading = _run_in().match(text, mark.end())
    if heading is None and not listing:
        return text
    end = heading.end() if heading else mark.end()
    return " " * end + text[end:]


@cache
def _instruments() -> frozenset[str]:
    """The deals of data/event_verbs.json "signed_instruments", as written singular or plural ("memoranda")."""
    forms: set[str] = set()
    for deal in vocab.load("event_verbs.json")["signed_instruments"]["deals"]:
        forms |= {deal, deal[:-1] + "ies"} if deal.endswith("y") else {deal, deal + "s"}
        forms |= {deal[:-2] + "a"} if deal.endswith("um") else set()
    return frozenset(forms)


@cache
def _state_bodies() -> frozenset[str]:
    """The public bodies of data/commitment_cues.json "state_bodies", in the plural ("banks", "ministries")."""
    nouns = vocab.load("commitment_cues.json")["state_bodies"]["nouns"]
    return frozenset(n[:-1] + "ies" if re.search(r"[^aeiou]y$", n) else n if n.endswith("s") else n + "s" for n in nouns)


# A project's act told as scheduled, its parties unnamed ("The plant is due to open by 2028"; scheduled_terms.py).
@cache
def _scheduled() -> re.Pattern[str]:
    """ "is due to", "are to be", "is planned for" (plan verbs of commitment_cues.json "scheduled_terms")."""
    plans = sorted({f for v in vocab.load("commitment_cues.json")["scheduled_terms"]["plan_verbs"]
                    for f in _inflections(v) | _IRREGULAR.get(v, set()) if f.endswith("ed") or f in _IRREGULAR.get(v, ())})
    return re.compile(rf"\b(?:is|are|was|were)\s+(?:due\s+to|to\s+be|(?:{'|'.join(plans)})\s+(?:for|to))\b", re.I)


@cache
def _time_limit() -> re.Pattern[str]:
    """A limit word of commitment_cues.json "time_limits" before a period word, a digit or a counted unit."""
    data = vocab.load("commitment_cues.json")["time_limits"]
    counts = "|".join(w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if w not in ("a", "an"))
    periods = "|".join(sorted(data["period_words"], key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(data['limit_words'])})\s+(?:the\s+)?(?:(?:{periods})\b|\d|(?:{counts})\s)", re.I)


def needs_parse(sentence: str) -> bool:
    """Whether any extractor could find something here: a trigger word plus a possible actor (or a scheduled act)."""
    if _scheduled().search(sentence):
        return True
    words = _WORD.findall(sentence)
    lowered = {w.lower() for w in words}
    if not lowered & trigger_words():
        return False
    if "will" in lowered and _time_limit().search(sentence):
        return True  # "Work will start next month, with the hall to be finished within a year"
    if lowered & _actor_words() or lowered & _instruments():
        return True  # (an instrument "was signed" needs no named signer: the text's pair signed it)
    if "two" in lowered and lowered & _state_bodies():
        return True  # "The two central banks will …": a public body of each side (state_organs.paired_bodies)
    # A capitalised word after the first stands for a name, a country or an organisation; the first word
    # counts when it names a state ("Moscow argues …").
    if any(w[0].isupper() for w in words[1:]):
        return True
    from pactline.language.actors import gazetteer

    return bool(words) and words[0] in gazetteer().surfaces
