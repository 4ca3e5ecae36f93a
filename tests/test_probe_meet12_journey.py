"""Probe battery 4 (issue 10, round 12): the talks told after the journey made for them. A journey to the
town (or site) of the talks ("arrived in Hanoi on Monday for talks with Y") followed by the talks in a
sentence with no day of its own ("The two leaders held talks at the palace", "Their talks lasted four hours")
dates the talks by the journey, as the same report does when the arrival sentence names no talks ("X
arrived in Hanoi on Monday. He held talks with Y"). A journey to a country ("arrived in Russia on Tuesday for
talks") still lends no day: the talks may be days later, far from the border. Every sentence is invented.

Before the change 3 of the 9 sentences passed (the country journey and the two with no "for talks"); after it, all 9.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12
LAOS_VIETNAM = frozenset({"Thongloun Sisoulith", "Vo Van Thuong"})


@pytest.mark.model
@pytest.mark.parametrize("text, town, day", [
    ("Lao President Thongloun Sisoulith arrived in Hanoi on Monday for talks with Vietnamese President Vo Van Thuong.\n\n"
     "The two leaders held talks at the Presidential Palace.", "Hanoi", MONDAY),
    ("Lao President Thongloun Sisoulith arrived in Hanoi by train on Monday for talks with Vietnamese President Vo Van "
     "Thuong.\n\nThe two leaders held talks at the Presidential Palace that lasted more than three hours, state media "
     "reported.", "Hanoi", MONDAY),
    ("Lao President Thongloun Sisoulith arrived in Hanoi on Monday for talks with Vietnamese President Vo Van Thuong.\n\n"
     "Thongloun and Thuong held talks in the city, state media said.", "Hanoi", MONDAY),
    ("Lao President Thongloun Sisoulith flew into Hanoi on Monday for a summit with Vietnamese President Vo Van Thuong.\n\n"
     "The two presidents met at the Presidential Palace, where they signed a railway deal.", "Hanoi", MONDAY),
    ("Lao President Thongloun Sisoulith travelled to Hanoi on Monday to meet Vietnamese President Vo Van Thuong.\n\n"
     "The two leaders met at the Presidential Palace.", "Hanoi", MONDAY),
    ("Lao President Thongloun Sisoulith arrived at the Presidential Palace in Hanoi on Monday for talks with Vietnamese "
     "President Vo Van Thuong.\n\nThe two leaders held talks for three hours.", "Hanoi", MONDAY),
    # the journey names no talks: the visit lends its day (unchanged)
    ("Lao President Thongloun Sisoulith arrived in Hanoi on Monday.\n\nThongloun and Vietnamese President Vo Van Thuong "
     "held talks at the Presidential Palace.", "Hanoi", MONDAY),
    ("Lao President Thongloun Sisoulith arrived in Hanoi on Monday.\n\nHe held talks with Vietnamese President Vo Van "
     "Thuong at the Presidential Palace.", "Hanoi", MONDAY),
    # a journey to a country: no day lent (unchanged)
    ("Lao President Thongloun Sisoulith arrived in Vietnam on Sunday for talks with Vietnamese President Vo Van Thuong.\n\n"
     "The two leaders met at the Presidential Palace in Hanoi.", "Hanoi", None),
])
def test_talks_told_after_the_journey_to_their_town(nlp: Any, text: str, town: str, day: dt.date | None) -> None:
    assert _events(text + "\n", "2024-03-12") == [(LAOS_VIETNAM, town, day)]
