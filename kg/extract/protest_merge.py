"""One protest per gathering: the mentions of one rally (same day, same or containing place) merge."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.dates import resolve_date
from kg.extract.articles import slug
from kg.extract.furniture import dateline_city, dateline_date_span
from kg.extract.protest_cues import date_head
from kg.extract.protest_days import aside_date, cause_date, country_takes_told_day
from kg.extract.towns import load_towns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["merge_protests"]

def merge_protests(ctx: Context, protests: list[Ev]) -> list[Ev]:
    """One event per gathering: mentions with the same place and day merge; a town's
    undated mention takes the day of the national protest it is part of (or of the
    events reported in the same sentence); headlines join the body's events."""
    merged: list[Ev] = []
    unplaced: set[int] = set()  # events placed in the home country for want of a place
    heads = [p for p in protests if ctx.in_headline(p.anchor)]
    city = ctx.dateline_place() or _misread_dateline(ctx)
    for p in protests:
        if ctx.in_headline(p.anchor):
            continue
        target = _target(ctx, p, merged)
        if target is None:
            if p.place is None and p.date is not None and city and not p.generic:
                p.place = city  # a dated gathering with no town of its own: the dateline's
            merged.append(p)
        else:
            gen = target.generic
            ctx.absorb(target, p)
            target.generic = gen and p.generic
    for h in heads:
        if not merged:
            merged.append(h)
            continue
        same = [b for b in merged if h.place and b.place == h.place]
        target = (same or [b for b in merged if not b.generic] or merged)[0]
        gen = target.generic
        ctx.absorb(target, h)
        target.generic = gen
    for p in merged:
        if city and not p.generic and (p.place is None or ctx.actors[p.place].venue):
            p.place = city
        elif p.place is not None and ctx.actors[p.place].venue:
            venue = ctx.actors[p.place]
            # "clashes broke out in Mandalay": a one-word name without a venue word, and no town
            # before it, is a town the model read as a building
            p.place = _town_before(ctx, p.anchor) or (p.place if len(venue.name.split()) == 1 else None)
            if p.place is not None and p.place == venue.key:
                venue.venue = False
            if p.place is None and ctx.home_country and venue.country in (None, ctx.home_country):
                # "35,000 people gathered at the Republic Square": a square the report names without a
                # town, in a report that names none, is the country's own stage, its capital's
                p.place = ctx.capital_of(ctx.home_country)
        if p.place is None and not p.generic:
            p.place = _headline_town(ctx)  # "Four dead in Kitwe unrest": the one town the headline names
        if p.place is None and not p.generic and ctx.home_country is None:
            p.place = _town_before(ctx, p.anchor)  # "As darkness fell at Bangkok's Democracy Monument ... The rally began"
        if p.place is None and ctx.home_country:
            p.place = ctx.home_country
            ctx.ensure_country(ctx.home_country)
            unplaced.add(id(p))
    # a wave of protests with neither day nor town is background, even with a figure ("eleven were
    # killed during protests overnight in two southern cities": the towns' events, not the country's)
    merged = [p for p in merged if not (p.generic and p.date is None and p.kind != "caused"
                                        and (p.place is None or ctx.typed(p.place, "Country")))]
    _lead_day(ctx, merged)
    _lead_dates_all(ctx, merged)
    _inherit_dates(ctx, merged)
    country_takes_told_day(ctx, merged, _before_the_news)  # (kg.extract.protest_days)
    out: list[Ev] = []
    for p in merged:  # mentions that now share place and day are one event
        twin = next((o for o in out if o.place == p.place and o.date == p.date), None)
        if twin is None:
            out.append(p)
        else:
            ctx.absorb(twin, p)
    return _unplaced_into_town(ctx, _undated_into_dated(ctx, out), unplaced)


def _misread_dateline(ctx: Context) -> str | None:
    """The dateline's town when the model read its name as a body or a person elsewhere
    ("PESHAWAR - ..." and "the Peshawar Corps Commander"): a town of the world's town list."""
    name = dateline_city(ctx.text)
    rec = ctx.actors.get(slug(name)) if name else None
    if rec is None or rec.type not in ("Organization", "Person") or ctx.gaz.lookup(rec.name) is not None \
            or not load_towns().lookup(rec.name):
        return None
    rec.type = "Place"
    return rec.key


def _unplaced_into_town(ctx: Context, events: list[Ev], unplaced: set[int]) -> list[Ev]:
    """A gathering the text gives no place (put in the home country for want of one) is the
    one town's gathering of its day the report tells ("Demonstrators gathered on Sunday ...
    thousands marched in Beirut on Sunday"): it joins that one, when there is exactly one."""
    out = [e for e in events if id(e) not in unplaced]
    for e in (e for e in events if id(e) in unplaced):
        towns = [o for o in out if o.place and not ctx.typed(o.place, "Country") and not o.generic
                 and e.date is not None and o.date == e.date]
        if len(towns) == 1:
            ctx.absorb(towns[0], e)
        elif (before := [o for o in out if o.anchor < e.anchor and o.place and e.date in (None, o.date)
                                            and not ctx.typed(o.place, "Country") and not o.generic]):
            # "33 people were arrested in demonstrations in the two cities": an unplaced mention
            # after towns were told is about those gatherings, not a day of the country's own (but
            # "... crowds in Santiago ... The protests began on Thursday evening": a day the town was
            # not given is another gathering)
            ctx.absorb(max(before, key=lambda o: o.anchor), e)
        elif (twin := next((o for o in out if e.date is not None and o.place == e.place and o.date == e.date), None)):
            ctx.absorb(twin, e)
        elif e.date is not None or e.counts or e.kind == "caused":
            out.append(e)
        # else: a gathering with no town, no day and no figure (placed in the country for want of a
        # place) is too vague to be an event of its own
    return sorted(out, key=lambda e: e.anchor)


def _undated_into_dated(ctx: Context, events: list[Ev]) -> list[Ev]:
    """An undated, specific gathering in a town where the report dates exactly one gathering
    is that one ("a mass rally in Kiev's square" and "rallied in Kyiv on Sunday")."""
    out: list[Ev] = []
    for e in events:
        if e.date is None and not e.generic and e.place is not None and not ctx.typed(e.place, "Country"):
            dated = [o for o in events if o.place == e.place and o.date is not None]
            if len(dated) == 1:
                ctx.absorb(dated[0], e)
                continue
        out.append(e)
    return out


def _headline_town(ctx: Context) -> str | None:
    """The one town the headlines name, if they name exactly one."""
    towns = {k for a, _b, k in ctx.mentions if ctx.in_headline(ctx.doc[a].idx) and ctx.actors[k].type == "Place"
             and not ctx.actors[k].venue}
    return towns.pop() if len(towns) == 1 else None


def _town_before(ctx: Context, at: int) -> str | None:
    """The last town the body names before offset ``at`` ("In Dakar's district of Medina ...
    Protesters chanted on the main avenue": Dakar), the town of a venue named without one."""
    town = None
    for a, b, k in ctx.mentions:
        tok = ctx.doc[a]
        if tok.idx >= at:
            break
        rec = ctx.actors[k]
        if rec.type == "Place" and not rec.venue and not ctx.in_headline(tok.idx) and not ctx.in_quote[a]:
            town = _town_of_district(ctx, ctx.doc[a:b].root) or k
    return town


_DISTRICTS = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "suburb", "suburbs", "area"})


def _town_of_district(ctx: Context, root: Token) -> str | None:
    """ "Dakar's working class district of Medina": Dakar, the town of the district."""
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.lower_ not in _DISTRICTS:
        return None
    for c in root.head.head.children:
        k = ctx.tok_actor[c.i]
        if c.dep_ == "poss" and k and ctx.actors[k].type == "Place":
            return k
    return None



def _definite_one(ctx: Context, p: Ev) -> bool:
    """Whether mention ``p`` is a singular protest noun with "the" ("the protest in Beirut")."""
    span = ctx.doc.char_span(p.anchor, p.anchor + 1, alignment_mode="expand")
    tok = span.root if span is not None else None
    return tok is not None and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _target(ctx: Context, p: Ev, merged: list[Ev]) -> Ev | None:
    """The event already found that mention ``p`` reports, if any."""
    if p.place is not None and p.date is not None:
        return next((o for o in merged if o.place == p.place and o.date == p.date), None) or next(
            (o for o in reversed(merged) if o.place == p.place and o.date is None and not o.generic and not o.no_day), None) or next(
            (o for o in reversed(merged) if o.place is None and o.date in (None, p.date) and not o.generic), None)
    if p.place is not None:
        same = next((o for o in reversed(merged) if o.place == p.place and not (o.generic and not p.generic)), None)
        if same is not None:
            return same
        if not ctx.typed(p.place, "Country"):
            # "In Moscow, 40,000 gathered": the national day's event in that city
            nat = [o for o in merged if o.date and ctx.typed(o.place, "Country") and ctx.place_contains(o.place, p.place)]
            if len({o.date for o in nat}) == 1 and not p.no_day:  # (of two national days told, "In Sidon, ..." is not known to be either)
                p.date, p.date_text = nat[-1].date, nat[-1].date_text
                return next((o for o in merged if o.place == p.place and o.date == p.date), None)
            if _definite_one(ctx, p):  # "Demonstrators gathered on Sunday. The protest in Beirut was ...": that one
                return next((o for o in reversed(merged) if o.place is None and not o.generic), None)
            return next((o for o in reversed(merged) if o.place is None and o.date is None and not o.generic), None)
        return None
    if p.date is not None:
        return next((o for o in reversed(merged) if o.date == p.date), None)
    if p.generic:
        anchor_tok = ctx.doc.char_span(p.anchor, p.anchor + 1, alignment_mode="expand")
        definite = anchor_tok is not None and any(c.lower_ in ("the", "these", "those", "their") for c in anchor_tok.root.children)
        specific = [o for o in merged if not o.generic]
        if definite and specific:
            return specific[-1]
        return next((o for o in merged if o.generic), None)
    return next((o for o in reversed(merged) if not o.generic), None) or next((o for o in merged if o.generic), None)


def _inherit_dates(ctx: Context, events: list[Ev]) -> None:
    """Undated events take the day the text gives their gathering elsewhere: a town
    named with dated events in one sentence takes their day; a town of a dated national
    protest takes the national day; a national protest whose towns all have one day
    takes it; a town dated nowhere takes the day of the gathering told before it."""
    _towns_take_days(ctx, events)
    national = False
    for e in events:
        if e.date is not None or e.generic or not ctx.typed(e.place, "Country"):
            continue
        towns = {(o.date, o.date_text) for o in events if o.date and o.place and not ctx.typed(o.place, "Country")
                 and ctx.place_contains(e.place, o.place)}
        told_undated = any(o.no_day and o.date is None and o.place and ctx.place_contains(e.place, o.place) for o in events)
        if len({d for d, _ in towns}) == 1 and not told_undated:  # (not "began in A on Tuesday and spread to B")
            e.date, e.date_text = sorted(towns, key=lambda x: str(x[1]))[0]
            national = True
    if national:  # "stormed the headquarters in X on Tuesday ... protests broke out across the country ...
        _towns_take_days(ctx, events)  # the protests in Y and Z": the national day, now dated, dates its towns
    _lead_carries(ctx, events)


def _lead_carries(ctx: Context, events: list[Ev]) -> None:
    """ "Tens of thousands took to the streets in the region on Tuesday ... Demonstrators blocked
    roads in Barcelona": a town the text dates nowhere is told as part of the dated gathering
    reported before it, and takes its day."""
    for e in sorted(events, key=lambda e: e.anchor):
        if e.date is not None or e.generic or e.no_day or e.place is None or ctx.typed(e.place, "Country") or _before_the_news(ctx, e):
            continue
        if any(o.place == e.place and o.date is not None for o in events):
            continue  # the town's own dated gathering takes it (:func:`_undated_into_dated`)
        before = [o for o in events if o.date is not None and o.anchor < e.anchor and not ctx.in_headline(o.anchor)]
        if before:
            last = max(before, key=lambda o: o.anchor)
            e.date, e.date_text = last.date, last.date_text


def _towns_take_days(ctx: Context, events: list[Ev]) -> None:
    """Undated towns take the day of the dated events of their sentence, else of their dated national protest."""
    for e in events:
        if e.date is not None or e.generic or e.no_day or e.place is None or ctx.typed(e.place, "Country"):
            continue
        days = {(o.date, o.date_text) for o in events if o.date and o is not e
                and set(o.evidence) & set(e.evidence) and not ctx.typed(o.place, "Country")}
        if len(days) == 1:
            e.date, e.date_text = next(iter(days))
            continue
        nat = {(o.date, o.date_text) for o in events if o.date and ctx.typed(o.place, "Country")
               and ctx.place_contains(o.place, e.place)}
        if len({d for d, _ in nat}) == 1:
            e.date, e.date_text = sorted(nat, key=lambda x: str(x[1]))[0]


def _before_the_news(ctx: Context, e: Ev) -> bool:
    """ "supporters had taken to the streets": a gathering first told in the past perfect
    came before the day the report leads with."""
    span = ctx.doc.char_span(e.anchor, e.anchor + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _lead_day(ctx: Context, events: list[Ev]) -> None:
    """A report leads with the day of its news ("It started quietly on Sunday", "in a
    speech Wednesday before masses of demonstrators"): a gathering the text dates nowhere
    else took place that day, when the first day the body names is at most three days
    before publication. Only in the report of one gathering (and perhaps its country's day,
    which then takes the town's): where several are told, the first day named is as often
    another event's (an arrest, a vote)."""
    pub = ctx.art.published
    towns = [e for e in events if not ctx.typed(e.place, "Country")] or events
    if (pub is None or len(towns) != 1 or any(e.date is not None for e in events) or towns[0].generic or towns[0].no_day
            or len(events) > 2 or _before_the_news(ctx, towns[0])):
        return
    dateline = dateline_date_span(ctx.text)
    prev = _previous_sentence_day(ctx, towns[0])
    if prev is not None:  # "X was detained on Sunday ... grabbed from a protest in Yerevan": the day just told
        towns[0].date, towns[0].date_text = prev
        return
    for d, span in ctx.dates:
        if ctx.in_headline(span.start_char) or (dateline is not None and d.start < dateline[1] and dateline[0] < d.end):
            continue  # the dateline's day is the day of filing, not of the news
        day = resolve_date(d, pub)
        if day is None:
            continue
        if pub - dt.timedelta(days=3) <= day <= pub and not _framed_by_protests(ctx, span, towns[0]):
            towns[0].date, towns[0].date_text = day, ctx.text[d.start:d.end]
        return


def _lead_dates_all(ctx: Context, events: list[Ev]) -> None:
    """ "Catalonia woke up today with a different face ... In Barcelona alone 300,000 people rallied,
    and gatherings were also seen in A, B and C": a report none of whose gatherings has a day of its
    own, whose lead (its first sentence below the headlines) names the day of its news (at most three
    days before publication, not the dateline's), tells them all on that day (not a wave, nor one told
    in the past perfect or "overnight")."""
    pub = ctx.art.published
    if pub is None or not events or any(e.date is not None for e in events):
        return
    lead = next((s for s in ctx.doc.sents if not ctx.in_headline(s.start_char) and s.text.strip()), None)
    if lead is None:
        return
    if not any(ctx.actors[k].type in ("Place", "Country") for _a, _b, k in ctx.mentions_in(lead.start, lead.end)) \
            and not any(t.ent_type_ in ("GPE", "LOC") for t in lead):
        return  # the lead dates a place's day ("Catalonia woke up today"), not another news's ("X resigned on Sunday")
    dateline = dateline_date_span(ctx.text)
    for d, span in ctx.dates:
        if not lead.start <= span.start < lead.end or (dateline is not None and d.start < dateline[1] and dateline[0] < d.end):
            continue
        if cause_date(ctx, lead, ctx.text[d.start:d.end]) or aside_date(ctx, lead, ctx.text[d.start:d.end]):
            continue  # "protests over Friday's killing": the day of what is protested; an aside's day
        day = resolve_date(d, pub)
        if day is None or not pub - dt.timedelta(days=3) <= day <= pub or _framed_by_protests(ctx, span, events[0]):
            return
        for e in events:
            if not (e.generic or e.no_day or _before_the_news(ctx, e)):
                e.date, e.date_text = day, ctx.text[d.start:d.end]
        return


_WAVE_NOUNS = L.PROTEST_NOUNS | {"riot", "riots", "unrest", "uprising", "uprisings", "turmoil", "upheaval"}


def _framed_by_protests(ctx: Context, span: Span, e: Ev) -> bool:
    """Whether the first day's sentence tells its news against the protests, so that the day is the
    news's, not the protests' ("the president fled on Wednesday amid a popular uprising", "the
    country remained tense on Monday after weekend protests"): protests under "amid", or the
    gathering itself told in that sentence after "after", "since" or "following"."""
    sent = span.sent
    if any(t.head.lower_ in ("amid", "amidst", "despite") and t.lemma_.lower() in _WAVE_NOUNS for t in sent):
        return True
    own = ctx.doc.char_span(e.anchor, e.anchor + 1, alignment_mode="expand")
    if own is None or not (sent.start <= own.root.i < sent.end):
        return False
    return any(a.lower_ in ("after", "since", "following") or any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in a.children) for a in [own.root, *own.root.ancestors])


def _previous_sentence_day(ctx: Context, e: Ev) -> tuple[dt.date, str] | None:
    """The one day the sentence just before mention ``e`` names (not a headline's), if it dates an
    arrest or a death ("The organiser was detained on Sunday ... grabbed from a protest in Yerevan")."""
    span = ctx.doc.char_span(e.anchor, e.anchor + 1, alignment_mode="expand")
    if span is None or ctx.art.published is None:
        return None
    sent = span[0].sent
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    found = [(d, sp) for d, sp in ctx.dates if before.start <= sp.start < before.end and not ctx.in_headline(sp.start_char)]
    if len(found) != 1 or date_head(found[0][1]).lemma_.lower() not in L.DETAIN_VERBS | L.DEATH_VERBS:
        return None  # only the day of an arrest or a death the report has just told
    d, _sp = found[0]
    day = resolve_date(d, ctx.art.published)
    return (day, ctx.text[d.start:d.end]) if day is not None else None
