"""Which sentences of real news give a statement and which only look like one (the real spaCy
pipeline, invented sentences): reported speech of a question, a hypothetical, a plan, a
refusal to speak or a negated verb is none."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

MINSK = "Thousands marched in Minsk, Belarus, on Sunday. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e["kind"]) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Petrov did not say whether he would stand again.",  # a question, and negated
        "Petrov declined to say how many people had been detained.",  # a refusal to speak
        "Petrov refused to comment on the arrests.",
        "Petrov plans to announce his candidacy on Monday.",  # a plan
        "Petrov will announce new measures on Monday.",
        "Petrov may call for a general strike next week.",  # a possibility
        "If Petrov calls for a strike, the unions will follow.",  # a condition
        "Petrov has never denied that he met the envoy.",  # negated
        "Petrov did not condemn the violence.",
    ],
)
def test_reported_speech_of_what_was_not_said_is_no_statement(extract: Any, text: str) -> None:
    assert _statements(extract(MINSK + text)) == []


def test_not_ruling_out_says_something(extract: Any) -> None:
    assert len(_statements(extract(MINSK + "Petrov did not rule out new marches."))) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech noun said again or issued: a statement of the noun's kind
        ("Petrov repeated his demand for a new election.", [("Petrov", "demand")]),
        ("The union repeated its demand that the minister resign.", [("Belarusian unions", "demand")]),
        ("The organisers issued three demands: new elections, a new constitution and an end to arrests.",
         [("Belarusian organisers", "demand")]),
        # the participle of the document says what kind it is
        ("Petrov published an open letter demanding new elections.", [("Petrov", "demand")]),
        ("The ministry issued a statement condemning the march.", [("Belarusian ministry", "criticism")]),
        # a figure put by someone stays a claim
        ("The opposition put the figure at 50,000.", [("Belarusian opposition", "claim")]),
    ],
)
def test_a_speech_noun_issued_or_repeated_is_a_statement_of_its_kind(
        extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


def test_no_demand_made_is_no_statement(extract: Any) -> None:
    assert _statements(extract(MINSK + "Petrov made no demands.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what someone speaks of something as, in the writer's words
        ("Opposition leader Ivan Petrov spoke of the president as a dictator.", [("Ivan Petrov", "criticism")]),
        ("Opposition leader Ivan Petrov referred to the police as criminals.", [("Ivan Petrov", "criticism")]),
    ],
)
def test_speaking_of_something_as_something_is_a_statement(
        extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


def test_speaking_of_something_alone_is_no_statement(extract: Any) -> None:
    assert _statements(extract(MINSK + "Opposition leader Ivan Petrov spoke of the march at length.")) == []


def _quoted(facts: dict[str, Any]) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [(names[e["speaker"]], e["quote"]) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    "text",
    [
        'Ivan Petrov: "We will not leave this square until the president goes."',  # a name and a colon
        'Ivan Petrov, the opposition leader, was blunt: "We will not leave this square until the president goes."',
    ],
)
def test_a_quotation_after_a_colon_is_the_words_of_who_comes_before_it(extract: Any, text: str) -> None:
    assert _quoted(extract(MINSK + text)) == [("Ivan Petrov", "We will not leave this square until the president goes")]


def test_a_placard_after_a_colon_is_nobody_s_statement(extract: Any) -> None:
    assert _quoted(extract(MINSK + 'The placards were blunt: "Go home, Petrov."')) == []


def test_what_someone_said_was_something_is_their_statement(extract: Any) -> None:
    facts = extract(MINSK + "Students took over the dormitories in what they said was a bid to end the strike.")
    assert _statements(facts) == [("Belarusian students", "claim")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement named by a noun, with its author
        ("The announcement made on Sunday by President Ivan Petrov calmed the marchers.", [("Ivan Petrov", "announcement")]),
        ("The marchers ignored a warning issued by the Interior Ministry.", [("Interior Ministry", "claim")]),
        ("Opposition leader Ivan Petrov's call for a general strike went unheeded.", [("Ivan Petrov", "demand")]),
        # answering someone's call is background, not their statement
        ("Thousands answered to opposition leader Ivan Petrov's call for a general strike.", []),
    ],
)
def test_a_statement_named_by_a_noun_and_its_author(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body saying what it did makes a measure known
        ("The Interior Ministry said it had blocked access to the opposition websites.", "announcement"),
        # not a state of its own, nor a person's account of themselves
        ("The Interior Ministry said it had no information about the arrests.", "comment"),
        ("Opposition leader Ivan Petrov said he had left the country.", "comment"),
    ],
)
def test_a_body_saying_what_it_did_announces_it(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _statements(extract(MINSK + text))] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Ivan Petrov said the count was a farce.",
        "Opposition leader Ivan Petrov said the police were thugs.",
        "Opposition leader Ivan Petrov said the arrests were unconstitutional.",
    ],
)
def test_words_of_contempt_criticise(extract: Any, text: str) -> None:
    assert [k for _, k in _statements(extract(MINSK + text))] == ["criticism"]


def test_a_body_saying_what_it_is_doing_comments(extract: Any) -> None:
    facts = extract(MINSK + "The Interior Ministry said it was closely watching the situation.")
    assert [k for _, k in _statements(facts)] == ["comment"]
