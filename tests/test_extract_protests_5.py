"""Protests (issue 10): days told relative to another, towns of lists and spreads, on invented
sentences in the style of wire reports.

With the real spaCy English pipeline (marked ``model``). Publication day Monday 14 September
2020 ("on Sunday" = the 13th).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "day"), [
    ("Protesters clashed with police in Lusaka late on Saturday. Earlier in the day, thousands had marched "
     "in Kitwe.", "2020-09-12"),
    ("Protesters rallied in Lusaka on September 10. Two days later, protests erupted in Kitwe.", "2020-09-12"),
    ("Protesters rallied in Lusaka on Saturday. Later that evening, police clashed with protesters in Kitwe.",
     "2020-09-12"),
])
def test_a_day_told_from_the_day_named_before(extract: Any, text: str, day: str) -> None:
    assert ("Kitwe", day) in protests(extract(text))


@pytest.mark.parametrize("text", [
    "Demonstrators took to the streets in several cities on Sunday, including Ndola, Kitwe and Kasama.",
    "Protesters rallied in at least ten cities on Sunday, among them Ndola, Kitwe and Kasama.",
])
def test_examples_of_a_clauses_cities_hung_on_its_subject(extract: Any, text: str) -> None:
    assert {p for p, _ in protests(extract(text))} >= {"Ndola", "Kitwe", "Kasama"}


def test_examples_hung_on_a_subject_are_only_towns(extract: Any) -> None:
    facts = extract("Demonstrators took to the streets in several cities on Sunday, including Mwila Banda, a teacher.")
    assert "Mwila Banda" not in {p for p, _ in protests(facts)}


def test_as_well_as_in_hung_on_the_first_town(extract: Any) -> None:
    facts = extract("Protesters gathered on Sunday in the capital Lusaka, as well as in Ndola and Kitwe.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Lusaka", "Ndola", "Kitwe")}


def test_a_town_read_with_the_and_of_its_list(extract: Any) -> None:
    # the model reads "Bejaia and" as one name: the town is Bejaia
    facts = extract("Thousands of protesters marched in Algiers on Sunday. Protests were also staged in Oran, "
                    "Tizi Ouzou, Bejaia and Setif, according to local media.")
    assert {p for p, _ in protests(facts)} == {"Algiers", "Oran", "Tizi Ouzou", "Bejaia", "Setif"}


@pytest.mark.parametrize("text", [
    "The protests, hitherto confined to Lusaka and Ndola, spilled over to Kitwe, Kasama and Kabwe, mainly led by students.",
    "Zambian protests reached Kitwe, Kasama and Kabwe.",
])
def test_towns_a_protest_spread_to(extract: Any, text: str) -> None:
    assert {p for p, _ in protests(extract(text))} >= {"Kitwe", "Kasama", "Kabwe"}


def test_roads_blocked_by_protesters_across_a_country(extract: Any) -> None:
    facts = extract("Roads across Zambia were blocked by protesters on Sunday night.")
    assert protests(facts) == {("Zambia", "2020-09-13")}


def test_a_chain_from_one_town_to_another(extract: Any) -> None:
    facts = extract("Tens of thousands of Zambian protesters formed a human chain across the country on Sunday. "
                    "Demonstrators joined hands from Ndola to Kitwe.")
    assert {p for p, _ in protests(facts)} >= {"Ndola", "Kitwe"}


@pytest.mark.parametrize(("text", "found"), [
    ("Thousands returned to the streets of Kitwe on Sunday.", {("Kitwe", "2020-09-13")}),
    ("The ministers returned to the square in Kitwe after lunch on Sunday.", set()),
])
def test_a_crowd_back_in_the_streets(extract: Any, text: str, found: set[tuple[str, str]]) -> None:
    assert protests(extract(text)) == found


def test_a_photo_caption_credited_after_its_full_stop_gives_no_protest(extract: Any) -> None:
    facts = extract("Zambia reviews tax\n\nThe government said on Sunday it would review the tax.\n\n"
                    "Zambian protesters hold hands during a demonstration on a highway north of Ndola.\u2014AFP\n\n"
                    "The tax was passed in June.")
    assert protests(facts) == set()


def test_a_crowd_of_supporters_dispersed_in_towns(extract: Any) -> None:
    facts = extract("Police fired tear gas and water cannon on Sunday to disperse Mwila's supporters in Ndola, Kitwe and Kasama.")
    assert {p for p, _ in protests(facts)} >= {"Ndola", "Kitwe", "Kasama"}


def test_demonstrators_shown_on_the_streets_of_cities_including(extract: Any) -> None:
    facts = extract("Zambian protesters blocked highways on Sunday. Photos released by organisers showed demonstrators "
                    "on the streets in cities around the country including Ndola, Kitwe and Kasama.")
    assert {p for p, _ in protests(facts)} >= {"Ndola", "Kitwe", "Kasama"}


def test_a_clause_a_day_after_a_dated_one(extract: Any) -> None:
    facts = extract("Zambian police deployed at a camp in Lusaka on Monday, a day after rioters stormed parliament in Lusaka.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


def test_a_planned_demonstration_is_no_event(extract: Any) -> None:
    facts = extract("Authorities warned Zambian protesters not to go ahead with a planned demonstration in Lusaka on Monday.")
    assert protests(facts) == set()


def test_police_beating_demonstrators_in_a_town(extract: Any) -> None:
    facts = extract("On Sunday, tens of thousands rallied across Zambia. In Kitwe, riot police beat demonstrators with batons.")
    assert ("Kitwe", "2020-09-13") in protests(facts)


def test_a_protest_on_two_days_is_two_events(extract: Any) -> None:
    facts = extract("Zambian protesters rallied in Lusaka on Saturday and Sunday.")
    assert protests(facts) == {("Lusaka", "2020-09-12"), ("Lusaka", "2020-09-13")}


def test_a_crowd_reported_in_a_town(extract: Any) -> None:
    facts = extract("Tens of thousands of Zambian protesters gathered in Lusaka on Sunday. Similar events took place in "
                    "many regional cities - a crowd of 40,000 was reported in the northern city of Kitwe, for instance.")
    assert ("Kitwe", "2020-09-13") in protests(facts)


@pytest.mark.parametrize(("text", "found"), [
    ("An angry crowd broke through police lines to storm parliament in Lusaka on Sunday.", {("Lusaka", "2020-09-13")}),
    ("The crowd cheered as the president spoke in Lusaka on Sunday.", set()),
])
def test_a_crowd_that_storms(extract: Any, text: str, found: set[tuple[str, str]]) -> None:
    assert protests(extract(text)) == found


def test_a_second_in_with_its_own_town_noun(extract: Any) -> None:
    facts = extract("Crowds also massed in the northern port city of Ndola and in the southern city of Livingstone on Sunday.")
    assert protests(facts) == {("Ndola", "2020-09-13"), ("Livingstone", "2020-09-13")}


def test_protests_sweeping_a_peoples_cities_are_the_countrys_day(extract: Any) -> None:
    facts = extract("Protests swept Zambian cities from Ndola to Livingstone on Sunday. Police in Zambia detained 300 people.")
    assert {p for p, _ in protests(facts)} >= {"Zambia", "Ndola", "Livingstone"}
