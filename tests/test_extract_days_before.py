"""'On Monday, a day after X': X is the day before the clause's day (wire copy's way of dating
the event a follow-up report looks back on). Real spaCy pipeline; invented sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.extract.api import _facts_for
from kg.extract.articles import parse_article

pytestmark = pytest.mark.model


def _protests(nlp: Any, text: str, published: dt.date) -> list[tuple[Any, Any, Any]]:
    a = parse_article(text)
    a.published = published
    facts = _facts_for(a, nlp(a.analysed))
    return [(e.get("place"), e.get("date"), e.get("date_text")) for e in facts["events"] if e["type"] == "Protest"]


@pytest.mark.parametrize(("text", "day"), [
    ("LEON (Reuters) - Police deployed at a camp of supporters in the capital on Monday, a day after thousands"
     " of protesters stormed Congress and the Supreme Court.\n", dt.date(2023, 1, 8)),
    ("LEON (Reuters) - The army took control of the streets on Friday, a day after mass protests in the capital.\n",
     dt.date(2023, 1, 5)),
])
def test_a_day_after(nlp: Any, text: str, day: dt.date) -> None:
    assert _protests(nlp, text, dt.date(2023, 1, 9)) == [("leon", day, "a day after")]
