"""An accusation or a call aimed squarely at one of the text's two countries is never that country's own
(stance_owner.self_aimed, data/commitment_cues.json "aimed_stances")."""

import pytest

from tests.helpers import extract_text


def _stances(text):
    return [r for r in extract_text(text, published="2024-05-02").commitments if r.kind == "position"]


@pytest.mark.parametrize(
    "text,verb,holder",
    [
        ("Uganda and Kenya traded accusations on Monday. Uganda said Kenya was behind the raid and accused Nairobi "
         "of stoking the dispute.", "accused", ["UGA"]),
        ("Laos and Vietnam argued over the dam on Friday. Laos said Vietnam was to blame for the floods and urged "
         "Hanoi to share its river data.", "urged", ["LAO"]),
        # a call on a country's own people or partners is no call aimed at that country: unchanged
        ("Uganda and Kenya traded accusations on Monday. Kenya called on Kenyans to stay calm.", "called", ["KEN"]),
        ("Uganda and Kenya traded accusations on Monday. Uganda accused Kenya of sheltering rebels.", "accused", ["UGA"]),
        # a domestic actor's own call on or condemnation of its own capital stays its own (review r18, finding 1)
        ("Kenya and Uganda held talks in Kampala on Monday. Kenyan opposition lawmakers called on Nairobi to reopen "
         "the border with Uganda.", "called", ["KEN"]),
        ("Kenya and Uganda held talks in Kampala on Monday. Kenyan church leaders called on Nairobi to pay teachers "
         "on time.", "called", ["KEN"]),
        ("Kenya and Uganda held talks in Kampala on Monday. Ugandan opposition leaders condemned Kampala for the "
         "arrests of journalists.", "condemned", ["UGA"]),
        ("Laos and Vietnam held talks in Hanoi on Friday. Lao opposition figures urged Vientiane to release its "
         "river data.", "urged", ["LAO"]),
    ],
)
def test_stance_aimed_at_a_country_is_the_other_countrys(text, verb, holder):
    [record] = [r for r in _stances(text) if verb in r.text]
    assert record.parties == holder
