"""Gapped second meetings: "met A in Washington on Monday and then B in Ottawa".

English drops the repeated verb and subject of a second meeting ("met A on Monday and B on
Tuesday", "held talks with A and later with B in Kyiv"); the parser then hangs B on A, on the
date or on the place of the first meeting. B is read as a meeting of its own when the
conjunction is marked as a sequence ("then", "later") or when both halves carry their own date
or place (parallel "A in X and B in Y"); "met A and B in Ottawa" stays one meeting of three.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.dates import resolve_date
from kg.extract.indexes import dates_starting
from kg.extract.places import clause_path, is_future

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Gap", "gapped"]

_SEQUENCE = frozenset({"then", "later", "subsequently", "afterwards", "next"})
_STOP = frozenset({",", ".", ";", ":", "and", "but", "while", "before", "after", "where", "when", "who", "which"})


@dataclass
class Gap:
    """One gapped conjunct: its people, and the place and date told inside it."""

    people: list[str]
    place: str | None
    date: dt.date | None
    date_text: str | None
    start: int
    end: int


def _person_at(ctx: Context, i: int) -> tuple[int, int, str] | None:
    return next(((a, b, k) for a, b, k in ctx.mentions_in(i, i + 1) if ctx.actors[k].type == "Person"), None)


def _adjunct(ctx: Context, lo: int, hi: int) -> bool:
    """Whether tokens ``lo``..``hi`` (exclusive) hold a date phrase or a place phrase."""
    if any(span.end <= hi for _d, span in dates_starting(ctx, lo, hi + 1)):  # lo <= start (the range's only)
        return True
    return any(b <= hi and ctx.actors[k].type in ("Place", "Country") and ctx.doc[a - 1].lower_ in ("in", "at")
               for a, b, k in ctx.mentions_in(lo, hi + 1) if a > 0)


def gapped(ctx: Context, t: Token, parts: list[str], subjects: list[str]) -> list[Gap]:
    """The gapped conjuncts after meeting verb ``t`` of participants ``parts`` (``subjects`` its subject's)."""
    if not subjects:
        return []
    sent = t.sent
    # the first partner named after the verb
    first = next(((a, b, k) for a, b, k in ctx.mentions_in(t.i + 1, sent.end) if k in parts and k not in subjects
                  and not ctx.in_quote[a]), None)
    if first is None:
        return []
    out: list[Gap] = []
    i = first[1]
    while i < sent.end:
        tok = ctx.doc[i]
        if tok.lower_ != "and" or tok.dep_ != "cc":
            if tok.lower_ in _STOP - {"and"} or ctx.in_quote[i] or (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod"):
                break
            i += 1
            continue
        j = i + 1
        marked = False
        while j < sent.end and (ctx.doc[j].lower_ in _SEQUENCE or ctx.doc[j].lower_ == "with"):
            marked = marked or ctx.doc[j].lower_ in _SEQUENCE
            j += 1
        # titles before the name ("then Canadian Prime Minister Justin Trudeau")
        k = j
        while k < sent.end and k - j < 5 and _person_at(ctx, k) is None and ctx.doc[k].pos_ in ("PROPN", "ADJ", "NOUN", "DET"):
            k += 1
        hit = _person_at(ctx, k) if k < sent.end else None
        if hit is None or hit[2] in subjects or hit[2] == first[2] or ctx.doc[hit[0]:hit[1]].root.dep_ in ("nsubj", "nsubjpass"):
            break  # not "... and B called him on Tuesday": a clause of its own
        end = hit[1]
        while end < sent.end and ctx.doc[end].lower_ not in _STOP and ctx.doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        if end < sent.end and ctx.doc[end].pos_ in ("VERB", "AUX"):
            break
        parallel = _adjunct(ctx, first[1], i) and _adjunct(ctx, hit[1], end)
        if not (marked or parallel):
            break
        out.append(_gap(ctx, t, hit[2], hit[1], end, i))
        i = end
    return out


def _gap(ctx: Context, t: Token, who: str, lo: int, hi: int, start: int) -> Gap:
    """The place and date told between ``lo`` and ``hi`` for the partner ``who``."""
    place = next((k for a, b, k in ctx.mentions if lo <= a and b <= hi and ctx.actors[k].type in ("Place", "Country")), None)
    found = next(((d, span) for d, span in ctx.dates if lo <= span.start and span.end <= hi), None)
    if found is None:
        return Gap([who], place, None, None, start, hi)
    phrase = found[0]
    day = resolve_date(phrase, ctx.art.published, future=is_future(ctx, clause_path(ctx, t)))
    return Gap([who], place, day, ctx.text[phrase.start:phrase.end], start, hi)
