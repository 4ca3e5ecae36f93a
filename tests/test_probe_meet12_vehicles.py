"""Probe battery 7 (issue 10, round 12): a leader's arrival told through the train, plane or motorcade
("X's plane touched down in Hanoi", "X's train pulled into / rolled into the station", "the train carrying X
arrived", "the armoured train of X reached Hanoi", "X's motorcade pulled up at the palace"): the leader
visits the town, and the host who greets them there meets them. Every sentence is invented for these tests.

Before the change 3 of the 10 arrival sentences passed ("X's armoured train arrived at", "arrived by train", "flew
into") and neither of the 2 greetings; after it, all 12. "X stepped off his train in
Hanoi" is out of reach (xfail: no journey verb). A party that "pulled in more voters" visits nowhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

MONDAY = dt.date(2024, 3, 11)  # published Tuesday 2024-03-12
GUEST = "Thongloun Sisoulith"
# a lead with no facts, so that a one-line probe reads as English (the reader refuses too few common words)
LEAD = "The two countries have been close allies for many years and they share a long border.\n\n"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Laotian President Thongloun Sisoulith's armoured train arrived at Hanoi station on Monday.",
    "Laotian President Thongloun Sisoulith's plane touched down in Hanoi on Monday.",
    "The train carrying Laotian President Thongloun Sisoulith arrived in Hanoi on Monday.",
    "A plane carrying Laotian President Thongloun Sisoulith landed at Hanoi airport on Monday.",
    "Laotian President Thongloun Sisoulith's train pulled into Hanoi station on Monday.",
    "Laotian President Thongloun Sisoulith's train rolled into Hanoi on Monday.",
    "Laotian President Thongloun Sisoulith arrived by train in Hanoi on Monday.",
    "Laotian President Thongloun Sisoulith's motorcade pulled up at the Presidential Palace in Hanoi on Monday.",
    "Laotian President Thongloun Sisoulith flew into Hanoi on Monday.",
    "The armoured train of Laotian President Thongloun Sisoulith reached Hanoi on Monday.",
    pytest.param("Laotian President Thongloun Sisoulith stepped off his train in Hanoi on Monday.",
                 marks=pytest.mark.xfail(reason="'stepped off his train' has no journey verb the rules read", strict=True)),
])
def test_a_leader_arrives_by_train_or_plane(nlp: Any, text: str) -> None:
    assert _events(LEAD + text + "\n", "2024-03-12", "Visit") == [(frozenset({GUEST}), "Hanoi", MONDAY)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Laotian President Thongloun Sisoulith's train pulled into the station at Hanoi on Monday, where Vietnamese President "
    "Vo Van Thuong greeted him.",
    "Laotian President Thongloun Sisoulith's plane touched down in Hanoi on Monday, and Vietnamese President Vo Van Thuong "
    "greeted him on the tarmac.",
])
def test_the_host_greets_the_arriving_leader(nlp: Any, text: str) -> None:
    assert _events(LEAD + text + "\n", "2024-03-12") == [(frozenset({GUEST, "Vo Van Thuong"}), "Hanoi", MONDAY)]
    assert _events(LEAD + text + "\n", "2024-03-12", "Visit") == [(frozenset({GUEST}), "Hanoi", MONDAY)]


@pytest.mark.model
def test_votes_pulled_in_are_no_arrival(nlp: Any) -> None:
    assert _events(LEAD + "Vietnamese parties pulled in more voters in Hanoi on Monday, officials said.\n", "2024-03-12",
                   "Visit") == []
