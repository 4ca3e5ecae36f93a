"""Per-article indexes the phases share, so that asking for one sentence's mentions or date
phrases costs that sentence, not the whole article: a text of N events would otherwise cost
N passes over every mention (or every date) of the text.

:class:`MentionList` is ``ctx.mentions``: a list that knows whether its starts are in order
(every phase keeps them sorted), so the mentions of a token range are found by bisection;
out of order (an append not yet sorted), the answer is read from the whole list as before.
The date phrases (``ctx.dates``, filled once by :func:`kg.extract.places.index_dates`) are
indexed once per article the same way. Every answer is the list's own items, in its order. The
indexes are kept on the article's :class:`~kg.extract.context.Context` (``ctx.date_index``,
``ctx.token_offsets``): no state outlives the article.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, SupportsIndex

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.dates import DatePhrase
    from spacy.tokens import Span

__all__ = ["MentionList", "dates_starting", "date_tokens", "token_from"]

Mention = tuple[int, int, str]


def _in_order(items: list[Mention]) -> bool:
    return all(items[i][0] <= items[i + 1][0] for i in range(len(items) - 1))


class MentionList(list[Mention]):
    """A list of mentions (token start, token end, actor key) that tracks whether the
    starts never decrease; :meth:`starting` answers a token range by bisection then."""

    def __init__(self, items: Iterable[Mention] = ()) -> None:
        super().__init__(items)
        self.ordered = _in_order(self)

    def starting(self, lo: int, hi: int) -> list[Mention]:
        """The mentions whose start is in ``[lo, hi)``, in the list's order."""
        if not self.ordered:
            return [m for m in self if lo <= m[0] < hi]
        # (x,) sorts before every (x, end, key): the first item whose start is >= x
        return self[bisect.bisect_left(self, (lo,)):bisect.bisect_left(self, (hi,))]

    def append(self, item: Mention) -> None:
        if self.ordered and self and item[0] < self[-1][0]:
            self.ordered = False
        super().append(item)

    def insert(self, index: SupportsIndex, item: Mention) -> None:
        n = len(self)
        i = index.__index__()
        i = max(0, i + n) if i < 0 else min(i, n)
        super().insert(i, item)
        if self.ordered and (i > 0 and self[i - 1][0] > item[0] or i < n and item[0] > self[i + 1][0]):
            self.ordered = False

    def extend(self, items: Iterable[Mention]) -> None:
        for item in items:
            self.append(item)

    def __iadd__(self, items: Iterable[Mention]) -> MentionList:  # type: ignore[override,misc]
        self.extend(items)
        return self

    def __setitem__(self, index: Any, value: Any) -> None:
        super().__setitem__(index, value)
        self.ordered = _in_order(self)

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self.ordered = _in_order(self)

    def reverse(self) -> None:
        super().reverse()
        self.ordered = _in_order(self)

    def clear(self) -> None:
        super().clear()
        self.ordered = True

    # remove, pop and del keep the order of what is left


def _date_index(ctx: Context) -> tuple[list[int], bool, frozenset[int]]:
    """The starts of the date phrases' spans, whether they never decrease, and their tokens; kept
    as ``ctx.date_index`` with the dates list's identity and length, and built again when those change."""
    stamp = (id(ctx.dates), len(ctx.dates))  # ctx.dates is filled once (index_dates), only appended to
    got = ctx.date_index
    if got is None or got[0] != stamp:
        starts = [span.start for _d, span in ctx.dates]
        tokens = frozenset(i for _d, span in ctx.dates for i in range(span.start, span.end))
        got = (stamp, starts, all(starts[i] <= starts[i + 1] for i in range(len(starts) - 1)), tokens)
        ctx.date_index = got
    return got[1], got[2], got[3]


def dates_starting(ctx: Context, lo: int, hi: int) -> list[tuple[DatePhrase, Span]]:
    """The date phrases of ``ctx.dates`` whose span starts at a token in ``[lo, hi)``, in its order."""
    starts, ordered, _tokens = _date_index(ctx)
    if not ordered:
        return [(d, span) for d, span in ctx.dates if lo <= span.start < hi]
    return ctx.dates[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


def date_tokens(ctx: Context) -> frozenset[int]:
    """The tokens of every date phrase of ``ctx.dates``."""
    return _date_index(ctx)[2]


def token_from(ctx: Context, offset: int) -> int:
    """The index of the first token that starts at or after character ``offset`` (``len(doc)``
    when none), found by bisection over the token offsets, read once per article."""
    starts = ctx.token_offsets  # the character offset of each token (offsets never decrease)
    if starts is None:
        starts = ctx.token_offsets = [t.idx for t in ctx.doc]
    return bisect.bisect_left(starts, offset)
