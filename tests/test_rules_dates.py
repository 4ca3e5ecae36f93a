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


@pytest.mark.parametrize("text", [
    "Protesters held the square from Sunday to Tuesday.", "Talks ran between April 27 and 28 in the capital.",
    "Violent protests erupted during the week of April 16th.", "The summit of 5-7 March ended.",
    "Rallies were held on April 27-28 across the country.", "The strike lasted from 27 to 29 April.",
    "The weekend of March 3 saw marches in three towns.",
])
def test_a_span_of_days_names_no_one_day(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("He spoke on Monday - 20 people had died by then.", ["on Monday"]),
    ("Police said on March 5, 2021 - the day of the march - that 20 were held.", ["on March 5, 2021"]),
    ("Marches went on from Monday, police said, and again on Friday.", ["Monday", "on Friday"]),
])
def test_a_day_next_to_a_dash_or_from_without_an_end_still_names_its_day(text: str, found: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == found


@pytest.mark.parametrize(("text", "day"), [
    ("Thousands rallied on the 15th, police said.", "2020-09-15"),  # published on the 14th: the day after is allowed
    ("Police fired tear gas on Saturday the 12th.", "2020-09-12"),
    ("The vote was held on the 20th, and the count took a week.", "2020-08-20"),  # still to come: the month before
])
def test_an_ordinal_day_alone_is_a_day_of_the_month_of_publication(text: str, day: str) -> None:
    import datetime as dt

    from kg.extract.dates import resolve_date

    (d,) = find_dates(text)
    assert str(resolve_date(d, dt.date(2020, 9, 14))) == day


@pytest.mark.parametrize("text", ["for the 13th consecutive week", "in the 21st century", "on the 2nd and 3rd floors",
                                  "on the 15th anniversary of the vote"])
def test_an_ordinal_that_counts_names_no_day(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "phrase", "day"), [
    ("Supporters on Tuesday (May 9) stormed the army's offices.", "on Tuesday (May 9)", "2020-05-09"),
    ("Thousands rallied on Saturday, Nov. 14, demanding new elections.", "on Saturday, Nov. 14", "2019-11-14"),
])
def test_a_weekday_with_its_date_is_one_phrase_of_that_date(text: str, phrase: str, day: str) -> None:
    import datetime as dt

    from kg.extract.dates import resolve_date

    (d,) = find_dates(text)
    assert d.text == phrase and str(resolve_date(d, dt.date(2020, 9, 14))) == day


@pytest.mark.parametrize("text", [
    "Looting in the capital extended into Sunday, police said.",
    "Riots erupted in the port city Thursday night into Friday.",
    "At least 19 people had died according to figures registered until Tuesday.",
    "The ministry postponed until Thursday the signing of the deal.",
])
def test_the_end_of_a_span_or_a_cutoff_names_no_day(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("The count did not end until Monday.", ["Monday"]),  # "not ... until": it ended that day
    ("Police clashed with marchers throughout Friday.", ["Friday"]),
])
def test_a_day_after_not_until_or_throughout_still_names_its_day(text: str, found: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == found


@pytest.mark.parametrize(("text", "day"), [
    ("These rallies follow a first day of protests last Saturday.", "2021-01-23"),  # Sunday's report
    ("Crowds returned, as they had last Thursday.", "2021-01-28"),
    ("Thousands rallied on Saturday.", "2021-01-30"),
])
def test_last_weekday_is_not_the_day_before(text: str, day: str) -> None:
    import datetime as dt

    from kg.extract.dates import resolve_date

    (d,) = find_dates(text)
    assert str(resolve_date(d, dt.date(2021, 1, 31))) == day


def test_the_brazilian_press_s_day_month_year_is_a_full_date() -> None:
    """ "on Sunday (8.jan.2023)": one phrase, the full date; it also anchors a text with no publication date."""
    from kg.extract.dates import resolve_date
    from kg.extract.pubdate import text_anchor

    (d,) = find_dates("Extremists invaded the Congress on Sunday (8.jan.2023), police said.")
    assert d.text == "on Sunday (8.jan.2023)" and str(resolve_date(d, None)) == "2023-01-08"
    assert str(text_anchor("The governors met this Monday (9.jan.2023) in the capital.")) == "2023-01-09"
