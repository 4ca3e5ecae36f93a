"""Review and correct: likely duplicates listed with evidence, user decisions that hold
for later ingests and beat the automatic match (hand-made facts, no model needed)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import Literal, NamedNode

from kg.errors import FactError, NotFound
from kg.identity.review import apply_alias_file, keep_apart, merge_actors, read_decisions, similar_actors
from kg.identity.stored import read_index
from kg.ingest import Extracted, resolve_and_load
from kg.load import load_facts
from kg.facts import parse_facts
from kg.stores import Store, open_store
from kg.terms import DEFAULT_BASE

A = DEFAULT_BASE + "actor/"


def _item(tmp: Path, aid: str, names: list[str], published: dt.date = dt.date(2020, 9, 14)) -> Extracted:
    text = f"{' and '.join(names)} met in Minsk."
    path = tmp / f"{aid}.txt"
    path.write_text(text, encoding="utf-8")
    actors: list[dict[str, Any]] = [{"id": f"p{i}", "name": n, "type": "Person"} for i, n in enumerate(names)]
    events: list[dict[str, Any]] = []
    if len(names) >= 2:
        events.append({"type": "Meeting", "participants": [a["id"] for a in actors], "evidence": text})
    else:
        events.append({"type": "Visit", "participants": ["p0"], "evidence": text})
    return Extracted(path, {"article": {"id": aid, "published": published, "text": str(path)},
                            "actors": actors, "events": events}, text)


def _ingest(store: Store, *items: Extracted, **kw: Any) -> None:
    results = list(resolve_and_load(store, list(items), **kw))
    assert all(r.error is None for r in results), [r.error for r in results]


def _actors(store: Store) -> dict[str, str]:
    rows = store.select("SELECT ?a ?l WHERE { ?a a pol:Person ; rdfs:label ?l }").rows
    return {str(a.value): str(label.value) for a, label in rows}  # type: ignore[union-attr]


def _plain_load(store: Store, item: Extracted) -> None:
    """Load without resolution (how a store filled before resolution existed looks)."""
    load_facts(store, parse_facts(item.facts, source=str(item.path), base_dir=item.path.parent, text=item.text))


def test_similar_actors_lists_spellings_of_one_person_with_evidence(tmp_path: Path) -> None:
    with open_store("memory") as store:
        _plain_load(store, _item(tmp_path, "a1", ["Alexander Lukashenko", "Vladimir Putin"]))
        _plain_load(store, _item(tmp_path, "a2", ["Aliaksandr Lukashenka", "Igor Lukashenko"]))
        pairs = similar_actors(read_index(store))
        found = {(s.a_label, s.b_label): s.reason for s in pairs}
        assert ("Alexander Lukashenko", "Aliaksandr Lukashenka") in found
        assert "transliteration" in found[("Alexander Lukashenko", "Aliaksandr Lukashenka")]
        assert not any("Igor" in a + b for a, b in found)  # another given name: not the same person


def test_merge_rewrites_every_graph_and_holds_for_later_ingests(tmp_path: Path) -> None:
    with open_store("memory") as store:
        _plain_load(store, _item(tmp_path, "a1", ["Alexander Lukashenko", "Vladimir Putin"]))
        _plain_load(store, _item(tmp_path, "a2", ["Sasha Lukashenko-Senior", "Vladimir Putin"]))
        assert len(_actors(store)) == 3
        n = merge_actors(store, A + "alexander-lukashenko", A + "sasha-lukashenko-senior")
        assert n == 1
        assert _actors(store) == {A + "alexander-lukashenko": "Alexander Lukashenko", A + "vladimir-putin": "Vladimir Putin"}
        alts = store.select("SELECT ?n WHERE { ?a skos:altLabel ?n }", {"a": NamedNode(A + "alexander-lukashenko")}).rows
        assert Literal("Sasha Lukashenko-Senior") in {r[0] for r in alts}
        assert read_decisions(store).merge == {"sasha lukashenko senior": "alexander-lukashenko"}
        # a later ingest of that spelling (which nothing else would match) joins the merged node
        _ingest(store, _item(tmp_path, "a3", ["Sasha Lukashenko-Senior"]))
        assert set(_actors(store)) == {A + "alexander-lukashenko", A + "vladimir-putin"}
        reasons = store.select("SELECT ?r WHERE { ?m pol:mergedInto ?x ; pol:mergeReason ?r }",
                               {"x": NamedNode(A + "alexander-lukashenko")}).rows
        assert any("user decision" in str(r[0].value) for r in reasons)  # type: ignore[union-attr]
        with pytest.raises(NotFound):
            merge_actors(store, A + "alexander-lukashenko", A + "nobody")


def test_keep_apart_beats_the_automatic_match(tmp_path: Path) -> None:
    with open_store("memory") as store:
        _ingest(store, _item(tmp_path, "a1", ["Alexander Lukashenko", "Vladimir Putin"]))
        _ingest(store, _item(tmp_path, "a2", ["Alexander Lukashenka"]))
        assert len(_actors(store)) == 2  # matched automatically (transliteration)
        with open_store("memory") as other:
            _ingest(other, _item(tmp_path, "a1", ["Alexander Lukashenko", "Vladimir Putin"]))
            _plain_load(other, _item(tmp_path, "x", ["Alexander Lukashenka"]))
            keep_apart(other, A + "alexander-lukashenko", A + "alexander-lukashenka")
            _ingest(other, _item(tmp_path, "a2", ["Alexander Lukashenka"]))
            assert len(_actors(other)) == 3  # the user's decision holds
            assert not [s for s in similar_actors(read_index(other)) if "lukashenka" in s.b]


def test_alias_file_decisions(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("same:\n  - [Svetlana Tikhanovskaya, Sveta T.]\ndifferent:\n  - [Alexander Lukashenko, Alexander Lukashenka]\n")
    with open_store("memory") as store:
        _ingest(store, _item(tmp_path, "a1", ["Svetlana Tikhanovskaya", "Alexander Lukashenko"]))
        index = read_index(store)
        apply_alias_file(index, aliases)
        from kg.extract.resolve import link_facts

        later = _item(tmp_path, "a2", ["Sveta T.", "Alexander Lukashenka"])
        link_facts([later.facts], index=index)
        keys = {a["name"]: a["key"] for a in later.facts["actors"]}
        assert keys["Svetlana Tikhanovskaya"] == "svetlana-tikhanovskaya"  # renamed to the node's label
        assert keys["Alexander Lukashenka"] == "alexander-lukashenka"  # kept apart although a transliteration


@pytest.mark.parametrize("body, field", [("same: Svetlana\n", "same"), ("- a\n", "sections"), ("same: [[a]]\n", "same")])
def test_bad_alias_file_is_one_error(tmp_path: Path, body: str, field: str) -> None:
    from kg.identity.review import read_alias_file

    path = tmp_path / "aliases.yaml"
    path.write_text(body)
    with pytest.raises(FactError, match=field):
        read_alias_file(path)


def test_ingest_with_a_bad_alias_file_stops_with_one_error_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("same: [Svetlana]\n")
    article = tmp_path / "a.txt"
    article.write_text("Putin met Lukashenko in Sochi on Monday.\n")
    res = CliRunner().invoke(cli, ["ingest", "--store", str(tmp_path / "store"), "--aliases", str(aliases), str(article)])
    assert res.exit_code == 1
    assert res.output.count("Error:") == 1 and "aliases.yaml" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "store").exists()


def test_actors_similar_and_merge_cli(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    spec = str(tmp_path / "store")
    with open_store(spec) as store:
        _plain_load(store, _item(tmp_path, "a1", ["Alexander Lukashenko", "Vladimir Putin"]))
        _plain_load(store, _item(tmp_path, "a2", ["Aliaksandr Lukashenka", "Vladimir Putin"]))
    runner = CliRunner()
    r = runner.invoke(cli, ["actors", "--similar", "--store", spec, "--format", "csv"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == "a,a_label,b,b_label,evidence" and len(lines) == 2
    assert "Alexander Lukashenko" in lines[1] and "Aliaksandr Lukashenka" in lines[1] and "transliteration" in lines[1]
    r = runner.invoke(cli, ["merge", "--store", spec, "Alexander Lukashenko", "Aliaksandr Lukashenka"])
    assert r.exit_code == 0, r.output
    assert "1 article graphs rewritten" in r.output
    r = runner.invoke(cli, ["actors", "--similar", "--store", spec, "--format", "csv"])
    assert r.output.splitlines() == ["a,a_label,b,b_label,evidence"]
    r = runner.invoke(cli, ["merge", "--store", spec, "Alexander Lukashenko", "Nobody Atall"])
    assert r.exit_code == 1 and r.output.startswith("Error: no actor named 'Nobody Atall'")
    r = runner.invoke(cli, ["merge", "--store", spec, "Putin", "Vladimir Putin"])
    assert r.exit_code == 2
    r = runner.invoke(cli, ["merge", "--apart", "--store", spec, "Putin", "Alexander Lukashenko"])
    assert r.exit_code == 0 and "different actors" in r.output
    with open_store(spec) as store:
        assert frozenset({"vladimir-putin", "alexander-lukashenko"}) in read_decisions(store).apart
