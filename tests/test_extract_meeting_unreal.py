"""Meetings (issue 10, item 4), ninth round: a meeting wished, supposed, refused or habitual is none
("should hold a meeting", "could meet him if ...", "if they meet", "a meeting is possible", "offered to
meet", "proposed / cancelled / requested a meeting", "no meeting is planned", "previous talks", "regular
meetings", "has met him several times"); "may meet X on Friday" is kept. Real spaCy pipeline; every
sentence is invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "An analyst said the government and the opposition should hold an urgent meeting to end the crisis.\n",
    "Japanese Prime Minister Fumio Kishida said he could meet South Korean President Yoon Suk Yeol if relations improved.\n",
    "If Japanese Prime Minister Fumio Kishida meets South Korean President Yoon Suk Yeol, the dispute will ease.\n",
    "A meeting between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol is possible.\n",
    "Japanese Prime Minister Fumio Kishida offered to meet South Korean President Yoon Suk Yeol.\n",
    "Japanese Prime Minister Fumio Kishida proposed a meeting with South Korean President Yoon Suk Yeol.\n",
    "Japanese Prime Minister Fumio Kishida cancelled his meeting with South Korean President Yoon Suk Yeol on Saturday.\n",
    "Japanese Prime Minister Fumio Kishida requested a meeting with South Korean President Yoon Suk Yeol on Saturday.\n",
    "No meeting between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol is planned.\n",
    "Previous talks between Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol failed.\n",
    "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol have held regular meetings.\n",
    "Japanese Prime Minister Fumio Kishida has met South Korean President Yoon Suk Yeol several times.\n",
])
def test_a_meeting_wished_supposed_refused_or_habitual_is_none(nlp: Any, text: str) -> None:
    assert _events(text + "\nIt is one of the most important issues for the people of the region.\n", "2023-05-21") == []


@pytest.mark.model
def test_a_meeting_that_may_take_place_on_a_set_day_is_kept(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida may meet South Korean President Yoon Suk Yeol in Seoul on Friday.\n\n"
            "It is one of the most important issues for the people of the region.\n")
    (m,) = _events(text, "2023-05-21")
    assert m[0] == frozenset({"Fumio Kishida", "Yoon Suk Yeol"}) and m[1] == "Seoul"
