"""Probe battery of the protests helper (round 12): "the Nth day of protests". The protests' age told
in a clause that frames other news ("as the protests entered their third week, the president ...")
is the movement, no gathering of the news's day; a gathering told with its Nth day stays. Sentences
written for the test; the publication day is Monday 14 September 2020 (5 probes failed before, 5
pass; 5 controls held).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUN = "2020-09-13"


@pytest.mark.parametrize(("text", "towns"), [
    ("As the protests entered their third week, the president reshuffled his cabinet on Sunday.", set()),
    ("The president addressed the nation on Sunday as the protests entered their second month.", set()),
    ("As the rallies reached their tenth day, the opposition leader flew to Vilnius on Sunday.", set()),
    ("The talks resumed on Sunday as the strike entered its fifth day.", set()),
    ("While the protests entered their fourth week, the government announced new talks on Sunday.", set()),
    # controls
    ("As demonstrations entered a second week, police in Minsk detained 100 protesters on Sunday.", {"Minsk"}),
    ("Protests entered their second week on Sunday, with thousands rallying in Yerevan.", {"Yerevan"}),
    ("The demonstrations, now in their third week, drew 50,000 people in Bishkek on Sunday.", {"Bishkek"}),
    ("Thousands rallied in Minsk on Sunday, the eighth day of protests.", {"Minsk"}),
    ("Protesters took to the streets of Santiago for a fifth straight day on Sunday.", {"Santiago"}),
])
def test_the_age_of_the_protests_frames_other_news(extract: Any, text: str, towns: set[str]) -> None:
    assert protests(extract(text)) == {(t, SUN) for t in towns}
