"""Visits linked to their meetings: reports of one visit left alike by the links are one visit (no model needed)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from kg.extract.context import Context, Ev
from kg.extract.visit_links import _one_each


def test_visits_left_with_one_visitor_town_and_day_are_one_visit() -> None:
    ctx = SimpleNamespace(place_contains=lambda a, b: True)
    ctx.absorb = lambda o, m: Context.absorb(ctx, o, m)  # type: ignore[arg-type]
    day = dt.date(2024, 3, 13)
    a = Ev("Visit", [(0, 10)], participants=["lula"], place="beijing", date=day)
    b = Ev("Visit", [(20, 30)], participants=["lula"], place="beijing", date=day, host="xi")
    c = Ev("Visit", [(40, 50)], participants=["lula"], place="beijing", date=dt.date(2024, 3, 15))
    out = _one_each(ctx, [a, b, c])  # type: ignore[arg-type]
    assert out == [a, c]
    assert a.evidence == [(0, 10), (20, 30)] and a.host == "xi"
