"""Whatever the rules read, the facts they write pass the loader's rules: an article is
never lost to a facts document the loader refuses (real spaCy pipeline)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.extract.api import extract_article, write_facts

pytestmark = pytest.mark.model

# A security-alert page: a country named as the place of a nationwide protest (which a
# rule reads as a mere place) and towns inside it (whose country it is).
NATIONWIDE = """22 Oct 2019 | 09:08 AM UTC
Peru: Roadblocks reported amid nationwide protests October 22
Several roads reportedly blocked as of October 22 amid nationwide protests; disruptions expected
Event
Several major roads remain blocked by protesters as of Tuesday, October 22, amid nationwide protests against \
tax increases and alleged government corruption. In Lima, the Panamericana and the Javier Prado highways \
remained blocked by protesters as of the morning on Tuesday. In the north, protesters blocked the highway \
leading to Piura.
Several protesters have spent the night at protest sites, including in Lima and in Cusco following a day of \
demonstrations across the country.
"""


def test_a_country_taken_for_a_place_is_declared_as_the_country_of_its_towns(nlp: Any, tmp_path: Path) -> None:
    src = tmp_path / "peru-roadblocks.txt"
    src.write_text(NATIONWIDE, encoding="utf-8")
    facts = extract_article(src)
    out = write_facts(facts, tmp_path / "out" / "peru-roadblocks.yaml")  # raised FactError before
    assert out.exists()
    countries = {a["id"] for a in facts["actors"] if a["type"] == "Country"}
    places = {p["id"]: p for p in facts.get("places", [])}
    assert "peru" in countries and "peru" not in places
    assert places["lima"]["country"] == "peru"
    protests = {e["place"] for e in facts["events"] if e["type"] == "Protest"}
    assert {"peru", "lima"} <= protests
