"""A joint press conference of two countries: a speaker's label whose person the text does not place ("PRIME
MINISTER RABUKA:") stands for the other country when the one other holder of that office the text names is
placed; "I" and "we" in that turn are that country's. Written for other countries."""

import pytest

from tests.helpers import extract_text

_OPEN = ("Joint press conference, Wellington, 5 March 2024\n\nPrime Minister Christopher Luxon of New Zealand "
         "welcomed his friend Sitiveni Rabuka back to Wellington.\n\nPRIME MINISTER LUXON: Thank you all for coming. "
         "New Zealand and Fiji have agreed a new partnership.\n\nPRIME MINISTER RABUKA: Thank you, Chris. ")


@pytest.mark.parametrize("turn", [
    "New Zealand has stood with us after every cyclone. I call on New Zealand firms to train young Fijians as nurses.",
    "Fiji is grateful. We thank New Zealand for the doctors it sent to Labasa after the cyclone.",
])
def test_the_unplaced_speaker_is_the_other_country(turn):
    events = [e for e in extract_text(_OPEN + turn).events if e.evidence[0].start > len(_OPEN) - 40]
    assert events and all(e.source_actor and e.source_actor.country == "FJI" for e in events), \
        [(e.type, e.parties, e.source_actor) for e in events]
