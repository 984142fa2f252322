"""Language check: Pactline's extractors read English; other languages are skipped with a reason."""

from __future__ import annotations

import re
import unicodedata

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as by at from it was be are this will an has have which their "
    "its or not were been also said two both his her they we would should".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, min_ratio: float = 0.12) -> tuple[str, str]:
    """Return (code, reason). ``en`` when English function words are frequent enough, else a best guess."""
    sample = text[:20000]
    words = _WORD.findall(sample)
    if not words:
        return "und", "no words found"
    letters = [ch for ch in sample if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\x80" or "LATIN" in unicodedata.name(ch, ""))  # ASCII letters are Latin
    if letters and latin / len(letters) < 0.5:
        script = _dominant_script(letters)
        return script, f"mostly {script} script, not English"
    ratio = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS) / len(words)
    # A headline or one-line wire item is too short to judge by function words.
    if ratio < min_ratio and (len(words) >= 40 or ratio == 0 and len(words) >= 12):
        return "und", f"too few English words ({ratio:.0%} function words), probably not English"
    return "en", ""


def _dominant_script(letters: list[str]) -> str:
    counts: dict[str, int] = {}
    for ch in letters[:5000]:
        name = unicodedata.name(ch, "UNKNOWN").split(" ")[0].lower()
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else "unknown"
