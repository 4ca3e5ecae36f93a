"""Protest participants (issue 11): the counted crowd a gathering draws ('a rally that drew
thousands of Ecuadorians') takes part in it when no other doer is named. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _participants(facts: dict[str, Any]) -> list[list[str]]:
    names = {a["id"]: a["name"] for a in facts["actors"]}
    return [[names[p] for p in e.get("participants", [])] for e in facts["events"] if e["type"] == "Protest"]


@pytest.mark.parametrize(("text", "group"), [
    ("At a rally on Monday in Quito that drew tens of thousands of Ecuadorians, opposition leader "
     "Ana Ruiz accused the president of fraud.", "Ecuadorian protesters"),
    ("A march in Lima that drew thousands of Peruvians ended peacefully on Sunday.", "Peruvian protesters"),
    ("A demonstration drawing thousands of Uruguayans filled Montevideo on Saturday.", "Uruguayan protesters"),
    ("At a rally in the east of the capital Quito that drew hundreds of thousands of Ecuadorians, "
     "the senator attacked the government.", "Ecuadorian protesters"),
])
def test_the_counted_crowd_a_gathering_draws_takes_part(extract: Any, text: str, group: str) -> None:
    assert _participants(extract(text)) == [[group]]


def test_what_a_rally_draws_that_is_no_crowd_takes_no_part(extract: Any) -> None:
    facts = extract("A rally in Quito on Monday drew criticism from the Ecuadorian government.")
    assert not any(p.endswith("protesters") for ppl in _participants(facts) for p in ppl)
