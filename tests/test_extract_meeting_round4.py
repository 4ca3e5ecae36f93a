"""Meetings told in general English constructions (issue 10, item 4), fourth round: a place told by
the verb the meeting's own verb raises ("is expected to take place in X", "is due to be held in
X"), the day of a meeting planned by such a verb. Real spaCy pipeline; every sentence is invented
for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

pytestmark = pytest.mark.model


XI_PUTIN = frozenset({"Xi Jinping", "Vladimir Putin"})


@pytest.mark.parametrize("text, place", [
    ("The summit between Chinese President Xi Jinping and Russian President Vladimir Putin is due to be held in "
     "Kazan next month.\n", "Kazan"),
    ("Chinese President Xi Jinping left Beijing on Monday for a meeting with Russian President Vladimir Putin. "
     "The meeting between Xi and Putin is expected to take place in Astana in the coming days.\n", "Astana"),
])
def test_the_place_a_planned_meeting_is_expected_to_take_place_in(nlp: Any, text: str, place: str) -> None:
    (m,) = _events(text, "2024-03-14")
    assert m[:2] == (XI_PUTIN, place)


def test_a_topic_of_the_talks_raised_by_expected_is_no_place(nlp: Any) -> None:
    (m,) = _events("The meeting between Xi Jinping and Vladimir Putin is expected to focus on trade in Asia.\n", "2024-03-14")
    assert m[:2] == (XI_PUTIN, None)


def test_talks_scheduled_to_begin_on_a_weekday_are_on_the_next_one(nlp: Any) -> None:
    (m,) = _events("Talks between Xi Jinping and Vladimir Putin are scheduled to begin in Astana on Friday.\n", "2024-03-14")
    assert m == (XI_PUTIN, "Astana", dt.date(2024, 3, 15))


@pytest.mark.parametrize("text, group", [
    ("Tens of thousands of protesters filled the streets of Nairobi on Wednesday. President William Ruto on Wednesday "
     "held talks with opposition leaders in an effort to end the crisis.\n", "Kenyan opposition"),
    ("President William Ruto on Wednesday met union leaders at State House in Nairobi.\n", "Kenyan unions"),
])
def test_talks_with_a_groups_leaders_are_a_meeting_with_the_group(nlp: Any, text: str, group: str) -> None:
    (m,) = _events(text, "2024-03-14")
    assert m[0] == frozenset({"William Ruto", group})


def test_leaders_of_a_named_body_are_that_body(nlp: Any) -> None:
    text = ("BOGOTA (Reuters) - Colombian President Ivan Duque met union leaders of the National Strike Committee on "
            "Monday in Bogota.\n")
    (m,) = _events(text, "2021-05-11")
    assert m == (frozenset({"Ivan Duque", "National Strike Committee"}), "Bogota", dt.date(2021, 5, 10))


def test_a_name_read_as_an_unknown_place_met_with_is_a_person(nlp: Any) -> None:
    text = ("Opposition leaders Raila Odinga and Kalonzo Musyoka met with Mutharika early on March 12, but the talks "
            "ended without agreement.\n")
    (m,) = _events(text, "2024-03-14")
    assert m[0] == frozenset({"Raila Odinga", "Kalonzo Musyoka", "Mutharika"})


def test_a_demonym_after_with_is_no_person(nlp: Any) -> None:
    text = "Vladimir Putin schedules bilateral meetings with Ukrainian, French and German leaders in Paris on Monday.\n"
    assert all("Ukrainian" not in m[0] for m in _events(text, "2024-03-14"))


RUTO_SCHOLZ = frozenset({"William Ruto", "Olaf Scholz"})


@pytest.mark.parametrize("text, place", [
    ("Kenyan President William Ruto and German Chancellor Olaf Scholz also held a one-on-one on Tuesday.\n", None),
    ("Kenyan President William Ruto had a one-on-one with German Chancellor Olaf Scholz in Berlin on Tuesday.\n", "Berlin"),
    ("Kenyan President William Ruto held a bilateral with German Chancellor Olaf Scholz in Berlin on Tuesday.\n", "Berlin"),
])
def test_talks_named_by_a_bare_one_on_one_or_bilateral(nlp: Any, text: str, place: str | None) -> None:
    (m,) = _events(text, "2024-03-14")
    assert m == (RUTO_SCHOLZ, place, dt.date(2024, 3, 12))


def test_one_rally_held_is_no_talks(nlp: Any) -> None:
    assert _events("Kenyan President William Ruto held one rally in Nairobi with Olaf Scholz.\n", "2024-03-14") == []


def test_each_of_two_arriving_is_a_visitor(nlp: Any) -> None:
    got = _events("Kenyan President William Ruto and Nigerian President Bola Tinubu arrived in Berlin on Monday.\n",
                  "2024-03-14", "Visit")
    assert sorted(got, key=str) == [(frozenset({"Bola Tinubu"}), "Berlin", dt.date(2024, 3, 11)),
                                    (frozenset({"William Ruto"}), "Berlin", dt.date(2024, 3, 11))]


def test_the_host_arriving_with_the_guest_in_his_own_country_is_no_visitor(nlp: Any) -> None:
    text = ("Kenyan President William Ruto greeted the crowd. Indian Prime Minister Narendra Modi and Ruto arrived at "
            "the Eldoret stadium in Kenya's west on Monday.\n")
    assert [v[0] for v in _events(text, "2024-03-14", "Visit")] == [frozenset({"Narendra Modi"})]


FOUR = frozenset({"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Rishi Sunak"})


@pytest.mark.parametrize("noun", ["The four-way talks", "The four-nation summit"])
def test_a_summit_that_counts_its_parties_is_of_the_leaders_named(nlp: Any, noun: str) -> None:
    text = ("French President Emmanuel Macron, German Chancellor Olaf Scholz, Italian Prime Minister Giorgia Meloni and "
            f"British Prime Minister Rishi Sunak issued a statement on Monday. {noun} in Rome lasted six hours.\n")
    assert [m[:2] for m in _events(text, "2024-03-14")] == [(FOUR, "Rome")]


def test_a_trilateral_summit_with_three_heads_named(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida, Chinese Premier Li Qiang and South Korean President Yoon Suk Yeol "
            "said they would cooperate. The trilateral summit in Seoul on Monday was the first since 2019.\n")
    (m,) = _events(text, "2024-03-14")
    assert m == (frozenset({"Fumio Kishida", "Li Qiang", "Yoon Suk Yeol"}), "Seoul", dt.date(2024, 3, 11))


def test_a_counted_summit_with_other_many_heads_named_has_no_parties(nlp: Any) -> None:
    text = ("French President Emmanuel Macron and German Chancellor Olaf Scholz issued a statement on Monday. "
            "The four-way talks in Rome lasted six hours.\n")
    assert _events(text, "2024-03-14") == []


def test_talks_told_with_no_day_are_on_the_dateline_day(nlp: Any) -> None:
    text = ("ROME, March 11 (Reuters) - Italian Prime Minister Giorgia Meloni held talks with Kenyan President William "
            "Ruto at her office. The meeting lasted for more than three hours and was the first of the two leaders.\n")
    (m,) = _events(text, "2024-03-12")
    assert m == (frozenset({"Giorgia Meloni", "William Ruto"}), "Rome", dt.date(2024, 3, 11))


def test_talks_to_come_take_no_dateline_day(nlp: Any) -> None:
    text = ("ROME, March 11 (Reuters) - Italian Prime Minister Giorgia Meloni will hold talks with Kenyan President "
            "William Ruto.\n")
    (m,) = _events(text, "2024-03-12")
    assert m[2] is None


def test_talks_held_before_leaving_take_no_day_of_the_leaving(nlp: Any) -> None:
    text = ("Kenyan President William Ruto left for Nairobi on Saturday after holding two days of talks with German "
            "Chancellor Olaf Scholz in Berlin.\n")
    (m,) = _events(text, "2024-03-16")
    assert m == (RUTO_SCHOLZ, "Berlin", None)


def test_the_day_of_the_meeting_a_purpose_clause_holds(nlp: Any) -> None:
    text = ("Kenyan President William Ruto arrived in Germany on Thursday and met with German Chancellor Olaf Scholz to "
            "hold a one-on-one meeting for over two hours on Friday.\n")
    (m,) = _events(text, "2024-03-16")
    assert m[0] == RUTO_SCHOLZ and m[2] == dt.date(2024, 3, 15)


def test_talks_told_through_the_journey_keep_their_own_day(nlp: Any) -> None:
    text = ("Kenyan President William Ruto left for Nairobi on Saturday after holding the two-day summit with German "
            "Chancellor Olaf Scholz in the German city of Hamburg. Ruto had arrived in Germany on Thursday for the "
            "summit with Scholz. Ruto arrived in Germany on Thursday and met with Scholz to hold a one-on-one meeting "
            "for over two hours on Friday.\n")
    assert _events(text, "2024-03-16") == [(RUTO_SCHOLZ, "Hamburg", dt.date(2024, 3, 15))]


def test_a_summit_told_again_without_its_town_keeps_the_town_told_first(nlp: Any) -> None:
    text = ("In Rome, the summit on the future of Libya has run late into the night. Then came the talks, "
            "followed by the first meeting between Kenyan President William Ruto and German Chancellor Olaf Scholz.\n")
    (m,) = _events(text, "2024-03-14")
    assert m[:2] == (RUTO_SCHOLZ, "Rome")


def test_leaders_who_agree_to_meet_again_plan_another_meeting_with_no_town_of_the_dateline(nlp: Any) -> None:
    text = ("ROME (Reuters) - Italian Prime Minister Giorgia Meloni hosted German Chancellor Olaf Scholz, French "
            "President Emmanuel Macron and British Prime Minister Rishi Sunak for a four-way summit on Monday. The four "
            "leaders agreed to meet again in June.\n")
    assert sorted(_events(text, "2024-03-12"), key=str) == [(FOUR, "Rome", dt.date(2024, 3, 11)), (FOUR, None, None)]


ODM = frozenset({"William Ruto", "Raila Odinga", "Kalonzo Musyoka", "Martha Karua"})


def test_a_leader_and_a_groups_leaders_hold_talks_with_the_group(nlp: Any) -> None:
    text = ("NAIROBI, March 13 (Reuters) - Kenyan President William Ruto and opposition leaders held crisis talks at "
            "State House on Wednesday.\n")
    (m,) = _events(text, "2024-03-14")
    assert m == (frozenset({"William Ruto", "Kenyan opposition"}), "Nairobi", dt.date(2024, 3, 13))


def test_the_leaders_named_attending_the_meeting_stand_for_their_group(nlp: Any) -> None:
    text = ("NAIROBI, March 13 (Reuters) - William Ruto and opposition leaders have ended the first round of their "
            "crisis talks, the presidency said on Wednesday. Attending the meeting were Raila Odinga, leader of the ODM "
            "party; Kalonzo Musyoka, leader of the Wiper party; and Martha Karua, leader of Narc-Kenya. Interior "
            "Minister Kithure Kindiki also took part in the meeting.\n")
    assert _events(text, "2024-03-14") == [(ODM, "Nairobi", dt.date(2024, 3, 13))]


def test_leaders_meeting_in_a_headline_are_the_leaders_the_article_lists(nlp: Any) -> None:
    text = ("Kenya president, protest leaders meet\n\n"
            "NAIROBI, Kenya - Kenyan President William Ruto on Friday met with opposition leaders at State House.\n\n"
            "Three opposition leaders -- Raila Odinga, Kalonzo Musyoka and Martha Karua -- spelled out their demands.\n")
    got = _events(text, "2024-03-16")
    assert [m[0] for m in got] == [ODM]


def test_the_town_told_after_the_people_met_with(nlp: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi met separately with French President Emmanuel Macron and German "
            "Chancellor Olaf Scholz in Paris on Monday.\n")
    got = sorted(_events(text, "2024-03-12"), key=str)
    assert got == [(frozenset({"Narendra Modi", "Emmanuel Macron"}), "Paris", dt.date(2024, 3, 11)),
                   (frozenset({"Narendra Modi", "Olaf Scholz"}), "Paris", dt.date(2024, 3, 11))]


def test_crossing_into_a_country_is_a_visit_on_its_day(nlp: Any) -> None:
    text = ("Kenyan President William Ruto is visiting Uganda amid tensions. He travelled to the dam on Wednesday after "
            "crossing into Ugandan territory on Tuesday morning.\n")
    assert _events(text, "2024-03-14", "Visit") == [(frozenset({"William Ruto"}), "Uganda", dt.date(2024, 3, 12))]


def test_police_crossing_into_a_country_is_no_visit(nlp: Any) -> None:
    assert _events("Kenyan police crossed into Uganda on Tuesday.\n", "2024-03-14", "Visit") == []


def test_a_host_giving_a_guest_a_tour_meets_him(nlp: Any) -> None:
    text = ("Russian President Vladimir Putin gave Turkish President Tayyip Erdogan a tour of the space centre in Sochi "
            "on Monday.\n")
    (m,) = _events(text, "2024-03-12")
    assert m[1:] == ("Sochi", dt.date(2024, 3, 11)) and len(m[0]) == 2 and "Vladimir Putin" in m[0]


def test_a_warning_given_is_no_meeting(nlp: Any) -> None:
    assert _events("Russian President Vladimir Putin gave Turkish President Tayyip Erdogan a warning on Monday.\n",
                   "2024-03-12") == []
