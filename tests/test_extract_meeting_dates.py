"""The day of a meeting, not of the report about it (issue 10, item 4): a date phrase that belongs to
the saying or to another deed is not the meeting's. Real spaCy pipeline; invented sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.model


def _meetings(text: str, published: str) -> list[tuple[frozenset[str], str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(frozenset(names[p] for p in e["participants"]), names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Meeting"]


PAIR = frozenset({"Olaf Scholz", "Joe Biden"})


def test_the_day_of_the_saying_before_the_reported_subject_is_not_the_meetings(nlp: Any) -> None:
    # the parser hangs "on Wednesday" on "met"; it is the day Scholz told reporters
    text = "Olaf Scholz told reporters on Wednesday he met Joe Biden in Washington on Monday.\n"
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", dt.date(2022, 2, 7))]


def test_a_reported_meeting_without_a_day_of_its_own_has_none(nlp: Any) -> None:
    text = "Olaf Scholz told reporters on Wednesday he met Joe Biden in Washington.\n"
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", None)]


def test_the_meeting_told_again_inside_what_someone_says_takes_no_day_from_the_saying(nlp: Any) -> None:
    text = ("Olaf Scholz met Joe Biden in Washington.\n\n"
            "Talking to journalists on Thursday, Scholz said the meeting had been friendly.\n")
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", None)]


def test_the_meeting_named_under_another_noun_takes_no_day_from_its_verb(nlp: Any) -> None:
    text = ("Olaf Scholz met Joe Biden in Washington.\n\n"
            "Scholz issued a statement on Thursday praising the outcome of the meeting.\n")
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", None)]


def test_the_meeting_told_again_as_subject_lends_its_day(nlp: Any) -> None:
    text = "Olaf Scholz met Joe Biden in Washington.\n\nThe meeting took place on Wednesday.\n"
    assert _meetings(text, "2022-02-10") == [(PAIR, "Washington", dt.date(2022, 2, 9))]
