"""JSON columns: how records' nested fields are written to and read from the store."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=lambda o: asdict(o))


def load_json(value: Any) -> Any:
    if value is None or not isinstance(value, str):
        return value
    return json.loads(value)
