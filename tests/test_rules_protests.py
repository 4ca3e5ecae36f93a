"""Protest rules on hand-built parses (no spaCy model): the world's town list, "since" after a
superlative, and how a movement began. The parses are the small English model's."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from tests.handdoc import events, make_doc, run_rules, small_gazetteer  # noqa: E402

TOWNS = "Belarusian police detained dozens of protesters in Hrodna and Mesa on Sunday."
TOWNS_PARSE = """
Belarusian JJ amod 1 - B-NORP
police NNS nsubj 2 - O
detained VBD ROOT 2 detain O
dozens NNS dobj 2 dozen B-CARDINAL
of IN prep 3 - O
protesters NNS pobj 4 protester O
in IN prep 5 - O
Hrodna NNP pobj 6 Hrodna B-GPE
and CC cc 7 - O
Mesa NNP conj 7 Mesa B-ORG
on IN prep 2 - O
Sunday NNP pobj 10 Sunday B-DATE
. . punct 2 - O
"""


def _context(text: str, parse: str) -> object:
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context

    ctx = Context(make_doc(text, parse), parse_article(text, article_id="t"), small_gazetteer())
    find_actors(ctx)
    return ctx


def test_a_town_takes_its_country_from_the_town_list_only_in_a_country_of_the_article() -> None:
    from kg.extract.protest_places import place_countries, town_country

    ctx = _context(TOWNS, TOWNS_PARSE)
    assert ctx.home_country == "belarus"  # type: ignore[attr-defined]
    assert town_country(ctx, "Hrodna") == "belarus"  # type: ignore[arg-type]  # GeoNames' Grodno
    assert town_country(ctx, "Mesa") is None  # type: ignore[arg-type]  # a town of Arizona, not of this story
    assert town_country(ctx, "Dozens") is None  # type: ignore[arg-type]
    place_countries(ctx)  # type: ignore[arg-type]
    assert ctx.actors["hrodna"].country == "belarus"  # type: ignore[attr-defined]


MARCH = "Belarusian protesters marched in Hrodna and Mesa on Sunday."
MARCH_PARSE = """
Belarusian JJ amod 1 - B-NORP
protesters NNS nsubj 2 protester O
marched VBD ROOT 2 march O
in IN prep 2 - O
Hrodna NNP pobj 3 Hrodna B-GPE
and CC cc 4 - O
Mesa NNP conj 4 Mesa B-ORG
on IN prep 2 - O
Sunday NNP pobj 7 Sunday B-DATE
. . punct 2 - O
"""


def test_every_town_of_a_list_has_its_protest_whatever_the_model_read() -> None:
    got = {(e["place"], str(e["date"])) for e in events(run_rules(MARCH, MARCH_PARSE), "Protest")}
    assert got == {("Hrodna", "2020-09-13"), ("Mesa", "2020-09-13")}


SINCE = "Thousands of Belarusians rallied in Minsk on Sunday in the biggest protest since 2010."
SINCE_PARSE = """
Thousands NNS nsubj 3 thousand B-CARDINAL
of IN prep 0 - O
Belarusians NNPS pobj 1 Belarusians B-NORP
rallied VBD ROOT 3 rally O
in IN prep 3 - O
Minsk NNP pobj 4 Minsk B-GPE
on IN prep 3 - O
Sunday NNP pobj 6 Sunday B-DATE
in IN prep 3 - O
the DT det 11 - O
biggest JJS amod 11 big O
protest NN pobj 8 - O
since IN prep {since_head} - O
2010 CD pobj 12 - B-DATE
. . punct 3 - O
"""


@pytest.mark.parametrize("since_head", [11, 3])  # "since" read on the noun, or on the verb
def test_a_since_that_compares_with_a_superlative_is_not_a_span_of_time(since_head: int) -> None:
    from kg.extract.protest_cues import not_an_event

    ctx = _context(SINCE, SINCE_PARSE.format(since_head=since_head))
    assert not not_an_event(ctx, ctx.doc[3]) and not not_an_event(ctx, ctx.doc[11])  # type: ignore[attr-defined]


BEGAN = "Belarusian demonstrations erupted last month after Belarus held its vote."
BEGAN_PARSE = """
Belarusian JJ amod 1 - O
demonstrations NNS nsubj 2 demonstration O
erupted VBD ROOT 2 erupt O
last JJ amod 4 - B-DATE
month NN npadvmod 2 - I-DATE
after IN mark 7 - O
Belarus NNP nsubj 7 Belarus B-GPE
held VBD advcl 2 hold O
its PRP$ poss 9 - O
vote NN dobj 7 - O
. . punct 2 - O
"""


def test_how_a_movement_began_is_no_national_day() -> None:
    assert events(run_rules(BEGAN, BEGAN_PARSE), "Protest") == []


def test_a_gathering_without_a_place_is_the_one_town_s_gathering_of_its_day() -> None:
    import datetime as dt

    from kg.extract.context import Ev
    from kg.extract.protest_merge import _unplaced_into_town

    ctx = _context(MARCH, MARCH_PARSE)
    ctx.ensure_country("belarus")  # type: ignore[attr-defined]
    sunday, saturday = dt.date(2020, 9, 13), dt.date(2020, 9, 12)
    early = Ev("Protest", [(0, 5)], place="belarus", date=saturday, anchor=0)  # told before any town: the country's
    town = Ev("Protest", [(10, 15)], place="hrodna", date=sunday, anchor=10)
    unplaced = Ev("Protest", [(20, 30)], place="belarus", date=sunday, anchor=20)
    # told after the town's gathering, with no place of their own: about that gathering when undated;
    # of another day, that day's (here the country's Saturday, told first)
    other_day = Ev("Protest", [(40, 50)], place="belarus", date=saturday, anchor=40)
    undated = Ev("Protest", [(60, 70)], place="belarus", anchor=60)
    named = Ev("Protest", [(80, 90)], place="belarus", date=sunday, anchor=80)  # "across Belarus": its own place
    got = _unplaced_into_town(ctx, [early, town, unplaced, other_day, undated, named],  # type: ignore[arg-type]
                              {id(early), id(unplaced), id(other_day), id(undated)})
    assert got == [early, town, named]
    assert town.evidence == [(10, 15), (20, 30), (60, 70)] and town.date == sunday
    assert early.evidence == [(0, 5), (40, 50)]
