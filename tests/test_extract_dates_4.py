"""Dates of protests in constructions of wire English (helper dates4, fourth stop). Real spaCy
pipeline; invented sentences about stories outside the real-article set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.extract.api import _facts_for
from kg.extract.articles import parse_article

pytestmark = pytest.mark.model


def _protests(nlp: Any, text: str, published: dt.date | None) -> set[tuple[Any, Any]]:
    a = parse_article(text)
    if published is not None:
        a.published = published
    facts = _facts_for(a, nlp(a.analysed))
    return {(e.get("place"), e.get("date")) for e in facts["events"] if e["type"] == "Protest"}


def test_date_between_a_long_subject_and_its_verb(nlp: Any) -> None:
    """ "Supporters of former president X on Tuesday (May 9) stormed ...": the parser hangs the date
    on the subject's noun phrase; it still dates the verb after it."""
    text = ("Supporters of former Bolivian President Evo Morales on Wednesday (March 3) stormed the electoral office in"
            " the provincial city of Cochabamba and the governor's residence in Sucre after his dramatic arrest in a fraud case.\n")
    assert _protests(nlp, text, dt.date(2021, 3, 4)) == {("cochabamba", dt.date(2021, 3, 3)), ("sucre", dt.date(2021, 3, 3))}
    text = ("Supporters of former Peruvian Prime minister Pedro Castillo on Wednesday (March 3) stormed the Congress building"
            " in the capital city of Lima and the Interior Ministry's offices in Cusco after his sudden arrest in a bribery case.\n")
    assert _protests(nlp, text, dt.date(2021, 3, 4)) == {("lima", dt.date(2021, 3, 3)), ("cusco", dt.date(2021, 3, 3))}
