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
