"""The real-article dev set (data/gold/real): its records and gold files hold without the
article texts (CI has none), and benchmarks/realset.py reports a missing or wrong cache."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "data" / "gold" / "real"


@pytest.fixture(scope="module")
def realset() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realset", ROOT / "benchmarks" / "realset.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["realset"] = mod
    spec.loader.exec_module(mod)
    return mod


def _golds() -> list[Path]:
    return sorted(p for p in REAL.glob("*.yaml") if p.name != "sources.yaml")


def test_sources_are_sorted_complete_and_split_by_the_rule(realset: ModuleType) -> None:
    sources = realset.read_sources()
    assert len(sources) >= 22 and len({s.story for s in sources}) >= 12
    assert [s.id for s in sources] == sorted(s.id for s in sources)
    for s in sources:
        assert s.split == realset.split_of(s.url)
        assert len(s.first_words.split()) <= realset.MAX_WORDS
    frozen = sum(s.split == "frozen" for s in sources)
    assert 0.2 <= frozen / len(sources) <= 0.5


def test_gold_files_copy_only_fragments_and_point_at_the_cache(realset: ModuleType) -> None:
    ids = {s.id for s in realset.read_sources()}
    golds = _golds()
    assert len(golds) >= 8
    for p in golds:
        assert p.stem in ids, f"{p.name} has no entry in sources.yaml"
        assert realset.copied_too_long(p) == [], p.name
        doc = yaml.safe_load(p.read_text(encoding="utf-8"))
        assert doc["article"]["id"] == p.stem
        assert doc["article"]["text"] == f"../../../.real-cache/{p.stem}.txt"
        for e in doc["events"]:
            if e["type"] == "Statement":
                assert ("quote_start" in e) == ("quote_end" in e), p.name


def test_copied_too_long_names_whole_quotes_and_long_evidence(realset: ModuleType, tmp_path: Path) -> None:
    p = tmp_path / "g.yaml"
    p.write_text(yaml.safe_dump({"article": {"id": "g", "text": "g.txt"}, "events": [
        {"type": "Statement", "quote": "a whole quote", "evidence": ["one two three", "1 2 3 4 5 6 7 8 9"]},
        {"type": "Protest", "participant_count_text": "tens of thousands", "evidence": "1 2 3 4 5 6 7 8"}]}))
    assert realset.copied_too_long(p) == [
        "events[0].quote: give quote_start and quote_end instead of the whole quote",
        "events[0].evidence: 9 words (at most 8)"]


def test_check_lists_missing_and_wrong_texts_with_how_to_fetch_them(realset: ModuleType, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sources = realset.read_sources()
    monkeypatch.setattr(realset, "CACHE", tmp_path)
    first, second = sources[0], sources[1]
    (tmp_path / f"{first.id}.txt").write_text("Some other page entirely", encoding="utf-8")
    assert realset.check(sources) == 1
    out = capsys.readouterr().out
    assert f"{len(sources)} texts missing" not in out and f"{len(sources) - 1} texts missing from the cache" in out
    assert "1 texts not starting with their first_words" in out
    assert f"query: {second.query}" in out and second.url in out and f".real-cache/{second.id}.txt" in out
    (tmp_path / f"{first.id}.txt").write_text(f"  {first.first_words} and the rest", encoding="utf-8")
    realset.check(sources)
    assert "not starting with their first_words" not in capsys.readouterr().out


def test_eval_skips_cleanly_without_a_cache(realset: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(realset, "CACHE", tmp_path / "nothing-here")
    assert realset.main(["eval", "--split", "all"]) == 0
    assert capsys.readouterr().out.startswith("skipped: no article cache at ")


def test_sources_errors_name_the_entry(realset: ModuleType, tmp_path: Path) -> None:
    good = {"id": "b-story", "story": "S", "url": "https://example.org/a", "query": "q", "first_words": "A b",
            "split": "dev"}
    p = tmp_path / "sources.yaml"
    for edit, needle in ((dict(split="frozen"), "the rule (sha1(url) mod 3) gives 'dev'"),
                         (dict(first_words="1 2 3 4 5 6 7 8 9"), "more than 8 words"),
                         (dict(colour="red"), "unknown fields ['colour']")):
        p.write_text(yaml.safe_dump([{**good, **edit}]))
        with pytest.raises(ValueError, match="entry 1 \\(b-story\\)") as err:
            realset.read_sources(p)
        assert needle in str(err.value)
    p.write_text(yaml.safe_dump([good, {**good, "id": "a-story"}]))
    with pytest.raises(ValueError, match="sorted"):
        realset.read_sources(p)


def test_kg_evaluate_takes_the_folder_without_its_sources_record(tmp_path: Path) -> None:
    from kg.extract.errors import ExtractError
    from kg.extract.evaluate import gold_files

    files = gold_files([REAL])
    assert REAL / "sources.yaml" not in files and len(files) == len(_golds())
    (tmp_path / "sources.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="no gold facts files"):
        gold_files([tmp_path])
    assert gold_files([tmp_path / "sources.yaml"]) == [tmp_path / "sources.yaml"]  # named explicitly: kept


def test_copied_runs_catch_fragments_that_rebuild_a_longer_stretch(realset: ModuleType, tmp_path: Path) -> None:
    text = 'Putin said: "I hope our meeting will be productive and useful for both." Biden smiled.'
    p = tmp_path / "g.yaml"

    def runs(**statement: str) -> list[str]:
        p.write_text(yaml.safe_dump({"article": {"id": "g", "text": "g.txt"},
                                     "events": [{"type": "Statement", **statement}]}))
        return realset.copied_runs(p, text)
    assert runs(quote_start="I hope our meeting", quote_end="useful for both", evidence="Putin said") == []
    assert runs(quote_start="I hope our meeting will be productive", quote_end="be productive and useful for both",
                evidence="Biden") == ["12 words copied in a row from 'I hope our meeting'"]
    assert runs(quote_start="I hope our meeting will be productive", quote_end="useful for both",
                evidence="Putin said:") == ["9 words copied in a row from 'Putin said: \"I hope'"]


def test_field_misses_class_unmatched_meetings_by_the_field_that_fails(realset: ModuleType) -> None:
    def doc(*events: dict) -> dict:
        return {"actors": [{"id": "a", "name": "Ann Lee"}, {"id": "b", "name": "Bo Chen"},
                           {"id": "c", "name": "Cy Park"}, {"id": "ru", "name": "Russia", "type": "Country"}],
                "places": [{"id": "oslo", "name": "Oslo"}, {"id": "rome", "name": "Rome"}],
                "events": [dict(e, type="Meeting") for e in events]}
    gold = doc({"participants": ["a", "b"], "place": "oslo", "date": "2020-01-02"},
               {"participants": ["a", "c"], "place": "rome", "date": None},
               {"participants": ["b", "c"], "place": "rome", "date": "2020-01-05"},
               {"participants": ["a", "b", "c"], "place": "rome", "date": "2020-02-02"})
    pred = doc({"participants": ["a", "b"], "place": "oslo", "date": None},        # date missing
               {"participants": ["c", "a"], "place": "ru", "date": None},          # place: a country
               {"participants": ["b", "c"], "place": "rome", "date": "2020-01-05"},  # right
               {"participants": ["b"], "place": None, "date": "2021-03-03"},     # nothing near
               {"participants": ["c", "b"], "place": "rome", "date": "2020-01-06"})  # a second report of the right one
    assert realset.field_misses(gold, pred, "Meeting") == {
        "pred only date wrong (pred has none)": 1,
        "pred only place wrong (gold a town, pred a country)": 1,
        "pred nothing near": 1,
        "pred within one field of a gold already matched: date differs": 1,
        "gold missed outright (no pred within one field)": 1,
    }
    assert realset.field_misses(gold, pred, "Visit") == {}


def test_ids_select_a_batch_and_name_an_unknown_id(realset: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    sources = realset.read_sources()
    last, first = sources[-1], sources[0]
    assert [s.id for s in realset.select(sources, f"{last.id}, {first.id}")] == [first.id, last.id]
    assert realset.select(sources, None) == sources
    with pytest.raises(ValueError, match="no article no-such-report in sources.yaml"):
        realset.select(sources, f"{first.id},no-such-report")
    assert realset.main(["eval", "--ids", "no-such-report"]) == 1
    assert capsys.readouterr().err.startswith("Error: --ids: no article no-such-report")


def test_no_published_gives_the_extractor_only_the_text(realset: ModuleType, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`eval --no-published` scores what `kg ingest` of a bare text gives: no date from sources.yaml."""
    from kg.extract.evaluate import Report

    src = realset.read_sources()[0]
    monkeypatch.setattr(realset, "CACHE", tmp_path)
    (tmp_path / f"{src.id}.txt").write_text(src.first_words + " ...", encoding="utf-8")
    seen: list[object] = []

    def fake(part: list[object], tree: object, fields: object, refused: object = None) -> Report:
        seen.extend(part)
        return Report([])

    monkeypatch.setattr(realset, "evaluate_split", fake)
    assert realset.main(["eval", "--ids", src.id, "--no-published"]) == 0
    assert [s.published for s in seen] == [None]
    assert "publication date found by the reader in 0, a day inferred from the text's dates in 0, of 1 texts" \
        in capsys.readouterr().out
    seen.clear()
    assert realset.main(["eval", "--ids", src.id]) == 0
    assert [s.published for s in seen] == [src.published]
