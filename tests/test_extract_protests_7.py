"""Protests as events (issue 10, item 3), seventh round: towns of lists, roads and tallies that
real reports name and the rules missed. Invented sentences about other countries, through the
real pipeline (marked ``model``); published Monday 14 September 2020, so "on Sunday" is the 13th.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


def test_towns_included_in_a_region_are_the_places(extract: Any) -> None:
    facts = extract("In the Altiplano, rallies were held in several cities on Sunday, including Puno, Juliaca and Tacna.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Puno", "Juliaca", "Tacna")}


def test_deaths_town_by_town(extract: Any) -> None:
    facts = extract("Protests swept Iran on Sunday. Four people were killed in Shiraz and two in Ahvaz.")
    assert {p for p, _ in protests(facts)} >= {"Shiraz", "Ahvaz"}


def test_deaths_reported_in_provinces(extract: Any) -> None:
    facts = extract("Protests swept Iraq on Friday. In both Maysan and Dhi Qar provinces, six were reported killed, "
                    "one in Muthanna province, and three in Basra.")
    assert {p for p, _ in protests(facts)} >= {"Maysan", "Dhi Qar", "Muthanna", "Basra"}


def test_town_after_a_curly_possessive(extract: Any) -> None:
    facts = extract("Meanwhile in Adjara’s Kobuleti, opposition supporters blocked a main road on Sunday.")
    assert protests(facts) == {("Kobuleti", "2020-09-13")}


def test_country_as_the_address_of_a_towns_gathering(extract: Any) -> None:
    facts = extract("Thousands of protesters rallied in Serbia on Sunday, gathering outside parliament in Belgrade.")
    assert protests(facts) == {("Belgrade", "2020-09-13")}


def test_the_town_of_a_venue_with_a_curly_possessive(extract: Any) -> None:
    facts = extract("Thousands of protesters rallied at Tbilisi’s Rustaveli Avenue on Sunday.")
    assert protests(facts) == {("Tbilisi", "2020-09-13")}


def test_the_dateline_town_the_model_read_as_a_body(extract: Any) -> None:
    facts = extract("KUTAISI - Opposition activists staged demonstrations in the city on Sunday.\n\n"
                    "Kutaisi residents said the march went on.")
    assert {p for p, _ in protests(facts)} == {"Kutaisi"}


def test_other_towns_of_a_people_are_no_town(extract: Any) -> None:
    facts = extract("Hundreds of thousands of protesters took to the streets of Tbilisi and other Georgian towns on Sunday.")
    assert "Georgian" not in {p for p, _ in protests(facts)}


def test_towns_that_label_the_lines_of_a_live_report(extract: Any) -> None:
    facts = extract("Protests erupted across Georgia.\n\n  • Batumi: Youths gathered in various locations, with riot police "
                    "heavily deployed.\n\n  • Gori Protests: Residents pulled down a party symbol and protested at a petrol "
                    "station.\n\n  • Kutaisi: Thousands of young protesters took to the streets.")
    assert {p for p, _ in protests(facts)} >= {"Batumi", "Gori", "Kutaisi"}


def test_detentions_town_by_town(extract: Any) -> None:
    facts = extract("Thousands rallied across Belarus on Sunday. Viasna reported 1,600 detentions in Minsk and 500 in Grodno.")
    assert {p for p, _ in protests(facts)} >= {"Minsk", "Grodno"}
    facts = extract("Thousands rallied across Belarus on Sunday. Police detained 300 people in Minsk and 120 in Grodno.")
    assert {p for p, _ in protests(facts)} >= {"Minsk", "Grodno"}


def test_towns_that_name_the_highways_blocked(extract: Any) -> None:
    facts = extract("Peruvian protesters took to the streets on Tuesday. In the south, protesters blocked the Pomata and Zepita "
                    "highways.")
    assert {p for p, _ in protests(facts)} >= {"Pomata", "Zepita"}


def test_every_town_of_a_from_to_sweep(extract: Any) -> None:
    facts = extract("Protests continued across Peru on Wednesday. From Cusco and Sicuani in the Andes to Arequipa in the "
                    "south, Puno, Juliaca and Tacna in the far south and in Lima at the Plaza San Martin, vital roads were "
                    "blocked.")
    places = {p for p, _ in protests(facts)}
    assert places >= {"Cusco", "Sicuani", "Arequipa", "Puno", "Juliaca", "Tacna", "Lima"}
    assert "Andes" not in places


def test_the_town_of_the_building_a_crowd_faces(extract: Any) -> None:
    facts = extract("Georgia is in turmoil. Opposition supporters rallied outside the Central Election Commission in "
                    "Tbilisi on Sunday.")
    assert protests(facts) == {("Tbilisi", "2020-09-13")}


@pytest.mark.parametrize("text, towns", [
    ("Serbia is in turmoil. Protests took place on Sunday in cities including Novi Sad, Nis and Kragujevac.",
     {"Novi Sad", "Nis", "Kragujevac"}),
    ("Serbia is in turmoil. Protests were held on Sunday in Belgrade as well as in Novi Sad and Nis.",
     {"Belgrade", "Novi Sad", "Nis"}),
    ("Serbia is in turmoil. The protests spread on Sunday from Belgrade to Novi Sad, Nis and Kragujevac.",
     {"Novi Sad", "Nis", "Kragujevac"}),
    ("Serbia is in turmoil. Students in Novi Sad, Nis and Kragujevac joined the protest on Sunday.",
     {"Novi Sad", "Nis", "Kragujevac"}),
    ("Serbia is in turmoil. Students in Novi Sad staged a protest on Sunday.", {"Novi Sad"}),
])
def test_every_town_of_a_list(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, _ in protests(extract(text))} >= towns


@pytest.mark.parametrize("text, town", [
    ("Protests swept Kenya on Tuesday. Mombasa's streets were alive with protests against the bill.", "Mombasa"),
    ("Protests swept Kenya on Tuesday. Kisumu's streets were filled with protesters.", "Kisumu"),
    ("Protests swept Kenya on Tuesday. Similar scenes played out in Nakuru and Eldoret.", "Eldoret"),
    ("Protests swept Kenya on Tuesday. Running battles between police and youths were reported in Kisumu.", "Kisumu"),
])
def test_a_towns_streets_scenes_and_battles(extract: Any, text: str, town: str) -> None:
    assert town in {p for p, _ in protests(extract(text))}


def test_what_the_crowd_reached_lies_across_the_country(extract: Any) -> None:
    facts = extract("Serbian students rallied in Belgrade on Saturday. On Sunday the demonstrators converged on train "
                    "stations throughout the country.")
    assert protests(facts) == {("Belgrade", "2020-09-12"), ("Serbia", "2020-09-13")}


def test_force_used_on_a_crowd_hung_on_the_weapon(extract: Any) -> None:
    facts = extract("Protests swept Serbia on Sunday. Police used water cannons on demonstrators near the president's home "
                    "in Belgrade.")
    assert "Belgrade" in {p for p, _ in protests(facts)}


@pytest.mark.parametrize("text", [
    "Protests swept Iran on Sunday. Security forces cracked down on protesters in Sanandaj.",
    "Protests swept Iran on Sunday. Protesters were met with tear gas in Sanandaj.",
    "Protests swept Iran on Sunday. Dozens of demonstrators were injured in Sanandaj.",
])
def test_harm_done_to_a_crowd(extract: Any, text: str) -> None:
    assert "Sanandaj" in {p for p, _ in protests(extract(text))}


def test_the_town_of_a_square_after_a_curly_possessive(extract: Any) -> None:
    facts = extract("Armenia is in turmoil. Demonstrators in Yerevan’s Republic Square chanted slogans on Sunday.")
    assert protests(facts) == {("Yerevan", "2020-09-13")}


def test_a_second_in_hung_on_the_verb(extract: Any) -> None:
    facts = extract("Georgia is in turmoil. Protesters also gathered on Sunday in Kutaisi, Georgia's second-largest city, "
                    "and in the Black Sea port of Batumi.")
    assert protests(facts) == {("Kutaisi", "2020-09-13"), ("Batumi", "2020-09-13")}


def test_a_zone_is_a_venue_of_its_town(extract: Any) -> None:
    facts = extract("Protests swept Iraq on Friday. Police fired tear gas at crowds in Baghdad as thousands of protesters "
                    "massed near the high-security Green Zone.")
    assert "Green Zone" not in {p for p, _ in protests(facts)}
    assert ("Baghdad", "2020-09-11") in protests(facts)
