"""A summary names a target the text called by a demonym alone by its country, not by a fragment such as
"(Peruvian)" (newcomer, round 12)."""

import pytest

from pactline.core.records import Actor
from pactline.extractors.event_summary import _cut


@pytest.mark.parametrize("target, label", [
    (Actor("Peruvian", "PER", None), "(Peru)"),
    (Actor("the Ghanaian", "GHA", None), "(Ghana)"),
    (Actor("Mongolian officials", "MNG", None), "(Mongolian officials)"),
])
def test_target_label(target: Actor, label: str) -> None:
    assert _cut("Norway", "signed a fisheries memorandum", True, target, False).endswith(label)
