"""Days of protests in constructions of wire English (helper dates6, sixth stop). Real spaCy
pipeline; invented sentences about stories outside the real-article set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_dates_4 import _protests

pytestmark = pytest.mark.model


@pytest.mark.parametrize("first", [
    "Thousands of students marched in Quito near the university that police raided on Monday.",
    "Hundreds rallied in Quito, many of them in squares attacked by the police or the army on Monday.",
])
def test_a_day_of_what_was_done_to_another_noun_is_not_the_protest_s(nlp: Any, first: str) -> None:
    """ "near the university that police raided on Monday": the raid's day, told in a clause of another
    noun, does not date the march."""
    found = _protests(nlp, first + " Hundreds more rallied in Guayaquil on Tuesday.\n", dt.date(2021, 3, 10))
    assert ("quito", None) in found and ("guayaquil", dt.date(2021, 3, 9)) in found


def test_a_clause_of_the_protest_itself_still_dates_it(nlp: Any) -> None:
    text = "The protest in Quito, which began on Sunday, was peaceful. Others marched in Guayaquil on Tuesday.\n"
    assert ("quito", dt.date(2021, 3, 7)) in _protests(nlp, text, dt.date(2021, 3, 10))


def test_the_end_of_a_span_does_not_date_the_unrest(nlp: Any) -> None:
    """ "unrest that extended into Sunday": the end of a span, no day (the real-article set's convention)."""
    text = "Dozens of shops in the Ecuadorian capital of Quito were looted during unrest that extended into Sunday.\n"
    assert ("quito", dt.date(2021, 3, 7)) not in _protests(nlp, text, dt.date(2021, 3, 8))


def test_a_day_told_after_what_the_protest_followed_is_not_its_day(nlp: Any) -> None:
    """ "The demonstration followed a televised speech Sunday night by the president": Sunday is the speech's."""
    text = ("Tens of thousands of protesters filled the streets outside parliament in Quito on Monday.\n"
            "The demonstration followed a dramatic televised speech Sunday night by the country's president.\n")
    found = _protests(nlp, text, dt.date(2021, 3, 8))
    assert ("quito", dt.date(2021, 3, 8)) in found and ("quito", dt.date(2021, 3, 7)) not in found
