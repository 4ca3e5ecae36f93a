"""Probe battery of the protests helper (round 12): towns whose names hold small lowercase words
("Vilanova i la Geltrú", "Sao Jose dos Campos", "Bergen op Zoom"), which the model reads as two
names or one name cut short: the whole is one town when the world's town list knows it (a list's
last item had made two protests, "Vilanova" and "Geltru"). Sentences written for the test; the
publication day is Monday 14 September 2020 (4 probes failed before, 4 pass; 6 controls held).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_protests import protests

pytestmark = pytest.mark.model

SUN = "2020-09-13"


@pytest.mark.parametrize(("text", "towns"), [
    ("Rallies were held on Sunday in Alcala de Henares, Castellon de la Plana and Vilanova i la Geltru.",
     {"Alcala de Henares", "Castellon de la Plana", "Vilanova i la Geltru"}),
    ("Thousands of protesters rallied in Madrid on Sunday. Smaller rallies were held in Tortosa and Vilanova i la Geltru.",
     {"Madrid", "Tortosa", "Vilanova i la Geltru"}),
    ("Brazilian protesters rallied on Sunday in Sao Jose dos Campos and Juiz de Fora.", {"Sao Jose dos Campos", "Juiz de Fora"}),
    ("Dutch farmers blocked roads on Sunday near Bergen op Zoom and Breda.", {"Bergen op Zoom", "Breda"}),
    # controls
    ("Protests were held on Sunday in Sant Cugat del Valles and Badalona.", {"Sant Cugat del Valles", "Badalona"}),
    ("Thousands of Spaniards marched in Santa Cruz de Tenerife and Las Palmas on Sunday.",
     {"Santa Cruz de Tenerife", "Las Palmas"}),
    ("Thousands marched on Sunday in Rio de Janeiro and Sao Paulo.", {"Rio de Janeiro", "Sao Paulo"}),
    ("Marches took place on Sunday in Paris and Lyon and in Bordeaux.", {"Paris", "Lyon", "Bordeaux"}),
    pytest.param("French protesters blocked roads on Sunday in Chalon-sur-Saone and Aix-en-Provence.",
                 {"Chalon-sur-Saone", "Aix-en-Provence"},
                 marks=pytest.mark.xfail(reason="hyphenated names are split by the tokenizer and read as 'sur-Saone' and "
                                                "'Aix': another repair (the hyphens), not the small words")),
])
def test_a_town_name_with_small_words_is_one_town(extract: Any, text: str, towns: set[str]) -> None:
    assert protests(extract(text)) == {(t, SUN) for t in towns}


def test_a_persons_name_with_small_words_stays_a_person(extract: Any) -> None:
    facts = extract("Juan de la Cruz said on Sunday that the protests in Lima would continue.")
    assert "Juan de la Cruz" in {a["name"] for a in facts["actors"]} or not any(
        p.get("name", "").startswith("Juan") for p in facts.get("places", []))
