"""A quotation that runs over several sentences and names its speaker only where it closes is that speaker's in
every sentence, also where a sentence's stance has no subject of its own; an earlier paragraph's speaker does not
carry over. Sentences written for other country pairs."""

import pytest

from tests.helpers import extract_text

TEXT = ("Brazil and Colombia held talks in Bogota on 3 May 2024.\n\n"
        "President Lula met President Petro at the presidential palace.\n\n"
        "\u201cPeace on the shared border must be our priority. Trust and mutual respect must remain the basis of our "
        "ties,\u201d Lula told Petro at the start of the meeting.\n\n"
        "Colombian Interior Minister Ana Ruiz announced the closure of the Leticia crossing on Thursday. \u201cWe will "
        "not deal with a neighbour who shelters smugglers. We reject any pressure from Brasilia,\u201d she said.")


@pytest.fixture(scope="module")
def records():
    return {r.text: (r.kind, r.parties) for r in extract_text(TEXT, published="2024-05-03").commitments}


@pytest.mark.parametrize(
    "text,held",
    [
        ("be our priority", ("position", ["BRA"])),  # the first sentence, its stance a gerund's
        ("remain the basis of our ties", ("position", ["BRA"])),
        ("not deal with a neighbour who shelters smugglers", ("commitment", ["COL"])),  # not the earlier paragraph's Lula
        ("reject any pressure from Brasilia", ("position", ["COL"])),
    ],
)
def test_the_speaker_named_where_the_quotation_closes_speaks_all_of_it(records, text, held):
    assert records.get(text) == held, records
