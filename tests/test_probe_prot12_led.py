"""Probe battery of the protests helper (round 12): "in A, police fired tear gas at protesters; in
B, ...". In a report of protests, a clause led by its town (fronted "in <town>", after a comma, a
semicolon, "while" or "and") whose verb is a crowd's street act or the police's act on a crowd is
that town's share of the day, also when the parser reads the town as a compound of the people after
it ("while in Concepcion demonstrators set up barricades"). Sentences written for the test; the
publication day is Monday 14 September 2020 (8 probes failed before, 8 pass; 4 controls held).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUN = "2020-09-13"


@pytest.mark.parametrize(("text", "towns"), [
    ("Chilean police fired tear gas at protesters in Valparaiso on Sunday, while in Concepcion demonstrators set up "
     "barricades.", {"Valparaiso", "Concepcion"}),
    ("Paraguay's opposition marched on Sunday. In Asuncion the march went to the Congress; in Encarnacion protesters "
     "blocked the bridge.", {"Paraguay", "Asunción", "Encarnacion"}),
    ("Thousands took to the streets of cities across Belarus on Sunday; in Minsk, police detained 200.", {"Belarus", "Minsk"}),
    ("Peruvian police in Lima fired tear gas at marchers on Sunday. In Cusco, demonstrators burned tyres, and in "
     "Arequipa students occupied the main square.", {"Lima", "Cusco", "Arequipa"}),
    ("In Nakuru, Kenyan police dispersed protesters with tear gas on Sunday, while in Eldoret youths lit bonfires on "
     "the roads.", {"Nakuru", "Eldoret"}),
    ("Protests were held in several Ghanaian cities on Sunday. In Kumasi, police fired rubber bullets; in Tamale, two "
     "protesters were injured.", {"Ghana", "Kumasi", "Tamale"}),
    ("In Quito, indigenous groups marched to the National Assembly on Sunday, while in Guayaquil police arrested 30 "
     "people.", {"Quito", "Guayaquil"}),
    ("In Almaty, police used stun grenades on Sunday; in Aktobe, demonstrators set police cars on fire.", {"Almaty", "Aktobe"}),
    # controls: held before; a town-led clause that is no street act, or the police's act on one person
    ("In Grodno, police fired tear gas at protesters on Sunday; in Brest, riot officers beat demonstrators with "
     "batons.", {"Grodno", "Brest"}),
    ("Protesters rallied in Minsk on Sunday. In Grodno, the president met factory workers.", {"Minsk"}),
    ("Protesters rallied in Minsk on Sunday. In Grodno, officials said the harvest was good.", {"Minsk"}),
    ("Protesters rallied in Minsk on Sunday. In Grodno, police arrested a man suspected of murder.", {"Minsk"}),
])
def test_a_clause_led_by_its_town_is_that_towns_protest(extract: Any, text: str, towns: set[str]) -> None:
    assert protests(extract(text)) == {(t, SUN) for t in towns}
