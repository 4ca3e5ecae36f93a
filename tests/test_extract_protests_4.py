"""Protests (issue 10): where the protest's own clause names no place, on invented sentences.

With the real spaCy English pipeline (marked ``model``): what is tested is what the rules
make of the model's reading. Publication day Monday 14 September 2020 ("on Sunday" = the 13th).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


def test_a_protest_clause_without_a_place_takes_the_one_town_of_its_sentence(extract: Any) -> None:
    facts = extract("In Kitwe, riot police on Sunday used batons to chase away students who rallied "
                    "outside the mayor's office.")
    assert protests(facts) == {("Kitwe", "2020-09-13")}


def test_an_undated_wave_does_not_take_the_town_of_its_sentence(extract: Any) -> None:
    facts = extract("Partly inspired by Lusaka's student protests, the new movement has no single leader.")
    assert protests(facts) == set()


@pytest.mark.parametrize("text", [
    "Two ministries in Kitwe were stormed on Sunday by supporters of the jailed mayor.",
    "Police detained 300 people after supporters of the jailed mayor stormed the town hall in Kitwe on Sunday.",
])
def test_a_riot_verb_done_by_a_crowd_without_a_subject(extract: Any, text: str) -> None:
    # the agent of a passive; a crowd parsed as the object of "after" before the verb
    assert protests(extract(text)) == {("Kitwe", "2020-09-13")}


def test_deaths_in_a_town_of_a_report_of_protests_are_that_towns_protest(extract: Any) -> None:
    facts = extract("Thousands marched in Lusaka on Sunday against the new tax. "
                    "Three more people were killed in the town of Kasama, doctors said.")
    assert {p for p, _ in protests(facts)} == {"Lusaka", "Kasama"}
    kasama = [e for e in facts["events"] if e["type"] == "Protest" and e.get("death_count")]
    assert len(kasama) == 1 and kasama[0]["death_count"] == 3


def test_deaths_in_a_report_of_no_protest_make_none(extract: Any) -> None:
    assert protests(extract("Three people were killed in the town of Kasama when a bridge collapsed, doctors said.")) == set()


def test_a_crowd_gathered_told_as_a_participle(extract: Any) -> None:
    facts = extract("In Kitwe, tension rose on Sunday between police and the demonstrators gathered outside the court.")
    assert protests(facts) == {("Kitwe", "2020-09-13")}


@pytest.mark.parametrize("text", [
    "Zambian police fired tear gas on Sunday at students marching through the capital's main avenue.",
    "Thousands of Zambians rallied on Sunday in the capital city against the new tax.",
])
def test_the_capital_named_as_an_owner_or_a_compound_is_the_countrys_capital(extract: Any, text: str) -> None:
    assert protests(extract(text)) == {("Lusaka", "2020-09-13")}


def test_a_protest_that_ended_took_place(extract: Any) -> None:
    assert protests(extract("Sunday's protest in Lusaka ended peacefully.")) == {("Lusaka", "2020-09-13")}


def test_a_passive_organiser_names_the_organizer(extract: Any) -> None:
    facts = extract("Sunday's march in Lusaka was organised by the Zambian Congress of Trade Unions.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}
    names = {a["id"]: a["name"] for a in facts["actors"]}
    assert [names[e["organizer"]] for e in facts["events"] if e["type"] == "Protest"] == [
        "Zambian Congress of Trade Unions"]


@pytest.mark.parametrize("text", [
    "The unions want the protest in Lusaka to end on Sunday.",
    "The march in Lusaka will be organised by the unions on Sunday.",
    "The march on Sunday was called by the unions.",
])
def test_an_end_or_an_organiser_still_to_come_is_no_protest(extract: Any, text: str) -> None:
    assert protests(extract(text)) == set()


@pytest.mark.parametrize("text", [
    "Thousands of Zambians marched in Lusaka and Ndola on Sunday. "
    "At least 33 people were arrested in demonstrations in the two cities, police said.",
    "Thousands of Zambians marched in Lusaka on Sunday. "
    "Some 40 people were hurt in clashes between police and protesters, doctors said.",
])
def test_an_unplaced_undated_mention_after_the_towns_is_no_day_of_the_country(extract: Any, text: str) -> None:
    assert "Zambia" not in {p for p, _ in protests(extract(text))}


def test_a_confrontation_between_police_and_protesters_is_a_protest(extract: Any) -> None:
    facts = extract("Two students were hurt on Sunday in a confrontation between police and protesters in Kitwe.")
    assert protests(facts) == {("Kitwe", "2020-09-13")}


def test_a_protest_the_body_does_not_place_is_in_the_one_town_of_the_headline(extract: Any) -> None:
    facts = extract("Tension high in Kitwe after deadly night\n\n"
                    "Four people died on Sunday in a confrontation between police and protesters, officials said.")
    assert protests(facts) == {("Kitwe", "2020-09-13")}


def test_confrontations_with_unnamed_sides_in_a_report_of_protests(extract: Any) -> None:
    facts = extract("Thousands marched in Lusaka on Sunday. Confrontations also broke out in Kitwe.")
    assert protests(facts) == {("Lusaka", "2020-09-13"), ("Kitwe", "2020-09-13")}


@pytest.mark.parametrize("text", [
    "Zambians rallied at more than 40 locations on Sunday.",
    "Zambians rallied in dozens of towns on Sunday.",
    "Zambians rallied in several other cities on Sunday.",
])
def test_a_gathering_in_many_unnamed_towns_is_nationwide(nlp: Any, text: str) -> None:
    from kg.extract.protest_cues import nationwide

    doc = nlp(text)
    assert nationwide(next(t for t in doc if t.lower_ == "rallied"))
    assert not nationwide(next(t for t in nlp("Zambians rallied in two towns on Sunday.") if t.lower_ == "rallied"))


@pytest.mark.parametrize("text", [
    "Marches were reported on Sunday in the provinces of Copperbelt, in the north of the country, "
    "Luapula (northeast) and in Muchinga, in whose capital the largest crowds gathered.",
    "Protests were held on Sunday in the provinces of Copperbelt, Luapula and Muchinga, "
    "President Hakainde Hichilema said.",
])
def test_a_list_of_provinces_goes_on_past_asides_on_where_they_lie(extract: Any, text: str) -> None:
    facts = extract(text)
    assert {place for place, _ in protests(facts)} == {"Copperbelt", "Luapula", "Muchinga"}


def test_a_protest_at_the_seat_of_government_with_no_town_is_in_the_capital(extract: Any) -> None:
    facts = extract("Zambian opposition supporters stormed parliament in a protest on Sunday, police said.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


@pytest.mark.parametrize("text", [
    "Zambian protesters rallied outside the Copperbelt provincial assembly on Sunday.",
    "Zambian protesters set fire to several government buildings on Sunday.",
])
def test_a_regional_seat_or_buildings_across_the_country_are_not_the_capital(extract: Any, text: str) -> None:
    assert "Lusaka" not in {place for place, _ in protests(extract(text))}


def test_a_single_confrontation_in_a_town_of_a_report_of_protests_is_that_towns_event(extract: Any) -> None:
    facts = extract("Zambian protesters marched on Sunday in Kitwe. Three of them lost their lives in a "
                    "confrontation in the Chawama sector of Lusaka earlier in the day.")
    assert ("Lusaka", "2020-09-13") in protests(facts)
    facts = extract("Zambian protesters marched on Sunday in Kitwe. The minister warned of a confrontation in parliament.")
    assert protests(facts) == {("Kitwe", "2020-09-13")}
