"""Probe battery 3 (issue 10, round 12): the meals and outings of a summit ("hosted a banquet in honour of
X", "gave a dinner for X", "offered a lunch to X", "treated X to tea", "A and B attended a state banquet",
"dined together", "toured the port"). The host and the guest of a meal, and two leaders who dine or tour
together, meet: one meeting of the two, in the town, on the day. Every sentence is invented for these tests.

Before the change 4 of the 14 sentences passed ("hosted a state dinner for X", "had lunch with X", "showed X
around", "gave X a tour"); after it, all 14. The three sentences with no meeting (one leader touring, a
dinner for a team, two ministers touring) pass before and after. Out of reach (xfail): a banquet
told in the passive with its host in a participle ("A banquet was held in honour of X, hosted by Y").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12
RUTO_HASSAN = frozenset({"William Ruto", "Samia Suluhu Hassan"})

_BATTERY = [
    ("Kazakh President Kassym Tokayev hosted a state banquet in honour of Uzbek President Shavkat Mirziyoyev in Astana "
     "on Monday evening.", frozenset({"Kassym Tokayev", "Shavkat Mirziyoyev"}), "Astana"),
    ("Kenyan President William Ruto hosted a state dinner for Tanzanian President Samia Suluhu Hassan at State House in "
     "Nairobi on Monday.", RUTO_HASSAN, "Nairobi"),
    ("Kenyan President William Ruto gave a banquet in honour of Tanzanian President Samia Suluhu Hassan at State House "
     "in Nairobi on Monday.", RUTO_HASSAN, "Nairobi"),
    ("Kenyan President William Ruto offered a dinner to Tanzanian President Samia Suluhu Hassan at State House in "
     "Nairobi on Monday.", RUTO_HASSAN, "Nairobi"),
    ("Kenyan President William Ruto treated Tanzanian President Samia Suluhu Hassan to a banquet at State House in "
     "Nairobi on Monday.", RUTO_HASSAN, "Nairobi"),
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan attended a state banquet at State House "
     "in Nairobi on Monday.", RUTO_HASSAN, "Nairobi"),
    ("Kenyan President William Ruto had lunch with Tanzanian President Samia Suluhu Hassan at State House in Nairobi on "
     "Monday.", RUTO_HASSAN, "Nairobi"),
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan dined together at State House in "
     "Nairobi on Monday.", RUTO_HASSAN, "Nairobi"),
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte dined at the government palace in Lima on "
     "Monday.", frozenset({"Gabriel Boric", "Dina Boluarte"}), "Lima"),
    ("Kenyan President William Ruto showed Tanzanian President Samia Suluhu Hassan around the new port in Mombasa on "
     "Monday.", RUTO_HASSAN, "Mombasa"),
    ("Kenyan President William Ruto gave Tanzanian President Samia Suluhu Hassan a tour of the new port in Mombasa on "
     "Monday.", RUTO_HASSAN, "Mombasa"),
    ("Chilean President Gabriel Boric and Peruvian President Dina Boluarte toured the old town of Cusco on Monday.",
     frozenset({"Gabriel Boric", "Dina Boluarte"}), "Cusco"),
    ("Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan toured the new port in Mombasa "
     "on Monday.", RUTO_HASSAN, "Mombasa"),
    ("Polish President Andrzej Duda treated Lithuanian President Gitanas Nauseda to tea at the Presidential Palace in "
     "Warsaw on Monday.", frozenset({"Andrzej Duda", "Gitanas Nauseda"}), "Warsaw"),
    pytest.param("A state banquet was held in honour of Tanzanian President Samia Suluhu Hassan at State House in Nairobi "
                 "on Monday, hosted by Kenyan President William Ruto.", RUTO_HASSAN, "Nairobi",
                 marks=pytest.mark.xfail(reason="the host is told in a participle hung on the passive clause; no rule "
                                                "reads the host of a meal from it", strict=True)),
]


@pytest.mark.model
@pytest.mark.parametrize("text, pair, town", _BATTERY)
def test_a_meal_or_outing_of_host_and_guest_is_their_meeting(nlp: Any, text: str, pair: frozenset[str], town: str) -> None:
    assert [m for m in _events(text + "\n", "2024-03-12") if len(m[0]) >= 2] == [(pair, town, MONDAY)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # one leader touring alone, ministers touring a flooded area, a dinner given for a crowd: no meeting
    "Kenyan President William Ruto toured the new port in Mombasa on Monday with engineers.\n",
    "Kenyan President William Ruto hosted a dinner for the national football team at State House on Monday.\n",
    "Interior Minister Kithure Kindiki and Health Minister Susan Nakhumicha toured the flooded areas of Kisumu on Monday.\n",
])
def test_no_meeting_of_one_leader_or_of_ministers_touring(nlp: Any, text: str) -> None:
    assert [m for m in _events(text, "2024-03-12") if len(m[0]) >= 2] == []
