"""Rules over a parsed article: actors, statements, meetings, visits, protests, detentions.

Input: a spaCy ``Doc`` of the article's *analysed* text (same offsets as the original)
and the gazetteer. Output: a facts document (plain dict, the facts-file structure).
Every evidence, quote, date and count phrase is sliced from the original text, so
it is verbatim by construction.

The phases run in order over one :class:`~kg.extract.context.Context`: page layout
(headlines), actors and roles, dates, statements, meetings and visits, protests and
detentions, output. Each phase is a module of this package.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from kg.extract.actor_roles import find_roles
from kg.extract.actors import find_actors
from kg.extract.articles import Article
from kg.extract.context import Context
from kg.extract.errors import ArticleError
from kg.extract.gazetteer import Gazetteer
from kg.extract.group_names import printed_aliases
from kg.extract.kinds_official import settle_kinds
from kg.extract.meetings import find_meetings
from kg.extract.output import QUOTE_GAP, to_facts, without_controls
from kg.extract.participants import one_crowd
from kg.extract.places import index_dates
from kg.extract.counts import count_value
from kg.extract.protests import find_protests
from kg.extract.quotes import find_quotes
from kg.extract.statements import find_statements

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_facts", "QUOTE_GAP", "count_value", "find_quotes"]


def extract_facts(doc: Doc, article: Article, gaz: Gazetteer) -> dict[str, Any]:
    """The facts document (the facts-file structure, ``text`` not set) for one parsed article."""
    stated = article
    if article.published is not None and not 1000 <= article.published.year < 9000:
        # the rules count days from it (weekdays, "last month"): at the calendar's ends that overflows
        raise ArticleError(f"{article.path or article.id}: published: {article.published} is not a day an article "
                           "appeared (a placeholder?); write the real day as YYYY-MM-DD or remove it")
    if article.published is None and article.anchor is not None:  # the day the text implies
        article = replace(article, published=article.anchor)
    ctx = Context(doc, article, gaz)
    ctx.find_headlines()
    find_actors(ctx)
    find_roles(ctx)
    index_dates(ctx)
    find_statements(ctx)
    settle_kinds(ctx)
    find_meetings(ctx)
    find_protests(ctx)
    one_crowd(ctx)
    printed_aliases(ctx)
    out = to_facts(ctx)
    out["article"] = stated.meta()  # an inferred day is not written as the publication date
    return without_controls(out)  # a stray '\x0c' of the text would make the loader refuse the facts
