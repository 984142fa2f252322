"""Commitment entities: restatements are mentions of one commitment; distinct pledges stay apart."""

import pytest

from pactline.core.records import Link
from pactline.extractors.commentary import commentator_speaks
from pactline.link.commitment_entities import entity_ids
from pactline.link.commitments import key_pairs
from pactline.store.rows import CommitmentBrief


def _c(cid, doc, made_on, text, kind="commitment", parties=("GHA", "TGO"), domains=("transport",)):
    return CommitmentBrief(cid, doc, kind, list(parties), text, made_on, None, list(domains))


def test_restatements_in_later_texts_and_translations_are_one_commitment():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the Ghana-Togo Coastal Railway by 2026"),
        _c("b", "d2", "2023-03-02", "jointly advance the Ghana-Togo coastal railway project"),
        _c("c", "d3", "2024-05-10", "speed up construction of the coastal railway"),
        _c("d", "d1", "2023-03-01", "open a new ferry line between Tema and Lome"),
    ]
    ids = entity_ids(mentions, [], {})
    assert ids["a"] == ids["b"] == ids["c"] == "a"
    assert ids["d"] == "d"


def test_one_text_part_never_holds_one_commitment_twice():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the coastal railway"),
        _c("b", "d1", "2023-03-01", "open a ferry line to Cotonou"),
        _c("c", "d2", "2023-03-02", "build the coastal railway"),
    ]
    links = [Link("l1", "same_commitment", "a", "c", 0.95, {}), Link("l2", "same_commitment", "b", "c", 0.9, {})]
    ids = entity_ids(mentions, links, {})
    assert ids["a"] == ids["c"] and ids["b"] != ids["a"]


def test_different_parties_or_kinds_stay_apart():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the coastal railway"),
        _c("b", "d2", "2023-04-01", "build the coastal railway", parties=("BEN", "NGA")),
        _c("c", "d3", "2023-05-01", "welcomed the coastal railway", kind="position"),
    ]
    ids = entity_ids(mentions, [], {})
    assert len(set(ids.values())) == 3


def test_restating_follow_up_needs_a_specific_object():
    mentions = [_c("a", "d1", "2023-03-01", "maintain close exchanges"), _c("b", "d2", "2024-01-01", "deepen ties")]
    loose = {"a": [{"relation": "reaffirms", "record_id": "b", "score": 0.7, "reasons": {"specific_object": False}}]}
    assert entity_ids(mentions, [], loose)["b"] == "b"
    sure = {"a": [{"relation": "reaffirms", "record_id": "b", "score": 0.7, "reasons": {"specific_object": True}}]}
    assert entity_ids(mentions, [], sure)["b"] == "a"


def test_commentators_never_reaffirm():
    assert commentator_speaks("Analysts said the visit demonstrates a high level of political trust.")
    assert commentator_speaks("The deal shows the ties are deep, according to analysts.")
    assert not commentator_speaks("The two presidents reaffirmed their resolve to build the railway.")


def _place(doc, paragraph, start):
    return (doc, paragraph, start)


def test_clauses_in_a_row_on_one_field_are_one_pledge_and_a_new_field_starts_another():
    # A communique's finance passage told in three clauses, then a transport clause, then finance again.
    mentions = [
        _c("a", "d1", "2024-06-01", "expand the use of national currencies in trade", domains=("finance",)),
        _c("b", "d1", "2024-06-01", "support cooperation among commercial banks", domains=("finance",)),
        _c("c", "d1", "2024-06-01", "improve the level of financial services", domains=("finance",)),
        _c("d", "d1", "2024-06-01", "open a ferry line between Tema and Lome", domains=("transport",)),
        _c("e", "d1", "2024-06-01", "set up a joint insurance pool", domains=("finance",)),
    ]
    places = {"a": ("d1", 0, 0), "b": ("d1", 0, 50), "c": ("d1", 100, 100), "d": ("d1", 200, 200), "e": ("d1", 300, 300)}
    ids = entity_ids(mentions, [], {}, places)
    assert ids["a"] == ids["b"] == ids["c"]
    assert ids["d"] != ids["a"] and ids["e"] != ids["a"]


def _brief(cid, text, parties, deadline=None):
    return CommitmentBrief(cid, "d1", "commitment", list(parties), text, "2024-06-01", deadline, ["trade"])


@pytest.mark.parametrize("first, second", [
    (_brief("a", "lift two-way trade to 4 billion euros by 2029", ("MAR", "POL"), "2029"),
     _brief("b", "open a consulate in Gdansk", ("MAR",))),
    (_brief("a", "remove the remaining tariffs on wine", ("ARG", "NZL")),
     _brief("b", "set up a trade desk in Buenos Aires", ("NZL",))),
    (_brief("a", "conclude the customs pact by March 2025", ("UZB", "KOR"), "2025-03"),
     _brief("b", "double fruit exports by 2030", ("UZB", "KOR"), "2030")),
])
def test_pledges_in_a_row_of_other_givers_or_other_timelines_stay_apart(first, second):
    # Told in one passage on one field, but given by other parties, or each with its own time: two pledges.
    ids = entity_ids([first, second], [], {}, {"a": ("d1", 0, 0), "b": ("d1", 0, 80)})
    assert ids["a"] != ids["b"]


def test_one_object_named_by_pledges_of_other_givers_in_one_text_is_two_commitments():
    mentions = [
        CommitmentBrief("a", "d1", "commitment", ["FRA"], "affirmed that the pact covers naval raids on Greek ports",
                        "2024-06-01", None, ["security"]),
        CommitmentBrief("b", "d1", "commitment", ["GRC"], "not treat the naval raid as an act of war", "2024-06-01",
                        None, ["security"]),
    ]
    assert len(set(entity_ids(mentions, [], {}).values())) == 2
    one_giver = [mentions[0], CommitmentBrief("b", "d1", "commitment", ["FRA"], "send frigates against any naval raid",
                                              "2024-06-01", None, ["security"])]
    assert len(set(entity_ids(one_giver, [], {}).values())) == 1  # one giver: one object, one commitment


def test_broad_field_stances_join_only_within_their_paragraph():
    mentions = [
        _c("a", "d1", "2024-06-01", "supports Ghana's position on the border talks", kind="position", domains=("politics",)),
        _c("b", "d1", "2024-06-01", "hopes the border talks end this year", kind="position", domains=("politics",)),
        _c("c", "d1", "2024-06-01", "welcomes the ceasefire in the Sahel", kind="position", domains=("politics",)),
    ]
    places = {"a": ("d1", 0, 0), "b": ("d1", 0, 60), "c": ("d1", 120, 120)}
    ids = entity_ids(mentions, [], {}, places)
    assert ids["a"] == ids["b"] and ids["c"] != ids["a"]


def test_stances_of_two_holders_in_one_paragraph_stay_apart_though_one_names_the_other():
    mentions = [
        _c("a", "d1", "2024-06-01", "the two nations should look to the future", kind="position", parties=("GHA",),
           domains=("politics",)),
        _c("b", "d1", "2024-06-01", "upholds the 2010 Ghana-Togo accord", kind="position", parties=("TGO",),
           domains=("politics",)),
    ]
    places = {"a": ("d1", 0, 0), "b": ("d1", 0, 60)}
    ids = entity_ids(mentions, [], {}, places)
    assert ids["a"] != ids["b"]


def test_one_named_object_is_one_commitment_across_texts_and_within_one():
    mentions = [
        _c("a", "d1", "2023-03-01", "expand the use of local currencies in trade", domains=("finance",)),
        _c("b", "d1", "2023-03-01", "establish a local currency settlement system", domains=("finance",)),
        _c("c", "d2", "2024-04-01", "increase the share of local currency in trade", domains=("finance",)),
    ]
    ids = entity_ids(mentions, [], {})
    assert ids["a"] == ids["b"] == ids["c"]


def test_a_sentence_naming_two_projects_does_not_tie_them_together():
    mentions = [
        _c("a", "d1", "2023-03-01", "build the Peru-Chile Solar Corridor", domains=("energy",)),
        _c("b", "d1", "2023-03-01", "advance the Andean Rail Link", domains=("transport",)),
        _c("c", "d2", "2024-01-10", "implement projects such as the Solar Corridor and the Andean Rail Link",
           domains=("energy", "transport")),
        _c("d", "d3", "2024-05-10", "speed up the solar corridor", domains=("energy",)),
        _c("e", "d3", "2024-05-10", "finish the andean rail link", domains=("transport",)),
    ]
    ids = entity_ids(mentions, [], {})
    assert ids["a"] == ids["d"] and ids["b"] == ids["e"] and ids["a"] != ids["b"]


@pytest.mark.parametrize("one, other", [
    ("set up joint research centres", "set up joint research centers"),
    ("deepen co-operation in defence industry", "deepen cooperation in defense industry"),
    ("join the Organisation of Turkic States", "join the Organization of Turkic States"),
])
def test_british_and_american_spellings_share_their_word_pairs(one, other):
    assert key_pairs(one) == key_pairs(other) and key_pairs(one)


def test_a_commentator_named_once_stays_a_commentator_and_so_does_the_rest_of_the_paragraph():
    from pactline.extractors.commentary import commentary_flags, commentator_names

    text = ("Amina Diallo, a researcher at the Dakar Institute of Policy Studies, said the talks went well.\n"
            "\u201cThe two countries share the same views,\u201d Diallo said.\n"
            "Analysts said the visit shows deep trust. The growing ties will add impetus to the partnership.\n"
            "The two presidents agreed to build the Senegal-Mali railway.")
    names = commentator_names(text)
    sentences = [(0, "Amina Diallo, a researcher at the Dakar Institute of Policy Studies, said the talks went well."),
                 (97, "\u201cThe two countries share the same views,\u201d Diallo said."),
                 (150, "Analysts said the visit shows deep trust."),
                 (150, "The growing ties will add impetus to the partnership."),
                 (250, "The two presidents agreed to build the Senegal-Mali railway.")]
    assert commentary_flags(sentences, names) == [True, True, True, True, False]


@pytest.mark.parametrize("score,joined", [(0.95, True), (0.8, False)])
def test_one_sentence_told_as_a_pledge_and_as_a_stance_joins_only_when_near_verbatim(score, joined):
    mentions = [
        _c("a", "d1", "2023-03-01", "respect the legitimate security interests of all states in the Sahel",
           kind="position", domains=("security",)),
        _c("b", "d2", "2023-03-02", "respect the legitimate security interests of every state in the Sahel",
           domains=("security",)),
    ]
    ids = entity_ids(mentions, [Link("l1", "same_commitment", "a", "b", score, {})], {})
    assert (ids["a"] == ids["b"]) is joined


@pytest.mark.parametrize("first, second", [
    # other targets named: another country's acts
    ("strongly condemns Chile's shelling of Peruvian border posts", "voiced deep concern over Bolivia's missile tests"),
    ("denounced Armenia's blockade of the corridor", "expressed alarm at Iran's drone sales to Sudan"),
    # nothing named in common: another object
    ("opposes any unilateral moves that alter the status quo on the Mekong river",
     "called for full respect of the 1995 Mekong Agreement's water-sharing rules"),
    ("backs a negotiated settlement of the fisheries dispute", "urges swift ratification of the migration compact"),
])
@pytest.mark.parametrize("field", ["security", "politics"])
def test_stances_in_a_row_about_different_things_stay_two_positions(first, second, field):
    # One holder, one passage, one field and one verb family, but two targets: two positions, not one restated.
    mentions = [_c("a", "d1", "2024-06-01", first, kind="position", parties=("KEN",), domains=(field,)),
                _c("b", "d1", "2024-06-01", second, kind="position", parties=("KEN",), domains=(field,))]
    ids = entity_ids(mentions, [], {}, {"a": ("d1", 0, 0), "b": ("d1", 0, 90)})
    assert ids["a"] != ids["b"]


@pytest.mark.parametrize("first, second", [
    ("condemns Chile's shelling of Peruvian border posts", "urged Chile to stop the shelling at once"),
    ("supports the Mekong water-sharing rules", "reaffirmed its support"),
])
def test_a_stance_told_in_parts_about_one_thing_stays_one_position(first, second):
    mentions = [_c("a", "d1", "2024-06-01", first, kind="position", parties=("KEN",), domains=("security",)),
                _c("b", "d1", "2024-06-01", second, kind="position", parties=("KEN",), domains=("security",))]
    ids = entity_ids(mentions, [], {}, {"a": ("d1", 0, 0), "b": ("d1", 0, 90)})
    assert ids["a"] == ids["b"]
