"""Who speaks (the real spaCy pipeline, invented sentences): a plural noun of people or
bodies speaks as a group of the home country named as printed; "the party" speaks for the
organisation named just before; a newspaper relays and speaks for no one; "X was quoted as
saying" is X's; "she" is not the man named last."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

LUSAKA = "Thousands of people marched through Lusaka on Saturday against a new tax law. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, set[str]]]:
    actors = {a["id"]: a for a in facts["actors"]}
    return [(actors[e["speaker"]]["name"], set(actors[e["speaker"]].get("aliases") or []))
            for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("sentence", "alias"),
    [
        ("Human rights groups said at least a dozen people had been killed.", "human rights groups"),
        ("Catholic bishops warned in a pastoral letter that the tax hurt the poor.", "catholic bishops"),
        ("Market traders complained that the monthly fee was far too high.", "market traders"),
        ("Analysts say the tax will slow the economy.", "analysts"),
    ],
)
def test_a_plural_collective_speaks_as_a_home_group(extract: Any, sentence: str, alias: str) -> None:
    [(name, aliases)] = _statements(extract(LUSAKA + sentence))
    assert name.startswith("Zambian ") and alias in aliases


def test_the_party_speaks_for_the_organisation_named_before(extract: Any) -> None:
    facts = extract(LUSAKA + "The Patriotic Front joined the march. The party said the law was a betrayal.")
    assert [name for name, _ in _statements(facts)] == ["Patriotic Front"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Journalists at the scene said the police fired tear gas.",  # the outlet's people: the source
        "Court documents say the students were charged with rioting.",  # a document, not a collective
        "Many people said they were afraid.",
    ],
)
def test_no_collective_speaker(extract: Any, sentence: str) -> None:
    assert _statements(extract(LUSAKA + sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lusaka Times reported that thirty people were arrested.",
        'Police said the crowd was calm, with marchers shouting: "The roads belong to us," the Lusaka Times reported.',
    ],
)
def test_a_newspaper_relays_and_speaks_for_no_one(extract: Any, sentence: str) -> None:
    said = _statements(extract(LUSAKA + sentence))
    assert all("Times" not in name for name, _ in said)
    assert len(said) == (1 if sentence.startswith("Police") else 0)


@pytest.mark.parametrize("agent", ["", " by a local radio station"])
def test_quoted_as_saying_is_the_one_quoted(extract: Any, agent: str) -> None:
    facts = extract(LUSAKA + f"Peter Mumba was quoted{agent} as saying that the government had failed.")
    assert [name for name, _ in _statements(facts)] == ["Peter Mumba"]


def test_she_is_not_the_man_named_last(extract: Any) -> None:
    facts = extract(LUSAKA + "Grace Tembo, a trader, has sold fish for 20 years. Her husband, John Tembo, lost his "
                             'job last year.\n\n"We cannot survive like this," she said.')
    assert [name for name, _ in _statements(facts)] == ["Grace Tembo"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The city's urban guard said that 40,000 people had joined the march.", "urban guard"),
        ("The electoral council said the count would be published on Monday.", "electoral council"),
        ("The three parties issued a statement saying they would meet again.", "three parties"),
        ("The country's bar association condemned the arrests.", "bar association"),
    ],
)
def test_a_definite_body_noun_speaks_as_the_body_printed(extract: Any, sentence: str, name: str) -> None:
    assert [n for n, _ in _statements(extract(LUSAKA + sentence))] == [name]


def test_a_body_noun_with_a_named_modifier_is_left_to_the_named_body(extract: Any) -> None:
    assert "city council" not in [n for n, _ in _statements(extract(LUSAKA + "The Lusaka city council said the march was calm."))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Patriotic Front joined the march. Officials from the party said the law was a betrayal.", "Patriotic Front"),
        ("Officials of the electoral council said the count was late.", "electoral council"),
        ("Officials from the party of former President Edgar Lungu say he has been arrested.", "Edgar Lungu's party"),
    ],
)
def test_officials_of_a_body_speak_for_the_body(extract: Any, sentence: str, name: str) -> None:
    assert [n for n, _ in _statements(extract(LUSAKA + sentence))] == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "The international community said the vote was flawed.",
        "The arrests drew protests from an international community that denounces police abuse.",
    ],
)
def test_the_international_community_speaks_as_a_group(extract: Any, sentence: str) -> None:
    assert [n for n, _ in _statements(extract(LUSAKA + sentence))] == ["international community"]


def test_a_relative_clause_of_a_collective_speaks_for_its_antecedent(extract: Any) -> None:
    facts = extract(LUSAKA + "The march was backed by analysts who say the tax will hurt growth.")
    assert [n for n, _ in _statements(facts)] == ["Zambian analysts"]


def test_the_kind_speaks_for_the_name_printed_after_it_before(extract: Any) -> None:
    facts = extract(LUSAKA + "In Kabwata, looters ransacked a South African chain Shoprite store, a Reuters reporter said. "
                    "The chain says at least 14 stores have been attacked.")
    assert "Shoprite" in [n for n, _ in _statements(facts)]


def test_many_of_a_nationality_speak_as_a_group(extract: Any) -> None:
    facts = extract(LUSAKA + "The law is, according to many Zambians, a betrayal of the poor.")
    assert ("Zambians", {"many Zambians"}) in _statements(facts)


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("Tens of thousands of Zambians called for the minister's resignation.", True),
        ("The crowd demanded that the law be withdrawn.", True),
        ("Hundreds of students denounced the new fees.", True),
        # a crowd of a named kind is that kind, not the protesters
        ("Thousands of nurses called for higher pay.", False),
    ],
)
def test_a_counted_crowd_that_demands_is_the_protesters(extract: Any, sentence: str, speaks: bool) -> None:
    names = [name for name, _ in _statements(extract(LUSAKA + sentence))]
    assert (names == ["Zambian protesters"]) is speaks and len(names) == 1


def test_a_crowd_with_no_protest_told_near_it_is_no_speaker(extract: Any) -> None:
    facts = extract("The minister visited Lusaka on Saturday. Thousands of people called for her resignation online.")
    assert _statements(facts) == []
