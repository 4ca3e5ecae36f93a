"""Days of protests in constructions of wire English (helper days8, eighth stop). Real spaCy
pipeline; invented sentences about stories outside the real-article set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_dates_4 import _protests

pytestmark = pytest.mark.model

_PUB = dt.date(2021, 3, 9)  # a Tuesday


@pytest.mark.parametrize("text, town", [
    ("Opposition leaders met the prime minister in Tbilisi on Saturday after overnight clashes between protesters"
     " and police in the capital.", "tbilisi"),
    ("Schools stayed shut in Santiago on Monday as officials feared a repeat of overnight riots in the Chilean capital.",
     "santiago"),
    ("Thousands marched in Lima on Tuesday, spurred on by reports of police shooting dead two protesters in Arequipa"
     " overnight.", "arequipa"),
])
def test_an_overnight_protest_does_not_take_the_day_of_another_clause(nlp: Any, text: str, town: str) -> None:
    """ "held talks on Saturday after overnight clashes": the day is the talks', and "overnight" names no
    day (the real-article set's convention), so the clashes stay undated."""
    found = _protests(nlp, text + "\n", _PUB)
    assert (town, None) in found and not any(p == town and d is not None for p, d in found)


def test_an_overnight_protest_is_not_given_the_day_of_the_one_told_before(nlp: Any) -> None:
    text = ("Protesters clashed with police in Tbilisi on Saturday. Later, riot police in Batumi fired tear gas at"
            " protesters overnight.\n")
    assert _protests(nlp, text, _PUB) == {("tbilisi", dt.date(2021, 3, 6)), ("batumi", None)}


def test_overnight_on_a_named_day_keeps_the_day(nlp: Any) -> None:
    """ "clashed with police overnight on Saturday": both hang on the verb, the night is Saturday's."""
    assert _protests(nlp, "Protesters clashed with police in Tbilisi overnight on Saturday.\n", _PUB) == {
        ("tbilisi", dt.date(2021, 3, 6))}


def test_a_protest_in_a_since_clause_is_background(nlp: Any) -> None:
    """ "the largest gathering since the second wave of demonstrations resumed on Friday": the start of
    a span, the movement's background (the real-article set's convention), not Friday's event."""
    text = ("Thousands rallied in Tbilisi on Tuesday. It was the largest gathering in the capital since the second wave"
            " of demonstrations against the government resumed on Friday.\n")
    assert _protests(nlp, text, _PUB) == {("tbilisi", dt.date(2021, 3, 9))}


def test_protests_in_the_wake_of_which_news_came_take_not_its_day(nlp: Any) -> None:
    """ "The president spoke in Lima on Monday in the wake of violent protests in Arequipa": Monday is
    the speech's."""
    text = "The president spoke in Lima on Monday in the wake of violent protests in Arequipa.\n"
    assert _protests(nlp, text, _PUB) == {("arequipa", None)}
