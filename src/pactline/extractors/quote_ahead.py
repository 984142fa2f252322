"""Quotations that run over several sentences and name their speaker only where they close ("“Peace on the border
must be our priority. Trust must remain the basis of our ties,” Lula told Petro."): the speaker named after the
last sentence speaks the earlier ones too."""

from __future__ import annotations

from typing import Any

from pactline.extractors.cue_base import lemma
from pactline.extractors.holders import _BOTH, _CLOSE, _OPEN, FIRST_PERSON, _quoted_chars, _reporting

Token = Any


def _outside_speaker(span: Any, quoted: list[bool]) -> Token | None:
    """The subject of a verb of speaking that stands outside the sentence's quotation marks."""
    reporting = _reporting()
    for tok in span:
        at = min(max(tok.idx - span.start_char, 0), len(quoted) - 1)
        if tok.pos_ != "VERB" or lemma(tok) not in reporting or quoted and quoted[at]:
            continue
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in FIRST_PERSON:
            return subject
    return None


def _left_open(sentence: str, quoted: list[bool]) -> bool:
    """Whether the sentence ends inside a quotation that it does not close."""
    stripped = sentence.rstrip()
    return bool(quoted) and quoted[len(stripped) - 1] and stripped[-1:] not in _OPEN + _CLOSE + _BOTH


def speakers_ahead(text: str, sentences: list[Any]) -> dict[int, Token]:
    """Sentence start -> the speaker token named where the quotation it opens or continues closes, for sentences
    inside a quotation that names no speaker itself; only within one paragraph."""
    out: dict[int, Token] = {}
    pending: list[int] = []
    inside, last_end, last_segment = False, None, None
    for line in sentences:
        between = text[last_end : line.start] if last_end is not None else "\n"
        if "\n" in between or line.segment.id != last_segment:
            pending, inside = [], line.text.lstrip()[:1] in _OPEN + _BOTH
        last_end, last_segment = line.end, line.segment.id
        if line.span is None:
            pending, inside = [], False
            continue
        quoted = _quoted_chars(line.text, inside)
        speaker = _outside_speaker(line.span, quoted)
        if speaker is not None:
            out.update((start, speaker) for start in pending)
            pending = []
        elif _left_open(line.text, quoted):
            pending.append(line.start)
        inside = _left_open(line.text, quoted)
    return out
