"""Gapped second meetings (issue 10, item 4): "met A on Monday and then B in Ottawa" is two
meetings, "met A and B in Ottawa" one of three. Real spaCy pipeline; invented sentences.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

pytestmark = pytest.mark.model

_PUB = "2022-02-08"  # a Tuesday
MON, TUE = dt.date(2022, 2, 7), dt.date(2022, 2, 8)


def _meetings(nlp: Any, text: str) -> set[tuple[frozenset[str], str | None, dt.date | None]]:
    from kg.extract.api import extract_text

    facts = extract_text(text, published=_PUB)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return {(frozenset(names[p] for p in e["participants"]), names.get(e.get("place")), e.get("date"))
            for e in facts["events"] if e["type"] == "Meeting"}


@pytest.mark.parametrize(("text", "first", "second"), [
    # the parser hangs the second partner on the first one's date
    ("Olaf Scholz met Joe Biden in Washington on Monday and then Justin Trudeau in Ottawa on Tuesday.\n",
     ("Washington", MON), ("Ottawa", TUE)),
    # ... on the first partner
    ("Olaf Scholz met Joe Biden in Washington and then Justin Trudeau in Ottawa.\n", ("Washington", None), ("Ottawa", None)),
    # no "then", but each half has its own day
    ("Olaf Scholz met Joe Biden on Monday and Justin Trudeau on Tuesday.\n", (None, MON), (None, TUE)),
    # "held talks with A ... and then with B": a noun trigger
    ("Olaf Scholz held talks with Joe Biden in Washington on Monday and then with Justin Trudeau in Ottawa.\n",
     ("Washington", MON), ("Ottawa", None)),
])
def test_a_gapped_second_partner_is_a_meeting_of_its_own(nlp: Any, text: str, first: tuple[Any, Any],
                                                         second: tuple[Any, Any]) -> None:
    assert _meetings(nlp, text) == {(frozenset({"Olaf Scholz", "Joe Biden"}), *first),
                                        (frozenset({"Olaf Scholz", "Justin Trudeau"}), *second)}


def test_partners_named_together_meet_together(nlp: Any) -> None:
    text = "Olaf Scholz met Joe Biden and Justin Trudeau in Ottawa on Monday.\n"
    assert _meetings(nlp, text) == {(frozenset({"Olaf Scholz", "Joe Biden", "Justin Trudeau"}), "Ottawa", MON)}


def test_a_clause_of_its_own_after_and_is_no_gapped_meeting(nlp: Any) -> None:
    text = "Olaf Scholz met Joe Biden in Washington on Monday and Justin Trudeau phoned him on Tuesday.\n"
    assert _meetings(nlp, text) == {(frozenset({"Olaf Scholz", "Joe Biden"}), "Washington", MON)}
