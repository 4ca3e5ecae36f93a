"""``kg ingest`` of web pages, saved pages and feeds, end to end: a real local site on
127.0.0.1 (tests/webserver.py), the real spaCy pipeline, a real Oxigraph store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kg.stores import open_store
from kg.web import article_id_for_url
from tests.test_web import FURNITURE, PAGE_FACTS
from tests.webserver import PAGES, Site, serve_site

pytestmark = pytest.mark.model
POL = "https://w3id.org/polkg/ontology#"


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as s:
        yield s


def kg(tmp_path: Path, *args: str) -> Result:
    from kg.cli import cli

    fast = ["--delay", "0", "--page-timeout", "1.5", "--retries", "0", "--cache", str(tmp_path / "cache")]
    return CliRunner().invoke(cli, ["ingest", *args, "--store", str(tmp_path / "store"), *fast])


def articles(tmp_path: Path) -> dict[str, dict[str, str]]:
    """Every article in the store: id -> {property local name: value}."""
    with open_store(str(tmp_path / "store")) as s:
        rows = s.select(f"SELECT ?id ?p ?o WHERE {{ ?a a <{POL}Article> ; <{POL}articleId> ?id ; ?p ?o }}").rows
    out: dict[str, dict[str, str]] = {}
    for aid, p, o in rows:
        out.setdefault(str(aid.value), {})[str(p.value).rsplit("#", 1)[-1].rsplit("/", 1)[-1]] = str(o.value)
    return out


def all_text(tmp_path: Path) -> str:
    """Every literal and IRI of the store's facts (labels, evidence, quotes, roles...)."""
    with open_store(str(tmp_path / "store")) as s:
        rows = s.select("SELECT ?s ?o WHERE { ?s ?p ?o }").rows
    return "\n".join(f"{s.value} {o.value}" for s, o in rows)


def test_pages_and_a_saved_page_load_with_metadata_and_no_furniture(nlp: Any, site: Site, tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    shutil.copy(PAGES / "jsonld.html", saved)
    res = kg(tmp_path, site.url + "/news.html?utm_source=x", site.url + "/liveblog.html", site.url + "/amp.html",
             str(saved))
    assert res.exit_code == 0, res.output
    got = articles(tmp_path)
    assert len(got) == 4
    for published, author, site_name, canonical in PAGE_FACTS.values():
        aid = article_id_for_url(canonical)  # the canonical URL is the id, wherever the page was read
        a = got[aid]
        assert (a["url"], a["published"], a.get("author"), a["publisher"], a["language"]) == \
            (canonical, published, author, site_name, "en")
        assert len(a["sha256"]) == 64
    facts = all_text(tmp_path)
    for word in FURNITURE:
        if word not in ("Putin", "Xi"):  # short names: checked as words below
            assert word not in facts, f"{word!r} from page furniture reached the facts"
    import re

    assert not re.search(r"\b(?:Putin|Xi)\b", facts)
    assert "Pashinyan" in facts and "Zourabichvili" in facts and "Ruto" in facts and "Vucic" in facts


def test_a_feed_twice_adds_nothing_the_second_time(nlp: Any, site: Site, tmp_path: Path) -> None:
    feed = site.feed_file("feed.xml", tmp_path)
    res = kg(tmp_path, "--feed", str(feed))
    assert res.exit_code == 0, res.output
    assert "feed World Brief: diplomacy: 20 items, 20 new, 0 already in the store" in res.output
    assert "20 new, 0 reloaded, 0 skipped, 0 failed" in res.output
    assert len(articles(tmp_path)) == 20 and site.page_hits() == 20
    with open_store(str(tmp_path / "store")) as s:
        before = s.count()
    res = kg(tmp_path, "--feed", site.url + "/feed.xml")  # the same feed, by URL this time
    assert res.exit_code == 0, res.output
    assert "20 items, 0 new, 20 already in the store" in res.output
    assert site.page_hits() == 20  # nothing fetched again
    with open_store(str(tmp_path / "store")) as s:
        assert s.count() == before


def test_since_limits_the_feed(nlp: Any, site: Site, tmp_path: Path) -> None:
    res = kg(tmp_path, "--feed", site.url + "/feed.xml", "--since", "2024-03-18")
    assert res.exit_code == 0, res.output
    assert "20 items, 3 new, 0 already in the store, 17 older than 2024-03-18" in res.output
    assert len(articles(tmp_path)) == 3


def test_a_changed_page_replaces_its_article(nlp: Any, site: Site, tmp_path: Path) -> None:
    url = site.url + "/changing.html"
    assert kg(tmp_path, url).exit_code == 0
    (aid, first), = articles(tmp_path).items()
    assert "Thousands of people had marched" in all_text(tmp_path)  # evidence of the first version
    site.version = 2
    res = kg(tmp_path, url)  # from the cache: the page is not fetched again
    assert f"reloaded {aid}" in res.output and articles(tmp_path)[aid]["sha256"] == first["sha256"]
    res = kg(tmp_path, url, "--refresh")
    assert res.exit_code == 0 and f"reloaded {aid}" in res.output, res.output
    (aid2, second), = articles(tmp_path).items()
    assert aid2 == aid and second["sha256"] != first["sha256"]
    assert second["title"] == "Minister resigns, protests go on"
    facts = all_text(tmp_path)
    assert "Thousands of people had marched" not in facts  # the old version's facts are gone
    assert (tmp_path / "cache" / "texts" / f"{aid}.txt").read_text().count("student representatives") == 1


def test_bad_servers_each_give_one_error_and_the_good_pages_load(nlp: Any, site: Site, tmp_path: Path) -> None:
    bad = ["/slow", "/missing.html", "/loop-a", "/report.pdf", "/huge", "/huge-stream", "/private/memo.html"]
    res = kg(tmp_path, site.url + "/news.html", *(site.url + b for b in bad), site.url + "/jsonld.html",
             site.url + "/french.html")
    assert res.exit_code == 1, res.output
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == len(bad), errors
    for path, line in zip(bad, errors, strict=True):
        assert line.startswith(f"Error: {site.url}{path}: ")
    assert "skipped" in res.stderr and "french.html" in res.stderr and "'fr'" in res.stderr
    assert "Traceback" not in res.output
    assert len(articles(tmp_path)) == 2  # news and jsonld
    assert "2 new, 0 reloaded, 1 skipped, 7 failed" in res.output


def test_a_bad_feed_is_one_error_and_the_pages_still_load(nlp: Any, site: Site, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt.xml"
    notes.write_text("not a feed at all")
    res = kg(tmp_path, "--feed", str(notes), "--feed", site.url + "/nofeed.xml", site.url + "/amp.html")
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 2 and "not an RSS or Atom feed" in errors[0] and "HTTP 404" in errors[1]
    assert len(articles(tmp_path)) == 1


def test_ingest_without_anything_is_a_usage_error(tmp_path: Path) -> None:
    res = kg(tmp_path)
    assert res.exit_code == 2 and "--feed" in res.stderr
