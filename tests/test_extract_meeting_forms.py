"""Meetings told in constructions the reader missed outright (issue 10 part 4): an outing the host
takes the guest on, a headline-style "meeting between" with no article, a "between" phrase whose
second party the parser reads as the verb's subject, "the discussion between A and B", and a
summit named by two surnames joined by a hyphen. The sentences are written for these tests, about
other leaders than the real-article set's; none is copied from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.model


def _meetings(text: str, published: str) -> list[tuple[set[str], str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text("---\nlanguage: en\n---\n" + text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [({names[p] for p in e["participants"]}, names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Meeting"]


def test_the_host_takes_the_guest_for_a_walk(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida will take South Korean President Yoon Suk Yeol for a dinner "
            "in Ginza on Thursday.\n")
    assert _meetings(text, "2023-03-15") == [({"Fumio Kishida", "Yoon Suk Yeol"}, "Ginza", dt.date(2023, 3, 16))]


def test_taken_for_questioning_is_no_outing(nlp: Any) -> None:
    assert _meetings("Police took opposition leader Lee Jae-myung for questioning in Seoul on Thursday.\n", "2023-03-16") == []


@pytest.mark.parametrize("text", [
    "On March 16, meeting between Kenyan President William Ruto and opposition leader Raila Odinga took place in Nairobi.\n",
    "Talks between Kenyan President William Ruto and opposition leader Raila Odinga failed in Nairobi on Thursday.\n",
    "The discussion between Kenyan President William Ruto and opposition leader Raila Odinga failed in Nairobi on Thursday.\n",
])
def test_a_between_phrase_whose_second_party_the_parser_makes_the_subject(nlp: Any, text: str) -> None:
    assert _meetings(text, "2023-03-16") == [({"William Ruto", "Raila Odinga"}, "Nairobi", dt.date(2023, 3, 16))]


def test_a_discussion_is_talks_only_between_named_parties(nlp: Any) -> None:
    text = "Kenyan President William Ruto joined a panel discussion with students in Nairobi on Thursday.\n"
    assert _meetings(text, "2023-03-16") == []


def test_a_summit_named_by_two_surnames_joined_by_a_hyphen(nlp: Any) -> None:
    text = ("Kenyan President William Ruto spoke on Monday. Nigerian President Bola Tinubu spoke on Tuesday.\n\n"
            "The Ruto-Tinubu talks were held in Nairobi on Wednesday.\n")
    assert _meetings(text, "2023-03-16") == [({"William Ruto", "Bola Tinubu"}, "Nairobi", dt.date(2023, 3, 15))]


@pytest.mark.parametrize("text", [
    "UN envoy Martin Griffiths met separately with Kenyan President William Ruto and Nigerian President Bola Tinubu "
    "in Jeddah on Thursday.\n",
    "UN envoy Martin Griffiths held separate meetings with Kenyan President William Ruto and Nigerian President "
    "Bola Tinubu in Jeddah on Thursday.\n",
])
def test_an_envoy_meeting_each_side_is_a_party_not_an_aide(nlp: Any, text: str) -> None:
    # before: the envoy was dropped as a delegation's aide, and the two sides he met apart "met" each other
    got = _meetings(text, "2023-03-16")
    assert sorted(sorted(m[0]) for m in got) == [["Bola Tinubu", "Martin Griffiths"], ["Martin Griffiths", "William Ruto"]]
    assert {m[1:] for m in got} == {("Jeddah", dt.date(2023, 3, 16))}


def test_ministers_joining_the_leaders_talks_are_still_aides(nlp: Any) -> None:
    text = ("Kenyan President William Ruto and Nigerian President Bola Tinubu held talks in Abuja on Thursday, joined by "
            "Kenyan Foreign Minister Alfred Mutua and Nigerian Foreign Minister Yusuf Tuggar.\n")
    assert [m[0] for m in _meetings(text, "2023-03-16")] == [{"William Ruto", "Bola Tinubu"}]


def test_a_summit_that_brought_together_its_leaders(nlp: Any) -> None:
    text = ("The summit in Accra on Thursday brought together Kenyan President William Ruto, Nigerian President Bola "
            "Tinubu and Ghanaian President Nana Akufo-Addo.\n")
    assert _meetings(text, "2023-03-16") == [({"William Ruto", "Bola Tinubu", "Nana Akufo-Addo"}, "Accra", dt.date(2023, 3, 16))]
    assert _meetings("The summit brought the two sides closer together.\n", "2023-03-16") == []


def _events(text: str, published: str, kind: str) -> list[tuple[set[str], str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text("---\nlanguage: en\n---\n" + text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [({names[p] for p in e["participants"]}, names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == kind]


@pytest.mark.parametrize("headline", ["Biden, Xi meet in Bali", "Biden, Xi hold talks in Bali", "Biden, Xi to meet in Bali"])
def test_a_headline_joins_two_names_with_a_comma(nlp: Any, headline: str) -> None:
    text = f"{headline}\n\nUS President Joe Biden and Chinese President Xi Jinping spoke to reporters on Monday.\n"
    (m,) = _meetings(text, "2022-11-14")
    assert m[0] == {"Joe Biden", "Xi Jinping"} and m[1] == "Bali"


@pytest.mark.parametrize(("text", "place"), [
    ("North Korean leader Kim Jong Un entered Russia on Tuesday aboard his private train.\n", "Russia"),
    ("North Korean leader Kim Jong Un's train reached the border town of Khasan on Tuesday.\n", "Khasan"),
])
def test_entering_or_reaching_a_place_is_a_visit(nlp: Any, text: str, place: str) -> None:
    assert _events(text, "2023-09-12", "Visit") == [({"Kim Jong Un"}, place, dt.date(2023, 9, 12))]


def test_reaching_an_agreement_or_a_town_on_the_way_places_no_talks(nlp: Any) -> None:
    text = ("Kenyan President William Ruto reached an agreement with Nigerian President Bola Tinubu on Thursday.\n")
    assert _events(text, "2023-09-12", "Visit") == []
    text = ("North Korean leader Kim Jong Un's train reached the border town of Khasan. The visit precedes his "
            "anticipated meeting with Russian President Vladimir Putin.\n")
    assert [m[1] for m in _meetings(text, "2023-09-12")] == [None]  # a stage of the journey, not the talks' town


@pytest.mark.parametrize("named", ["Nigerian President Bola Tinubu", "President Bola Tinubu"])
def test_his_counterpart_of_a_country_is_its_leader_named_before(nlp: Any, named: str) -> None:
    text = f"{named} spoke on Wednesday. Kenyan President William Ruto met his Nigerian counterpart in Abuja on Thursday.\n"
    assert _meetings(text, "2023-03-16") == [({"William Ruto", "Bola Tinubu"}, "Abuja", dt.date(2023, 3, 16))]
