"""A person named in full and then by a word of the name that is not its last (the name
they go by), or in full with a second surname and as the gazetteer knows them: one actor
(real spaCy pipeline)."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,full", [
    ("Brazil vows to punish rioters\n\nBRASILIA, Jan 9 (Reuters) - President Luiz Inacio Lula da Silva vowed on "
     "Monday to punish those responsible for the assault.\n\n\"All the people who did this will be found and "
     "punished,\" Lula, who is currently in Sao Paulo state, told reporters.", "Luiz Inacio Lula da Silva"),
    ("Venezuela's leader speaks\n\nCARACAS, May 3 (Reuters) - President Nicolas Maduro Moros said on Monday the "
     "government would help the families.\n\n\"We will not abandon them,\" Maduro, who is in Maracaibo, told "
     "reporters.", "Nicolas Maduro Moros"),
])
def test_the_word_a_person_goes_by_names_the_person_named_in_full(extract: Any, text: str, full: str) -> None:
    facts = extract("---\nlanguage: en\n---\n" + text)
    people = [a for a in facts["actors"] if a["type"] == "Person"]
    assert len(people) == 1 and full in [people[0]["name"], *people[0].get("aliases", [])]
    speakers = {e["speaker"] for e in facts["events"] if e["type"] == "Statement"}
    assert speakers == {people[0]["id"]}


def test_a_word_of_two_peoples_names_names_neither(extract: Any) -> None:
    text = ("Two ministers speak\n\nMADRID, May 3 (Reuters) - Interior Minister Ana Rodriguez Vega and Finance "
            "Minister Carlos Rodriguez Pena said on Monday the government would help the families.\n\n"
            "\"We will not abandon them,\" Rodriguez, who is in Seville, told reporters.")
    facts = extract("---\nlanguage: en\n---\n" + text)
    names = {a["name"] for a in facts["actors"] if a["type"] == "Person"}
    assert "Ana Rodriguez Vega" in names and "Carlos Rodriguez Pena" in names
    speaker = [e["speaker"] for e in facts["events"] if e["type"] == "Statement" and "abandon" in str(e.get("quote"))]
    assert speaker and speaker[0] not in {"ana-rodriguez-vega", "carlos-rodriguez-pena"}
