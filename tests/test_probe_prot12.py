"""Probe batteries of the protests helper (round 12): each construction told the way different
outlets tell it, in sentences written for the test about other countries. The publication day is
Monday 14 September 2020, so "on Sunday" is the 13th.

A country that owns the noun a town is named by ("Lebanon's second city, Tripoli") is the
town's address: the gathering is the town's, not a country's day (19 probes, 10 failed before).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUN = "2020-09-13"


@pytest.mark.parametrize(("text", "town"), [
    ("Thousands protested in Lebanon's second city, Tripoli, on Sunday.", "Tripoli"),
    ("The demonstrations in Lebanon's second city, Tripoli, continued on Sunday.", "Tripoli"),
    ("The protests in Kazakhstan's largest city, Almaty, turned violent on Sunday.", "Almaty"),
    ("Thousands rallied on Sunday in Kazakhstan's largest city Almaty.", "Almaty"),
    ("Tens of thousands protested in Ecuador's biggest city, Guayaquil, on Sunday, police said.", "Guayaquil"),
    ("In Nigeria's commercial hub, Lagos, protesters blocked the airport road on Sunday.", "Lagos"),
    ('Hundreds of students marched on Sunday in Malawi\'s commercial capital, Blantyre, chanting "we will not stop".',
     "Blantyre"),
    ("A rally was held on Sunday in Peru's second city, Arequipa.", "Arequipa"),
    ("Clashes in Bolivia's largest city\n\nPolice clashed with protesters in Bolivia's largest city, Santa Cruz, "
     "on Sunday.", "Santa Cruz"),
    ("Demonstrators marched through Ghana's second-largest city, Kumasi, on Sunday, witnesses said.", "Kumasi"),
    # controls, right before: the capital, "the city of", a name right after the noun
    ("Protesters in Ukraine's second city Kharkiv rallied on Sunday.", "Kharkiv"),
    ("Protesters clashed with police in Iraq's southern city of Basra on Sunday.", "Basra"),
    ("Protesters clashed with police in the southern Iraqi city of Basra on Sunday.", "Basra"),
    ("Hundreds marched in the capital of Belarus, Minsk, on Sunday.", "Minsk"),
    ("Hundreds marched in Belarus' capital, Minsk, on Sunday.", "Minsk"),
    ("Riot police dispersed a rally in Georgia's Black Sea port of Batumi on Sunday.", "Batumi"),
    ("Police fired tear gas at protesters in Chile's capital, Santiago, on Sunday.", "Santiago"),
    ("In Kenya's port city of Mombasa, protesters looted shops on Sunday.", "Mombasa"),
    ("Thousands protested on Sunday in Tripoli, Lebanon's second city.", "Tripoli"),
])
def test_a_town_named_as_a_countrys_city_is_the_place(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, SUN)}


def test_a_countrys_city_beside_the_capital(extract: Any) -> None:
    facts = extract("Thousands took to the streets on Sunday in Georgia's third-largest city, Batumi, and in the capital.")
    assert protests(facts) == {("Batumi", SUN), ("Tbilisi", SUN)}
