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


def test_live_page_time_stamps_are_of_the_page_day() -> None:
    """ "9:30 a.m.: Some 300 people protested ...": a live page's time-stamped entry is of its day;
    a time inside a sentence ("At 9:30 a.m., police ...") is no stamp."""
    from kg.extract.dates import find_dates, resolve_date

    text = ("9:30 a.m.: Some 300 people rallied.\n  14:05 GMT: More came.\nAt 9:30 a.m.: nothing.\n"
            "16:40 GMT \u2013 Police detained 20.\n10.15 - 12.00: a time span, no stamp\n")
    found = find_dates(text)
    assert [d.text for d in found] == ["9:30 a.m.", "14:05 GMT", "16:40 GMT"]
    assert {resolve_date(d, dt.date(2022, 3, 6)) for d in found} == {dt.date(2022, 3, 6)}
    assert resolve_date(found[0], None) is None


def test_live_page_entry_dates_its_protest(nlp: Any) -> None:
    text = ("Protests across Belarus: live\n\n"
            "Thousands are expected to rally across the country against the disputed vote.\n\n"
            "10:15 a.m.: Some 400 people protested in the city of Grodno with no detentions, a local news website reported.\n\n"
            "9:40 a.m.: About 200 people have begun marching in the eastern city of Gomel, Viasna reported.\n")
    assert _protests(nlp, text, dt.date(2020, 8, 16)) >= {("grodno", dt.date(2020, 8, 16)), ("gomel", dt.date(2020, 8, 16))}


def test_weekdays_resolve_near_an_inferred_day() -> None:
    """A text without a publication date, whose caption prints "Friday, April 27, 2018": the body's
    "on Saturday" is the next day (the report is of a day or two later), not a week before; a stated
    publication date keeps weekdays on or before it."""
    from kg.extract.dates import InferredDay, find_dates, resolve_date

    sat, fri, mon = find_dates("on Saturday, on Friday, last Monday")
    day = InferredDay(2018, 4, 27)
    assert [resolve_date(p, day) for p in (sat, fri, mon)] == [dt.date(2018, 4, 28), dt.date(2018, 4, 27), dt.date(2018, 4, 23)]
    assert resolve_date(sat, dt.date(2018, 4, 27)) == dt.date(2018, 4, 21)


def test_inferred_day_from_a_caption_dates_the_next_days_protest(nlp: Any) -> None:
    text = ("Farmers block roads in Leon\n"
            "Farmers drive their tractors past parliament during a protest against the new fuel tax in central Leon,"
            " Ruritania, Friday, April 27, 2018.\n"
            "Thousands of farmers blocked roads in Leon on Saturday against the new tax, police said.\n")
    found = _protests(nlp, text, None)
    assert ("leon", dt.date(2018, 4, 28)) in found and ("leon", dt.date(2018, 4, 21)) not in found


def test_a_page_is_not_older_than_the_news_it_tells() -> None:
    """ "Jul 17, 2022, 9:46 PM | Updated: Jul 18, 2022" over a caption of "Monday, July 18, 2022": the
    page's day is the 18th (its "on Monday" is that day); a plan's date does not move it."""
    from kg.extract.articles import parse_article

    head = "Ruritania declares emergency\n\nJul 17, 2022, 9:46 PM | Updated: Jul 18, 2022, 10:22 pm\n\n"
    caption = ("Activists shout slogans during a protest against the acting president in Leon, Ruritania,"
               " Monday, July 18, 2022. (AP Photo/Jane Doe)\n\n")
    body = "LEON, Ruritania (AP) - The acting president on Monday declared a state of emergency.\n"
    assert parse_article(head + caption + body).published == dt.date(2022, 7, 18)
    plan = "LEON, Ruritania (AP) - A vote is scheduled for July 18, 2022, the speaker said.\n"
    assert parse_article(head.replace(" | Updated: Jul 18, 2022, 10:22 pm", "") + plan).published == dt.date(2022, 7, 17)


def test_days_resolved_near_an_inferred_day_are_plain_dates() -> None:
    """The facts files are written with a safe YAML dumper, which knows ``datetime.date`` only."""
    from kg.extract.dates import InferredDay, find_dates, resolve_date

    day = InferredDay(2018, 4, 27)
    assert {type(resolve_date(p, day)) for p in find_dates("today, on Saturday, April 20, two days ago")} == {dt.date}


def test_a_weekday_of_last_week() -> None:
    """ "on Friday last week" in a Saturday's report is eight days before, not the day before."""
    from kg.extract.dates import find_dates, resolve_date

    found = find_dates("marched on Friday last week and on Monday of last week; rallied on Friday")
    sat = dt.date(2020, 8, 15)
    assert [(d.text, resolve_date(d, sat)) for d in found] == [
        ("on Friday last week", dt.date(2020, 8, 7)), ("on Monday of last week", dt.date(2020, 8, 3)),
        ("on Friday", dt.date(2020, 8, 14))]


def test_a_caption_closed_by_photo_credits_is_furniture() -> None:
    """ "... in this image released by the state news agency. Photo credits: Reuters": a caption (its
    date is a photo's, not an event's)."""
    from kg.extract.furniture import is_furniture

    assert is_furniture("The president departs the capital to visit Ruritania, September 10, 2023, in this image"
                        " released by the state news agency. Photo credits: Reuters")
    assert is_furniture("Police fire tear gas at protesters in Leon. Image credit: AP")
    assert not is_furniture("Police fired tear gas at protesters in Leon on Friday, the agency said.")
