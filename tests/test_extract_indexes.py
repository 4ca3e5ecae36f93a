"""Per-article indexes (kg/extract/indexes.py): a range's mentions and date phrases found by
bisection are exactly what a pass over the whole list finds, in its order; the date index is
built once per article; ctx.mentions stays such a list whatever a phase assigns to it."""

from __future__ import annotations

import bisect
import random

import pytest

from kg.extract.indexes import MentionList

pytest.importorskip("spacy")

from tests.handdoc import make_doc, small_gazetteer  # noqa: E402

TEXT = "Putin met Lukashenko in Sochi on Monday. The two leaders met again on Tuesday."
PARSE = """
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
met VBD ROOT 11 meet
again RB advmod 11
on IN prep 11
Tuesday NNP pobj 13 Tuesday B-DATE
. . punct 11
"""


def _scan(items: list[tuple[int, int, str]], lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [m for m in items if lo <= m[0] < hi]


def test_mention_list_answers_as_a_scan_through_every_kind_of_change() -> None:
    rng = random.Random(7)
    ml = MentionList()
    for step in range(600):
        m = (rng.randrange(60), 0, f"k{rng.randrange(5)}")
        m = (m[0], m[0] + 1 + rng.randrange(3), m[2])
        op = rng.randrange(9)
        if op == 0:
            ml.append(m)  # may break the order
        elif op in (1, 2):
            bisect.insort(ml, m)  # keeps it
        elif op == 3:
            ml.sort()
        elif op == 4 and ml:
            ml.remove(ml[rng.randrange(len(ml))])
        elif op == 5:
            ml.insert(rng.randrange(-len(ml) - 2, len(ml) + 2), m)
        elif op == 6 and ml:
            ml[rng.randrange(len(ml))] = m
        elif op == 7:
            ml.extend([m, (m[0] - 1, m[1], m[2])])
        elif op == 8 and ml:
            del ml[rng.randrange(len(ml))]
        in_order = all(ml[i][0] <= ml[i + 1][0] for i in range(len(ml) - 1))
        assert in_order or not ml.ordered, step  # never says in order when it is not (bisection would miss some)
        if op == 3:
            assert ml.ordered  # sorted: bisection again
        for lo in range(0, 64, 7):
            assert ml.starting(lo, lo + 9) == _scan(ml, lo, lo + 9), (step, lo)


def test_context_mentions_stay_indexed_and_the_date_index_is_built_once() -> None:
    from kg.extract import indexes
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.places import index_dates, place_mentions

    doc = make_doc(TEXT, PARSE)
    ctx = Context(doc, parse_article(TEXT, article_id="t"), small_gazetteer())
    find_actors(ctx)
    index_dates(ctx)
    first, second = list(doc.sents)
    assert isinstance(ctx.mentions, MentionList) and ctx.mentions.ordered
    assert ctx.mentions_in(first.start, first.end) == _scan(ctx.mentions, first.start, first.end)
    assert [ctx.actors[k].name for _a, _b, k in place_mentions(ctx, first)] == ["Sochi"]
    ctx.mentions = sorted(ctx.mentions, reverse=True)  # a phase may assign a plain list (tidy.py does)
    assert isinstance(ctx.mentions, MentionList) and not ctx.mentions.ordered
    assert ctx.mentions_in(first.start, first.end) == _scan(ctx.mentions, first.start, first.end)
    got = [indexes.dates_starting(ctx, s.start, s.end) for s in (first, second)]
    assert [[ctx.text[d.start:d.end] for d, _span in found] for found in got] == [["on Monday"], ["on Tuesday"]]
    built = ctx.date_index
    indexes.dates_starting(ctx, 0, len(doc))
    indexes.date_tokens(ctx)
    assert built is not None and ctx.date_index is built  # once per article, not per question
    assert indexes.date_tokens(ctx) == {5, 6, 13, 14}


def test_a_credited_caption_is_found_as_before() -> None:
    from kg.extract.protests import _CREDITED_CAPTION, _credited

    lines = ["Protesters in Dhaka, Bangladesh, July 16, 2024. \u2014 Reuters", "A rally in Lima, 2023 - AFP.",
             "Police said 40 were held. \u2013 Getty Images", "Reuters said 40 were held.", "2024 - AP news",
             "A rally in 2021 -  EFE", "Thousands marched. AFP", ""]
    for line in lines:
        assert _credited(line) == (_CREDITED_CAPTION.search(line) is not None), line


def test_meeting_helpers_answer_the_same_by_bisection_and_by_a_scan() -> None:
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.meeting_gaps import _adjunct, _person_at
    from kg.extract.meeting_places import _before_or_after, _in_subject, _topic
    from kg.extract.places import index_dates

    doc = make_doc(TEXT, PARSE)
    ctx = Context(doc, parse_article(TEXT, article_id="t"), small_gazetteer())
    find_actors(ctx)
    index_dates(ctx)
    first = next(iter(doc.sents))
    sochi = ctx.tok_actor[4]
    assert sochi is not None

    def answers() -> list[object]:
        return [_before_or_after(ctx, sochi, first), _in_subject(ctx, doc[1], sochi, first), _topic(ctx, sochi, first),
                [_person_at(ctx, i) for i in range(len(doc))], [_adjunct(ctx, lo, lo + 3) for lo in range(len(doc))]]

    indexed = answers()
    assert indexed[3][0] is not None and indexed[4][3] is True  # Putin at 0; "in Sochi on Monday"
    assert isinstance(ctx.mentions, MentionList)
    ctx.mentions.ordered = False  # the whole list read, as before the index
    assert answers() == indexed


def test_the_token_from_an_offset_is_the_first_that_starts_there_or_after() -> None:
    from kg.extract import indexes
    from kg.extract.articles import parse_article
    from kg.extract.context import Context

    doc = make_doc(TEXT, PARSE)
    ctx = Context(doc, parse_article(TEXT, article_id="t"), small_gazetteer())
    for offset in range(len(TEXT) + 2):
        assert indexes.token_from(ctx, offset) == next((t.i for t in doc if t.idx >= offset), len(doc)), offset
    built = ctx.token_offsets
    indexes.token_from(ctx, 3)
    assert built is not None and ctx.token_offsets is built  # the offsets read once per article


def test_a_sentence_without_a_tally_gives_none_before_its_words_are_read() -> None:
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.counts import town_figures

    doc = make_doc(TEXT, PARSE)
    ctx = Context(doc, parse_article(TEXT, article_id="t"), small_gazetteer())
    assert all(town_figures(ctx, s) == [] for s in doc.sents)
