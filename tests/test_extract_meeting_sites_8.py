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


def visits(text: str, published: str) -> list[tuple[str, str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["participants"][0]], names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Visit"]


def test_the_capital_of_a_country_named_by_a_demonym_of_two_words(nlp: Any) -> None:
    # "South Korean" is one demonym: the capital is Seoul, not the capital of the visitor's Japan
    text = ("Japanese Prime Minister Fumio Kishida arrived in the South Korean capital on Wednesday for talks with "
            "President Yoon Suk Yeol.\n")
    assert meetings(text, "2024-03-14") == [(frozenset({"Fumio Kishida", "Yoon Suk Yeol"}), "Seoul", dt.date(2024, 3, 13))]


def test_a_visit_to_a_capital_named_in_apposition_or_by_its_country(nlp: Any) -> None:
    text = "Japanese Prime Minister Fumio Kishida will visit the South Korean capital, Seoul, next month, officials said.\n"
    assert visits(text, "2024-03-14") == [("Fumio Kishida", "Seoul", None)]
    text = "Kenyan President William Ruto will visit the Ethiopian capital next week, his office said on Monday.\n"
    assert visits(text, "2024-03-14") == [("William Ruto", "Addis Ababa", None)]


def test_a_generic_seat_named_with_its_town_is_in_that_town(nlp: Any) -> None:
    # "the State House in Kampala": not the State House of the first country named (Kenya's, in Nairobi)
    text = ("Kenyan President William Ruto arrived at the State House in Kampala on Wednesday. Ruto and Ugandan "
            "President Yoweri Museveni then held talks for three hours.\n")
    assert meetings(text, "2024-03-14") == [(RUTO_MUSEVENI, "Kampala", dt.date(2024, 3, 13))]
    assert visits(text, "2024-03-14") == [("William Ruto", "Kampala", dt.date(2024, 3, 13))]


def test_talks_a_day_before_a_journey_take_the_day_of_the_events_at_its_end(nlp: Any) -> None:
    # the journey's sentence gives no day: the talks at its end do, counted back
    text = ("Kenyan President William Ruto is holding talks in Addis Ababa with Ethiopian Prime Minister Abiy Ahmed on "
            "March 12. Ruto came to Addis Ababa a day after meeting in Kampala with President Yoweri Museveni.\n")
    assert (RUTO_MUSEVENI, "Kampala", dt.date(2024, 3, 11)) in meetings(text, "2024-03-14")
    text = ("Kenyan President William Ruto arrived in Addis Ababa on Tuesday for talks with Ethiopian Prime Minister "
            "Abiy Ahmed. Ruto flew to Addis Ababa two days after meeting Ugandan President Yoweri Museveni in Kampala.\n")
    assert (RUTO_MUSEVENI, "Kampala", dt.date(2024, 3, 10)) in meetings(text, "2024-03-14")
