"""Statement kinds settled by how a statement was made (kg/extract/kinds_official.py) and the
wider cue vocabulary of reproach, refusal and praise (kg/extract/lexicon.py KIND_CUES), on
sentences written in the style of wire reports."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.kinds import cue_kind


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what a body makes known in a written statement: a measure, a result, a state it declares
        ("The Normandy Four issued a statement saying the Russian and Ukrainian leaders had agreed to exchange "
         "all prisoners.",
         "announcement"),
        ("Roskomnadzor, the Russian media regulator, issued a statement that websites spreading false figures "
         "would be fined.", "announcement"),
        ("Chile's interior ministry said in a statement that all schools in Santiago are closed until Monday.",
         "announcement"),
        # ... also when the parser hangs the clause on the noun ("a statement [that ...]")
        ("Peru's prime minister Alberto Otarola said in a statement that negotiations for a bailout package with "
         "the International Monetary Fund were nearing conclusion.", "announcement"),
        # ... but what happened, told in one, is still a claim
        ("Sri Lanka's air force said in a statement that the president left the country on Wednesday.", "claim"),
        ("Colombia's defence ministry said in a statement that two policemen were killed in Cali.", "claim"),
        # a message to the nation or a televised address is official too, and a measure told in the
        # past perfect ("had suspended", "had lifted") is made known, what others had done is told
        ("President Gustavo Rojas said in a televised address that the government had suspended the tax reform.",
         "announcement"),
        ("President Gustavo Rojas said in a message to the nation that the cabinet had lifted the curfew.",
         "announcement"),
        ("President Gustavo Rojas said in a televised address that the protesters had attacked the police.", "claim"),
    ],
)
def test_what_an_official_statement_makes_known(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("The police used excessive force against peaceful students", "criticism"),
        ("This government has lost all legitimacy", "criticism"),
        ("This is an assault on the rule of law", "criticism"),
        ("The governor showed connivance with the rioters", "criticism"),
        ("The protesters had no reason to storm the building", "criticism"),
        ("He said it was too late for dialogue", "rejection"),
        ("The president has ruled out early elections", "rejection"),
        ("I am very satisfied with our talks", "praise"),
        ("The talks were very fruitful", "praise"),
        ("He is an experienced statesman", "praise"),
        ("The riot police did nothing to stop the looters", "criticism"),
        ("The rioters have crossed the line", "criticism"),
        ("He called the minister a killer", "criticism"),
        ("It is a regime that denies us the right to protest", "criticism"),
        ("Dozens were trapped inside the building", None),
        ("They are killing our children", "criticism"),
        ("The authorities are trying to silence us", "criticism"),
        ("This government does not care about the poor", "criticism"),
        ("The regime is afraid of its own people", "criticism"),
        ("The young people have shown great courage", "praise"),
        # a ruler's manner and a measure's harshness named with contempt, on any story
        ("The government has become authoritarian", "criticism"),
        ("The new tax is punitive for the poor", "criticism"),
        ("The minister has no right to speak for the workers", "criticism"),
        ("They are bullying the judges into silence", "criticism"),
        # the negated and the formal forms of an obligation
        ("The police shouldn't arrest peaceful people", "demand"),
        ("We call upon the army to stay in its barracks", "demand"),
        # ... while what something is needed for justifies it and asks nothing of anyone
        ("The party says the bill is needed to increase transparency", None),
        # words that also tell of measures, mourning or events are no cues
        # alleging fraud is a claim (the ontology's example), and others' accusations named are no reproach
        ("The opposition says the vote was rigged", None),
        ("Accusations of authoritarianism are a narrative", None),
        ("Curfew violations were reported in two districts", None),
        ("The crowd observed a minute of silence", None),
        ("It was a terrible tragedy for the families", None),
    ],
)
def test_the_wider_cue_vocabulary(words: str, kind: str | None) -> None:
    assert cue_kind(words) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a measure of the speaker's own side under way, a measure being taken, a schedule: announced
        ("French President Emmanuel Macron said France was sending 300 million euros in aid to Lebanon.",
         "announcement"),
        ("Sri Lanka's health ministry said that fuel was being distributed to hospitals.", "announcement"),
        ("Kremlin spokesman Dmitry Peskov said the talks are set to focus on trade.", "announcement"),
        # ... also with words of the clause quoted
        ('Kremlin spokesman Dmitry Peskov said the talks are set to focus on "sensitive issues".', "announcement"),
        ("Police said they were investigating the deaths of two students.", "announcement"),
        # ... not what is attended to, nor what others do
        ("Chile's foreign ministry said it was closely monitoring the situation.", "comment"),
        ("Police said protesters were throwing stones at the parliament.", "claim"),
    ],
)
def test_a_measure_under_way_or_scheduled(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


def test_a_speech_verb_that_is_also_another_act_inside_a_quotation(extract: Any) -> None:
    # "defend" reports speech ("defended the arrests"); "I want to defend my rights" says nothing of speech
    text = '"I want to defend my rights and the rights of my children," said a protester, Ivan Sokolov.'
    assert _kinds(extract(text)) == ["comment"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "his government", "its campaign": the speaker's own side, a remark about itself
        ("Prime Minister Saad Hariri said his government had reached a dead end.", "comment"),
        ("Prime Minister Saad Hariri said his government would resign on Tuesday.", "announcement"),
    ],
)
def test_the_speakers_own_side_named_with_his_or_its(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


def test_a_defence_ministry_tells_its_own_forces_moves(extract: Any) -> None:
    text = "On Tuesday, Russia's Defence Ministry said six warships were moving to the Black Sea for exercises."
    assert _kinds(extract(text)) == ["announcement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a measure an office or a force says was taken, in the passive: announced
        ("Arrest warrants have been issued for 12 protest leaders, Bangkok police said.", "announcement"),
        ("The Chilean government said on Monday that the state of emergency had been extended by 15 days.",
         "announcement"),
        # ... not what befell people ("have been injured"), which is told
        ("Five officers have been injured in Lima, Peruvian police said.", "claim"),
        # what is to come, according to an office, is its plan made known; a toll stays a claim
        ("The talks will resume in Ankara next week, according to the Turkish foreign ministry.", "announcement"),
        ("At least 12 people were killed in the clashes, according to the Iraqi health ministry.", "claim"),
    ],
)
def test_a_measure_taken_or_a_plan_made_known_by_an_office(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an office telling that a meeting took place, began or ended makes it known
        ("The presidents of Chile and Peru met for about two hours on Monday, the Chilean foreign ministry said.",
         "announcement"),
        ("Lula and Milei have concluded their talks in Brasilia, according to the Brazilian presidency.",
         "announcement"),
    ],
)
def test_a_meeting_held_told_by_an_office_is_announced(extract: Any, text: str, kind: str) -> None:
    assert [e["kind"] for e in extract(text)["events"] if e["type"] == "Statement"] == [kind]


def test_a_meeting_seen_by_witnesses_is_not_announced(extract: Any) -> None:
    kinds = [e["kind"] for e in extract("Witnesses said the two men met in a cafe.")["events"] if e["type"] == "Statement"]
    assert kinds and "announcement" not in kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a holder of an office titled before the name (the title a proper noun, no role parsed) makes a
        # measure known: an announcement
        ("Interior Minister Carlos Ruiz said on Tuesday that the curfew had been lifted in the capital.", "announcement"),
        ("Peru's Prime Minister Alberto Otarola declared a state of emergency on Monday. He said that food aid was "
         "being provided to the affected families.", None),
        # a person of no office saying the same tells what happened: a claim
        ("Activist Carlos Ruiz said on Tuesday that the curfew had been lifted in the capital.", "claim"),
    ],
)
def test_a_titled_office_holder_makes_a_measure_known(extract: Any, text: str, kind: str | None) -> None:
    kinds = _kinds(extract(text))
    assert kinds == [kind] if kind else kinds == ["announcement", "announcement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what a speaker says when asked is a remark made on demand, a comment, in every form the
        # question takes: a participle, "when asked", "in response to a question", "answering", "replied"
        ("Asked whether the two leaders had exchanged gifts, Kremlin spokesman Dmitry Peskov said on Thursday "
         "that Putin gave Kim a rifle.", "comment"),
        ("When asked about the curfew, Interior Minister Carlos Ruiz said it would be lifted on Monday.", "comment"),
        ("In response to a question from reporters, Foreign Minister Ahmed Karim said the talks would resume "
         "in Geneva.", "comment"),
        ("Answering a question about the border, President Gustavo Rojas said the troops had left.", "comment"),
        ('"We will talk about all the issues without haste," President Gustavo Rojas replied.', "comment"),
        # ... while words of blame, a demand or a refusal still decide, and the same words volunteered announce
        ("When asked about the protests, President Gustavo Rojas said the demonstrators must go home.", "demand"),
        ("Interior Minister Carlos Ruiz said the curfew would be lifted on Monday.", "announcement"),
    ],
)
def test_an_answer_to_a_question_is_a_comment(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
