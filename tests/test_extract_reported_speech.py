"""Reported speech of real news (the real spaCy pipeline, invented sentences): which sentences
are statements and of what kind -- a headline's verb, the clause hung on the person told,
calling a strike, a protest's participles, asking someone to act, naming something as
something, threats; and what is not one: a statement nobody made, a state "reported", an
official dismissed from office."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

MINSK = "Thousands marched in Minsk, Belarus, on Sunday. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e["kind"]) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hung the reported clause on the person told, as a relative clause (an offer
        # someone made, told with what was offered, is made known: an announcement)
        ("Opposition deputy Ivan Petrov told the gathering that ministers had offered talks.",
         [("Ivan Petrov", "announcement")]),
        # an actor calling a strike makes it known
        ("Union leader Ivan Petrov called a general strike against the new law.", [("Ivan Petrov", "announcement")]),
        # asking someone to do something demands it
        ("Opposition leader Ivan Petrov asked the riot police to stand down.", [("Ivan Petrov", "demand")]),
        # what someone calls a thing, in the writer's words
        ("Opposition leader Ivan Petrov described the count as a fake.", [("Ivan Petrov", "claim")]),
        ("Opposition leader Ivan Petrov described the count as a farce.", [("Ivan Petrov", "criticism")]),  # contempt
        ("Opposition leader Ivan Petrov called the count a sham.", [("Ivan Petrov", "criticism")]),  # contempt too
        # a relative clause saying someone made no statement is none; the verb after it is one
        ("President Ivan Petrov, who has still not made any statement about the marches, said that the police "
         "had opened 20 inquiries.", [("Ivan Petrov", "claim")]),
    ],
)
def test_reported_speech(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


def test_a_headline_verb_read_as_a_noun_still_reports(extract: Any) -> None:
    facts = extract("Protesting students demand end to exam reform.\n\n" + MINSK)
    assert _statements(facts) == [("Belarusian students", "demand")]


def test_each_participle_of_a_protest_speaks_for_the_protesters(extract: Any) -> None:
    facts = extract("Tens of thousands of Belarusians took to the streets of Minsk on Sunday in a new national "
                    "strike, calling for an end to the curfew and demanding the release of the detained.")
    assert _statements(facts) == [("Belarusian protesters", "demand"), ("Belarusian protesters", "demand")]


@pytest.mark.parametrize(
    "text",
    [
        # a state "reported", by nobody named
        "Police used water cannon, with 20 marchers reported hospitalized with injuries.",
        # removed from office: no claim dismissed
        "Moscow moved to dismiss the regional government of Kaliningrad.",
        # a refusal to act, not one to accept or to go; hospitality
        "The march began after President Ivan Petrov refused to salvage a trade deal with Poland.",
        "Over the years the Belarusian Foreign Ministry has welcomed important guests at its villa.",
        # the writer's distance, no statement
        "Police broke up the march against what opposition leader Ivan Petrov called the persecution of students.",
    ],
)
def test_no_statement(extract: Any, text: str) -> None:
    assert _statements(extract(MINSK + text)) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The police warned of legal action if the road blockades went on.", "demand"),
        ("The Orthodox Church warned that it would withdraw its support for the talks.", "demand"),
        ("President Ivan Petrov threatened harsh measures against the marchers.", "demand"),
        ("Opposition leader Ivan Petrov warned the marchers to stay away from the square.", "demand"),
        # a prediction and a danger are not threats
        ("Kremlin spokesman Dmitry Peskov warned that progress was unlikely.", "comment"),  # a forecast, a view
        ("Opposition leader Ivan Petrov warned of a plot against the movement.", "claim"),
        ("The Kremlin warned that it would not tolerate foreign meddling.", "claim"),
    ],
)
def test_a_threat_demands(extract: Any, text: str, kind: str) -> None:
    assert [k for _, k in _statements(extract(MINSK + text))] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that only attributes the quotation before it says it, whatever the verb
        ("“I only want to keep my job”, confides a marcher.", [("Belarusian protesters", "comment")]),
        ("“We are not afraid any more,” Ivan Petrov confided.", [("Ivan Petrov", "comment")]),
        # one with words of its own does not: "smiled at the police" is no attribution
        ("“We are not afraid any more.” Ivan Petrov smiled at the police.", []),
        # wanting something of others demands it; wanting to do something oneself does not
        ("“We want a new election,” opposition leader Ivan Petrov said.", [("Ivan Petrov", "demand")]),
        ("“I want to keep my job,” opposition leader Ivan Petrov said.", [("Ivan Petrov", "comment")]),
    ],
)
def test_quotations_and_their_kinds(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


def test_a_refusal_to_go_is_a_rejection(extract: Any) -> None:
    assert _statements(extract(MINSK + "President Ivan Petrov has refused to step down.")) == [("Ivan Petrov", "rejection")]


def test_a_sentence_printed_again_with_a_time_word_is_one_statement(extract: Any) -> None:
    said = "opposition deputy Ivan Petrov told the crowd that ministers have been offering talks with the opposition."
    facts = extract(MINSK + said[0].upper() + said[1:] + "\n\nThe police watched.\n\nEarlier, " + said)
    assert _statements(facts) == [("Ivan Petrov", "claim")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recognition is a declaration by its act
        ("The Lithuanian government recognised Ivan Petrov as the rightful president.",
         [("Lithuanian government", "announcement")]),
        ("Ivan Petrov swore himself in as interim president.", [("Ivan Petrov", "announcement")]),
        # acknowledging that something is so, or a recognition asked for, is not that act
        ("Lithuania recognised that the count had been fair.", []),
    ],
)
def test_a_formal_act_declares(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


def test_evidence_printed_before_in_a_caption_is_the_whole_sentence(extract: Any) -> None:
    """The scorer and the reader find an evidence fragment by its first occurrence: words a
    photo caption printed before are given with their whole sentence."""
    text = ("Prime Minister Irakli Kobakhidze speaks in Tbilisi, Georgia, Monday, amid protests demanding his "
            "resignation. (AP Photo)\n\nTBILISI, Georgia (AP) - Georgia's prime minister on Monday refused to withdraw "
            "the media law as protests demanding his resignation continued across the country.")
    facts = extract(text)
    demands = [e for e in facts["events"] if e["type"] == "Statement" and e["kind"] == "demand"]
    assert demands and all(text.find(e["evidence"]) > text.index("TBILISI") for e in demands)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition leader Ivan Petrov repudiated the violence.", [("Ivan Petrov", "rejection")]),
        ("Opposition leader Ivan Petrov contends that the vote was rigged.", [("Ivan Petrov", "claim")]),
    ],
)
def test_repudiating_and_contending_are_speech(extract: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(extract(MINSK + text)) == expected


def test_two_speakers_side_by_side_each_speak(extract: Any) -> None:
    # "X said ..., but Y says ...": the second verb is coordinated with the first, not inside it
    facts = extract(MINSK + "Lithuania said the border would stay closed, but Poland says the decision was illegal.")
    assert [s for s, _ in _statements(facts)] == ["Lithuania", "Poland"]


def test_a_region_that_speaks_is_its_government(extract: Any) -> None:
    # a region named as a place before, then the subject of a speech verb: an Organization speaks
    facts = extract("Thousands of farmers marched in Munich, Bavaria, on Sunday against the new water law. "
                    "Bavaria said 80% of farmers opposed the law.")
    kinds = {a["name"]: a["type"] for a in facts["actors"]}
    assert _statements(facts) == [("Bavaria", "claim")] and kinds["Bavaria"] == "Organization"


def test_the_other_speakers_words_do_not_set_the_first_ones_kind(extract: Any) -> None:
    facts = extract(MINSK + "Lithuania said 90% of voters favored independence, but Russia says the vote was illegal.")
    assert _statements(facts)[0] == ("Lithuania", "claim")
