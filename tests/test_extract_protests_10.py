"""Protests as events (issue 10, item 3), tenth round: towns that host a march and a crowd that "came
out". Invented sentences about other
countries, through the real pipeline (marked ``model``); published Monday 14 September 2020, so
"on Sunday" is the 13th.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUNDAY = "2020-09-13"
SATURDAY = "2020-09-12"


@pytest.mark.parametrize("text, towns", [
    ("Georgian protesters rallied in Batumi on Saturday. Kutaisi, Gori and Zugdidi also hosted marches on Sunday.",
     {"Kutaisi", "Gori", "Zugdidi"}),
    ("French unions marched in Paris on Saturday. Lyon and Marseille also hosted large demonstrations on Sunday.",
     {"Lyon", "Marseille"}),
])
def test_towns_that_host_a_protest_are_its_places(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, d in protests(extract(text)) if d == SUNDAY} == towns


def test_a_person_who_hosts_a_rally_is_no_town(extract: Any) -> None:
    facts = extract("Venezuelan protesters rallied in Caracas on Saturday. Maduro hosted a rally of his supporters on Sunday.")
    assert "Maduro" not in {p for p, _ in protests(facts)}


@pytest.mark.parametrize("text, towns", [
    ("Rallies against the government took place across Belarus on Sunday. About 2,000 people came out in Grodno, "
     "and several hundred in Brest.", {"Grodno", "Brest"}),
    ("Thousands turned out in Tbilisi on Sunday to protest the law.", {"Tbilisi"}),
    ("Tens of thousands of people came out onto the streets of Minsk on Sunday.", {"Minsk"}),
])
def test_a_crowd_that_came_out(extract: Any, text: str, towns: set[str]) -> None:
    assert {p for p, d in protests(extract(text)) if d == SUNDAY} >= towns


def test_results_that_came_out_are_no_crowd(extract: Any) -> None:
    assert protests(extract("The results came out on Sunday in Tbilisi.")) == set()
