"""Probe battery (helper kinds12): announcement vs demand. A rule an authority makes known, an
obligation laid on the public or on places and things with the time it holds ("residents must
stay indoors from 8 pm", "all schools must remain closed until Monday"), is a measure made known,
an announcement (ontology kind:announcement; the dev gold's curfew order "stated that people
must ..." is one); an obligation laid on an actor, asked by someone with no office over the
public, or with no time it holds stays a demand (kg/extract/kinds_rules.py). Sentences of my own
in several outlets' styles (wire, quote first, "according to", "under the decree", statement,
present-tense "says"), about other countries. Before: 8 of 16 passed (every rule but the one
"announced" failed: 7 demands, 1 claim after "according to"); after: 16 of 16."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


RULES = [
    "Under the decree, residents of Lima must stay indoors from 8 pm until further notice, the interior ministry of "
    "Peru said.",
    "The Peruvian army said in a statement that all schools must remain closed until Monday.",
    '"From tomorrow, all shops must close at 6 pm," Peruvian Interior Minister Ana Lopez told a news conference.',
    "Residents of the capital will have to stay at home after 8 pm, Peru's interior minister Ana Lopez announced.",
    "The Peruvian army said people must stay at home between 8 pm and 5 am under the curfew.",
    "Bars and restaurants in Quito will have to close by 10 pm from Friday, Ecuador's health minister Jorge Ruiz "
    "said.",
    "All the roads into La Paz must stay closed until Wednesday, the interior ministry of Bolivia says.",
    "According to the interior ministry of Chile, vehicles must not circulate in the centre of Santiago from "
    "Saturday.",
    "Everyone must carry an identity card from Monday, the police of Ecuador said.",
]

DEMANDS = [
    '"Protesters must leave the square and go home," Peruvian Interior Minister Ana Lopez said.',
    "The Peruvian army called on residents to stay at home.",
    "The teachers' union of Chile said schools must reopen on Monday.",  # no office over the public
    "Opposition leader Jorge Ruiz said the government must resign by Friday.",
    '"The president must step down before the end of the month," said student leader Ana Lopez.',
    "Peru's interior minister Ana Lopez said the protesters must leave the square by 6 pm.",  # an actor ordered
    '"People must stay calm and wait for the results," Peruvian President Jorge Ruiz said on Sunday.',  # no time held
]


@pytest.mark.parametrize("text", RULES)
def test_a_rule_an_authority_makes_known_is_announced(extract: Any, text: str) -> None:
    assert _kinds(extract(text)) == ["announcement"]


@pytest.mark.parametrize("text", DEMANDS)
def test_an_obligation_asked_of_others_is_a_demand(extract: Any, text: str) -> None:
    assert _kinds(extract(text)) == ["demand"]
