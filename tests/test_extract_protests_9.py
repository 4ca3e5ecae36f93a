"""Protests as events (issue 10, item 3), ninth round: towns of a protest verb's clauses left
without their verb (gapping), and an attempt told in the past. Invented sentences about other
countries, through the real pipeline (marked ``model``); published Monday 14 September 2020, so
"on Sunday" is the 13th.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUNDAY = "2020-09-13"


@pytest.mark.parametrize("text, towns", [
    ("Several hundred people demonstrated in Tbilisi on Sunday and thousands more in Batumi.", {"Tbilisi", "Batumi"}),
    ("Some 5,000 people rallied in Tbilisi on Sunday, and another 2,000 in Batumi.", {"Tbilisi", "Batumi"}),
    ("Police said 10,000 people marched in Paris on Sunday and 3,000 in Lyon.", {"Paris", "Lyon"}),
    ("About 20,000 people protested in Paris on Sunday, 8,000 in Lyon and 5,000 in Marseille, according to police.",
     {"Paris", "Lyon", "Marseille"}),
    ("Protests took place in Tbilisi on Sunday as well as in Batumi and Kutaisi.", {"Tbilisi", "Batumi", "Kutaisi"}),
])
def test_a_count_and_a_town_left_without_the_verb_are_another_towns_protest(extract: Any, text: str,
                                                                            towns: set[str]) -> None:
    assert protests(extract(text)) == {(t, SUNDAY) for t in towns}


@pytest.mark.parametrize("text, town", [
    ("Protesters tried to storm the airport in Arequipa on Sunday.", "Arequipa"),
    ("Supporters of the jailed opposition leader tried to storm the parliament building in Tbilisi on Sunday.", "Tbilisi"),
])
def test_an_attempt_told_in_the_past_is_an_act_of_the_day(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, SUNDAY)}


@pytest.mark.parametrize("text", [
    "Protesters will try to storm the airport in Arequipa on Sunday.",
    "Protesters planned to storm the airport in Arequipa on Sunday.",
    "Police tried to stop the march in Arequipa on Sunday.",
])
def test_an_attempt_to_come_or_a_plan_or_the_police_is_no_protest(extract: Any, text: str) -> None:
    assert protests(extract(text)) == set()


@pytest.mark.parametrize("text, town", [
    ("Police drove away protesters from the main square in Almaty on Sunday.", "Almaty"),
    ("Police in Tbilisi cleared protesters from Rustaveli Avenue on Sunday.", "Tbilisi"),
    ("Police removed protesters from the square in Almaty on Sunday.", "Almaty"),
])
def test_police_driving_a_crowd_from_where_it_stands_report_its_protest(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, SUNDAY)}


def test_a_caption_showing_one_protester_in_the_present_is_no_protest(extract: Any) -> None:
    facts = extract("TBILISI (Reuters) - Georgian police fired tear gas at protesters outside parliament on Sunday.\n"
                    "A protester holds a Georgian flag in front of a burning barricade during a rally in Batumi.\n"
                    "The protest in Tbilisi ended after midnight, the interior ministry said.")
    assert {p for p, _ in protests(facts)} == {"Tbilisi"}


def test_a_protester_told_in_the_past_is_the_body_of_the_report(extract: Any) -> None:
    facts = extract("Georgian police fired tear gas at protesters outside parliament in Tbilisi on Sunday.\n"
                    "A protester was injured during a rally in Batumi on Sunday, doctors said.")
    assert {p for p, _ in protests(facts)} == {"Tbilisi", "Batumi"}


def test_a_town_on_a_day_of_nationwide_protests_is_a_share_of_the_countrys_day(extract: Any) -> None:
    facts = extract("Supporters of the jailed opposition leader took to the streets in Russia's Far East on Sunday "
                    "on a day of nationwide protests.")
    assert protests(facts) == {("Far East", SUNDAY), ("Russia", SUNDAY)}


def test_a_day_of_protests_that_is_not_the_countrys_stays_in_its_town(extract: Any) -> None:
    facts = extract("Thousands of Georgians rallied in Batumi on Sunday on a day of protests in the city.")
    assert protests(facts) == {("Batumi", SUNDAY)}
