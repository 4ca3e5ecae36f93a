"""Meetings told in general English constructions (issue 10, item 4): calls that are not
meetings, separate meetings, a pair's session inside a larger summit, a seat of government
named alone. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from .meeting_facts import meetings as _meetings

pytestmark = pytest.mark.model




@pytest.mark.parametrize("text", [
    "Olaf Scholz held telephone talks with Xi Jinping on Monday about the war.\n",
    "Joe Biden and Xi Jinping talked by video link on Monday about trade.\n",
    "Giorgia Meloni met Rishi Sunak virtually on Monday to discuss migration.\n",
    "Pedro Sanchez held talks with Justin Trudeau over a video call on Monday.\n",
])
def test_a_call_is_not_a_meeting(nlp: Any, text: str) -> None:
    assert _meetings(text, "2022-03-08") == []


def test_a_meeting_in_person_is_still_one(nlp: Any) -> None:
    got = _meetings("Olaf Scholz held talks with Xi Jinping in Beijing on Monday about the war.\n", "2022-03-08")
    assert got == [(frozenset({"Olaf Scholz", "Xi Jinping"}), "Beijing", dt.date(2022, 3, 7))]


def test_met_separately_with_two_leaders_is_two_meetings(nlp: Any) -> None:
    text = "Joe Biden met separately with Olaf Scholz and Emmanuel Macron in Brussels on Thursday.\n"
    got = _meetings(text, "2022-03-25")
    assert set(got) == {(frozenset({"Joe Biden", "Olaf Scholz"}), "Brussels", dt.date(2022, 3, 24)),
                        (frozenset({"Joe Biden", "Emmanuel Macron"}), "Brussels", dt.date(2022, 3, 24))}
    assert len(got) == 2


def test_a_pair_holding_their_own_meeting_inside_a_summit_is_kept_apart(nlp: Any) -> None:
    text = ("Emmanuel Macron, Angela Merkel, Vladimir Putin and Volodymyr Zelensky met in Paris on Monday for "
            "their first summit in three years.\n\n"
            "Putin and Zelensky also held their first bilateral meeting.\n")
    got = _meetings(text, "2019-12-10")
    four = frozenset({"Emmanuel Macron", "Angela Merkel", "Vladimir Putin", "Volodymyr Zelensky"})
    assert (four, "Paris", dt.date(2019, 12, 9)) in got
    assert [m for m in got if m[0] != four] == [(frozenset({"Vladimir Putin", "Volodymyr Zelensky"}), "Paris",
                                                 dt.date(2019, 12, 9))]  # on the summit's day


def test_a_seat_of_government_named_alone_is_placed_in_its_town(nlp: Any) -> None:
    got = _meetings("Emmanuel Macron hosted Olaf Scholz at the Elysee on Wednesday evening.\n", "2022-10-27")
    assert got == [(frozenset({"Emmanuel Macron", "Olaf Scholz"}), "Paris", dt.date(2022, 10, 26))]


def test_a_dateline_with_a_long_dash_glued_to_the_lead_gives_the_town() -> None:
    from kg.extract.furniture import dateline_city

    assert dateline_city("A headline line\nTBILISI\u2014Talks went on late into the night.") == "Tbilisi"
    assert dateline_city("TBILISI \u2014 Talks went on late into the night.") == "Tbilisi"
    assert dateline_city("The US\u2014Mexico border stayed shut.") is None


def test_a_meeting_at_a_hotel_is_placed_in_the_town_of_a_glued_dateline(nlp: Any) -> None:
    text = ("Opposition talks collapse\n"
            "TBILISI\u2014Irakli Kobakhidze met the opposition leader Nika Melia on Sunday morning at the "
            "Sheraton Hotel, and the two men said later that no deal was near.\n")
    got = _meetings(text, "2024-12-02")
    assert got == [(frozenset({"Irakli Kobakhidze", "Nika Melia"}), "Tbilisi", dt.date(2024, 12, 1))]


def _visits(text: str, published: str) -> list[tuple[frozenset[str], str | None, str | None]]:
    """(visitors, place, host) of each visit, by name."""
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(frozenset(names[p] for p in e["participants"]), names.get(e.get("place")), names.get(e.get("host")))
            for e in facts["events"] if e["type"] == "Visit"]


def test_arriving_at_the_station_of_a_site_is_a_visit_to_the_site(nlp: Any) -> None:
    text = ("Vladimir Putin met Alexander Lukashenko at the Plesetsk Cosmodrome on Tuesday.\n\n"
            "Alexander Lukashenko had arrived by plane at the airfield of the cosmodrome in the Arkhangelsk Region, and the two men "
            "then toured a launch pad.\n")
    got = _visits(text, "2023-03-01")
    assert [v[:2] for v in got] == [(frozenset({"Alexander Lukashenko"}), "Plesetsk Cosmodrome")]


def test_a_site_named_with_its_region_is_not_moved_into_the_region(nlp: Any) -> None:
    text = ("Kim Jong Un arrived by train at the railway station of the Vostochny Cosmodrome in Outer Manchuria, "
            "where he met Vladimir Putin.\n")
    got = _visits(text, "2023-09-14")
    assert [v[:2] for v in got] == [(frozenset({"Kim Jong Un"}), "Vostochny Cosmodrome")]


def test_talks_right_after_a_dated_trip_take_its_day(nlp: Any) -> None:
    text = "Emmanuel Macron travelled to Kyiv on Thursday.\n\nThere he met Volodymyr Zelensky.\n"
    got = _meetings(text, "2022-06-17")
    assert got == [(frozenset({"Emmanuel Macron", "Volodymyr Zelensky"}), "Kyiv", dt.date(2022, 6, 16))]


def test_two_people_shaking_hands_meet_and_a_handshake_before_talks_is_theirs(nlp: Any) -> None:
    meetings = _meetings
    text = "Olaf Scholz shook hands with Joe Biden at the White House on Monday.\n"
    assert meetings(text, "2022-02-09") == [(frozenset({"Olaf Scholz", "Joe Biden"}), "Washington", dt.date(2022, 2, 7))]
    text = "Olaf Scholz and Joe Biden shook hands for a minute before their talks on Monday.\n"
    assert meetings(text, "2022-02-09") == [(frozenset({"Olaf Scholz", "Joe Biden"}), None, dt.date(2022, 2, 7))]
    assert meetings("Protesters shook hands with police officers in Minsk on Sunday.\n", "2020-08-17") == []


def test_a_country_acting_ahead_of_a_meeting_is_no_party_to_it(nlp: Any) -> None:
    meetings = _meetings
    text = "On Wednesday, just ahead of the meeting with Putin, Seoul accused Pyongyang of another missile launch.\n"
    assert meetings(text, "2023-09-14") == []


def test_a_guest_welcomed_by_a_host_meets_the_host(nlp: Any) -> None:
    text = "Olaf Scholz was welcomed in Washington by Joe Biden on Monday.\n"
    assert _meetings(text, "2022-02-09") == [(frozenset({"Olaf Scholz", "Joe Biden"}), "Washington", dt.date(2022, 2, 7))]


def test_a_visit_paid_to_a_person_is_a_meeting_with_them_on_the_past_day(nlp: Any) -> None:
    text = "Olaf Scholz paid a visit to Joe Biden in Washington on Monday.\n"
    assert _meetings(text, "2022-02-09") == [(frozenset({"Olaf Scholz", "Joe Biden"}), "Washington", dt.date(2022, 2, 7))]
    # a past verb after "during his visit ... on Monday" is no plan: the Monday before publication
    text = "During his visit to Joe Biden in Washington on Monday, Olaf Scholz pledged more aid.\n"
    assert _meetings(text, "2022-02-09") == [(frozenset({"Olaf Scholz", "Joe Biden"}), "Washington", dt.date(2022, 2, 7))]


def test_an_outing_shared_with_someone_is_a_meeting(nlp: Any) -> None:
    pair = frozenset({"Fumio Kishida", "Yoon Suk Yeol"})
    text = "Japanese Prime Minister Fumio Kishida had dinner with South Korean President Yoon Suk Yeol in Tokyo on Thursday.\n"
    assert _meetings(text, "2023-04-16") == [(pair, "Tokyo", dt.date(2023, 4, 13))]
    text = ("Japanese Prime Minister Fumio Kishida will take a walk in a Tokyo garden with South Korean President "
            "Yoon Suk Yeol on Friday.\n")
    assert _meetings(text, "2023-04-16") == [(pair, "Tokyo", dt.date(2023, 4, 21))]
    text = ("Japanese Prime Minister Fumio Kishida will make a one-hour boat trip with his guest, South Korean "
            "President Yoon Suk Yeol, on Friday.\n")
    assert [m[0] for m in _meetings(text, "2023-04-16")] == [pair]
    assert _meetings("Japanese Prime Minister Fumio Kishida had dinner with his wife on Thursday.\n", "2023-04-16") == []
