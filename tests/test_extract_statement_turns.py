"""Statements of wire copy, fourth round (the real spaCy pipeline, invented sentences about
other countries): each quotation with its own attribution is a statement of its own; the
subject next to a closing attribution (", police said.") speaks when the parser gives the
verb two subjects."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


def test_two_attributed_quotations_are_two_statements(extract: Any) -> None:
    text = ('Svetlana Tikhanovskaya spoke in Vilnius on Monday. "We are not asking anyone to storm the palace," '
            'she said at a news conference. "But the vote was stolen and everyone knows it," Tikhanovskaya added.')
    assert _statements(extract(text)) == [
        ("Svetlana Tikhanovskaya", "We are not asking anyone to storm the palace"),
        ("Svetlana Tikhanovskaya", "But the vote was stolen and everyone knows it")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's subject and the closing attribution's both hung on "said": the one after the comma
        ("Vast crowds of protesters, many wielding sticks, packed into Minsk's central square on Sunday, "
         "with street battles in several other cities, police said.", [("Belarusian police", None)]),
        # not an apposition of the speaker ('X, 42, a shop owner, told AFP')
        ('"The vote was stolen," Ivan Petrov, 42, a shop owner told AFP in Minsk.', [("Ivan Petrov", "The vote was stolen")]),
        # "They" opening the sentence after a body's statement is that body
        ("Protesters rallied in Minsk on Sunday. The Belarusian Human Rights Commission said in a statement that "
         "12 demonstrators had been killed. They announced that 300 had been injured as well.",
         [("Belarusian Human Rights Commission", None), ("Belarusian Human Rights Commission", None)]),
        # ... but "They demand" after the protesters is still the protesters'
        ("Police fired tear gas at young demonstrators in Minsk on Sunday, the interior ministry said. "
         "They demand the release of Maria Kolesnikova.",
         [("Belarusian Interior Ministry", None), ("Belarusian protesters", None)]),
    ],
)
def test_subjects_of_closing_attributions(extract: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _statements(extract(text)) == expected
