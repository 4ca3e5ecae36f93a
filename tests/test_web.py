"""kg.web without the spaCy model: page extraction, feeds, canonical URLs and the HTTP
client against a real local server (tests/webserver.py) on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.web import (ClientConfig, FeedError, Fetcher, FetchError, PageError, article_id_for_url, canonical_url,
                    read_feed, read_page)
from tests.webserver import PAGES, Site, serve_site

#: Text of the page furniture of the test pages (navigation, related links, captions, share
#: lines, banners, footers): none of it may reach the article text.
FURNITURE = [
    "Trending", "Macron", "Scholz", "Skip to content", "Share on", "Copy link", "Kishida", "Osaka", "Read more",
    "Erdogan", "Zelensky", "Related", "Modi", "Orban", "Lula", "Maduro", "newsletter", "Subscribe", "©",
    "All rights reserved", "Tags:", "About us", "Privacy", "Breaking", "Putin", "Xi", "Key events", "Netanyahu",
    "Updated", "Load more", "Most read", "Hasina", "Lai Ching-te", "Cookie", "Photo", "Yoon", "Biden", "By Daniel",
    "Navalny", "You may also like", "Advertise", "Facebook", "Twitter", "Tweet", "Email", "World Brief",
    "Lukashenko", "Minsk", "Tel Aviv",
]
PAGE_FACTS = {
    # file: (published, author, site name, canonical URL)
    "news.html": ("2023-05-14", "Maria Kovacs", "The Daily Ledger",
                  "http://127.0.0.1:8765/world/2023/05/14/pashinyan-aliyev-brussels-talks"),
    "liveblog.html": ("2024-05-14", None, "Caucasus Wire", "http://127.0.0.1:8765/live/tbilisi-protests-foreign-agents-bill"),
    "amp.html": ("2024-06-25", "Daniel Otieno", "Savanna Post", "http://127.0.0.1:8765/africa/kenya-finance-bill-protests.html"),
    "jsonld.html": ("2023-12-25", "Jelena Markovic", "Balkan Dispatch", "http://127.0.0.1:8765/europe/belgrade-student-march"),
}


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve_site() as s:
        yield s


def fast(tmp_path: Path, **kw: object) -> ClientConfig:
    """A client for tests: no delay between requests, short deadlines, quick retries."""
    base: dict[str, object] = dict(delay=0.0, retries=1, backoff=0.05, connect_timeout=2.0, read_timeout=1.0,
                                   deadline=1.5, cache_dir=tmp_path / "cache")
    base.update(kw)
    return ClientConfig(**base)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize("name", sorted(PAGE_FACTS))
def test_page_text_has_no_furniture_and_metadata_is_found(name: str) -> None:
    page = read_page((PAGES / name).read_bytes(), "http://127.0.0.1:9/" + name)
    published, author, site_name, canonical = PAGE_FACTS[name]
    for word in FURNITURE:
        assert word not in page.text, f"{word!r} from the page furniture reached the text of {name}"
    assert page.published == dt.date.fromisoformat(published)
    assert (page.author, page.site_name, page.url, page.language) == (author, site_name, canonical, "en")
    assert page.article_id == article_id_for_url(canonical)
    assert page.text.startswith(page.title + "\n\n")


def test_live_blog_keeps_every_post() -> None:
    page = read_page((PAGES / "liveblog.html").read_bytes(), "http://127.0.0.1:9/liveblog.html")
    for words in ("third and final reading", "would veto the law", "Police detained at least 13 people"):
        assert words in page.text


def test_a_page_without_a_date_gets_none_not_a_guess() -> None:
    html = (b"<html lang='en'><head><title>Talks</title></head><body><article><h1>Talks</h1>"
            b"<p>The two foreign ministers met on Monday and agreed to meet again after the summer.</p>"
            b"<p>Both sides described the talks as useful, according to officials present.</p></article>"
            b"<footer>Copyright 2019 Example News</footer></body></html>")
    assert read_page(html, "http://127.0.0.1:9/talks").published is None


def test_language_is_detected_from_the_text() -> None:
    page = read_page((PAGES / "french.html").read_bytes(), "http://127.0.0.1:9/french.html")
    assert page.language == "fr"
    lying = (PAGES / "french.html").read_bytes().replace(b'lang="fr"', b'lang="en"')
    assert read_page(lying, "http://127.0.0.1:9/french.html").language == "fr"


def test_a_page_without_text_is_a_page_error() -> None:
    with pytest.raises(PageError, match="no article text"):
        read_page(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "http://127.0.0.1:9/empty")
    with pytest.raises(PageError, match="empty page"):
        read_page(b"  ", "http://127.0.0.1:9/blank")


def test_the_checksum_is_of_the_html_as_read() -> None:
    import hashlib

    raw = (PAGES / "news.html").read_bytes()
    assert read_page(raw, "http://127.0.0.1:9/n").sha256 == hashlib.sha256(raw).hexdigest()


# --------------------------------------------------------------------------- URLs


def test_tracking_parameters_are_dropped_and_the_rest_kept() -> None:
    url = "HTTP://News.Example.org:80/a/b?id=7&utm_source=rss&UTM_Medium=x&fbclid=1&gclid=2&page=2#comments"
    assert canonical_url(url) == "http://news.example.org/a/b?id=7&page=2"
    assert article_id_for_url(url) == article_id_for_url("http://news.example.org/a/b?id=7&page=2")
    assert article_id_for_url(url) != article_id_for_url("http://news.example.org/a/b?id=8&page=2")


_param = st.sampled_from(["utm_source", "utm_campaign", "fbclid", "gclid", "id", "page", "q", "mc_eid"])


@given(path=st.lists(st.text("abcXYZ019-_.~%", min_size=1, max_size=8), max_size=4),
       params=st.lists(st.tuples(_param, st.text("abc123", max_size=5)), max_size=5))
def test_canonical_url_is_idempotent_and_free_of_tracking(path: list[str], params: list[tuple[str, str]]) -> None:
    from urllib.parse import parse_qsl, urlencode, urlsplit

    url = "https://Example.org/" + "/".join(path) + ("?" + urlencode(params) if params else "")
    once = canonical_url(url)
    assert canonical_url(once) == once
    keys = [k for k, _ in parse_qsl(urlsplit(once).query, keep_blank_values=True)]
    assert not any(k.startswith("utm_") or k in ("fbclid", "gclid", "mc_eid") for k in keys)
    aid = article_id_for_url(url)
    assert aid == article_id_for_url(once) and len(aid) <= 100
    import re

    assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", aid)


# --------------------------------------------------------------------------- feeds


def test_rss_feed_has_20_items_with_canonical_links_and_dates() -> None:
    feed = read_feed((PAGES / "feed.xml").read_bytes(), "feed.xml")
    assert feed.title == "World Brief: diplomacy" and len(feed.items) == 20
    assert all("utm_" not in i.url and i.url.endswith(".html") for i in feed.items)
    assert [i.published for i in feed.items][:2] == [dt.date(2024, 3, 20), dt.date(2024, 3, 19)]


def test_atom_feed_is_read() -> None:
    feed = read_feed((PAGES / "atom.xml").read_bytes(), "atom.xml")
    assert [i.url.rsplit("/", 1)[-1] for i in feed.items] == ["amp.html", "liveblog.html", "french.html", "jsonld.html"]


def test_a_page_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        read_feed(b"just some words, no feed here", "notes.txt")


# --------------------------------------------------------------------------- the client


def test_client_names_itself_asks_for_gzip_and_decodes_it(site: Site, tmp_path: Path) -> None:
    with Fetcher(fast(tmp_path)) as f:
        got = f.fetch_page(site.url + "/gzip/news.html")
    assert got.body == (PAGES / "news.html").read_bytes()
    assert site.agents[-1].startswith("polkg/") and "gzip" in site.encodings[-1]


def test_pages_come_from_the_cache_until_refresh(site: Site, tmp_path: Path) -> None:
    url = site.url + "/news.html"
    before = site.hits["/news.html"]
    with Fetcher(fast(tmp_path)) as f:
        assert not f.fetch_page(url).from_cache
    with Fetcher(fast(tmp_path)) as f:  # a new run: still from disk
        assert f.fetch_page(url).from_cache
    assert site.hits["/news.html"] == before + 1
    with Fetcher(fast(tmp_path, refresh=True)) as f:
        assert not f.fetch_page(url).from_cache
    assert site.hits["/news.html"] == before + 2


def test_robots_txt_is_respected(site: Site, tmp_path: Path) -> None:
    with Fetcher(fast(tmp_path)) as f, pytest.raises(FetchError, match="robots.txt disallows"):
        f.fetch_page(site.url + "/private/memo.html")
    assert site.hits["/private/memo.html"] == 0 and site.hits["/robots.txt"] >= 1


def test_requests_to_one_host_are_spaced_by_the_delay(site: Site, tmp_path: Path) -> None:
    with Fetcher(fast(tmp_path, delay=0.3, cache_dir=None)) as f:
        f.fetch_page(site.url + "/news.html")  # robots.txt, then the page
        start = time.monotonic()
        f.fetch_page(site.url + "/amp.html")
        f.fetch_page(site.url + "/jsonld.html")
    assert time.monotonic() - start >= 0.55


def test_a_busy_server_is_retried(site: Site, tmp_path: Path) -> None:
    site.flaky_left = 1
    with Fetcher(fast(tmp_path)) as f:
        assert b"Belgrade" in f.fetch_page(site.url + "/flaky").body
    assert site.hits["/flaky"] >= 2


@pytest.mark.parametrize("path, why", [
    ("/slow", "not received within 1.5 s"),
    ("/missing.html", "HTTP 404"),
    ("/loop-a", "redirect loop (/loop-a -> /loop-b -> /loop-a)"),
    ("/report.pdf", "not an HTML page (Content-Type application/pdf)"),
    ("/huge", "page too large (52.4 MB, limit 5.0 MB)"),
    ("/huge-stream", "page too large (more than 5.0 MB)"),
])
def test_bad_servers_give_one_clear_error(site: Site, tmp_path: Path, path: str, why: str) -> None:
    start = time.monotonic()
    with Fetcher(fast(tmp_path, retries=0)) as f, pytest.raises(FetchError) as err:
        f.fetch_page(site.url + path)
    assert str(err.value).startswith(site.url + path + ": ") and why in str(err.value)
    assert time.monotonic() - start < 5


def test_nothing_listens_is_a_fetch_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Fetcher(fast(tmp_path, retries=0, robots=False)) as f, pytest.raises(FetchError, match="cannot connect"):
        f.fetch_page(f"http://127.0.0.1:{port}/news.html")


# --------------------------------------------------------------------------- bad input


_markup = st.lists(st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<nav>", "<script>", "<!--", "<meta charset='x'>",
                                    "<article>", "\x00", "\ufffd", "Putin met Xi on Monday. ", "é", "<", "&amp;",
                                    "<link rel=canonical href='::'>", "<time datetime='9999-99-99'>"]), max_size=30)


@settings(deadline=None, max_examples=40)
@given(parts=_markup, raw=st.binary(max_size=300))
def test_any_bytes_give_a_page_or_a_page_error(parts: list[str], raw: bytes) -> None:
    for doc in ("".join(parts).encode("utf-8", "surrogatepass"), raw):
        try:
            page = read_page(doc, "http://127.0.0.1:9/x")
        except PageError as exc:
            assert str(exc).startswith("http://127.0.0.1:9/x: ")
        else:
            assert page.text.strip() and page.url and page.url.startswith("http://")


@pytest.mark.parametrize("data", [b"<item<link</item<channel</link>", b"<rss><channel><item><link></item></link>"])
def test_markup_the_feed_parser_breaks_on_is_a_feed_error(data: bytes) -> None:
    with pytest.raises(FeedError, match=r"^f\.xml: not an RSS or Atom feed"):
        read_feed(data, "f.xml")


@settings(deadline=None, max_examples=40)
@given(st.one_of(st.binary(max_size=400), st.lists(st.sampled_from(
    ["<rss version='2.0'>", "<channel>", "<item>", "<link>", "http://127.0.0.1:9/a?utm_source=x", "</link>",
     "</item>", "<feed xmlns='http://www.w3.org/2005/Atom'>", "<entry>", "<pubDate>", "Mon, 99 Foo", "</pubDate>"]),
    max_size=20).map(lambda xs: "".join(xs).encode())))
def test_any_bytes_give_a_feed_or_a_feed_error(data: bytes) -> None:
    try:
        feed = read_feed(data, "f.xml")
    except FeedError as exc:
        assert str(exc).startswith("f.xml: ")
    else:
        assert all(i.url.startswith("http") and "utm_" not in i.url for i in feed.items)


# --------------------------------------------------------------------------- provenance in facts


def test_facts_keep_author_and_sha256_through_a_round_trip(tmp_path: Path) -> None:
    from kg.errors import FactError
    from kg.facts import dump_facts, parse_facts, read_facts

    (tmp_path / "a.txt").write_text("Talks were held on Monday.\n")
    sha = "0" * 63 + "f"
    doc = {"article": {"id": "a", "text": "a.txt", "url": "http://127.0.0.1:9/a", "author": "Maria Kovacs",
                       "sha256": sha}}
    facts = parse_facts(doc, source="a.yaml", base_dir=tmp_path)
    out = dump_facts(facts, tmp_path / "a.yaml")
    again = read_facts(out)
    assert (again.article.author, again.article.sha256) == ("Maria Kovacs", sha)
    doc["article"]["sha256"] = "not-a-digest"
    with pytest.raises(FactError, match="article.sha256"):
        parse_facts(doc, source="a.yaml", base_dir=tmp_path)
