"""Probe battery (helper kinds12): rejection and criticism. A refusal or a denial is a rejection
(ontology kind:rejection: "rejects, refuses or dismisses a proposal, demand, accusation or result"):
the speaker's own wrong denied ("we have never interfered in ...", "we did not rig the vote"), an
accusation named and called false ('called the claims "absurd and unfounded"', 'said claims that
it was behind the attack were "fake news"'), giving way refused in a quotation ('"We will not give
in to blackmail"', '"we will never bow to the pressure of the street"'); a body that "has lost all
credibility" is reproached (criticism). Sentences of my own in several outlets' styles, about
other countries. Before: 15 of 21 passed; after: 21 of 21."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


REJECTIONS = [
    "Kremlin spokesman Ivan Petrov denied that Russia had sent troops to the border.",
    "The Chilean foreign ministry dismissed reports that the talks had collapsed.",
    "Chilean President Jorge Ruiz said the accusations of fraud were baseless.",
    '"We have never interfered in the internal affairs of Peru," Chilean Foreign Minister Ana Lopez said.',
    "Peru said it does not recognise the results of the vote in the disputed province.",
    "The Bolivian government rejected the demands of the striking miners on Tuesday.",
    "Interior Minister Jorge Ruiz said his government would not give in to the pressure of the street.",
    '"There is no question of the president stepping down," his spokeswoman Ana Lopez said.',
    "Ana Lopez, the spokeswoman of the Peruvian president, said he had no intention of resigning.",
    'Peru\'s foreign ministry called the claims of the Chilean government "absurd and unfounded".',
    '"This is not true," Peruvian Interior Minister Jorge Ruiz told reporters when asked about the reports of torture.',
    "Peruvian President Jorge Ruiz rejected calls for his resignation, saying he had been elected by the people.",
    'Russia\'s foreign ministry said claims that it was behind the attack were "fake news".',
    '"We will not give in to blackmail," Peruvian Interior Minister Jorge Ruiz said.',
    '"We will never bow to the pressure of the street," Peruvian President Jorge Ruiz said.',
    "Peruvian President Jorge Ruiz said he would not back down.",
]

CRITICISMS = [
    "Opposition leader Jorge Ruiz accused the government of rigging the vote.",
    '"The government has lost all credibility," opposition leader Jorge Ruiz told supporters in Lima.',
    "Jorge Ruiz, the leader of the opposition, said the police had used excessive force against peaceful marchers.",
    "Ana Lopez, a student leader, said the government had ignored the demands of the young for years.",
    '"They are treating us like criminals," said Ana Lopez, a teacher who joined the march in Lima.',
]


#: Not refusals: an accusation to be looked into, the speaker's own act not done that wrongs no one.
OTHERS = [
    ("Opposition leader Jorge Ruiz said the claims of fraud must be investigated by the courts.", "demand"),
    ('"We did not discuss the border," Chilean Foreign Minister Ana Lopez said.', "comment"),
]


@pytest.mark.parametrize("text", REJECTIONS)
def test_a_refusal_or_a_denial_is_a_rejection(extract: Any, text: str) -> None:
    assert _kinds(extract(text)) == ["rejection"]


@pytest.mark.parametrize("text", CRITICISMS)
def test_a_reproach_is_a_criticism(extract: Any, text: str) -> None:
    assert _kinds(extract(text)) == ["criticism"]


@pytest.mark.parametrize(("text", "kind"), OTHERS)
def test_no_refusal(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
