"""Probe battery 8 (issue 10, round 12): talks with a body told through the people or the team it sends
("met members of the UN Security Council", "a delegation of the IMF", "received a delegation from the IMF",
"representatives of the European Union", "a World Bank delegation"): the body is the party. Every sentence
is invented for these tests.

Before the change 3 of the 6 sentences passed ("representatives of", "ambassadors of", "a World Bank
delegation"); after it, all 6. A delegation of no named body meets as nobody. Out of reach (xfail): "the
group's member states", which needs the group named in an earlier sentence.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name

HARIRI = "Saad Hariri"


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Lebanese Prime Minister Saad Hariri met representatives of the European Union in Beirut on Monday.", "European Union"),
    ("Lebanese Prime Minister Saad Hariri met ambassadors of the International Support Group for Lebanon in Beirut on "
     "Monday.", "International Support Group for Lebanon"),
    ("Lebanese Prime Minister Saad Hariri met a delegation of the International Monetary Fund in Beirut on Monday.",
     "International Monetary Fund"),
    ("Lebanese Prime Minister Saad Hariri met with members of the UN Security Council in Beirut on Monday.",
     "UN Security Council"),
    ("Lebanese Prime Minister Saad Hariri held talks with a World Bank delegation in Beirut on Monday.", "World Bank"),
    ("Lebanese Prime Minister Saad Hariri received a delegation from the International Monetary Fund in Beirut on Monday.",
     "International Monetary Fund"),
    pytest.param("The International Support Group for Lebanon welcomed the reforms on Monday. Jan Kubis spoke after Saad "
                 "Hariri met representatives of the group's member states in Beirut.", "International Support Group for Lebanon",
                 marks=pytest.mark.xfail(reason="'the group' must be resolved to the body named in the sentence before",
                                         strict=True)),
])
def test_the_body_that_sends_them_is_the_party(nlp: Any, text: str, body: str) -> None:
    assert [m[0] for m in _events(text + "\n", "2024-03-12")] == [frozenset({HARIRI, body})]


@pytest.mark.model
def test_a_delegation_of_no_named_body_is_no_party(nlp: Any) -> None:
    text = "Lebanese Prime Minister Saad Hariri met a delegation of farmers from the Bekaa valley in Beirut on Monday.\n"
    assert _events(text, "2024-03-12") == []
