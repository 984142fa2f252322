"""A warning is made when it is told: "said it would ban imports of wine from 15 June unless …" is a threat of the
report's day, not of the day the ban would begin. Written for other countries."""

import pytest

from tests.helpers import extract_text


@pytest.mark.parametrize("text, day", [
    ("Moldova and Russia row over wine\n\nMOSCOW, June 3: Russia suspended imports of Moldovan brandy on Tuesday. "
     "Russia's food safety agency said separately it would ban imports of Moldovan wine from June 15 unless "
     "Chisinau provided new guarantees.", "2025-06-03"),
    ("Serbia and Kosovo row over power\n\n20 July 2023\n\nSerbia cut power lines to northern Kosovo on Wednesday. "
     "Serbia's energy ministry said it would suspend all electricity exports to Kosovo from 1 August unless "
     "Pristina paid its debts.", "2023-07-20"),
    ("Kenya and Uganda row over milk\n\n12 May 2024\n\nKenya's trade ministry warned that it would stop all Ugandan "
     "dairy imports from 1 July 2024 if Kampala kept its new levy on Kenyan sugar.", "2024-05-12"),
])
def test_a_threat_is_dated_when_it_is_made(text, day):
    threats = [e for e in extract_text(text).events if e.type == "THREATEN"]
    assert threats and all(e.date == day for e in threats), [(e.date, e.evidence[0].quote[:40]) for e in threats]
