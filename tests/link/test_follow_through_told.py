"""Follow-through told by the later text itself: within a later document the sentence whose words say what
became of a pledge ("held … on Thursday", "is now expected next year") is its follow-up, not a headline that
only names it again; a denied fulfilment ("has not been opened yet", "is yet to be signed") is a delay; and a
delay or reaffirmation is dated by its report, not by a date it recalls ("promised in February")."""

from collections import defaultdict

from pactline.link.commitments import LaterSentence, SubjectIndex
from pactline.link.follow_ups import follow_up_links, relation_of
from pactline.link.similarity import Similarity
from pactline.store.rows import CommitmentBrief

FILLER = [f"The ministers discussed {w} cooperation and regional matters in {p}." for w in
          ("fisheries", "tourism", "water", "health", "education", "culture", "sport", "youth", "forestry", "mining")
          for p in ("the capital", "the region", "detail", "general")]


def _links(pledge: CommitmentBrief, later: list[LaterSentence]) -> list[dict]:
    subjects = SubjectIndex([pledge.text] + [s.text for s in later] + FILLER)
    found: dict[str, list[dict]] = defaultdict(list)
    follow_up_links([pledge], {}, later, Similarity(False), subjects, found)
    return found[pledge.id]


def _sentence(doc: str, date: str, text: str, start: int = 0) -> LaterSentence:
    return LaterSentence(doc, f"/x/{doc}.txt", start, start + len(text), text, date, frozenset({"GHA", "TGO"}))


def test_the_body_sentence_that_tells_it_held_beats_the_headline():
    pledge = CommitmentBrief("c1", "d1", "commitment", ["GHA", "TGO"],
                             "hold the 4th Joint Permanent Commission in Kara in the second half of 2024", "2024-02-10")
    later = [_sentence("d2", "2024-09-13", "Ghana, Togo hold 4th joint permanent commission in Kara"),
             _sentence("d2", "2024-09-13", "Ghana and Togo held the 4th Joint Permanent Commission in Kara on "
                                          "Thursday, with ministers of both governments reviewing road links.", 60)]
    (follow,) = _links(pledge, later)
    assert follow["relation"] == "fulfils" and follow["evidence"][0]["start"] == 60
    assert follow["date"] == "2024-09-12"


def test_a_delay_is_dated_by_its_report_not_by_the_promise_it_recalls():
    pledge = CommitmentBrief("c2", "d1", "commitment", ["GHA", "TGO"],
                             "open a one-stop border post at Noepe by the end of 2024", "2024-02-10")
    later = [_sentence("d3", "2024-11-20", "Officials said the one-stop border post at Noepe promised in February "
                                          "has not been opened yet and is now expected in 2025.")]
    (follow,) = _links(pledge, later)
    assert (follow["relation"], follow["date"]) == ("delays", "2024-11-20")


def test_denied_or_pushed_back_work_is_a_delay():
    for text in ("The Kigali-Bujumbura power line is yet to be commissioned, the utility said.",
                 "The fisheries office in Dakar has not been set up yet.",
                 "Uruguay's new customs hotline has not yet been launched and is now expected next spring.",
                 "The Chilean-Bolivian rail link is now expected in 2027, two years later than planned."):
        assert relation_of(text, {}) == "delays", text
    for text in ("The fisheries office in Dakar was set up in May.", "Mongolia and Nepal held the talks on Friday."):
        assert relation_of(text, {}) == "fulfils", text


def test_a_headline_tells_the_act_done_in_the_present():
    pledge = CommitmentBrief("c3", "d1", "commitment", ["GHA", "TGO"],
                             "sign the Aflao-Lome customs protocol by the end of 2024", "2024-02-10")
    done = _sentence("d4", "2024-10-03", "Ghana, Togo sign Aflao-Lome customs protocol")
    done.headline = True
    (follow,) = _links(pledge, [done])
    assert follow["relation"] == "fulfils"
    ahead = _sentence("d5", "2024-10-03", "Ghana, Togo to sign Aflao-Lome customs protocol next week")
    ahead.headline = True
    (follow,) = _links(pledge, [ahead])
    assert follow["relation"] == "reaffirms"
