"""Probe battery of the protests helper (round 12): "demonstrators blocked roads in A" -- roadblocks
told by what befell them ("road blockades were reported in A, B and C", "roadblocks went up in A")
and human chains ("a human chain from Vilnius to Riga", "stretched across Beirut"). Sentences written
for the test; the publication day is Monday 14 September 2020 (6 probes failed before, 6 pass;
5 controls and 5 negatives held: police, army and military roadblocks, a supply chain, hotel chains).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUN = "2020-09-13"


@pytest.mark.parametrize(("text", "towns"), [
    ("Road blockades were reported in Cochabamba, Oruro and Potosi on Sunday.", {"Cochabamba", "Oruro", "Potosi"}),
    ("Roadblocks went up in Cochabamba and Santa Cruz on Sunday.", {"Cochabamba", "Santa Cruz"}),
    ("Thousands formed a human chain from Vilnius to Riga on Sunday.", {"Vilnius", "Riga"}),
    ("A human chain stretched across Beirut on Sunday.", {"Beirut"}),
    ("A human chain of some 5,000 people was formed along the coast road in Tyre on Sunday.", {"Tyre"}),
    ("Tens of thousands of people joined hands on Sunday to form a human chain across Chile.", {"Chile"}),
    # controls, held before
    ("Protesters formed a human chain around parliament in Tbilisi on Sunday.", {"Tbilisi"}),
    ("Bolivian protesters maintained roadblocks in Cochabamba and Oruro on Sunday.", {"Cochabamba", "Oruro"}),
    ("Students held a sit-in at the university in Dhaka on Sunday.", {"Dhaka"}),
    ("Barricades were erected in several streets of Port-au-Prince on Sunday.", {"Port-au-Prince"}),
    ("Residents of Aktau blocked the road to the airport on Sunday.", {"Aktau"}),
    # negatives
    ("Police roadblocks were set up in Cochabamba on Sunday.", set()),
    ("Military roadblocks went up around Oruro on Sunday.", set()),
    ("Roadblocks were set up by the army in Potosi on Sunday.", set()),
    ("The company's supply chain was disrupted in Santa Cruz on Sunday.", set()),
    ("Hotel chains in Sucre reported a drop in bookings on Sunday.", set()),
])
def test_roadblocks_and_human_chains(extract: Any, text: str, towns: set[str]) -> None:
    assert protests(extract(text)) == {(t, SUN) for t in towns}
