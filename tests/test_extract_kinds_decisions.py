"""Statement kinds of reported decisions: what someone decided, agreed, proposed or promised,
told by another speaker, and the decisions a meeting took named as a speech verb's object, are
made known, announcements (kg/extract/kinds_clause.py). Sentences written for the rules, about
other countries than the real-article set's stories, through the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # someone's decision, proposal or promise, with what was decided: made known
        ("The Elysee said Macron proposed that both sides hold new talks in Geneva.", "announcement"),
        ("Peskov said Putin had decided to recognise the two regions.", "announcement"),
        ("Chile's interior minister said the government had approved a new pension law.", "announcement"),
        ("EU envoy Josep Borrell says President Tokayev has promised to release the detained journalists.",
         "announcement"),
        # the decisions of a meeting named as what was revealed or tweeted
        ("Senator Lopez has revealed three key decisions taken at the party leaders' meeting on Monday.",
         "announcement"),
        ("Rutte tweeted the three measures agreed upon during the cabinet meeting.", "announcement"),
        # what others did is still told, a claim
        ("Witnesses said police fired tear gas at the crowd in Quito.", "claim"),
    ],
)
def test_a_decision_told_is_made_known(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


def test_a_promise_told_with_its_failing_is_no_announcement(extract: Any) -> None:
    kinds = _kinds(extract("Opposition leader Juan Perez said the president had promised reforms but never "
                           "delivered them."))
    assert kinds and kinds[0] != "announcement"
