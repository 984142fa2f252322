"""Language check: Pactline's extractors read English; other languages are skipped with a reason."""

from __future__ import annotations

import re
import unicodedata

from pactline.core.vocab import load

_WORDS = load("function_words.json")
_ENGLISH_FUNCTION_WORDS = frozenset(_WORDS["english"])
_OTHER_FUNCTION_WORDS = {w: language for language, words in _WORDS["other"].items() for w in words}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def detect_language(text: str, min_ratio: float = 0.12) -> tuple[str, str]:
    """Return (code, reason). ``en`` when English function words are frequent enough, else a best guess."""
    sample = text[:20000]
    words = _WORD.findall(sample)
    if not words:
        return "und", "no words found"
    if not sample.isascii() and _latin_share(sample) < 0.5:  # ASCII letters are all Latin
        script = _dominant_script([ch for ch in sample if ch.isalpha()])
        return script, f"mostly {script} script, not English"
    english = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS)
    ratio = english / len(words)
    other = [_OTHER_FUNCTION_WORDS[w.lower()] for w in words if w.lower() in _OTHER_FUNCTION_WORDS]
    if len(words) >= 6 and len(other) >= 3 and len(other) > 2 * english:
        # a short text in another language has too few words for the ratio below, but its own function words show
        language = max(set(other), key=other.count)
        return "und", f"looks like {language}: {len(other)} {language} function words, {english} English"
    # A headline or one-line wire item is too short to judge by function words.
    if ratio < min_ratio and (len(words) >= 40 or ratio == 0 and len(words) >= 12):
        return "und", f"too few English words: {ratio:.0%} function words"
    return "en", ""


def _latin_share(sample: str) -> float:
    """The share of a text's letters that are Latin (1 without letters): ASCII letters counted by a regex, only
    the others looked up by name."""
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    others = [ch for ch in _NOT_ASCII.findall(sample) if ch.isalpha()]
    if not ascii_letters and not others:
        return 1.0
    latin = ascii_letters + sum(1 for ch in others if "LATIN" in unicodedata.name(ch, ""))
    return latin / (ascii_letters + len(others))


def _dominant_script(letters: list[str]) -> str:
    counts: dict[str, int] = {}
    for ch in letters[:5000]:
        name = unicodedata.name(ch, "UNKNOWN").split(" ")[0].lower()
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else "unknown"
