"""Probe battery of the protests helper (round 12): "protests spread to A and B". The towns a
protest spread to take the day of the spreading, not the day its own phrase tells of where it
began ("Protests that started in Lome on Saturday spread to Sokode and Kara on Sunday"); the town
where it began, told without a day, stays undated; "the protest movement spread to A and B" is
the gatherings of those towns. Sentences written for the test; the publication day is Monday
14 September 2020 (5 probes failed before, 5 pass; 6 controls held).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SAT, SUN = "2020-09-12", "2020-09-13"


@pytest.mark.parametrize(("text", "want"), [
    ("The unrest, which began in Quito, spread to Guayaquil and Cuenca on Sunday.",
     {("Guayaquil", SUN), ("Cuenca", SUN), ("Quito", None)}),
    ("Protests that started in Lome on Saturday spread to Sokode and Kara on Sunday.",
     {("Lomé", SAT), ("Sokode", SUN), ("Kara", SUN)}),
    ("Anti-government protests, which erupted in Bishkek on Saturday, spread to Osh and Jalal-Abad on Sunday.",
     {("Bishkek", SAT), ("Osh", SUN), ("Jalal-Abad", SUN)}),
    ("The protest movement spread on Sunday to Grodno and Brest.", {("Grodno", SUN), ("Brest", SUN)}),
    ("On Sunday the protest movement spread to Kumasi and Tamale.", {("Kumasi", SUN), ("Tamale", SUN)}),
    # controls
    ("Protests spread on Sunday to Grodno and Brest.", {("Grodno", SUN), ("Brest", SUN)}),
    ("By Sunday evening the protests had spread to Valparaiso, Concepcion and Antofagasta.",
     {("Valparaiso", SUN), ("Concepcion", SUN), ("Antofagasta", SUN)}),
    ("Demonstrations quickly spread to other cities, including Batumi and Kutaisi.", {("Batumi", None), ("Kutaisi", None)}),
    ("The demonstrations have now spread to Mombasa and Kisumu, witnesses said.", {("Mombasa", None), ("Kisumu", None)}),
    ("Protests began in Nairobi on Tuesday and spread to Mombasa and Kisumu.",
     {("Nairobi", "2020-09-08"), ("Mombasa", None), ("Kisumu", None)}),
    ("The protest movement in Lebanon has no leaders.", set()),
])
def test_the_towns_a_protest_spread_to(extract: Any, text: str, want: set[Any]) -> None:
    assert protests(extract(text)) == want
