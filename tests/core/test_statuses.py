"""The one status vocabulary and a commitment's status as of a date."""

import json
from importlib import resources

import pytest

from pactline.core import statuses


def test_one_vocabulary_in_one_file():
    data = json.loads(resources.files("pactline.data").joinpath("statuses.json").read_text(encoding="utf-8"))
    assert statuses.names() == tuple(s["name"] for s in data["statuses"])
    assert {"pledged", "reaffirmed", "in_progress", "fulfilled", "overdue", "delayed", "abandoned"} <= set(statuses.names("commitment"))
    assert statuses.names("position") == ("stated",)


def _f(relation, date):
    return {"relation": relation, "date": date, "record_id": f"x{date}"}


@pytest.mark.parametrize(
    "deadline,follow_ups,as_of,expected",
    [
        (None, [], "2024-10", "pledged"),
        ("2023", [], "2024-10", "overdue"),  # "hold the fifth meeting within this year", nothing since
        ("2023", [], "2023-11", "pledged"),  # not yet passed
        ("2023", [_f("fulfils", "2023-12")], "2024-10", "fulfilled"),
        ("2023", [_f("reaffirms", "2024-03")], "2024-10", "overdue"),
        ("2023", [_f("delays", "2024-03")], "2024-10", "delayed"),
        (None, [_f("fulfils", "2024-06"), _f("reaffirms", "2024-09")], "2024-10", "fulfilled"),
        (None, [_f("fulfils", "2024-06")], "2024-05", "pledged"),  # fulfilment not yet known on that date
        (None, [_f("progress", "2024-02"), _f("reaffirms", "2024-09")], "2024-10", "reaffirmed"),
        (None, [_f("contradicts", "2024-02")], "2024-10", "abandoned"),
        ("2025-06", [], "2025-07-01", "overdue"),
    ],
)
def test_status_as_of(deadline, follow_ups, as_of, expected):
    assert statuses.derive("commitment", deadline, follow_ups, as_of) == expected


def test_positions_are_stated():
    assert statuses.derive("position", "2020", [], "2024") == "stated"


@pytest.mark.parametrize(
    "deadline,follow_ups,as_of,missed,late",
    [
        ("2024-06", [_f("fulfils", "2024-05-20")], "2024-10", False, None),  # kept in time: not a missed deadline
        ("2024-06", [_f("fulfils", "2024-09-13")], "2024-10", True, "2024-09-13"),  # kept, three months late
        ("2024-06", [_f("reaffirms", "2024-08")], "2024-10", True, None),  # not kept
        ("2024-06", [_f("fulfils", "2024-09-13")], "2024-08", True, None),  # late fulfilment not yet known
        ("2025", [], "2024-10", False, None),  # not yet passed
        (None, [_f("fulfils", "2024-09-13")], "2024-10", False, None),
    ],
)
def test_a_deadline_missed_and_a_late_fulfilment(deadline, follow_ups, as_of, missed, late):
    assert statuses.deadline_missed(deadline, follow_ups, as_of) is missed
    assert statuses.fulfilled_late(deadline, follow_ups, as_of) == late
