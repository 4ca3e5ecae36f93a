"""Sources a report relays (the real spaCy pipeline, invented sentences in the style of wire
reports about other countries): "citing X" makes X the speaker, not the agency that cites;
"according to" any noun of what a body gives ("an update from the police", "information
released by the ministry", "the estimation of the opposition"), but not a picture it shares;
a speaker named by the age alone ("the 38-year-old said") is the person named just before; support
extended, lent or given to someone, a recognition in the passive and criticism or recognition drawn
from a speaker are statements of the givers."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model

TBILISI = "Thousands marched in Tbilisi on Sunday. "


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (TBILISI + "Twenty people were injured, Interfax reported, citing the interior ministry.",
         "Georgian interior ministry"),
        (TBILISI + "Citing the interior ministry, Interfax reported that twenty people were injured.",
         "Georgian interior ministry"),
        (TBILISI + "Twenty people were injured, Interfax reported, citing police sources.", "Georgian police"),
        (TBILISI + "According to the national news agency Sakinformi, citing the health ministry, 20 people "
                   "were injured.", "Georgian health ministry"),
        (TBILISI + "According to an update from the Georgian police, 40 people were detained.", "Georgian police"),
        (TBILISI + "According to the estimation of the opposition, 100,000 people took part.", "Georgian opposition"),
        (TBILISI + "According to data released by the health ministry, 20 people were injured.", "health ministry"),
    ],
)
def test_the_source_cited_speaks(extract: Any, text: str, speaker: str) -> None:
    assert [s for s, _ in _statements(extract(text))] == [speaker]


def test_a_picture_shared_is_no_statement(extract: Any) -> None:
    text = TBILISI + "Police beat protesters near parliament, according to footage shared by the opposition."
    assert _statements(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Nika Melia addressed the crowd in Tbilisi on Sunday. The 38-year-old said the protests "
        "would continue.",
        'Opposition leader Nika Melia addressed the crowd in Tbilisi on Sunday. "We will stay here until the '
        'government resigns," the 38-year-old said.',
    ],
)
def test_the_age_alone_is_the_person_named_before(extract: Any, text: str) -> None:
    assert [s for s, _ in _statements(extract(text))] == ["Nika Melia"]


MELIA = "Opposition leader Nika Melia declared himself interim president on Sunday. "


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # support given to someone is word of it, by each of the givers
        (MELIA + "Lithuania extended lukewarm support to him.", ["Lithuania"]),
        (MELIA + "The European Union lent its support to the opposition.", ["European Union"]),
        (MELIA + "Poland threw its support behind Melia.", ["Poland"]),
        (MELIA + "Ukraine, Moldova and Poland all gave their backing to Melia's claim.", ["Ukraine", "Moldova", "Poland"]),
        # a recognition told in the passive: each agent recognises
        (MELIA + "Melia was quickly recognised by Ukraine, Moldova and Poland as the interim president.",
         ["Ukraine", "Moldova", "Poland"]),
        # what a speaker's word drew from them
        (MELIA + "The bold move drew recognition from Lithuania.", ["Lithuania"]),
        (TBILISI + "The crackdown drew sharp criticism from the European Union.", ["European Union"]),
    ],
)
def test_support_and_recognition_given(extract: Any, text: str, speakers: list[str]) -> None:
    said = [s for s, _ in _statements(extract(text)) if s != "Nika Melia"]
    assert said == speakers


def test_things_given_say_nothing(extract: Any) -> None:
    assert _statements(extract(TBILISI + "The ruling party gave food and blankets to the police.")) == []


def test_he_after_a_speaker_read_as_an_organisation(extract: Any) -> None:
    # the model may read a two-word name as an organisation; seen speaking through any speech verb
    # ("urged"), it is the "he" of the next sentence
    text = (TBILISI + "Nika Melia urged supporters to stay on the streets. He also called on the West to "
            "impose sanctions.")
    assert [s for s, _ in _statements(extract(text))] == ["Nika Melia", "Nika Melia"]


def test_the_person_after_a_title_the_parse_broke(extract: Any) -> None:
    text = (TBILISI + '"The government must listen to the people," said the UN special co-ordinator for '
            "Georgia, Toivo Klaar.")
    assert _statements(extract(text)) == [("Toivo Klaar", "The government must listen to the people")]
