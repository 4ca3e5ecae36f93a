"""Who speaks (issue 10), on invented sentences with the real spaCy pipeline: a title after
a nationality with no article, as translated wires print it ("Armenian PM said"), is the
person of that country named before with that title; a name closing a sentence by
reporting someone else's words ("..., Ukrinform reports") is the outlet relaying them."""

from __future__ import annotations

from typing import Any

import pytest


pytestmark = pytest.mark.model


def _speakers(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Georgian PM Irakli Garibashvili met protesters on Monday. Georgian PM said that the law would be withdrawn.",
     "Irakli Garibashvili"),
    ("Prime Minister of Armenia Serzh Sargsyan met Nikol Pashinyan in Yerevan. "
     "\"You do not realize the responsibility,\" Armenian PM said.", "Serzh Sargsyan"),
    ("Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva. Russian Foreign Minister said the talks "
     "were useful.", "Sergei Lavrov"),
    ("Kazakh President Kassym-Jomart Tokayev met Vladimir Putin in Moscow. Russian President said the talks were "
     "useful.", "Vladimir Putin"),
])
def test_a_title_after_a_nationality_is_that_countrys_person_named_before(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


def test_a_nationality_title_takes_no_person_of_another_country(extract: Any) -> None:
    facts = extract("Prime Minister Nikol Pashinyan met Ilham Aliyev in Prague. "
                    "Armenian PM said in response that the talks were difficult but useful.")
    assert "Ilham Aliyev" not in _speakers(facts)


@pytest.mark.parametrize("text", [
    "French Ambassador to Ukraine Etienne de Poncins announced this on Twitter, Ukrinform reports.",
    "Interior Minister Vakhtang Gomelauri said 20 officers were hurt, Imedi reported.",
])
def test_a_name_reporting_someone_elses_words_is_the_outlet(extract: Any, text: str) -> None:
    speakers = _speakers(extract(text))
    assert not {"Ukrinform", "Imedi"} & set(speakers)


def test_a_body_reporting_its_own_figures_still_speaks(extract: Any) -> None:
    assert _speakers(extract("The clashes in Kabul left 300 children hurt, Unicef reported.")) == ["Unicef"]


def test_a_passive_speech_verb_with_agents_is_each_agents(extract: Any) -> None:
    facts = extract("Protests continued in Tbilisi. The decision was condemned by the European Union and by Ukraine.")
    assert sorted(_speakers(facts)) == ["European Union", "Ukraine"]


def test_a_passive_claim_of_a_count_is_the_agents(extract: Any) -> None:
    facts = extract("Protests continued in Tbilisi. Two deaths were confirmed by Ukraine on Monday.")
    assert _speakers(facts) == ["Ukraine"]


def test_a_speech_participle_on_a_thing_says_nothing(extract: Any) -> None:
    facts = extract("Protests continued in Tbilisi. Hundreds gathered outside a police station demanding the release "
                    "of the activists.")
    assert not any("police" in s.lower() for s in _speakers(facts))


@pytest.mark.parametrize("text", [
    "Protests continued in Tbilisi. Thousands of protesters demanding new elections marched to parliament.",
    "Protests continued in Tbilisi. A rally calling for new elections drew thousands.",
    "Protests continued in Tbilisi. The opposition issued a statement calling for new elections.",
])
def test_a_speech_participle_on_people_a_protest_or_a_statement_speaks(extract: Any, text: str) -> None:
    assert len(_speakers(extract(text))) == 1
