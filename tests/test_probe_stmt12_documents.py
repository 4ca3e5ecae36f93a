"""Probe battery (stmt12): a document that speaks for its author, named in the subject's own
phrase ("The statement, signed by the National Strike Committee, said ...", "A statement signed
by 40 unions said ...", "A communique released by the Ombudsman's Office said ...", "A statement
issued by the presidency said ..."). Invented sentences; the real spaCy pipeline. Before the
rule 5 of 6 failed (the participle's agent was not read as the speaker); all pass after."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

BOGOTA = "BOGOTA, Colombia (AP) - Thousands marched in Bogota on Wednesday against the tax reform. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The statement, signed by the National Strike Committee, said the government had ignored its demands.",
         "National Strike Committee"),
        ("A statement signed by 40 unions said the government had ignored their demands.", "Colombian unions"),
        ("A communique released by the Ombudsman's Office said 42 people had died.", "Ombudsman's Office"),
        ("A statement issued by the presidency said the reform would be withdrawn.", "Colombian presidency"),
        ("A statement from the National Strike Committee said the government had ignored its demands.",
         "National Strike Committee"),
        ("The declaration, signed by Human Rights Watch, said police had used live ammunition.",
         "Human Rights Watch"),
    ],
)
def test_a_document_speaks_for_whoever_signed_or_issued_it(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(BOGOTA + text)) == [speaker]
