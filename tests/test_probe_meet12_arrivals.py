"""Probe battery 2 (issue 10, round 12): a guest's arrival and the host's greeting, as summit reports tell
them ("arrived ... and was received by", "On arrival, X was greeted by Y", "Upon arriving ...", "Y was at
the airport to greet X"). Each sentence must give the meeting of guest and host and the guest's visit,
hosted by the host, in the town; never a visit of the host. Every sentence is invented for these tests.

Before the change 7 of the 12 sentences passed: a second verb of the guest's sentence in the passive ("landed
in X and was received by Y") took no guest (only "welcomed" and "greeted" did); "On arrival in X, A was
greeted by B" and "Upon arriving in X, A was received by B" made the greeter the one who arrived (or no
one); "B was at the airport to greet A" made B a visitor. After it, all 12. "Greeting A at the door, B said
..." is out of reach: the small model reads "Greeting" as an adjective of the name (xfail).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12


def _visits(text: str) -> list[tuple[str, str | None, str | None]]:
    """(visitor, host, place) of each visit, by name."""
    from kg.extract.api import extract_text

    facts = extract_text(text, published="2024-03-12")
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["participants"][0]], names.get(e.get("host")), names.get(e.get("place")))
            for e in facts["events"] if e["type"] == "Visit"]


_BATTERY = [
    ("Mongolian President Ukhnaagiin Khurelsukh arrived by plane in Bishkek on Monday and was greeted at the airport by "
     "Kyrgyz President Sadyr Japarov.", "Ukhnaagiin Khurelsukh", "Sadyr Japarov", "Bishkek"),
    ("Kenyan President William Ruto landed in Dar es Salaam on Monday and was received by Tanzanian President Samia "
     "Suluhu Hassan at the airport.", "William Ruto", "Samia Suluhu Hassan", "Dar es Salaam"),
    ("Polish President Andrzej Duda arrived in Vilnius on Monday and was met at the airport by Lithuanian President "
     "Gitanas Nauseda.", "Andrzej Duda", "Gitanas Nauseda", "Vilnius"),
    ("Lao President Thongloun Sisoulith arrived in Hanoi on Monday and was welcomed by Vietnamese President Vo Van Thuong "
     "at the Presidential Palace.", "Thongloun Sisoulith", "Vo Van Thuong", "Hanoi"),
    ("On arrival in Lima on Monday, Chilean President Gabriel Boric was greeted by Peruvian President Dina Boluarte.",
     "Gabriel Boric", "Dina Boluarte", "Lima"),
    ("Upon arriving in Lima on Monday, Chilean President Gabriel Boric was received by Peruvian President Dina "
     "Boluarte.", "Gabriel Boric", "Dina Boluarte", "Lima"),
    ("Chilean President Gabriel Boric arrived in Lima on Monday, where he was greeted by Peruvian President Dina "
     "Boluarte.", "Gabriel Boric", "Dina Boluarte", "Lima"),
    ("Chilean President Gabriel Boric arrived in Lima on Monday, where Peruvian President Dina Boluarte greeted him at "
     "the airport.", "Gabriel Boric", "Dina Boluarte", "Lima"),
    ("Peruvian President Dina Boluarte greeted Chilean President Gabriel Boric at the entrance of the government palace "
     "in Lima on Monday.", "Gabriel Boric", "Dina Boluarte", "Lima"),
    ("Kenyan President William Ruto flew to Dar es Salaam on Monday, where he was welcomed by Tanzanian President Samia "
     "Suluhu Hassan with a guard of honour.", "William Ruto", "Samia Suluhu Hassan", "Dar es Salaam"),
    ("Lithuanian President Gitanas Nauseda was at the airport in Vilnius on Monday to greet Polish President Andrzej "
     "Duda.", "Andrzej Duda", "Gitanas Nauseda", "Vilnius"),
    ("Chilean President Gabriel Boric, who arrived in Lima on Monday, was received by Peruvian President Dina Boluarte "
     "at the government palace.", "Gabriel Boric", "Dina Boluarte", "Lima"),
    pytest.param("Greeting Chilean President Gabriel Boric at the door of the government palace in Lima on Monday, "
                 "Peruvian President Dina Boluarte said the two countries were brothers.", "Gabriel Boric", "Dina Boluarte",
                 "Lima", marks=pytest.mark.xfail(reason="the small model reads the participle 'Greeting' as an adjective "
                                                        "of the guest's name: no verb to hang the greeting on", strict=True)),
]


@pytest.mark.model
@pytest.mark.parametrize("text, guest, host, town", _BATTERY)
def test_a_guest_arrives_and_is_greeted_by_the_host(nlp: Any, text: str, guest: str, host: str, town: str) -> None:
    assert _events(text + "\n", "2024-03-12") == [(frozenset({guest, host}), town, MONDAY)]
    assert _visits(text + "\n") == [(guest, host, town)]


@pytest.mark.model
def test_a_guest_met_at_the_airport_meets_the_host(nlp: Any) -> None:
    # "was met by" gives the meeting; whether the guest visits is not told (both may be abroad)
    text = "Polish President Andrzej Duda was met at Vilnius airport on Monday by Lithuanian President Gitanas Nauseda.\n"
    assert _events(text, "2024-03-12") == [(frozenset({"Andrzej Duda", "Gitanas Nauseda"}), "Vilnius", MONDAY)]
