"""Probe battery 6 (issue 10, round 12): the guest of a summit named once and then described ("his guest",
"the visiting president", "the Kenyan leader", "the Kenyan head of state") as the one the host greets,
welcomes, receives or holds talks with. The description stands for the person the report named last before
it, outside its own sentence (meeting_guests.described_guest), or, for a country's head, the latest head of
that country (described_heads, now also "head of state" and with a place phrase hung on the description).
Every sentence is invented for these tests.

Before the change 5 of the 10 sentences passed; after it, all 10. The guest the report never named stays nobody. "A and his guest held talks" is out of
reach: the small model reads "his guest" as an adverbial of the verb, not a conjunct of the subject (xfail).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12
ARRIVAL = "Kenyan President William Ruto arrived in Kampala on Monday.\n\n"
RUTO_MUSEVENI = frozenset({"William Ruto", "Yoweri Museveni"})


@pytest.mark.model
@pytest.mark.parametrize("second", [
    "Ugandan President Yoweri Museveni held talks with the Kenyan leader at State House in Kampala.",
    "Ugandan President Yoweri Museveni met the Kenyan president at State House in Kampala.",
    "Ugandan President Yoweri Museveni greeted the Kenyan leader at State House in Kampala.",
    "Ugandan President Yoweri Museveni held talks with his guest at State House in Kampala.",
    "Ugandan President Yoweri Museveni welcomed his guest at State House in Kampala.",
    "Ugandan President Yoweri Museveni held talks with the visiting president at State House in Kampala.",
    "The visiting president held talks with Ugandan President Yoweri Museveni at State House in Kampala.",
    "The Kenyan leader held talks with Ugandan President Yoweri Museveni at State House in Kampala.",
    "Ugandan President Yoweri Museveni received the Kenyan head of state at State House in Kampala.",
    "At State House in Kampala, Ugandan President Yoweri Museveni told his guest that the two countries were brothers, before the "
    "two leaders held talks.",
    pytest.param("Ugandan President Yoweri Museveni and his guest held talks at State House in Kampala.",
                 marks=pytest.mark.xfail(reason="the model reads 'his guest' as an adverbial of 'held', not a conjunct "
                                                "of the subject", strict=True)),
])
def test_the_guest_described_after_the_arrival_meets_the_host(nlp: Any, second: str) -> None:
    assert _events(ARRIVAL + second + "\n", "2024-03-12") == [(RUTO_MUSEVENI, "Kampala", MONDAY)]


@pytest.mark.model
def test_a_guest_the_report_never_named_is_nobody_named_before(nlp: Any) -> None:
    text = ARRIVAL + "Ugandan President Yoweri Museveni welcomed a guest from the World Bank at State House in Kampala on Tuesday.\n"
    assert all(m[0] != RUTO_MUSEVENI for m in _events(text, "2024-03-12"))
