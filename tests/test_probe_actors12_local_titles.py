"""Probe battery (round 12, helper actors12): the holder of a town's or a province's office
told only by the title and the place, never named ("Basra's governor said", "the mayor of
Valparaiso said", "the province's governor said"). The real spaCy pipeline on sentences
written for the battery, in the ways different outlets print it: possessive, noun modifier,
"of" phrase, a common noun standing for the place just named, quote before or after,
"according to", inverted. The speaker is a person of their own, named "<place> <title>"
(the real-article gold's convention), never the place; a holder the text names is that
person."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _speakers(facts: dict[str, Any]) -> list[str]:
    names = {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}
    return [names[e["speaker"]] for e in facts["events"] if e["type"] == "Statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # possessive of the town named before
        ("Police fired tear gas at protesters in Basra on Monday. Basra's governor said that live rounds were "
         "not used.", "Basra governor"),
        # the town as a noun modifier, wire style
        ("Hundreds marched in Kisumu on Tuesday. The Kisumu governor said the march was peaceful.", "Kisumu governor"),
        # "of" phrase, translated local press
        ("Thousands marched in Valparaiso on Sunday. The mayor of Valparaiso said the city would not pay for "
         "the damage.", "Valparaiso mayor"),
        # quote first, then the title with "of"
        ('Shops stayed shut in Mombasa on Monday. "The city is calm," the mayor of Mombasa told reporters.',
         "Mombasa mayor"),
        # a common noun standing for the place just named, attribution after the clause
        ("Clashes broke out in Najaf on Wednesday, the province's governor said.", "Najaf governor"),
        ("Hundreds of traders marched in Medellin on Friday. The city's mayor said the market would reopen.",
         "Medellin mayor"),
        pytest.param("Hundreds of traders marched in Arequipa on Friday. The city's mayor said the market would "
                     "reopen.", "Arequipa mayor",
                     marks=pytest.mark.xfail(reason="the model tags no entity for Arequipa: no place to stand for",
                                             strict=True)),
        # inverted after the quote, live-blog style
        ('Hundreds blocked the roads in Cusco on Thursday. "We will rebuild the market," said Cusco\'s mayor.',
         "Cusco mayor"),
        # "according to"
        ("Two protesters were killed in Mosul on Sunday, according to the governor of Nineveh.",
         "Nineveh governor"),
    ],
)
def test_an_unnamed_local_office_holder_speaks_as_the_title(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the holder named once before with the town's title: the title stands for that person
        ("Basra governor Asaad al-Eidani visited the wounded on Monday. Basra's governor said that live "
         "rounds were not used.", "Asaad al-Eidani"),
        # named in apposition: the person, as before
        ("The governor of Diyala, Muthanna al-Tamimi, said the curfew would be lifted.", "Muthanna al-Tamimi"),
    ],
)
def test_a_named_holder_is_the_person(extract: Any, text: str, speaker: str) -> None:
    assert _speakers(extract(text)) == [speaker]


def test_a_bank_s_governor_is_no_town_s(extract: Any) -> None:
    said = _speakers(extract("The governor of the central bank said inflation would fall next year."))
    assert not any(s.endswith(" governor") and s != "central bank governor" for s in said)


def test_a_possessive_of_two_listed_offices_is_both_s(extract: Any) -> None:
    text = ("Police fired on protesters in Kirkuk overnight. Kirkuk's governor and police chief, the interior "
            "minister and the army all denied that live rounds were used.")
    said = _speakers(extract(text))
    assert "Kirkuk governor" in said and "Kirkuk police chief" in said and "Kirkuk" not in said
