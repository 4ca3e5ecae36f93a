"""Probe battery (stmt12): a wire, an agency or a broadcaster named after "according to" relays
the news (the gold's outlets: no statement, no actor), whatever its name looks like:
"according to RFE/RL", "according to Interfax", "according to Ukrinform", "according to the
BBC". Invented sentences; the real spaCy pipeline. Before the rule 2 of 6 failed (RFE/RL and Voice of America spoke;
the model tags most others as no organisation); all pass after. The source a wire cites still
speaks."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

KYIV = "KYIV (AP) - Thousands of protesters gathered in Independence Square on Tuesday. "


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 30 people, according to RFE/RL.",
        "Police detained 30 people, according to Interfax.",
        "According to the BBC, police detained 30 people.",
        "Police detained 30 people, according to Ukrinform.",
        "Police detained 30 people, Interfax said.",
        "Police detained 30 people, according to Voice of America.",
    ],
)
def test_an_outlet_named_by_its_name_relays(extract: Any, text: str) -> None:
    assert _speakers(extract(KYIV + text)) == []


def test_the_source_a_wire_cites_speaks(extract: Any) -> None:
    said = _speakers(extract(KYIV + "Police detained 30 people, Interfax reported, citing the interior ministry."))
    assert said == ["Ukrainian interior ministry"]
