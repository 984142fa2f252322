"""`/api/commitments?overdue=true` lists what `pactline commitments --deadline-passed` lists: pledges whose
deadline passed by their status date without being kept in time, not those past the server's clock."""

import pytest

from pactline.serve.query import Filters, matches


def _pledge(deadline, as_of, follow_ups=(), status="pledged", kind="commitment"):
    return {"deadline": deadline, "status_as_of": as_of, "follow_ups": list(follow_ups), "status": status, "kind": kind}


@pytest.mark.parametrize(
    ("record", "listed"),
    [
        (_pledge("2024-06", "2025-03-04"), True),
        (_pledge("2025-07", "2025-03-04"), False),  # due after the status date, though before today's clock
        (_pledge(None, "2025-03-04"), False),
        (_pledge("2024-06", "2025-03-04", [{"relation": "fulfils", "date": "2024-05-20"}], "fulfilled"), False),
        (_pledge("2024-06", "2025-03-04", status="abandoned"), False),
        # a position is no pledge: `--deadline-passed` lists commitments only
        (_pledge("2024-06", "2025-03-04", status="stated", kind="position"), False),
    ],
)
def test_overdue_is_judged_at_the_status_date(record, listed):
    assert matches("commitments", record, Filters(overdue=True, today="2026-12-07")) is listed
