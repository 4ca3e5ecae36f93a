"""Speakers named through a body or a person (the real spaCy pipeline, invented sentences in
the style of wire reports): an office owned by a person named before ("Her office said"),
an office holder's office ("the ombudsman's office"), "sources close to X", "the committee"
for the one named body with that noun, "a statement from the prosecutor's office"; and
what is no statement ("X was to blame", "spoke in a televised speech")."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

LIMA = "Thousands of people marched in Lima on Sunday against the government. "


def _statements(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (LIMA + "President Dina Boluarte has refused to resign. Her office said in a statement that the violence "
         "was unacceptable.", ["Dina Boluarte", "Dina Boluarte's office"]),
        (LIMA + "The ombudsman's office said 53 people had died in the unrest.", ["ombudsman's office"]),
        (LIMA + "Sources close to President Dina Boluarte said she would not resign.", ["Dina Boluarte"]),
        (LIMA + "According to a statement from the prosecutor's office, three people face charges.",
         ["prosecutor's office"]),
        (LIMA + "The National Coordinator of Human Rights said 40 people were hurt. The coordinator said most "
         "were shot.", ["National Coordinator of Human Rights", "National Coordinator of Human Rights"]),
    ],
)
def test_bodies_speak(extract: Any, text: str, speakers: list[str]) -> None:
    assert _statements(extract(text)) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (LIMA + "Foreign Minister Ana Gervasi said the opposition was to blame for the crisis.", ["Ana Gervasi"]),
        (LIMA + 'Gen. Luis Vera spoke in a televised speech. "The army will stay in its barracks," he said.',
         ["Luis Vera"]),
    ],
)
def test_no_statement_of_its_own(extract: Any, text: str, speakers: list[str]) -> None:
    assert _statements(extract(text)) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (LIMA + "The High Commissioner for Peace, Luis Ortiz, said the talks would go on.", ["Luis Ortiz"]),
        (LIMA + "The Inspector General of Police, Raul Alfaro, said officers had shown restraint.", ["Raul Alfaro"]),
        (LIMA + "According to the NGO Aprodeh, 37 people have died.", ["Aprodeh"]),
    ],
)
def test_names_behind_titles_and_kinds(extract: Any, text: str, speakers: list[str]) -> None:
    assert _statements(extract(text)) == speakers


def test_both_leaders_speak_each(extract: Any) -> None:
    text = LIMA + "Biden and Putin met in Geneva. Both leaders said the talks had been useful."
    assert _statements(extract(text)) == ["Joe Biden", "Vladimir Putin"]


def test_the_two_sides_are_the_leaders_countries(extract: Any) -> None:
    text = LIMA + "Biden and Putin met in Geneva. The two sides said they would return their ambassadors."
    assert _statements(extract(text)) == ["United States", "Russia"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Al Jazeera's Nicolas Haque, reporting from Dakar, said students had thrown stones at police.",
        "NTV reporter said the protesters had marched towards the secretariat.",
    ],
)
def test_the_outlets_reporter_is_the_source(extract: Any, sentence: str) -> None:
    assert _statements(extract(LIMA + sentence)) == []


def test_she_after_a_name_read_as_a_body(extract: Any) -> None:
    text = ('Thousands marched in Nairobi on Tuesday. Resila Onyango said 105 people had been arrested. '
            '"Our officers acted with restraint," she said.')
    assert _statements(extract(text)) == ["Resila Onyango", "Resila Onyango"]


def test_the_reporter_stays_the_source_when_he_adds(extract: Any) -> None:
    text = ("Thousands marched in Dakar on Friday. Al Jazeera's Nicolas Haque, reporting from Dakar, said "
            'students had thrown stones at police. "They have been throwing tear gas all day," he added.')
    assert _statements(extract(text)) == []


def test_reporters_estimate_is_the_outlets(extract: Any) -> None:
    text = LIMA + "Reporters estimate that more than 50,000 people crammed into the central square."
    assert _statements(extract(text)) == []


def test_a_double_prime_closes_a_quotation() -> None:
    from kg.extract.quotes import find_quotes

    t = "Lula said there was \u201cincompetence or bad faith\u2033 on the part of police. He promised to act."
    assert [t[a:b] for q in find_quotes(t) for a, b in q.parts] == ["incompetence or bad faith"]


def test_according_to_the_website_named_after_its_kind(extract: Any) -> None:
    text = ("Thousands rallied in Moscow on Sunday.\n\nAbout a dozen protesters have been detained, "
            "according to independent police-monitoring website OVD-Info.")
    assert _statements(extract(text)) == ["OVD-Info"]


YEREVAN = "Thousands rallied in Yerevan on Sunday against the border deal. "


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("Pashinyan has offered to hold talks with the protesters.", ["Nikol Pashinyan"]),  # the gazetteer's full name
        ("Pashinyan offered amnesty for the detained protesters.", ["Nikol Pashinyan"]),
        ("Pashinyan offered no details.", []),
        ("Pashinyan later attended a dinner offered by the Kremlin.", []),
        ("Galstanyan gave the government an ultimatum to resign by Tuesday.", ["Galstanyan"]),
        ("The protesters said the border deal with Azerbaijan betrays Armenia.", ["Armenian protesters"]),
    ],
)
def test_offers_ultimatums_and_misparsed_clauses(extract: Any, sentence: str, speakers: list[str]) -> None:
    assert _statements(extract(YEREVAN + sentence)) == speakers
