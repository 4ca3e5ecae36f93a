"""Probe batteries (issue 10, round 12): how summit reports are written, each construction said the way
different outlets would say it, with what each sentence must give. Every sentence is invented for these
tests (other countries, other names); none is copied from an article.

Battery 1, "A and Title B held talks at <venue> in <town>": the model often reads the second titled name
as a subject of its own ("A and Prime Minister B" as two subjects of "held"), or "A and Jordan's King B"
as "(A and Jordan)'s King B". Both are parties of the talks the verb holds. Before the change 8 of the 12
sentences gave the meeting; after, all 12.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12


@pytest.mark.model
@pytest.mark.parametrize("text, pair, town", [
    ("Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim held talks at the Merdeka Palace in "
     "Jakarta on Monday.", {"Joko Widodo", "Anwar Ibrahim"}, "Jakarta"),
    ("Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held a meeting at State House in Nairobi "
     "on Monday.", {"William Ruto", "Samia Suluhu Hassan"}, "Nairobi"),
    ("Chilean President Gabriel Boric and Argentine President Alberto Fernandez held a summit at the Casa Rosada in "
     "Buenos Aires on Monday.", {"Gabriel Boric", "Alberto Fernandez"}, "Buenos Aires"),
    ("Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda held talks at the presidential palace in "
     "Vilnius on Monday.", {"Andrzej Duda", "Gitanas Nauseda"}, "Vilnius"),
    ("Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony Albanese had a meeting at Kirribilli "
     "House in Sydney on Monday.", {"Fumio Kishida", "Anthony Albanese"}, "Sydney"),
    ("Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Antonio Costa held their annual summit at the "
     "Belem Palace in Lisbon on Monday.", {"Pedro Sanchez", "Antonio Costa"}, "Lisbon"),
    ("Ghanaian President Nana Akufo-Addo and Nigerian President Bola Tinubu held closed-door talks at the Jubilee House "
     "in Accra on Monday.", {"Nana Akufo-Addo", "Bola Tinubu"}, "Accra"),
    ("Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II held talks at the Ittihadiya Palace in "
     "Cairo on Monday, the presidency said.", {"Abdel Fattah al-Sisi", "Abdullah II"}, "Cairo"),
    ("German Chancellor Olaf Scholz and French President Emmanuel Macron began their talks at the Elysee Palace in "
     "Paris on Monday.", {"Olaf Scholz", "Emmanuel Macron"}, "Paris"),
    ("Peruvian President Dina Boluarte and Bolivian President Luis Arce held a bilateral meeting at the government "
     "palace in La Paz on Monday.", {"Dina Boluarte", "Luis Arce"}, "La Paz"),
    ("Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban held talks at the Sandor Palace in "
     "Budapest on Monday.", {"Aleksandar Vucic", "Viktor Orban"}, "Budapest"),
    ("Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet held talks at Government House in "
     "Bangkok on Monday.", {"Srettha Thavisin", "Hun Manet"}, "Bangkok"),
])
def test_two_titled_leaders_hold_talks_at_a_venue(nlp: Any, text: str, pair: set[str], town: str) -> None:
    assert _events(text + "\n", "2024-03-12") == [(frozenset(pair), town, MONDAY)]
