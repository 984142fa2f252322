"""A headline's stance that the story's body tells again is the body's stance, one mention, not one more; a
headline stance the body never tells stays. Stories written for other country pairs, two phrasings each."""

import pytest

from tests.helpers import extract_text

_BODY = ("{headline}\n\nNAIROBI, May 6 (Reuters) - Kenyan President William Ruto met Tanzanian President Samia Suluhu "
         "Hassan in Nairobi on Monday.\n\n{body}\n\nThe two leaders also discussed the fight against malaria.\n")


@pytest.mark.parametrize("headline, body", [
    ("Kenya supports Tanzania's rail hub bid, Ruto says",
     "Ruto said Kenya firmly supports the Tanzanian bid to host the regional rail hub."),
    ("Kenya opposes raids on fishing villages, Ruto says",
     "Ruto said Kenya opposes any raids on the fishing villages along the lake shore."),
])
def test_a_headline_stance_the_body_repeats_is_one_mention(headline, body):
    records = extract_text(_BODY.format(headline=headline, body=body), published="2024-05-06").commitments
    positions = [r for r in records if r.kind == "position"]
    assert positions and not any(headline[:20] in r.evidence[0].quote for r in positions), [
        r.evidence[0].quote for r in positions]


def test_a_headline_stance_the_body_does_not_tell_stays():
    headline = "Kenya supports Tanzania's rail hub bid, Ruto says"
    body = "The two presidents inspected the new container terminal at the port of Mombasa."
    records = extract_text(_BODY.format(headline=headline, body=body), published="2024-05-06").commitments
    assert any(headline[:20] in r.evidence[0].quote for r in records if r.kind == "position"), [
        (r.kind, r.evidence[0].quote) for r in records]
