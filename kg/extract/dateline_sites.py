"""Whether a wire dateline's town places an event: not when the article's journeys go elsewhere
("SEOUL - Kim arrived in Russia ...") nor when the text puts the venue in a region ("the Vostochny
Cosmodrome in the Amur region" under a Vladivostok dateline)."""

from __future__ import annotations

from kg.extract.context import Context, Ev

__all__ = ["away_from", "placed_elsewhere"]

_REGION_NOUNS = frozenset({"region", "province", "oblast", "territory", "krai", "prefecture", "governorate"})


def away_from(ctx: Context, e: Ev, visits: list[tuple[Ev, str | None]], city: str) -> bool:
    """Whether a participant of ``e`` travels in the article to a place that is not the dateline's
    town nor holds it ("SEOUL - Kim arrived in Russia ... the leaders are expected to meet"): the
    correspondent writes from elsewhere, and the event is not placed in the dateline's town."""
    return any(dest and dest != city and not ctx.place_contains(dest, city) and v.participants[0] in e.participants
               and not (v.date and e.date and v.date > e.date)  # "met X on Monday. He flew on to Kyiv on Tuesday"
               for v, dest in visits)


def placed_elsewhere(ctx: Context, venue: str, city: str) -> bool:
    """Whether the text places the venue in a place that is not the dateline's town nor holds it
    ("the Vostochny Cosmodrome in the Amur region" under a Vladivostok dateline)."""
    if not ctx.actors[venue].venue:
        return False
    for _a, b, k in ctx.mentions:
        if k != venue or b + 1 >= len(ctx.doc) or ctx.doc[b].lower_ != "in":
            continue
        end = next((i for i in range(b + 1, min(b + 7, len(ctx.doc))) if ctx.doc[i].is_punct and ctx.doc[i].text != "'"), b + 7)
        where = [kk for aa, _bb, kk in ctx.mentions if b < aa < end and ctx.actors[kk].type in ("Place", "Country")]
        if city in where:
            return False
        if any(x.lemma_.lower() in _REGION_NOUNS for x in ctx.doc[b + 1:end]):
            return True  # "in the Amur region", whose name the model may not tag
        # "in Russia's Far East", "in Sochi": a region or another town holds it
        if any(ctx.actors[w].type == "Place" and not ctx.actors[w].venue or not ctx.place_contains(w, city) for w in where):
            return True
    return False
