"""Statement constructions of wire reports seen on the real-article dev set (the real spaCy
pipeline, invented sentences about other countries): a protest's purpose "to protest X"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_statement_frames import TBILISI, _statements

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people took to the streets in Batumi to protest the foreign agents law.",
        "Thousands of demonstrators came out late on Monday to the streets of Batumi to protest against the new tax.",
        "The rallies resumed this week, with thousands again on the streets to protest corruption and unemployment.",
    ],
)
def test_to_protest_something_is_the_protesters_criticism(extract: Any, text: str) -> None:
    assert ("Georgian protesters", "criticism") in _statements(extract(TBILISI + text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered in Batumi to protest.",  # nothing protested: no words to report
        "The police came to Batumi to protest the decision.",  # no protest, no crowd in the streets
    ],
)
def test_a_bare_protest_or_a_non_protest_says_nothing(extract: Any, text: str) -> None:
    assert ("Georgian protesters", "criticism") not in _statements(extract(TBILISI + text))


def test_straight_single_marks_quote_in_a_text_without_double_marks() -> None:
    from kg.extract.quotes import find_quotes

    text = ("Mr Silva said the talks were 'useful' and that Brazil must 'keep its ties with Chile.'\n"
            "'We will not give in,' Mr Silva said. The minister's aides' cars left.")
    assert [text[a:b] for q in find_quotes(text) for a, b in q.parts] == [
        "useful", "keep its ties with Chile.", "We will not give in,"]
    # with double marks in the text, single straight marks quote only a sentence ('X,' he said)
    doubled = text + ' He called it "a shame".'
    assert [doubled[a:b] for q in find_quotes(doubled) for a, b in q.parts] == ["We will not give in,", "a shame"]


def test_a_lowercase_single_quoted_phrase_is_the_speakers_words(extract: Any) -> None:
    facts = extract("SANTIAGO, Chile (AP) - Talks on trade opened in Santiago on Monday. "
                    "Chilean President Gabriel Boric said on Monday that Chile will seek closer ties with "
                    "the EU but must also 'restore its normal trade ties with Peru.'")
    quotes = [e.get("quote") for e in facts["events"] if e["type"] == "Statement"]
    assert quotes == ["restore its normal trade ties with Peru"]


def test_a_name_the_parse_left_without_its_verb_is_the_pronouns_antecedent(extract: Any) -> None:
    facts = extract(TBILISI + "Opposition envoy Giorgi Vashadze met officials in Washington on Tuesday. "
                    "\u201cWe want free elections,\u201d Vashadze said. "
                    "During a Senate hearing Tuesday on various world threats, Director of National Intelligence "
                    "James Clapper called Russia a danger to U.S. interests. He said the attempts by Moscow "
                    "\u201cto prop up the government will lead to more unrest in the region.\u201d")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    said = {e["quote"]: names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement" and e.get("quote")}
    assert said["to prop up the government will lead to more unrest in the region"] == "James Clapper"


def test_words_quoted_inside_a_reported_clause_are_the_reporters(extract: Any) -> None:
    facts = extract("BOGOTA, Colombia (AP) - Chilean President Gabriel Boric met Colombian President Gustavo Petro "
                    "in Bogota on Monday. Boric told reporters that Petro had assured him of his "
                    "\"readiness to open the border to all goods.\"")
    names = {a["id"]: a["name"] for a in facts["actors"]}
    said = [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]
    assert said == [("Gabriel Boric", "readiness to open the border to all goods")]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers opened fire on protesters in Batumi, according to medical and security sources. "
        "At least 80 people were wounded, the sources said.",
        "Security and medical sources told Reuters that soldiers opened fire on protesters in Batumi. "
        "At least 80 people were wounded, the sources said.",
    ],
)
def test_sources_named_by_joined_words_are_one_group_each(extract: Any, text: str) -> None:
    said = _statements(extract(TBILISI + text))
    assert sorted(s for s, _ in said) == ["Georgian medical sources", "Georgian medical sources",
                                          "Georgian security sources", "Georgian security sources"]


@pytest.mark.parametrize(
    "text",
    [
        "The police force, which reports to Tbilisi Mayor Kakha Kaladze, did little to stop them.",
        "Hundreds of police in riot gear amassed at the entrance of the parliament building, Reuters witnesses said.",
    ],
)
def test_answering_to_someone_and_a_wires_own_witnesses_say_nothing(extract: Any, text: str) -> None:
    assert _statements(extract(TBILISI + text)) == []


def test_reporting_to_a_body_what_happened_is_still_speech(extract: Any) -> None:
    assert _statements(extract(TBILISI + "The ministry reported to parliament that 20 people had died.")) != []


def test_refusing_to_leave_a_place_is_an_act_leaving_office_a_rejection(extract: Any) -> None:
    assert _statements(extract(TBILISI + "Students have, however, refused to leave the university campuses.")) == []
    assert _statements(extract(TBILISI + "President Salome Zourabichvili refused to leave office.")) == [
        ("Salome Zourabichvili", "rejection")]
