"""Meetings, tenth round (issue 10): a minister named with a head as the ones met takes part ("met with
President A and Foreign Minister B"), and the same heads' talks joined by a minister that day are one
meeting; "his summit with his counterpart A" names A once (noun and apposition), so the subject of the
verb holding the summit is the other party; a summit of states ("the Kenya-Tanzania summit") that the
meeting just told does not gather is no mention of that meeting (it lends it no place). Real spaCy
pipeline; every sentence is invented for these tests. A visit to a site a town owns ("visited Kyiv's
Independence Square") is a visit to that town. A host who welcomes a guest the clause only describes ("welcomed
a delegation from Uganda to State House on Tuesday") sets the scene of the talks told next. Meetings told
as many ("In these meetings, he has met ...", people met listed with "or") are no one meeting. "20 minutes
after his address" is the day of the address told before. An event placed in a country is in the one town of
it the article names.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric met with Argentine President Alberto Fernandez and Foreign Minister Santiago Cafiero "
    "in Buenos Aires on Monday.\n",
    "Chilean President Gabriel Boric met with Argentine President Alberto Fernandez and Santiago Cafiero, the Argentine "
    "foreign minister, in Buenos Aires on Monday.\n",
])
def test_a_minister_met_with_a_head_takes_part(nlp: Any, text: str) -> None:
    (m,) = _events(text, "2024-03-12")
    assert m[0] == frozenset({"Gabriel Boric", "Alberto Fernandez", "Santiago Cafiero"})
    assert m[1] == "Buenos Aires" and m[2] == dt.date(2024, 3, 11)


@pytest.mark.model
def test_the_heads_talks_joined_by_a_minister_are_one_meeting(nlp: Any) -> None:
    text = ("Kenyan President William Ruto was welcomed on Tuesday by Ugandan President Yoweri Museveni. "
            "Ruto later held talks with Museveni and Ugandan Foreign Minister Jeje Odongo.\n")
    (m,) = _events(text, "2024-03-12")
    assert m[0] == frozenset({"William Ruto", "Yoweri Museveni", "Jeje Odongo"}) and m[2] == dt.date(2024, 3, 12)


@pytest.mark.model
def test_a_summit_with_a_counterpart_named_in_apposition(nlp: Any) -> None:
    text = ("On Wednesday, Kenyan President William Ruto will travel to his first summit with his Tanzanian "
            "counterpart Samia Suluhu Hassan.\n")
    (m,) = _events(text, "2024-03-12")
    assert m[0] == frozenset({"William Ruto", "Samia Suluhu Hassan"}) and m[2] == dt.date(2024, 3, 13)


@pytest.mark.model
def test_a_summit_of_other_states_lends_no_place(nlp: Any) -> None:
    text = ("Kenyan President William Ruto was welcomed on Tuesday by Ugandan President Yoweri Museveni. "
            "The Kenya-Tanzania summit will take place at a villa in Arusha.\n")
    meetings = [m for m in _events(text, "2024-03-12") if len(m[0]) >= 2]
    assert meetings and all(m[1] != "Arusha" for m in meetings)


@pytest.mark.model
def test_a_journey_for_talks_under_a_headline_keeps_the_journey_s_day(nlp: Any) -> None:
    # the headline ("X to meet Y") tells no talks apart from the journey, and "The talks are the first
    # meeting between ..." describes the talks just told: one meeting, on the day of the journey
    text = ("Tokayev to meet Mirziyoyev for talks\n\n"
            "Kazakh President Kassym-Jomart Tokayev on Monday flew to Uzbekistan for one-to-one talks with his "
            "counterpart Shavkat Mirziyoyev.\n\n"
            "The talks are the first meeting between the two leaders since the election.\n")
    (m,) = _events(text, "2024-03-12")
    assert "Kassym-Jomart Tokayev" in m[0] and len(m[0]) == 2 and all(n.endswith("Mirziyoyev") for n in m[0] - {"Kassym-Jomart Tokayev"})
    assert m[2] == dt.date(2024, 3, 11)


@pytest.mark.model
@pytest.mark.parametrize("text, person, town", [
    ("After talks with Kenyan President William Ruto, Josep Borrell visited Nairobi's main square.\n", "Josep Borrell",
     "Nairobi"),
    ("On Monday, the Chilean President Gabriel Boric visited Lima's historic centre with the mayor of the city and his "
     "wife.\n", "Gabriel Boric", "Lima"),
    ("After her talks with Lula, the EU foreign policy chief Josep Borrell visited Brasilia's Three Powers Plaza and the "
     "cathedral.\n", "Josep Borrell", "Brasilia"),
])
def test_a_visit_to_a_town_s_site_is_a_visit_to_the_town(nlp: Any, text: str, person: str, town: str) -> None:
    visits = _events(text, "2024-03-12", "Visit")
    assert [(v[0], v[1]) for v in visits] == [(frozenset({person}), town)]


@pytest.mark.model
@pytest.mark.parametrize("text, pair, town, day", [
    ("President William Ruto welcomed a senior delegation from Uganda to State House in Nairobi on Tuesday. Ruto met "
     "for an hour with the delegation's head, Jeje Odongo, in the main hall to discuss trade.\n",
     {"William Ruto", "Jeje Odongo"}, "Nairobi", dt.date(2024, 3, 12)),
    ("Chancellor Olaf Scholz received a new envoy from Ukraine at the Chancellery in Berlin on Monday. Scholz held talks "
     "with the envoy, Oleksii Makeiev, in his office.\n", {"Olaf Scholz", "Oleksii Makeiev"}, "Berlin", dt.date(2024, 3, 11)),
])
def test_a_guest_welcomed_unnamed_sets_the_scene_of_the_talks_told_next(nlp: Any, text: str, pair: set[str], town: str,
                                                                         day: dt.date) -> None:
    # the host welcomes a guest the clause only describes, to a place on a day: the talks told next, in a room
    # of no town and on no day of their own, are there and then
    assert _events(text, "2024-03-13") == [(frozenset(pair), town, day)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ruto began a round of talks with various groups last week. In these meetings, the president has met with regional "
    "leaders, church leaders or some students, but the meeting with the unions has not yet taken place.\n",
    "Kenyan President William Ruto met with union leaders, church leaders or students in Nairobi on Tuesday to discuss "
    "the tax bill.\n",
])
def test_meetings_told_as_many_are_no_one_meeting(nlp: Any, text: str) -> None:
    # "In these meetings, he has met ...", people met listed as alternatives: examples of a round of talks
    assert _events(text, "2024-03-13") == []


@pytest.mark.model
def test_people_met_listed_with_and_still_meet(nlp: Any) -> None:
    text = "Kenyan President William Ruto met with union leaders and church leaders in Nairobi on Tuesday to discuss the tax bill.\n"
    assert len(_events(text, "2024-03-13")) == 1


@pytest.mark.model
def test_minutes_after_what_was_told_is_its_day(nlp: Any) -> None:
    # "20 minutes after his address": within the hour of the address told on Tuesday, on that day
    text = ("Kenyan President William Ruto on Tuesday told the nation he was dissolving the cabinet after weeks of protests. "
            "About 20 minutes after his short address, he arrived at State House in Nairobi to meet opposition leader "
            "Raila Odinga.\n")
    assert _events(text, "2024-03-13") == [(frozenset({"William Ruto", "Raila Odinga"}), "Nairobi", dt.date(2024, 3, 12))]


def test_minutes_after_is_a_day_relative_to_the_last_one() -> None:
    from kg.extract.dates import find_dates, relative_to, resolve_date

    (d,) = find_dates("About 20 minutes after his short address, he arrived")
    assert resolve_date(relative_to(d, dt.date(2019, 10, 29)), None) == dt.date(2019, 10, 29)


@pytest.mark.model
def test_an_event_placed_in_a_country_is_in_its_one_town_named(nlp: Any) -> None:
    # the headline places the visit in the country; the article names one town of it (in a quotation)
    text = ("Scholz arrives in Poland\n\n"
            "The German ambassador to Poland announced this on Twitter. \"I am honoured to welcome to Warsaw Chancellor "
            "Olaf Scholz, who arrived to meet with Donald Tusk,\" the ambassador said.\n\n"
            "Polish Prime Minister Donald Tusk will meet with Chancellor Scholz today.\n")
    assert [e[1] for e in _events(text, "2024-03-12")] == ["Warsaw"]
    assert [e[1] for e in _events(text, "2024-03-12", "Visit")] == ["Warsaw"]
