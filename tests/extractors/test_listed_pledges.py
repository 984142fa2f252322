"""Pledges listed under a lead-in that ends in a colon: each item that starts with a verb is a pledge of the
lead-in's parties; the lead-in itself is no record; the list closes at the first unmarked sentence."""

import pytest

from tests.helpers import extract_text

LEAD = "Ghana and Peru held talks in Accra on Monday.\n\n"


def _records(text):
    return extract_text(LEAD + text, published="2024-05-02").commitments


@pytest.mark.parametrize(
    "lead,mark",
    [
        ("Under the new framework, Ghana and Peru will:", "•"),
        ("The two sides agreed to:", "-"),
        ("The ministers decided the following:", "1."),
        ("Both governments committed to:", "(a)"),
    ],
)
def test_each_listed_item_is_a_pledge_of_the_lead_ins_parties(lead, mark):
    items = ["hold annual meetings between their foreign ministers;",
             "establish a joint council on mining, to meet before the end of 2025;",
             "strive to double trade and to become top-five partners."]
    marks = [mark.replace("1", str(i + 1)).replace("a", "abc"[i]) for i in range(3)]
    text = lead + "\n" + "\n".join(f"{m} {item}" for m, item in zip(marks, items, strict=True)) + "\n\nThe ministers then toured the port."
    records = _records(text)
    pledges = [r for r in records if r.kind == "commitment"]
    assert [r.text for r in pledges] == [i.rstrip(";.") for i in items], [(r.kind, r.text) for r in records]
    assert all(r.parties == ["GHA", "PER"] for r in pledges)
    assert pledges[1].deadline == "2025"
    assert len(records) == 3, [(r.kind, r.text) for r in records]


def test_items_with_their_own_subject_are_read_as_sentences():
    records = _records("The two sides agreed to:\n• Ghana will open a consulate in Cusco;\n• Peru will train Ghanaian "
                       "geologists.")
    assert sorted((r.text, tuple(r.parties)) for r in records) == [
        ("open a consulate in Cusco", ("GHA",)), ("train Ghanaian geologists", ("PER",))]


@pytest.mark.parametrize(
    "text",
    [
        "The programme of the visit was as follows:\n• visit the port of Tema;\n• lay a wreath at the memorial.",
        "The minister said:\n- lift the tariffs now.",
        "Under the new framework, Ghana and Peru will:\n\nThe ministers then toured the port.\n• review the tax treaty.",
    ],
)
def test_no_list_of_pledges_without_a_binding_lead_in_right_before(text):
    assert not [r for r in _records(text) if r.kind == "commitment"], [r.text for r in _records(text)]


@pytest.mark.parametrize(
    "lead",
    [
        "The two presidents instructed their ministers to carry out the following decisions:",
        "The Joint Commission adopted the following decisions, each with the date set out below:",
        "Both governments made the following commitments:",
    ],
)
def test_a_list_announced_as_the_following_decisions_binds_its_items(lead):
    text = (lead + "\n(i) to open a joint customs post at the border before the end of June 2025;\n"
            "(ii) to review the double taxation treaty by March 2026;\n"
            "(iii) a standing working group on fisheries shall be set up within six months.\n\n"
            "The ministers then toured the port.")
    pledges = [r for r in _records(text) if r.kind == "commitment"]
    assert [(r.parties, r.deadline) for r in pledges] == [
        (["GHA", "PER"], "2025-06"), (["GHA", "PER"], "2026-03"), (["GHA", "PER"], "2024-11")], \
        [(r.text, r.parties, r.deadline) for r in pledges]


def test_a_thing_decided_outside_a_list_binds_no_one():
    text = "The ministers toured the port.\nA new terminal shall be built there by 2027, the operator said."
    assert not [r for r in _records(text) if r.parties == ["GHA", "PER"]]


_FACT_SHEET = ("FACT SHEET: Peru and Ghana launch a partnership on mining\n\nLima, 2 May 2024\n\n"
               "Today President Dina Boluarte welcomed President John Mahama of Ghana to Lima. The two leaders "
               "announced new initiatives.\n\nEconomic Growth\n"
               "- Launch a $150 million fund for small miners in northern Ghana by 2026.\n"
               "- Open a Peruvian trade office in Accra before the end of 2025.\n\nSecurity\n"
               "- Train 300 Ghanaian customs officers in Lima over the next three years.\n"
               "- Condemn illegal mining in the strongest terms.\n"
               "- Read more about the visit.\n")


def test_items_under_a_heading_are_pledges_of_the_documents_two_parties():
    records = extract_text(_FACT_SHEET, published="2024-05-02").commitments
    pledges = {r.text: r for r in records if r.kind == "commitment"}
    assert set(pledges) >= {"Launch a $150 million fund for small miners in northern Ghana by 2026",
                            "Open a Peruvian trade office in Accra before the end of 2025",
                            "Train 300 Ghanaian customs officers in Lima over the next three years"}, list(pledges)
    assert all(sorted(pledges[t].parties) == ["GHA", "PER"] for t in pledges if t.startswith(("Launch", "Open")))
    assert pledges["Launch a $150 million fund for small miners in northern Ghana by 2026"].deadline == "2026"
    # a verb of judging is no pledge, nor is a short item of site furniture
    assert not [t for t in pledges if t.startswith(("Condemn", "Read"))], list(pledges)


@pytest.mark.parametrize("mark", ["a.", "d.", "•", "-", "(iv)"])
def test_a_lead_in_verb_far_from_the_colon_opens_the_list(mark):
    """ "decided to work closely together to carry out the following:": the binding verb is several words before the
    colon, up the chain of infinitives; the items' marks ("d.") do not hide their verbs from the parser."""
    text = ("The two sides decided to work closely together to carry out the following:\n"
            f"   {mark} convene the 3rd Joint Economic Commission in Lima in the second half of 2025;\n"
            f"   {mark} launch a joint task force on cocoa and mining by March 2025.\n\n"
            "The ministers then toured the port.")
    pledges = [r for r in _records(text) if r.kind == "commitment"]
    assert [(r.parties, r.deadline) for r in pledges] == [(["GHA", "PER"], "2025-12"), (["GHA", "PER"], "2025-03")], \
        [(r.text, r.parties, r.deadline) for r in _records(text)]
