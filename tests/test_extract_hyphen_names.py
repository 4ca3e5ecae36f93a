"""Hyphenated given names that the model cuts at the hyphen: a Korean given name romanised with
a lower-case second syllable ("Moon Jae-in", "Yoon Suk-yeol", "Ban Ki-moon") is one person under
the whole name, as a capitalised second part ("Kassym-Jomart Tokayev", "Jean-Yves Le Drian")
already was; a name hyphenated to an English word ("the Putin-backed party", "Kremlin-run TV")
keeps the name alone. The real spaCy pipeline on sentences written for the test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kg.extract.api import extract_text

pytestmark = pytest.mark.model


def _people(text: str) -> list[str]:
    facts: dict[str, Any] = extract_text(text, published=dt.date(2023, 5, 2))
    return sorted(a["name"] for a in facts["actors"] if a.get("type") == "Person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("South Korean President Moon Jae-in said on Tuesday that the talks would resume.", "Moon Jae-in"),
        ("President Yoon Suk-yeol told reporters that the alliance was strong.", "Yoon Suk-yeol"),
        ("Former UN chief Ban Ki-moon said the vote had been fair.", "Ban Ki-moon"),
        ('"We will not back down," opposition leader Lee Jae-myung said on Monday.', "Lee Jae-myung"),
        ("Prime Minister Han Duck-soo said the cabinet would meet again on Friday.", "Han Duck-soo"),
        ("Kazakh President Kassym-Jomart Tokayev said the protests had been put down.", "Kassym-Jomart Tokayev"),
        ("French Foreign Minister Jean-Yves Le Drian said the talks were useful.", "Jean-Yves Le Drian"),
    ],
)
def test_a_hyphenated_given_name_is_kept_whole(text: str, person: str) -> None:
    assert _people(text) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Putin-backed candidate won, and Vladimir Putin said the vote was fair.", "Vladimir Putin"),
        ("Kremlin-run television said nothing, but Vladimir Putin told reporters the unrest was over.",
         "Vladimir Putin"),
    ],
)
def test_a_name_hyphenated_to_an_english_word_keeps_the_name_alone(text: str, person: str) -> None:
    assert person in _people(text)
    assert not any("-" in p for p in _people(text))
