"""The per-article token lists of the Context (lemmas, lower-case forms, coarse tags) and the loops
that read them to find their candidates: they answer what the token-by-token loops answered."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.model

# probe sentences (made up): protests, a clash, a crowd's act, a capitalised crowd after a dateline
TEXT = ("LIMA (Reuters) - Protesters marched through Arequipa on Tuesday, and students staged a sit-in outside "
        "the ministry. Clashes broke out between youths and riot police in Cusco. Many gathered outside the "
        "county offices, and the largest crowds were in Puno. Finance Minister Carla Vega said on Monday that "
        "the government would talk to the unions, according to the ministry.")


def _context(nlp: Any, text: str) -> Any:
    from kg.extract.actors import find_actors
    from kg.extract.articles import parse_article
    from kg.extract.context import Context
    from kg.extract.gazetteer import load_gazetteer

    article = parse_article(text, source="<probe>", article_id="probe")
    ctx = Context(nlp(article.analysed), article, load_gazetteer(None))
    find_actors(ctx)
    return ctx


def test_the_lists_hold_each_tokens_lemma_form_and_tag_and_follow_a_retag(nlp: Any) -> None:
    ctx = _context(nlp, TEXT)
    assert ctx.lemmas == [t.lemma_.lower() for t in ctx.doc]
    assert ctx.lowers == [t.lower_ for t in ctx.doc]
    assert ctx.poses == [t.pos_ for t in ctx.doc]
    tok = ctx.doc[5]
    ctx.retag(tok, "NOUN", "NNS", "Probe")
    assert (tok.pos_, tok.tag_, tok.lemma_) == ("NOUN", "NNS", "Probe")
    assert (ctx.poses[5], ctx.lemmas[5]) == ("NOUN", "probe")


def test_the_protest_cues_are_those_a_token_by_token_loop_finds(nlp: Any) -> None:
    from kg.extract.protest_cues import clash_cues, is_protest, protest_cues, street_clash
    from kg.extract.protest_story import story_cue, story_cues
    from kg.extract.protests import _crowd_nouns

    ctx = _context(nlp, TEXT)
    _crowd_nouns(ctx)  # "Protesters" after the dateline: a common noun (the lists follow)
    assert ctx.poses == [t.pos_ for t in ctx.doc] and ctx.lemmas == [t.lemma_.lower() for t in ctx.doc]
    found = 0
    for sent in ctx.doc.sents:
        cues = protest_cues(ctx, sent)
        assert cues == [t for t in sent if is_protest(ctx, t)]
        assert [t for t in clash_cues(ctx, sent) if street_clash(ctx, t)] == [t for t in sent if street_clash(ctx, t)]
        assert story_cues(ctx, sent, cues) == [t for t in sent if t not in cues and story_cue(ctx, t)]
        found += len(cues)
    assert found >= 3  # marched, sit-in, clashes


def test_every_date_phrase_holds_what_the_quick_search_looks_for() -> None:
    from kg.extract.dates import _ANY_DATE, find_dates

    text = ("on August 9, 2020; 8.jan.2023; the 28th of April; Saturday the 14th; Friday last week; late on Sunday "
            "evening; yesterday; tonight; last night; this morning; two days ago; 2023-05-09; the next day; "
            "the day before, and; later that evening; that night; three days later;\n9:30 a.m.: Police said")
    found = find_dates(text)
    assert len(found) >= 15
    assert all(_ANY_DATE.search(d.text) for d in found)
    assert find_dates("Police detained dozens of people in the capital.") == []
    assert [d.text for d in find_dates("They met, as planned. On Monday they spoke.", 0, 20)] == []
    assert re.search(r"Monday", find_dates("They met, as planned. On Monday they spoke.")[0].text)


def test_the_token_at_an_offset_is_the_one_a_map_of_the_text_gave(nlp: Any) -> None:
    from kg.extract.kinds_official import _token_at

    ctx = _context(nlp, TEXT)
    at = {t.idx: t for t in ctx.doc}
    for offset in range(len(ctx.text) + 1):
        assert _token_at(ctx, offset) == at.get(offset), offset


def test_titled_names_read_from_the_lists_are_those_read_token_by_token(nlp: Any) -> None:
    from kg.extract.spans import titled_names

    text = ("Monsignor Pablo Ruiz Soto met the President of Ukraine Mykola Ivanenko and the head of the Ministry of "
            "Natural Resources Ivan Petrov. " + TEXT)
    ctx = _context(nlp, text)

    def is_place(name: str) -> bool:
        return name in ("Ukraine",)

    found = titled_names(ctx.doc, is_place, ctx.lowers)
    assert found == titled_names(ctx.doc, is_place)
    assert [ctx.doc[a:b].text for a, b in found][:1] == ["Pablo Ruiz Soto"]


def test_the_entity_list_the_sentence_ends_and_the_control_walk_answer_as_before(nlp: Any) -> None:
    from kg.extract.output import _holds_control
    from kg.extract.protests import _text_end

    ctx = _context(nlp, TEXT + "\n\nA second paragraph, on Friday.  \n")
    assert ctx.ent_types == [t.ent_type_ for t in ctx.doc]
    for sent in ctx.doc.sents:
        assert _text_end(ctx, sent) == sent.start_char + len(sent.text.rstrip())
    assert not _holds_control({"events": [{"evidence": ["a", "b"], "counts": {"n": (3, "three")}}], "n": 2, "d": None})
    assert _holds_control({"events": [{"evidence": ["a", ("b", "c\x0cd")]}]})
    assert _holds_control(["x", {"y": ["z", "\x85"]}])
