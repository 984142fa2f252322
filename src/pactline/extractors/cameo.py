"""CAMEO codes' Goldstein scale (data/event_verbs.json, cameo_scale) and QuadClass."""

from __future__ import annotations


def goldstein(cameo: str) -> float | None:
    from pactline.extractors.event_patterns import _patterns

    scale = _patterns()[2]
    return scale.get(cameo, scale.get(cameo[:2] + "0"))


def quad_class(cameo: str) -> int:
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4
