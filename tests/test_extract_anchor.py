"""A text that states no publication date: relative dates resolve near the day its own full dates
imply (a caption's, a lead's), and stay undated when it prints none; a date given by the caller (a
feed's) wins, and an inferred day is never written as the article's publication date.
Real spaCy pipeline; invented sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.model

TEXT = ("Thousands rally in Leon against the new tax\n"
        "Protesters wave flags and banners outside the parliament building in central Leon, Ruritania, "
        "Tuesday, Oct. 3, 2017.\n"
        "Tens of thousands of protesters rallied in Leon on Tuesday against the new tax, police said.\n")


def _protests(facts: dict[str, Any]) -> list[Any]:
    return [e.get("date") for e in facts["events"] if e["type"] == "Protest"]


def test_relative_dates_resolve_near_the_texts_own_full_date(nlp: Any) -> None:
    from kg.extract.api import extract_text

    facts = extract_text(TEXT)
    assert _protests(facts) == [dt.date(2017, 10, 3)] and "published" not in facts["article"]


def test_a_date_given_by_the_caller_wins_over_the_inferred_one(nlp: Any) -> None:
    from kg.extract.api import extract_text

    facts = extract_text(TEXT, published="2017-10-12")
    assert _protests(facts) == [dt.date(2017, 10, 10)] and facts["article"]["published"] == dt.date(2017, 10, 12)


def test_without_any_full_date_relative_dates_stay_undated(nlp: Any) -> None:
    from kg.extract.api import extract_text

    facts = extract_text(TEXT.replace(", Tuesday, Oct. 3, 2017", ""))
    assert _protests(facts) == [None]
