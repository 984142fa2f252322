"""Fields named by words the cue lists lacked, on clauses written from the guide's field list for other situations:
drug control, espionage and soldiers are security; a coup politics; expressways, tunnels and waterways transport; fruit, wine and
tea agriculture; a drought the environment; housing development; a power interconnector energy; hospitals health."""

import pytest

from pactline.extractors.domains import classify


@pytest.mark.parametrize(
    "text,domains",
    [
        ("agreed to step up joint work against narcotics smuggled across the Andes", {"security"}),
        ("vowed to stop drugs from crossing the lake by ferry", {"security"}),
        ("expelled two diplomats for espionage at the shipyard", {"security"}),
        ("said the soldiers posted on the ridge would stay", {"security"}),
        ("refused to recognise the leaders of the coup in the capital", {"politics"}),
        ("will finish the coastal expressway between Durres and Vlora by 2027", {"transport"}),
        ("plans a rail tunnel under the strait", {"transport"}),
        ("agreed to dredge the shared waterways of the delta", {"transport"}),
        ("will lift its ban on Moldovan wine and fruit", {"agriculture"}),
        ("hopes to sell more Kenyan tea in Pakistan", {"agriculture"}),
        ("said the drought had cut the lake's level by a third", {"environment"}),
        ("will fund new housing for families in the hill districts", {"development"}),
        ("plans a second interconnector across the mountain border", {"energy"}),
        ("will equip two district hospitals in Tete province", {"health"}),
    ],
)
def test_field_words(text, domains):
    assert domains <= set(classify(text)), classify(text)
