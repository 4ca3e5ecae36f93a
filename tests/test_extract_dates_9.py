"""Days of protests in constructions of wire English (helper days9, ninth stop). Real spaCy
pipeline; invented sentences about stories outside the real-article set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_dates_4 import _protests

pytestmark = pytest.mark.model

_PUB = dt.date(2022, 1, 4)  # a Tuesday


def test_a_date_on_the_last_object_of_a_list_dates_the_verb(nlp: Any) -> None:
    """ "stormed A, B, and C in Lima on Sunday": the parser hangs "on Sunday" on the last object of the
    list, whose own words lead to the verb only through the list; the day is the storming's."""
    text = ("Police detained hundreds of rioters and vowed to punish them after a mob stormed Peru\u2019s Congress,"
            " Supreme Court, and presidential palace in Lima on Sunday, causing major damage.\n")
    assert ("lima", "2022-01-02") in {(p, str(d)) for p, d in _protests(nlp, text, _PUB)}
