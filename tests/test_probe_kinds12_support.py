"""Probe battery (helper kinds12): announcement vs praise. Support the speaker expresses for a
decision, a plan or an actor ("said he supported the proposal", quoted "we fully back the
agreement", "said its government backed the decision") is praise (ontology kind:praise: "praises,
commends, endorses or expresses support for an actor, action or policy"); a decision a body took
and its speaker makes known ("the cabinet approved the plan", "parliament voted to call early
elections") is an announcement, and support promised for later ("would back the bill") stays one.
Support others gave, told by a speaker ("said foreign groups supported the rioters"), is a claim.
Sentences of my own, about other countries. Before: 8 of 17 passed (5 kind misses: three
expressions of support read as comments, one as a claim, a vote read as a claim); after: 13 of 17,
the four left are statements the rules do not find (no kind to give; the statements' area)."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


_UNFOUND = pytest.mark.xfail(reason="no statement is found: a verb of support with no speech verb (or "
                                    "'recognised' alone) is not read as a statement; a detection miss, not a kind",
                             strict=False)  # the statements helper may find them

CASES = [
    pytest.param("Chile and Peru backed the decision of the Bolivian government to hold new elections.", "praise",
                 marks=_UNFOUND),
    pytest.param("The European Union endorsed the peace plan of Colombian President Jorge Ruiz on Monday.", "praise",
                 marks=_UNFOUND),
    ("Brazil gave its backing to the new interim government of Bolivia.", "praise"),
    ("Argentina's President Ana Lopez expressed support for the agreement reached in Lima.", "praise"),
    ("The African Union welcomed the decision of the Kenyan parliament to drop the tax bill.", "praise"),
    pytest.param("Bolivia's interim leader Ana Lopez is backed by the United States, Canada and others in the region.",
                 "praise", marks=_UNFOUND),
    ("Mexico extended lukewarm support to the Bolivian president.", "praise"),
    ("Peruvian President Jorge Ruiz said he supported the proposal of the Chilean government.", "praise"),
    ('"We fully back the agreement reached in Lima," Chilean Foreign Minister Ana Lopez said.', "praise"),
    ("Bolivian President Ana Lopez said her government backed the decision of the electoral council.", "praise"),
    ("The opposition of Peru said in a statement that it endorsed the proposal of the church to hold talks.",
     "praise"),
    pytest.param("Chile recognised Ana Lopez as the interim president of Bolivia on Wednesday.", "announcement",
                 marks=_UNFOUND),
    ("The Peruvian cabinet approved the plan to hold a referendum in May, government spokesman Jorge Ruiz said.",
     "announcement"),
    ("Bolivia's parliament voted on Thursday to call early elections, its speaker Ana Lopez said.", "announcement"),
    ("Colombia's government and the rebels signed the peace agreement in Havana, the foreign ministry said.",
     "announcement"),
    ("Peruvian President Jorge Ruiz said his government would back the bill in Congress next week.", "announcement"),
    ("Peruvian Interior Minister Jorge Ruiz said foreign groups supported the rioters in Lima.", "claim"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_support_expressed_is_praise_and_a_decision_made_known_an_announcement(extract: Any, text: str,
                                                                                kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
