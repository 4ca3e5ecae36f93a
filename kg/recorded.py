"""Pages of a listing whose whole answer an on-disk store records (``# recorded: whole``).

``shared-events`` without an actor orders pairs of actors by the events they share, so even its
first page costs the whole answer (every pair counted: seconds at a million triples), yet that
answer is small. A reader of an on-disk store reads it once, records it for the state of the
store folder it read (:mod:`kg.stores.answers`), and every page after that is a read of the
record; any write changes the state, and the next reading runs the query again. A store that
records no answers (in memory, remote, a writer) runs the query as before.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.firstrows import FIRST_PAGE
from kg.stores import SelectResult, SelectStream, Store, Term
from kg.stores.answers import answer_key

__all__ = ["recorded_page", "recorded_stream"]


def _bounds(limit: int | None, offset: int | None) -> bool:
    return all(v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0) for v in (limit, offset))


def recorded_page(store: Store, whole: str, limit: int | None, offset: int | None) -> SelectResult | None:
    """Rows ``offset:offset + limit`` of the answer of ``whole`` (all after ``offset`` when
    ``limit`` is None): from the store's record, or read whole and recorded; None on a store
    that records no answers, or with bounds that are no whole numbers (the query reports them)."""
    if not _bounds(limit, offset) or not store.records_answers():
        return None
    start = offset or 0
    stop = None if limit is None else start + limit
    key = answer_key(whole)
    got = store.recorded_answer(key, start, stop)
    if got is None:
        result = store.select(whole)
        store.record_answer(key, result)
        got = SelectResult(result.variables, result.rows[start:stop])
    return got


def recorded_stream(store: Store, whole: str, limit: int | None, offset: int | None) -> SelectStream | None:
    """:func:`recorded_page` as a stream: the first :data:`~kg.firstrows.FIRST_PAGE` rows read
    at once, the rest (their terms parsed) only if they are read."""
    if not _bounds(limit, offset) or not store.records_answers():
        return None
    key, start = answer_key(whole), offset or 0
    if store.recorded_answer(key, 0, 0) is None:  # none recorded: read whole once, recorded, streamed
        result = store.select(whole)
        store.record_answer(key, result)
        return SelectStream(result.variables, iter(result.rows[start:None if limit is None else start + limit]))
    page = FIRST_PAGE if limit is None else min(limit, FIRST_PAGE)
    first = recorded_page(store, whole, page, offset)
    if first is None:
        return None

    def rows() -> Iterator[tuple[Term | None, ...]]:
        yield from first.rows
        if len(first.rows) == page and (limit is None or limit > page):
            rest = recorded_page(store, whole, None if limit is None else limit - page, start + page)
            yield from (rest.rows if rest is not None else [])

    return SelectStream(first.variables, rows())
