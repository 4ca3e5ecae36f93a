"""Visits and meetings told together: reports of one visit merge, a visit takes the town, day and host
of the talks it was made for, and events with no town of their own take the dateline's or the one
told before. Split from :mod:`kg.extract.visits` (file size, behaviour unchanged)."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, subject
from kg.extract.dateline_sites import away_from, placed_elsewhere
from kg.extract.venues import townlike, venue_town, venues_in_towns

__all__ = ["link_visits"]


_MODALS = frozenset({"will", "would", "shall", "'ll"})
_PLANNED = frozenset({"expect", "due", "set", "schedule", "plan", "poise"})


def _talks_to_come(ctx: Context, m: Ev, v: Ev) -> bool:
    """ "arrived on Tuesday ahead of his summit with X", "arrived on Tuesday, and the Kremlin said he
    would meet X": talks after the arrival, whose day is not the arrival's; not "flew to Kyiv on
    Thursday to meet X" (a trip made for the talks, on their day)."""
    if _for_talks(ctx, v):
        return False
    span = ctx.doc.char_span(m.anchor, m.anchor + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "ahead" or (
            t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "before"):
        return True
    verb = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj" else t
    chain = [verb, *([verb.head] if verb.dep_ == "xcomp" else [])]
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for x in chain for c in x.children) or any(
        x.lemma_.lower() in _PLANNED for x in chain[1:])


def _for_talks(ctx: Context, v: Ev) -> bool:
    """ "flew to Russia on Monday for talks with Putin", "... to meet Putin": a trip made for the talks."""
    for a, b in v.evidence:
        span = ctx.doc.char_span(a, b, alignment_mode="expand")
        for x in span if span is not None else []:
            if x.lemma_.lower() in L.MEETING_NOUNS and x.head.lower_ == "for" or (
                    x.lemma_.lower() == "meet" and x.dep_ in ("advcl", "xcomp")):
                return True
    return False


def link_visits(ctx: Context, merged: list[Ev], visits: list[Ev]) -> list[Ev]:
    """Merge reports of one visit, give each visit the town, date and host of its meeting, and
    place events with no town of their own; visits left with no place are dropped."""
    for m in merged:
        # "Putin and Zelensky held their first one-on-one meeting" inside the four-leader summit in Paris
        # on Monday: a session inside the one summit of its town, on its day
        inside = [o for o in merged if o is not m and set(m.participants) < set(o.participants) and o.kind != "later"]
        if m.date is None and m.place and len(inside) == 1 and inside[0].date and inside[0].place == m.place:
            m.date, m.date_text = inside[0].date, inside[0].date_text
    vmerged: list[Ev] = []
    lent: set[int] = set()  # the meetings given the day of a journey to them
    dests = [(v, v.place) for v in visits]  # where each journey went, before the meetings lend their sites
    for v in visits:
        for o in vmerged:
            if "entry" in (o.kind, v.kind) and o.place != v.place:
                continue  # "crossed into Russia on Tuesday" and the visit to the cosmodrome: two stages of the trip
            town = venue_town(ctx, o.place, v.place) if set(o.evidence) & set(v.evidence) else None
            if o.participants == v.participants and (not v.date or not o.date or v.date == o.date) and (
                    town or ctx.place_contains(o.place, v.place) or ctx.place_contains(v.place, o.place)):
                ctx.absorb(o, v)
                o.place = town or o.place  # "X, who arrived in Minsk, was received at the palace": in Minsk
                o.host = o.host or v.host
                o.kind = o.kind or v.kind
                break
        else:
            vmerged.append(v)
    for v in vmerged:
        cands = [m for m in merged if v.participants[0] in m.participants and not (m.date and v.date and m.date != v.date)
                 and m.kind != "later" and not _host_abroad(ctx, m, v)]
        if v.place is None:
            cands = [m for m in cands if m.place is not None][-1:] if len(cands) != 1 else cands
        for m in cands:
            if v.kind == "entry" and v.place and ctx.actors[v.place].type != "Country":
                continue  # "the train reached the border town of Khasan": a stage of the journey, not the talks' town
            if v.date and m.date is None and v.place != m.place and not set(v.evidence) & set(m.evidence) \
                    and not _for_talks(ctx, v):
                continue  # "arrived in Russia on September 12" does not date the talks at the cosmodrome
            if v.place and m.place and ctx.actors[v.place].type == "Country" and (
                    ctx.actors[m.place].country == v.place or ctx.actors[m.place].type == "Place" and ctx.actors[m.place].country is None):
                v.place = m.place  # "a visit to Brazil" for talks in Brasilia
            town = venue_town(ctx, m.place, v.place)
            if town and town == m.place:
                v.place = town  # received at the villa where the talks in Geneva were held
            elif town and set(v.evidence) & set(m.evidence):
                m.place = town  # "X, who arrived in Minsk on Monday, was received by Y at the palace": in Minsk
            if not ctx.place_contains(m.place, v.place):
                continue
            if v.place is None and m.place:
                v.place = m.place
            if v.place and (m.place is None or ctx.actors[m.place].type == "Country"):
                m.place = v.place
            if m.date is None and v.date and m.kind != "joined" and not _talks_to_come(ctx, m, v):
                m.date, m.date_text = v.date, v.date_text
                lent.add(id(m))
            if v.date is None and m.date and v.kind != "stay":
                v.date, v.date_text = m.date, m.date_text
            others = [p for p in m.participants if p != v.participants[0]]
            if len(others) == 1 and v.host is None:
                v.host = others[0]
            break
    for m in merged:
        if m.place is None:
            # a session inside a summit, or the article's talks told again without their town; not the
            # town of a summit planned for later ("a summit in India next year")
            inside = [o for o in merged if o is not m and o.place and o.kind != "later"
                      and set(m.participants) < set(o.participants)]
            around = {o.place for o in inside} | {o.place for o in merged if o is not m and o.place and o.kind != "later"
                                                  and set(m.participants) == set(o.participants)}
            if len(inside) == 1 and len(around) == 1 and m.date is None and inside[0].date is not None:
                m.date, m.date_text = inside[0].date, inside[0].date_text  # a session inside the summit, on its day
            if not around:  # the town of its participants' talks or of a visit to one of them; not another pair's
                around = {o.place for o in merged if o is not m and o.place and o.kind != "later"
                          and len(set(m.participants) & set(o.participants)) >= 2}
                # a journey to a country does not place talks told without a town ("He was met by ...")
                around |= {v.place for v in vmerged if v.place and v.participants[0] in m.participants
                           and (v.host is None or v.host in m.participants) and ctx.actors[v.place].type != "Country" and v.kind != "entry"
                           and not _host_abroad(ctx, m, v)}
            if len(around) == 1:
                m.place = next(iter(around))
                came = [v for v in vmerged if v.place == m.place and v.date and v.participants[0] in m.participants
                        and _sentence_before(ctx, v.anchor, m.anchor)]
                if m.date is None and len(came) == 1 and came[0].kind != "stay":
                    m.date, m.date_text = came[0].date, came[0].date_text  # "X flew to Kyiv on Thursday. There he met Y."
                    lent.add(id(m))
    to_come = {id(m) for m in merged if m.kind == "later"}  # "a new summit would be held": not where the report is filed
    stays = {id(v) for v in vmerged if v.kind in ("stay", "entry")}
    for e in vmerged + merged:
        e.kind = None
    city = ctx.dateline_place() if not _shared_dateline(ctx) else None
    if city:
        for e in merged + vmerged:
            if id(e) in to_come or away_from(ctx, e, dests, city) or e.place and placed_elsewhere(ctx, e.place, city):
                continue  # "SEOUL - Kim arrived in Russia ..."; "the Vostochny Cosmodrome in the Amur region"
            if e.place is None or ctx.actors[e.place].venue:
                e.place = city  # events are placed in towns: the venue's town is the dateline's
            elif ctx.actors[e.place].type == "Country" and ctx.actors[city].country == e.place:
                e.place = city  # "ANKARA - ... received Orban" placed by his "visit to Turkey": the dateline's town
    for v in vmerged:
        if v.place is None:  # "Putin flew into Geneva on Wednesday; Biden arrived the day before"
            v.place = _town_told_before(ctx, v, vmerged)
    venues_in_towns(ctx, merged + vmerged)
    _after_arrivals(ctx, [m for m in merged if id(m) not in to_come and (m.date is None or id(m) in lent)],
                    [v for v in vmerged if id(v) not in stays])
    _days_from_journey(ctx, merged, vmerged)
    _only_town(ctx, merged + vmerged)
    # "ROME - X arrived on Monday": a visit with no town of its own is in the dateline's; else it is dropped
    return merged + _one_each(ctx, [v for v in vmerged if v.place is not None])


def _only_town(ctx: Context, events: list[Ev]) -> None:
    """ "Macron arrives in Ukraine ... 'I am honoured to welcome to Kyiv President Macron'": a visit or
    meeting placed in a country is in the one town of that country the article names (a quotation
    included), when it names exactly one."""
    for e in events:
        if e.place is None or ctx.actors[e.place].type != "Country":
            continue
        towns = {k for _a, _b, k in ctx.mentions if ctx.actors[k].type == "Place" and not ctx.actors[k].venue
                 and ctx.actors[k].country == e.place and townlike(ctx, ctx.actors[k].name)}
        if len(towns) == 1:
            e.place = towns.pop()


def _one_each(ctx: Context, visits: list[Ev]) -> list[Ev]:
    """Reports of one visit that the links above gave the same visitor, town and day are one visit."""
    out: list[Ev] = []
    for v in visits:
        same = next((o for o in out if o.participants == v.participants and o.place == v.place and o.date == v.date), None)
        if same is None:
            out.append(v)
        else:
            ctx.absorb(same, v)
            same.host = same.host or v.host
    return out


def _after_arrivals(ctx: Context, merged: list[Ev], arrivals: list[Ev]) -> None:
    """ "Putin landed in Geneva on Wednesday; Biden arrived on Tuesday ... the two presidents shook
    hands at the villa": talks told with no day, in a town two of their participants are told
    arriving in on given days, are held once the last of them has come (the day of the last arrival,
    not the first one's: ``merged`` holds the talks with no day or only the day a journey lent them)."""
    for m in merged:
        if m.place is None or len(m.participants) < 2:
            continue
        came = {v.participants[0]: v for v in arrivals if v.date is not None and v.place is not None
                and v.participants[0] in m.participants
                and (v.place == m.place or venue_town(ctx, v.place, m.place) == m.place)}
        if len(came) >= 2:
            last = max(came.values(), key=lambda v: v.date)  # type: ignore[arg-type,return-value]
            m.date, m.date_text = last.date, last.date_text


_DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _days_from_journey(ctx: Context, merged: list[Ev], visits: list[Ev]) -> None:
    """ "X is holding talks in Kyiv on February 8 ... X came to Kyiv a day after meeting Y in Moscow":
    talks told N days before or after a journey whose sentence gives no day take the day of the
    events the report tells of that journey (the traveller's, in the town he came to), counted back."""
    for m in merged:
        if m.date is not None or m.date_text is not None:
            continue
        span = ctx.doc.char_span(m.anchor, m.anchor + 1, alignment_mode="expand")
        t = span[0] if span is not None else None
        if t is None or t.dep_ not in ("pobj", "pcomp") or t.head.lower_ not in ("after", "before"):
            continue
        prep = t.head
        noun = prep.head if prep.head.lemma_.lower() == "day" else next(
            (c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), prep.head)
        n = next((_DAY_COUNTS[c.lower_] for c in noun.children if c.dep_ in ("det", "nummod") and c.lower_ in _DAY_COUNTS), None)
        verb = prep.head if noun.head.i == prep.i else noun.head  # "came a day after ...", "a day after" under "came"
        if noun.lemma_.lower() != "day" or noun.dep_ != "npadvmod" or n is None or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in _JOURNEYS or any(d.start <= verb.i < d.end or verb.sent.start <= d.start < verb.sent.end
                                                                for _p, d in ctx.dates):
            continue
        dest = next((ctx.tok_actor[p.i] for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
                     for p in c.children if p.dep_ == "pobj" and ctx.tok_actor[p.i]), None)
        subj = subject(ctx, verb)
        who = actor_at(ctx, subj) if subj is not None else None
        if dest is None or who is None or who not in m.participants:
            continue
        days = {e.date for e in [*visits, *merged] if e is not m and e.date is not None and e.place == dest and who in e.participants}
        if len(days) == 1:
            m.date = next(iter(days)) + dt.timedelta(days=n if prep.lower_ == "before" else -n)
            m.date_text = ctx.text[noun.left_edge.idx:prep.idx + len(prep.text)]


# verbs of a journey whose day the events at its end tell: "came to Kyiv a day after ..."
_JOURNEYS = frozenset({"come", "arrive", "travel", "fly", "head", "go", "land", "return", "move"})


def _host_abroad(ctx: Context, m: Ev, v: Ev) -> bool:
    """Whether the one the visitor meets in pair talks belongs to another country than the one
    visited ("Macron went to Moscow for talks" does not place his talks with Zelensky in Moscow)."""
    if len(m.participants) != 2 or not v.place:
        return False
    other = ctx.actors[next(p for p in m.participants if p != v.participants[0])]
    dest = ctx.actors[v.place]
    land = v.place if dest.type == "Country" else dest.country
    return other.type == "Person" and other.country is not None and land is not None and other.country != land


_SHARED_DATELINE = re.compile(r"^\s*[A-Z][A-Z.' -]+/[A-Z][A-Z.' -]+\b", re.M)


def _shared_dateline(ctx: Context) -> bool:
    """ "MOSCOW/SEOUL - ...": a report written from two bureaus, whose first town places nothing."""
    return any(_SHARED_DATELINE.match(line) for line in ctx.text.splitlines()[:15])


def _sentence_before(ctx: Context, a: int, b: int) -> bool:
    """Whether the character ``a`` is in the sentence just before the one of ``b``."""
    sa = ctx.doc.char_span(a, a + 1, alignment_mode="expand")
    sb = ctx.doc.char_span(b, b + 1, alignment_mode="expand")
    if sa is None or sb is None or sb.sent.start == 0:
        return False
    return ctx.doc[sb.sent.start - 1].sent.start == sa.sent.start


def _town_told_before(ctx: Context, v: Ev, visits: list[Ev]) -> str | None:
    """The town of another person's visit told in the same or the previous sentence before an
    arrival that names none: the one arriving comes to the same town."""
    at = ctx.doc.char_span(v.anchor, v.anchor + 1, alignment_mode="expand")
    if at is None:
        return None
    sent = at.sent
    start = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
    before = [w for w in visits if w is not v and w.place and any(start <= a < v.anchor for a in [w.anchor, *(e[0] for e in w.evidence)])
              and w.participants != v.participants and ctx.actors[w.place].type == "Place"]
    return before[-1].place if before else None
