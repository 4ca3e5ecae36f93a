"""Statement frames of wire reports (the real spaCy pipeline, invented sentences about other
countries): a protest's purpose said without a speech verb ("took to the streets to oppose
the bill", "blocked roads to press their demands", "joined a march to demand"), a crowd voicing
its opposition, and an office whose holder the text never names ("the interior minister said")."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

TBILISI = "TBILISI, Georgia (AP) - Thousands marched in Tbilisi on Sunday against the government. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("kind")) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands of people took to the streets in Batumi to oppose the foreign agents law.", "rejection"),
        ("Tens of thousands gathered in Batumi to voice opposition to the foreign agents law.", "rejection"),
        ("Protesters have blocked roads across Georgia to press their demands for early elections.", "demand"),
        ("Thousands participated in a march in Batumi to demand justice for the victims.", "demand"),
        ("Thousands joined a march in Batumi on Monday to demand the release of detained journalists.", "demand"),
        ("Protesters in Batumi voiced their opposition to the bill.", "rejection"),
    ],
)
def test_a_protests_purpose_is_the_protesters_statement(extract: Any, text: str, kind: str) -> None:
    assert ("Georgian protesters", kind) in _statements(extract(TBILISI + text))


def test_a_named_callers_purpose_is_not_the_protesters(extract: Any) -> None:
    facts = extract(TBILISI + "Union leader Irakli Petriashvili called a general strike to oppose the law.")
    assert all(s != "Georgian protesters" for s, _ in _statements(facts))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The defence minister acknowledged that soldiers had fired on the crowd.", "Georgian defence minister"),
        ("Four people were hurt, the interior minister said. He said 20 people were detained.",
         "Georgian interior minister"),
        ("The president said in a televised address that the army would stay in its barracks.", "Georgian president"),
    ],
)
def test_an_office_never_named_speaks_as_its_title(extract: Any, text: str, speaker: str) -> None:
    said = [s for s, _ in _statements(extract(TBILISI + text))]
    assert said and set(said) == {speaker}


def test_a_title_named_later_is_the_person(extract: Any) -> None:
    facts = extract(TBILISI + "Four people were hurt, the interior minister said. "
                              "Interior Minister Vakhtang Gomelauri later said more had been hurt.")
    assert {s for s, _ in _statements(facts)} == {"Vakhtang Gomelauri"}


def test_a_bare_minister_is_no_speaker_of_its_own(extract: Any) -> None:
    assert _statements(extract(TBILISI + "The minister said that soldiers had fired on the crowd.")) == []


def test_a_purpose_inside_a_report_is_the_reporters(extract: Any) -> None:
    facts = extract(TBILISI + "Thousands rallied in Batumi on Monday to oppose the law, organisers said.")
    assert [s for s, _ in _statements(facts)] == ["Georgian organisers"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name in apposition hangs on the object of the title's conjunct
        ("Georgia's main opposition leader and longtime rival of the prime minister, Nika Melia, says his "
         "supporters will stay in the streets.", "Nika Melia"),
        # the model took the spokeswoman's name for a place: she speaks, not her principal
        ("EU foreign policy chief Catherine Ashton held talks with President Salome Zourabichvili. "
         "Her spokeswoman, Maja Kocijancic, said Ashton was now meeting with the opposition.", "Maja Kocijancic"),
    ],
)
def test_the_person_in_apposition_to_a_title_speaks(extract: Any, text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _statements(extract(TBILISI + text))]


def test_a_pronoun_after_an_untagged_surname_is_that_person(extract: Any) -> None:
    facts = extract("HARARE (Reuters) - Opposition leader Nelson Chamisa said on Monday the vote had been rigged.\n\n"
                    "The electoral commission declared President Emmerson Mnangagwa the winner.\n\n"
                    'Mnangagwa dismissed the claims. "The people have spoken," he wrote on Twitter.')
    quoted = [s for s, q in _statements_quotes(facts) if q]
    assert quoted == ["Emmerson Mnangagwa"]


def _statements_quotes(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


def test_a_platform_is_never_a_pronouns_speaker(extract: Any) -> None:
    facts = extract('HARARE (Reuters) - Mnangagwa dismissed the claims. "The people have spoken," he wrote on Twitter.\n\n'
                    'Police said 20 people had been arrested. "The situation is calm," a police spokesman said.\n\n'
                    'Speaking at a rally in Bulawayo, the 40-year-old lawyer vowed to fight on. "We are ready," he added.')
    assert "Twitter" not in [s for s, _ in _statements_quotes(facts)]
