"""Probe battery 5 (issue 10, round 12): a planned meeting told as an invitation ("X invited Y to talks",
"to a summit", "to negotiations", "to Santiago for talks", "to hold talks", "Y was invited by X to talks"):
the host and the guest of the talks to come. The model reads "to talks" as the infinitive "to talk" in some
sentences; "invited Y to hold talks" and "to <town> for talks" hang the talks off another word than "to".
Every sentence is invented for these tests.

Before the change 5 of the 8 sentences passed; after it, all 8.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract_meeting_sites import _events  # (participants, place, date) of each event, by name


@pytest.mark.model
@pytest.mark.parametrize("text, pair, town", [
    ("Opposition leader Raila Odinga invited President William Ruto to talks at State House in Nairobi on Friday.",
     {"Raila Odinga", "William Ruto"}, "Nairobi"),
    ("Opposition leader Raila Odinga has invited President William Ruto to a meeting in Nairobi on Friday, his spokesman "
     "said.", {"Raila Odinga", "William Ruto"}, "Nairobi"),
    ("Chilean President Gabriel Boric invited Peruvian President Dina Boluarte to talks in Santiago next month.",
     {"Gabriel Boric", "Dina Boluarte"}, "Santiago"),
    ("Chilean President Gabriel Boric invited Peruvian President Dina Boluarte to hold talks in Santiago next month.",
     {"Gabriel Boric", "Dina Boluarte"}, "Santiago"),
    ("Peruvian President Dina Boluarte was invited by Chilean President Gabriel Boric to talks in Santiago next month.",
     {"Gabriel Boric", "Dina Boluarte"}, "Santiago"),
    ("Chilean President Gabriel Boric has invited Peruvian President Dina Boluarte to Santiago for talks next month.",
     {"Gabriel Boric", "Dina Boluarte"}, "Santiago"),
    ("Chilean President Gabriel Boric invited Peruvian President Dina Boluarte to a summit in Santiago in April.",
     {"Gabriel Boric", "Dina Boluarte"}, "Santiago"),
    ("Chilean President Gabriel Boric invited Peruvian President Dina Boluarte to negotiations in Santiago next month.",
     {"Gabriel Boric", "Dina Boluarte"}, "Santiago"),
])
def test_an_invitation_to_talks_is_a_planned_meeting(nlp: Any, text: str, pair: set[str], town: str) -> None:
    assert [(m[0], m[1]) for m in _events(text + "\n", "2024-03-12")] == [(frozenset(pair), town)]
