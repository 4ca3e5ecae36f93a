"""Probe battery (helper kinds12): comment vs claim. The ontology's comment is a remark or an
opinion, how things stand or will go ("the situation remains tense", "the talks were long and
difficult", "there would be no breakthrough"); its claim asserts that something is or was the case
(deaths, arrests, deployments, a rigged vote). Reported speech said of a state took the default
claim; sentences of my own in the styles of several outlets (wire lead, dateline, live blog,
"according to", inverted attribution, translated "declared", quote first), about other countries."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


#: How things stand or will go: a view, a comment (14 of 15 failed before: 13 claims, 1 announcement).
VIEWS = [
    "The situation in the border region remains very tense, Foreign Minister Ana Lopez told reporters in Lima on Monday.",
    "Fuel remains scarce in the capital, according to diplomatic sources in Quito.",
    "Novak said the talks had been long and difficult.",
    "Jorge Ruiz, the spokesman of the Peruvian president, said there would be no breakthrough at the summit.",
    "The Kremlin had warned that there would be no significant progress at the talks.",
    "Kenya's foreign minister Ana Wanjiru says the situation on the border is calm.",
    "The move makes the crisis in Bolivia even more dangerous, German Chancellor Hans Weber said on Tuesday.",
    "The talks are difficult but necessary, Chilean President Jorge Ruiz told the newspaper El Mercurio.",
    "LIMA, March 3 (AFP) - The political climate in Peru is more uncertain than ever, former president Ana Lopez said on Wednesday.",
    "10:42 GMT: The mood among the delegates is cautious, Chile's foreign minister Jorge Ruiz told journalists.",
    "According to Minister Ana Lopez, the economic situation of the country is stable.",
    "The negotiations between the two delegations were long and at times very hard, the Minister of Foreign Affairs, Jorge Ruiz, declared.",
    '"There will be no winners in this war," Pedro Gomez said.',
    "Ana Lopez said the coming weeks would be decisive for the region.",
    "Ana Lopez, Bolivia's foreign minister, warned that the situation in the north was becoming more dangerous.",
    # where things stand, and what hangs on what (second commit: 3 of 3 were claims before)
    "Chilean Foreign Minister Ana Lopez said much depends on the position of the other side.",
    "Foreign Minister Ana Lopez said the region was at a turning point.",
    "The peace talks are at an impasse, the Norwegian mediator Jan Novak told the BBC.",
]

#: Facts of the ground, events, figures, what a view wraps, and a forecast the speaker obtained: claims.
FACTS = [
    # the size or manner of what happened on the ground is a contested fact (own gold heldout: a spokesman's
    # "the protests had been small" is a claim); a place is no state
    "Interior Minister Jorge Ruiz said the rallies had been small and peaceful.",
    "The electoral commission of Peru said the vote was free and fair.",
    "Officials said the president was in Geneva on Monday.",
    "At least 12 people were killed in clashes in Lima, police sources said.",
    "According to the rights group Amnesty International, more than 300 people have been detained in Peru.",
    "Officials in Lima said the army had deployed 5,000 troops to the border.",
    "Witnesses said security forces fired tear gas at the crowd in Quito.",
    "The government of Peru says the protests are financed from abroad.",
    "Opposition leader Jorge Ruiz claims he won the election by a wide margin.",
    "Two people died in hospital overnight, the Peruvian health ministry said.",
    '"Soldiers opened fire on the crowd in the main square," said Ana Lopez, a local journalist.',
    "Three of the injured are in critical condition, hospital director Ana Lopez said.",
    "Four students are still missing, according to the students' union of Quito.",
    "Turnout was high at 61 percent, the electoral commission of Peru said.",
    "It is clear that the vote was rigged, opposition leader Jorge Ruiz said.",
    "The main road to the airport is closed, police in Lima said.",
    '"I obtained that there will be no escalation," President Ana Lopez told journalists in Quito.',
    "Opposition leader Jorge Ruiz says the votes were changed overnight in the northern provinces.",
]


@pytest.mark.parametrize("text", VIEWS)
def test_how_things_stand_is_a_comment(extract: Any, text: str) -> None:
    assert _kinds(extract(text)) == ["comment"]


@pytest.mark.parametrize("text", FACTS)
def test_what_happened_is_a_claim(extract: Any, text: str) -> None:
    assert _kinds(extract(text)) == ["claim"]
