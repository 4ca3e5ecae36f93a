"""Probe battery (stmt12): quotation marks as translated and re-published pages print them:
mixed straight and curly marks, a closing curly mark printed to open ('”We stay,” she said'),
guillemets closed by a curly mark, spaces inside the marks. Invented sentences. Before the rule
3 of 9 failed (a closing mark used to open quoted nothing), and the end-to-end case; all pass after."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.quotes import find_quotes


def _quoted(text: str) -> list[str]:
    return [text[a:b] for q in find_quotes(text) for a, b in q.parts]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("\u201dWe will not resign,\u201d she said. Later she left.", ["We will not resign,"]),
        ("She said the country would \u201dnever give in\u201d. Later she left.", ["never give in"]),
        ("Asked about the talks: \u201dThey were useful\u201d, he replied.", ["They were useful"]),
        ("\u201cWe will not resign,\" she said.", ["We will not resign,"]),
        ("\"We will not resign,\u201d she said.", ["We will not resign,"]),
        ("\u201cWe will not resign,\u201c she said. Later she left.", ["We will not resign,"]),
        ("\u00ab We will not resign \u201c, she said.", ["We will not resign"]),
        ("Boluarte said: \u201c We will not resign \u201d.", ["We will not resign"]),
    ],
)
def test_marks_of_translated_pages_quote_the_words(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_a_lone_closing_mark_before_a_word_quotes_nothing() -> None:
    assert _quoted("The \u201dnew era began on Monday, officials said.") == []


@pytest.mark.model
def test_a_quotation_opened_by_a_closing_mark_is_the_speakers(extract: Any) -> None:
    facts = extract("LIMA, Peru (Reuters) - Peruvian President Dina Boluarte addressed the nation on Tuesday. "
                    "\u201dWe will not resign,\u201d she said.")
    assert [e.get("quote") for e in facts["events"] if e["type"] == "Statement"] == ["We will not resign"]
