"""The facts format: the bundled file is valid, and each kind of bad input is named precisely."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from kg.errors import FactError
from kg.facts import dump_facts, read_facts

from .conftest import BUNDLED_ARTICLE, BUNDLED_FACTS


def test_bundled_facts_are_complete(bundled_facts):
    f = bundled_facts
    assert f.article.id == "lukashenko-putin-sochi"
    assert f.article.published == dt.date(2020, 9, 14)
    names = {a.name for a in f.actors}
    for who in ("Alexander Lukashenko", "Vladimir Putin", "Svetlana Tikhanovskaya", "Michelle Bachelet",
                "Stephen Biegun", "Georgy Bovt", "Dmitry Smirnov"):
        assert who in names
    types = [e.type for e in f.events]
    assert types.count("Meeting") == 1 and "Visit" in types and "Election" in types
    meeting = next(e for e in f.events if e.type == "Meeting")
    assert {f.entity(p).name for p in meeting.participants} == {"Alexander Lukashenko", "Vladimir Putin"}
    assert meeting.date == dt.date(2020, 9, 14) and meeting.date_text == "on Monday"
    march = next(e for e in f.events if e.type == "Protest" and e.name == "March of Heroes")
    assert march.date == dt.date(2020, 9, 13)
    assert march.participant_count_text == "tens of thousands"
    statements = [e for e in f.events if e.type == "Statement"]
    assert len(statements) >= 12
    quoted = {e.quote for e in statements if e.quote}
    assert any(q.startswith("I really regret you decided") for q in quoted)
    kinds = {e.kind for e in statements}
    assert {"criticism", "congratulation", "claim", "demand", "rejection"} <= kinds


def test_evidence_offsets_point_into_the_article(bundled_facts):
    text = BUNDLED_ARTICLE.read_text(encoding="utf-8")
    for e in bundled_facts.events:
        for (start, end), ev in zip(e.spans, e.evidence, strict=True):
            assert text[start:end] == ev


def test_dump_then_read_gives_the_same_facts(bundled_facts, tmp_path):
    out = dump_facts(bundled_facts, tmp_path / "sub" / "copy.yaml")
    again = read_facts(out)
    assert again.events == bundled_facts.events
    assert again.actors == bundled_facts.actors
    assert again.places == bundled_facts.places
    assert again.article.id == bundled_facts.article.id


def test_json_is_accepted(bundled_facts, tmp_path):
    doc = yaml.safe_load(BUNDLED_FACTS.read_text(encoding="utf-8"))
    doc["article"]["text"] = str(BUNDLED_ARTICLE)
    doc["article"]["published"] = "2020-09-14"
    for e in doc["events"]:
        if "date" in e:
            e["date"] = str(e["date"])
    p = tmp_path / "facts.json"
    p.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    assert read_facts(p).events == bundled_facts.events


def _write(tmp_path: Path, body: str) -> Path:
    art = tmp_path / "a.txt"
    art.write_text("Alice met Bob in Paris on Monday. Alice said: \"We agree.\"\n", encoding="utf-8")
    p = tmp_path / "f.yaml"
    p.write_text(body, encoding="utf-8")
    return p


GOOD = """\
article: {id: t1, published: 2020-01-06, text: a.txt}
actors:
  - {id: alice, name: Alice A, type: Person}
  - {id: bob, name: Bob B, type: Person}
places:
  - {id: paris, name: Paris}
events:
  - type: Meeting
    participants: [alice, bob]
    place: paris
    date: 2020-01-06
    date_text: on Monday
    evidence: Alice met Bob in Paris on Monday.
"""


def test_minimal_file_is_valid(tmp_path):
    f = read_facts(_write(tmp_path, GOOD))
    assert f.events[0].spans == ((0, 33),)


@pytest.mark.parametrize(
    ("edit", "line", "needle"),
    [
        (("participants: [alice, bob]", "participants: [alice, bobb]"), 9, "events[0].participants[1]: unknown actor id 'bobb'"),
        (("type: Meeting", "type: Meting"), 8, "events[0].type: unknown event type 'Meting'"),
        (("evidence: Alice met Bob in Paris on Monday.", "evidence: Alice met Carol."), 13, "events[0].evidence: 'Alice met Carol.' is not in the article text"),
        (("date: 2020-01-06\n", "date: 2020-02-30\n"), 11, "events[0].date: invalid date '2020-02-30'"),
        (("date_text: on Monday", "date_text: on Tuesday"), 12, "events[0].date_text: 'on Tuesday' is not in the article text"),
        (("text: a.txt", "text: missing.txt"), 1, "article.text: file"),
        (("participants: [alice, bob]", "participants: [alice]"), 9, "a Meeting needs two or more participants"),
        (("place: paris", "place: paris\n    speaker: alice"), 11, "events[0].speaker: not allowed on a Meeting"),
        (("place: paris", "plac: paris"), 10, "events[0].plac: unknown field"),
        (("{id: bob, name: Bob B, type: Person}", "{id: bob, name: Bob B, type: Robot}"), 4, "actors[1].type: unknown actor type 'Robot'"),
        (("date_text: on Monday", "date_text: [on Monday"), 13, "malformed YAML"),
    ],
)
def test_bad_facts_name_file_line_and_field(tmp_path, edit, line, needle):
    old, new = edit
    assert old in GOOD
    p = _write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(FactError) as err:
        read_facts(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}:{line}:"), msg
    assert needle in msg
    assert ";" in msg, "every message says what to do"
    assert "\n" not in msg


GOOD_BLOCK = """\
# block style, as dump_facts writes it (read by kg.facts.blockyaml, not libyaml)
article:
  id: t1
  published: 2020-01-06
  text: a.txt
actors:
- id: alice
  name: Alice A
  type: Person
- id: bob
  name: Bob B
  type: Person
places:
- id: paris
  name: Paris
events:
- type: Meeting
  participants:
  - alice
  - bob
  place: paris
  date: 2020-01-06
  date_text: on Monday
  evidence: 'Alice met Bob in Paris
    on Monday.'
"""


@pytest.mark.parametrize(
    ("edit", "line", "needle"),
    [
        (("  - bob", "  - bobb"), 18, "events[0].participants[1]: unknown actor id 'bobb'"),
        (("- type: Meeting", "- type: Meting"), 17, "events[0].type: unknown event type 'Meting'"),
        (("  place: paris", "  plac: paris"), 21, "events[0].plac: unknown field"),
        (("  date: 2020-01-06", "  date: 2020-02-30"), 22, "events[0].date: invalid date '2020-02-30'"),
        (("  type: Person\n- id: bob", "  type: Robot\n- id: bob"), 9, "actors[0].type: unknown actor type 'Robot'"),
        (("  text: a.txt", "  text: a.txt\n  url: http://example.org/%zz"), 6, "article.url: invalid value"),
        (("  text: a.txt", "  text: a.txt\n  url: http://example.org:port/"), 6, "article.url: invalid value"),
        (("  - alice\n", "  - alice\n  - alice\n"), 18, "events[0].participants: lists an actor twice"),
        (("  name: Paris", "  name: Paris\n  name: Lyon"), 16, "duplicate key 'name'"),
    ],
)
def test_block_facts_errors_name_their_line(tmp_path, edit, line, needle):
    from kg.facts.blockyaml import read_block

    assert read_block(GOOD_BLOCK) is not None
    assert read_facts(_write(tmp_path, GOOD_BLOCK)).events[0].spans == ((0, 33),)
    old, new = edit
    assert old in GOOD_BLOCK
    p = _write(tmp_path, GOOD_BLOCK.replace(old, new, 1))
    with pytest.raises(FactError) as err:
        read_facts(p)
    msg = str(err.value)
    assert msg.startswith(f"{p}:{line}:"), msg
    assert needle in msg and "\n" not in msg


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(FactError, match="file not found"):
        read_facts(tmp_path / "nope.yaml")
    (tmp_path / "bin.yaml").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(FactError, match="not UTF-8"):
        read_facts(tmp_path / "bin.yaml")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    with pytest.raises(FactError, match="empty"):
        read_facts(tmp_path / "empty.yaml")
    with pytest.raises(FactError, match="is a directory"):
        read_facts(tmp_path)


def test_statement_rules(tmp_path):
    template = GOOD + """\
  - type: Statement
    speaker: alice
    kind: KIND
    quote: QUOTE
    evidence: 'Alice said: "We agree."'
"""

    class base:  # noqa: N801 - a tiny str.format stand-in for a template full of braces
        @staticmethod
        def format(kind: str, quote: str) -> str:
            return template.replace("KIND", kind).replace("QUOTE", quote)
    assert read_facts(_write(tmp_path, base.format(kind="comment", quote="We agree."))).events[1].quote == "We agree."
    with pytest.raises(FactError, match=r"events\[1\]\.kind: unknown statement kind 'praising'"):
        read_facts(_write(tmp_path, base.format(kind="praising", quote="We agree.")))
    with pytest.raises(FactError, match=r"events\[1\]\.quote: 'We disagree.' is not in the article text"):
        read_facts(_write(tmp_path, base.format(kind="comment", quote="We disagree.")))
    no_speaker = base.format(kind="comment", quote="We agree.").replace("    speaker: alice\n", "")
    with pytest.raises(FactError, match="a Statement needs exactly one speaker"):
        read_facts(_write(tmp_path, no_speaker))


def test_quote_given_by_its_first_and_last_words(tmp_path):
    """Gold files that may not copy a quotation whole give its first and last words instead."""
    stmt = GOOD + """\
  - type: Statement
    speaker: alice
    kind: comment
    FRAGMENTS
    evidence: Alice said
"""

    def body(fragments: str) -> str:
        return stmt.replace("FRAGMENTS", fragments)
    e = read_facts(_write(tmp_path, body("quote_start: We\n    quote_end: agree."))).events[1]
    assert (e.quote, e.quote_start, e.quote_end) == (None, "We", "agree.")
    with pytest.raises(FactError, match=r"events\[1\]\.quote_end: 'disagree' is not in the article text"):
        read_facts(_write(tmp_path, body("quote_start: We\n    quote_end: disagree")))
    with pytest.raises(FactError, match=r"events\[1\]\.quote_end: missing: quote_start and quote_end come together"):
        read_facts(_write(tmp_path, body("quote_start: We")))
    with pytest.raises(FactError, match=r"events\[1\]\.quote: given together with quote_start/quote_end"):
        read_facts(_write(tmp_path, body("quote: We agree.\n    quote_start: We\n    quote_end: agree.")))
    with pytest.raises(FactError, match=r"events\[0\]\.quote_start: not allowed on a Meeting"):
        read_facts(_write(tmp_path, GOOD.replace("    place: paris\n", "    place: paris\n    quote_start: We\n")))


def test_yaml_aliases_neither_loop_nor_blow_up(tmp_path):
    """Anchors and aliases: an alias inside its own anchor is a one-line error at its line,
    and nested aliases ("billion laughs") share one object instead of growing exponentially."""
    import time

    p = _write(tmp_path, GOOD.replace("participants: [alice, bob]", "participants: &p [alice, *p]", 1))
    with pytest.raises(FactError) as err:
        read_facts(p)
    assert str(err.value).startswith(f"{p}:9:") and "alias refers to its own anchor" in str(err.value)
    laughs = "".join(f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 9) if i else 'a, b'}]\n" for i in range(12))
    q = _write(tmp_path, laughs + GOOD)  # 9**11 leaves if aliases were copied
    t = time.perf_counter()
    with pytest.raises(FactError, match="alias bomb"):  # refused before anything is expanded
        read_facts(q)
    assert time.perf_counter() - t < 5
