"""Load the package's data files (vocabularies live in data, not in code)."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """A JSON data file of the package, parsed once."""
    with resources.files("pactline.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in load(name)[key])
