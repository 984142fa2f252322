"""Event mentions grouped into events: retellings join, two acts of one sentence stay apart."""

from pactline.link.events import cluster_events
from pactline.store.rows import MentionRow


def _mention(mid, doc, start, date="2024-05-02"):
    evidence = [{"doc_id": doc, "source": f"{doc}.txt", "start": start, "end": start + 40, "quote": "x"}]
    return MentionRow(id=mid, date=date, date_end=None, date_confidence="stated", type="SUPPORT", mode=None,
                      cameo="051", source_actor=None, target_actor=None, parties=["CHL", "PER"], location=None,
                      summary="", evidence=evidence, goldstein=3.4, quad_class=1, doc_id=doc)


def test_two_acts_of_one_sentence_are_two_events():
    # "President Boric congratulated President Boluarte and expressed appreciation for the partnership."
    assignment, _links = cluster_events([_mention("a", "d1", 10), _mention("b", "d1", 10)])
    assert assignment["a"] != assignment["b"]


def test_retellings_in_two_documents_are_one_event():
    assignment, _links = cluster_events([_mention("a", "d1", 10), _mention("b", "d2", 50)])
    assert assignment["a"] == assignment["b"]


def test_a_retelling_joins_only_one_of_two_acts_of_a_sentence():
    assignment, _links = cluster_events([_mention("a", "d1", 10), _mention("b", "d1", 10), _mention("c", "d2", 50)])
    assert assignment["a"] != assignment["b"]
    assert assignment["c"] in (assignment["a"], assignment["b"])


def test_merged_event_keeps_the_most_specific_place():
    from pactline.link.events import merge_events

    a, b = _mention("a", "d1", 10), _mention("b", "d2", 50)
    a.location, b.location = "Nairobi", "State House, Nairobi"
    assignment, _links = cluster_events([a, b])
    merged = merge_events([a, b], assignment)
    assert len(merged) == 1 and merged[0].location == "State House, Nairobi"


def test_an_act_told_again_undated_in_the_same_report_takes_its_stated_day():
    # "… after Chile shot down a Peruvian drone" (dated only by the report of 2024-05-09) and "the drone was
    # brought down overnight on 2 May" in the same report: one act, of 2 May.
    stated = _mention("a", "d1", 10, date="2024-05-02")
    undated = _mention("b", "d1", 300, date="2024-05-09")
    undated.date_confidence, undated.doc_published = "inferred", "2024-05-09"
    assignment, _links = cluster_events([stated, undated])
    assert assignment["a"] == assignment["b"]
    # Another report, or a day stated by the text itself, stays apart.
    other = _mention("c", "d2", 300, date="2024-05-09")
    other.date_confidence, other.doc_published = "inferred", "2024-05-09"
    assignment, _links = cluster_events([stated, other])
    assert assignment["a"] != assignment["c"]


def test_acts_one_report_gives_different_days_of_their_own_stay_apart():
    # "On Friday, Peru's foreign minister accused Chile of …" and "Chile on Monday accused Peru of …" in a report of
    # Tuesday: two accusations, each keeping its own day.
    friday, monday = _mention("a", "d1", 10, date="2024-04-26"), _mention("b", "d1", 300, date="2024-04-29")
    for m, doer in ((friday, "PER"), (monday, "CHL")):
        m.date_confidence, m.doc_published = "inferred", "2024-04-30"
        m.source_actor = {"name": doer, "country": doer, "role": "government"}
    assignment, _links = cluster_events([friday, monday])
    assert assignment["a"] != assignment["b"]
    # one doer's act told with two days may be one act the text dated twice: the record keeps one
    monday.source_actor = friday.source_actor
    assignment, _links = cluster_events([friday, monday])
    assert assignment["a"] == assignment["b"]
    # one dated only by the report itself may be the other told again
    again = _mention("c", "d1", 500, date="2024-04-30")
    again.date_confidence, again.doc_published = "inferred", "2024-04-30"
    assignment, _links = cluster_events([monday, again])
    assert assignment["b"] == assignment["c"]


def test_merged_event_keeps_the_day_a_sentence_tells_over_the_report_date():
    # "Chile expels Peruvian envoy" (dated by the report of Tuesday) and "Chile on Monday ordered the Peruvian
    # ambassador to leave": one act, done on Monday.
    from pactline.link.events import merge_events

    headline, body = _mention("a", "d1", 0, "2024-05-07"), _mention("b", "d1", 80, "2024-05-06")
    for m in (headline, body):
        m.date_confidence, m.doc_published = "inferred", "2024-05-07"
    assignment, _links = cluster_events([headline, body])
    merged = merge_events([headline, body], assignment)
    assert len(merged) == 1 and merged[0].date == "2024-05-06"


def test_merged_event_keeps_the_date_most_mentions_give():
    from pactline.link.events import merge_events

    members = [_mention("a", "d1", 0, "2024-05-07"), _mention("b", "d1", 80, "2024-05-07"), _mention("c", "d1", 160, "2024-05-06")]
    for m in members:
        m.date_confidence, m.doc_published = "inferred", "2024-05-07"
    assignment, _links = cluster_events(members)
    merged = merge_events(members, assignment)
    assert len(merged) == 1 and merged[0].date == "2024-05-07"


def test_two_meetings_a_report_gives_days_of_their_own_stay_apart():
    # "The presidents held talks on Thursday …" and "Their foreign ministers had met in Arusha on Tuesday to
    # prepare the visit": one report, two days it names itself; the talks' undated retelling joins its own day.
    from pactline.link.events import merge_events

    quotes = {"a": "The presidents of Kenya and Tanzania held talks on Thursday in Dodoma.",
              "b": "The two foreign ministers had met in Arusha on Tuesday to prepare the visit.",
              "c": "After the talks, the Kenyan leader said trade would double."}
    days = {"a": "2024-05-02", "b": "2024-04-30", "c": "2024-05-02"}
    mentions = []
    for n, mid in enumerate("abc"):
        m = _mention(mid, "d1", 100 * n, days[mid])
        m.date_confidence, m.doc_published, m.evidence[0]["quote"] = "inferred", "2024-05-03", quotes[mid]
        mentions.append(m)
    assignment, _links = cluster_events(mentions)
    assert assignment["a"] == assignment["c"] != assignment["b"]
    merged = merge_events(mentions, assignment)
    assert sorted(e.date for e in merged) == ["2024-04-30", "2024-05-02"]


def test_a_day_a_sentence_names_outweighs_mentions_dated_by_the_report():
    # "Ghana has lodged a protest with Togo …" and its headline, both dated by the report of Monday, and "The
    # protest was delivered on Friday": one act, done on the Friday the text names.
    from pactline.link.events import merge_events

    members = [_mention("a", "d1", 0, "2024-05-06"), _mention("b", "d1", 80, "2024-05-06"), _mention("c", "d1", 160, "2024-05-03")]
    quotes = ["Ghana lodges protest with Togo", "Ghana has lodged a protest with Togo over the border closure.",
              "The protest was delivered on Friday through diplomatic channels."]
    for m, quote in zip(members, quotes, strict=True):
        m.date_confidence, m.doc_published, m.evidence[0]["quote"] = "inferred", "2024-05-06", quote
    assignment, _links = cluster_events(members)
    merged = merge_events(members, assignment)
    assert len(merged) == 1 and merged[0].date == "2024-05-03"


def test_a_day_written_with_an_ordinal_suffix_is_a_day_the_sentence_names():
    # two reports disagree on the day: each names its own, so neither outweighs the other for naming it
    from pactline.link.events import _names_its_day

    def told(quote):
        m = _mention("a", "d1", 10, date="2022-09-15")
        m.evidence[0]["quote"] = quote
        return m

    assert _names_its_day(told("jointly announced by the two leaders on September 15th, 2022 in Tashkent"))
    assert _names_its_day(told("announced in Tashkent on the 15th of September 2022"))
    assert not _names_its_day(told("announced in Tashkent last September"))


def test_a_host_receiving_a_guest_and_their_meeting_are_one_event():
    # "Photo: President Ruto receives President Suluhu at State House" beside "Ruto and Suluhu met on Monday".
    hosted, met = _mention("a", "d1", 10), _mention("b", "d1", 300)
    hosted.type = met.type = "CONSULT"
    hosted.mode, met.mode = "host", "meet"
    assignment, _links = cluster_events([hosted, met])
    assert assignment["a"] == assignment["b"]
    # a visit is the occasion around the meeting: it stays its own event
    visit = _mention("c", "d1", 600)
    visit.type, visit.mode = "CONSULT", "visit"
    assignment, _links = cluster_events([hosted, met, visit])
    assert assignment["c"] != assignment["a"]


def test_signings_a_text_writes_out_on_two_days_stay_apart():
    # "the two presidents signed the accord in Accra on 3 May 2024" (the text's own day) and, in its list of
    # instruments, "memorandum on fisheries (signed by the ministers, 2 May 2024)": two signings, each its own day.
    leaders, ministers = _mention("a", "d1", 10, date="2024-05-03"), _mention("b", "d1", 300, date="2024-05-02")
    leaders.evidence[0]["quote"] = "The presidents of Ghana and Togo signed the accord in Accra on 3 May 2024."
    ministers.evidence[0]["quote"] = "- Memorandum on fisheries (signed by the ministers, May 2, 2024)"
    for m in (leaders, ministers):
        m.type, m.doc_published = "AGREE", "2024-05-03"
    assignment, _links = cluster_events([leaders, ministers])
    assert assignment["a"] != assignment["b"]
    # Told again without writing its day out ("the accord signed in Accra"), the day joins the first.
    again = _mention("c", "d1", 500, date="2024-05-03")
    again.type, again.doc_published = "AGREE", "2024-05-03"
    again.evidence[0]["quote"] = "The accord signed in Accra opens the border to trade."
    assignment, _links = cluster_events([leaders, again])
    assert assignment["a"] == assignment["c"]
