"""Meetings told in general English constructions (issue 10, item 4), second set: a named site
parsed under the guest, one pair's talks told at a site and at a region, reciprocal greetings,
titles with "of <country>", dates inside and after "ahead of"/"after" phrases, background in a
"when" clause, aides and countries that are no meeting. Real spaCy pipeline; every sentence is
invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.model


def _events(text: str, published: str, etype: str = "Meeting") -> list[tuple[frozenset[str], str | None, dt.date | None]]:
    """(participants, place, date) of each event of ``etype``, by name."""
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(frozenset(names[p] for p in e["participants"]), names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == etype]


SCHOLZ_MACRON = frozenset({"Olaf Scholz", "Emmanuel Macron"})
LUKA_KIM = frozenset({"Alexander Lukashenko", "Kim Jong Un"})


def test_a_site_parsed_under_the_guest_places_the_meeting(nlp: Any) -> None:
    got = _events("Alexander Lukashenko welcomed North Korean leader Kim Jong Un at the Vostochny Cosmodrome on Sunday.\n",
                  "2023-07-03")
    assert got == [(LUKA_KIM, "Vostochny Cosmodrome", dt.date(2023, 7, 2))]


def test_talks_begun_at_a_site_are_placed_there(nlp: Any) -> None:
    got = _events("Alexander Lukashenko and Kim Jong Un began their talks on Sunday at the Vostochny Cosmodrome, "
                  "aides said.\n", "2023-07-03")
    assert got == [(LUKA_KIM, "Vostochny Cosmodrome", dt.date(2023, 7, 2))]


def test_one_pair_at_a_site_and_in_a_region_is_one_meeting_at_the_site(nlp: Any) -> None:
    text = ("Alexander Lukashenko and Kim Jong Un held a summit at a launch site in Russia's Far East on Sunday. "
            "The two leaders met at the Vostochny Cosmodrome, where they watched a rocket launch.\n")
    assert _events(text, "2023-07-03") == [(LUKA_KIM, "Vostochny Cosmodrome", dt.date(2023, 7, 2))]


def test_leaders_who_greeted_each_other_meet_and_a_title_country_is_no_place(nlp: Any) -> None:
    text = ("The president of Belarus, Alexander Lukashenko, and his guest, Kim Jong Un, greeted each other "
            "warmly on Sunday before starting their talks in Minsk.\n")
    assert _events(text, "2023-07-03") == [(LUKA_KIM, "Minsk", dt.date(2023, 7, 2))]


def test_a_summit_ahead_of_which_someone_arrived_takes_its_own_day(nlp: Any) -> None:
    text = "Olaf Scholz arrived in Lisbon on Monday ahead of his summit with Antonio Costa on Tuesday.\n"
    assert _events(text, "2023-07-05") == [(frozenset({"Olaf Scholz", "Antonio Costa"}), "Lisbon", dt.date(2023, 7, 4))]


def test_talks_to_come_after_an_arrival_do_not_take_its_day(nlp: Any) -> None:
    text = "Olaf Scholz arrived in Portugal on Monday, where he is expected to hold talks with Antonio Costa.\n"
    got = _events(text, "2023-07-04")
    assert [(p, d) for p, _place, d in got] == [(frozenset({"Olaf Scholz", "Antonio Costa"}), None)]


def test_a_joint_news_conference_after_their_talks_dates_and_places_them(nlp: Any) -> None:
    text = "Olaf Scholz and Antonio Costa gave a joint news conference in Lisbon on Monday after their talks.\n"
    assert _events(text, "2023-07-05") == [(frozenset({"Olaf Scholz", "Antonio Costa"}), "Lisbon", dt.date(2023, 7, 3))]


def test_a_summit_in_a_when_clause_of_an_earlier_year_is_background(nlp: Any) -> None:
    text = ("Olaf Scholz and Antonio Costa met at the Belem Palace on Monday. It was their first meeting since "
            "2019, when they held a summit in Porto.\n")
    got = _events(text, "2023-07-05")
    assert [place for _p, place, _d in got] == ["Belem Palace"]


def test_aides_who_attended_the_leaders_meeting_meet_no_one(nlp: Any) -> None:
    text = ("Olaf Scholz and Antonio Costa met in Lisbon on Monday. The delegations held talks after the "
            "leaders' private meeting, which was attended only by Foreign Minister Annalena Baerbock and "
            "Foreign Minister Joao Cravinho.\n")
    got = _events(text, "2023-07-05")
    assert [p for p, _place, _d in got] == [frozenset({"Olaf Scholz", "Antonio Costa"})]


def test_countries_that_agree_to_keep_talking_hold_no_meeting(nlp: Any) -> None:
    text = "Olaf Scholz met Antonio Costa in Lisbon on Monday. Germany and Portugal agreed to keep talking.\n"
    got = _events(text, "2023-07-05")
    assert [p for p, _place, _d in got] == [frozenset({"Olaf Scholz", "Antonio Costa"})]


def test_a_host_who_welcomed_guests_for_talks_takes_part(nlp: Any) -> None:
    text = "Antonio Costa welcomed Olaf Scholz and Emmanuel Macron to Lisbon on Monday for talks on migration.\n"
    got = _events(text, "2023-07-05")
    assert got == [(SCHOLZ_MACRON | {"Antonio Costa"}, "Lisbon", dt.date(2023, 7, 3))]


def test_the_first_meeting_between_the_two_men_is_the_leaders(nlp: Any) -> None:
    text = ("Olaf Scholz and Antonio Costa met in Lisbon on Monday. Foreign Minister Annalena Baerbock and "
            "Foreign Minister Joao Cravinho joined them for lunch. It was the first meeting between the two men "
            "since the election.\n")
    got = _events(text, "2023-07-05")
    assert [p for p, _place, _d in got] == [frozenset({"Olaf Scholz", "Antonio Costa"})]


def test_a_meeting_with_a_vague_time_of_its_own_takes_no_day_from_its_conjunct(nlp: Any) -> None:
    text = ("Antonio Costa met Olaf Scholz in Lisbon on Monday. Costa had spoken by phone with Pedro Sanchez on "
            "Sunday and met Giorgia Meloni in Rome last week.\n")
    got = _events(text, "2023-07-05")
    assert (frozenset({"Antonio Costa", "Giorgia Meloni"}), "Rome", None) in got


def test_ministers_present_at_the_talks_told_hold_none_of_their_own(nlp: Any) -> None:
    text = ("Olaf Scholz and Antonio Costa met in Lisbon on Monday. Foreign Minister Annalena Baerbock and "
            "Foreign Minister Joao Cravinho were also present at the talks, which lasted three hours.\n")
    got = _events(text, "2023-07-05")
    assert [p for p, _place, _d in got] == [frozenset({"Olaf Scholz", "Antonio Costa"})]


def test_the_countries_a_summit_is_of_are_not_its_place(nlp: Any) -> None:
    text = ("LISBON - The summit of Germany, Portugal and Spain ended late on Monday. Olaf Scholz and Pedro "
            "Sanchez, who were meeting for the first time, agreed to build a pipeline.\n")
    got = _events(text, "2023-07-05")
    assert got == [(frozenset({"Olaf Scholz", "Pedro Sanchez"}), "Lisbon", dt.date(2023, 7, 3))]


def test_a_site_parsed_under_the_guest_s_delegation_places_the_meeting(nlp: Any) -> None:
    text = "Alexander Lukashenko hosted Kim Jong Un and his delegation at the Vostochny Cosmodrome on Sunday.\n"
    got = _events(text, "2023-07-03")
    assert got == [(LUKA_KIM, "Vostochny Cosmodrome", dt.date(2023, 7, 2))]

def test_talks_told_through_the_journey_to_them_take_the_talks_own_day_and_site(nlp: Any) -> None:
    text = ("Alexander Lukashenko arrived in Russia on Sunday for talks with Kim Jong Un. The two leaders met on "
            "Monday at the Vostochny Cosmodrome.\n")
    assert _events(text, "2023-07-04") == [(LUKA_KIM, "Vostochny Cosmodrome", dt.date(2023, 7, 3))]


def test_a_guest_received_at_a_palace_of_the_town_he_arrived_in_meets_in_that_town(nlp: Any) -> None:
    text = ("Alexander Lukashenko, who arrived in Minsk on Monday, was received by Kim Jong Un at the Palace of "
            "Independence.\n")
    assert _events(text, "2023-07-04") == [(LUKA_KIM, "Minsk", dt.date(2023, 7, 3))]
    assert _events(text, "2023-07-04", "Visit") == [(frozenset({"Alexander Lukashenko"}), "Minsk", dt.date(2023, 7, 3))]


def test_a_visit_to_the_dateline_s_country_is_in_the_dateline_s_town(nlp: Any) -> None:
    text = ("MINSK - Kim Jong Un arrived on Monday for his first visit to Belarus. He held talks with Alexander "
            "Lukashenko at the Palace of Independence.\n")
    assert _events(text, "2023-07-04", "Visit") == [(frozenset({"Kim Jong Un"}), "Minsk", dt.date(2023, 7, 3))]


def test_a_host_who_welcomed_him_where_he_arrived_meets_him(nlp: Any) -> None:
    text = "Kim Jong Un arrived on Monday at the airfield, where Alexander Lukashenko welcomed him with a hug.\n"
    assert [(p, d) for p, _pl, d in _events(text, "2023-07-04")] == [(LUKA_KIM, dt.date(2023, 7, 3))]


def test_a_venue_of_a_summit_told_in_a_town_is_in_that_town(nlp: Any) -> None:
    text = ("The Belarus-North Korea summit began in Minsk on Monday. Kim Jong Un was received by Alexander "
            "Lukashenko at the Palace of Independence.\n")
    assert _events(text, "2023-07-04") == [(LUKA_KIM, "Minsk", dt.date(2023, 7, 3))]


def test_a_summit_named_by_its_two_leaders_joined_by_a_hyphen_is_theirs(nlp: Any) -> None:
    text = ("Emmanuel Macron and Olaf Scholz are old allies. The Macron-Scholz summit in Paris on Monday lasted "
            "less than three hours.\n")
    assert _events(text, "2023-07-04") == [(SCHOLZ_MACRON, "Paris", dt.date(2023, 7, 3))]


def test_talks_of_the_states_beside_their_leaders_talks_are_those_talks(nlp: Any) -> None:
    text = ("Vladimir Putin and Alexander Lukashenko met in Minsk on Monday. Talks between Russia and Belarus "
            "lasted less than three hours.\n")
    got = _events(text, "2023-07-04")
    assert got == [(frozenset({"Vladimir Putin", "Alexander Lukashenko"}), "Minsk", dt.date(2023, 7, 3))]


@pytest.mark.parametrize("text", [
    "Alexander Lukashenko and Kim Jong Un had a brief encounter in Minsk on Monday.\n",
    "In Minsk on Monday, Alexander Lukashenko played host to Kim Jong Un.\n",
    "The conversation between Alexander Lukashenko and Kim Jong Un in Minsk on Monday lasted two hours.\n",
])
def test_an_encounter_a_conversation_and_playing_host_are_meetings(nlp: Any, text: str) -> None:
    assert _events(text, "2023-07-04") == [(LUKA_KIM, "Minsk", dt.date(2023, 7, 3))]


def test_a_phone_conversation_is_still_no_meeting(nlp: Any) -> None:
    text = "Alexander Lukashenko and Kim Jong Un had a long phone conversation on Monday.\n"
    assert _events(text, "2023-07-04") == []


def test_a_named_site_in_a_region_places_the_meeting_not_the_region(nlp: Any) -> None:
    from .meeting_facts import meetings

    text = "Vladimir Putin welcomed Kim Jong Un to the Vostochny Cosmodrome in Russia's Amur region on Wednesday.\n"
    assert meetings(text, "2023-09-14") == [(frozenset({"Vladimir Putin", "Kim Jong Un"}), "Vostochny Cosmodrome",
                                             dt.date(2023, 9, 13))]


def test_a_site_named_for_its_town_is_in_that_town(nlp: Any) -> None:
    text = "Joe Biden landed at Geneva Airport on Tuesday.\n"
    assert _events(text, "2021-06-16", "Visit") == [(frozenset({"Joe Biden"}), "Geneva", dt.date(2021, 6, 15))]


def test_the_source_named_by_according_to_is_no_place(nlp: Any) -> None:
    text = ("Russian President Vladimir Putin met Turkish President Tayyip Erdogan on Monday, according to the Kremlin. "
            "The two sides also signed agreements on trade.\n")
    assert _events(text, "2023-04-16") == [
        (frozenset({"Vladimir Putin", "Recep Tayyip Erdogan"}), None, dt.date(2023, 4, 10))]
    text = ("Putin and Erdogan have concluded their summit meetings in Sochi, according to the Kremlin, "
            "wrapping up sooner than expected.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == ["Sochi"]


def test_a_seat_of_government_named_without_its_town_is_in_its_town(nlp: Any) -> None:
    text = ("Argentine President Alberto Fernandez hosted Brazilian President Luiz Inacio Lula da Silva at the Casa Rosada "
            "on Monday. The two sides also signed agreements on trade.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == ["Buenos Aires"]
    text = ("South African President Cyril Ramaphosa met Zimbabwean President Emmerson Mnangagwa at the Union Buildings "
            "on Thursday. The two sides also signed agreements on trade.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == ["Pretoria"]


def test_a_seat_every_state_has_is_in_the_capital_of_the_article_s_country(nlp: Any) -> None:
    text = ("Ugandan President Yoweri Museveni received Tanzanian President Samia Suluhu Hassan at State House on "
            "Friday. Uganda and Tanzania signed agreements on an oil pipeline. Ugandan officials said the pipeline "
            "would open in Uganda next year.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == ["Kampala"]


def test_the_place_of_what_a_summit_is_for_is_not_its_place(nlp: Any) -> None:
    text = ("Putin will meet Erdogan on Monday. Peskov said the summit would contribute to a settlement of the "
            "conflict in Syria.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == [None]


def test_a_place_in_what_the_talks_discussed_is_not_their_place(nlp: Any) -> None:
    text = ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met for talks on Friday at which "
            "they discussed the war in Sudan.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == [None]


def test_showing_a_guest_around_a_site_is_a_meeting_there(nlp: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi showed Japanese Prime Minister Fumio Kishida around the Sabarmati "
            "Ashram in Ahmedabad on Sunday.\n")
    assert _events(text, "2023-04-16") == [
        (frozenset({"Narendra Modi", "Fumio Kishida"}), "Ahmedabad", dt.date(2023, 4, 16))]


def test_a_dateline_of_two_bureaus_places_nothing(nlp: Any) -> None:
    text = ("ANKARA/STOCKHOLM - Turkish President Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson met on "
            "Thursday for talks on Sweden's bid to join NATO.\n")
    assert [m[1] for m in _events(text, "2023-04-16")] == [None]


def test_a_town_before_where_that_does_not_place_the_talks_ends_the_search(nlp: Any) -> None:
    """The place search of a meeting noun skips a town it has tried; the "X, where ..." fallback
    gave that town back whatever it excluded, and the search never ended (a real report hung
    `kg extract`). An alarm turns a hang into a failure."""
    import signal

    def hung(*_: object) -> None:
        raise TimeoutError("the meeting's place search did not end")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    try:
        got = _events("Prime Minister Narendra Modi was given a red carpet welcome in Wuhan where he flew in last "
                        "evening to hold an informal summit with President Xi Jinping.\n", "2018-04-27")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert [parts for parts, _place, _day in got] == [frozenset({"Narendra Modi", "Xi Jinping"})]
