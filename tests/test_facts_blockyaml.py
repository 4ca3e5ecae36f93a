"""The fast block-YAML reader gives libyaml's document (values, types, lines) or steps aside."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import FactError
from kg.facts.blockyaml import read_block
from kg.facts.document import LineList, LineMap, load_document


def _shape(doc: Any) -> Any:
    """The document with its lines and exact types, comparable with ==."""
    if isinstance(doc, LineMap):
        return ("map", doc.line, tuple((k, doc.key_lines[k], _shape(v)) for k, v in doc.items()))
    if isinstance(doc, LineList):
        return ("list", doc.line, tuple(doc.item_lines), tuple(_shape(v) for v in doc))
    return (type(doc).__name__, doc)


def _agrees(text: str) -> None:
    """``read_block`` is None, or exactly what libyaml's reader builds (which must succeed)."""
    fast = read_block(text)
    if fast is None:
        return
    try:
        slow = load_document(text, "t.yaml")
    except FactError as exc:  # pragma: no cover - the failure this test exists to catch
        raise AssertionError(f"the fast reader read a document libyaml refuses: {exc}\n{text}") from None
    assert _shape(fast) == _shape(slow), text


_TRICKY = ["yes", "No", "on", "null", "~", "true", "2020-09-14", "2020-02-30", "12:30", "0x1F", "1e5", ".5",
           "-3", "007", "<<", "=", "- a", "a: b", "a #b", "C#", "it's", '"q"', "'", "''", "#x", "?x", ":x",
           "[a]", "{a}", "&a", "*a", "!t", "|", ">", "%x", "@x", "`x", " lead", "trail ", "", " ", "a  b",
           "x\ny", "x\n\ny", "é", "“quoted”", "中文", "\u2028", "\x85", "tab\there", "-", "- ", "a:", "a -b"]
_chars = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"), include_characters="\n'\"#:-")
_words = st.sampled_from(list("abcdXYZ019 .,:#-'\"()“”é中   "))  # facts-like text: mostly what block YAML takes
_scalars = st.one_of(st.sampled_from(_TRICKY), st.text(_chars, max_size=140), st.text(_words, max_size=140),
                     st.text(_words, max_size=140), st.integers(-10**6, 10**12),
                     st.booleans(), st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
_keys = st.one_of(st.from_regex(r"[a-z_][a-z0-9_]{0,12}", fullmatch=True), st.sampled_from(
    ["id", "name", "type", "aliases", "evidence", "yes", "on", "1", "null", "a.b", "x-y", "_k", "2020-01-01"]))
_docs = st.recursive(_scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(_keys, inner, max_size=5)), max_leaves=25)


@settings(max_examples=30, deadline=None)
@given(doc=st.dictionaries(_keys, _docs, min_size=1, max_size=5), width=st.integers(8, 120),
       indent=st.integers(2, 4), unicode=st.booleans(), header=st.booleans())
def test_dumped_documents_read_the_same(doc: dict[str, Any], width: int, indent: int, unicode: bool,
                                        header: bool) -> None:
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=unicode, width=width, indent=indent,
                          default_flow_style=False)
    _agrees(("# a header comment\n\n" if header else "") + text)

_names = st.from_regex(r"[a-z_][a-z0-9_]{0,12}", fullmatch=True)
_plain_docs = st.recursive(st.one_of(st.text(_words, max_size=140), st.integers(0, 10**9)),
                           lambda inner: st.one_of(st.lists(inner, min_size=1, max_size=4),
                                                   st.dictionaries(_names, inner, min_size=1, max_size=5)),
                           max_leaves=30)


@settings(max_examples=30, deadline=None)
@given(doc=st.dictionaries(_names, _plain_docs, min_size=1, max_size=5), width=st.integers(8, 120))
def test_facts_like_documents_read_the_same(doc: dict[str, Any], width: int) -> None:
    """Text, numbers, nested mappings and lists: what facts files hold (mostly read by the fast reader)."""
    _agrees(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=width, default_flow_style=False))


@settings(max_examples=30, deadline=None)
@given(doc=st.dictionaries(_keys, _docs, min_size=1, max_size=4), width=st.integers(8, 100),
       edits=st.lists(st.tuples(st.integers(0, 200), st.sampled_from(
           ["", "# c", "  # c", " ", "  x", "- y", "z: 1", "  - w", "'", "key:", "\t", "---"])), max_size=3),
       shift=st.lists(st.tuples(st.integers(0, 200), st.integers(-2, 2)), max_size=2),
       comment=st.lists(st.integers(0, 200), max_size=2))
def test_edited_documents_read_the_same_or_go_to_libyaml(doc: dict[str, Any], width: int,
                                                         edits: list[tuple[int, str]], shift: list[tuple[int, int]],
                                                         comment: list[int]) -> None:
    """Hand edits: inserted lines, lines moved left or right, trailing comments."""
    lines = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=width,
                           default_flow_style=False).split("\n")
    for at, line in edits:
        lines.insert(at % (len(lines) + 1), line)
    for at, by in shift:
        k = at % len(lines)
        lines[k] = " " * by + lines[k] if by > 0 else lines[k][min(-by, len(lines[k]) - len(lines[k].lstrip(" "))):]
    for at in comment:
        lines[at % len(lines)] += "  # note"
    _agrees("\n".join(lines))


def test_the_reader_takes_what_dump_facts_writes() -> None:
    text = ("# polkg facts\narticle:\n  id: a-1\n  published: '2022-11-05'\n  text: a.txt\nactors:\n- id: x\n"
            "  name: Marie Garcia\n  aliases:\n  - Garcia\nevents:\n- type: Protest\n  participant_count: 5000\n"
            "  evidence: '\"We will not accept this,\" Marie Garcia told a rally in a square\n"
            "    today.'\n")
    doc = read_block(text)
    assert doc is not None
    assert doc["events"][0]["participant_count"] == 5000
    assert doc["events"][0]["evidence"] == '"We will not accept this," Marie Garcia told a rally in a square today.'
    assert doc["actors"].item_lines == [7] and doc["actors"][0].key_lines["aliases"] == 9
    _agrees(text)


def test_what_it_does_not_read_goes_to_libyaml() -> None:
    for text in ["a: [1, 2]\n", "a: &x 1\nb: *x\n", "a: |\n  text\n", "a: \"esc\\n\"\n", "a: 1\na: 2\n",
                 "\ta: 1\n", "- a\n", "a: !!str 1\n", "---\na: 1\n", "yes: 1\n", "a: b: c\n", "  a: 1\n"]:
        assert read_block(text) is None, text
