"""Protests as events (issue 10, item 3), eighth round: a seat of government owned by a named
country, and lists of towns the parser breaks or hangs on the verb. Invented sentences about
other countries, through the real pipeline (marked ``model``); published Monday 14 September
2020, so "on Sunday" is the 13th.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, town", [
    ("Protesters rallied outside the Georgian parliament on Sunday night.", "Tbilisi"),
    ("Thousands of people gathered outside Serbia's parliament on Sunday evening.", "Belgrade"),
    ("Thousands protested outside the Kenyan parliament on Sunday as lawmakers voted on the bill.", "Nairobi"),
])
def test_a_country_s_parliament_is_in_its_capital(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, "2020-09-13")}


def test_a_second_in_after_as_well_as_on_the_verb(extract: Any) -> None:
    facts = extract("Thousands of people protested on Sunday in Belgrade, as well as in Novi Sad, Kragujevac and Nis.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Belgrade", "Novi Sad", "Kragujevac", "Nis")}


def test_a_list_the_parser_broke_after_including_in(extract: Any) -> None:
    facts = extract("Thousands demonstrated across Serbia on Sunday, including in Belgrade, Novi Sad and Nis.")
    assert {p for p, _ in protests(facts)} >= {"Belgrade", "Novi Sad", "Nis"}


def test_a_surface_list_reads_only_known_towns(extract: Any) -> None:
    facts = extract("Thousands demonstrated in Belgrade on Sunday, Vucic and Brnabic said.")
    assert protests(facts) == {("Belgrade", "2020-09-13")}


def test_a_junction_named_for_its_place_not_the_country(extract: Any) -> None:
    facts = extract("Protesters blocked the Karkur junction in northern Israel on Sunday. "
                    "Israel's prime minister rejected their demands.")
    assert protests(facts) == {("Karkur", "2020-09-13")}


def test_the_town_of_a_square_a_crowd_converges_on(extract: Any) -> None:
    facts = extract("Crowds converged on Batumi's main square on Sunday. Georgia's prime minister rejected their demands.")
    assert protests(facts) == {("Batumi", "2020-09-13")}


def test_residents_of_towns_including_a_list(extract: Any) -> None:
    facts = extract("Residents of several towns including: Gyumri, Vanadzor, Kapan, Spitak etc. joined the protests "
                    "on Sunday. Armenia's prime minister rejected their demands.")
    assert {p for p, _ in protests(facts)} >= {"Gyumri", "Vanadzor", "Kapan"}  # Spitak: not in the town list


def test_since_morning_is_the_day_itself(extract: Any) -> None:
    facts = extract("Since morning, residents of several cities including Gyumri and Vanadzor joined the protests. "
                    "Armenia's prime minister rejected their demands.")
    assert protests(facts) >= {("Gyumri", "2020-09-14"), ("Vanadzor", "2020-09-14")}


def test_the_rally_of_the_sentence_before_is_in_its_town(extract: Any) -> None:
    facts = extract("As night fell at Belgrade's Slavija Square, the number of protesters swelled past 10,000. "
                    "The rally began on Sunday afternoon. Serbia's president rejected their demands.")
    assert protests(facts) == {("Belgrade", "2020-09-13")}


def test_a_street_act_of_the_same_crowd_in_another_town(extract: Any) -> None:
    facts = extract("Protesters stormed the airport in Juliaca on Sunday and blocked roads in Cusco. "
                    "Peru's president rejected their demands.")
    assert protests(facts) == {("Juliaca", "2020-09-13"), ("Cusco", "2020-09-13")}
