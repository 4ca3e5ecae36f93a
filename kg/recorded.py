"""Pages of a listing whose whole answer an on-disk store records (``# recorded: whole``).

``shared-events`` without an actor orders pairs of actors by the events they share, so even its
first page costs the whole answer (every pair counted: seconds at a million triples), yet that
answer is small. Two records serve it on an on-disk store's reader:

* ``# recorded: whole pairs``: the pair counts the store's writers keep up to date at each write
  (:mod:`kg.stores.pairs`), so the first page after a write is one indexed read of them;
* ``# recorded: whole``: the whole answer, read once per state of the store folder and recorded
  beside it (:mod:`kg.stores.answers`); any write changes the state, and the next reading runs
  the query again. A busy actor's answer (:mod:`kg.busy`) is recorded the same way.

The whole answer is read as the engine's TSV results, recorded as they are and parsed once;
a caller may give its own way of reading it (``read``: the rows and their TSV, in order).

A store that records neither (in memory, remote, a writer) runs the query as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from kg.firstrows import FIRST_PAGE
from kg.stores import SelectResult, SelectStream, Store, Term
from kg.stores.answers import answer_key, tsv_result

__all__ = ["Whole", "recorded_page", "recorded_stream"]

#: Rows ``start:stop`` of a record, or None when there is none for the store as it is.
Pages = Callable[[int, "int | None"], "SelectResult | None"]
#: Reads a whole answer: its rows and their SPARQL TSV results, in order.
Whole = Callable[[], "tuple[SelectResult, bytes]"]


def _read_whole(store: Store, whole: str, read: Whole | None) -> SelectResult:
    """The whole answer of ``whole`` (by ``read`` when given), recorded for the store's state."""
    if read is not None:
        result, data = read()
    else:
        data = store.select_tsv(whole)
        result = tsv_result(data)
    store.record_answer(answer_key(whole), data)
    return result


def _bounds(limit: int | None, offset: int | None) -> bool:
    return all(v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0) for v in (limit, offset))


def _stop(start: int, limit: int | None) -> int | None:
    return None if limit is None else start + limit


def recorded_page(store: Store, whole: str, limit: int | None, offset: int | None, *,
                  pairs: bool = False, read: Whole | None = None) -> SelectResult | None:
    """Rows ``offset:offset + limit`` of the answer of ``whole`` (all after ``offset`` when
    ``limit`` is None): from the pair counts (``pairs``), or the store's record of the answer, or
    read whole and recorded; None on a store that records no answers, or with bounds that are no
    whole numbers (the query reports them)."""
    if not _bounds(limit, offset):
        return None
    start = offset or 0
    stop = _stop(start, limit)
    got = store.counted_pairs(start, stop) if pairs else None
    if got is not None or not store.records_answers():
        return got
    key = answer_key(whole)
    got = store.recorded_answer(key, start, stop)
    if got is None:
        result = _read_whole(store, whole, read)
        got = SelectResult(result.variables, result.rows[start:stop])
    return got


def recorded_stream(store: Store, whole: str, limit: int | None, offset: int | None, *,
                    pairs: bool = False, read: Whole | None = None) -> SelectStream | None:
    """:func:`recorded_page` as a stream: the first :data:`~kg.firstrows.FIRST_PAGE` rows read
    at once (the record read once for them), the rest only if they are read."""
    if not _bounds(limit, offset):
        return None
    start = offset or 0
    stop = _stop(start, limit)
    page = FIRST_PAGE if limit is None else min(limit, FIRST_PAGE)
    def again(at: int) -> SelectResult | None:  # the rest, when its record is gone by then
        return recorded_page(store, whole, None if stop is None else stop - at, at, read=read)

    if pairs:
        got = _streamed(store.counted_pairs, start, page, stop, again)
        if got is not None:
            return got
    if not store.records_answers():
        return None
    key = answer_key(whole)
    got = _streamed(lambda a, b: store.recorded_answer(key, a, b), start, page, stop, again)
    if got is None:  # none recorded: read whole once, recorded, streamed
        result = _read_whole(store, whole, read)
        return SelectStream(result.variables, iter(result.rows[start:stop]))
    return got


def _streamed(read: Pages, start: int, page: int, stop: int | None,
              again: Callable[[int], SelectResult | None]) -> SelectStream | None:
    """The rows ``start:stop`` of ``read``: its first ``page`` rows now, the rest when read
    (from ``again`` if the record is gone by then); None when ``read`` has none."""
    first = read(start, start + page)
    if first is None:
        return None

    def rows() -> Iterator[tuple[Term | None, ...]]:
        yield from first.rows
        if len(first.rows) == page and (stop is None or stop > start + page):
            rest = read(start + page, stop)
            if rest is None:
                rest = again(start + page)
            yield from (rest.rows if rest is not None else [])

    return SelectStream(first.variables, rows())
