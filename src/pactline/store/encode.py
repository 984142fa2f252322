"""JSON columns: how records' nested fields are written to and read from the store."""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from typing import Any


def _as_dict(o: Any) -> Any:
    """A dataclass's fields as a dict, one level deep: the encoder calls this again for a nested dataclass, so the
    text is dataclasses.asdict's without its recursive deep copy."""
    return {name: getattr(o, name) for name in _field_names(type(o))}


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


# json.dumps(value, ensure_ascii=False, default=...) made once, not once per value (the same text).
_JSON = json.JSONEncoder(ensure_ascii=False, default=_as_dict)


def to_json(value: Any) -> str:
    return _JSON.encode(value)


def load_json(value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    return json.loads(value)
