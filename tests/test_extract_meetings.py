"""Meetings and visits from the constructions news reports use (issue 10), with the real
spaCy pipeline. The sentences are written for these tests; none is copied from an article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


pytestmark = pytest.mark.model


def _events(nlp: Any, text: str, published: str, kind: str) -> list[tuple[set[str], str | None, dt.date | None, str | None]]:
    """(participants, place, date, host) of each event of ``kind``, by name."""
    from kg.extract.api import extract_text

    facts = extract_text(text, published=published)
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [({names[p] for p in e["participants"]}, names.get(e.get("place")), e.get("date"), names.get(e.get("host")))
            for e in facts["events"] if e["type"] == kind]


def test_talks_with_someone_are_a_meeting_of_the_clause_subject(nlp: Any) -> None:
    text = ("Nikol Pashinyan was freed on Tuesday after he had been held on Sunday after failing to reach a deal "
            "in short talks with Serzh Sargsyan.\n")
    (m,) = _events(nlp, text, "2018-04-24", "Meeting")
    assert m[0] == {"Nikol Pashinyan", "Serzh Sargsyan"} and m[2] == dt.date(2018, 4, 22)


def test_they_sat_down_for_talks_and_the_historic_summit_is_left_out(nlp: Any) -> None:
    text = ("Joe Biden and his Russian counterpart Vladimir Putin seemed calm on Wednesday when they sat down for "
            "talks in a villa by the lake in Geneva.\n\n"
            "The city also hosted the 1985 meeting between Ronald Reagan and Mikhail Gorbachev.\n")
    (m,) = _events(nlp, text, "2021-06-16", "Meeting")
    assert m[:3] == ({"Joe Biden", "Vladimir Putin"}, "Geneva", dt.date(2021, 6, 16))


def test_a_summit_attended_by_others_and_a_bilateral_session_apart(nlp: Any) -> None:
    text = ("Vladimir Putin and Volodymyr Zelensky agreed to swap prisoners during a summit in Paris on Monday, "
            "also attended by Angela Merkel and Emmanuel Macron.\n\n"
            "After the summit, Zelensky is scheduled to separately meet with Putin.\n")
    got = _events(nlp, text, "2019-12-10", "Meeting")
    assert ({"Vladimir Putin", "Volodymyr Zelensky", "Angela Merkel", "Emmanuel Macron"}, "Paris", dt.date(2019, 12, 9),
            None) in got
    assert any(m[0] == {"Vladimir Putin", "Volodymyr Zelensky"} for m in got) and len(got) == 2


def test_a_summit_of_leaders_listed_by_apposition(nlp: Any) -> None:
    text = ("A summit of four leaders - Angela Merkel of Germany, Emmanuel Macron of France, Vladimir Putin of "
            "Russia and Volodymyr Zelensky of Ukraine - opened in Paris.\n")
    (m,) = _events(nlp, text, "2019-12-09", "Meeting")
    assert m[0] == {"Volodymyr Zelensky", "Vladimir Putin", "Angela Merkel", "Emmanuel Macron"} and m[1] == "Paris"


def test_the_summit_told_again_lends_its_place_and_date(nlp: Any) -> None:
    text = ("Emmanuel Macron and Olaf Scholz held talks on energy prices.\n\n"
            "At the summit in Berlin on Tuesday, the two leaders also agreed to meet again.\n")
    got = _events(nlp, text, "2022-10-27", "Meeting")
    assert ({"Emmanuel Macron", "Olaf Scholz"}, "Berlin", dt.date(2022, 10, 25), None) in got


def test_the_same_pair_on_two_days_is_two_meetings(nlp: Any) -> None:
    text = ("Narendra Modi met Xi Jinping in Wuhan on Friday.\n\n"
            "On Saturday, both leaders are expected to spend more time together in informal talks.\n")
    got = _events(nlp, text, "2018-04-27", "Meeting")
    assert sorted(m[2] for m in got if m[0] == {"Narendra Modi", "Xi Jinping"}) == [dt.date(2018, 4, 27),
                                                                                     dt.date(2018, 4, 28)]


def test_a_visit_on_which_someone_is_takes_the_town_of_the_talks(nlp: Any) -> None:
    text = ("Narendra Modi, who is on a three-day visit to China, has met Xi Jinping in Wuhan.\n\n"
            "Modi was welcomed by Xi at a museum.\n")
    (v,) = _events(nlp, text, "2018-04-27", "Visit")
    assert v == ({"Narendra Modi"}, "Wuhan", None, "Xi Jinping")


def test_received_by_officials_is_a_visit_hosted_by_the_other_leader(nlp: Any) -> None:
    text = ("The summit between Narendra Modi and Xi Jinping began in Wuhan on Friday.\n\n"
            "Modi, who arrived shortly after midnight, was received by senior officials.\n")
    (v,) = _events(nlp, text, "2018-04-28", "Visit")
    assert v == ({"Narendra Modi"}, "Wuhan", dt.date(2018, 4, 27), "Xi Jinping")


def test_two_guests_welcomed_by_a_host_and_a_trip_made_to_meet(nlp: Any) -> None:
    text = ("Joe Biden and Vladimir Putin shook hands before a summit in Geneva.\n\n"
            "The two men were welcomed to the lakeside villa by Guy Parmelin.\n\n"
            "Emmanuel Macron, who will be in Kiev tomorrow to meet Volodymyr Zelensky, spoke to reporters.\n")
    got = _events(nlp, text, "2021-06-16", "Visit")
    assert ({"Joe Biden"}, "Geneva", None, "Guy Parmelin") in got and ({"Vladimir Putin"}, "Geneva", None, "Guy Parmelin") in got
    assert ({"Emmanuel Macron"}, "Kyiv", dt.date(2021, 6, 17), "Volodymyr Zelensky") in got


def test_a_meeting_of_an_earlier_year_and_a_speaker_condemning_talks_are_no_meetings(nlp: Any) -> None:
    text = ("In May 2015, during his first visit to China, Modi was greeted by Xi Jinping in Xian.\n\n"
            "Svetlana Tikhanovskaya condemned Vladimir Putin for negotiating with Alexander Lukashenko.\n")
    assert _events(nlp, text, "2018-04-28", "Visit") == []
    assert all("Svetlana Tikhanovskaya" not in m[0] for m in _events(nlp, text, "2018-04-28", "Meeting"))


def test_place_through_locative_phrases_and_a_seat_named_as_a_venue(nlp: Any) -> None:
    text = ("The summit between Joe Biden and Vladimir Putin took place at a villa in Geneva on Wednesday.\n\n"
            "Emmanuel Macron received Olaf Scholz at the Elysee Palace on Sunday.\n")
    got = _events(nlp, text, "2021-06-16", "Meeting")
    assert ({"Joe Biden", "Vladimir Putin"}, "Geneva", dt.date(2021, 6, 16), None) in got
    assert ({"Emmanuel Macron", "Olaf Scholz"}, "Paris", dt.date(2021, 6, 13), None) in got
    assert ({"Olaf Scholz"}, "Paris", dt.date(2021, 6, 13), "Emmanuel Macron") in _events(nlp, text, "2021-06-16", "Visit")


def test_greeted_at_a_venue_and_a_visiting_minister(nlp: Any) -> None:
    text = ("Vladimir Putin greeted Kim Jong Un with a handshake at the Vostochny cosmodrome on Wednesday.\n\n"
            "Wang Yi spoke in Beijing after a meeting with visiting Foreign Minister Sushma Swaraj.\n")
    meetings = _events(nlp, text, "2023-09-13", "Meeting")
    assert ({"Vladimir Putin", "Kim Jong Un"}, "Vostochny cosmodrome", dt.date(2023, 9, 13), None) in meetings
    assert any(m[0] == {"Wang Yi", "Sushma Swaraj"} and m[1] == "Beijing" for m in meetings)
    visits = _events(nlp, text, "2023-09-13", "Visit")
    assert ({"Kim Jong Un"}, "Vostochny cosmodrome", dt.date(2023, 9, 13), "Vladimir Putin") in visits
    assert any(v[0] == {"Sushma Swaraj"} and v[1] == "Beijing" for v in visits)


def test_a_meeting_at_a_summit_is_not_a_meeting_with_its_host_body(nlp: Any) -> None:
    text = ("Antony Blinken met with Wang Yi on the sidelines of the G20 summit in Bali on Saturday.\n\n"
            "Following a meeting with Viktor Orban in Budapest, Benjamin Netanyahu said the two countries were close.\n\n"
            "In 2015, Narendra Modi met Xi Jinping in Xian.\n")
    got = _events(nlp, text, "2023-03-22", "Meeting")
    assert sorted(sorted(m[0]) for m in got) == [["Antony Blinken", "Wang Yi"], ["Benjamin Netanyahu", "Viktor Orban"]]
    assert ({"Antony Blinken", "Wang Yi"}, "Bali", dt.date(2023, 3, 18), None) in got


def test_his_trip_is_the_trip_of_the_one_making_it(nlp: Any) -> None:
    text = ("Alexander Lukashenko arrived in Sochi, where Vladimir Putin has a residence, making his first foreign "
            "trip since the election.\n\nLukashenko and Putin met on Monday.\n")
    got = _events(nlp, text, "2020-09-14", "Visit")
    assert [v[0] for v in got] == [{"Alexander Lukashenko"}] and got[0][1] == "Sochi" and got[0][3] == "Vladimir Putin"


def test_four_leaders_listed_as_subject_and_an_invitation_is_no_visit(nlp: Any) -> None:
    text = ("Angela Merkel, Emmanuel Macron, Vladimir Putin and Volodymyr Zelensky met in Paris on Monday.\n\n"
            "Kim Jong Un invited Vladimir Putin to visit North Korea, the Kremlin said.\n")
    (m,) = _events(nlp, text, "2019-12-10", "Meeting")
    assert m == ({"Angela Merkel", "Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelensky"}, "Paris",
                 dt.date(2019, 12, 9), None)
    assert _events(nlp, text, "2019-12-10", "Visit") == []


def test_talks_at_a_venue_and_in_its_town_are_one_meeting_in_the_town(nlp: Any) -> None:
    text = ("Joe Biden and Vladimir Putin met at the Villa La Grange on Wednesday. Earlier, Biden and Putin shook "
            "hands before the talks in Geneva.\n")
    assert _events(nlp, text, "2021-06-17", "Meeting") == [({"Joe Biden", "Vladimir Putin"}, "Geneva", dt.date(2021, 6, 16), None)]


def test_an_arrival_in_the_country_does_not_date_later_talks(nlp: Any) -> None:
    text = ("Vladimir Putin met Kim Jong Un at the Vostochny cosmodrome.\n\n"
            "Kim Jong Un arrived in Russia on Tuesday by armoured train.\n")
    (m,) = _events(nlp, text, "2023-09-13", "Meeting")
    assert m[:3] == ({"Vladimir Putin", "Kim Jong Un"}, "Vostochny cosmodrome", None)
    assert ({"Kim Jong Un"}, "Russia", dt.date(2023, 9, 12), None) in _events(nlp, text, "2023-09-13", "Visit")


def test_a_titled_subject_with_its_country_meets_through_the_name_in_apposition(nlp: Any) -> None:
    text = "Lebanon's Prime Minister Saad Hariri met with President Michel Aoun on Sunday as protests went on.\n"
    (m,) = _events(nlp, text, "2019-10-21", "Meeting")
    assert m[0] == {"Saad Hariri", "Michel Aoun"} and m[2] == dt.date(2019, 10, 20)


def test_meetings_refused_called_for_or_of_an_earlier_year_are_none(nlp: Any) -> None:
    pub = "2023-09-13"
    assert _events(nlp, "Nikol Pashinyan refused to meet Serzh Sargsyan on Saturday.\n", pub, "Meeting") == []
    assert _events(nlp, "Juan Guaido called for talks with Nicolas Maduro on Friday.\n", pub, "Meeting") == []
    assert _events(nlp, "Kim Jong Un last visited Russia in 2019, when he met Vladimir Putin in Vladivostok.\n", pub,
                   "Meeting") == []


def test_his_counterpart_named_in_apposition_and_a_summit_hosted_and_attended_by_others(nlp: Any) -> None:
    text = ("Russian President Vladimir Putin and his Ukrainian counterpart Volodymyr Zelensky met in Paris on Monday, "
            "at a summit hosted by French President Emmanuel Macron and attended by German Chancellor Angela Merkel.\n")
    (m,) = _events(nlp, text, "2019-12-10", "Meeting")
    assert m == ({"Vladimir Putin", "Volodymyr Zelensky", "Emmanuel Macron", "Angela Merkel"}, "Paris",
                 dt.date(2019, 12, 9), None)


def test_the_place_of_an_event_before_it_and_a_span_of_days_are_not_the_meeting_s(nlp: Any) -> None:
    text = "Joe Biden will meet Vladimir Putin on Wednesday after the G7 summit in Cornwall.\n"
    assert _events(nlp, text, "2021-06-14", "Meeting") == [({"Joe Biden", "Vladimir Putin"}, None, dt.date(2021, 6, 16), None)]
    text = "Narendra Modi will hold an informal summit with Xi Jinping in Wuhan on April 27-28, officials said.\n"
    assert _events(nlp, text, "2018-04-22", "Meeting") == [({"Narendra Modi", "Xi Jinping"}, "Wuhan", None, None)]


def test_a_host_welcoming_two_guests_is_their_meeting_and_two_visits(nlp: Any) -> None:
    text = "Guy Parmelin welcomed Joe Biden and Vladimir Putin to Geneva on Wednesday.\n"
    assert _events(nlp, text, "2021-06-16", "Meeting") == [({"Joe Biden", "Vladimir Putin"}, "Geneva", dt.date(2021, 6, 16), None)]
    visits = _events(nlp, text, "2021-06-16", "Visit")
    assert sorted(v[0].pop() for v in visits) == ["Joe Biden", "Vladimir Putin"] and {v[3] for v in visits} == {"Guy Parmelin"}


def test_visiting_a_person_is_meeting_them_and_guests_received_after_arriving(nlp: Any) -> None:
    text = "Saad Hariri said he would visit President Michel Aoun to hand in his resignation.\n"
    assert [m[0] for m in _events(nlp, text, "2019-10-29", "Meeting")] == [{"Saad Hariri", "Michel Aoun"}]
    text = ("Joe Biden and Vladimir Putin met in Geneva on Wednesday.\n\n"
            "The two leaders arrived at the Villa La Grange and were received by Guy Parmelin.\n")
    visits = _events(nlp, text, "2021-06-17", "Visit")
    assert ({"Joe Biden"}, "Geneva", dt.date(2021, 6, 16), "Guy Parmelin") in visits
    assert ({"Vladimir Putin"}, "Geneva", dt.date(2021, 6, 16), "Guy Parmelin") in visits


def test_aides_joining_the_talks_are_not_a_meeting_nor_participants(nlp: Any) -> None:
    text = ("Joe Biden and Vladimir Putin held talks in Geneva on Wednesday, joined by Foreign Minister Sergei Lavrov "
            "and Secretary of State Antony Blinken.\n\n"
            "Ambassadors Anatoly Antonov and John Sullivan also took part in the talks.\n")
    assert _events(nlp, text, "2021-06-17", "Meeting") == [({"Joe Biden", "Vladimir Putin"}, "Geneva", dt.date(2021, 6, 16), None)]


def test_an_untagged_venue_a_pronoun_guest_and_the_summit_told_first(nlp: Any) -> None:
    text = "Vladimir Putin met Kim Jong Un at the Vostochny Cosmodrome on Wednesday.\n"
    assert [m[1] for m in _events(nlp, text, "2023-09-14", "Meeting")] == ["Vostochny Cosmodrome"]
    text = "Kim Jong Un arrived by train at the Vostochny Cosmodrome on Wednesday, where Vladimir Putin met him.\n"
    assert [m[0] for m in _events(nlp, text, "2023-09-14", "Meeting")] == [{"Kim Jong Un", "Vladimir Putin"}]
    text = ("The Russian-US summit has ended in Geneva.\n\n"
            "The talks between Vladimir Putin and Joe Biden lasted about four hours.\n")
    assert _events(nlp, text, "2021-06-17", "Meeting") == [({"Vladimir Putin", "Joe Biden"}, "Geneva", None, None)]


def test_a_pair_who_met_and_an_invitation_to_a_summit_next_year(nlp: Any) -> None:
    text = ("Narendra Modi and Xi Jinping, who met yesterday in Wuhan, will hold more talks today.\n\n"
            "Modi invited Xi Jinping to an informal summit in India next year as he began his visit on Friday.\n")
    got = _events(nlp, text, "2018-04-28", "Meeting")
    assert ({"Narendra Modi", "Xi Jinping"}, "Wuhan", dt.date(2018, 4, 27), None) in got
    assert ({"Narendra Modi", "Xi Jinping"}, "India", None, None) in got


def test_a_walk_together_and_a_dinner_hosted_for_a_guest_are_meetings(nlp: Any) -> None:
    text = "Narendra Modi and Xi Jinping took a walk together along the East Lake in Wuhan on Saturday.\n"
    assert _events(nlp, text, "2018-04-28", "Meeting") == [({"Narendra Modi", "Xi Jinping"}, "Wuhan", dt.date(2018, 4, 28), None)]
    text = "Xi Jinping hosted a dinner for Narendra Modi in Wuhan on Friday evening.\n"
    assert [m[0] for m in _events(nlp, text, "2018-04-28", "Meeting")] == [{"Xi Jinping", "Narendra Modi"}]


def test_one_pair_on_one_day_in_a_region_and_at_a_site_is_one_meeting_at_the_site(nlp: Any) -> None:
    text = ("Vladimir Putin welcomed Kim Jong Un to a launch site in Russia's Far East on Wednesday.\n\n"
            "Putin met Kim Jong Un at the Vostochny Cosmodrome in the Amur region on Wednesday.\n")
    assert _events(nlp, text, "2023-09-14", "Meeting") == [({"Vladimir Putin", "Kim Jong Un"}, "Vostochny Cosmodrome",
                                                            dt.date(2023, 9, 13), None)]


def test_a_host_holding_talks_with_two_guests_and_a_secretary_general_are_one_meeting_of_three(nlp: Any) -> None:
    text = "Emmanuel Macron hosted Donald Trump and Volodymyr Zelensky at the Elysee Palace in Paris on Saturday.\n"
    assert [m[0] for m in _events(nlp, text, "2024-12-08", "Meeting")] == [
        {"Emmanuel Macron", "Donald Trump", "Volodymyr Zelensky"}]
    text = ("Turkish President Recep Tayyip Erdogan and UN Secretary-General Antonio Guterres met Ukrainian President "
            "Volodymyr Zelensky in Lviv on Thursday.\n")
    assert [m[0] for m in _events(nlp, text, "2022-08-18", "Meeting")] == [
        {"Recep Tayyip Erdogan", "Antonio Guterres", "Volodymyr Zelensky"}]


def test_a_meeting_placed_in_a_country_takes_the_dateline_town_in_it(nlp: Any) -> None:
    text = ("ANKARA, March 3 (Reuters) - Turkish President Tayyip Erdogan received Hungarian Prime Minister Viktor "
            "Orban at his palace on Thursday, and the two discussed gas supplies.\n\n"
            "Orban, who is on a one-day visit to Turkey, called the talks useful.\n")
    (m,) = _events(nlp, text, "2022-03-03", "Meeting")
    assert m[0] == {"Recep Tayyip Erdogan", "Viktor Orban"} and m[1] == "Ankara"


def test_hands_shaken_at_the_start_of_their_talks_are_their_meeting(nlp: Any) -> None:
    text = ("Lithuanian President Gitanas Nauseda and Polish President Andrzej Duda shook hands on Monday at the "
            "opening of their long-awaited talks in Vilnius.\n")
    (m,) = _events(nlp, text, "2022-03-15", "Meeting")
    assert m[:3] == ({"Gitanas Nauseda", "Andrzej Duda"}, "Vilnius", dt.date(2022, 3, 14))


def test_in_talks_one_leader_told_the_other(nlp: Any) -> None:
    text = "During talks in Vilnius on Monday, Gitanas Nauseda told Andrzej Duda that the border would stay open.\n"
    (m,) = _events(nlp, text, "2022-03-15", "Meeting")
    assert m[:3] == ({"Gitanas Nauseda", "Andrzej Duda"}, "Vilnius", dt.date(2022, 3, 14))


def test_a_meeting_with_ones_own_council_is_no_talks(nlp: Any) -> None:
    text = ("Gitanas Nauseda met Andrzej Duda on Monday.\n\n"
            "Nauseda said he had a meeting with his Security Council on Sunday. He also met his cabinet.\n")
    got = _events(nlp, text, "2022-03-15", "Meeting")
    assert [m[0] for m in got] == [{"Gitanas Nauseda", "Andrzej Duda"}]


def test_an_outing_of_the_two_places_their_summit(nlp: Any) -> None:
    text = ("Gitanas Nauseda and Andrzej Duda took a boat ride on a lake in Vilnius on Monday, the second day of "
            "their informal summit.\n")
    (m,) = _events(nlp, text, "2022-03-15", "Meeting")
    assert m[:3] == ({"Gitanas Nauseda", "Andrzej Duda"}, "Vilnius", dt.date(2022, 3, 14))


def test_a_relative_clause_on_two_names_gives_both_participants(nlp: Any) -> None:
    text = "Recep Tayyip Erdogan and Vladimir Putin, who met in Sochi on Monday, agreed to extend the grain corridor.\n"
    (m,) = _events(nlp, text, "2022-08-10", "Meeting")
    assert m[:3] == ({"Recep Tayyip Erdogan", "Vladimir Putin"}, "Sochi", dt.date(2022, 8, 8))


def test_two_holders_of_talks_with_two_others_all_take_part(nlp: Any) -> None:
    text = "Angela Merkel and Emmanuel Macron will hold talks with Vladimir Putin and Volodymyr Zelensky in Paris.\n"
    (m,) = _events(nlp, text, "2019-12-08", "Meeting")
    assert m[0] == {"Angela Merkel", "Emmanuel Macron", "Vladimir Putin", "Volodymyr Zelensky"}


def test_the_day_the_meeting_was_announced_is_not_its_date(nlp: Any) -> None:
    text = "Recep Tayyip Erdogan will meet Vladimir Putin in Sochi, the Kremlin said on Monday.\n"
    (m,) = _events(nlp, text, "2022-08-02", "Meeting")
    assert m[:3] == ({"Recep Tayyip Erdogan", "Vladimir Putin"}, "Sochi", None)


def test_a_venue_named_with_its_town_places_the_meeting_in_the_town(nlp: Any) -> None:
    (m,) = _events(nlp, "Joe Biden and Vladimir Putin met at Villa La Grange in Geneva on Wednesday.\n", "2021-06-17", "Meeting")
    assert m[1:3] == ("Geneva", dt.date(2021, 6, 16))
    (m,) = _events(nlp, "Vladimir Putin met Kim Jong Un at the Vostochny Cosmodrome in the Amur Region.\n", "2023-09-13", "Meeting")
    assert m[1] == "Vostochny Cosmodrome"  # a region is no town


def test_a_meeting_a_day_after_another_is_dated_from_it(nlp: Any) -> None:
    text = "Ursula von der Leyen met Volodymyr Zelensky in Kyiv on Friday, a day after meeting Olaf Scholz in Berlin.\n"
    got = _events(nlp, text, "2022-04-09", "Meeting")
    assert ({"Ursula von der Leyen", "Volodymyr Zelensky"}, "Kyiv", dt.date(2022, 4, 8), None) in got
    assert ({"Ursula von der Leyen", "Olaf Scholz"}, "Berlin", dt.date(2022, 4, 7), None) in got


def test_his_talks_with_someone_are_a_meeting_of_the_one_he_stands_for(nlp: Any) -> None:
    text = "Emmanuel Macron said on Tuesday, a day after his talks with Vladimir Putin in Moscow, that war could be avoided.\n"
    (m,) = _events(nlp, text, "2022-02-09", "Meeting")
    assert m[:3] == ({"Emmanuel Macron", "Vladimir Putin"}, "Moscow", dt.date(2022, 2, 7))


def test_separate_meetings_are_one_per_guest_and_not_dated_by_the_summit_after_them(nlp: Any) -> None:
    text = "Volodymyr Zelensky also held separate meetings with Emmanuel Macron and Angela Merkel before the summit in Paris on Monday.\n"
    got = _events(nlp, text, "2019-12-10", "Meeting")
    assert sorted(sorted(m[0]) for m in got) == [["Angela Merkel", "Volodymyr Zelensky"], ["Emmanuel Macron", "Volodymyr Zelensky"]]
    assert all(m[2] is None for m in got)


def test_leaders_listed_under_their_titles_all_take_part_in_the_talks_they_follow(nlp: Any) -> None:
    text = ("President of Russia Vladimir Putin, President of Ukraine Volodymyr Zelensky, German Chancellor Angela Merkel "
            "and French President Emmanuel Macron spoke to reporters in Paris on Monday, following talks at the summit.\n")
    (m,) = _events(nlp, text, "2019-12-10", "Meeting")
    assert m[:3] == ({"Vladimir Putin", "Volodymyr Zelensky", "Angela Merkel", "Emmanuel Macron"}, "Paris",
                     dt.date(2019, 12, 9))


def test_a_dateline_read_as_subject_and_a_summit_planned_elsewhere(nlp: Any) -> None:
    text = ("Wuhan, China: Prime Minister Narendra Modi and President Xi Jinping, who met yesterday in the city, will "
            "spend more time together today with a boat ride. Modi invited Xi to an informal summit in India next year.\n")
    got = _events(nlp, text, "2018-04-28", "Meeting")
    assert ({"Narendra Modi", "Xi Jinping"}, None, dt.date(2018, 4, 28), None) in got  # the day together
    assert ({"Narendra Modi", "Xi Jinping"}, None, dt.date(2018, 4, 27), None) in got  # not placed in India
    assert ({"Narendra Modi", "Xi Jinping"}, "India", None, None) in got


def test_a_meeting_before_a_journey_takes_neither_its_day_nor_its_destination(nlp: Any) -> None:
    got = _events(nlp, "Joe Biden flew to Geneva on Monday after meeting Boris Johnson in London.\n", "2021-06-15", "Meeting")
    assert got == [({"Joe Biden", "Boris Johnson"}, "London", None, None)]


def test_the_talks_told_again_with_a_participle_lend_their_venue(nlp: Any) -> None:
    text = "Vladimir Putin met Kim Jong Un on Wednesday.\n\nThe talks, held at the Vostochny Cosmodrome, lasted five hours.\n"
    (m,) = _events(nlp, text, "2023-09-14", "Meeting")
    assert m[:3] == ({"Vladimir Putin", "Kim Jong Un"}, "Vostochny Cosmodrome", dt.date(2023, 9, 13))


def test_companions_together_with_the_subject_are_not_the_other_side_of_a_summit(nlp: Any) -> None:
    text = "Vitali Klitschko spoke shortly after returning from a summit in Vilnius, together with Arseniy Yatsenyuk and Oleg Tyagnybok.\n"
    assert _events(nlp, text, "2013-11-29", "Meeting") == []


def test_talks_that_end_at_a_venue_are_placed_there(nlp: Any) -> None:
    text = "Talks between Kim Jong Un and Vladimir Putin have ended at the Vostochny Cosmodrome, state media reported.\n"
    (m,) = _events(nlp, text, "2023-09-13", "Meeting")
    assert m[:2] == ({"Kim Jong Un", "Vladimir Putin"}, "Vostochny Cosmodrome")


def test_a_visit_paid_or_begun_is_made_by_the_subject(nlp: Any) -> None:
    paid = _events(nlp, "Emmanuel Macron paid a visit to Rome on Monday.\n", "2022-03-08", "Visit")
    assert paid == [({"Emmanuel Macron"}, "Rome", dt.date(2022, 3, 7), None)]
    text = "Emmanuel Macron began a visit to Rome on Monday, where he will hold talks with Giorgia Meloni.\n"
    (v,) = _events(nlp, text, "2022-03-08", "Visit")
    assert v[:3] == ({"Emmanuel Macron"}, "Rome", dt.date(2022, 3, 7))
    (m,) = _events(nlp, text, "2022-03-08", "Meeting")
    assert m[:2] == ({"Emmanuel Macron", "Giorgia Meloni"}, "Rome")  # "where" is Rome, not next Monday's clause


def test_an_arrival_with_no_town_is_in_the_dateline_town(nlp: Any) -> None:
    text = "ROME (AP) — Emmanuel Macron arrived on Monday for talks with Giorgia Meloni.\n"
    assert _events(nlp, text, "2022-03-08", "Visit") == [({"Emmanuel Macron"}, "Rome", dt.date(2022, 3, 7), "Giorgia Meloni")]


def test_talks_with_another_pair_do_not_take_the_town_of_the_summit(nlp: Any) -> None:
    text = ("Angela Merkel met Joe Biden in Washington on Thursday. She plans to meet Justin Trudeau soon.\n\n"
            "Biden hosted Merkel a day after talking with Boris Johnson.\n")
    got = _events(nlp, text, "2021-07-16", "Meeting")
    assert ({"Angela Merkel", "Joe Biden"}, "Washington", dt.date(2021, 7, 15), None) in got
    assert {m[1] for m in got if m[0] != {"Angela Merkel", "Joe Biden"}} == {None}


def test_being_or_coming_somewhere_for_talks_is_a_visit_hosted_by_the_other_side(nlp: Any) -> None:
    for text in ("Jacinda Ardern was in Tokyo on Friday for talks with Fumio Kishida.\n",
                 "Jacinda Ardern came to Tokyo on Friday to hold talks with Fumio Kishida.\n"):
        assert _events(nlp, text, "2022-04-22", "Visit") == [({"Jacinda Ardern"}, "Tokyo", dt.date(2022, 4, 22), "Fumio Kishida")]


def test_an_arrival_the_day_before_is_in_the_town_of_the_visit_just_told(nlp: Any) -> None:
    text = "Fumio Kishida landed in Seoul on Sunday; Anthony Albanese, fresh from a tour of Asia, arrived the day before.\n"
    got = _events(nlp, text, "2023-05-08", "Visit")
    assert ({"Anthony Albanese"}, "Seoul", dt.date(2023, 5, 6), None) in got
    assert ({"Fumio Kishida"}, "Seoul", dt.date(2023, 5, 7), None) in got
