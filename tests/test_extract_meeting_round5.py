"""Meetings told in general English constructions (issue 10, item 4), fifth round: a dateline's
town printed in brackets ("(GENEVA) --", AP copy on ABC News) places the talks the report tells with
no town; a generic seat ("the Presidential Palace") is in the capital just named; heads of state "at
the talks" just told take part in them; negotiations appealed for beside other demands are none; the
place of what talks are "on" is not theirs; a caption that orders the people shown is furniture;
talks "on the sidelines of" a gathering are in its town; "is in X for a state visit" is a visit, and a
journey "to X for talks" places the talks with that country's leader; those who follow or skip a
meeting are not its parties; a letter or invitation received is no guest. Real spaCy pipeline; every sentence is invented for these tests.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

KISHIDA_YOON = frozenset({"Fumio Kishida", "Yoon Suk Yeol"})


@pytest.mark.parametrize("text, city", [
    ("(SEOUL) \u2014 The two leaders met on Sunday.", "Seoul"),
    ("(NEW DELHI) -- Talks went on late into the night.", "New Delhi"),
    ("(AP) \u2014 The two leaders met on Sunday.", None),
    ("(AFP) - The two leaders met on Sunday.", None),
    ("(CNN) -- The two leaders met on Sunday.", None),
    ("(Newser) \u2013 The two leaders met on Sunday.", None),
])
def test_a_dateline_town_in_brackets(text: str, city: str | None) -> None:
    from kg.extract.furniture import dateline_city

    assert dateline_city(text) == city


@pytest.mark.model
def test_talks_with_no_town_take_the_bracketed_dateline_s(nlp: Any) -> None:
    text = ("(SEOUL) \u2014 Japanese Prime Minister Fumio Kishida holds talks with South Korean President "
            "Yoon Suk Yeol on Sunday in a bid to mend ties.\n")
    assert _events(text, "2023-05-08") == [(KISHIDA_YOON, "Seoul", dt.date(2023, 5, 7))]


ZELENSKY_SANDU = frozenset({"Volodymyr Zelensky", "Maia Sandu"})
_CHISINAU = ("Ukrainian President Volodymyr Zelensky met Moldovan President Maia Sandu for the first time on Tuesday "
             "in Chisinau. Ukraine has sought more support from its neighbours since the war began.\n\n")


@pytest.mark.model
def test_a_generic_seat_is_in_the_capital_just_named_not_the_article_s(nlp: Any) -> None:
    text = _CHISINAU + "The two leaders, who discussed energy supplies to Ukraine, held their talks at the Presidential Palace.\n"
    assert _events(text, "2023-05-10") == [(ZELENSKY_SANDU, "Chisinau", dt.date(2023, 5, 9))]


@pytest.mark.model
def test_heads_of_state_at_the_talks_just_told_take_part_in_them(nlp: Any) -> None:
    text = _CHISINAU + ("Polish President Andrzej Duda, who flew in on Monday, and Romanian President Klaus Iohannis were at "
                        "the talks, which took place at the Presidential Palace.\n")
    got = _events(text, "2023-05-10")
    assert got == [(ZELENSKY_SANDU | {"Andrzej Duda", "Klaus Iohannis"}, "Chisinau", dt.date(2023, 5, 9))]


@pytest.mark.model
@pytest.mark.parametrize("joined, extra", [
    ("Indonesian President Joko Widodo also attended the meeting, officials said.", {"Joko Widodo"}),
    ("Indonesian President Joko Widodo was also present at the meeting.", {"Joko Widodo"}),
    ("Foreign Minister Yoshimasa Hayashi and his counterpart Park Jin joined the talks.", set()),  # aides: no party
])
def test_who_joins_the_talks_just_told(nlp: Any, joined: str, extra: set[str]) -> None:
    text = f"Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met on Monday in Tokyo.\n\n{joined}\n"
    assert _events(text, "2023-05-10") == [(KISHIDA_YOON | extra, "Tokyo", dt.date(2023, 5, 8))]


@pytest.mark.model
def test_negotiations_appealed_for_beside_an_end_to_violence_are_no_meeting(nlp: Any) -> None:
    text = ("The African Union and the Arab League appealed for an end to the fighting, as well as dialogue and "
            "negotiations to resolve the crisis.\n")
    assert _events(text, "2023-05-10") == []


@pytest.mark.model
def test_the_place_inside_what_talks_are_on_is_not_their_place(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met for talks on the dispute "
            "over forced labour in Korea.\n")
    assert _events(text, "2023-05-10") == [(KISHIDA_YOON, None, None)]


@pytest.mark.parametrize("line, caption", [
    ("epa01234567 (L-R) Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol arrive.", True),
    ("(From left) Fumio Kishida, Yoon Suk Yeol and Joe Biden pose for a photo.", True),
    ("Fumio Kishida (left) and Yoon Suk Yeol met on Sunday.", False),
])
def test_a_photo_caption_that_orders_the_people_shown_is_furniture(line: str, caption: bool) -> None:
    from kg.extract.furniture import is_furniture

    assert is_furniture(line) is caption


ERDOGAN_KRISTERSSON = frozenset({"Recep Tayyip Erdogan", "Ulf Kristersson"})


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson met on the sidelines of a "
     "NATO summit in Vilnius.\n", "Vilnius"),
    ("A meeting between Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson on the "
     "sidelines of the NATO summit in Vilnius ended without a deal.\n", "Vilnius"),
    ("Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson met on the sidelines of "
     "talks on the war in Ukraine.\n", None),
])
def test_talks_on_the_sidelines_of_a_gathering_are_in_its_town(nlp: Any, text: str, place: str | None) -> None:
    (m,) = _events(text, "2024-03-14")
    assert m[:2] == (ERDOGAN_KRISTERSSON, place)


@pytest.mark.model
def test_one_in_a_town_for_a_state_visit_visits_it_and_his_talks_are_there(nlp: Any) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed is in Nairobi for a two-day state visit. On Wednesday, he held talks "
            "with Kenyan President William Ruto.\n")
    assert _events(text, "2024-03-14") == [(frozenset({"Abiy Ahmed", "William Ruto"}), "Nairobi", dt.date(2024, 3, 13))]
    assert _events(text, "2024-03-14", "Visit") == [(frozenset({"Abiy Ahmed"}), "Nairobi", None)]


@pytest.mark.model
def test_a_journey_for_talks_places_the_talks_with_the_host_of_that_country_only(nlp: Any) -> None:
    text = ("Japanese Prime Minister Fumio Kishida said South Korean President Yoon Suk Yeol had been frank during "
            "their talks Monday.\n\nAustralian Prime Minister Anthony Albanese called his own talks with Kishida "
            "fruitful.\n\n\"Diplomacy is slow,\" Kishida said, adding that is why he decided to go to Seoul for "
            "direct talks.\n")
    meetings = _events(text, "2024-03-14")
    assert (KISHIDA_YOON, "Seoul", dt.date(2024, 3, 11)) in meetings
    assert (frozenset({"Fumio Kishida", "Anthony Albanese"}), None, None) in meetings
    assert _events(text, "2024-03-14", "Visit") == [(frozenset({"Fumio Kishida"}), "Seoul", None)]


ODINGA_MUSYOKA = frozenset({"Raila Odinga", "Kalonzo Musyoka"})


@pytest.mark.model
@pytest.mark.parametrize("text, got", [
    ("Kenyan opposition leaders Raila Odinga and Kalonzo Musyoka went to State House to follow the meeting.\n", []),
    ("Kenyan opposition leaders Raila Odinga and Kalonzo Musyoka will skip the summit.\n", []),
    ("Kenyan opposition leaders Raila Odinga and Kalonzo Musyoka attended the meeting.\n", [(ODINGA_MUSYOKA, None, None)]),
])
def test_those_who_follow_or_skip_a_meeting_are_not_its_parties(nlp: Any, text: str, got: list[Any]) -> None:
    assert _events(text, "2024-03-14") == got


@pytest.mark.model
def test_a_letter_or_an_invitation_received_is_no_guest(nlp: Any) -> None:
    text = ("Kenyan President William Ruto will meet opposition leader Raila Odinga on Monday. Odinga said on Friday "
            "that he had received the invitation that the president's office sent on Wednesday.\n")
    assert _events(text, "2024-03-09") == [(frozenset({"William Ruto", "Raila Odinga"}), None, dt.date(2024, 3, 11))]


@pytest.mark.model
def test_two_titled_leaders_parsed_with_the_first_as_a_modifier_of_the_second_both_meet(nlp: Any) -> None:
    text = ("Kishida and Yoon hold talks in Seoul\n\nJapanese Prime Minister Fumio Kishida and South Korean President "
            "Yoon Suk Yeol held talks on Tuesday to mend ties.\n")
    assert _events(text, "2024-03-14") == [(frozenset({"Kishida", "Yoon"}), "Seoul", dt.date(2024, 3, 12))]


@pytest.mark.model
def test_a_meeting_one_is_to_hold_on_a_weekday_is_the_next_one(nlp: Any) -> None:
    text = "Japanese Prime Minister Fumio Kishida is to meet South Korean President Yoon Suk Yeol in Seoul on Friday.\n"
    assert _events(text, "2024-03-14") == [(KISHIDA_YOON, "Seoul", dt.date(2024, 3, 15))]


@pytest.mark.parametrize("text, city", [
    ("Ashton: Yanukovych Promised Solution Within 24 Hours\n\nThe talks went on.", None),  # a speaker's headline
    ("Putin: West Must Stop Arming Kyiv\n\nThe talks went on.", None),
    ("New Delhi: Prime Minister Narendra Modi on Tuesday said the talks went well.", "New Delhi"),
    ("WATCH: The minister visits the square.", None),
    ("Geneva [Switzerland], June 16 (ANI): The two leaders met.", "Geneva"),
    ("New Delhi, April 28 (PTI) Prime Minister Narendra Modi met Xi Jinping.", "New Delhi"),
    ("Wuhan (China), April 27 (IANS) Prime Minister Narendra Modi met Xi Jinping.", "Wuhan"),
    ("Kyiv, 8 February 2022, 15:20 - The two leaders met.", "Kyiv"),
    ("MOSCOW, February 7 (Reuters) - The two leaders met.", "Moscow"),
    ("On Monday, April 28 (local time) he said the talks went well.", None),
])
def test_datelines_of_more_agencies_and_headlines_that_are_none(text: str, city: str | None) -> None:
    from kg.extract.furniture import dateline_city

    assert dateline_city(text) == city
