"""Statement kinds of warnings that foresee harm from a plan or policy: "warned it could
undermine the courts", "warned of civil war" disapprove of the policy (criticism), while a
warning of what the speaker's side will do demands and a forecast of events stays a claim
(kg/extract/kinds_warnings.py). Sentences written for the rules, about other countries than
the real-article set's stories, through the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Opposition leader Maria Lopez has warned it could bring down Chilean democracy.", "criticism"),
        ("Former minister Jan Novak warned that the reform would destroy the independence of the courts.",
         "criticism"),
        ("Senator Ana Ruiz warned that the new law could undermine press freedom.", "criticism"),
        ("Former defence minister Pedro Gomez has warned of civil war.", "criticism"),
        ("Opposition leader Jan Novak warned of chaos and bloodshed.", "criticism"),
        # a forecast, a warning of the speaker's own measures and a danger that harms nothing stay as before
        ("Foreign Minister Ana Ruiz had warned that there would be no progress in the talks.", "comment"),  # a forecast
        ("Police warned of legal action against the organisers.", "demand"),
        ("Minister Ana Ruiz warned that prices would rise next year.", "claim"),
    ],
)
def test_a_warning_of_harm_criticises(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
