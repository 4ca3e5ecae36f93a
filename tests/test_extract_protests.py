"""Protests as events (issue 10, item 3), one rule per test, on invented sentences.

With the real spaCy English pipeline (marked ``model``; skipped without one): what is
tested is what the rules make of the model's reading, as ``kg extract`` does. The
publication day is Monday 14 September 2020, so "on Sunday" is the 13th.
"""

from __future__ import annotations

from typing import Any

import pytest


pytestmark = pytest.mark.model


def protests(facts: dict[str, Any]) -> set[tuple[str | None, str | None]]:
    """(place name, ISO day) of each protest."""
    names = {p["id"]: p["name"] for p in facts.get("places", [])}
    names.update({a["id"]: a["name"] for a in facts["actors"]})
    return {(names.get(e.get("place"), e.get("place")), str(e["date"]) if e.get("date") else None)
            for e in facts["events"] if e["type"] == "Protest"}


def test_every_town_of_a_list_beside_its_head(extract: Any) -> None:
    facts = extract("Besides Lusaka, protests started in Ndola, Kitwe and the northern city of Kasama on Sunday.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Lusaka", "Ndola", "Kitwe", "Kasama")}


def test_towns_of_a_participial_clause(extract: Any) -> None:
    facts = extract("Thousands of protesters took to the streets on Sunday, blocking roads in Ndola and Kitwe.")
    assert {p for p, _ in protests(facts)} >= {"Ndola", "Kitwe"}


def test_protests_spread_to_towns(extract: Any) -> None:
    facts = extract("Protests spread to Ndola, Kitwe and Kasama on Sunday.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Ndola", "Kitwe", "Kasama")}


@pytest.mark.parametrize("text", [
    "Since last Friday thousands have taken part in protests in Lusaka.",
    "The protests started on September 1.",  # (with a town, "started in Lusaka on ...", that town's gathering:
    "Since the protests started in Lusaka on September 1, dozens have died.",  # the real-article set's convention)
    "Protesters plan to march on parliament in Lusaka on Monday.",
    "The government registered 195 protests in 95 municipalities.",
])
def test_background_and_plans_are_no_protest(extract: Any, text: str) -> None:
    assert protests(extract(text)) == set()


def test_force_used_on_a_crowd_is_a_protest_in_the_town_of_the_police(extract: Any) -> None:
    facts = extract("Police in Lusaka on Sunday fired tear gas to disperse several thousand marchers "
                    "protesting against the president.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


def test_a_date_of_the_speech_verb_does_not_date_the_protest(extract: Any) -> None:
    facts = extract("Eleven people were killed during protests overnight in Kasama, police said on Sunday. "
                    "Thousands marched in Ndola on Saturday.")
    assert protests(facts) == {("Kasama", None), ("Ndola", "2020-09-12")}


def test_the_one_gathering_of_a_report_takes_its_lead_day(extract: Any) -> None:
    facts = extract("It started quietly on Sunday in a small park.\n\n"
                    "Tens of thousands of demonstrators then marched in Lusaka.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


def test_the_same_evening_is_the_day_named_before_it(extract: Any) -> None:
    facts = extract("On Sunday the opposition leader was detained in Lusaka. "
                    "Police said 35,000 people gathered in Kitwe the same evening. "
                    "Thousands marched in Ndola on Monday.")
    assert protests(facts) == {("Kitwe", "2020-09-13"), ("Ndola", "2020-09-14")}


@pytest.mark.parametrize("text", [
    "Rallies were held on Sunday in more than 20 cities, including Ndola, Kitwe and Kasama.",
    "Protests took place in dozens of towns on Sunday, including Ndola, Kitwe and Kasama.",
])
def test_every_town_a_protest_names_as_including(extract: Any, text: str) -> None:
    assert protests(extract(text)) == {(t, "2020-09-13") for t in ("Ndola", "Kitwe", "Kasama")}


@pytest.mark.parametrize("text", [
    "Thousands of protesters marched in Ndola, Zambia, on Sunday.",
    "Thousands of protesters gathered on Sunday, Sept. 13, 2020, outside the station in Ndola, Zambia.",
])
def test_a_town_s_country_after_a_comma_is_its_address_not_another_protest(extract: Any, text: str) -> None:
    assert protests(extract(text)) == {("Ndola", "2020-09-13")}


def test_the_town_that_names_a_venue_places_the_protest(extract: Any) -> None:
    facts = extract("In Ndola's main square, the epicenter of the protests, demonstrators chanted slogans "
                    "against the government.")
    assert protests(facts) == {("Ndola", None)}


@pytest.mark.parametrize("text", [
    "Thousands of protesters poured onto the streets of Lusaka on Sunday.",
    "Tens of thousands of people marched through Lusaka on Sunday.",
])
def test_a_name_the_model_misreads_is_a_town_when_it_has_streets_or_is_marched_through(extract: Any, text: str) -> None:
    assert protests(extract(text)) == {("Lusaka", "2020-09-13")}


def test_a_gathering_told_in_the_past_perfect_does_not_take_the_lead_day(extract: Any) -> None:
    facts = extract("The opposition leader was released on Sunday.\n\n"
                    "Tens of thousands of demonstrators had marched in Lusaka against the government.")
    assert protests(facts) == {("Lusaka", None)}


def test_the_town_a_list_is_in_addition_to(extract: Any) -> None:
    facts = extract("In addition to Ndola, protests took place in Kitwe and Kasama on Sunday.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Ndola", "Kitwe", "Kasama")}


@pytest.mark.parametrize(("text", "towns"), [
    ("Clashes between riot police and protesters left a dozen people injured in Ndola and Kitwe on Sunday.",
     ("Ndola", "Kitwe")),
    ("Marseille was hit by a general strike on Sunday.", ("Marseille",)),
])
def test_the_towns_a_protest_acts_on_as_cause_or_agent(extract: Any, text: str, towns: tuple[str, ...]) -> None:
    assert protests(extract(text)) == {(t, "2020-09-13") for t in towns}


def test_the_protest_in_a_town_is_the_gathering_told_just_before(extract: Any) -> None:
    facts = extract("Demonstrators gathered outside parliament on Sunday. The protest in Beirut was the largest in years.")
    assert protests(facts) == {("Beirut", "2020-09-13")}


def test_protesters_who_marched_this_month_are_the_wave_not_the_day_of_the_news(extract: Any) -> None:
    # the relative clause tells its own time ("this month"), so the day of "said" is not its day
    facts = extract("Zambia's president said on Sunday he would step down, bowing to protesters who took to the "
                    "streets this month.")
    assert protests(facts) == set()


def test_a_figure_of_towns_is_no_head_count(extract: Any) -> None:
    facts = extract("Police held 400 people on Sunday as students protested in dozens of towns across Zambia.")
    (p,) = [e for e in facts["events"] if e["type"] == "Protest"]
    assert "participant_count" not in p and p["detained_count"] == 400


@pytest.mark.parametrize(("text", "towns"), [
    ("Protests also erupted in Omdurman and Atbara on Sunday.", ("Omdurman", "Atbara")),
    ("In Sfax, hundreds protested on Sunday outside the interior ministry.", ("Sfax",)),
    ("The march in Encarnacion on Sunday drew some 20,000 people.", ("Encarnacion",)),
    ("Thousands of people marched through the centre of Ndola on Sunday against the new tax.", ("Ndola",)),
])
def test_a_name_in_the_locative_slot_of_a_protest_is_a_town(extract: Any, text: str, towns: tuple[str, ...]) -> None:
    # the model reads these names as a nationality, a language, nothing or an organisation
    assert protests(extract(text)) == {(t, "2020-09-13") for t in towns}


def test_an_owner_after_outside_is_no_town(extract: Any) -> None:
    facts = extract("Street protests erupted on Sunday outside the Prime Minister's office in Lusaka.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


@pytest.mark.parametrize(("text", "town"), [
    ("Clashes broke out in Ndola on Sunday between protesters and soldiers.", "Ndola"),
    ("Hundreds of students staged a sit-in in Kitwe on Sunday.", "Kitwe"),
    ("Riot police and demonstrators fought running battles in central Lusaka on Sunday.", "Lusaka"),
    ("Protesters again took to the streets of Kasama on Sunday.", "Kasama"),
])
def test_more_ways_to_report_a_gathering(extract: Any, text: str, town: str) -> None:
    # a clash whose sides hang on its verb, a sit-in split by the tokenizer, protesters as one
    # side of a coordinated subject, "again" with a day of its own
    assert protests(extract(text)) == {(town, "2020-09-13")}


def test_a_repeated_protest_without_a_day_is_the_movement(extract: Any) -> None:
    assert protests(extract("Protesters in Kasama took to the streets again.")) == set()


def test_a_one_word_name_read_as_a_building_with_no_town_before_it_is_a_town(extract: Any) -> None:
    # the model tags "Mandalay" here as a facility (FAC)
    assert protests(extract("Protests erupted in Mandalay on Sunday.")) == {("Mandalay", "2020-09-13")}


@pytest.mark.parametrize(("text", "town"), [
    ("Demonstrators gathered on Sunday at Independence Square in Kitwe.", "Kitwe"),
    ("Protesters occupied the main square of Kitwe on Sunday.", "Kitwe"),
    ("Lusaka saw its biggest demonstration in years on Sunday.", "Lusaka"),
    ("Residents of Kasama took to the streets on Sunday to protest the mine.", "Kasama"),
])
def test_the_town_of_a_venue_a_square_or_a_city_that_saw_a_march(extract: Any, text: str, town: str) -> None:
    assert protests(extract(text)) == {(town, "2020-09-13")}



def test_an_undated_mention_of_the_one_dated_gathering_of_a_town_is_that_gathering(extract: Any) -> None:
    facts = extract("Protesters face riot police during a mass rally in Minsk's Independence Square.\n\n"
                    "People surround a statue which was toppled by protesters during a rally Sunday.\n\n"
                    "MINSK, BELARUS - Hundreds of thousands rallied in Minsk on Sunday.")
    assert protests(facts) == {("Minsk", "2020-09-13")}


def test_how_the_movement_began_last_month_is_no_national_day(extract: Any) -> None:
    facts = extract("Thousands of Belarusians marched in Minsk on Sunday. The demonstrations erupted last month after the vote.")
    assert protests(facts) == {("Minsk", "2020-09-13")}


def test_a_town_the_gazetteer_does_not_know_is_placed_in_the_article_s_country(extract: Any) -> None:
    facts = extract("Four protesters were shot dead in Amara on Sunday, Iraq's interior ministry said.")
    places = {p["name"]: p for p in facts.get("places", [])}
    assert protests(facts) == {("Amara", "2020-09-13")}
    assert places["Amara"].get("country") == "iraq"


_PERU = " The government of Peru did not comment."


@pytest.mark.parametrize("text, towns", [
    ("Thousands of people took to the streets of Arequipa on Sunday.", ("Arequipa",)),
    ("On Sunday, protesters in Arequipa blocked the main highway.", ("Arequipa",)),
    ("The unrest spread to Arequipa, where protesters set fire to a police station on Sunday.", ("Arequipa",)),
    ("Tens of thousands of people protested on Sunday in Lima and in other cities such as Arequipa and Cusco.",
     ("Lima", "Arequipa", "Cusco")),
    ("Thousands protested on Sunday in the districts of Miraflores and Barranco.", ("Miraflores", "Barranco")),
    ("Police arrested dozens of protesters in Lima on Sunday.", ("Lima",)),
])
def test_the_town_in_the_protest_s_own_clause(extract: Any, text: str, towns: tuple[str, ...]) -> None:
    """The streets a crowd takes to, the town of the protesters who act, a town's "where"
    clause, examples "such as" a town noun, the districts of a list, a crowd arrested."""
    assert protests(extract(text + _PERU)) == {(t, "2020-09-13") for t in towns}


def test_towns_take_the_national_day_that_the_first_town_dates(extract: Any) -> None:
    facts = extract("Supporters of the opposition leader on Sunday stormed a police station in the port city of "
                    "Kasama and the governor's office in Ndola. As news of the arrest spread, protests broke out in "
                    "many towns across Zambia. The protests in Kitwe and Chipata were still going on late at night.")
    assert protests(facts) >= {(t, "2020-09-13") for t in ("Kasama", "Ndola", "Kitwe", "Chipata")}


def test_police_scuffling_with_protesters_is_a_protest(extract: Any) -> None:
    assert protests(extract("In Ndola, police scuffled with protesters on Sunday.")) == {("Ndola", "2020-09-13")}


def test_the_day_of_a_plan_in_the_sentence_does_not_date_the_protest(extract: Any) -> None:
    facts = extract("Thousands marched in Kitwe on Saturday. Protesters in Ndola blocked the main road and have "
                    "vowed to hold fresh rallies on Friday.")
    days = {d for p, d in protests(facts) if p == "Ndola"}
    assert days and not days & {"2020-09-11", "2020-09-18"}  # not the Friday of the plan


def test_protests_whose_verb_runs_across_the_country_are_the_national_day(extract: Any) -> None:
    facts = extract("LUSAKA, Sept 14 (Wire) - Protests demanding the president's resignation continued in most "
                    "parts of the country on Sunday, Zambian officials said.")
    assert protests(facts) == {("Zambia", "2020-09-13")}


def test_amid_protests_does_not_take_the_day_of_the_clause_it_frames(extract: Any) -> None:
    facts = extract("Zambia's president declared a state of emergency on Sunday amid growing protests.")
    assert {d for _, d in protests(facts)} <= {None}


@pytest.mark.parametrize("text", [
    "In Ndola, a large procession broke through police barricades on Sunday.",
    "Thousands of students walked through the centre of Ndola on Sunday, waving flags.",
])
def test_a_procession_and_a_walking_crowd_are_protests(extract: Any, text: str) -> None:
    assert protests(extract(text)) == {("Ndola", "2020-09-13")}


def test_a_detention_count_in_a_town_is_that_town_s_protest(extract: Any) -> None:
    facts = extract("Police detained 2,119 people at protests across Zambia on Sunday, a monitoring group said. "
                    "The group said the figure included 469 people detained in Ndola.")
    assert protests(facts) == {("Zambia", "2020-09-13"), ("Ndola", "2020-09-13")}


def test_a_detention_dated_only_by_its_speech_verb_takes_the_protest_s_day(extract: Any) -> None:
    facts = extract("Thousands marched in Lusaka on Sunday. Police detained 44 people in Ndola, the minister said "
                    "on Monday.")
    assert protests(facts) == {("Lusaka", "2020-09-13"), ("Ndola", "2020-09-13")}


def test_street_clashes_in_a_town_of_a_protest_report(extract: Any) -> None:
    facts = extract("Protesters marched in Lusaka on Sunday. Clashes also broke out in Ndola, where five students "
                    "were hurt.")
    assert {p for p, _ in protests(facts)} == {"Lusaka", "Ndola"}
    facts = extract("Protesters marched in Lusaka on Sunday. Clashes broke out in Ndola between the army and rebels.")
    assert {p for p, _ in protests(facts)} == {"Lusaka"}


def test_a_square_named_without_a_town_is_the_capital_s(extract: Any) -> None:
    facts = extract("Zambia's opposition called its supporters out. According to the police, 35,000 people "
                    "gathered at Freedom Square on Sunday.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


def test_overnight_gives_no_day_and_the_day_of_saying_does_not_date(extract: Any) -> None:
    facts = extract("At least eleven people were killed during protests overnight in two northern Zambian towns, "
                    "including a policeman, police and medical sources said on Thursday.")
    # no day; and with no town named, the deaths of a wave give no country-wide event either
    assert {d for _, d in protests(facts)} <= {None}


def test_a_town_dated_nowhere_takes_the_day_of_the_gathering_told_before_it(extract: Any) -> None:
    facts = extract("Tens of thousands took to the streets in Zambia's Copperbelt province on Tuesday. "
                    "Demonstrators blocked roads in Ndola, stopping traffic.")
    assert ("Ndola", "2020-09-08") in protests(facts)


def test_a_town_and_other_cities_is_also_the_country_s_day(extract: Any) -> None:
    facts = extract("Tens of thousands took to the streets of Ndola and other cities on Wednesday, Zambian officials said.")
    assert protests(facts) == {("Ndola", "2020-09-09"), ("Zambia", "2020-09-09")}


def test_a_district_of_the_city_named_before_is_that_city(extract: Any) -> None:
    facts = extract("Thousands rallied in Ndola on Sunday. Protesters also gathered outside a police station in the "
                    "city's southern Shengavit district.")
    assert protests(facts) == {("Ndola", "2020-09-13")}


def test_the_town_of_an_object_set_up_by_protesters(extract: Any) -> None:
    facts = extract("A mob attacked and destroyed a camp set up by demonstrators in central Beirut on Sunday.")
    assert protests(facts) == {("Beirut", "2020-09-13")}


def test_a_protest_noun_keeps_its_own_day_and_town(extract: Any) -> None:
    facts = extract("The crisis in Zambia deepened. Protesters also gathered in Ndola on Sunday, "
                    "after a march in Lusaka on Saturday.")
    assert protests(facts) == {("Ndola", "2020-09-13"), ("Lusaka", "2020-09-12")}


def test_towns_added_with_as_well_as(extract: Any) -> None:
    facts = extract("The crisis in Peru deepened. Thousands of people marched on Sunday in the capital Lima, "
                    "as well as in Arequipa and Trujillo.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Lima", "Arequipa", "Trujillo")}


def test_crowds_that_fill_streets_or_block_roads_protest(extract: Any) -> None:
    assert protests(extract("The crisis in Zambia deepened. Flag-waving Zambians flooded the streets of Lusaka "
                            "on Sunday.")) == {("Lusaka", "2020-09-13")}
    assert protests(extract("The crisis in Zambia deepened. In Ndola, hundreds of farmers blocked the main "
                            "highway on Sunday.")) == {("Ndola", "2020-09-13")}


def test_clashes_across_the_country_are_the_national_day(extract: Any) -> None:
    facts = extract("The crisis in Zambia deepened. Protesters marched in Lusaka on Saturday. "
                    "Six people were killed on Sunday in clashes across the country.")
    assert protests(facts) == {("Lusaka", "2020-09-12"), ("Zambia", "2020-09-13")}


def test_arrests_across_the_country_are_the_national_day(extract: Any) -> None:
    facts = extract("The crisis in Zambia deepened. Police broke up protests in Ndola and Kitwe on Sunday. "
                    "More than 4,500 arrests took place "
                    "across the country, a monitoring group said.")
    assert ("Zambia", "2020-09-13") in protests(facts)


def test_the_town_of_the_crowd_before_a_country_of_another_phrase(extract: Any) -> None:
    facts = extract("LILONGWE, Sept 14 (Reuters) - Protesters in Lilongwe, Blantyre and Mzuzu marched on Sunday "
                    "against the president of Malawi.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Lilongwe", "Blantyre", "Mzuzu")}


def test_a_regional_capital_is_not_the_capital(extract: Any) -> None:
    facts = extract("Ghana was hit by protests. Rallies also took place on Sunday in the Ashanti regional capital, Kumasi.")
    assert protests(facts) == {("Kumasi", "2020-09-13")}


def test_protests_that_swept_a_country_and_youths_that_barricaded_roads(extract: Any) -> None:
    facts = extract("Protests swept Ghana on Sunday. Thousands marched in Accra, while in Kumasi youths barricaded roads.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Ghana", "Accra", "Kumasi")}


def test_protests_across_a_named_country_and_its_largest_town(extract: Any) -> None:
    facts = extract("Zambia's opposition kept up pressure. Protests erupted across Zambia on Sunday, "
                    "with the largest in Lusaka.")
    assert protests(facts) == {("Zambia", "2020-09-13"), ("Lusaka", "2020-09-13")}


def test_an_undated_protest_takes_the_day_of_the_arrest_just_told(extract: Any) -> None:
    facts = extract("Zambia's opposition leader was freed on Monday. He had been detained on Sunday along with "
                    "200 demonstrators. He was grabbed by police from a protest in Lusaka.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}


def test_several_sites_of_a_town_and_other_towns_of_a_region_are_no_national_day(extract: Any) -> None:
    facts = extract("Zambia's opposition kept up pressure. On Sunday the opposition leader marched through downtown "
                    "Lusaka, while other protesters gathered at several sites.")
    assert protests(facts) == {("Lusaka", "2020-09-13")}
    facts = extract("Spain faced a crisis. Thousands of protesters took to the streets of Barcelona and other "
                    "Catalan towns on Tuesday.")
    assert ("Spain", "2020-09-08") not in protests(facts)


@pytest.mark.parametrize("text, want", [
    ("Zambia's opposition kept up pressure. Demonstrators in the capital clashed with police on Sunday.",
     {("Lusaka", "2020-09-13")}),
    ("Zambia's opposition kept up pressure. On Sunday, police clashed with stone-throwing youths in Kitwe.",
     {("Kitwe", "2020-09-13")}),
    ("Zambia's opposition kept up pressure. Thousands marched in Lusaka on Sunday. Thousands also protested "
     "in the second city, Kitwe.", {("Lusaka", "2020-09-13"), ("Kitwe", "2020-09-13")}),
    ("Zambia's opposition kept up pressure. On Sunday, protesters blocked roads across the country, including "
     "in Lusaka and Kitwe.", {("Zambia", "2020-09-13"), ("Lusaka", "2020-09-13"), ("Kitwe", "2020-09-13")}),
])
def test_capital_second_city_youths_and_the_country_with_examples(extract: Any, text: str, want: set[Any]) -> None:
    assert protests(extract(text)) == want


def test_protests_told_as_still_to_come_are_no_event(extract: Any) -> None:
    facts = extract("Zambia's capital was calm. Official buildings in Lusaka were placed under guard on Sunday "
                    "on the eve of a day of protest against the arrest.")
    assert protests(facts) == set()


def test_a_day_that_the_parser_hung_on_a_clause_of_the_protest_noun(extract: Any) -> None:
    facts = extract("Zambia's opposition kept up pressure. The protests left at least one dead on September 10 "
                    "in the south of the country.")
    assert protests(facts) == {("Zambia", "2020-09-10")}


def test_the_towns_that_bound_a_countrys_day(extract: Any) -> None:
    facts = extract("Zambia's opposition kept up pressure. On Sunday, protests were held across Zambia, "
                    "from Kasama in the north to Kabwe in the center.")
    assert protests(facts) == {(t, "2020-09-13") for t in ("Zambia", "Kasama", "Kabwe")}


def test_a_gathering_with_no_town_no_day_and_no_figure_is_no_event(extract: Any) -> None:
    text = ("The opposition in Zambia kept up the pressure on the government of the country. Protesters "
            "demanded the resignation of the president{}.")
    assert protests(extract(text.format(""))) == set()
    assert protests(extract(text.format(" on Sunday"))) == {("Zambia", "2020-09-13")}


def test_a_photo_caption_with_a_dash_credit_gives_no_protest(extract: Any) -> None:
    facts = extract("Students march with flags as they clash with rivals at the university in Lusaka, Zambia, "
                    "September 10, 2020. — Reuters\n\nThe opposition in Zambia kept up the pressure on the "
                    "government of the country on Sunday.")
    assert ("Lusaka", "2020-09-10") not in protests(facts)
