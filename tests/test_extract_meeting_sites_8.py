"""Meetings' places, dates and participants told in general constructions of wire copy (issue 10,
part 4), eighth stop. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.meeting_facts import meetings

pytestmark = pytest.mark.model

RUTO_MUSEVENI = frozenset({"William Ruto", "Yoweri Museveni"})


def test_talks_in_a_town_two_leaders_came_to_are_on_the_day_the_last_one_came(nlp: Any) -> None:
    text = ("Kenyan President William Ruto landed at Geneva Airport on Wednesday. Ugandan President Yoweri Museveni "
            "arrived in Geneva on Tuesday. An hour later, Swiss President Viola Amherd welcomed them to the villa and "
            "Ruto and Museveni shook hands.\n")
    assert (RUTO_MUSEVENI, "Geneva", dt.date(2024, 3, 13)) in meetings(text, "2024-03-14")
