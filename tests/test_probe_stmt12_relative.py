"""Probe battery (stmt12): a quotation inside a relative clause's speech verb belongs to that
verb, so the main speech verb keeps its own statement ("Biden, who called Putin a "killer" in
March, said the meeting had been positive": two statements). Wire and feature styles, several
countries. Invented sentences; the real spaCy pipeline. Before the rule all 6 two-statement
cases failed (the main verb took the quotation and its own clause was lost); 5 pass after, one is
out of reach of the parse (xfail)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _said(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return sorted(((names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"),
                  key=lambda s: s[1] or "")


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ("GENEVA (Reuters) - U.S. President Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday. "
         'Biden, who called Putin a "killer" in March, said the meeting had been positive.', "Joe Biden", "killer"),
        ("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte met union leaders on Monday. Boluarte, who "
         'described the protests as "an attack on democracy", said on Monday she would not resign.', "Dina Boluarte",
         "an attack on democracy"),
        ("NAIROBI, Kenya (AP) - Thousands marched in Nairobi on Tuesday. President William Ruto, who has branded "
         'the protesters "criminals", said he would not sign the bill.', "William Ruto", "criminals"),
        ("NAIROBI, Kenya (AP) - Thousands marched in Nairobi on Tuesday. Opposition leader Raila Odinga, who called "
         'the bill "punitive", told a rally in Kisumu that it must be withdrawn.', "Raila Odinga", "punitive"),
        ("BOGOTA, Colombia (AP) - Thousands marched in Bogota on Wednesday. President Ivan Duque, who called the "
         'blockades "vandalism", said on Thursday that talks would resume.', "Ivan Duque", "vandalism"),
        pytest.param(
            "BOGOTA, Colombia (AP) - Thousands marched in Bogota on Wednesday. The Central Union of Workers, which "
            'called the reform "a betrayal", said the strike would go on.', "Central Union of Workers", "a betrayal",
            marks=pytest.mark.xfail(reason="the parser hangs the quoted words on the subject as an apposition, "
                                           "not on 'called': only 'said' governs them", strict=True)),
    ],
)
def test_the_relative_clause_keeps_its_quotation_and_the_main_verb_its_clause(
        extract: Any, text: str, speaker: str, quote: str) -> None:
    assert _said(extract(text)) == [(speaker, None), (speaker, quote)]


def test_a_quotation_of_the_main_verb_stays_the_main_verbs(extract: Any) -> None:
    facts = extract("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte met union leaders on Monday. "
                    'Boluarte, who spoke in Cusco, said the protests were "an attack on democracy".')
    assert _said(facts) == [("Dina Boluarte", "an attack on democracy")]
