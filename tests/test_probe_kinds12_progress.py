"""Probe battery (helper kinds12): praise vs comment on "progress". Progress claimed ("we have made
real progress", "significant progress had been made", "there was progress in the talks") praises
the talks (ontology kind:praise); the word alone does not ("the length of the summit will depend
on the progress of the talks", "we are following the progress of the investigation") nor progress
denied ("there would be no progress without a ceasefire"). The cue was the bare word "progress";
now phrases of progress claimed (kinds lexicon) after "no / little / without progress" is dropped
(kinds._NO_PROGRESS), and a "will" inside a view ("will depend on") announces nothing
(reported_kinds.reported_kind). Sentences of my own, about other countries. Before: 8 of 11
passed (3 comments read as praise); after: 11 of 11."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


CASES = [
    ('"We have made real progress in the talks," said Chilean Foreign Minister Ana Lopez.', "praise"),
    ("Chilean Foreign Minister Ana Lopez said significant progress had been made on the border issue.", "praise"),
    ('"There has been some progress," Peruvian President Jorge Ruiz told reporters after the talks.', "praise"),
    ("Jorge Ruiz said the two delegations had made good progress in Lima.", "praise"),
    ('"Progress has been made," the Norwegian mediator Jan Novak said after the meeting.', "praise"),
    ("Ana Lopez, Chile's foreign minister, said there was progress in the talks with Peru.", "praise"),
    ("The length of the summit will depend on the progress of the talks, Kremlin aide Ivan Petrov said.", "comment"),
    ("Chilean Foreign Minister Ana Lopez warned that there would be no progress without a ceasefire.", "comment"),
    ('"We are following the progress of the investigation closely," said Ana Lopez, the Chilean foreign minister.',
     "comment"),
    ('"We will take stock of the progress of the reforms in June," Peruvian President Jorge Ruiz said.',
     "announcement"),
    ('"No progress has been made on the main issues," Chilean Foreign Minister Ana Lopez said.', "claim"),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_progress_claimed_praises_and_the_word_alone_does_not(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
