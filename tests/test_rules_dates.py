"""Date phrases of wire copy: which phrases name one day, and which name none."""

from __future__ import annotations

import pytest

from kg.extract.dates import find_dates


@pytest.mark.parametrize("text", [
    "marchers gathered on the avenue where the weekly Saturday night rallies are held",
    "crowds fill the square every Friday after prayers", "as they do each Sunday",
])
def test_a_habitual_weekday_names_no_day(text: str) -> None:
    assert find_dates(text) == []


def test_a_weekday_next_to_a_habitual_one_still_names_its_day() -> None:
    text = "Marchers on Tuesday evening went to the square where the weekly Saturday rallies are held."
    assert [d.text for d in find_dates(text)] == ["on Tuesday evening"]


@pytest.mark.parametrize(("text", "day"), [
    ("Police fired tear gas at marchers last night.", "2020-09-13"),
    ("Thousands gathered in the square this morning.", "2020-09-14"),
    ("The ministers met this afternoon.", "2020-09-14"),
])
def test_parts_of_today_and_last_night(text: str, day: str) -> None:
    import datetime as dt

    from kg.extract.dates import resolve_date

    (d,) = find_dates(text)
    assert str(resolve_date(d, dt.date(2020, 9, 14))) == day
