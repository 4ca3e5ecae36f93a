"""Meetings told in general English constructions (issue 10, item 4), fifth round: a dateline's
town printed in brackets ("(GENEVA) --", AP copy on ABC News) places the talks the report tells with
no town. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

KISHIDA_YOON = frozenset({"Fumio Kishida", "Yoon Suk Yeol"})


@pytest.mark.parametrize("text, city", [
    ("(SEOUL) \u2014 The two leaders met on Sunday.", "Seoul"),
    ("(NEW DELHI) -- Talks went on late into the night.", "New Delhi"),
    ("(AP) \u2014 The two leaders met on Sunday.", None),
    ("(AFP) - The two leaders met on Sunday.", None),
    ("(CNN) -- The two leaders met on Sunday.", None),
    ("(Newser) \u2013 The two leaders met on Sunday.", None),
])
def test_a_dateline_town_in_brackets(text: str, city: str | None) -> None:
    from kg.extract.furniture import dateline_city

    assert dateline_city(text) == city


@pytest.mark.model
def test_talks_with_no_town_take_the_bracketed_dateline_s(nlp: Any) -> None:
    text = ("(SEOUL) \u2014 Japanese Prime Minister Fumio Kishida holds talks with South Korean President "
            "Yoon Suk Yeol on Sunday in a bid to mend ties.\n")
    assert _events(text, "2023-05-08") == [(KISHIDA_YOON, "Seoul", dt.date(2023, 5, 7))]
