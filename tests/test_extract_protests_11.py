"""Protests as events (issue 10, item 3), eleventh round: tallies by town. Invented sentences about
other countries, through the real pipeline (marked ``model``); published Monday 14 September 2020,
so "on Sunday" is the 13th.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, towns", [
    ("More than 1,500 people were detained at protests across Belarus on Sunday, the rights group Viasna said. "
     "The most detainees are in Minsk - 600, in Grodno - 210, in Brest - 95.", {"Minsk", "Grodno", "Brest"}),
    ("Police detained 1,200 protesters across Iran on Friday. The most arrests were in Tehran - 400, "
     "in Mashhad - 150 and in Isfahan - 90.", {"Tehran", "Mashhad", "Isfahan"}),
    ("Thousands rallied across Peru on Sunday. Deaths by region: Puno \u2013 18, Ayacucho \u2013 10, Cusco \u2013 3.",
     {"Puno", "Ayacucho", "Cusco"}),
    ("Rallies were held across Russia on Sunday. OVD-Info reported 3,000 detentions. "
     "Moscow - 825, St. Petersburg - 475, Krasnoyarsk - 194.", {"Moscow", "Saint Petersburg", "Krasnoyarsk"}),
])
def test_a_tally_by_town_gives_each_town_its_protest(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, _ in protests(extract(text))} >= towns


def test_a_tally_names_its_figures(extract: Any) -> None:
    facts = extract("Hundreds were detained at rallies across Kazakhstan on Sunday. "
                    "Detentions by city: Almaty - 300, Shymkent - 45.")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    names.update({p["id"]: p["name"] for p in facts.get("places", [])})
    counts = {names.get(e["place"]): e.get("detained_count") for e in facts["events"] if e["type"] == "Protest"}
    assert counts.get("Almaty") == 300 and counts.get("Shymkent") == 45


@pytest.mark.parametrize("text", [
    "Thousands rallied across Peru on Sunday. Prices rose in Lima - 5, Cusco - 3.",
    "Thousands rallied across Peru on Sunday. The match ended Lima - 2, Cusco - 1.",
])
def test_figures_of_no_tally_give_no_town(extract: Any, text: str) -> None:
    assert {p for p, _ in protests(extract(text))} == {"Peru"}


@pytest.mark.parametrize("text, towns", [
    ("Protests against the new law spread across Peru on Sunday.\n\nLima: Thousands of protesters marched to Congress."
     "\n\nCusco: Hundreds of demonstrators gathered in the main square.\n\nArequipa: Protesters blocked the highway.",
     {"Lima", "Cusco", "Arequipa"}),
    ("Rallies were held across Kazakhstan on Sunday.\n\nALMATY: Police detained dozens of protesters in the city centre."
     "\n\nSHYMKENT: Hundreds of people rallied outside the governor's office.", {"almaty", "shymkent"}),
])
def test_round_up_lines_led_by_their_towns_are_no_datelines(extract: Any, text: str, towns: set[str]) -> None:
    assert {(p or "").lower() for p, _ in protests(extract(text))} >= {t.lower() for t in towns}


def test_one_town_and_a_colon_is_still_a_dateline(extract: Any) -> None:
    facts = extract("LIMA: Thousands of protesters marched to Congress on Sunday, where police fired tear gas.")
    assert protests(facts) == {("Lima", "2020-09-13")}


@pytest.mark.parametrize("text, town", [
    ("Protesters gathered outside the Supreme Court in Tbilisi on Sunday.", "Tbilisi"),
    ("Students staged a sit-in at Tehran University on Sunday.", "Tehran"),
    ("Protesters rallied outside the Kazakh embassy in Moscow on Sunday.", "Moscow"),
])
def test_the_town_in_the_name_of_a_building(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, "2020-09-13")}


def test_a_body_named_after_a_country_gives_no_town(extract: Any) -> None:
    assert protests(extract("Protesters rallied outside the Bank of England on Sunday.")) == {(None, "2020-09-13")}


@pytest.mark.parametrize("text, town", [
    ("Students walked out of classes in Tehran on Sunday.", "Tehran"),
    ("Nurses walked off the job in Almaty on Sunday to demand higher pay.", "Almaty"),
    ("Thousands of teachers walked out on Sunday in Bishkek.", "Bishkek"),
    ("Workers downed tools at the copper mine in Arequipa on Sunday.", "Arequipa"),
    ("Students boycotted classes at universities in Tehran on Sunday.", "Tehran"),
    ("Farmers staged a blockade of the highway in Ica on Sunday.", "Ica"),
    ("Crowds burned tyres and blocked roads in Cusco on Sunday.", "Cusco"),
])
def test_strikes_and_blockades_told_by_their_verbs(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, "2020-09-13")}


@pytest.mark.parametrize("text", [
    "Opposition lawmakers walked out of parliament in Tbilisi on Sunday.",
    "Guests walked out of the hotel in Lima on Sunday.",
    "The delegation walked out of the talks in Geneva on Sunday.",
    "Workers stopped work on the new bridge in Lima on Sunday because of rain.",
    "The navy imposed a blockade of the port in Odesa on Sunday.",
])
def test_walking_out_of_no_workplace_is_no_strike(extract: Any, text: str) -> None:
    assert protests(extract(text)) == set()


def test_a_crowd_on_a_line_led_by_its_town(extract: Any) -> None:
    facts = extract("Protests against the new law spread across Peru on Sunday.\n"
                    "  \u2022 Puno: Youths gathered in several neighbourhoods, with riot police deployed.\n"
                    "  \u2022 Cusco: Residents blocked roads leading to the airport.")
    assert {p for p, _ in protests(facts)} >= {"Puno", "Cusco"}
