"""Meetings missed outright (issue 10, item 4), ninth round: people named only by a plural of office
with words that say which ("met leading opposition politicians", "was meeting three former Yemeni
presidents", "met party leaders") meet as the group the phrase prints; "the two presidents", a bare
"leaders" and a leader's own ministers are no such group. Leaders who gather meet; "the three leaders" are the
last three named; surnames joined by a hyphen before a meeting noun are a bilateral. Real spaCy pipeline;
every sentence is invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name


@pytest.mark.model
@pytest.mark.parametrize("text, published, group, place", [
    ("EU foreign policy chief Josep Borrell met leading opposition politicians in Minsk on Tuesday.\n",
     "2020-09-02", "leading opposition politicians", "Minsk"),
    ("UN envoy Martin Griffiths was meeting three former Yemeni presidents in Aden.\n",
     "2019-03-05", "three former Yemeni presidents", "Aden"),
    ("Sri Lankan Speaker Mahinda Yapa Abeywardena met party leaders in Colombo on Saturday.\n",
     "2022-07-10", "party leaders", "Colombo"),
    ("Kenyan President William Ruto met Ugandan lawmakers in Nairobi on Tuesday.\n",
     "2024-03-12", "Ugandan lawmakers", "Nairobi"),
])
def test_a_group_named_by_office_is_a_side(nlp: Any, text: str, published: str, group: str, place: str) -> None:
    (m,) = _events(text, published)
    assert len(m[0]) == 2 and group in m[0] and m[1] == place


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto met leaders in Abuja on Tuesday.\n",
    "Kenyan President William Ruto met his ministers in Nairobi on Tuesday.\n",
    "Kenyan President William Ruto refused to meet opposition politicians in Nairobi on Tuesday.\n",
])
def test_no_group_by_office(nlp: Any, text: str) -> None:
    assert _events(text, "2024-03-12") == []


@pytest.mark.model
def test_the_two_presidents_are_the_people_named_before(nlp: Any) -> None:
    text = ("Kenyan President William Ruto met Nigerian President Bola Tinubu in Abuja on Tuesday. "
            "The two presidents discussed trade.\n")
    (m,) = _events(text, "2024-03-12")
    assert m[0] == frozenset({"William Ruto", "Bola Tinubu"})


_SUMMIT = ("Japanese Prime Minister Fumio Kishida, South Korean President Yoon Suk Yeol, Indian Prime Minister Narendra "
           "Modi and Australian Prime Minister Anthony Albanese attended the summit in Hiroshima on Saturday. ")
_FOUR = frozenset({"Fumio Kishida", "Yoon Suk Yeol", "Narendra Modi", "Anthony Albanese"})


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    (_SUMMIT + "The Modi-Albanese meeting followed.\n", [{"Narendra Modi", "Anthony Albanese"}]),
    (_SUMMIT + "The programme included the Kishida-Yoon and Modi-Albanese bilaterals.\n",
     [{"Fumio Kishida", "Yoon Suk Yeol"}, {"Narendra Modi", "Anthony Albanese"}]),
])
def test_surnames_joined_by_a_hyphen_are_a_bilateral_inside_the_summit(nlp: Any, text: str, pairs: list[set[str]]) -> None:
    got = {m[0] for m in _events(text, "2023-05-21")}
    assert _FOUR in got and all(frozenset(p) in got for p in pairs) and len(got) == 1 + len(pairs)


@pytest.mark.model
def test_the_three_leaders_are_the_three_named_not_a_title_read_as_a_name(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida, South Korean President Yoon Suk Yeol and Indian Prime Minister "
            "Narendra Modi attended a dinner in Hiroshima on Saturday. The three leaders held talks on security.\n")
    got = _events(text, "2023-05-21")
    assert [m[0] for m in got] == [frozenset({"Fumio Kishida", "Yoon Suk Yeol", "Narendra Modi"})]


@pytest.mark.model
def test_leaders_who_gather_meet(nlp: Any) -> None:
    text = ("Kenyan President William Ruto, Nigerian President Bola Tinubu and Ghanaian President Nana Akufo-Addo "
            "gathered in Accra on Friday.\n")
    (m,) = _events(text, "2023-05-21")
    assert m[0] == frozenset({"William Ruto", "Bola Tinubu", "Nana Akufo-Addo"}) and m[1] == "Accra"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands of protesters gathered in Nairobi on Friday.\n",
    "Supporters of Kenyan President William Ruto and opposition leader Raila Odinga gathered in Nairobi on Friday.\n",
])
def test_a_crowd_that_gathers_is_no_meeting(nlp: Any, text: str) -> None:
    assert _events(text, "2023-05-21") == []
