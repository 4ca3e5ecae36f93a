"""The publication date a bare text implies: head lines and datelines that print no year."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.articles import parse_article


_LONG = (" Thousands of people marched through the centre of the capital, waving flags and chanting slogans against"
         " the government, witnesses said.")


@pytest.mark.parametrize(("text", "day"), [
    # a live page's time-stamped head line, its year told by a full date of the text (even a plan's)
    ("Opposition leader says he will talk only before journalists\n20:40, 26 April\nA rally is under way in the capital."
     "\nThe vote for prime minister will take place on 1 May 2018.\n", dt.date(2018, 4, 26)),
    ("Opposition leader says he will talk only before journalists\nThursday, 26 April | 20:40\nA rally is under way."
     "\nThe protests began on 13 April 2018 in the capital." + _LONG + "\n", dt.date(2018, 4, 26)),
    # a wire dateline's day
    ("LIMA, May 5 (EFE).- Thousands returned to the streets on Wednesday. The strike began on April 28, 2021.\n",
     dt.date(2021, 5, 5)),
    # a December head line and a January full date: the year that puts them close
    ("Talks in the capital\n30 December, 18:05\nThe ceasefire is to begin on January 5, 2020." + _LONG + "\n", dt.date(2019, 12, 30)),
])
def test_a_head_line_without_a_year_takes_the_year_of_the_text_s_full_dates(text: str, day: dt.date) -> None:
    assert parse_article(text).published == day


@pytest.mark.parametrize("text", [
    # no full date: a year alone (often a background one) completes nothing
    "Opposition leader speaks\n20:40, 26 April\nThe movement began in 2018. A rally is under way in the capital.\n",
    # a full date months away is another story's day
    "Opposition leader speaks\n20:40, 26 April\nHe was first elected on 12 September 2017." + _LONG + "\n",
    # a line with words beside its day is a sentence, not a head line
    "Opposition leader speaks\n26 April: talks held in the capital\nThe vote will take place on 1 May 2018.\n",
])
def test_no_day_without_a_full_date_near_the_head_line(text: str) -> None:
    assert parse_article(text).published is None


@pytest.mark.parametrize(("head", "day"), [
    ("Hundreds detained at rallies across Belarus Sunday, August 16, 2020 10:00:28 AM", dt.date(2020, 8, 16)),
    ("Police fire tear gas at marchers in Lima March 5, 2021, 14:05 GMT", dt.date(2021, 3, 5)),
    ("Thousands rally in Tbilisi 5 March 2021 at 9:30 pm", dt.date(2021, 3, 5)),
])
def test_a_date_stamp_glued_to_the_headline_dates_the_page_and_gives_no_day_to_the_news(head: str, day: dt.date) -> None:
    a = parse_article(head + "\n\nThe number of people detained at rallies in the country rose above a thousand, a monitoring"
                      " group said, as crowds gathered in the capital and several other cities.\n")
    assert a.published == day
    assert str(day.year) not in a.analysed and head.split()[0] in a.analysed


def test_a_sentence_ending_with_a_date_and_time_is_kept() -> None:
    text = ("Talks in the capital\n\nThe ceasefire takes effect on March 5, 2021 at 14:05.\n\nThe number of people detained"
            " at rallies in the country rose above a thousand, a monitoring group said.\n")
    assert "March 5, 2021 at 14:05." in parse_article(text).analysed
