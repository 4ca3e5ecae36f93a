"""Protests (issue 10, item 3): a country's day told by a participle or by "cities in <country>",
the movement's span told in a relative clause, protests under "despite" or "current" as the
frame of other news, and the day a relative clause gives its protest. Invented sentences about
Peru, with the spaCy model; the publication day is Monday 14 September 2020.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


def test_a_country_day_told_by_a_participle_of_the_protest_noun(extract: Any) -> None:
    facts = extract("On Sunday, protests multiplied across southern Peru and police fired tear gas at "
                    "demonstrators in the capital.")
    assert protests(facts) == {("Peru", "2020-09-13"), ("Lima", "2020-09-13")}


def test_a_town_and_the_cities_of_a_country(extract: Any) -> None:
    facts = extract("On Sunday, more than 1,000 people took to the streets in Lima and cities in southern Peru "
                    "to protest corruption.")
    assert protests(facts) == {("Peru", "2020-09-13"), ("Lima", "2020-09-13")}


def test_protests_that_started_since_a_day_are_the_movement(extract: Any) -> None:
    facts = extract("Protesters rallied in Lima on Sunday. The protests that started in Cusco since April 13 "
                    "have grown.")
    assert protests(facts) == {("Lima", "2020-09-13")}


def test_current_protests_under_despite_are_the_frame(extract: Any) -> None:
    assert protests(extract("The minister expressed confidence in the police despite the current protests in Lima.")) == set()
    assert protests(extract("The minister flew to Spain on Monday despite protests in Lima.")) == {("Lima", None)}


def test_a_relative_clause_dates_its_protest(extract: Any) -> None:
    facts = extract("Protesters rallied in Lima on Sunday. Police dispersed the protests that began in Cusco on Saturday.")
    assert protests(facts) == {("Lima", "2020-09-13"), ("Cusco", "2020-09-12")}


def test_the_crowd_told_again_sets_fire_in_towns(extract: Any) -> None:
    facts = extract("Protests erupted across Peru on Sunday. Police fired tear gas at protesters in Lima. The workers "
                    "also damaged public property and set police vehicles on fire in Cusco and Arequipa.")
    assert {("Cusco", "2020-09-13"), ("Arequipa", "2020-09-13")} <= protests(facts)
    names = {a["name"] for a in facts["actors"]}
    assert not any("workers" in n.lower() for n in names)  # the protesters told before, not a new group


_CAPTION = ("A demonstrator waves a flag during clashes with riot police in a protest against the government of "
            "President Jane Roe on the anniversary of the founding of the republic, in Arequipa on September 13, "
            "2020.  Opposition leader John Doe declared himself the country's interim president on Sunday during "
            "a mass rally against the government, which his many supporters had called for weeks. / AFP / Maria Perez")


def test_a_long_caption_credited_to_its_photographer_is_furniture(extract: Any) -> None:
    from kg.extract.furniture import is_furniture

    assert len(_CAPTION) > 400 and is_furniture(_CAPTION)
    facts = extract("Peru opposition leader declares himself president\n\n" + _CAPTION + "\n\nPeru's opposition leader "
                    "John Doe declared himself interim president on Sunday before masses of demonstrators.")
    assert "Arequipa" not in {p for p, _ in protests(facts)}


def test_an_editors_sign_off_is_no_dateline(extract: Any) -> None:
    from kg.extract.furniture import dateline_city, is_furniture

    text = ("Protesters in Lima brace for another night\n"
            "On Sunday evening, the demonstrators filled the capital's main square.\n"
            "Earlier in the day, clashes between riot police and protesters in Lima left two people dead.\n"
            "JR/ABD/MP")
    assert is_furniture("JR/ABD/MP") and dateline_city(text) is None
    assert "JR" not in {p for p, _ in protests(extract(text))}


def test_the_wave_and_its_tallies_are_background(extract: Any) -> None:
    lead = "The president met the opposition on Monday. "
    for text in ("Anti-government protests have swept Peru.",
                 "Peru has been rocked by protests after the president refused to sign the deal in Quito on "
                 "November 29, 2019.",
                 "He met them as protests continue in Peru.",
                 "Police have arrested more than 1,000 protesters since the demonstrations began.",
                 "He spoke amid continuing protests in Lima."):
        assert protests(extract(lead + text)) == set(), text
    assert protests(extract("Protests swept Peru on Sunday.")) == {("Peru", "2020-09-13")}


def test_the_last_town_of_a_list_of_highways(extract: Any) -> None:
    facts = extract("Protesters blocked major roads across Peru on Sunday. Several roads leading to the capital were "
                    "also blocked, including the Miraflores, the Chorrillos, and the Barranco highways.")
    assert {("Miraflores", "2020-09-13"), ("Chorrillos", "2020-09-13"), ("Barranco", "2020-09-13")} <= protests(facts)
