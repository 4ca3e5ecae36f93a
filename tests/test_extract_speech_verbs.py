"""Speech verbs of wire copy beyond "said" (the real spaCy pipeline, invented sentences):
"adding that ..." as a statement of its own, quote-only verbs with a "that" clause ("posted
on Facebook that", "replied that"), verbs of foresight and hints ("anticipated that",
"signalled that", "highlighted", "pointed out that"), "responded by saying that", "expressed
hope", "went on to say", disputing, and defending a measure (not a place or a person)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

CALI = "Protesters clashed with police in Cali on Monday. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


def _evidence(event: dict[str, Any]) -> str:
    ev = event.get("evidence") or ""
    return " ".join(ev) if isinstance(ev, list) else ev


def test_adding_that_is_a_statement_of_its_own(extract: Any) -> None:
    facts = extract(CALI + "Interior Minister Daniel Palacios said the government was open to talks, "
                           "adding that roadblocks would be removed.")
    said = [e for e in facts["events"] if e["type"] == "Statement"]
    assert len(said) == 2
    assert any("adding that roadblocks" in _evidence(e) for e in said)


@pytest.mark.parametrize("text", [
    '"We are open to talks," Interior Minister Daniel Palacios said, adding that he would "never negotiate".',
    '"We are open to talks," Interior Minister Daniel Palacios said, adding that roadblocks would be removed.',
])
def test_adding_after_a_quotation_is_one_statement_with_it(extract: Any, text: str) -> None:
    assert [q for _s, q in _statements(extract(CALI + text))].count(None) == 0


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (CALI + "Senator Gustavo Bolivar posted on Facebook that the police had fired on students.", "Gustavo Bolivar"),
        (CALI + "Asked about the curfew, Mayor Jorge Ospina replied that it would end on Friday.", "Jorge Ospina"),
        (CALI + "Foreign Minister Claudia Blum anticipated on Sunday that the talks would last two days.", "Claudia Blum"),
        (CALI + "Finance Minister Jose Restrepo signalled that the tax bill would be withdrawn.", "Jose Restrepo"),
        (CALI + "Defence Minister Diego Molano disputed the figures given by the organisers.", "Diego Molano"),
        (CALI + "Defence Minister Diego Molano defended the deployment of troops in the city.", "Diego Molano"),
        (CALI + "Mayor Jorge Ospina responded by saying that the curfew would end on Friday.", "Jorge Ospina"),
        (CALI + "Mayor Jorge Ospina expressed hope that the talks would succeed.", "Jorge Ospina"),
        (CALI + "Mayor Jorge Ospina highlighted three priorities for the talks.", "Jorge Ospina"),
        (CALI + "Mayor Jorge Ospina pointed out that the curfew would end on Friday.", "Jorge Ospina"),
        (CALI + "Mayor Jorge Ospina went on to say that the curfew would end on Friday.", "Jorge Ospina"),
    ],
)
def test_speech_verbs_of_wire_copy(extract: Any, text: str, speaker: str) -> None:
    assert (speaker, None) in _statements(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        CALI + "Mayor Jorge Ospina posted a video of the clashes.",
        CALI + "Troops defended the presidential palace.",
        CALI + "Mayor Jorge Ospina defended himself.",
        CALI + "The organisers anticipated heavy traffic.",
        CALI + "Mayor Jorge Ospina pointed to the barricades.",
        CALI + "Mayor Jorge Ospina is going to say that the curfew will end.",
    ],
)
def test_no_speech_without_what_is_said(extract: Any, text: str) -> None:
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (CALI + 'Prime Minister Ana Ruiz met the organisers.\n\n"We will listen," the prime minister said.', "Ana Ruiz"),
        (CALI + 'Prime Minister Ana Ruiz met the organisers.\n\n"We will listen," the Prime Minister said.', "Ana Ruiz"),
        (CALI + 'Among the marchers was Maya Castro, a teacher.\n\n"We are tired," the teacher said.', "Maya Castro"),
        (CALI + 'Kremlin spokesman Dmitry Peskov spoke on Monday. The Kremlin spokesman said talks would go on.',
         "Dmitry Peskov"),
    ],
)
def test_a_definite_title_is_the_person_named_with_it(extract: Any, text: str, speaker: str) -> None:
    assert speaker in [s for s, _q in _statements(extract(text))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (CALI + "State media quoted Defence Minister Diego Molano as saying the army would stay.", "Diego Molano"),
        (CALI + "El Tiempo cited Defence Minister Diego Molano as saying the army would stay.", "Diego Molano"),
    ],
)
def test_quoted_as_saying_in_the_active(extract: Any, text: str, speaker: str) -> None:
    assert (speaker, None) in _statements(extract(text))


def test_she_after_a_long_quotation_is_the_subject_before_it(extract: Any) -> None:
    facts = extract(CALI + "\n\nProtest leader Maria Gomez announced on Twitter that she would march to Bogota. "
                           '"The time has come. We have no choice. We leave tonight at eight. We need you," she said.')
    assert [s for s, q in _statements(facts) if q] == ["Maria Gomez"]


@pytest.mark.parametrize(
    "text",
    [
        "The government declared a curfew in Cali, Colombia, on Monday amid protests demanding the president's resignation.",
        "It was the most violent day in weeks of rallies demanding the end of the tax reform in Cali, Colombia.",
        "Protests demanding the release of the strike leaders were held on Monday across Colombia.",
    ],
)
def test_protests_named_in_passing_make_no_demand(extract: Any, text: str) -> None:
    assert "Colombian protesters" not in [s for s, _q in _statements(extract(text))]


def test_a_rally_calling_for_is_the_protesters_demand(extract: Any) -> None:
    facts = extract("Tens of thousands massed in Bogota, Colombia, on Saturday in a huge rally calling for the "
                    "president to resign.")
    assert ("Colombian protesters", None) in _statements(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "count"),
    [
        ("Briefing the media on the talks between Duque and Petro, Foreign Secretary Ana Ruiz said both sides "
         "have agreed on pursuing a peaceful dialogue.", "Ana Ruiz", 1),
        ("Raising his right hand before a crowd, Gustavo Petro declared himself the winner, called for new "
         "elections and put himself on a collision course with Duque.", "Gustavo Petro", 2),
    ],
)
def test_a_subject_the_parser_hung_elsewhere(extract: Any, text: str, speaker: str, count: int) -> None:
    assert [s for s, _q in _statements(extract(CALI + "\n\n" + text))].count(speaker) == count


def test_a_quotation_cut_off_by_the_end_of_the_text_is_no_quotation() -> None:
    from kg.extract.quotes import find_quotes
    from kg.extract.statements import cut_off

    text = 'He noted at the same time that Moscow and Beijing "suf'
    assert [cut_off(text, q) for q in find_quotes(text)] == [True]
    text = '"We will win," he said. "The police will never stop us and'
    assert [cut_off(text, q) for q in find_quotes(text)] == [False, False]


def test_conjoined_speakers_each_speak(extract: Any) -> None:
    facts = extract(CALI + "The United States and Canada said in a joint statement that the violence must stop.")
    assert {s for s, _q in _statements(facts)} == {"United States", "Canada"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (CALI + "The army will stay, according to a statement released by the defence ministry.",
         "Colombian defence ministry"),
        (CALI + "According to a statement by Human Rights Watch, 40 people died.", "Human Rights Watch"),
    ],
)
def test_according_to_a_statement_by(extract: Any, text: str, speaker: str) -> None:
    assert (speaker, None) in _statements(extract(text.replace("Cali on", "Cali, Colombia, on")))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Several countries across the world have expressed concern over the violence and urged calm.",
         "Several countries"),
        ("Western governments urged restraint.", "Western governments"),
    ],
)
def test_many_states_speak_as_a_group(extract: Any, text: str, speaker: str) -> None:
    facts = extract("Protesters clashed with police in Nairobi, Kenya, on Tuesday. " + text)
    assert {s for s, _q in _statements(facts)} == {speaker}
