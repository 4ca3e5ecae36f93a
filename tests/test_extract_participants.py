"""Protest participants (issue 11): the groups a sentence makes the doers of its protest,
whatever their noun, and the supporters of one leader as the protesters. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _participants(facts: dict[str, Any]) -> list[list[dict[str, Any]]]:
    actors = {a["id"]: a for a in facts["actors"]}
    return [[actors[p] for p in e.get("participants", [])] for e in facts["events"] if e["type"] == "Protest"]


def _names(actors: list[dict[str, Any]]) -> set[str]:
    return {n.lower() for a in actors for n in [a["name"], *a.get("aliases", [])]}


def test_conjoined_subjects_of_the_protest_verb_take_part(extract: Any) -> None:
    (ppl,) = _participants(extract(
        "Striking workers, students and thousands of protesters took to the streets of Valparaiso on Monday."))
    names = _names(ppl)
    assert {"striking workers", "students", "protesters"} <= names  # the capitalised first word kept


def test_the_agent_of_a_protest_noun_takes_part(extract: Any) -> None:
    (ppl,) = _participants(extract("A march staged by teachers crossed Montevideo on Friday."))
    assert "teachers" in _names(ppl)


def test_the_protesters_are_the_supporters_who_stormed(extract: Any) -> None:
    facts = extract("Supporters of opposition leader Ana Ruiz stormed the parliament in Asuncion on Sunday. "
                    "Police fired tear gas at the protesters.")
    (ppl,) = _participants(facts)
    assert [a["name"] for a in ppl] == ["Ana Ruiz supporters"]
    assert not any(a["name"].endswith("protesters") for a in facts["actors"])


def test_supporters_of_an_earlier_year_are_not_todays_protesters(extract: Any) -> None:
    facts = extract("In 2016 supporters of cleric Omar Haddad stormed the parliament in Baghdad. "
                    "On Tuesday thousands of protesters marched in Basra.")
    assert any(a["name"].endswith("protesters") for ppl in _participants(facts) for a in ppl)


def test_an_opposition_named_beside_a_protest_is_not_its_participant(extract: Any) -> None:
    """Only a doer of the protest takes part: the opposition here speaks about it."""
    facts = extract("The opposition condemned the arrests as thousands of protesters marched in Tbilisi on Sunday.")
    (ppl,) = _participants(facts)
    assert [a["name"] for a in ppl] == ["Georgian protesters"]


def test_a_plural_demonym_doing_the_protest_names_the_countrys_protesters(extract: Any) -> None:
    (ppl,) = _participants(extract("Tens of thousands of Peruvians took to the streets of Lima on Saturday."))
    assert [a["name"] for a in ppl] == ["Peruvian protesters"] and "Peruvians" in ppl[0]["aliases"]


def test_supporters_read_as_the_object_of_after_are_the_doers(extract: Any) -> None:
    """'after supporters of X stormed': the parser makes 'supporters' the object of 'after' and
    leaves 'stormed' without a subject; the main clause's police are not the protesters."""
    (ppl,) = _participants(extract("Police detained 60 people after supporters of jailed opposition leader Ana Ruiz "
                                   "stormed the electoral commission in Asuncion on Sunday."))
    assert [a["name"] for a in ppl] == ["Ana Ruiz supporters"]


def test_doers_of_a_staged_sit_in_take_part(extract: Any) -> None:
    """'staged' (lemmatised 'stag' by the model) and a sit-in split into three tokens."""
    (ppl,) = _participants(extract(
        "Students and teachers staged a sit-in outside the education ministry in Montevideo on Friday."))
    assert {"students", "teachers"} <= _names(ppl)


def test_a_capitalised_group_after_a_dateline_is_a_group(extract: Any) -> None:
    (ppl,) = _participants(extract(
        "LIMA (Reuters) - Students, unions and social groups staged marches in Lima on Tuesday."))
    assert {"students", "unions"} <= _names(ppl)


def test_trades_that_march_as_a_body_take_part(extract: Any) -> None:
    (ppl,) = _participants(extract("Thousands of truckers and taxi drivers blocked highways around Bogota on Monday."))
    assert {"truckers", "taxi drivers"} <= _names(ppl)


def test_the_agent_of_a_protest_in_a_relative_clause_takes_part(extract: Any) -> None:
    (ppl,) = _participants(extract("In Kisumu, the protest that was staged by lawyers turned violent on Tuesday."))
    assert "lawyers" in _names(ppl)


def test_the_subject_of_a_protest_verb_of_any_kind_takes_part(extract: Any) -> None:
    """The protest word is itself the verb ('broke into'): its subject does the protest,
    and the party named only by its short name before 'supporters' is whom they support."""
    (ppl,) = _participants(extract("BNP supporters broke into the election commission office in Dhaka on Wednesday."))
    assert [a["name"] for a in ppl] == ["BNP supporters"]


def test_supporters_named_by_the_first_word_of_a_party_are_its_supporters(extract: Any) -> None:
    facts = extract("A convoy of Future Movement supporters toured Beirut on Sunday. "
                    "In Tripoli, Future supporters blocked a main road on Sunday.")
    assert [[a["name"] for a in ppl] for ppl in _participants(facts) if ppl][-1] == ["Future Movement supporters"]


@pytest.mark.parametrize("text", [
    "Thousands of Omar Haddad supporters storming the Congress were dispersed by police in Asuncion on Sunday.",
    "Police dispersed thousands of supporters of Omar Haddad storming the Congress in Asuncion on Sunday.",
])
def test_the_crowd_police_dispersed_took_part(extract: Any, text: str) -> None:
    (ppl,) = _participants(extract(text))
    assert [a["name"] for a in ppl] == ["Omar Haddad supporters"]


def test_the_crowd_the_forces_clash_with_takes_part(extract: Any) -> None:
    """Clashes have two sides: the crowd on the other side of the forces takes part; the
    forces themselves do not."""
    (ppl,) = _participants(extract("Clashes broke out in Basra on Thursday between supporters of Omar Haddad "
                                   "and police."))
    assert [a["name"] for a in ppl] == ["Omar Haddad supporters"]


def test_a_protest_naming_no_doer_is_the_one_group_of_supporters_facing_the_police(extract: Any) -> None:
    facts = extract("Zambian police clashed with supporters of arrested opposition leader Hakainde Hichilema on "
                    "Thursday, leaving one person dead. Protests broke out in Lusaka after his arrest.")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    lusaka = [e for e in facts["events"] if e["type"] == "Protest"]
    assert lusaka and all([names[p] for p in e["participants"]] == ["Hakainde Hichilema supporters"] for e in lusaka)


def test_a_count_standing_alone_for_the_people_is_the_countrys_protesters(extract: Any) -> None:
    facts = extract("Thousands marched in Nairobi on Sunday. About 5,000 rallied in Mombasa on Monday. "
                    "Hundreds of students protested in Kisumu on Tuesday.")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    assert [[names[p] for p in e["participants"]] for e in facts["events"] if e["type"] == "Protest"] == [
        ["Kenyan protesters"], ["Kenyan protesters"], ["Kenyan students"]]


def test_they_after_a_counted_crowd_are_the_counted_group(extract: Any) -> None:
    facts = extract("The powerful union has more than one million members. Hundreds of Ennahda supporters gathered "
                    "outside parliament in Tunis on Monday, where they scuffled with supporters of Kais Saied.")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    protest = next(e for e in facts["events"] if e["type"] == "Protest")
    assert "Tunisian unions" not in [names[p] for p in protest["participants"]]
    assert "Ennahda supporters" in [names[p] for p in protest["participants"]]


def test_a_list_of_groups_read_as_two_subjects_takes_part(extract: Any) -> None:
    """'Unions, students, ... and the opposition took to ...': the parser makes 'Unions' and
    'students' two subjects of the verb; every group of the list takes part."""
    (ppl,) = _participants(extract(
        "Unions, students, indigenous people and the opposition once again took to the streets of Lima on Saturday."))
    assert {"unions", "students", "opposition"} <= _names(ppl)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of opposition supporters marched in Yerevan on Sunday. Protesters blocked the main avenue in "
        "Yerevan on Sunday.",
        "A mass opposition rally was held in Caracas on Wednesday as protesters demanded the president's resignation.",
    ],
)
def test_an_opposition_that_only_qualifies_the_crowd_is_the_protesters(extract: Any, text: str) -> None:
    (ppl,) = _participants(extract(text))
    assert [a["name"].split()[-1] for a in ppl] == ["protesters"]


def test_an_opposition_that_protests_by_its_own_noun_takes_part(extract: Any) -> None:
    (ppl,) = _participants(extract(
        "Unions, students and the opposition took to the streets of Lima on Wednesday, and protesters blocked roads in Lima."))
    assert "Peruvian opposition" in {a["name"] for a in ppl}


@pytest.mark.parametrize("text", [
    # the count is the verb's subject: "thousands of supporters ... rallied"
    "Thousands of supporters of jailed opposition leader Luis Arce rallied in La Paz on Saturday. "
    "Protesters chanted slogans and police detained several demonstrators.",
    # the crowd the police broke up
    "Police in Lima fired tear gas on Tuesday to disperse supporters of former president Pedro Castillo. "
    "Protesters blocked roads in the capital.",
])
def test_counted_or_dispersed_supporters_are_the_protesters(extract: Any, text: str) -> None:
    """One crowd, one actor: the leader's supporters reported protesting (counted, or dispersed
    by the police) are the report's protesters, not a second group beside them."""
    facts = extract(text)
    groups = [a["name"] for a in facts["actors"] if a["type"] == "Group"]
    assert len(groups) == 1 and groups[0].endswith(" supporters")
    assert "protesters" in {n.lower() for a in facts["actors"] for n in a.get("aliases", [])}


def test_a_headline_surname_and_the_full_name_own_one_group_of_supporters(extract: Any) -> None:
    """'Castillo supporters storm ...' in the headline (before the person is named, so made an
    organisation 'Castillo'), 'supporters of ... Pedro Castillo' in the body: one group."""
    facts = extract("Peru: Castillo supporters storm key government buildings\n\n"
                    "Lima: Police have arrested at least 200 people after supporters of Peru's former President "
                    "Pedro Castillo stormed several government buildings in the capital on Sunday.")
    groups = [a for a in facts["actors"] if a["type"] == "Group"]
    assert [g["name"] for g in groups] == ["Pedro Castillo supporters"]
    assert "Castillo supporters" in groups[0]["aliases"]


def test_the_crowd_another_clause_has_protesting_takes_part(extract: Any) -> None:
    """'The protests also rocked X, where chanting youths walked ...': the protest word names no
    doer of its own; the crowd the sentence's other clause has marching is its."""
    (ppl,) = _participants(extract(
        "The protests also rocked Cusco town where chanting youths walked along the main avenue waving placards."))
    assert "youths" in _names(ppl)
