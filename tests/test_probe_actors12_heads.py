"""Probe battery (round 12, helper actors12): heads of state and government named by a title and
a surname only ("President Tinubu said", "Prime Minister Hasina said"), in the gazetteer's
coverage (data/gazetteer/actors.yaml), resolve to the full name the real-article gold gives
them; a nationality, a title and a surname read by the model as one organisation's name
("Kazakh President Tokayev") are the person. The real spaCy pipeline on sentences written for
the battery: wire style, quote first, "according to", passive host, meeting of two."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _roles(facts: dict[str, Any]) -> list[list[str]]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    out = []
    for e in facts["events"]:
        if e["type"] == "Statement":
            out.append([names[e["speaker"]]])
        elif e["type"] == "Meeting":
            out.append(sorted(names[p] for p in e["participants"]))
    return out


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("President Tinubu said the fuel subsidy would not return.", [["Bola Tinubu"]]),
        ("President Museveni said the protests were illegal.", [["Yoweri Museveni"]]),
        ("President Ramaphosa said the looting would be stopped.", [["Cyril Ramaphosa"]]),
        ("President Milei said the reforms would continue.", [["Javier Milei"]]),
        ("Prime Minister Sunak said Britain would not change course.", [["Rishi Sunak"]]),
        ('"Order will be restored," President Sall told the nation on Wednesday.', [["Macky Sall"]]),
        ("Thousands marched in Dhaka on Monday. Prime Minister Hasina said the quota would be reviewed.",
         [["Sheikh Hasina"]]),
        ("According to President Tebboune, the elections will go ahead.", [["Abdelmadjid Tebboune"]]),
        ("President Bukele met President Lopez Obrador in Mexico City on Tuesday.",
         [["Andres Manuel Lopez Obrador", "Nayib Bukele"]]),
        ("Prime Minister Pashinyan met President Aliyev in Brussels on Friday.", [["Ilham Aliyev", "Nikol Pashinyan"]]),
        ("Kazakh President Tokayev said order had been restored.", [["Kassym-Jomart Tokayev"]]),
        # not in the gazetteer: the name as printed, after the nationality and the title
        ("Kyrgyz President Sadyr Japarov said the border would reopen.", [["Sadyr Japarov"]]),
    ],
)
def test_a_head_of_state_by_title_and_surname_is_the_full_name(extract: Any, text: str, roles: list[list[str]]) -> None:
    assert _roles(extract(text)) == roles


def test_a_namesake_named_in_full_stays_apart(extract: Any) -> None:
    facts = extract("Former Dakar mayor Khalifa Sall said the vote was rigged.")
    assert _roles(facts) == [["Khalifa Sall"]]
