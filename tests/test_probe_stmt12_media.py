"""Probe battery (stmt12): the media relay the news, whoever owns them (the gold's outlets: no
statement, no actor): "North Korea's state media said ...", "Russian state media said", "State
media KCNA said", "local media reported", "state television said", "state broadcaster CCTV said";
the person they quote still speaks. Wire styles of several countries. Invented sentences; the
real spaCy pipeline. Before the rule 3 of 8 failed (the owning country, the agency or the
broadcaster spoke); all pass after."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

SEOUL = ("SEOUL (Reuters) - North Korean leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny "
         "cosmodrome on Wednesday. ")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea's state media said Kim had invited Putin to visit Pyongyang.",
        "Russian state media said Kim had invited Putin to visit Pyongyang.",
        "State media KCNA said Kim had invited Putin to visit Pyongyang.",
        "Local media reported that Kim had invited Putin to visit Pyongyang.",
        "Iranian state television said Kim had invited Putin to visit Pyongyang.",
        "Chinese state broadcaster CCTV said Kim had invited Putin to visit Pyongyang.",
    ],
)
def test_the_media_relay_and_do_not_speak(extract: Any, text: str) -> None:
    assert _speakers(extract(SEOUL + text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "State media quoted Kim as saying the talks had opened a new chapter.",
        "Russian news agencies quoted Kim as saying the talks had opened a new chapter.",
    ],
)
def test_the_person_the_media_quote_speaks(extract: Any, text: str) -> None:
    assert _speakers(extract(SEOUL + text)) == ["Kim Jong Un"]
