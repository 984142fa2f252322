"""International organisations as parties of events: an organisation that acts or is acted upon is named in
``parties`` by its short name (UN, AU, ASEAN, OAS, …), and a demonym inside its name is no country."""

import pytest

from pactline.language.actors import DocumentContext, resolve
from tests.helpers import extract_text


@pytest.mark.parametrize(
    "phrase,country,codes",
    [
        ("The Organization of American States", None, ["OAS"]),
        ("the Economic Community of West African States", None, ["ECOWAS"]),
        ("The UN mission in Mali", None, ["UN"]),
        ("China's UN envoy", "CHN", ["CHN"]),
        ("the Pacific Islands Forum", None, ["PIF"]),
    ],
)
def test_organisation_named_in_a_phrase(phrase, country, codes):
    actor, found = resolve(phrase, DocumentContext())
    assert actor is not None and actor.country == country and found == codes
    if country is None:
        assert actor.role == "igo"


@pytest.mark.parametrize(
    "text,kind,parties",
    [
        ("Ghana and Togo held talks in Accra on Monday. The two sides supported the African Union's efforts to "
         "mediate in the Sahel.", "SUPPORT", ["AU", "GHA", "TGO"]),
        ("Mali and Niger held talks in Niamey on Monday. The UN mission in Mali called on both sides to protect "
         "civilians.", "REQUEST", ["MLI", "NER", "UN"]),
        ("Peruvian police raided the Bolivian embassy in Lima on Friday. The Organization of American States "
         "condemned the raid.", "PROTEST", ["OAS"]),
        ("Zambian President Hakainde Hichilema met Malawian President Lazarus Chakwera on Monday. Hichilema urged "
         "ECOWAS and donors to fund the peacekeepers.", "REQUEST", ["ECOWAS", "ZMB"]),
    ],
)
def test_organisation_is_a_party(text, kind, parties):
    events = [e for e in extract_text(text, published="2024-05-08").events if e.type == kind]
    assert events, [(e.type, e.parties) for e in extract_text(text, published="2024-05-08").events]
    assert set(parties) <= set(events[-1].parties), events[-1].parties
