"""Meetings missed outright (issue 10, item 4), eighth round: a group that can sit at a table (the
opposition, protesters, students) named as the subject or the object of a meeting, across from one
person or body, is a side ("Venezuela's government and the opposition held a round of talks", "the
prime minister met student protesters"); police meeting a crowd with tear gas, two groups meeting,
and "a chance for talks" are none. The countries whose leaders or delegations meet, when the
article names none of their heads ("the leaders of Japan, China and South Korea held a summit",
"delegations from Egypt and Ethiopia met"), are the parties, and the host of a summit "attended by"
others is one of them. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name


@pytest.mark.model
@pytest.mark.parametrize("text, published, who, place", [
    ("Venezuela's government and the opposition held a new round of talks in Barbados on Monday.\n",
     "2023-10-17", ("government", "opposition"), "Barbados"),
    ("Ethiopia's government and Tigrayan leaders began peace talks in Pretoria on Tuesday.\n",
     "2022-10-26", ("government", "Tigrayan"), "Pretoria"),
    ("Thai Prime Minister Prayuth Chan-ocha met student protesters on Monday in Bangkok.\n",
     "2020-10-20", ("Prayuth Chan-ocha", "protesters"), "Bangkok"),
])
def test_a_group_across_the_table_is_a_side(nlp: Any, text: str, published: str, who: tuple[str, str], place: str) -> None:
    (m,) = _events(text, published)
    assert len(m[0]) == 2 and all(any(w in name for name in m[0]) for w in who) and m[1] == place


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Riot police met the protesters with tear gas and water cannon in Nairobi on Tuesday.\n",
    "Students and workers met in the main square of Santiago on Monday.\n",
    "Netanyahu froze the bill on Monday, saying he was giving a chance for talks with the opposition.\n",
])
def test_no_side_across_a_table(nlp: Any, text: str) -> None:
    assert _events(text, "2023-03-28") == []


@pytest.mark.model
@pytest.mark.parametrize("text, who, place", [
    ("The leaders of Japan, China and South Korea held their first trilateral summit in Seoul on Monday.\n",
     {"Japan", "China", "South Korea"}, "Seoul"),
    ("Delegations from Ethiopia and Egypt met in Cairo on Tuesday to discuss the dam.\n", {"Ethiopia", "Egypt"}, "Cairo"),
    ("Kenya's President William Ruto hosted the East African Community summit in Arusha, attended by leaders of Uganda, "
     "Rwanda and Tanzania.\n", {"William Ruto", "Uganda", "Rwanda", "Tanzania"}, "Arusha"),
])
def test_countries_sent_to_a_summit_whose_heads_are_not_named(nlp: Any, text: str, who: set[str], place: str) -> None:
    (m,) = _events(text, "2024-03-05")
    assert m[0] == frozenset(who) and m[1] == place


@pytest.mark.model
def test_officials_of_one_country_hold_no_talks(nlp: Any) -> None:
    assert _events("Russian officials met in Moscow on Tuesday.\n", "2024-03-05") == []
