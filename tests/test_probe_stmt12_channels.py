"""Probe battery (stmt12): "X said in a video posted online that ...", "wrote in a post shared
on Facebook that ...", "said in a statement seen by AFP that ...": the clause the parser hangs
on the participle describing the channel is what the speech verb reports. Wire, web and local
press styles; invented sentences; the real spaCy pipeline. Before the rule 3 of 8 failed (no
statement: "said" or "wrote" had no clause of its own); all pass after."""

from __future__ import annotations

from typing import Any

import pytest

from tests.speakers import speakers as _speakers

pytestmark = pytest.mark.model

NAIROBI = "NAIROBI, Kenya (AP) - Thousands marched in Nairobi on Tuesday against the finance bill. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Opposition leader Raila Odinga said in a video posted online that the bill must be withdrawn.", "Raila Odinga"),
        ("Opposition leader Raila Odinga wrote in a post shared on Facebook that the bill must be withdrawn.",
         "Raila Odinga"),
        ("Police said in a statement seen by AFP that 200 people had been arrested.", "Kenyan police"),
        ("Opposition leader Raila Odinga said in a statement released on Wednesday that the bill must be withdrawn.",
         "Raila Odinga"),
        ("The Law Society of Kenya said in a statement issued late on Tuesday that the arrests were illegal.",
         "Law Society of Kenya"),
        ("Opposition leader Raila Odinga said in a message published on X that the bill must be withdrawn.",
         "Raila Odinga"),
        ("The interior ministry said in a statement sent to reporters that 200 people had been arrested.",
         "Kenyan interior ministry"),
        ("Opposition leader Raila Odinga said on Wednesday in a statement that the bill must be withdrawn.",
         "Raila Odinga"),
    ],
)
def test_a_clause_hung_on_the_channels_participle_is_reported(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(NAIROBI + text)) == [speaker]


def test_a_video_that_shows_something_is_no_report(extract: Any) -> None:
    # a clause of what a picture shows, with no speech verb of the speaker's, is nobody's words
    assert _speakers(extract(NAIROBI + "A video posted online showed that police had fired on the crowd.")) == []
