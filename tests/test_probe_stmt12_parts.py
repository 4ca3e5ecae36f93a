"""Probe battery (stmt12): part of a group named just before speaks for the group: "Thousands
of students joined the march. Many said ...", "Some said", "Most said", "Several told reporters",
"Others said", "Many of them said" (reportage and feature styles). Invented sentences; the real
spaCy pipeline. Before the rule all 9 failed (no statement); all pass after. A body or a person
named last is not the group."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

BOGOTA = "BOGOTA, Colombia (AP) - Thousands marched in Bogota on Wednesday against the tax reform. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Thousands of students joined the march. Many said they had lost their jobs during the pandemic.",
         "Colombian students"),
        ("Thousands of students joined the march. Some said they had been beaten by police.", "Colombian students"),
        ("Thousands of students joined the march. Many of them said they had lost their jobs.", "Colombian students"),
        ("Protesters blocked roads in Cali. Many said they had lost their jobs during the pandemic.",
         "Colombian protesters"),
        ("Protesters blocked roads in Cali. Most said they would stay until the reform was withdrawn.",
         "Colombian protesters"),
        ("Protesters blocked roads in Cali. Several told reporters they had been beaten by police.",
         "Colombian protesters"),
        ("Protesters blocked roads in Cali. Others said they would return on Friday.", "Colombian protesters"),
        ("Truck drivers blocked roads in Cali. Many said fuel prices had doubled.", "Colombian drivers"),
        ("Protesters blocked roads in Cali on Thursday. Some said the police had fired tear gas at them.",
         "Colombian protesters"),
    ],
)
def test_a_part_of_the_group_speaks_for_it(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(BOGOTA + text)) == [speaker]


def test_a_body_named_last_is_no_group(extract: Any) -> None:
    said = _speakers(extract(BOGOTA + "Human Rights Watch documented 31 deaths. Many said the police had fired first."))
    assert said in ([], ["Colombian protesters"])
