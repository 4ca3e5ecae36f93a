"""Protests (issue 10, part 3): highways and airports named for their towns, a town named with
its state, a lowercase protest noun read as a name, "they" after a sentence about protesters,
unrest, and spans of background ("after two days of unrest"), on invented sentences in the style
of wire reports about other countries.

With the real spaCy English pipeline (marked ``model``). Publication day Monday 14 September
2020 ("on Sunday" = the 13th).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


def test_a_highway_named_for_a_town(extract: Any) -> None:
    facts = extract("Ghana's opposition called more protests. Protesters blocked the Kumasi highway on Sunday, "
                    "demanding the release of their leader.")
    assert protests(facts) == {("Kumasi", "2020-09-13")}


def test_highways_named_for_towns_of_a_list(extract: Any) -> None:
    facts = extract("Demonstrators blocked the Ndola and Kitwe highways and the Kasama junction on Sunday.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Ndola", "Kitwe", "Kasama")}


def test_a_town_named_with_its_state(extract: Any) -> None:
    facts = extract("Protests against the president continued in Venezuela. In Zulia's Cabimas, demonstrators "
                    "burned tyres on Sunday.")
    assert ("Cabimas", "2020-09-13") in protests(facts)


def test_a_square_named_with_its_town_stays_in_the_town(extract: Any) -> None:
    facts = extract("Protests continued in Iraq. Thousands rallied in Baghdad's Tahrir Square on Sunday.")
    assert protests(facts) == {("Baghdad", "2020-09-13")}


def test_a_lowercase_march_read_as_a_name(extract: Any) -> None:
    facts = extract("The protests in Peru continued. Sunday's march in Cusco drew thousands.")
    assert protests(facts) == {("Cusco", "2020-09-13")}


def test_they_after_a_sentence_about_protesters(extract: Any) -> None:
    facts = extract("Thousands of protesters rallied across Israel on Sunday. They snarled traffic in Haifa "
                    "and blocked the main road.")
    assert ("Haifa", "2020-09-13") in protests(facts)


def test_unrest_in_a_town(extract: Any) -> None:
    facts = extract("The protests in Chile went on. Unrest broke out in Valparaiso on Sunday.")
    assert ("Valparaiso", "2020-09-13") in protests(facts)


@pytest.mark.parametrize("text", [
    "On Sunday, the presidency in Dakar was placed under guard after two days of unrest.",
    "The minister resigned on Sunday after almost two weeks of unrest.",
    "Unlike other spasms of unrest, the vote on Sunday was calm, the minister said.",
    "Unrest first broke out in Caracas on Sunday, when soldiers rose up against the president.",
])
def test_background_unrest_is_no_event_of_the_day(extract: Any, text: str) -> None:
    assert all(day is None for _p, day in protests(extract(text)))


def test_the_capital_and_the_cities_of_a_list(extract: Any) -> None:
    facts = extract("Protests continued in Iraq. On Sunday, riot police fired live rounds at demonstrations in the "
                    "capital and the southern cities of Najaf and Nasiriyah.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Baghdad", "Najaf", "Nasiriyah")}


def test_a_second_in_after_as_well_as(extract: Any) -> None:
    facts = extract("The protests in Peru continued and the government said it would not resign. Marches took "
                    "place on Sunday in Lima as well as in Cusco.")
    assert protests(facts) == {("Lima", "2020-09-13"), ("Cusco", "2020-09-13")}


_KENYA = "Protests spread across Kenya on Tuesday. "


@pytest.mark.parametrize(("text", "towns"), [
    ("In Nakuru, many gathered outside the county offices.", {"Nakuru"}),
    ("Smaller crowds turned out in Nyeri and Garissa.", {"Nyeri", "Garissa"}),
    ("Similar scenes were witnessed in Nakuru, Eldoret and Kisumu.", {"Nakuru", "Eldoret", "Kisumu"}),
    ("Main roads in the towns of Nyeri, Embu and Meru were blocked by burning tyres.", {"Nyeri", "Embu", "Meru"}),
    ("From Mombasa to Kisumu and Nakuru to Eldoret, thousands took to the streets.",
     {"Mombasa", "Kisumu", "Nakuru", "Eldoret"}),
])
def test_gatherings_told_in_a_report_of_protests(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, _d in protests(extract(_KENYA + text))} >= towns


@pytest.mark.parametrize("text", [
    "The crowd waited for the president at the airport in Nakuru on Tuesday.",
    "Roads in Nakuru were blocked by police on Tuesday.",
    "Many will gather in Nakuru on Friday, the organisers said.",
])
def test_no_gathering_without_a_report_of_protests_or_by_the_police(extract: Any, text: str) -> None:
    assert protests(extract(text)) == set()


def test_a_name_before_town_is_a_town(extract: Any) -> None:
    facts = extract("Protests spread across Senegal on Sunday. Two people were killed in clashes in Bignona town, "
                    "in the southern Casamance region, on Sunday.")
    assert ("Bignona", "2020-09-13") in protests(facts)


def test_a_crowd_act_of_a_verb_conjoined_to_another(extract: Any) -> None:
    facts = extract(_KENYA + "Youths blocked the road and set tyres on fire in Kericho.")
    assert ("Kericho", "2020-09-08") in protests(facts)


@pytest.mark.parametrize(("text", "towns"), [
    ("The demonstrations were largest in Nairobi and Mombasa.", {"Nairobi", "Mombasa"}),
    ("Kisumu saw the largest crowds.", {"Kisumu"}),
])
def test_towns_where_the_protests_were(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, _d in protests(extract(_KENYA + text))} >= towns


def test_a_town_read_as_a_name_hit_by_protests(extract: Any) -> None:
    assert ("Garissa", "2020-09-08") in protests(extract(_KENYA + "Garissa too was hit by protests."))


def test_a_town_the_scene_of_clashes(extract: Any) -> None:
    assert ("Nakuru", "2020-09-08") in protests(extract(_KENYA + "Nakuru was the scene of fierce clashes."))
