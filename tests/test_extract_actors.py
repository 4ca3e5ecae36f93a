"""Actors of an article (issue 11, item 3), one rule per test, on invented sentences.

With the real spaCy English pipeline (marked ``model``; skipped without one): what is
tested is what the rules make of the model's reading, as ``kg extract`` does.
"""

from __future__ import annotations

from typing import Any

import pytest


pytestmark = pytest.mark.model


def actors(facts: dict[str, Any]) -> dict[str, str]:
    """Actor name -> type."""
    return {a["name"]: a["type"] for a in facts["actors"]}


def read(named: dict[str, Any]) -> dict[str, str]:
    """Name -> type of the actors the rules read in a text, with or without a role."""
    return {n: rec.type for n, rec in named.items()}


def places(facts: dict[str, Any]) -> set[str]:
    return {p["name"] for p in facts.get("places", [])}


def speakers(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


def test_a_name_cut_by_the_model_is_one_person_without_its_title(extract: Any) -> None:
    facts = extract("Interior Minister Jean Paul Oumarou Kante said on Friday that the curfew would stay in place.")
    assert actors(facts) == {"Jean Paul Oumarou Kante": "Person"}


def test_a_surname_in_another_spelling_is_the_person_named_before(extract: Any) -> None:
    facts = extract("Opposition leader Tigran Petrosyan led the march in Yerevan on Monday. "
                    "Later, Petrossian told supporters that the vote was rigged.")
    assert [n for n, t in actors(facts).items() if t == "Person"] == ["Tigran Petrosyan"]
    assert speakers(facts) == ["Tigran Petrosyan"]


def test_streets_and_buildings_are_places_not_people(extract: Any) -> None:
    facts = extract("Thousands of protesters marched along Mandela Avenue in Lusaka on Sunday and gathered "
                    "outside Villa Rosa, the police said.")
    assert "Mandela Avenue" not in actors(facts) and "Villa Rosa" not in actors(facts)
    # a venue named without its town is placed in the town the report names (gold convention)
    assert places(facts) == {"Lusaka"}


def test_a_portfolio_and_a_treaty_are_no_organisations(extract: Any) -> None:
    facts = extract("Foreign Affairs Minister Ana Duarte said the Lisbon Accords must be respected.")
    assert actors(facts) == {"Ana Duarte": "Person"}


def test_a_relaying_outlet_and_a_platform_are_the_source_not_actors(extract: Any) -> None:
    facts = extract("NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi on Tuesday, "
                    "a police source told AFP. The opposition said on Twitter that order would be restored.")
    names = actors(facts)
    assert "Reuters" not in names and "AFP" not in names and "Twitter" not in names
    assert "Kenyan police" in names


def test_a_country_in_a_currency_is_no_actor(extract: Any) -> None:
    facts = extract("The government offered US$ 2 billion to the unions, Kenyan Finance Minister Peter Mwangi "
                    "said on Monday.")
    assert "United States" not in actors(facts)
    assert "Peter Mwangi" in actors(facts)


def test_a_headline_word_is_no_actor(named: Any) -> None:
    names = read(named("SILENT NIGHT\n\nKenyan security forces fired tear gas at protesters in Nairobi on Tuesday."))
    assert not any("SILENT" in n or "NIGHT" in n for n in names)
    assert names.get("Kenyan security forces") == "Group"


def test_a_group_named_only_as_a_modifier_is_no_actor(extract: Any) -> None:
    facts = extract("Protesters in Nairobi burned police vehicles on Sunday, witnesses said.")
    assert "Kenyan police" not in actors(facts) and "Police" not in actors(facts)


def test_the_government_is_the_home_countrys_when_it_acts(extract: Any) -> None:
    acting = extract("Kenyan security forces fired tear gas at protesters in Nairobi on Tuesday. "
                     "The government said it would listen to the youth.")
    assert actors(acting).get("Kenyan government") == "Organization"
    assert "Kenyan government" in speakers(acting)
    passive = extract("Thousands of protesters marched in Nairobi on Tuesday against government plans to raise taxes.")
    assert "Kenyan government" not in actors(passive)


def test_a_towns_police_keeps_the_towns_name(extract: Any) -> None:
    facts = extract("Nakuru police said on Tuesday that 40 people were arrested in Nakuru, Kenya.")
    assert actors(facts).get("Nakuru police") == "Group"
    assert "Kenyan police" not in actors(facts)
    assert speakers(facts) == ["Nakuru police"]


def test_an_acronym_in_brackets_is_the_organisation_named_before(extract: Any) -> None:
    facts = extract("The Popular Democratic Front (PDF) called for a strike on Monday. "
                    "The PDF said the strike would last three days.")
    assert actors(facts) == {"Popular Democratic Front": "Organization"}
    assert set(speakers(facts)) == {"Popular Democratic Front"}


def test_an_acronym_of_the_initials_is_the_organisation_named_before(extract: Any) -> None:
    facts = extract("Leaders of the Civic Renewal Alliance met in Nairobi on Sunday. "
                    "The CRA said it would field a candidate.")
    assert actors(facts) == {"Civic Renewal Alliance": "Organization"}
    assert speakers(facts) == ["Civic Renewal Alliance"]


def test_the_front_and_the_movement_are_the_organisation_named_before(extract: Any) -> None:
    front = extract("The Civil Human Rights Front organised the march in Nairobi on Sunday. "
                    "The Front said 100,000 people took part.")
    assert actors(front) == {"Civil Human Rights Front": "Organization"}
    assert speakers(front) == ["Civil Human Rights Front"]
    movement = extract("Members of the National Renewal Movement marched in Lusaka on Sunday. "
                       "The movement said 20 people were detained.")
    assert speakers(movement) == ["National Renewal Movement"]


def test_every_country_is_known_with_its_demonym(extract: Any) -> None:
    facts = extract("Zambian police said on Monday that 40 people were arrested in Lusaka. "
                    "Bhutan said it would send observers.")
    names = actors(facts)
    assert names.get("Zambian police") == "Group" and names.get("Bhutan") == "Country"


def test_a_shorter_form_of_a_long_name_is_the_same_person(named: Any) -> None:
    names = read(named("Prime Minister Adel Abdel Karim met union leaders on Monday. "
                       "Later, Abdel Karim ordered a curfew in the capital."))
    assert [n for n, t in names.items() if t == "Person"] == ["Adel Abdel Karim"]


def test_a_title_taken_into_the_name_is_dropped(named: Any) -> None:
    assert read(named("The engagements of PM Kamau spread over two days, his office said.")) == {"Kamau": "Person"}


def test_a_town_the_model_took_for_a_person_is_no_actor(extract: Any) -> None:
    facts = extract("In Mbao, looters ransacked a supermarket, a witness said.")
    assert "Mbao" not in actors(facts)


def test_a_pro_prefix_is_not_part_of_the_name(named: Any) -> None:
    names = read(named("Members of the pro-Unity Party youth wing clashed with police in the capital on Monday."))
    assert "Unity Party" in names and not any(n.lower().startswith("pro") for n in names)


def test_a_name_before_monitoring_group_is_an_organisation(extract: Any) -> None:
    facts = extract("Police detained 300 people on Saturday, according to the Civic Watch monitoring group.")
    assert actors(facts).get("Civic Watch") == "Organization"


def test_a_body_named_only_for_its_building_is_no_actor(extract: Any) -> None:
    facts = extract("Thousands of protesters marched towards the Kremlin on Sunday while police sealed off "
                    "streets near the Kremlin, witnesses said.")
    assert "Kremlin" not in actors(facts)


def test_the_name_of_a_talks_format_is_no_actor(extract: Any) -> None:
    facts = extract("Putin and Macron met in Paris for talks in the Normandy format on Monday.")
    assert set(actors(facts)) == {"Vladimir Putin", "Emmanuel Macron"}


def test_a_masthead_alone_on_its_line_is_no_actor(extract: Any) -> None:
    facts = extract("The Daily Courier\n\nKenyan police fired tear gas at protesters in Nairobi on Monday.")
    assert "Daily Courier" not in actors(facts)


@pytest.mark.parametrize("text", [
    "Police detained 40 people in Minsk, AFP journalists said. The opposition leader Maria Kolesnikova condemned it.",
    "Police detained 40 people in Minsk, as reported by TASS. The opposition leader Maria Kolesnikova condemned it.",
    "Police detained 40 people in Minsk. The opposition leader Maria Kolesnikova condemned it, Geo News reported.",
])
def test_an_outlet_that_relays_the_news_is_no_actor(extract: Any, text: str) -> None:
    assert not {"AFP", "TASS", "Geo News"} & set(actors(extract(text)))
    assert "Maria Kolesnikova" in actors(extract(text))


def test_a_name_after_a_title_is_a_person_when_the_model_leaves_it_untagged(named: Any) -> None:
    # the model tags nothing here: a run of proper nouns right after "PM" is the person
    names = read(named("Thousands marched on Saturday, calling for PM Prakan Chan-O-Dee to step down."))
    assert {n: t for n, t in names.items() if t == "Person"} == {"Prakan Chan-O-Dee": "Person"}


def test_a_hyphenated_name_and_a_churchmans_title(named: Any) -> None:
    names = read(named("Thousands rallied in Bangkok on Sunday, calling for PM Somchai Wong-Sa-Wat to resign."))
    # the one person (the protesters who call for it are the other actor)
    assert {k: v for k, v in names.items() if v == "Person"} == {"Somchai Wong-Sa-Wat": "Person"}
    names = read(named("The march was led by the bishop of Leon, Monsignor Carlos Ruiz, who blessed the crowd."))
    assert "Carlos Ruiz" in names and "Monsignor Carlos Ruiz" not in names


def test_a_name_after_the_country_or_body_of_its_title_is_a_person(extract: Any, named: Any) -> None:
    facts = extract("On Monday, President of Moldova Andrei Rusu met the President of Ukraine Volodymyr Zelensky in Kyiv.")
    assert {"Andrei Rusu", "Volodymyr Zelensky"} <= set(actors(facts))
    names = read(named("He was greeted by the Governor of the Amur Region Pavel Orlov and the head of the "
                       "Ministry of Transport Ivan Belov."))
    assert {n: t for n, t in names.items() if t != "Country"} == {"Pavel Orlov": "Person", "Ivan Belov": "Person"}


def test_a_church_that_speaks_is_a_body_not_a_building(extract: Any) -> None:
    assert actors(extract("The Catholic Church said the march in Lima would go ahead.")) == {
        "Catholic Church": "Organization"}


def test_the_minister_of_a_portfolio_is_no_organisation(extract: Any) -> None:
    facts = extract("Despite the resignation of the Minister of Finance, the unions in Lima called a strike.")
    assert "Minister of Finance" not in actors(facts)


def test_military_sources_speak_for_the_home_countrys_military(extract: Any) -> None:
    facts = extract("Protesters clashed with police in Lima, Peru on Monday. "
                    "Military sources said on Tuesday that the president had left the country.")
    assert actors(facts).get("Peruvian military") == "Organization"
    assert "Peruvian military" in speakers(facts)


def test_an_administration_named_after_its_leader_is_a_body(extract: Any) -> None:
    facts = extract("The move drew praise from the Garcia administration, which said it would send aid.")
    assert actors(facts) == {"Garcia administration": "Organization"}
    facts = extract("Sanctions were announced by the Trump administration, which said Caracas had gone too far.")
    assert "Trump administration" in actors(facts) and "Donald Trump" not in actors(facts)


def test_a_given_name_introduced_as_someone_new_is_another_person(extract: Any, named: Any) -> None:
    text = "Olga Sokolova was detained in Moscow on Saturday. Olga, a 52-year-old teacher, said she had marched anyway."
    assert {"Olga Sokolova", "Olga"} <= {n for n, t in read(named(text)).items() if t == "Person"}
    facts = extract(text)
    assert "Olga" in speakers(facts)
    # one teacher described is no group of teachers
    assert "Russian teachers" not in actors(facts) and "Russian teachers" not in read(named(text))


def test_a_name_in_a_list_of_people_is_a_person(named: Any) -> None:
    names = read(named("The delegation included Jon Bayer, Rimo Tak Sol, Kwan Dae Hoon and Pia Larsen."))
    assert names == {n: "Person" for n in ("Jon Bayer", "Rimo Tak Sol", "Kwan Dae Hoon", "Pia Larsen")}


def test_a_body_is_named_without_the_town_that_owns_it(extract: Any) -> None:
    facts = extract("The protest was called by Nairobi\u2019s Strathmore University on Monday.")
    assert "Strathmore University" in actors(facts) and "Nairobi\u2019s Strathmore University" not in actors(facts)


def test_an_ordinance_and_a_day_are_no_actors(extract: Any) -> None:
    facts = extract("The new rules invoke sections of the Public Order Ordinance, Ghana's interior ministry said.")
    assert "Public Order Ordinance" not in actors(facts)
    # the parser makes "Monday" the subject of "declared": a day, not an untagged speaker
    facts = extract("The acting president on Monday declared a state of emergency that gives him broad powers.")
    assert "Monday" not in actors(facts)


def test_a_country_named_only_as_a_modifier_is_no_actor(extract: Any) -> None:
    facts = extract("Prime Minister Lena Varga said on Tuesday that the U.S. allegations were false.")
    assert "United States" not in actors(facts)
    assert actors(extract("The United States said on Tuesday that the vote was unfair."))["United States"] == "Country"
    facts = extract("The U.S. ambassador said on Tuesday that the vote was unfair.")  # an official's title
    assert actors(facts)["United States"] == "Country"


def test_an_outlet_that_cannot_verify_a_figure_relays_the_news(extract: Any) -> None:
    facts = extract("The Associated Press could not independently verify the figures given by the organisers.")
    assert "Associated Press" not in actors(facts)


def test_a_capitalised_adjective_is_no_organisation(extract: Any) -> None:
    facts = extract("Senator Ruth Calder criticised the Leftist president for months before the vote.")
    assert actors(facts) == {"Ruth Calder": "Person"}


def test_a_name_after_a_territory_noun_is_a_place(extract: Any) -> None:
    facts = extract("Police said on Monday that farmers had closed two roads of the province of Cundinamarca.")
    assert "Cundinamarca" not in actors(facts)


def test_supporters_are_named_in_both_word_orders_and_of_every_owner(extract: Any) -> None:
    facts = extract("Supporters of opposition leader Ana Ruiz said on Friday that the count was rigged.")
    groups = {a["name"]: set(a.get("aliases", [])) for a in facts["actors"] if a["type"] == "Group"}
    assert "supporters of Ana Ruiz" in groups["Ana Ruiz supporters"]
    assert speakers(facts) == ["Ana Ruiz supporters"]
    facts = extract("Hezbollah and Amal supporters said on Friday that the count was rigged.")
    assert "Hezbollah and Amal supporters" in actors(facts)


def test_a_capital_accused_or_urged_stands_for_its_country(named: Any) -> None:
    names = read(named("Foreign Minister Ivo Kral accused Brussels, Washington and Ottawa of meddling in the vote, "
                       "he said on Monday."))
    assert names["United States"] == names["Canada"] == "Country"
    assert "French protesters" in read(named("Protesters in Paris demanded new elections on Monday."))


def test_a_group_keeps_the_words_that_describe_it_as_an_alias(named: Any) -> None:
    recs = named("On Monday the riot police said that striking teachers had blocked the port of Gdansk.")
    aliases = {al for rec in recs.values() if rec.type == "Group" for al in rec.aliases}
    assert {"riot police", "striking teachers"} <= aliases


def test_supporters_who_act_are_an_actor_named_after_whom_they_support(named: Any) -> None:
    names = read(named("Supporters of the jailed former governor, Tomas Varga, occupied the town hall in Sarvik "
                       "on Sunday, and youths blocked the ring road."))
    assert names.get("Tomas Varga supporters") == "Group"
    assert any(n.lower().endswith("youths") for n in names)


def test_a_group_that_only_could_act_or_is_acted_on_is_no_actor(extract: Any) -> None:
    facts = extract("Under the decree, authorities can search homes without a warrant. "
                    "The minister praised residents for their patience.")
    names = actors(facts)
    assert not any(n.lower().endswith(("authorities", "residents")) for n in names)


def test_supporters_of_no_one_named_are_no_actor(extract: Any) -> None:
    facts = extract("Supporters have been celebrating in the streets of Sarvik since Monday.")
    assert not any(n.lower().endswith("supporters") for n in actors(facts))


@pytest.mark.parametrize("text", [
    "Speakers at the Kaplan event included opposition leader Ivan Sokolov.",
    "The delegation included Jon Bayer, Rimo Tak Sol and Pia Larsen.",
    "SILENT NIGHT\n\nThe engagements of Prime Minister Kamau in Kisumu spread over two days.",
    "The United States and the European Union were not mentioned in the budget.",
])
def test_a_name_in_no_events_role_is_no_actor(extract: Any, named: Any, text: str) -> None:
    # issue 11: only entities in an event role become actors, however clearly they are named
    facts = extract(text)
    assert read(named(text)) and not facts["events"]
    assert actors(facts) == {}


def test_an_actor_in_a_role_is_declared_and_one_without_is_not(extract: Any) -> None:
    facts = extract("Opposition leader Ivan Sokolov said the ban on the Kaplan family's rally was illegal, "
                    "in a letter to the European Union.")
    assert "Ivan Sokolov" in actors(facts) and "European Union" not in actors(facts)


def test_a_name_modifying_an_event_or_a_group_is_still_its_actor(named: Any) -> None:
    assert "Sokolov" in read(named("Police blocked the road before the Sokolov rally on Monday."))
    assert "Varga" in read(named("The Varga visit to Sarvik was cut short on Monday."))


def test_a_tie_between_countries_goes_to_the_country_of_the_first_town(named: Any) -> None:
    names = read(named("The United States condemned the crackdown. Police fired tear gas at protesters "
                       "in Managua on Friday."))
    assert "Nicaraguan police" in names and "Nicaraguan protesters" in names
    assert not any(n.startswith("American") for n in names)


def test_a_people_named_in_the_plural_votes_for_its_country(named: Any) -> None:
    names = read(named("Tens of thousands of Venezuelans marched in the capital on Sunday, and police detained dozens."))
    assert "Venezuelan police" in names


def test_a_court_named_by_a_common_noun_is_the_home_countrys_when_it_acts(named: Any) -> None:
    names = read(named("Police in Madrid detained 20 people. The constitutional court had suspended the vote."))
    assert names.get("Spanish constitutional court") == "Organization"
    names = read(named("Police in Madrid detained 20 people. Last year a court dissolved the party, "
                       "and the vote went to the court."))
    assert not any("court" in n for n in names)


def test_supporters_named_with_no_one_are_the_one_group_of_supporters_named(extract: Any) -> None:
    facts = extract("Supporters of opposition leader Tomas Verhoeven blocked the ring road in Antwerp on Monday. "
                    "Supporters said they would stay until the vote was annulled.")
    groups = [n for n, t in actors(facts).items() if t == "Group"]
    assert groups == ["Tomas Verhoeven supporters"]
    assert speakers(facts) == ["Tomas Verhoeven supporters"]


def test_supporters_set_against_other_civilians_keep_the_rest_apart(nlp: Any) -> None:
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.gazetteer import load_gazetteer

    text = ("Supporters of opposition leader Tomas Verhoeven attacked the students in Antwerp on Monday. "
            "Supporters had camped outside the town hall since the weekend.")
    ctx = Context(nlp(text), parse_article(text, article_id="t"), load_gazetteer())
    find_actors(ctx)
    assert sum(1 for r in ctx.actors.values() if r.type == "Group" and r.name.lower().endswith("supporters")) == 2


def test_a_country_named_only_in_a_title_is_no_actor(extract: Any) -> None:
    facts = extract("President of Russia Vladimir Putin said on Monday that the talks in Geneva had been useful.")
    assert "Russia" not in actors(facts)
    assert actors(facts)["Vladimir Putin"] == "Person"


def test_a_country_that_acts_is_an_actor_beside_a_title(extract: Any) -> None:
    facts = extract("President of Russia Vladimir Putin spoke in Geneva. Russia said on Monday that it would send aid.")
    assert actors(facts)["Russia"] == "Country"


def test_a_correspondent_or_a_byline_is_no_actor(extract: Any) -> None:
    facts = extract("The river divides the city again, Petra Lindqvist reports from Lviv.\n\n"
                    "Protesters marched in Lviv on Monday. The channel's Lviv correspondent Jonas Brandt filmed "
                    "the march.")
    assert "Petra Lindqvist" not in actors(facts)
    assert "Jonas Brandt" not in actors(facts)


def test_a_countrys_minister_is_the_one_named_later_in_apposition(extract: Any) -> None:
    """"Peru's interior minister saying ... the minister, Carlos Mora, said": the person, not Peru."""
    facts = extract("Tension stayed high with Peru's interior minister saying that all those who stayed on the square "
                    "would be considered extremists. Protesters have clashed with police since last Sunday, the "
                    "minister, Carlos Mora, said in a statement.")
    assert speakers(facts) == ["Carlos Mora", "Carlos Mora"]


def test_members_of_a_group_keep_their_printed_name_as_an_alias(extract: Any) -> None:
    """'opposition leaders said': the opposition speaks, known by the text's words too."""
    facts = extract("Thousands rallied in Kyiv on Sunday. The opposition leaders said the president had told them "
                    "nothing new.")
    (spk,) = [a for a in facts["actors"] if a["id"] in {e.get("speaker") for e in facts["events"]}]
    assert spk["name"] == "Ukrainian opposition" and "opposition leaders" in spk["aliases"]


def test_a_title_of_a_territory_before_a_name_is_that_person(extract: Any) -> None:
    """'according to Governor of the Federal District Ibaneis Rocha': the parser hangs the name
    on the title's 'of'; the speaker is the person, not nobody."""
    facts = extract("According to Governor of the Federal District Carlos Mendoza, at least 400 people were detained in "
                    "Brasilia on Sunday.")
    assert speakers(facts) == ["Carlos Mendoza"]


def test_a_pope_keeps_his_title_in_his_name(extract: Any) -> None:
    facts = extract("Pope Francis said on Sunday he was praying for Nicaragua. Francis called for dialogue.")
    assert speakers(facts) == ["Pope Francis", "Pope Francis"]


def test_an_mp_title_is_not_part_of_the_name(extract: Any) -> None:
    facts = extract("MP Nikol Pashinyan told reporters on Monday that the talks in Yerevan had failed.")
    assert speakers(facts) == ["Nikol Pashinyan"]
