"""Meetings' places, dates and participants told in general constructions of wire copy (issue 10,
part 4), sixth stop. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.meeting_facts import meetings

pytestmark = pytest.mark.model

MODI_MACRON = frozenset({"Narendra Modi", "Emmanuel Macron"})


def test_a_named_site_with_its_noun_in_lower_case_places_the_meeting(nlp: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi received French President Emmanuel Macron on Monday at the "
            "Sriharikota spaceport in southern India, officials said.\n")
    assert meetings(text, "2024-03-06") == [(MODI_MACRON, "Sriharikota spaceport", dt.date(2024, 3, 4))]


def test_a_site_told_again_with_another_noun_is_the_same_site(nlp: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi met French President Emmanuel Macron at the Sriharikota Cosmodrome "
            "on Monday.\n\nModi and Macron met again at the Sriharikota spaceport, officials said.\n")
    got = meetings(text, "2024-03-06")
    assert len(got) == 1 and got[0][0] == MODI_MACRON and got[0][2] == dt.date(2024, 3, 4)
    assert got[0][1] in ("Sriharikota Cosmodrome", "Sriharikota spaceport")


def _visits(text: str, published: str) -> list[tuple[frozenset[str], str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(frozenset(names[p] for p in e["participants"]), names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Visit"]


def test_talks_in_an_after_phrase_take_the_place_inside_it_not_the_journeys(nlp: Any) -> None:
    text = "Kenyan President William Ruto flew to Addis Ababa on Saturday after meeting French President Emmanuel Macron in Paris.\n"
    assert meetings(text, "2024-03-06") == [(frozenset({"William Ruto", "Emmanuel Macron"}), "Paris", None)]


def test_an_arrival_is_a_visit_and_the_site_told_again_by_its_noun_is_its_place(nlp: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi met French President Emmanuel Macron on Monday at the Sriharikota "
            "Cosmodrome. The meeting came upon Macron's arrival at the cosmodrome.\n")
    assert _visits(text, "2024-03-06") == [(frozenset({"Emmanuel Macron"}), "Sriharikota Cosmodrome", dt.date(2024, 3, 4))]
    text = "Kenyan President William Ruto's arrival in Washington on Monday marks the first state visit by an African leader since 2008.\n"
    assert _visits(text, "2024-06-19") == [(frozenset({"William Ruto"}), "Washington", dt.date(2024, 6, 17))]


def test_a_where_clause_on_a_country_places_the_talks_in_the_town_named_with_it(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida arrived on Wednesday in Busan in South Korea, where he held talks "
            "with President Yoon Suk Yeol.\n")
    assert meetings(text, "2024-03-13") == [(frozenset({"Fumio Kishida", "Yoon Suk Yeol"}), "Busan", dt.date(2024, 3, 13))]


def test_interfax_dateline_gives_the_town_without_the_day() -> None:
    from kg.extract.furniture import dateline_city

    assert dateline_city("KYIV. Dec 9 (Interfax-Ukraine) \u2013 The president held talks.") == "Kyiv"
    assert dateline_city("PARIS. December 9 (Interfax-Ukraine) - The leaders met.") == "Paris"
    assert dateline_city("NAIROBI, Jun 20 (Reuters) - Police fired tear gas.") == "Nairobi"


def test_a_countrys_capital_and_a_seat_inside_an_after_phrase(nlp: Any) -> None:
    text = ("KYIV (AP) - French President Emmanuel Macron arrived in Ukraine's capital on Tuesday after talks with "
            "Vladimir Putin in the Kremlin.\n")
    assert _visits(text, "2022-02-08") == [(frozenset({"Emmanuel Macron"}), "Kyiv", dt.date(2022, 2, 8))]
    assert meetings(text, "2022-02-08") == [(frozenset({"Emmanuel Macron", "Vladimir Putin"}), "Moscow", None)]


def test_a_journey_after_the_talks_does_not_take_them_away_from_the_dateline(nlp: Any) -> None:
    text = ("MOSCOW (AP) - French President Emmanuel Macron met Vladimir Putin on Monday. Macron flew on to Kyiv "
            "on Tuesday.\n")
    assert meetings(text, "2022-02-08") == [(frozenset({"Emmanuel Macron", "Vladimir Putin"}), "Moscow", dt.date(2022, 2, 7))]


def test_a_leaders_train_or_plane_carries_the_visitor_and_leaving_for_a_trip_is_one(nlp: Any) -> None:
    text = "North Korean leader Kim Jong Un's armoured train crossed into Russia on Tuesday, and it is heading to the east.\n"
    assert _visits(text, "2023-09-12") == [(frozenset({"Kim Jong Un"}), "Russia", dt.date(2023, 9, 12))]
    text = "Russian President Vladimir Putin's plane landed in Hanoi early on Thursday, and he was met at the airport.\n"
    assert _visits(text, "2024-06-21") == [(frozenset({"Vladimir Putin"}), "Hanoi", dt.date(2024, 6, 20))]
    text = "\"We will not give in,\" Israeli Prime Minister Benjamin Netanyahu said, as he left for a trip to Berlin.\n"
    assert _visits(text, "2023-03-15") == [(frozenset({"Benjamin Netanyahu"}), "Berlin", None)]
