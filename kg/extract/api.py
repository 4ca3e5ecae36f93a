"""Article files in, facts documents out: the functions behind ``kg extract`` and ``kg ingest``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.extract.articles import Article, parse_article, read_article
from kg.extract.errors import ExtractError, KGError
from kg.extract.gazetteer import load_gazetteer
from kg.extract.parallel import HERE_SHARE, parse_apart, worth_a_process

__all__ = ["ExtractResult", "extract_article", "extract_text", "extract_articles", "extract_prepared", "write_facts",
           "facts_path"]


@dataclass
class ExtractResult:
    """One article's outcome: ``facts`` (a facts document) or ``error`` (a one-line message)."""

    path: Path
    facts: dict[str, Any] | None = None
    error: str | None = None
    article: Article | None = None


def _facts_for(article: Article, doc: Any) -> dict[str, Any]:
    from kg.extract.rules import extract_facts

    return extract_facts(doc, article, load_gazetteer(None))


def extract_text(text: str, *, article_id: str = "article", published: Any = None) -> dict[str, Any]:
    """Extract facts from a string (for notebooks and tests). ``article.text`` is not set.

    Raises:
        ArticleError: the text is empty or not English.
        ModelError: no spaCy model is installed.
    """
    from kg.extract.pipeline import load_nlp

    article = parse_article(text, source=f"<{article_id}>", article_id=article_id)
    if published is not None:
        import datetime as dt

        article.published = published if isinstance(published, dt.date) else dt.date.fromisoformat(str(published))
    return _facts_for(article, load_nlp()(article.analysed))


def extract_article(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Extract one article file; ``article.text`` is the absolute path of the article.

    Raises:
        ArticleError, ModelError: see :func:`extract_articles` for the batch form.
    """
    res = next(extract_articles([path], raise_errors=True))
    assert res.facts is not None
    return res.facts


def extract_articles(paths: Iterable[str | os.PathLike[str]], *, raise_errors: bool = False,
                     batch_size: int = 8, n_process: int = 1) -> Iterator[ExtractResult]:
    """Extract many articles, in order; a bad article yields an error result and the
    batch goes on (unless ``raise_errors``). Parsing is batched through ``nlp.pipe``, from
    8 articles on in a second process (:mod:`kg.extract.parallel`) unless ``n_process`` says otherwise.

    Raises:
        ModelError: no spaCy model is installed (nothing can be extracted).
    """
    from kg.extract.pipeline import load_nlp

    load_nlp()  # no model: fail before reading any article
    pending: list[tuple[Path, Article | None, str | None]] = []
    for p in paths:
        path = Path(p)
        try:
            pending.append((path, read_article(path), None))
        except KGError as exc:
            if raise_errors:
                raise
            pending.append((path, None, str(exc)))
    yield from extract_prepared(pending, raise_errors=raise_errors, batch_size=batch_size, n_process=n_process)


def extract_prepared(pending: Iterable[tuple[Path, Article | None, str | None]], *, raise_errors: bool = False,
                     batch_size: int = 8, n_process: int = 1) -> Iterator[ExtractResult]:
    """Extract articles already read, e.g. by :mod:`kg.web` from a web page: each item is
    (path of the article text, the article or None, the error that kept it from being read).

    Raises:
        ModelError: no spaCy model is installed (nothing can be extracted).
    """
    from kg.extract.pipeline import load_nlp

    nlp = load_nlp()
    pending = list(pending)
    good = [a for _, a, _ in pending if a is not None]
    docs: Iterator[Any]
    if n_process == 1 and worth_a_process(len(good)):
        docs = parse_apart(nlp, [a.analysed for a in good], batch_size=batch_size, share=HERE_SHARE)
    else:
        docs = nlp.pipe((a.analysed for a in good), batch_size=batch_size, n_process=n_process)
    for path, article, err in pending:
        if article is None:
            yield ExtractResult(path, error=err)
            continue
        doc = next(docs)
        try:
            facts = _facts_for(article, doc)
        except KGError as exc:
            if raise_errors:
                raise
            yield ExtractResult(path, error=str(exc), article=article)
            continue
        except Exception as exc:  # a rule bug must not stop the batch; report it on one line
            if raise_errors:
                raise
            yield ExtractResult(path, error=f"{path}: extraction failed: {type(exc).__name__}: {exc}", article=article)
            continue
        facts["article"]["text"] = str(path.resolve())
        yield ExtractResult(path, facts=facts, article=article)


def facts_path(out_dir: Path, article_id: str) -> Path:
    """Where ``kg extract`` writes an article's facts file."""
    return out_dir / f"{article_id}.yaml"


def write_facts(facts: dict[str, Any], out: Path) -> Path:
    """Validate ``facts`` with the loader's rules and write it as a reviewable YAML file,
    its ``article.text`` relative to the file.

    Raises:
        FactError: the document breaks the facts format (a bug in the rules).
    """
    from kg.facts import dump_facts, parse_facts

    doc = dict(facts)
    article = dict(doc["article"])
    text_path = Path(article["text"])
    article["text"] = os.path.relpath(text_path.resolve(), out.parent.resolve())
    doc["article"] = article
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExtractError(f"{out.parent}: cannot create the folder ({exc.strerror or exc}); choose another -o "
                           "folder") from None
    parsed = parse_facts(doc, source=str(out), base_dir=out.parent)
    return dump_facts(parsed, out)
