"""Where withdrawing troops are heading ("left their base on Monday, heading by road for Georgia", "pulled out,
bound for Kazakhstan") is no party of the withdrawal: it stays between the two sides. Written for other
countries."""

import pytest

from tests.helpers import extract_text

_LEAD = ("Armenia and Russia: troops leave\n\nYEREVAN, May 7: Russia began pulling its troops out of Armenia this "
         "week, after Armenia asked Moscow to leave. ")


@pytest.mark.parametrize("sentence, third", [
    ("The last convoy of Russian troops left their base in Gyumri on Monday, heading by road for Georgia, "
     "Armenia's defence ministry said.", "GEO"),
    ("A column of Russian armoured vehicles pulled out of the garrison in Gyumri overnight, bound for Iran, "
     "officials in Yerevan said.", "IRN"),
])
def test_the_destination_of_a_withdrawal_is_no_party(sentence, third):
    events = [e for e in extract_text(_LEAD + sentence, published="2024-05-07").events
              if e.type == "RETREAT" and e.evidence[0].quote.startswith(sentence[:20])]
    assert events and all(third not in e.parties for e in events), [(e.type, e.parties) for e in events]
