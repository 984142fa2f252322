"""JSON columns: how records' nested fields are written to and read from the store."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any


def _as_dict(o: Any) -> Any:
    return asdict(o)


# json.dumps(value, ensure_ascii=False, default=...) made once, not once per value (the same text).
_JSON = json.JSONEncoder(ensure_ascii=False, default=_as_dict)


def to_json(value: Any) -> str:
    return _JSON.encode(value)


def load_json(value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    return json.loads(value)
