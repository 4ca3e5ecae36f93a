"""Protests as events (issue 10, item 3), twelfth round: where the movement began, hyphenated towns of
a list, deaths told as lives lost, and "since the beginning of the protests". Invented sentences about
other countries, through the real pipeline (marked ``model``); published Monday 14 September 2020, so
"on Sunday" is the 13th and "on Tuesday" the 8th.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


def test_where_the_protests_began_is_a_towns_gathering(extract: Any) -> None:
    facts = extract("The protests began in Lima on Tuesday and spread to Arequipa, Cusco, Puno, "
                    "and other parts of the country.")
    assert protests(facts) == {("Lima", "2020-09-08"), ("Arequipa", None), ("Cusco", None), ("Puno", None)}


def test_the_towns_it_spread_to_keep_a_day_of_their_own(extract: Any) -> None:
    facts = extract("Protests spread to Shymkent and Aktobe on Tuesday.")
    assert protests(facts) == {("Shymkent", "2020-09-08"), ("Aktobe", "2020-09-08")}


def test_when_the_protests_began_alone_is_background(extract: Any) -> None:
    assert protests(extract("The protests started on September 1.")) == set()
    assert protests(extract("Since the protests began in Lima on Tuesday, 12 people have died.")) == set()


def test_since_the_beginning_of_the_protests_is_background(extract: Any) -> None:
    facts = extract("At least 19 have been killed since the beginning of the protests three days ago.")
    assert protests(facts) == set()


@pytest.mark.parametrize("text, towns", [
    ("Protests were held on Sunday in Rennes, Aix-en-Provence, Lyon and Marseille.",
     {"Rennes", "Aix-en-Provence", "Lyon", "Marseille"}),
    ("Algerians marched in Algiers on Friday. Large-scale demonstrations were also reported in Oued Souf, "
     "Tizi-Ouzou, Skikda and Bejaia, spontaneous marches initiated by citizens.",
     {"Algiers", "Oued Souf", "Tizi-Ouzou", "Skikda", "Bejaia"}),
])
def test_every_town_of_a_list_with_hyphenated_names(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, _ in protests(extract(text))} == towns


def test_lives_lost_in_a_town_are_its_protests_deaths(extract: Any) -> None:
    facts = extract("During the clashes, seven protesters were killed in Puno. Four more lost their lives in Juliaca.")
    assert {p for p, _ in protests(facts)} == {"Puno", "Juliaca"}
    deaths = {e.get("death_count") for e in facts["events"] if e["type"] == "Protest"}
    assert deaths == {7, 4}


def test_where_the_protests_have_started_in_a_region_is_the_movement(extract: Any) -> None:
    facts = extract("In the country's Far East, the protests have already started, with dozens reported detained. "
                    "Thousands rallied in Moscow on Saturday.")
    assert protests(facts) == {("Moscow", "2020-09-12")}


def test_a_national_wave_with_towns_left_undated_stays_undated(extract: Any) -> None:
    facts = extract("The president spoke after nationwide demonstrations led by students, who have been protesting "
                    "against the tax bill. The protests began in Lima on Tuesday and spread to Arequipa, Cusco, "
                    "and other parts of the country.")
    assert ("Peru", "2020-09-08") not in protests(facts)
    assert ("Lima", "2020-09-08") in protests(facts)


@pytest.mark.parametrize("text, town", [
    ("KYIV, Dec 1 (Reuters) - Demonstrators occupied Kyiv city hall on Sunday.", "Kyiv"),
    ("BISHKEK (Reuters) - Protesters stormed government buildings in the Kyrgyz capital on Tuesday, "
     "demanding the annulment of Sunday's election.", "Bishkek"),
])
def test_the_crowd_after_a_dateline_is_no_name(extract: Any, text: str, town: str) -> None:
    assert {p for p, _ in protests(extract(text))} == {town}


def test_a_province_after_the_last_town_of_a_list_is_its_address(extract: Any) -> None:
    facts = extract("Protests swept Iran on Friday. Clashes were reported in the cities of Sanandaj, Saqqez and "
                    "Mahabad in Kurdistan province.")
    assert {p for p, _ in protests(facts)} == {"Iran", "Sanandaj", "Saqqez", "Mahabad"}


def test_where_the_crowds_were_in_a_report_of_protests(extract: Any) -> None:
    facts = extract("Protests swept Iran on Friday. The largest crowds were in Tehran, Isfahan and Tabriz.")
    assert {p for p, _ in protests(facts)} == {"Iran", "Tehran", "Isfahan", "Tabriz"}
    assert protests(extract("Thousands rallied in Yerevan on Monday. The crowd was in a festive mood.")) == {
        ("Yerevan", "2020-09-14")}


def test_a_crowd_that_held_a_vigil_is_its_size_not_detainees(extract: Any) -> None:
    facts = extract("Tens of thousands of people held a candlelight vigil in Hong Kong's Victoria Park on Thursday.")
    (event,) = [e for e in facts["events"] if e["type"] == "Protest"]
    assert event.get("participant_count") == 10000 and not event.get("detained_count")
    facts = extract("Police held 30 protesters in Minsk on Sunday.")
    assert [e.get("detained_count") for e in facts["events"] if e["type"] == "Protest"] == [30]
