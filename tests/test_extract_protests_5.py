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
