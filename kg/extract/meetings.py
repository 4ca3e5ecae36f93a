"""Meetings: talks of two or more actors ("met", "held talks", "hosted", "a summit between").

Each trigger word gives its participants from the parse (the verb's subject and object,
"with"/"between"/"of" phrases of a meeting noun, the subject of the verb that holds or
attends it); a definite mention with no participants of its own ("the summit in Paris on
Monday", "Monday's meeting") refers to the meeting just reported and lends it its place
and date. Reports of one meeting (same participants, compatible date and place) merge;
visits (:mod:`kg.extract.visits`) are found alongside and linked to their meeting.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actors_of
from kg.extract.meeting_gaps import Gap, gapped
from kg.extract.meeting_merge import dateline_day, described_again, lend_followers, merge_meetings, refer
from kg.extract.meeting_nouns import noun_parts
from kg.extract.meeting_parts import (MEETING_WORDS, TALK_NOUNS, TOGETHER, aide, clean, meet_subject, parties_of, principals,
                                      verb_parts)
from kg.extract.meeting_partners import BARE_HOLDERS, bare_talks, meets_again, name_pairs
from kg.extract.meeting_days import meeting_date
from kg.extract.meeting_filters import bare_gerund, discussion_between, other_year, passive, remote, thing_received, unreal
from kg.extract.meeting_outings import (also_met, entered_place, feted, for_talks, leaders_gather, one_by_one, outing, outing_with,
                                       told_by_journey)
from kg.extract.meeting_places import meeting_place
from kg.extract.meeting_sides import side_groups
from kg.extract.venues import named_venue, townlike
from kg.extract.visit_links import link_visits
from kg.extract.visits import (unnamed_guest, crossed_into, phrasal_arrival, earlier_year, fellow_visitors, guest_visits, trip_for_talks, venue_town, visit_at,
                               visit_to_meet, welcomed_visits, welcomes_guest, year_before)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_meetings", "welcomes_guest"]


def find_meetings(ctx: Context) -> None:
    meetings: list[Ev] = []
    visits: list[Ev] = []
    ctx.meetings = meetings
    told: tuple[str | None, dt.date | None, str | None] | None = None  # "The summit took place in Paris."
    lemmas, lowers = ctx.lemmas, ctx.lowers
    for i in range(len(ctx.doc)):
        if ctx.in_quote[i]:
            continue
        lemma = lemmas[i]
        low = lowers[i]
        if not (lemma in MEETING_WORDS or low in MEETING_WORDS or lemma in BARE_HOLDERS
                or lemma in ("cross", "give", "discussion", "dialogue", "dialog", "enter", "reach", "bilateral", "gather", "convene", "assemble",
                             "offer", "throw", "treat", "organise", "organize", "touch", "pull", "roll")):
            continue
        t = ctx.doc[i]
        if other_year(ctx, t):
            continue
        sent = t.sent
        if (lemma in L.MEETING_VERBS | TALK_NOUNS or discussion_between(t)) and (unreal(t) or remote(t)):
            continue
        if not meetings and unnamed_guest(ctx, t):  # "X welcomed a delegation from Y to the Kremlin on Monday"
            d, dtxt = meeting_date(ctx, t, sent)
            told = (meeting_place(ctx, t, sent), d, dtxt)  # the scene of the talks told next
            continue
        if t.pos_ == "VERB" and lemma in ("welcome", "greet", "receive") and passive(t):
            welcomed = welcomed_visits(ctx, t)  # "PM Modi was welcomed by President Xi"
            visits += welcomed
            if lemma != "receive":
                host = welcomed[0].host if len(welcomed) == 1 else None
                if host:  # one guest welcomed by a host: the two meet
                    w = welcomed[0]
                    meetings.append(Ev("Meeting", list(w.evidence), participants=[*w.participants, host], place=w.place,
                                       date=w.date, date_text=w.date_text, anchor=t.idx))
                continue
        sits = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ in ("with", "for") for c in t.children)  # "sat down with", "sat down for talks"
        together = lemma in TOGETHER and t.pos_ == "VERB" and (any(
            x.lower_ == "together" and t.i in (x.head.i, x.head.head.i) for x in t.subtree) or outing(ctx, t))
        # "greeted each other with a handshake": the subjects meet
        each_other = lemma in ("greet", "welcome") and any(
            c.dep_ == "dobj" and c.lower_ == "other" and any(x.lower_ in ("each", "one") for x in c.children) for c in t.children)
        # "A and B shook hands", "shook hands with X": two people who shake hands meet
        shakes = lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in t.children) and not any(
            c.dep_ == "prep" and c.lower_ in ("before", "after", "ahead", "at") and any(
                x.lemma_.lower() in L.MEETING_NOUNS for x in c.subtree) for c in t.children)  # not "... before their talks"
        # "played host to X": the subject hosts X
        host_to = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"] \
            if lemma == "play" and any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in t.children) else []
        # "Putin showed Kim around the cosmodrome": the host takes the guest round a site, the two meet
        shows = lemma == "show" and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("around", "round")
                                        for c in t.children)
        companions = outing_with(ctx, t) + feted(ctx, t)  # "had dinner with X", "hosted a banquet in honour of X"
        gathers = lemma in ("gather", "convene", "assemble") and t.pos_ == "VERB" and leaders_gather(ctx, t)
        bare = bare_talks(ctx, t)  # "held a one-on-one with X", "A and B held a bilateral"
        # "Putin gave Kim a tour of the cosmodrome": the host takes the guest round a site, the two meet
        guided = [k for c in t.children if c.dep_ == "dative" for k in actors_of(ctx, c) if ctx.typed(k, "Person")] \
            if lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() == "tour" for c in t.children) else []
        if lemma == "receive" and t.pos_ == "VERB" and thing_received(ctx, t):
            continue  # "received the response to the invitation", "received a letter from X": no guest
        if t.pos_ == "VERB" and not bare_gerund(t) and (lemma in L.MEETING_VERBS or sits or together or each_other or host_to or shakes or shows
                                 or gathers or companions or guided or bare is not None or welcomes_guest(ctx, t)):
            parts = list(dict.fromkeys(verb_parts(ctx, t) + [k for p in host_to for k in actors_of(ctx, p)] + companions + (bare or [])
                                       + guided))
            if (shakes or shows or guided) and not all(ctx.typed(k, "Person") for k in parts):
                continue
            guests = [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
            if lemma in ("welcome", "greet") and len(guests) >= 2 and not for_talks(t):
                # "Parmelin welcomed Biden and Putin to the villa": the guests meet, the host greets them;
                # "Macron hosted Trump and Zelensky" / "received X and Y" / "welcomed X and Y for talks"
                # is a meeting of all three
                parts = guests
        elif (t.pos_ in ("NOUN", "PROPN") or bare_gerund(t)) and (lemma in TALK_NOUNS or low in TALK_NOUNS or discussion_between(t)
                                                                    or lemma == "bilateral" and name_pairs(ctx, t)) \
                and t.dep_ != "compound":
            parts, own = noun_parts(ctx, t)
            if not own and refer(ctx, t, sent, clean(ctx, parts), meetings) or described_again(t, clean(ctx, parts), meetings):
                continue
            if not own and meetings and parts and all(aide(ctx, k) for k in parts) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue  # "Ministers A and B were also present at the talks": the talks told, not theirs
        elif lemma in L.VISIT_VERBS | L.VISIT_NOUNS or low == "visiting" or crossed_into(ctx, t) or entered_place(ctx, t) \
                or phrasal_arrival(t):  # "X's plane touched down in Hanoi"
            v = visit_at(ctx, t)
            if v is not None:
                visits += [v, *fellow_visitors(ctx, t, v)]
            hosts = [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
            # "paid a visit to President X in Kyiv": the visitor calls on X, the two meet
            called = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                      for k in actors_of(ctx, p) if ctx.typed(k, "Person")] if t.pos_ == "NOUN" and lemma == "visit" else []
            if called and v is not None and v.participants and not unreal(t):
                v.host = v.host or called[0]
                parts = [*v.participants, *called]
            elif not (hosts and t.pos_ == "VERB" and lemma == "visit") or unreal(t):
                continue
            else:
                parts = verb_parts(ctx, t)  # "he would visit President Michel Aoun": the two meet
        else:
            continue
        ctx.led_groups.update(side_groups(ctx, t, parts))  # "the government and the opposition held talks"
        parts = clean(ctx, parts)
        envoys = _holders(ctx, t, parts)
        if not (envoys and all(aide(ctx, k) for k in envoys)):
            # "UN envoy X met A and B": an envoy or minister holding the talks is their party, not an aide
            parts = principals(ctx, parts, t)
        if lemma == "talk" and t.pos_ == "VERB" and not any(ctx.typed(k, "Person") for k in parts):
            continue  # "France and Russia agreed to keep talking": a dialogue, not a meeting
        holders, gaps = _gaps(ctx, t, parts)
        parts = [p for p in parts if not any(p in g.people for g in gaps)]
        if len(parts) < 2:
            trip = trip_for_talks(ctx, t)
            if trip is not None:
                visits.append(trip)  # "decided to go to Moscow for direct talks"
            if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and not meetings \
                    and not any(ctx.typed(k, "Person") for k in parts) \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                d, dtxt = meeting_date(ctx, t, sent)  # the summit told before its participants are named
                where = meeting_place(ctx, t, sent)
                if told is None or where is not None or d is not None:  # "Then the talks, ...": still in Paris
                    told = (where, d, dtxt)
            continue
        d, dtxt = meeting_date(ctx, t, sent)
        if earlier_year(ctx, d, dtxt) or year_before(ctx, t):
            continue
        place = meeting_place(ctx, t, sent)
        if shows and (place is None or ctx.actors[place].type == "Country" or not townlike(ctx, ctx.actors[place].name)):
            place = named_venue(ctx, t, ("around", "round")) or place
        if told is not None and not meetings:
            # "The summit began in Wuhan on Friday. X was received by Y at the museum": the museum is in Wuhan
            place = venue_town(ctx, place, told[0]) or place or told[0]
            d, dtxt = (d, dtxt) if d or not told[1] else told[1:]
        if place is None and d is None and dtxt is None:
            place = also_met(t, parts, meetings)
        later = any(c.dep_ == "npadvmod" and any(x.lower_ == "next" for x in c.children) for c in t.children) or meets_again(ctx, t)
        for group in one_by_one(ctx, t, parts):
            ev = Ev("Meeting", [ctx.sent_span(sent)], participants=group, place=place, date=d, date_text=dtxt, anchor=t.idx)
            if later:
                ev.kind = "later"  # "a summit in India next year": not the talks of this visit
            elif told_by_journey(t):
                ev.kind = "trip"  # "arrived in Russia on Tuesday for talks with X": dated and placed by the journey
            meetings.append(ev)
        for g in gaps:  # "met A on Monday and then B in Kyiv": B's meeting of its own
            meetings.append(Ev("Meeting", [ctx.sent_span(sent)], participants=holders + g.people,
                               place=g.place, date=g.date, date_text=g.date_text, anchor=ctx.doc[g.start].idx))
        if t.pos_ == "VERB":
            visits += guest_visits(ctx, t, ev)
        v = visit_to_meet(ctx, t, ev)
        if v is not None:
            visits.append(v)
    merged = merge_meetings(ctx, meetings)
    lend_followers(ctx, merged)
    ctx.events += link_visits(ctx, merged, visits)
    dateline_day(ctx, merged)


def _holders(ctx: Context, t: Token, parts: list[str]) -> list[str]:
    """The participants the subject of a meeting verb names ("met A", "held talks with A")."""
    verb = t if t.pos_ == "VERB" and t.lemma_.lower() in L.MEETING_VERBS else t.head if t.dep_ == "dobj" and (
        t.lemma_.lower() in TALK_NOUNS) else None  # "met A ... and B", "held talks with A ... and with B"
    subj = meet_subject(ctx, verb) if verb is not None else None
    return [k for k in clean(ctx, parties_of(ctx, subj)) if k in parts] if subj is not None else []


def _gaps(ctx: Context, t: Token, parts: list[str]) -> tuple[list[str], list[Gap]]:
    """The subject's participants and the gapped second meetings of a meeting verb ("met A on
    Monday and then B in Kyiv")."""
    holders = _holders(ctx, t, parts)
    return holders, gapped(ctx, t, parts, holders)
