"""Meetings' and visits' places, dates and participants told in general constructions of wire copy
(issue 10, part 4), ninth stop. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.meeting_facts import meetings

pytestmark = pytest.mark.model


def test_a_place_in_a_participants_title_is_not_where_they_met(nlp: Any) -> None:
    # "the Prime Minister of Spain", "the mayor of Kyiv": an office, not the talks' place
    text = ("The talks between the Prime Minister of Spain Pedro Sanchez and opposition leader Alberto Nunez Feijoo "
            "failed on Tuesday.\n")
    assert meetings(text, "2024-03-14") == [(frozenset({"Pedro Sanchez", "Alberto Nunez Feijoo"}), None, dt.date(2024, 3, 12))]
    text = "Turkish President Recep Tayyip Erdogan met the mayor of Istanbul, Ekrem Imamoglu, last week.\n"
    assert meetings(text, "2024-03-14") == [(frozenset({"Recep Tayyip Erdogan", "Ekrem Imamoglu"}), None, None)]
    # a place phrase of its own still places the talks
    text = "The talks between the Prime Minister of Spain Pedro Sanchez and opposition leader Alberto Feijoo in Madrid failed on Tuesday.\n"
    assert meetings(text, "2024-03-14") == [(frozenset({"Pedro Sanchez", "Alberto Feijoo"}), "Madrid", dt.date(2024, 3, 12))]


def visits(text: str, published: str) -> list[tuple[str, str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["participants"][0]], names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Visit"]


def test_an_arrival_in_a_town_told_by_its_demonym_is_in_the_town_named_before(nlp: Any) -> None:
    # "the eastern Chinese city": the Chinese town the text named, known to the gazetteer or not
    text = "Lula will meet Xi in Shanghai. Lula arrived in the eastern Chinese city on Tuesday for a three-day visit.\n"
    assert visits(text, "2024-03-14") == [("Luiz Inacio Lula da Silva", "Shanghai", dt.date(2024, 3, 12))]
    text = ("Chinese President Xi Jinping will host Brazilian President Luiz Inacio Lula da Silva in Beijing. Lula landed "
            "in the Chinese city on Wednesday.\n")
    assert visits(text, "2024-03-14") == [("Luiz Inacio Lula da Silva", "Beijing", dt.date(2024, 3, 13))]


def test_a_day_closing_the_reported_clause_before_the_attribution_is_the_meetings(nlp: Any) -> None:
    # the parser hangs "today" on "said": before the comma and the attribution, it is the talks' day
    text = "Japanese Prime Minister Fumio Kishida will meet Philippine President Ferdinand Marcos Jr in Tokyo today, his office said.\n"
    assert meetings(text, "2024-03-14") == [(frozenset({"Fumio Kishida", "Ferdinand Marcos Jr"}), "Tokyo", dt.date(2024, 3, 14))]
    # the day of the saying stays the saying's
    text = "Russian President Vladimir Putin will host Turkish President Recep Tayyip Erdogan in Sochi, the Kremlin said on Monday.\n"
    assert meetings(text, "2024-03-14") == [(frozenset({"Vladimir Putin", "Recep Tayyip Erdogan"}), "Sochi", None)]


def test_talks_told_on_two_days_have_no_one_day(nlp: Any) -> None:
    # "this Friday and Saturday", "on Wednesday and Thursday": a span of days, as "from April 27 to 28"
    text = ("The two-day summit between Indian Prime Minister Narendra Modi and Japanese Prime Minister Shinzo Abe "
            "will take place in Tokyo this Friday and Saturday.\n")
    assert meetings(text, "2024-03-14") == [(frozenset({"Narendra Modi", "Shinzo Abe"}), "Tokyo", None)]
    text = "Egyptian President Abdel Fattah al-Sisi will meet Jordan's King Abdullah in Cairo on Wednesday and Thursday.\n"
    assert meetings(text, "2024-03-14") == [(frozenset({"Abdel Fattah al-Sisi", "Abdullah"}), "Cairo", None)]
    # one day and another event joined by "and" keep the day
    text = "Egyptian President Abdel Fattah al-Sisi met Jordan's King Abdullah in Cairo on Monday and 20 people were hurt.\n"
    assert meetings(text, "2024-03-14") == [(frozenset({"Abdel Fattah al-Sisi", "Abdullah"}), "Cairo", dt.date(2024, 3, 11))]


def test_talks_the_afternoon_after_an_arrival_are_on_its_day(nlp: Any) -> None:
    text = ("Kenyan President William Ruto arrived in Kampala on Wednesday for talks with Ugandan President Yoweri "
            "Museveni. Museveni received Ruto in the afternoon.\n")
    assert meetings(text, "2024-03-14") == [(frozenset({"William Ruto", "Yoweri Museveni"}), "Kampala", dt.date(2024, 3, 13))]


def test_a_venue_named_generic_word_first_is_in_its_town(nlp: Any) -> None:
    # "Plaza Bolivar", as "Villa La Grange": a square in the town named with it
    text = ("After her talks with President Nicolas Maduro, EU foreign policy chief Josep Borrell visited Caracas's "
            "Plaza Bolivar, the center of the protests.\n")
    assert visits(text, "2024-03-14") == [("Josep Borrell", "Caracas", None)]
