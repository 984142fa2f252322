"""An organisation's office named alone ("The Secretary-General welcomes …") stands for the organisation the text
names, the one it names most where several share the office; none where it names none of them."""

import pytest

from pactline.language.actors import build_context, resolve
from pactline.language.holders import office_holders
from tests.helpers import extract_text

UN_TEXT = (
    "United Nations | Secretary-General\n\n"
    "Note from the Office of the Spokesperson: Chad and Niger\n\n"
    "The Secretary-General welcomes the border accord Chad and Niger signed in Niamey this morning.\n\n"
    "He urges both capitals to keep their word.\n\n"
    "The Secretary-General remains gravely worried about the refugees around Lake Chad.\n\n"
    "The United Nations is ready to help carry out the accord."
)


def test_the_bare_office_is_the_organisation_the_text_names():
    records = extract_text(UN_TEXT, published="2024-05-02").commitments
    stances = [r for r in records if r.kind == "position"]
    assert len(stances) == 3 and all(r.parties == ["UN"] for r in stances), [(r.text, r.parties) for r in records]


def test_the_organisation_named_most_holds_a_shared_office():
    text = ("NATO Secretary-General Mark Rutte met the foreign ministers of Estonia and Latvia in Riga. NATO allies "
            "reviewed the exercises. The Secretary-General urged both governments to raise defence spending. "
            "The United Nations was not mentioned again.")
    ctx = build_context(text)
    assert resolve("The Secretary-General", ctx)[1] == ["NATO"]


def test_no_organisation_named_leaves_the_office_unresolved():
    ctx = build_context("Estonia and Latvia held talks in Riga. The Secretary-General urged both to talk.")
    assert resolve("The Secretary-General", ctx)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary-General of the Malaysian Ministry of Foreign Affairs received the envoys. The Secretary-General "
        "said ASEAN unity mattered. ASEAN ministers met later.",
        "Kenya's Secretary-General for trade wrote to ASEAN. The Secretary-General urged calm. ASEAN will reply.",
    ],
)
def test_a_national_office_of_that_name_keeps_the_bare_office_unresolved(text):
    assert office_holders(text) == {}
