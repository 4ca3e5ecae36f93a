"""Probe battery of the protests helper (round 12): pot-banging protests ("cacerolazo"), as Latin
American and translated copy tells them: people banging pots and pans are a protest, and so is a
"cacerolazo"; one person banging the pots of a kitchen is not. Sentences written for the test; the
publication day is Monday 14 September 2020 (7 probes failed before, 7 pass; 4 controls held).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUN = "2020-09-13"


@pytest.mark.parametrize(("text", "towns"), [
    ("Thousands rallied in Bogota on Sunday. Across the country, in cities including Cali, Medellin and Barranquilla, "
     "people banged pots and pans.", {"Bogota", "Colombia", "Cali", "Medellin", "Barranquilla"}),
    ("Residents of Santiago banged pots and pans from their balconies on Sunday night.", {"Santiago"}),
    ("A cacerolazo was heard in Buenos Aires on Sunday.", {"Buenos Aires"}),
    ("Neighbours in Quito banged saucepans on Sunday evening against the curfew.", {"Quito"}),
    ("In Managua and Masaya, residents banged pots and pans on Sunday night.", {"Managua", "Masaya"}),
    ("Beirut residents banged pots from their windows on Sunday.", {"Beirut"}),
    ("Hundreds of women banged casseroles outside the town hall in Cochabamba on Sunday.", {"Cochabamba"}),
    # controls
    ("In Caracas, people banged pots in protest on Sunday.", {"Caracas"}),
    ("The chef banged the pots in the kitchen of his restaurant in Lima on Sunday.", set()),
    ("Workers beat the drums at the opening ceremony in Lima on Sunday.", set()),
    ("Police beat protesters in Minsk on Sunday.", {"Minsk"}),
])
def test_pot_banging_is_a_protest(extract: Any, text: str, towns: set[str]) -> None:
    assert protests(extract(text)) == {(t, SUN) for t in towns}
