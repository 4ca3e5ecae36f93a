"""Probe batteries of date phrases as other outlets print them (helper dates12). Each battery says one
thing the way several outlets would (wire, live page, translated local press, headline); the sentences
are invented, about stories outside the real-article set. Publication day: Wednesday 9 March 2022
unless a test says otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.extract.dates import find_dates, relative_to, resolve_date

_PUB = dt.date(2022, 3, 9)  # a Wednesday


def _days(text: str, published: dt.date | None = _PUB) -> list[tuple[str, str]]:
    """(phrase, day) of every date phrase of ``text``; a relative one ("the night before") against Sunday 6 March."""
    out = []
    for d in find_dates(text):
        if d.get("same"):
            d = relative_to(d, dt.date(2022, 3, 6))
        out.append((d.text, str(resolve_date(d, published))))
    return out


# Battery 1 (before: 12 of 16 fail): relative days of translated and South Asian press, and the days
# of a weekday given with its day of the month ("on Tuesday 8", "this Tuesday (8)", Latin American
# and Brazilian copy).
@pytest.mark.parametrize(("text", "want"), [
    ("Riot police cleared the square the day before yesterday, the ministry said.", [("the day before yesterday", "2022-03-07")]),
    ("The day before yesterday, unions blocked the port of Valparaiso.", [("The day before yesterday", "2022-03-07")]),
    ("Officials said the two ministers spoke by phone last evening.", [("last evening", "2022-03-08")]),
    ("Students had camped outside parliament the night before.", [("the night before", "2022-03-05")]),
    ("A second column reached the capital the evening before, police said.", [("the evening before", "2022-03-05")]),
    ("Hundreds marched in Quito on Tuesday 8 against the reform.", [("on Tuesday 8", "2022-03-08")]),
    ("This Tuesday (8), the president received the mayors of the north.", [("This Tuesday (8)", "2022-03-08")]),
    ("Truckers blocked the highway on Saturday (05) near Cordoba.", [("on Saturday (05)", "2022-03-05")]),
    ("The minister resigned on Monday (7th) after the clashes.", [("on Monday (7th)", "2022-03-07")]),
    ("The strike began on Monday, 7th, in the mining towns.", [("on Monday, 7th", "2022-03-07")]),
    ("Parliament voted yesterday evening to extend the curfew.", [("yesterday evening", "2022-03-08")]),
    ("The army withdrew from the town last night.", [("last night", "2022-03-08")]),
    ("Thousands rallied on Tuesday (March 8) in Tegucigalpa.", [("on Tuesday (March 8)", "2022-03-08")]),
    ("Thousands rallied on Tuesday 8 March in Tegucigalpa.", [("on Tuesday 8 March", "2022-03-08")]),
    # not a day of the month: a count after the weekday
    ("Police held 8 on Tuesday 2 of whom were minors.", [("on Tuesday", "2022-03-08")]),
    ("They met on Sunday 300 metres from the border.", [("on Sunday", "2022-03-06")]),
])
def test_relative_days_of_other_outlets(text: str, want: list[tuple[str, str]]) -> None:
    assert _days(text) == want


def test_weekday_with_its_day_of_the_month_outlasts_a_late_publication() -> None:
    """A report published a week later ("on Tuesday 8" read on Wednesday 16 March): the day of the
    month says which Tuesday; a weekday alone would be the 15th."""
    late = dt.date(2022, 3, 16)
    assert _days("Hundreds marched in Quito on Tuesday 8 against the reform.", late) == [("on Tuesday 8", "2022-03-08")]
    assert _days("This Tuesday (8), the president received the mayors.", late) == [("This Tuesday (8)", "2022-03-08")]
    assert _days("Truckers blocked the highway on Saturday (26) near Cordoba.", late) == [("on Saturday (26)", "2022-02-26")]
    # a day of the month that is not that weekday's in either month: the weekday alone
    assert _days("Hundreds marched in Quito on Tuesday 9 against the reform.", late) == [("on Tuesday 9", "2022-03-15")]



# Battery 8 (before: 7 of 10 fail): AP's weekday with its date and no "on" ("marched Tuesday, Oct. 22, in ...",
# "Early Sunday, Jan. 31, police ..."): one phrase, the date's day, which a report read a week later still
# gives (the weekday alone would be the last Tuesday before publication); a list of days stays a list.
@pytest.mark.parametrize(("text", "published", "want"), [
    ("Protesters marched Tuesday, Oct. 22, in Santiago.", dt.date(2019, 10, 30), [("Tuesday, Oct. 22", "2019-10-22")]),
    ("Police fired tear gas Sunday, January 31, at crowds in Minsk.", dt.date(2021, 2, 10), [("Sunday, January 31", "2021-01-31")]),
    ("Thousands gathered in Quito late Tuesday, Oct. 22.", dt.date(2019, 10, 30), [("Tuesday, Oct. 22", "2019-10-22")]),
    ("The two leaders met Tuesday, Oct. 22, in Moscow.", dt.date(2019, 10, 30), [("Tuesday, Oct. 22", "2019-10-22")]),
    ("Tuesday, October 22: thousands march in Santiago", dt.date(2019, 10, 30), [("Tuesday, October 22", "2019-10-22")]),
    ("Early Sunday, Jan. 31, police detained 200 people.", dt.date(2021, 2, 10), [("Sunday, Jan. 31", "2021-01-31")]),
    ("Protesters rallied again Friday, Nov. 1, in Beirut.", dt.date(2019, 11, 8), [("Friday, Nov. 1", "2019-11-01")]),
    ("Protesters marched on Tuesday, Oct. 22, in Santiago.", dt.date(2019, 10, 30), [("on Tuesday, Oct. 22", "2019-10-22")]),
    ("Police moved in Monday, Feb 7 2022, to clear the square.", dt.date(2022, 2, 16), [("Feb 7 2022", "2022-02-07")]),
    ("Strikes were held on Sunday, Monday, August 9 and Friday.", dt.date(2021, 8, 13),
     [("on Sunday", "2021-08-08"), ("Monday", "2021-08-09"), ("August 9", "2021-08-09"), ("Friday", "2021-08-13")]),
])
def test_ap_weekday_with_its_date(text: str, published: dt.date, want: list[tuple[str, str]]) -> None:
    assert _days(text, published) == want

# Battery 2 (before: 8 of 9 fail, no phrase found): numeric dates in the body, as European, Latin American,
# Turkish or Russian copy in translation prints them; dots are day first, a slash or a hyphen is read
# the way that can be a date, or of the two the way nearer publication (3/7/2022 in a report of
# 9 March is 7 March: 3 July is still to come).
@pytest.mark.parametrize(("text", "want"), [
    ("Police detained 40 people in Minsk on 08.03.2022, the rights group said.", [("08.03.2022", "2022-03-08")]),
    ("The rally of 07/03/2022 drew thousands to the square.", [("07/03/2022", "2022-03-07")]),
    ("The vote of 3/7/2022 was annulled by the electoral court.", [("3/7/2022", "2022-03-07")]),
    ("Troops were deployed in the province on 15/02/2022.", [("15/02/2022", "2022-02-15")]),
    ("Troops were deployed in the province on 02/15/2022.", [("02/15/2022", "2022-02-15")]),
    ("Talks were held in Ankara on 8-3-2022 between the two delegations.", [("8-3-2022", "2022-03-08")]),
    ("The decree (No. 12/13/2019) was repealed.", [("12/13/2019", "2019-12-13")]),
    ("Officials met on 1.3.2022 and again later.", [("1.3.2022", "2022-03-01")]),
    ("Ministers met on 2022-03-07 in Baku.", [("2022-03-07", "2022-03-07")]),
])
def test_numeric_dates_in_the_body(text: str, want: list[tuple[str, str]]) -> None:
    assert _days(text) == want


def test_numeric_dates_that_are_not_dates_or_cannot_be_told() -> None:
    assert _days("The turnout was 45.6.2020 percent higher, it said.") == []  # not a day: 45 is no day of a month
    assert _days("Lines 10.30-12.00 are closed.") == []
    assert _days("The rally of 07/03/2022 drew thousands.", None) == [("07/03/2022", "None")]  # 7 March or 3 July
    assert _days("Police detained 40 people on 08.03.2022.", None) == [("08.03.2022", "2022-03-08")]


# Battery 3 (before: 5 of 6 fail): days in capitals, as headlines, kickers and some wire desks print them.
@pytest.mark.parametrize(("text", "want"), [
    ("TALKS RESUME ON TUESDAY AFTER WEEK OF CLASHES", [("ON TUESDAY", "2022-03-08")]),
    ("PROTESTERS RALLY AGAIN MONDAY IN CAPITAL", [("MONDAY", "2022-03-07")]),
    ("MARCH 8: WOMEN MARCH IN 40 CITIES", [("MARCH 8", "2022-03-08")]),
    ("THE SUMMIT OF 8 MARCH 2022 ENDED WITHOUT A DEAL", [("8 MARCH 2022", "2022-03-08")]),
    ("LEADERS TO MEET NEXT FRIDAY IN GENEVA", [("NEXT FRIDAY", "2022-03-11")]),
    ("Farmers MARCH to the capital on Tuesday", [("on Tuesday", "2022-03-08")]),  # a verb in capitals is no month
])
def test_days_in_capitals(text: str, want: list[tuple[str, str]]) -> None:
    assert _days(text) == want


def test_a_dateline_in_capitals_is_a_dateline() -> None:
    """ "ROME, MARCH 4 - Thousands ...": a desk's dateline in capitals is masked as any dateline (its
    town and day are the dateline's, not the first sentence's), and its day is read."""
    from kg.extract.furniture import dateline_city, dateline_date_span

    for text, city, day in [("ROME, MARCH 4 - Thousands of people marched late last night.", "Rome", "MARCH 4"),
                            ("KYIV, DEC 11 (Reuters) - Police moved in on the camp.", "Kyiv", "DEC 11"),
                            ("CARACAS, Venezuela, JAN. 23 (AP) - Crowds gathered.", "Caracas", "JAN. 23"),
                            ("LIMA, Peru, Dec 11 (Reuters) - Police moved in on the camp.", "Lima", "Dec 11")]:
        span = dateline_date_span(text)
        assert dateline_city(text) == city and span is not None and text[span[0]:span[1]] == day


@pytest.mark.model
def test_protests_dated_by_these_phrases(nlp: Any) -> None:
    from tests.test_extract_dates_4 import _protests

    text = ("ROME, MARCH 8 - Thousands of people marched in Tirana late yesterday evening against fuel prices, police said.\n")
    assert _protests(nlp, text, dt.date(2022, 3, 8)) == {("tirana", dt.date(2022, 3, 7))}
    text = "Police detained 40 protesters in Minsk on 06.03.2022 during an unauthorised march, a rights group said.\n"
    assert _protests(nlp, text, _PUB) == {("minsk", dt.date(2022, 3, 6))}
    text = "Riot police dispersed a protest in Asuncion the day before yesterday, the interior ministry said.\n"
    assert _protests(nlp, text, _PUB) == {("asuncion", dt.date(2022, 3, 7))}
    text = "Hundreds of students marched in Quito on Tuesday 8 against the reform of the universities.\n"
    assert _protests(nlp, text, dt.date(2022, 3, 16)) == {("quito", dt.date(2022, 3, 8))}


def _events(nlp: Any, text: str, published: dt.date = _PUB) -> set[tuple[str, Any, Any]]:
    from kg.extract.api import _facts_for
    from kg.extract.articles import parse_article

    a = parse_article("---\nlanguage: en\n---\n" + text + "\n")
    a.published = published
    return {(e["type"], e.get("place"), e.get("date")) for e in _facts_for(a, nlp(a.analysed))["events"]
            if e["type"] in ("Protest", "Meeting")}


_TODAY, _SUNDAY = dt.date(2022, 3, 9), dt.date(2022, 3, 6)
_BORIC = "Chilean President Gabriel Boric"
_FERNANDEZ = "Argentine President Alberto Fernandez"


# Battery 4 (before: 11 of 14 fail, the event undated): a time of day with no day in its sentence ("at 3 pm
# local time"), as wire copy and live pages tell the hour of a gathering or of talks: the day named last
# before it, or the day of publication when none is (the brief's convention for the real-article set).
@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Thousands of people gathered in Lima at 3 pm local time to protest against fuel prices.", ("Protest", "lima", _TODAY)),
    ("Thousands of protesters gathered in Lima at 3 p.m. (2000 GMT) to protest against fuel prices.", ("Protest", "lima", _TODAY)),
    ("Police fired tear gas at protesters in Lima at around 5 pm, witnesses said.", ("Protest", "lima", _TODAY)),
    ("By 6 pm, some 5,000 people had gathered in the main square of Lima.", ("Protest", "lima", _TODAY)),
    ("Shortly before midnight, riot police fired tear gas at protesters in central Lima.", ("Protest", "lima", _TODAY)),
    ("Protesters began marching towards the parliament in Lima at 10:30 am, a Reuters witness said.", ("Protest", "lima", _TODAY)),
    (f"{_BORIC} met {_FERNANDEZ} in Santiago at 11 am local time.", ("Meeting", "santiago", _TODAY)),
    (f"The talks between {_BORIC} and {_FERNANDEZ} began at 11 a.m. in Santiago.", ("Meeting", "santiago", _TODAY)),
    (f"{_BORIC} met {_FERNANDEZ} in Santiago at 11:00 local time (1400 GMT).", ("Meeting", "santiago", _TODAY)),
    (f"{_BORIC} and {_FERNANDEZ} held talks in Santiago at 11 a.m. local time.", ("Meeting", "santiago", _TODAY)),
    (f"Boric, Fernandez meet in Santiago\n{_BORIC} met {_FERNANDEZ} at the presidential palace in Santiago shortly after noon.",
     ("Meeting", "santiago", _TODAY)),
    # the day named before it
    ("Thousands of people rallied in Lima on Sunday. At 5 pm, police fired tear gas at protesters in Cusco.", ("Protest", "cusco", _SUNDAY)),
    # a day in its sentence is the day (these passed before)
    ("Protesters gathered in Lima at 3 pm on Monday to demand the minister's resignation.", ("Protest", "lima", dt.date(2022, 3, 7))),
    (f"{_BORIC} will meet {_FERNANDEZ} in Santiago at 11 am on Friday.", ("Meeting", "santiago", dt.date(2022, 3, 11))),
])
def test_a_time_of_day_dates_its_event(nlp: Any, text: str, want: tuple[str, str, dt.date]) -> None:
    got = _events(nlp, text)
    assert want in got and not any(e[:2] == want[:2] and e != want for e in got)


@pytest.mark.model
def test_times_that_date_nothing(nlp: Any) -> None:
    """A span or a cutoff ("a curfew from 8 pm to 6 am") and a time naming a thing ("the 3 pm deadline")
    give no day."""
    assert _events(nlp, "Police said the curfew would run from 8 pm to 6 am. Protests continued in Lima.") == {
        ("Protest", "lima", None)}
    assert ("Protest", "lima", None) in _events(nlp, "Protesters in Lima ignored the 6 pm deadline set by the police.")


@pytest.mark.model
@pytest.mark.xfail(reason="the meeting is not found at all: 'held talks in Santiago at 11 am local time' (with 'am' "
                          "unpunctuated the parser reads 'am' as a verb); meetings, not its date", strict=True)
def test_talks_held_at_an_unpunctuated_am(nlp: Any) -> None:
    assert ("Meeting", "santiago", _TODAY) in _events(nlp, f"{_BORIC} and {_FERNANDEZ} held talks in Santiago at 11 am local time.")


# Battery 5 (before: 3 of 8 fail, the talks undated): how long talks took, told with "after" ("ended after
# four hours on Tuesday evening"): the parser hangs the day on the hours, and "after" a length of time is
# no other event whose day it would be.
@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    (f"The talks between {_BORIC} and {_FERNANDEZ} in Santiago ended after four hours on Tuesday evening.", dt.date(2022, 3, 8)),
    (f"{_BORIC} and {_FERNANDEZ} wrapped up their talks in Santiago after more than five hours on Tuesday.", dt.date(2022, 3, 8)),
    (f"Talks between {_BORIC} and {_FERNANDEZ} in Santiago concluded after five hours late on Tuesday.", dt.date(2022, 3, 8)),
    (f"After nearly six hours of talks in Santiago on Tuesday, {_BORIC} and {_FERNANDEZ} announced a trade deal.", dt.date(2022, 3, 8)),
    (f"The summit of {_BORIC} and {_FERNANDEZ} in Santiago broke up after 90 minutes on Tuesday.", dt.date(2022, 3, 8)),
    (f"The meeting of {_BORIC} and {_FERNANDEZ} in Santiago finished after just 40 minutes on Tuesday, officials said.",
     dt.date(2022, 3, 8)),
    (f"{_BORIC} met {_FERNANDEZ} in Santiago for three hours on Tuesday.", dt.date(2022, 3, 8)),
    # another event's day stays another event's
    (f"{_BORIC} and {_FERNANDEZ} held talks in Santiago after the summit on Tuesday.", None),
])
def test_talks_that_ended_after_some_hours(nlp: Any, text: str, want: dt.date | None) -> None:
    assert ("Meeting", "santiago", want) in _events(nlp, text)


# Battery 6 (before: 9 of 14 fail): talks told as going on while the report is written ("are holding talks",
# "is meeting", "talks are under way"), in a sentence that names no day: the dateline's day, else the day of
# publication (a live report); a plan stays undated, and a weekday in the present progressive is to come.
@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    (f"{_BORIC} and {_FERNANDEZ} are holding talks in Santiago, the presidency said.", _TODAY),
    (f"SANTIAGO, March 8 (Reuters) - {_BORIC} and {_FERNANDEZ} are holding talks at the presidential palace.", dt.date(2022, 3, 8)),
    (f"{_BORIC} is meeting {_FERNANDEZ} in Santiago, state television reported.", _TODAY),
    (f"{_BORIC} and {_FERNANDEZ} are meeting behind closed doors at the presidential palace in Santiago.", _TODAY),
    (f"Talks between {_BORIC} and {_FERNANDEZ} are under way in Santiago.", _TODAY),
    (f"{_BORIC} and {_FERNANDEZ} are currently meeting in Santiago.", _TODAY),
    (f"{_BORIC} is hosting {_FERNANDEZ} in Santiago for talks on trade.", _TODAY),
    (f"{_BORIC} and {_FERNANDEZ} are holding their first face-to-face talks in Santiago since 2019.", _TODAY),
    (f"{_BORIC}, who is meeting {_FERNANDEZ} in Santiago, said trade must grow.", _TODAY),
    (f"{_BORIC} and {_FERNANDEZ} are holding talks in Santiago on Friday.", dt.date(2022, 3, 11)),
    # plans, and a headline's present
    (f"{_BORIC} and {_FERNANDEZ} are expected to meet in Santiago.", None),
    (f"{_BORIC} and {_FERNANDEZ} are to meet in Santiago.", None),
    (f"{_BORIC} and {_FERNANDEZ} are meeting in Santiago next week.", None),
    (f"Boric and Fernandez hold talks in Santiago\n{_BORIC} met {_FERNANDEZ} at the palace in Santiago.", None),
])
def test_talks_going_on_as_the_report_is_written(nlp: Any, text: str, want: dt.date | None) -> None:
    got = _events(nlp, text)
    assert ("Meeting", "santiago", want) in got and len({e for e in got if e[:2] == ("Meeting", "santiago")}) == 1


# Battery 7 (before: 4 of 11 fail): a day told in a participle or relative clause of another noun ("outside the
# station sealed off on Sunday", "against the tax, which took effect on Sunday", "a leader detained on Sunday",
# "people, angered by a tax announced on Sunday, marched") is that clause's, not the protest's. Each text
# tells a second, dated protest after it, so that no rule of a one-gathering report dates the first.
_LATER = " On Monday, thousands rallied in Tacna."


@pytest.mark.model
@pytest.mark.parametrize(("text", "place", "want"), [
    ("Large crowds gathered in Cusco and Arequipa, many of them in squares cleared by police on Sunday.", "cusco", None),
    ("Protesters gathered in Lima outside the police station sealed off on Sunday.", "lima", None),
    ("Crowds returned to the square in Lima where police had fired tear gas on Sunday.", "lima", None),
    ("Students marched in Lima against the decree signed by the president on Sunday.", "lima", None),
    ("Hundreds rallied in Cusco to support the miners who were arrested on Sunday.", "cusco", None),
    ("Thousands protested in Lima against the fuel tax, which took effect on Sunday.", "lima", None),
    ("Opposition supporters demonstrated in Quito, demanding the release of a leader detained on Sunday.", "quito", None),
    ("Thousands of people, angered by the fuel tax announced on Sunday, marched in Lima.", "lima", None),
    # the protest's own clause, or a clause of its people, or one telling when it happened, keeps the day
    ("Thousands rallied in Lima on Tuesday outside the ministry burned on Sunday.", "lima", dt.date(2022, 3, 8)),
    ("Protesters who gathered in Lima on Sunday were dispersed by police.", "lima", _SUNDAY),
    ("On Sunday, protesters gathered in Lima outside the police station.", "lima", _SUNDAY),
])
def test_a_day_of_another_nouns_clause(nlp: Any, text: str, place: str, want: dt.date | None) -> None:
    got = _events(nlp, text + _LATER)
    assert ("Protest", place, want) in got and ("Protest", "tacna", dt.date(2022, 3, 7)) in got


# Battery 9 (before: 7 of 7 fail, the weekday read against publication): "the following Monday", "the next
# Monday", "the previous Friday", "the preceding Sunday" in a narrative: that weekday after (before) the day
# named last, not the last such weekday before publication (9 March).
@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("The strike began in Lima on Thursday, February 24. The following Monday, police detained 40 union leaders at a protest"
     " in Cusco.", ("Protest", "cusco", dt.date(2022, 2, 28))),
    ("Students occupied the campus in Lima on February 21. On the following Saturday, thousands marched in Cusco.",
     ("Protest", "cusco", dt.date(2022, 2, 26))),
    ("Parliament voted on March 1. The previous Friday, thousands had rallied outside the building in Lima.",
     ("Protest", "lima", dt.date(2022, 2, 25))),
    ("The court ruled on February 23. The next Monday, crowds gathered in Quito to protest the verdict.",
     ("Protest", "quito", dt.date(2022, 2, 28))),
    ("The decree took effect on March 2; the preceding Sunday, unions marched in Lima.", ("Protest", "lima", dt.date(2022, 2, 27))),
    (f"The talks collapsed on February 22. The following Friday, {_BORIC} met {_FERNANDEZ} in Santiago.",
     ("Meeting", "santiago", dt.date(2022, 2, 25))),
    pytest.param("Thousands marched in Lima on Friday, February 25, and again the following Tuesday in Cusco.",
                 ("Protest", "cusco", dt.date(2022, 3, 1)), marks=pytest.mark.xfail(
                     reason="a second day joined by 'and again' in one sentence: the parser hangs it on the first verb,"
                            " whose day Cusco takes (protest_days.and_day reads 'and on Tuesday')", strict=True)),
])
def test_the_following_weekday(nlp: Any, text: str, want: tuple[str, str, dt.date]) -> None:
    assert want in _events(nlp, text)


def test_the_following_weekday_without_a_day_before_is_no_day() -> None:
    """With no day named before it, "the following Monday" tells no day (it is dropped like "the next day");
    "next Monday" without "the" is still the Monday after publication."""
    assert [d.text for d in find_dates("The following Monday, police detained 40.")] == ["The following Monday"]
    assert _days("They meet next Monday.") == [("next Monday", "2022-03-14")]


# Battery 10 (before: 4 of 8 fail; after: 7 pass, 1 xfail): a weekday's possessive names the day of its noun ("against Sunday's election
# result", "marked Sunday's anniversary", "to denounce Sunday's killing of a journalist"), not the protest's,
# unless the noun is the event ("Sunday's march", "dispersed Sunday's rally"). A second, dated protest follows.
@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), [
    ("Thousands protested in Lima against Sunday's election result.", None),
    ("Crowds in Lima marked Sunday's anniversary of the massacre with a march.", None),
    ("Protesters in Lima rejected Sunday's decree with a march to Congress.", None),
    ("Students marched in Lima to denounce Sunday's killing of a journalist.", None),
    ("Sunday's march in Lima drew thousands.", _SUNDAY),
    ("Police dispersed Sunday's rally in Lima with tear gas.", _SUNDAY),
    ("Thousands joined Sunday's protest in Lima.", _SUNDAY),
    pytest.param("Protests, the largest since Sunday's election, spread to Lima.", None, marks=pytest.mark.xfail(
        reason="undated, the protests that 'spread to Lima' become the country's (a rule of protest places), dated by the"
               " next sentence's protest", strict=True)),
])
def test_a_weekdays_possessive_names_its_nouns_day(nlp: Any, text: str, want: dt.date | None) -> None:
    got = _events(nlp, text + _LATER)
    assert ("Protest", "lima", want) in got and ("Protest", "tacna", dt.date(2022, 3, 7)) in got
