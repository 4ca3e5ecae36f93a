"""Statement kinds of quotations whose words name no kind: a failing of others told as a
reproach, and a verdict on what is to come, whose "will" announces nothing (kg/extract/kinds.py,
kg/extract/kinds_clause.py). Sentences written for the rules, about other countries than the
real-article set's stories, through the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def _kinds(facts: dict[str, Any]) -> list[str]:
    return [e["kind"] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # others who did not do something: a reproach, whatever the verb
        ('"The government did not keep a single promise," said opposition leader Maria Lopez.', "criticism"),
        ('"They never came to the table," said union leader Tomas Berg.', "criticism"),
        # the speaker's own side, what others could not do, and what they did not know, tell no failing
        ('"We did not see the police," said protester Ana Ruiz.', "comment"),
        ('"The police could not stop the crowd," Mayor John Smith said.', "comment"),
    ],
)
def test_a_failing_of_others_reproaches(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "will be" + a complement judges what is to come: no announcement; its own words still count
        ('"The coming weeks will be crucial for the region," Prime Minister Anna Virtanen told reporters.', "comment"),
        ('"It would be a mistake to ignore the voters," said opposition leader Jan Novak.', "criticism"),
        # a decision of the speaker's own is announced
        ('"We will hold a referendum in March," said Prime Minister Jan Novak.', "announcement"),
    ],
)
def test_a_verdict_on_what_is_to_come_announces_nothing(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a sanction others "could" suffer, or "would" suffer if they act: a warning, do not (a demand)
        ("Police in Lima said protesters could be prosecuted for rioting if the marches turned violent.", "demand"),
        # a sanction said as what will be done is a measure made known
        ("President Pedro Gomez said all those responsible would be arrested and tried.", "announcement"),
    ],
)
def test_a_sanction_others_could_suffer_warns(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the speaker's side holding out "until" something happens asks for it
        ('"We are not going anywhere until the elections are repeated," said opposition leader Ana Brnabic.', "demand"),
        ('"We will stay on the streets until our demands are met," said student leader Luka Petrovic.', "demand"),
        ('"We will protest until Vucic leaves," Marta Kovac, a protester, told reporters.', "demand"),
        # a story told in the past asks for nothing
        ('"I waited until the police left," Marta Kovac, a protester, told reporters.', "comment"),
    ],
)
def test_holding_out_until_demands(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what others will do to the speaker's side if it fails to act: a call to act
        ('"If we stay silent, they will come for any of us tomorrow," opposition leader Ana Costa wrote on Facebook.',
         "demand"),
        # the speaker's own promise on a condition is announced
        ('"If we win, we will cut taxes," candidate Ana Costa said.', "announcement"),
    ],
)
def test_what_others_will_do_if_we_do_not_act_demands(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a reported verdict on what is to come makes nothing known: its own words decide
        ("At a joint press conference with Scholz, Biden said the coming weeks will be crucial for the talks.",
         "comment"),
        # ... but the speaker's own future, a readiness and where an event is set are made known
        ("Ruto said he would be the next president.", "announcement"),
        ("Lavrov said Russia would be ready to continue the talks in Istanbul.", "announcement"),
        ("Peskov said the next round would be in Minsk.", "announcement"),
    ],
)
def test_a_reported_verdict_ahead_announces_nothing(extract: Any, text: str, kind: str) -> None:
    assert _kinds(extract(text)) == [kind]
