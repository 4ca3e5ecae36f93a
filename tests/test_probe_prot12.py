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


# A country named only as the setting of a gathering already told, or of the wave, makes no
# country-level event (15 probes, all 15 failed before; 8 controls held): "It was the largest rally in Serbia", "the
# demonstration in Belarus" told again after the town's; "the unrest in Kazakhstan" (a mass noun,
# the wave); protests someone "faces" in a clause framing other news; "last year's protests".
@pytest.mark.parametrize(("text", "want"), [
    ("Tens of thousands rallied in Belgrade on Sunday. It was the largest demonstration in Serbia since 2000.",
     {("Belgrade", SUN)}),
    ("Tens of thousands rallied in Almaty on Sunday. The president blamed foreign agents for the unrest in Kazakhstan.",
     {("Almaty", SUN)}),
    ("Tens of thousands rallied in Almaty on Sunday. The unrest in Kazakhstan is the worst since independence.",
     {("Almaty", SUN)}),
    ("Thousands marched in Minsk on Sunday. The demonstration in Belarus was peaceful, the ministry said.",
     {("Minsk", SUN)}),
    ("Crowds gathered in Bishkek on Sunday. The protest in Kyrgyzstan was organised by opposition parties.",
     {("Bishkek", SUN)}),
    ("Kenyan police fired tear gas at protesters in Nakuru on Sunday. The protest in Kenya was peaceful, officials said.",
     {("Nakuru", SUN)}),
    ("Macron, who faces protests at home over pension reform, flew to Moscow on Monday.", set()),
    ("The prime minister, facing mass protests at home, arrived in Paris on Sunday.", set()),
    ("Facing protests at home, the president cut short his trip to Geneva on Sunday.", set()),
    ("The head of state, who confronts demonstrations in several regions, travelled to Madrid on Sunday.", set()),
    ("Facing street protests over the fuel price rise, the government in Quito backed down on Sunday.", set()),
    ("Last year's protests in Hong Kong were not on the agenda, officials said.", set()),
    ("Last month's protests in Bishkek forced the government to resign.", set()),
    ("Police said last year's riots in Nairobi had cost billions.", set()),
    ("The summit was moved from Santiago after last month's unrest in the Chilean capital.", set()),
])
def test_a_country_or_a_wave_as_the_setting_is_no_event(extract: Any, text: str, want: set[Any]) -> None:
    assert protests(extract(text)) == want


# controls that held before and must hold: a country's own day, a crowd of the country acting in it,
# a day owned by the protest ("Sunday's", "last Sunday's"), protests faced on a day in a town
@pytest.mark.parametrize(("text", "want"), [
    ("Protests erupted across Peru on Sunday, and police fired tear gas at demonstrators in Lima.",
     {("Peru", SUN), ("Lima", SUN)}),
    ("Protesters in Belarus blocked roads on Sunday.", {("Belarus", SUN)}),
    ("Thousands marched in Minsk on Sunday. Protesters in Belarus also blocked roads.", {("Minsk", SUN), ("Belarus", SUN)}),
    ("Thousands rallied in Minsk on Sunday, a week after last Sunday's protests in Grodno.",
     {("Minsk", SUN), ("Grodno", "2020-09-06")}),
    ("Saturday's march in Tbilisi ended peacefully.", {("Tbilisi", "2020-09-12")}),
    ("The government faced angry protests in Lima on Sunday.", {("Lima", SUN)}),
    ("Demonstrators in Armenia marched on parliament in Yerevan on Sunday.", {("Yerevan", SUN)}),
    ("Georgia protests: thousands rally in Tbilisi\n\nTBILISI, Sept 13 (AFP) - Thousands of Georgians rallied outside "
     "parliament on Sunday to demand a new election.\n\nThe protest in Georgia was the largest this year.", {("Tbilisi", SUN)}),
])
def test_country_days_and_owned_days_stay(extract: Any, text: str, want: set[Any]) -> None:
    assert protests(extract(text)) == want


# protests someone faces, told as "a wave of", "weeks of", "a series of" (2 probes failed before,
# 2 pass; 2 controls held: "faces weeks of protests" already background, a wave faced on a day in a town)
@pytest.mark.parametrize(("text", "want"), [
    ("Macron, facing a wave of strikes at home, hosted the summit at the Elysee Palace on Monday.", set()),
    ("Facing a series of demonstrations against the fuel price rise, the government in Quito backed down on Sunday.",
     set()),
    ("The prime minister, who faces weeks of protests over the reform, arrived in Brussels on Sunday.", set()),
    ("The government faced a wave of protests in Lima on Sunday.", {("Lima", SUN)}),
])
def test_a_wave_someone_faces_is_no_gathering(extract: Any, text: str, want: set[Any]) -> None:
    assert protests(extract(text)) == want
