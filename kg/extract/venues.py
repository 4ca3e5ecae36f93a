"""Venues and towns: a named site the model did not tag becomes a venue, and events are placed
in the town a venue is in (a seat of government named like its office, a site named for its
town, a town named with the venue). Split from :mod:`kg.extract.visits` (behaviour unchanged).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import Context, Ev
from kg.extract.places import place_for
from kg.extract.spans import VENUE_WORDS, sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.gazetteer import Entry

__all__ = ["in_town", "named_venue", "told_venue", "town_of", "townlike", "venue_town", "venues_in_towns"]


def town_of(ctx: Context, place: str | None) -> str | None:
    """A seat of government named as a venue ("the Elysee Palace", "at the Elysee") is in its town."""
    rec = ctx.actors.get(place) if place else None
    town = L.SEATS.get(rec.name.lower().removeprefix("the ")) if rec is not None and (
        rec.venue or rec.type == "Place") else None
    entry = ctx.gaz.lookup(town) if town else None
    if town is None and rec is not None and (rec.venue or rec.type == "Place") \
            and rec.name.lower().removeprefix("the ") in L.GENERIC_SEATS:
        # "met on Monday in Paris ... at the Presidential Palace": the capital just named; else the article's
        entry = _capital_before(ctx, rec.key) or (
            ctx.gaz.entries.get(ctx.capital_of(ctx.home_country) or "") if ctx.home_country else None)
    words = rec.name.removeprefix("the ").split() if rec is not None and (rec.venue or rec.type == "Place") else []
    if entry is None and len(words) >= 2 and words[-1].lower() in VENUE_WORDS:
        entry = ctx.gaz.lookup(" ".join(words[:-1]))  # "Geneva Airport", "the Minsk Hotel": in the town it is named for
    if entry is None or entry.type != "Place":
        return place
    ctx.add_actor(entry.key, entry.name, "Place", 10**9, entry=entry, body=False)
    return entry.key


def _capital_before(ctx: Context, venue: str) -> Entry | None:
    """The last capital city named in the few sentences before the first mention of a generic seat
    ("met for the first time on Monday in Paris ... the talks, which took place at the Presidential
    Palace"): the palace of that capital, not of the article's country."""
    first = next((a for a, _b, k in ctx.mentions if k == venue), None)
    if first is None:
        return None
    start = sentences_back(ctx.doc[first], 4)
    for a, _b, k in reversed(ctx.mentions):
        if not start <= a < first or ctx.in_quote[a]:
            continue
        entry = ctx.gaz.entries.get(k)
        if entry is not None and entry.type == "Place" and entry.capital:
            return entry
    return None


def in_town(ctx: Context, t: Token, sent: Span, place: str | None) -> str | None:
    """ "met at Villa La Grange in Geneva": events are placed in towns, a venue in the town named with it."""
    rec = ctx.actors.get(place) if place else None
    if rec is None or not rec.venue:
        return place
    town = place_for(ctx, t, sent, include_to=False, exclude={rec.key})
    trec = ctx.actors.get(town) if town else None
    if trec is None or trec.type != "Place" or trec.venue:
        return place
    return town if townlike(ctx, trec.name) else place


def townlike(ctx: Context, name: str) -> bool:
    """A known town, or a one-word name; not "the Amur Region", "the Russian Far East", "Outer Manchuria"."""
    known = ctx.gaz.lookup(name)
    return (known is not None and known.type == "Place") or len(name.split()) == 1


def named_venue(ctx: Context, t: Token, preps: tuple[str, ...] = ("at", "in")) -> str | None:
    """ "met Kim at the Vostochny Cosmodrome": a capitalised building or site the model did not tag,
    in an "at"/"in" phrase of the trigger, becomes a venue."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.lemma_.lower() not in VENUE_WORDS or ctx.tok_actor[p.i]:
                continue
            start = p.i
            while start > 0 and ctx.doc[start - 1].head.i == p.i and ctx.doc[start - 1].dep_ in ("compound", "amod") \
                    and ctx.doc[start - 1].text[:1].isupper() and not ctx.tok_actor[start - 1]:
                start -= 1
            # "at the Vostochny Cosmodrome", and with the site's noun in lower case after a proper
            # name ("at the Vostochny spaceport", "at the Hmeimim air base"): a named site
            if start == p.i or not p.text[:1].isupper() and ctx.doc[start].pos_ != "PROPN":
                continue
            span = ctx.doc[start: p.i + 1]
            # "the Vostochny Cosmodrome" told again as "the Vostochny spaceport": one site, the name told first
            told = next((r.key for r in ctx.actors.values() if r.venue and len(r.name.split()) == len(span)
                         and r.name.lower().split()[:-1] == [x.lower_ for x in span[:-1]]), None)
            rec = ctx.add_actor(told or slug(span.text), span.text, "Place", span.start_char, alias=span.text)
            rec.venue = True
            for x in span:
                ctx.tok_actor[x.i] = rec.key
            bisect.insort(ctx.mentions, (span.start, span.end, rec.key))
            return rec.key
    return None


def told_venue(ctx: Context, t: Token, preps: tuple[str, ...] = ("at", "in")) -> str | None:
    """ "arrived at the cosmodrome", "the talks at the palace": a site named before ("the Vostochny
    Cosmodrome", "the Elysee Palace") told again by its noun alone, in an "at"/"in" phrase of ``t``."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.lemma_.lower() not in VENUE_WORDS or ctx.tok_actor[p.i] \
                    or not any(d.dep_ == "det" and d.lower_ == "the" for d in p.children):
                continue
            told = [k for a, _b, k in ctx.mentions if a < p.i and ctx.actors[k].venue
                    and ctx.actors[k].name.lower().split()[-1] == p.lower_]
            if told:
                return told[-1]
    return None


def venue_town(ctx: Context, a: str | None, b: str | None) -> str | None:
    """Of a venue ("the Villa La Grange") and a town, the town: events are placed in towns, the venue is in it."""
    if not a or not b or a == b:
        return None
    ra, rb = ctx.actors[a], ctx.actors[b]
    if ra.venue and rb.type == "Place" and not rb.venue and townlike(ctx, rb.name):
        return b
    if rb.venue and ra.type == "Place" and not ra.venue and townlike(ctx, ra.name):
        return a
    return None


_URBAN = frozenset({"hotel", "square", "villa", "palace", "residence", "hall", "building", "street", "avenue", "plaza",
                    "boulevard", "museum", "cathedral", "church", "mosque", "house", "centre", "center", "park", "stadium"})


# names that open with their generic word ("Villa La Grange", "Plaza Bolivar", "Piazza Venezia", "Palacio de Miraflores")
_GENERIC_FIRST = frozenset({"villa", "hotel", "palace", "plaza", "piazza", "palacio", "palazzo", "praca", "praça"})


def venues_in_towns(ctx: Context, events: list[Ev]) -> None:
    """Events are placed in towns: a venue left as an event's place ("the Armenia Marriott hotel",
    "Villa La Grange", "Independence Square") gives way to the town the text puts it in: a town
    named in a sentence that names the venue ("Geneva's Villa La Grange"), else the last town named
    before the venue's first mention, else the first named after it."""
    towns: dict[str, str | None] = {}
    for e in events:
        rec = ctx.actors.get(e.place) if e.place else None
        words = rec.name.lower().split() if rec is not None else []
        # buildings and squares stand in towns; a cosmodrome, an air base or an estate may stand in none
        if rec is None or not rec.venue or not (words[-1] in _URBAN or words[0] in _GENERIC_FIRST):
            continue
        if rec.key not in towns:
            towns[rec.key] = _town_told_near(ctx, rec.key)
        e.place = towns[rec.key] or e.place


def _is_town(ctx: Context, k: str) -> bool:
    rec = ctx.actors[k]
    return rec.type == "Place" and not rec.venue and townlike(ctx, rec.name) and (
        (entry := ctx.gaz.lookup(rec.name)) is None or entry.type == "Place")


def _town_told_near(ctx: Context, venue: str) -> str | None:
    """The town the text tells ``venue`` in, by where towns are named (see :func:`venues_in_towns`);
    :func:`venue_town` and :func:`in_town` read it from one phrase instead."""
    at = [a for a, _b, k in ctx.mentions if k == venue]
    if not at:
        return None
    sents = {ctx.doc[a].sent.start for a in at}
    near = [k for a, _b, k in ctx.mentions if ctx.doc[a].sent.start in sents and not ctx.in_quote[a] and _is_town(ctx, k)]
    if len(set(near)) == 1:
        return near[0]
    told = [(a, k) for a, _b, k in ctx.mentions if not ctx.in_quote[a] and not ctx.in_headline(ctx.doc[a].idx) and _is_town(ctx, k)]
    before = [k for a, k in told if a < at[0]]
    # not a town of another time told after it ("their first meeting since 2019, when they held a summit in Porto")
    return before[-1] if before else next((k for a, k in told if a > at[0] and not _other_time(ctx, ctx.doc[a])), None)


def _other_time(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` is in a "when" clause or a sentence that names a year before the article's."""
    if any(c.lower_ == "when" and c.dep_ == "advmod" for a in tok.ancestors for c in a.children):
        return True
    year = ctx.art.published.year if ctx.art.published else None
    return year is not None and any(x.like_num and len(x.text) == 4 and x.text.isdigit() and 1900 < int(x.text) < year
                                    for x in tok.sent)
