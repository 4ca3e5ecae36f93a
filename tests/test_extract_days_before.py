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


def _days(facts: dict[str, Any]) -> set[tuple[str, str | None]]:
    names = {p["id"]: p["name"] for p in facts.get("places", [])}
    names.update({a["id"]: a["name"] for a in facts["actors"]})
    return {(names.get(e.get("place"), e.get("place")), str(e["date"]) if e.get("date") else None)
            for e in facts["events"] if e["type"] == "Protest"}


@pytest.mark.parametrize(("text", "expected"), [
    # the count hung on "after", the protest its object: the rally is two days before the dated clause
    ("Police fired tear gas at protesters in Nairobi on Tuesday, two days after a rally in Mombasa.",
     {("Nairobi", "2020-09-08"), ("Mombasa", "2020-09-06")}),
    ("Demonstrators gathered in Lima on Sunday, one day after a rally in Cusco turned violent.",
     {("Lima", "2020-09-13"), ("Cusco", "2020-09-12")}),
])
def test_days_after_a_protest_noun(extract: Any, text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _days(extract(text)) == expected


def test_days_after_a_clause_completed_by_another(extract: Any) -> None:
    # "used tear gas to break up a march": the march is the day before, as "a day after police broke up a march"
    facts = extract("Riot police patrolled Quito on Sunday, a day after police used tear gas to break up a march in the capital.")
    assert ("Quito", "2020-09-12") in _days(facts)


def test_a_country_takes_the_day_of_the_gathering_told_before_it(extract: Any) -> None:
    # the towns have two days, so the country's gathering is not known by theirs: it is told after
    # Sunday's rally, as part of it
    facts = extract("On Saturday, police detained 50 protesters in Grodno. Thousands of people rallied in Minsk on Sunday."
                    " Protesters in Belarus blocked roads and chanted slogans against the president.")
    assert _days(facts) == {("Grodno", "2020-09-12"), ("Minsk", "2020-09-13"), ("Belarus", "2020-09-13")}
