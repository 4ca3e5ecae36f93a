"""Meetings missed outright (issue 10, item 4), seventh round: heads of state told by their countries
("the US and Russian presidents", "the Kenyan and Nigerian leaders", "The Japanese leader") are the
heads the article named before; a title and its name parsed as two subjects ("EU foreign-policy chief
A was meeting X") give the person, not the body the title names; "The meeting with Y" right after X
arrived, and "five hours of talks with his French counterpart", are the talks of X and Y; talks or a dialogue "between the government and the opposition" (a group
as a side, "protest leaders" as their group, "the committee" as the body named before) are a
meeting, one called for is none; EFE's dateline "Bogota, Jun 6 (EFE).-" gives its town. Real spaCy
pipeline; every sentence is
invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name


@pytest.mark.model
@pytest.mark.parametrize("text, published, who", [
    ("US President Joe Biden arrived in Geneva on Tuesday. Vladimir Putin landed at Geneva Airport on Wednesday. "
     "After the introduction the US and Russian presidents shook hands and entered the villa.\n",
     "2021-06-16", {"Joe Biden", "Vladimir Putin"}),
    ("Kenya's President William Ruto and Nigeria's President Bola Tinubu arrived in Addis Ababa on Saturday for the "
     "African Union summit. The Kenyan and Nigerian leaders held talks on the sidelines on Sunday.\n",
     "2023-05-07", {"William Ruto", "Bola Tinubu"}),
    ("Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday. The Japanese leader met South Korean "
     "President Yoon Suk Yeol at the presidential office.\n",
     "2023-05-07", {"Fumio Kishida", "Yoon Suk Yeol"}),
    ("US envoy Victoria Nuland met opposition politicians and was due to have talks with President Nicolas Maduro. "
     "The Venezuelan leader met EU foreign policy chief Federica Mogherini.\n",
     "2019-01-30", {"Federica Mogherini", "Nicolas Maduro"}),
])
def test_heads_described_by_their_countries_are_the_heads_named_before(nlp: Any, text: str, published: str,
                                                                       who: set[str]) -> None:
    assert frozenset(who) in [p for p, _place, _d in _events(text, published)]


@pytest.mark.model
@pytest.mark.parametrize("described, met", [("The Senegalese leader", True), ("The former Senegalese leader", False)])
def test_a_former_leader_described_by_country_is_not_the_head_named_before(nlp: Any, described: str, met: bool) -> None:
    text = f"President Amadou Diallo spoke in Dakar on Monday. {described} met opposition figures in Thies.\n"
    assert any("Amadou Diallo" in p for p, _place, _d in _events(text, "2023-05-09")) is met


_TITLED = "EU foreign-policy chief Catherine Ashton was meeting Alexander Lukashenko in Minsk."
_TITLED_PARSE = """
EU NNP nmod 4 - B-ORG
foreign JJ amod 3
- HYPH punct 3
policy NN compound 4
chief NN nsubj 8
Catherine NNP compound 6 - B-PERSON
Ashton NNP nsubj 8 - I-PERSON
was VBD aux 8 be
meeting VBG ROOT 8 meet
Alexander NNP compound 10 - B-PERSON
Lukashenko NNP dobj 8 - I-PERSON
in IN prep 8
Minsk NNP pobj 11 - B-GPE
. . punct 8
"""


def test_a_title_parsed_as_a_subject_of_its_own_gives_no_party() -> None:
    from tests.handdoc import events, run_rules

    got = events(run_rules(_TITLED, _TITLED_PARSE, "2020-09-14"), "Meeting")
    assert [e["participants"] for e in got] == [["Alexander Lukashenko", "Catherine Ashton"]]


@pytest.mark.model
@pytest.mark.parametrize("text, who", [
    ("Emmanuel Macron arrived at the Kremlin on Monday evening. The meeting with Vladimir Putin, which began late, "
     "ended five hours later.\n", {"Emmanuel Macron", "Vladimir Putin"}),
    ("Japanese Prime Minister Fumio Kishida landed in Seoul on Sunday. The talks with President Yoon Suk Yeol lasted "
     "two hours.\n", {"Fumio Kishida", "Yoon Suk Yeol"}),
    ("Emmanuel Macron arrived at the Kremlin on Monday. After more than five hours of talks in Moscow with his French "
     "counterpart, Vladimir Putin said some ideas were possible.\n", {"Emmanuel Macron", "Vladimir Putin"}),
])
def test_the_talks_with_one_partner_are_held_by_the_one_who_just_arrived(nlp: Any, text: str, who: set[str]) -> None:
    assert frozenset(who) in [p for p, _place, _d in _events(text, "2022-02-08")]



@pytest.mark.model
@pytest.mark.parametrize("text, who", [
    ("Managua, May 16 (AP) - The dialogue between the government and student protesters began on Wednesday at a "
     "seminary in Managua.\n", {"Nicaraguan government", "Nicaraguan protesters"}),
    ("Khartoum, May 3 (AFP) - Talks between the army and protest leaders broke down on Monday.\n",
     {"Sudanese army", "Sudanese protesters"}),
    ("Strike Committee suspends talks\n\nBogota, Jun 6 (EFE).- Colombia's National Strike Committee (CNP), made up "
     "mainly of unions, has decided to suspend talks, the government said Sunday. The talks between the government "
     "and the committee have been ongoing without progress.\n", {"Colombian government", "National Strike Committee"}),
])
def test_talks_between_a_government_and_a_group_or_body_are_a_meeting(nlp: Any, text: str, who: set[str]) -> None:
    assert frozenset(who) in [p for p, _place, _d in _events(text, "2021-06-06")]


@pytest.mark.model
def test_a_dialogue_called_for_is_no_meeting(nlp: Any) -> None:
    text = ("Yerevan, April 23 (AP) - The opposition leader was released on Monday. The prime minister called for a "
            "dialogue between the government and the opposition.\n")
    assert _events(text, "2018-04-23") == []


@pytest.mark.parametrize("line, city", [
    ("Bogot\u00e1, Jun 6 (EFE).- Colombia\u2019s National Strike Committee", "Bogot\u00e1"),
    ("Lima, Nov 2 (EFE).- Peru\u2019s Congress voted", "Lima"),
])
def test_an_efe_dateline_gives_its_town(line: str, city: str) -> None:
    from kg.extract.furniture import dateline_city

    assert dateline_city(line) == city
