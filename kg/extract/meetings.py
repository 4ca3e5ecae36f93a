"""Meetings and visits: talks of two or more actors, and people travelling to a place.

Triggers are meeting verbs and nouns ("met", "hosted", "talks between"), visit verbs and
nouns; reports of one meeting (same participants, compatible date and place) merge, and
a visit lends its place and date to the meeting it was for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, actors_of, subject
from kg.extract.places import date_for, place_for, sentence_date

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_meetings", "welcomes_guest"]

_MEETING_WORDS = L.MEETING_NOUNS | L.MEETING_VERBS | L.VISIT_VERBS | L.VISIT_NOUNS | {"welcome", "sit"}


def find_meetings(ctx: Context) -> None:
    meetings: list[Ev] = []
    visits: list[Ev] = []
    ctx.meetings = meetings
    for t in ctx.doc:
        if ctx.in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        low = t.lower_
        if not (lemma in _MEETING_WORDS or low in _MEETING_WORDS):
            continue
        sent = t.sent
        parts: list[str] = []
        sits = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ in ("with", "for") for c in t.children)  # "sat down with", "sat down for talks"
        if t.pos_ == "VERB" and (lemma in L.MEETING_VERBS or sits or welcomes_guest(ctx, t)):
            subj = subject(ctx, t)
            if subj is not None:
                parts += actors_of(ctx, subj)
            for c in t.children:
                if c.dep_ in ("dobj",):
                    parts += actors_of(ctx, c)
                if c.dep_ == "prep" and c.lower_ == "with":
                    parts += [k for p in c.children if p.dep_ == "pobj" for k in actors_of(ctx, p)]
        elif t.pos_ in ("NOUN", "PROPN") and (lemma in L.MEETING_NOUNS or low in L.MEETING_NOUNS) and t.dep_ != "compound":
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                    # "talks between the presidents of Russia and France, Vladimir Putin and Emmanuel Macron"
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                    pobjs += [a for p in pobjs for a in p.children if a.dep_ == "appos"]
                    found = [k for p in pobjs for k in actors_of(ctx, p)]
                    if len(found) < 2:  # "between the presidents of Russia and France, Putin and Macron"
                        found += [k for p in pobjs for x in p.subtree if (k := ctx.tok_actor[x.i])
                                  and ctx.actors[k].type == "Person" and not ctx.in_quote[x.i]]
                    parts += found
                if c.dep_ in ("compound", "poss", "nmod", "amod") and ctx.tok_actor[c.i]:
                    parts += actors_of(ctx, c)
                if c.dep_ == "acl" and c.lemma_.lower() in ("host", "chair", "organise", "organize", "broker", "mediate"):
                    for a in c.children:  # "talks hosted by Charles Michel"
                        if a.dep_ == "agent":
                            parts += [k for p in a.children if p.dep_ == "pobj" for k in actors_of(ctx, p)]
            gov = t.head
            while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX") and gov.i != t.i:
                subj = subject(ctx, gov)
                if subj is not None:
                    subj_actors = actors_of(ctx, subj)
                    if parts or len(subj_actors) >= 2:
                        parts = subj_actors + parts
        elif lemma in L.VISIT_VERBS and t.pos_ == "VERB":
            _visit(ctx, t, visits)
            continue
        elif lemma in L.VISIT_NOUNS and t.pos_ == "NOUN":
            _visit(ctx, t, visits)
            continue
        else:
            continue
        parts = [p for i, p in enumerate(parts) if p not in parts[:i] and ctx.actors[p].type in ("Person", "Organization", "Country")
                 and not _common_noun(ctx.actors[p].name)]
        if sum(ctx.actors[p].type == "Person" for p in parts) >= 2:
            # "the presidents of Russia and France, Putin and Macron": the leaders meet, not their countries
            parts = [p for p in parts if ctx.actors[p].type != "Country"]
        if len(parts) < 2:
            if not parts and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in t.children):
                # "The meeting at the Filoli estate was ...": the meeting just reported
                place = place_for(ctx, t, sent, include_to=False)
                if meetings and place and (meetings[-1].place is None or ctx.place_contains(meetings[-1].place, place)):
                    meetings[-1].place = place
                    meetings[-1].evidence.append(ctx.sent_span(sent))
            continue
        d, dtxt = date_for(ctx, t, sent)
        if d is None and dtxt is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                  for c in t.children):
            d, dtxt = sentence_date(ctx, t, sent)
        place = place_for(ctx, t, sent, include_to=True)
        ev = Ev("Meeting", [ctx.sent_span(sent)], participants=parts, place=place, date=d, date_text=dtxt, anchor=t.idx)
        meetings.append(ev)
        if (lemma in ("host", "receive") or welcomes_guest(ctx, t)) and t.pos_ == "VERB":
            subj = subject(ctx, t)
            host = actor_at(ctx, subj) if subj is not None else None
            for c in t.children:
                if c.dep_ == "dobj":
                    for guest in actors_of(ctx, c):
                        if guest != host and ctx.actors[guest].type == "Person":
                            visits.append(Ev("Visit", [ctx.sent_span(sent)], participants=[guest], place=place,
                                             date=d, date_text=dtxt, anchor=t.idx, host=host))
    ctx.events += _merge_meetings(ctx, meetings, visits)


def _common_noun(name: str) -> bool:
    """ "Talks", "Presidents": a capitalised word the model read as a name."""
    low = name.lower()
    return low in _MEETING_WORDS or low.rstrip("s") in L.PAIR_NOUNS or low.rstrip("s") in L.ROLE_NOUNS


def welcomes_guest(ctx: Context, t: Token) -> bool:
    """'welcomed Narendra Modi to the White House': hosting a visitor, not praise."""
    if t.lemma_.lower() != "welcome":
        return False
    guest = any(c.dep_ == "dobj" and actor_at(ctx, c) and ctx.actors[actor_at(ctx, c)].type == "Person"  # type: ignore[index]
                for c in t.children)
    return guest and any(c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in t.children)


def _visit(ctx: Context, t: Token, visits: list[Ev]) -> None:
    sent = t.sent
    if t.pos_ == "VERB":
        subj = subject(ctx, t)
        who = actor_at(ctx, subj) if subj is not None else None
    else:
        who = next((actor_at(ctx, c) for c in t.children if c.dep_ == "poss" and actor_at(ctx, c)), None)
    if not who or ctx.actors[who].type != "Person":
        return
    dest: str | None = None
    if t.lemma_.lower() == "visit":
        for c in t.children:
            k = ctx.tok_actor[c.i]
            if c.dep_ == "dobj" and k and ctx.actors[k].type in ("Place", "Country"):
                dest = k
    if dest is None:
        dest = place_for(ctx, t, sent, include_to=True)
    if dest is None:
        return
    d, dtxt = date_for(ctx, t, sent)
    visits.append(Ev("Visit", [ctx.sent_span(sent)], participants=[who], place=dest, date=d, date_text=dtxt, anchor=t.idx))


def _merge_meetings(ctx: Context, meetings: list[Ev], visits: list[Ev]) -> list[Ev]:
    merged: list[Ev] = []
    for m in meetings:
        for o in merged:
            if set(m.participants) <= set(o.participants) or set(o.participants) <= set(m.participants):
                if m.date and o.date and m.date != o.date:
                    continue
                if not (ctx.place_contains(m.place, o.place) or ctx.place_contains(o.place, m.place)):
                    continue
                ctx.absorb(o, m)
                for p in m.participants:
                    if p not in o.participants:
                        o.participants.append(p)
                break
        else:
            merged.append(m)
    vmerged: list[Ev] = []
    for v in visits:
        for o in vmerged:
            if o.participants == v.participants and (not v.date or not o.date or v.date == o.date) and (
                    ctx.place_contains(o.place, v.place) or ctx.place_contains(v.place, o.place)):
                ctx.absorb(o, v)
                break
        else:
            vmerged.append(v)
    for m in merged:
        for v in vmerged:
            if v.participants[0] not in m.participants:
                continue
            if m.date and v.date and m.date != v.date:
                continue
            if v.place and m.place and ctx.actors[m.place].country == v.place:
                v.place = m.place  # "a visit to Brazil" for talks in Brasilia
            if ctx.place_contains(m.place, v.place):
                if v.place and (m.place is None or ctx.actors[m.place].type == "Country"):
                    m.place = v.place
                if m.date is None and v.date:
                    m.date, m.date_text = v.date, v.date_text
                if v.date is None and m.date:
                    v.date, v.date_text = m.date, m.date_text
                others = [p for p in m.participants if p != v.participants[0]]
                if len(others) == 1 and v.host is None:
                    v.host = others[0]
    for m in merged:
        if m.place is None:
            # a session inside a summit, or the article's talks told again without their town
            around = {o.place for o in merged if o is not m and o.place and set(m.participants) <= set(o.participants)}
            if not around:
                around = {o.place for o in merged + vmerged if o is not m and o.place}
            if len(around) == 1:
                m.place = next(iter(around))
    city = ctx.dateline_place()
    if city:
        for e in merged + vmerged:
            if e.place is None or ctx.actors[e.place].venue:
                e.place = city  # events are placed in towns: the venue's town is the dateline's
    return merged + vmerged
