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


def test_a_meeting_noun_named_for_a_seat_of_government_is_in_its_town(nlp: Any) -> None:
    text = ("The Kremlin talks between Russian President Vladimir Putin and Hungarian Prime Minister Viktor Orban "
            "lasted five hours, and the two leaders spoke about the supply of gas to Europe.\n")
    assert meetings(text, "2024-03-15") == [(frozenset({"Vladimir Putin", "Viktor Orban"}), "Moscow", None)]
    text = "US President Joe Biden and Kenyan President William Ruto held a White House meeting on Thursday.\n"
    assert meetings(text, "2024-03-15") == [(frozenset({"Joe Biden", "William Ruto"}), "Washington", dt.date(2024, 3, 14))]


def test_a_venue_named_without_its_town_is_placed_in_the_town_the_text_names(nlp: Any) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed received Kenyan President William Ruto at the Skylight Hotel on Monday. "
            "Crowds lined the streets of Addis Ababa to greet the Kenyan leader.\n")
    assert meetings(text, "2024-03-12") == [(frozenset({"Abiy Ahmed", "William Ruto"}), "Addis Ababa", dt.date(2024, 3, 11))]
    text = ("Talks between Ghanaian President Nana Akufo-Addo and Togolese President Faure Gnassingbe opened on Monday "
            "at the Labadi Beach Hotel. Security was tight across Accra.\n")
    assert meetings(text, "2024-03-12") == [
        (frozenset({"Nana Akufo-Addo", "Faure Gnassingbe"}), "Accra", dt.date(2024, 3, 11))]
