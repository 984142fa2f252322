"""A claim rejected in a relative clause on the claim ("…, a claim Lome has rejected", "a charge that Hanoi has
repeatedly denied") is the rejecting party's stance, a record beside the claim's own."""

import pytest

from tests.helpers import extract_text


def _positions(text):
    return [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]


@pytest.mark.parametrize(
    "text,claimant,rejecter",
    [
        ("Ghana and Togo held talks in Accra. Ghana has expressed concern that the new port could one day be used by "
         "fuel smugglers, a claim Lome has rejected.", "GHA", "TGO"),
        ("Cambodia and Vietnam held talks in Phnom Penh. Cambodia accuses Vietnam of moving border markers along the "
         "Mekong, a charge that Hanoi has repeatedly rejected.", "KHM", "VNM"),
    ],
)
def test_the_rejecter_of_a_claim_holds_a_stance_of_its_own(text, claimant, rejecter):
    holders = [r.parties for r in _positions(text)]
    assert [claimant] in holders and [rejecter] in holders, [(r.parties, r.text) for r in _positions(text)]
