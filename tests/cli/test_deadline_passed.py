"""`commitments --deadline-passed` lists the pledges not kept by their deadline (a late fulfilment among them, marked
late), never one fulfilled in time."""

from pactline.cli.commitments import _keep, _table


def _pledge(deadline, fulfilled=None):
    follow = [{"relation": "fulfils", "date": fulfilled, "record_id": "f", "evidence": []}] if fulfilled else []
    return {"kind": "commitment", "parties": ["URY"], "domains": ["trade"], "deadline": deadline, "text": "open a desk",
            "made_on": "2024-01-10", "status": "fulfilled" if fulfilled else "overdue", "status_as_of": "2024-11-01",
            "follow_ups": follow}


def test_only_pledges_not_kept_in_time_are_listed():
    in_time, late, open_ = _pledge("2024-06", "2024-05-28"), _pledge("2024-06", "2024-09-20"), _pledge("2024-06")
    assert [_keep(c, None, None, None, True) for c in (in_time, late, open_)] == [False, True, True]
    assert [_keep(c, None, None, None, False) for c in (in_time, late, open_)] == [True, True, True]


def test_a_late_fulfilment_is_marked_in_the_status_column():
    from io import StringIO

    from rich.console import Console

    console = Console(file=StringIO(), width=200)
    console.print(_table([_pledge("2024-06", "2024-09-20")], "commitment", True, {}))
    shown = console.file.getvalue()  # the narrow status column wraps its words
    assert "fulfilled," in shown and "late:" in shown and "2024-09-20" in shown
