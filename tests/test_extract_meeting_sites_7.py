"""Meetings' places, dates and participants told in general constructions of wire copy (issue 10,
part 4), seventh stop. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.meeting_facts import meetings

pytestmark = pytest.mark.model

KISHIDA_YOON = frozenset({"Fumio Kishida", "Yoon Suk Yeol"})


def test_a_meeting_noun_named_for_its_town_is_placed_there(nlp: Any) -> None:
    text = ("The Seoul summit between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
            "ended on Thursday.\n")
    assert meetings(text, "2024-03-15") == [(KISHIDA_YOON, "Seoul", dt.date(2024, 3, 14))]


def test_a_meeting_told_again_by_its_town_lends_the_town(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks on Thursday. "
            "The Seoul meeting ended with a pledge to share intelligence.\n")
    assert meetings(text, "2024-03-15") == [(KISHIDA_YOON, "Seoul", dt.date(2024, 3, 14))]


def test_two_towns_naming_a_meeting_are_its_parties_not_its_place(nlp: Any) -> None:
    text = ("The Tokyo-Seoul talks between Japanese Prime Minister Fumio Kishida and South Korean President "
            "Yoon Suk Yeol ended on Friday.\n")
    assert meetings(text, "2024-03-15") == [(KISHIDA_YOON, None, dt.date(2024, 3, 15))]
