"""A group told by its people and a word that places it abroad speaks under the printed words,
not as the home country's: in a report from Georgia "Western diplomats said", "Russian diplomats
said" and "American senators said" were "Georgian western diplomats", "Georgian russian
diplomats" and "Georgian american senators". The home country's own groups keep its demonym.
The real spaCy pipeline on sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.api import extract_text
from tests.speakers import speakers

pytestmark = pytest.mark.model

TBILISI = "TBILISI, Georgia (AP) - Thousands of protesters rallied in Tbilisi on Sunday against the foreign agents bill. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Western diplomats said the bill would hurt the country's bid to join the EU.", "Western diplomats"),
        ("Russian diplomats said the protests had been organised from abroad.", "Russian diplomats"),
        ("Foreign ambassadors urged the government to withdraw the bill.", "Foreign ambassadors"),
        ("European diplomats said the law was incompatible with EU values.", "European diplomats"),
        ("American senators said the bill was a step backwards.", "American senators"),
        # officials, observers and forces, named by their kind (groups.py)
        ("European officials said the law was incompatible with EU values.", "European officials"),
        ("According to Western officials, the bill will pass.", "Western officials"),
        ("Foreign observers said the vote had been flawed.", "Foreign observers"),
        ("Zambian police said the border had been closed.", "Zambian police"),
        # the home country's own groups
        ("Opposition politicians said they would keep marching.", "Georgian opposition politicians"),
        ("Human rights groups said the police had used excessive force.", "Georgian human rights groups"),
        ("Officials said the bill would be passed anyway.", "Georgian officials"),
        ("Police said 20 people had been detained.", "Georgian police"),
    ],
)
def test_a_group_placed_abroad_is_not_the_home_countrys(text: str, speaker: str) -> None:
    assert speakers(extract_text(TBILISI + text, published=dt.date(2024, 5, 2))) == [speaker]
