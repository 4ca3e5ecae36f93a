"""Probe battery 9 (issue 10, round 12): the day of a meeting told again in a sentence of its own ("The
meeting took place on Monday", "Monday's talks lasted four hours"), also when the sentence is attributed
("The talks took place on Monday, state media said"): the day phrase lies inside the reported clause of the
meeting noun, so it is the meeting's day, not the saying's ("Thuong said on Monday that the meeting had gone
well" still dates nothing). Every sentence is invented for these tests.

Before the change 5 of the 8 dated sentences passed (the three attributed ones failed); after it, all 8. The
2 sentences whose day is the saying's give no day before and after.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12
FIRST = "Vietnamese President Vo Van Thuong met Laotian President Thongloun Sisoulith in Hanoi.\n\n"
PAIR = frozenset({"Vo Van Thuong", "Thongloun Sisoulith"})


@pytest.mark.model
@pytest.mark.parametrize("second, day", [
    ("The meeting took place on Monday.", MONDAY),
    ("The meeting was held on Monday.", MONDAY),
    ("The talks, held on Monday, lasted four hours.", MONDAY),
    ("Monday's talks between the two leaders lasted more than four hours, as both sides had expected.", MONDAY),
    ("The meeting on Monday lasted three hours, according to state media.", MONDAY),
    ("The talks took place on Monday, state media said.", MONDAY),
    ("The meeting took place on Monday, state media said.", MONDAY),
    ("The summit was held on Monday, the Vietnamese foreign ministry said in a statement.", MONDAY),
    ("Speaking on Monday, Thuong said the meeting had gone well.", None),
    ("Thuong said on Monday that the meeting had gone well.", None),
])
def test_the_day_told_in_a_sentence_of_its_own(nlp: Any, second: str, day: dt.date | None) -> None:
    assert _events(FIRST + second + "\n", "2024-03-12") == [(PAIR, "Hanoi", day)]
