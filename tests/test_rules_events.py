"""Meeting, protest and detention rules on hand-built parses (no spaCy model needed)."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("spacy")

from tests.handdoc import events, make_doc, run_rules, small_gazetteer  # noqa: E402

MEETING = "Putin met Lukashenko in Sochi on Monday. The two leaders discussed a loan."
MEETING_PARSE = """
Putin NNP nsubj 1 Putin B-PERSON
met VBD ROOT 1 meet
Lukashenko NNP dobj 1 Lukashenko B-PERSON
in IN prep 1
Sochi NNP pobj 3 Sochi B-GPE
on IN prep 1
Monday NNP pobj 5 Monday B-DATE
. . punct 1
The DT det 10
two CD nummod 10 - B-CARDINAL
leaders NNS nsubj 11 leader
discussed VBD ROOT 11 discuss
a DT det 13
loan NN dobj 11
. . punct 11
"""

MARCH = "Tens of thousands of protesters marched in Minsk on Sunday, and police detained more than 500 people."
MARCH_PARSE = """
Tens NNS quantmod 2 ten B-CARDINAL
of IN quantmod 2 - I-CARDINAL
thousands NNS nsubj 5 thousand I-CARDINAL
of IN prep 2
protesters NNS pobj 3 protester
marched VBD ROOT 5 march
in IN prep 5
Minsk NNP pobj 6 Minsk B-GPE
on IN prep 5
Sunday NNP pobj 8 Sunday B-DATE
, , punct 5
and CC cc 5
police NNS nsubj 13
detained VBD conj 5 detain
more JJR amod 16 - B-CARDINAL
than IN quantmod 16 - I-CARDINAL
500 CD nummod 17 - I-CARDINAL
people NNS dobj 13
. . punct 13
"""

TWO_TOWNS = "Protesters rallied in Minsk and Grodno on Sunday."
TWO_TOWNS_PARSE = """
Protesters NNS nsubj 1 protester
rallied VBD ROOT 1 rally
in IN prep 1
Minsk NNP pobj 2 Minsk B-GPE
and CC cc 3
Grodno NNP conj 3 Grodno B-GPE
on IN prep 1
Sunday NNP pobj 6 Sunday B-DATE
. . punct 1
"""


def test_meeting_with_place_and_date() -> None:
    (m,) = events(run_rules(MEETING, MEETING_PARSE), "Meeting")
    assert m["participants"] == ["Alexander Lukashenko", "Vladimir Putin"]
    assert (m["place"], m["date"], m["date_text"]) == ("Sochi", dt.date(2020, 9, 14), "on Monday")
    assert m["key"] == "meeting.2020-09-14.alexander-lukashenko.vladimir-putin"


def test_protest_with_its_size_and_detentions() -> None:
    facts = run_rules(MARCH, MARCH_PARSE)
    (p,) = events(facts, "Protest")
    assert (p["place"], p["date"]) == ("Minsk", dt.date(2020, 9, 13))  # the Sunday before publication
    assert (p["participant_count"], p["participant_count_text"]) == (10000, "Tens of thousands")
    assert (p["detained_count"], p["detained_count_text"]) == (500, "more than 500")
    assert p["participants"] == ["Belarusian protesters"]  # the group takes the home country (Minsk's)
    assert p["key"] == "protest.2020-09-13.minsk"


def test_every_town_of_a_list_has_its_protest() -> None:
    facts = run_rules(TWO_TOWNS, TWO_TOWNS_PARSE)
    assert sorted(p["place"] for p in events(facts, "Protest")) == ["Grodno", "Minsk"]


def test_context_resolves_names_and_the_two_leaders() -> None:
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.coref import actors_of
    from kg.extract.meetings import find_meetings
    from kg.extract.places import index_dates

    doc = make_doc(MEETING, MEETING_PARSE)
    ctx = Context(doc, parse_article(MEETING, article_id="t"), small_gazetteer())
    find_actors(ctx)
    assert ctx.tok_actor[0] == "vladimir-putin" and ctx.tok_actor[2] == "alexander-lukashenko"
    index_dates(ctx)
    find_meetings(ctx)
    # "the two leaders": not a pair named together, so the participants of the meeting just found
    assert actors_of(ctx, doc[10]) == ["vladimir-putin", "alexander-lukashenko"]


LIST = "Thousands rallied in Jerusalem, Beersheba, Netanya and Karkur on Saturday."
LIST_PARSE = """
Thousands NNS nsubj 1 thousand B-CARDINAL
rallied VBD ROOT 1 rally
in IN prep 1
Jerusalem NNP pobj 2 Jerusalem B-GPE
, , punct 3
Beersheba NNP appos 3 Beersheba B-GPE
, , punct 5
Netanya NNP conj 5 Netanya B-PERSON
and CC cc 7
Karkur NNP conj 7 Karkur
on IN prep 1
Saturday NNP pobj 10 Saturday B-DATE
. . punct 1
"""


def test_every_town_of_a_list_the_parser_misread() -> None:
    # an apposition, a town tagged PERSON and an untagged town are all places of the list
    facts = run_rules(LIST, LIST_PARSE, published="2023-05-28")
    got = sorted((p["place"], p["date"]) for p in events(facts, "Protest"))
    day = dt.date(2023, 5, 27)
    assert got == [("Beersheba", day), ("Jerusalem", day), ("Karkur", day), ("Netanya", day)]


BACKGROUND = "Lukashenko has faced mass protests since the election."
BACKGROUND_PARSE = """
Lukashenko NNP nsubj 2 Lukashenko B-PERSON
has VBZ aux 2 have
faced VBN ROOT 2 face
mass JJ amod 4
protests NNS dobj 2 protest
since IN prep 2
the DT det 7
election NN pobj 5
. . punct 2
"""


def test_a_wave_of_protests_is_background() -> None:
    assert events(run_rules(BACKGROUND, BACKGROUND_PARSE), "Protest") == []

NATIONAL = "Protesters rallied across the country on Sunday. Thousands marched in Minsk and Kfar Saba."
NATIONAL_PARSE = """
Protesters NNS nsubj 1 protester
rallied VBD ROOT 1 rally
across IN prep 1
the DT det 4
country NN pobj 2
on IN prep 1
Sunday NNP pobj 5 Sunday B-DATE
. . punct 1
Thousands NNS nsubj 9 thousand B-CARDINAL
marched VBD ROOT 9 march
in IN prep 9
Minsk NNP pobj 10 Minsk B-GPE
and CC cc 11
Kfar NNP compound 14 Kfar B-PERSON
Saba NNP conj 11 Saba I-PERSON
. . punct 9
"""

BACKGROUND_AND_PLAN = "After weeks of protests, the opposition called for a march in Minsk on Friday."
BACKGROUND_AND_PLAN_PARSE = """
After IN prep 7
weeks NNS pobj 0 week B-DATE
of IN prep 1
protests NNS pobj 2 protest
, , punct 7
the DT det 6
opposition NN nsubj 7
called VBD ROOT 7 call
for IN prep 7
a DT det 10
march NN pobj 8
in IN prep 10
Minsk NNP pobj 11 Minsk B-GPE
on IN prep 7
Friday NNP pobj 13 Friday B-DATE
. . punct 7
"""


def test_a_national_day_and_its_towns_are_kept_apart_and_share_the_day() -> None:
    facts = run_rules(NATIONAL, NATIONAL_PARSE)
    got = sorted((p["place"], p.get("date")) for p in events(facts, "Protest"))
    sunday = dt.date(2020, 9, 13)
    # "Kfar Saba", misread as a person, is a town of the list
    assert got == [("Belarus", sunday), ("Kfar Saba", sunday), ("Minsk", sunday)]
    assert "Kfar Saba" not in {a["name"] for a in facts["actors"]}


def test_background_and_a_called_for_march_are_not_protests() -> None:
    assert events(run_rules(BACKGROUND_AND_PLAN, BACKGROUND_AND_PLAN_PARSE), "Protest") == []


KREMLIN = "Putin and Macron talked in the Kremlin tomorrow."
KREMLIN_PARSE = """
Putin NNP nsubj 3 Putin B-PERSON
and CC cc 0
Macron NNP conj 0 Macron B-PERSON
talked VBD ROOT 3 talk
in IN prep 3
the DT det 6
Kremlin NNP pobj 4 Kremlin B-ORG
tomorrow NN npadvmod 3 - B-DATE
. . punct 3
"""


def test_talks_in_a_seat_of_government_are_in_its_capital() -> None:
    import datetime as _dt

    from kg.extract.articles import parse_article
    from kg.extract.gazetteer import Entry
    from kg.extract.rules import extract_facts
    from tests.handdoc import make_doc

    gaz = small_gazetteer()
    for e in (Entry("moscow", "Moscow", "Place", country="russia", capital=True),
              Entry("kremlin", "Kremlin", "Organization", country="russia"),
              Entry("emmanuel-macron", "Emmanuel Macron", "Person", aliases=["Macron"])):
        gaz.add(e)
    article = parse_article(KREMLIN, article_id="t")
    article.published = _dt.date(2022, 2, 7)
    facts = extract_facts(make_doc(KREMLIN, KREMLIN_PARSE), article, gaz)
    (m,) = events(facts, "Meeting")
    assert m["participants"] == ["Emmanuel Macron", "Vladimir Putin"]
    assert (m["place"], m["date"]) == ("Moscow", _dt.date(2022, 2, 8))
