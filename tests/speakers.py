"""Shared by the statement probe batteries (tests/test_probe_stmt12_*.py): the speaker of each
statement in a facts document, in order."""

from __future__ import annotations

from typing import Any


def speakers(facts: dict[str, Any]) -> list[str]:
    """The speaker names of ``facts``' statements, in the order the facts list them."""
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]
