"""Page furniture never reaches the parser, and a date header still dates the article."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.articles import parse_article
from kg.extract.furniture import dateline_city, is_furniture


@pytest.mark.parametrize("line", [
    "0 SHARES Share Tweet", "Share:", "Spread This News", "Skip to content", "Website Logo", "x",
    "Article content", "Article content continued", "By Associated Press", "By: Jane Doe", "Jane Doe By",
    "Express News Service", "Thursday, 3rd October 2019", "\u2022 Tuesday, May 09, 2023", "March 27, 2023Tweet",
    "By January 9, 2023", "Published on July 19, 2024 by someone", "Updated 07/19/2024",
    "Protesters at a square, July 9, 2022. AP/Jane Doe", "Police fired tear gas in the capital. / AFP",
    "A man stands next to a burning bus in Karachi, May 9, 2023 (Photo: Reuters)",
    "Protesters rally in the capital on Saturday. \u00a9 Jane Doe, AFP",
    "Visa free travel to Ruritania revoked for Freedonia... -", "Read alsoPresident meeting with Rutte, Scholz in Vienna", "Register now for FREE unlimited access to", "- Finance minister announces new budget for the co...",
])
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Police fired tear gas on Friday to disperse thousands of protesters, witnesses said.",
    "By nightfall, tens of thousands had gathered in the main square of the capital.",
    "The president said on Monday he would resign.",
    "Tens of thousands rally in Leon for closer trade ties",
    'He told the crowd: "We will see..."', "Police fired tear gas. Then the crowd ran...",
])
def test_reporting_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_store_date_prefix_is_masked_and_dates_the_article() -> None:
    a = parse_article(" date 2019-03-01 Police in Algiers on Friday fired tear gas at protesters.\n")
    assert a.published == dt.date(2019, 3, 1)
    assert a.analysed.strip().startswith("Police in Algiers")
    assert len(a.analysed) == len(a.text)


def test_date_header_dates_the_article_and_gives_no_text() -> None:
    text = "At least 11 killed in southern Iraq\nThursday, 3rd October 2019\n\nPolice said on Thursday that 11 died.\n"
    a = parse_article(text)
    assert a.published == dt.date(2019, 10, 3)
    assert "October" not in a.analysed


@pytest.mark.parametrize("header", ["(last modified 2022-05-06T10:00:00+00:00 )\nMar 3, 2020 08:16 UTC",
                                    "Mar 3, 2020, 9:46 PM | Updated: Mar 4, 2020, 10:22 pm"])
def test_a_modified_or_updated_date_is_not_the_day_of_publication(header: str) -> None:
    a = parse_article(f"Crowds march in the capital\n{header}\n\nThousands marched on Monday against the law.\n")
    assert a.published == dt.date(2020, 3, 3)


def test_front_matter_date_wins_over_a_date_header() -> None:
    a = parse_article("---\npublished: 2020-01-02\n---\nMarch 27, 2023\nPolice said the crowd was calm.\n")
    assert a.published == dt.date(2020, 1, 2)


def test_hard_wrapped_paragraph_is_one_text_but_lists_are_not() -> None:
    wrapped = ("BANGKOK, July 18 (Reuters) - Around 2,500 protesters on\nSaturday evening demanded the resignation"
               " of the\ngovernment, defying a ban on gatherings in one of the\nlargest demonstrations in years.\n")
    a = parse_article(wrapped)
    assert a.analysed.count("\n") == 1 and a.text.count("\n") == 4
    bullets = ("Headline of the story\n\n  \u2022 President flees hours before planned resignation\n"
               "  \u2022 Protesters demand ouster of the prime minister\n  \u2022 Emergency declared, then rolled back\n")
    assert parse_article(bullets).analysed.count("\n") == bullets.count("\n")


@pytest.mark.parametrize(("text", "city"), [
    ("BANGKOK, July 18 (Reuters) - Around 2,500 protesters marched.", "Bangkok"),
    ("ISLAMABAD: Officials from the party say he has been arrested.", "Islamabad"),
    ("New Delhi: Prime Minister Narendra Modi met President Xi.", "New Delhi"),
    ("S\u00e3o Paulo, Brazil \u2014 The court ordered the suspension of the governor.", "S\u00e3o Paulo"),
    ("By: Jane Doe\n\nCOLOMBO, Sri Lanka \u2014 Protesters stormed the residence.", "Colombo"),
    ("Details: Kim Jong Un arrived by train at the station.", None),
    ("Putin said: the talks were useful.", None),
    ("Share:\n\nLusaka-Tens of thousands marched.\n\nPolice in Lusaka said 15,000 took part.", "Lusaka"),
    ("Lusaka-Tens of thousands marched.", None),  # a glued town is trusted when it is named again
    ("Franco-German talks began. Franco was there.", None),
    ("Jean-Pierre Raffarin said so. Jean is here.", None),
    # the TASS style closes with the agency between slashes, and no dash
    ("VILNIUS, March 3. /TASS/. The two ministers met for an hour.", "Vilnius"),
    (" date 2021-03-03 Vilnius, 3 March 2021 /BNS/. The two ministers met.", "Vilnius"),
    ("Putin, Kim and their aides met at the site.", None),
])
def test_dateline_city(text: str, city: str | None) -> None:
    assert dateline_city(text) == city


@pytest.mark.parametrize("line", [
    # agency captions whose credit says "photo" run to three sentences
    "Marchers gather outside the cathedral in Leon, Ruritania, Saturday, May 4, 2024. The march was called by"
    " the bishops as a day of prayer. After the largest protests in decades the government has been left"
    " weakened but still in control of the police and the courts. (AP Photo/Jane Doe)",
    "Students march in the capital. (AP Photo/ Photo/John Roe)", "Crowds outside the palace. (Reuters)",
    "Graffiti and protests this Wednesday in Leon. AFP photo.", "Marchers on the bridge on Saturday. Photo: Jane Doe /",
    "Riot police face marchers in the capital. Image Credit: AP", "Police detain a man. EFE-EPA/JOHN ROE",
    # a caption with no credit: place, country and full date close the line
    "Protesters gather in front of the ruling party headquarters in Leon, Ruritania, Tuesday Oct. 3, 2017.",
    "Demonstrators block a highway in Jal el-Dib, Lebanon, October 23, 2019.",
    # a credit on a line of its own
    "(Associated Press)", "(AP Photo/Jane Doe)", "Reuters Graphics", "AFP",
])
def test_captions_and_credits_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The opposition leader said police had detained him (Reuters).",
    "The summit was held in Geneva, Switzerland, on June 16, 2021.",
    "He told reporters in Paris, France, on Tuesday, Dec. 10, 2019, that the talks had gone well.",
    "Photographers said the police had beaten them outside the court in the capital on Friday evening, and"
    " that several of their cameras were broken by officers who then detained three of them for hours.",
])
def test_sentences_near_captions_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_caption_whose_credit_is_the_next_line_gives_no_facts() -> None:
    text = ("Marchers celebrate in front of the palace in the capital after the prime minister resigned on Tuesday.\n"
            "(Associated Press)\n\nThe prime minister of Ruritania said on Tuesday he would resign.\n")
    a = parse_article(text)
    assert "Marchers" not in a.analysed and "Associated" not in a.analysed
    assert "would resign" in a.analysed


def test_a_dateline_day_in_either_order() -> None:
    from kg.extract.furniture import dateline_date_span

    for text, day in (("VILNIUS, March 3. /TASS/. The ministers met.", "March 3"),
                      ("Vilnius, 3 March 2021 \u2014 The ministers met.", "3 March 2021")):
        span = dateline_date_span(text)
        assert span is not None and text[span[0]:span[1]] == day


@pytest.mark.parametrize("line", [
    # a credit in square brackets closes the caption
    "Marchers rally against the decision to delay the vote in Leon, Ruritania on 15 March 2024 [Jane Doe/Anadolu Agency]",
    "Protesters gather outside parliament in the capital on Tuesday [File: John Roe/Reuters]",
    # an embedded tweet's signature and picture link
    "\u2014 Jane Doe (@janedoe) January 8, 2023", "pic.twitter.com/abcDEF123",
])
def test_bracket_credits_and_tweet_signatures_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["He said the talks were useful [sic].", "The talks began on [Monday] in Leon."])
def test_brackets_in_reporting_are_not_credits(line: str) -> None:
    assert not is_furniture(line)


def test_a_dash_credit_caption_printed_twice_gives_no_facts_but_a_closing_credit_stays() -> None:
    cap = "LEON: Marchers hold hands along the coast on a highway north of Leon.\u2014AFP"
    text = (f"Marchers form a human chain\n\n{cap}\n{cap}\n\nLEON: Thousands of marchers formed a chain on Sunday.\n\n"
            "Police said the crowd was calm.\u2014Reuters\n")
    a = parse_article(text)
    assert "highway" not in a.analysed
    assert "crowd was calm" in a.analysed


def test_a_tweet_signature_is_furniture_and_its_date_no_date_header() -> None:
    text = ("Crowds storm the buildings\n\nLeon: Police arrested 400 people, the governor said.\n"
            "He tweeted: a text in another language.\n\u2014 Jane Doe (@janedoe) January 8, 2023\n"
            "The crowds stormed the buildings on Sunday.\n")
    a = parse_article(text)
    assert a.published == dt.date(2023, 1, 8) and "@janedoe" not in a.analysed  # the fallback, not a header
    b = parse_article(f"Crowds storm the buildings\nJanuary 10, 2023\n{text.split(chr(10), 1)[1]}")
    assert b.published == dt.date(2023, 1, 10)


@pytest.mark.parametrize(("header", "day"), [("Updated 03:50, 17-Jun-2021\n\nIn Leon,", dt.date(2021, 6, 17)),
                                             ("Share\n\n10 December 2019From the summit", dt.date(2019, 12, 10))])
def test_other_date_headers(header: str, day: dt.date) -> None:
    a = parse_article(f"Leaders meet in the capital\n{header} the four leaders met for eight hours in the palace "
                      "and agreed on a ceasefire and an exchange of prisoners by the end of the year.\n")
    assert a.published == day and "December" not in a.analysed


def test_a_month_only_store_line_is_completed_from_the_text_but_a_bare_text_date_is_not_the_page_date() -> None:
    a = parse_article(" date 2019-01 The opposition leader declared himself president on January 23, 2019, in Leon.\n")
    assert a.published == dt.date(2019, 1, 23)
    b = parse_article(" date 2019-01 LEON, January 23 (Reuters) - The opposition leader declared himself president.\n")
    assert b.published == dt.date(2019, 1, 23)
    c = parse_article("The opposition leader declared himself president on January 23, 2019, in Leon, before a crowd of"
                      " tens of thousands of supporters.\n")
    assert c.published is None and c.anchor == dt.date(2019, 1, 23)  # a day to resolve near, not the page's


@pytest.mark.parametrize(("line", "furniture"), [
    # an agency caption: a place then a full date closing the line, with no "on" (no country named)
    ("A marcher carries tyres at a barricade at the site of clashes with riot police in Leon January 25, 2014.", True),
    ("Police detained 30 people in the capital on January 25, 2014.", False),
    ("He has lived in Leon since January 25, 2014.", False),
])
def test_a_caption_closing_with_a_place_and_a_full_date(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_a_page_without_a_date_line_is_of_the_day_of_its_latest_embedded_tweet() -> None:
    text = ("Crowds storm the buildings\n\nLeon: Police arrested 400 people, the governor said.\n"
            "He tweeted: a text in another language.\n\u2014 Jane Doe (@janedoe) January 8, 2023\n"
            "The leader condemned the riot.\n\u2014 John Roe (@johnroe) January 9, 2023\n"
            "The crowds stormed the buildings on Sunday.\n")
    assert parse_article(text).published == dt.date(2023, 1, 9)


@pytest.mark.parametrize("line", [
    "Published 12:30 GMT, 22 Jan 2021", "Jan. 22, 2021 / 4:05 PM", "22/01/2021 14:05", "01/22/2021", "22.01.2021",
    "2021-01-22T14:05:00Z", "Last Updated : 22 Jan 2021, 02:05 PM IST", "Fri 22 Jan 2021 14.05 GMT", "JANUARY 22, 2021",
    "22 JAN 2021", "2021/01/22", "By Jane Doe, Wire | Published: 22 January 2021", "Jane Doe | AFP | 22-01-2021",
    "Date: 22 January 2021", "First published on Fri 22 Jan 2021 14.05 GMT",
])
def test_date_headers_in_every_common_format_date_the_page_and_are_furniture(line: str) -> None:
    a = parse_article(f"Protesters clash with police in Leon\n{line}\nPolice fired tear gas on Friday at thousands "
                      "of protesters in the capital, witnesses said.\n")
    assert a.published == dt.date(2021, 1, 22) and is_furniture(line)


def test_an_ambiguous_numeric_date_is_read_by_the_month_the_text_names_or_not_at_all() -> None:
    body = "\nPolice fired tear gas at thousands of protesters in the capital on Friday, witnesses said.\n"
    assert parse_article("Clashes in Leon\n01/02/2021" + body).published is None
    assert parse_article("Clashes in Leon\n01/02/2021" + body + "Talks are due in February.\n").published == \
        dt.date(2021, 2, 1)


def test_a_date_line_past_the_head_dates_the_page_and_a_modified_line_only_without_another() -> None:
    head = "Clashes in Leon\nA standfirst\nA caption\nJane Doe\nShare\nTweet\nMore\n"
    body = "Police fired tear gas at thousands of protesters in the capital on Friday, witnesses said.\n"
    assert parse_article(head + "April 04, 2019\n" + body).published == dt.date(2019, 4, 4)
    assert parse_article(head + body + "April 04, 2019 police said.\n").published is None
    assert parse_article("Clashes\n(last modified 2021-04-13T07:22:40+00:00 )\nMar 30, 2019 08:16 UTC\n" + body
                         ).published == dt.date(2019, 3, 30)
    assert parse_article("Clashes\n(last modified 2021-04-13T07:22:40+00:00 )\n" + body).published == \
        dt.date(2021, 4, 13)


def test_an_anchor_is_the_latest_full_date_the_text_reports_not_a_plan() -> None:
    a = parse_article("Riot police stood at a barricade in central Leon on January 25, 2014, as thousands of protesters "
                      "gathered.\nThe opposition held talks on Saturday.\nA vote is scheduled for February 3, 2014, the "
                      "speaker said.\n")
    assert a.published is None and a.anchor == dt.date(2014, 1, 25)
    assert parse_article("The opposition held talks on Saturday in the capital, its leader said.\n").anchor is None


@pytest.mark.parametrize(("text", "city"), [
    ("AFP \u2013 Leon The main group of protesters called a countrywide strike.", "Leon"),
    ("(EFE) - Lima: Thousands marched against the new tax.", "Lima"),
    ("AFP \u2013 Santa Cruz, Ruritania \u2013 Thousands marched.", "Santa Cruz"),
    ("AP - Police fired tear gas at marchers.", None),
    ("Reuters - Protesters marched in Lima.", None),
])
def test_a_dateline_with_the_agency_before_the_town(text: str, city: str | None) -> None:
    assert dateline_city(text) == city
    if city:  # the dateline is masked: neither the agency nor the town is read as the lead's subject
        assert parse_article(text + "\n").analysed.split()[0] in ("The", "Thousands")


@pytest.mark.parametrize(("header", "day"), [
    ("Monday 08/03/2021", "2021-03-08"),  # the weekday tells day-first from month-first
    ("Tue 03/08/2021 10:32", "2021-08-03"),
    ("12.03.2021 | 10:32", "2021-03-12"),  # dots: day first
    ("Published 12/03/2021 | Updated 14/03/2021", "2021-03-12"),  # the page's other date reads one way only
    ("Published: 12 March ,2021: 10:32 AM GST", "2021-03-12"),
    ("Posted by Jane Doe on March 12, 2021", "2021-03-12"),  # a byline's "by" is no deadline
    ("March 12, 20213:05 PM GMTUpdated 2 years ago", "2021-03-12"),  # a scraper glued the time to the year
    ("12 Mar 202112 Mar 2021", "2021-03-12"),  # ... or the date to itself
    ("March 12, 2021 10:32 AM UTCUpdated ago", "2021-03-12"),
    ("Published: 12/03/2021", None),  # nothing tells 12 March from 3 December
])
def test_numeric_and_byline_date_headers(header: str, day: str | None) -> None:
    a = parse_article(f"Protesters clash with police in the capital\n{header}\nPolice fired tear gas on Tuesday.\n")
    assert str(a.published) == str(day)
    assert "2021" not in a.analysed
