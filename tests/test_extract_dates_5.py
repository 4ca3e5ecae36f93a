"""Days of protests in constructions of wire English (helper dates5, fifth stop). Real spaCy
pipeline; invented sentences about stories outside the real-article set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_dates_4 import _protests

pytestmark = pytest.mark.model


def test_how_the_wave_began_is_no_day_of_an_undated_town(nlp: Any) -> None:
    """ "Protests ... on Friday ... crowds in Santiago ... The protests began on Thursday evening": the
    day they began is a gathering of its own, not the day of the town told before it."""
    text = ("Renewed anti-government protests across Chile left five people dead on Friday, officials said.\n"
            "Police used tear gas to disperse the crowds in Santiago as thousands massed near the presidential palace.\n"
            "The protests began peacefully on Thursday evening, with demonstrators handing flowers to police officers.\n")
    found = _protests(nlp, text, dt.date(2019, 11, 2))
    assert ("chile", dt.date(2019, 10, 31)) in found
    assert ("santiago", dt.date(2019, 10, 31)) not in found


def test_of_two_national_days_a_town_takes_neither(nlp: Any) -> None:
    """ "blocked roads across Peru on Friday after nationwide protests broke out a day earlier ... In
    Cusco, protesters sat ...": Cusco is not known to be Thursday's; it follows the towns told before
    it (Friday morning's)."""
    text = ("Protesters blocked roads across Peru on Friday after nationwide protests broke out a day earlier"
            " over the ousting of the president.\n"
            "Main roads in the southern towns of Arequipa and Puno were blocked by protesters early Friday morning.\n"
            "In Cusco, protesters sat in the middle of the streets and burned tires.\n")
    found = _protests(nlp, text, dt.date(2022, 12, 9))
    assert ("cusco", dt.date(2022, 12, 9)) in found and ("cusco", dt.date(2022, 12, 8)) not in found


def test_an_unplaced_gathering_of_another_day_is_not_the_town_s(nlp: Any) -> None:
    """ "marched in Lusaka on Sunday. On Saturday, some 20 people were hurt in clashes": Saturday's
    clashes, told with no town, are the country's Saturday, not Lusaka's Sunday march (dates5; this
    replaces a case of test_extract_protests_4, which joined them to the town)."""
    text = ("Thousands of Zambians marched in Lusaka on Sunday. "
            "On Saturday, some 20 people were hurt in clashes between police and protesters.\n")
    assert _protests(nlp, text, dt.date(2021, 8, 16)) == {("lusaka", dt.date(2021, 8, 15)), ("zambia", dt.date(2021, 8, 14))}


def test_a_lead_day_told_amid_or_after_the_protests_is_the_news_s(nlp: Any) -> None:
    """A report of one gathering takes the first day its body names (the day of its news), but not
    when that sentence tells the news against the protests: "fled on Wednesday amid a popular
    uprising", "remained tense on Monday after violent protests in the capital"."""
    text = ("LA PAZ, Nov 13 (Reuters) - Bolivia's president fled to Mexico on Wednesday amid a popular uprising"
            " over a disputed election, ending nearly 14 years in power.\n"
            "His decision to leave his vice president in charge triggered more demonstrations, with protesters"
            " storming the presidential palace in La Paz.\n")
    assert ("la-paz", None) in _protests(nlp, text, dt.date(2019, 11, 13))
    text = ("Quito remained tense on Monday after violent protests in the capital forced the government to scrap"
            " a fuel subsidy reform.\nStudents continued to demand the resignation of the president.\n")
    assert _protests(nlp, text, dt.date(2019, 10, 14)) == {("quito", None)}
