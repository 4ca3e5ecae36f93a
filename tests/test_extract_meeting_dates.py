"""The day of a meeting, not of the report about it (issue 10, item 4): a date phrase that belongs to
the saying or to another deed is not the meeting's. Real spaCy pipeline; invented sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .meeting_facts import meetings as _meetings

pytestmark = pytest.mark.model




PAIR = frozenset({"Olaf Scholz", "Joe Biden"})


def test_the_day_of_the_saying_before_the_reported_subject_is_not_the_meetings(nlp: Any) -> None:
    # the parser hangs "on Wednesday" on "met"; it is the day Scholz told reporters
    text = "Olaf Scholz told reporters on Wednesday he met Joe Biden in Washington on Monday.\n"
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", dt.date(2022, 2, 7))]


def test_a_reported_meeting_without_a_day_of_its_own_has_none(nlp: Any) -> None:
    text = "Olaf Scholz told reporters on Wednesday he met Joe Biden in Washington.\n"
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", None)]


def test_the_meeting_told_again_inside_what_someone_says_takes_no_day_from_the_saying(nlp: Any) -> None:
    text = ("Olaf Scholz met Joe Biden in Washington.\n\n"
            "Talking to journalists on Thursday, Scholz said the meeting had been friendly.\n")
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", None)]


def test_the_meeting_named_under_another_noun_takes_no_day_from_its_verb(nlp: Any) -> None:
    text = ("Olaf Scholz met Joe Biden in Washington.\n\n"
            "Scholz issued a statement on Thursday praising the outcome of the meeting.\n")
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", None)]


def test_the_meeting_told_again_as_subject_lends_its_day(nlp: Any) -> None:
    text = "Olaf Scholz met Joe Biden in Washington.\n\nThe meeting took place on Wednesday.\n"
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", dt.date(2022, 2, 9))]


KIM_PUTIN = frozenset({"Kim Jong Un", "Vladimir Putin"})


def test_the_day_of_the_journey_does_not_date_talks_told_apart(nlp: Any) -> None:
    # the arrival is on Tuesday; the talks, told in a sentence of their own, carry no day
    text = ("Kim Jong Un arrived in Russia on Tuesday for talks with Vladimir Putin.\n\n"
            "The two leaders met at the Vostochny cosmodrome.\n")
    assert _meetings(text, "2023-09-13") == [(KIM_PUTIN, "Vostochny cosmodrome", None)]


def test_talks_told_apart_on_their_own_day_in_the_country_of_the_journey_are_one_meeting(nlp: Any) -> None:
    text = ("Kim Jong Un arrived in Russia on Tuesday for talks with Vladimir Putin.\n\n"
            "The two leaders met at a space launch centre on Wednesday.\n")
    assert _meetings(text, "2023-09-13") == [(KIM_PUTIN, "Russia", dt.date(2023, 9, 13))]


def test_a_journey_to_a_town_for_talks_held_there_on_another_day_is_one_meeting(nlp: Any) -> None:
    text = ("Narendra Modi arrived in Wuhan on Thursday night for an informal summit with Xi Jinping.\n\n"
            "The two leaders held talks on Friday.\n")
    assert _meetings(text, "2018-04-27") == [(frozenset({"Narendra Modi", "Xi Jinping"}), "Wuhan", dt.date(2018, 4, 27))]


def test_a_meeting_further_down_the_sentence_takes_its_own_day(nlp: Any) -> None:
    # "on Monday" hangs on "held", "on Tuesday" on "meet": each meeting takes the date nearest to it
    text = ("German Chancellor Olaf Scholz held talks with French President Emmanuel Macron in Paris on Monday, "
            "before travelling to Warsaw to meet Polish President Andrzej Duda on Tuesday.\n")
    got = _meetings(text, "2022-05-25")
    assert (frozenset({"Olaf Scholz", "Emmanuel Macron"}), "Paris", dt.date(2022, 5, 23)) in got
    assert (frozenset({"Olaf Scholz", "Andrzej Duda"}), "Warsaw", dt.date(2022, 5, 24)) in got


def test_a_meeting_scheduled_for_a_weekday_is_on_the_next_one(nlp: Any) -> None:
    text = "A meeting between Olaf Scholz and Joe Biden is scheduled for Friday in Washington.\n"
    assert _meetings(text, "2022-02-09") == [(PAIR, "Washington", dt.date(2022, 2, 11))]


def test_a_meeting_timed_by_an_as_or_when_clause_takes_its_day(nlp: Any) -> None:
    text = ("Olaf Scholz flew to Washington for talks with Joe Biden. Television showed the two leaders shaking "
            "hands as they posed for photographers on Monday.\n")
    assert _meetings(text, "2022-02-09") == [(PAIR, "Washington", dt.date(2022, 2, 7))]
