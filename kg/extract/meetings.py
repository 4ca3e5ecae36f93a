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
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actors_of
from kg.extract.meeting_gaps import Gap, gapped
from kg.extract.meeting_merge import dateline_day, lend_followers, merge_meetings, refer
from kg.extract.meeting_parts import (MEETING_WORDS, TALK_NOUNS, TOGETHER, aide, clean, meet_subject, noun_parts, parties_of,
                                      principals, verb_parts)
from kg.extract.meeting_partners import BARE_HOLDERS, bare_talks, meets_again, name_pairs
from kg.extract.meeting_days import meeting_date
from kg.extract.meeting_places import meeting_place
from kg.extract.meeting_sides import side_groups
from kg.extract.venues import named_venue, townlike
from kg.extract.visit_links import link_visits
from kg.extract.visits import (crossed_into, earlier_year, fellow_visitors, guest_visits, trip_for_talks, venue_town, visit_at,
                               visit_to_meet, welcomed_visits, welcomes_guest, year_before)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_meetings", "welcomes_guest"]

_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# "refused to meet", "called for talks", "was ready to hold talks": a meeting asked for, offered or
# turned down, not one held or planned
_UNREAL_HEADS = frozenset({"refuse", "decline", "reject", "call", "urge", "demand", "seek", "want", "ready", "willing",
                           "prepared", "open", "appeal", "push", "press", "oppose", "rule", "boycott", "avoid", "snub",
                           "chance", "opportunity",  # "giving a chance for talks with the opposition"
                           # "offered to meet", "proposed a meeting", "cancelled his meeting", "hopes to meet"
                           "offer", "propose", "suggest", "cancel", "scrap", "hope", "consider", "possibility", "prospect",
                           "ask", "request"})  # "asked for a meeting with X", "requested talks"
# "previous talks between A and B", "have held regular meetings": meetings of the past or a habit, no one meeting told
_SERIES = frozenset({"previous", "past", "earlier", "prior", "regular", "frequent", "repeated", "several", "numerous",
                     "many"})
# "has met X several times / repeatedly / regularly": a habit, no one meeting
_OFTEN = frozenset({"repeatedly", "regularly", "often", "frequently", "occasionally"})
# "should hold a meeting", "could meet him if ...": a meeting wished or supposed, not held or set ("may meet" and
# "might meet" are left as told: a meeting set for a day that may still move)
_MAYBE = frozenset({"should", "could", "ought"})
# "a meeting between A and B is possible": no meeting set
_UNSURE = frozenset({"possible", "unlikely", "impossible"})


def find_meetings(ctx: Context) -> None:
    meetings: list[Ev] = []
    visits: list[Ev] = []
    ctx.meetings = meetings
    told: tuple[str | None, dt.date | None, str | None] | None = None  # "The summit took place in Paris."
    for t in ctx.doc:
        if ctx.in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        low = t.lower_
        if not (lemma in MEETING_WORDS or low in MEETING_WORDS or lemma in BARE_HOLDERS
                or lemma in ("cross", "give", "discussion", "dialogue", "dialog", "enter", "reach", "bilateral", "gather", "convene", "assemble")) \
                or _earlier_year(ctx, t):
            continue
        sent = t.sent
        if (lemma in L.MEETING_VERBS | TALK_NOUNS or _between(t)) and (_unreal(t) or _remote(t)):
            continue
        if t.pos_ == "VERB" and lemma in ("welcome", "greet", "receive") and _passive(t):
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
            x.lower_ == "together" and t.i in (x.head.i, x.head.head.i) for x in t.subtree) or _outing(ctx, t))
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
        companions = _outing_with(ctx, t)  # "had dinner with X", "will take a walk with X"
        gathers = lemma in ("gather", "convene", "assemble") and t.pos_ == "VERB" and _leaders_gather(ctx, t)
        bare = bare_talks(ctx, t)  # "held a one-on-one with X", "A and B held a bilateral"
        # "Putin gave Kim a tour of the cosmodrome": the host takes the guest round a site, the two meet
        guided = [k for c in t.children if c.dep_ == "dative" for k in actors_of(ctx, c) if ctx.typed(k, "Person")] \
            if lemma == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() == "tour" for c in t.children) else []
        if lemma == "receive" and t.pos_ == "VERB" and _thing_received(ctx, t):
            continue  # "received the response to the invitation", "received a letter from X": no guest
        if t.pos_ == "VERB" and not _bare_gerund(t) and (lemma in L.MEETING_VERBS or sits or together or each_other or host_to or shakes or shows
                                 or gathers or companions or guided or bare is not None or welcomes_guest(ctx, t)):
            parts = verb_parts(ctx, t) + [k for p in host_to for k in actors_of(ctx, p)] + companions + (bare or []) + guided
            if (shakes or shows or guided) and not all(ctx.typed(k, "Person") for k in parts):
                continue
            guests = [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
            if lemma in ("welcome", "greet") and len(guests) >= 2 and not _for_talks(t):
                # "Parmelin welcomed Biden and Putin to the villa": the guests meet, the host greets them;
                # "Macron hosted Trump and Zelensky" / "received X and Y" / "welcomed X and Y for talks"
                # is a meeting of all three
                parts = guests
        elif (t.pos_ in ("NOUN", "PROPN") or _bare_gerund(t)) and (lemma in TALK_NOUNS or low in TALK_NOUNS or _between(t)
                                                                    or lemma == "bilateral" and name_pairs(ctx, t)) \
                and t.dep_ != "compound":
            parts, own = noun_parts(ctx, t)
            if not own and refer(ctx, t, sent, clean(ctx, parts), meetings):
                continue
            if not own and meetings and parts and all(aide(ctx, k) for k in parts) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue  # "Ministers A and B were also present at the talks": the talks told, not theirs
        elif lemma in L.VISIT_VERBS | L.VISIT_NOUNS or low == "visiting" or crossed_into(ctx, t) or _entered(ctx, t):
            v = visit_at(ctx, t)
            if v is not None:
                visits += [v, *fellow_visitors(ctx, t, v)]
            hosts = [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
            # "paid a visit to President X in Kyiv": the visitor calls on X, the two meet
            called = [k for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
                      for k in actors_of(ctx, p) if ctx.typed(k, "Person")] if t.pos_ == "NOUN" and lemma == "visit" else []
            if called and v is not None and v.participants and not _unreal(t):
                v.host = v.host or called[0]
                parts = [*v.participants, *called]
            elif not (hosts and t.pos_ == "VERB" and lemma == "visit") or _unreal(t):
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
            parts = principals(ctx, parts)
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
            place = _also_met(t, parts, meetings)
        later = any(c.dep_ == "npadvmod" and any(x.lower_ == "next" for x in c.children) for c in t.children) or meets_again(ctx, t)
        for group in _separately(ctx, t, parts):
            ev = Ev("Meeting", [ctx.sent_span(sent)], participants=group, place=place, date=d, date_text=dtxt, anchor=t.idx)
            if later:
                ev.kind = "later"  # "a summit in India next year": not the talks of this visit
            elif _trip(t):
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


# what one receives that is no guest: "received a letter / the response / an invitation / support"
_THINGS = frozenset({"letter", "response", "reply", "answer", "invitation", "call", "message", "award", "prize", "support",
                     "vote", "report", "request", "proposal", "offer", "document", "complaint", "petition", "assurance",
                     "guarantee", "payment", "aid", "fund", "donation", "sentence", "threat", "note", "list", "copy",
                     "information", "news", "confirmation", "approval", "backing", "briefing", "warning", "treatment"})


def _thing_received(ctx: Context, t: Token) -> bool:
    """Whether "receive" has a thing for object ("received a letter", "the invitation that they
    received"), not a guest."""
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if not objs:
        return False
    for c in objs:
        noun = t.head if c.lower_ in ("that", "which") and t.dep_ == "relcl" else c
        if noun.lemma_.lower() not in _THINGS or ctx.tok_actor[noun.i]:
            return False
    return True


def _also_met(t: Token, parts: list[str], meetings: list[Ev]) -> str | None:
    """ "X met Y in Rome on Thursday. X also met Z": the next talks of one who just met, told with
    "also" and no place or day of their own, are on the same trip, at its place (the day is not
    lent: a trip lasts days)."""
    if t.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.children) or not meetings:
        return None
    if any(c.dep_ == "npadvmod" or c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
        return None  # "also met him last month", "has also met him several times": another time
    last = meetings[-1]
    return last.place if set(parts) & set(last.participants) and last.kind != "later" else None


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


# "took a walk", "had a boat ride", "had lunch", "had tea": an outing of its subjects
_OUTINGS = frozenset({"walk", "stroll", "ride", "cruise", "lunch", "dinner", "breakfast", "tea", "banquet", "luncheon"})


def _outing(ctx: Context, t: Token) -> bool:
    """ "the two leaders took a walk along the lake", "Modi and Xi strolled along the lake": two or more
    people named as the subject of an outing (a walk, a ride, a meal) meet, "together" said or not."""
    if t.lemma_.lower() in ("spend", "tour") or not (t.lemma_.lower() in ("walk", "stroll", "dine", "lunch", "ride") or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _OUTINGS for c in t.children)):
        return False
    subj = meet_subject(ctx, t)
    return subj is not None and sum(ctx.typed(k, "Person") for k in parties_of(ctx, subj)) >= 2


def _outing_with(ctx: Context, t: Token) -> list[str]:
    """ "X had dinner with Y", "will take a walk around the lake with Y", "will make a boat trip with his host,
    Y": the people an outing is shared with (its subject meets them)."""
    if t.pos_ != "VERB" or t.lemma_.lower() in ("spend", "tour"):
        return []
    if t.lemma_.lower() == "take" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            x.dep_ in ("pobj", "conj") and x.lemma_.lower() in _OUTINGS for x in c.subtree) for c in t.children):
        # "Xi will take Modi for a walk by the lake", "took his guest for dinner": the host's guest
        return [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
    objs = [c for c in t.children if c.dep_ == "dobj" and (c.lemma_.lower() in _OUTINGS or c.lemma_.lower() == "trip" and any(
        x.dep_ == "compound" and x.lower_ in ("boat", "train", "car") for x in c.children))]
    if not (objs and t.lemma_.lower() in ("have", "take", "make", "share", "enjoy")) and t.lemma_.lower() not in (
            "dine", "lunch", "walk", "stroll"):
        return []
    out: list[str] = []
    # "took a walk in a Tokyo garden with X": the "with" phrase under the place of the outing
    sites = [p for h in (t, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "around", "on", "along", "at")
             for p in c.children if p.dep_ == "pobj"]
    for h in (t, *objs, *sites):
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                for p in prep.children:
                    if p.dep_ == "pobj":
                        out += [k for x in (p, *(a for a in p.children if a.dep_ == "appos")) for k in actors_of(ctx, x)
                                if ctx.typed(k, "Person") and k not in out]
    return out


def _leaders_gather(ctx: Context, t: Token) -> bool:
    """ "Leaders of Japan, India and Australia gathered in Hiroshima", "A, B and C convened in Accra":
    two or more people (or the heads of two or more countries) who gather meet; a crowd that gathers
    does not ("thousands gathered"), nor people gathered by others ("gathered journalists")."""
    if any(c.dep_ == "dobj" for c in t.children):
        return False
    subj = meet_subject(ctx, t)
    if subj is None:
        return False
    parts = parties_of(ctx, subj)
    return sum(ctx.typed(k, "Person") for k in parts) >= 2 or sum(ctx.typed(k, "Country") for k in parts) >= 2 and any(
        x.lemma_.lower() in L.PAIR_NOUNS | {"minister", "delegation"} for x in (subj, *subj.conjuncts))


def _for_talks(t: Token) -> bool:
    """ "welcomed X and Y to Paris for talks": the host takes part in the talks; not in "for their
    summit", the guests' own."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.lemma_.lower() in L.MEETING_NOUNS and not any(x.dep_ == "poss" and x.lower_ == "their" for x in p.children)
        for p in c.children) for c in t.children)


_JOURNEY = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land", "leave", "depart", "cross"})


def _trip(t: Token) -> bool:
    """ "arrived in Russia on Tuesday for talks with X", "flew to Moscow to meet X": talks told through
    the journey made for them, whose day and place are the journey's."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ == "for":
        return t.head.head.lemma_.lower() in _JOURNEY
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj":
        t = t.head  # "to hold talks with X"
    return t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and t.head.lemma_.lower() in _JOURNEY


# "separate meetings", "bilateral meetings", "one-on-one talks" (plural) with several others: one each
_ONE_BY_ONE = frozenset({"separate", "bilateral", "individual", "one-on-one", "one-to-one"})


def _separately(ctx: Context, t: Token, parts: list[str]) -> list[list[str]]:
    """ "held separate meetings with Macron and Merkel", "met separately with Macron and Merkel":
    one meeting of the holder with each."""
    if len(parts) < 3:
        return [parts]
    pairs = name_pairs(ctx, t) if t.pos_ in ("NOUN", "PROPN") else []
    if len(pairs) >= 2 and all(k in parts for pair in pairs for k in pair):
        return pairs  # "the Kishida-Yoon and Modi-Albanese bilaterals": one meeting each
    if t.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _ONE_BY_ONE for c in t.children):
        return [[parts[0], p] for p in parts[1:]]  # "held bilateral meetings with A, B and C": one with each
    if t.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("separately", "individually") for c in t.children):
        subj = meet_subject(ctx, t)
        holder = parties_of(ctx, subj) if subj is not None else []
        if len(holder) == 1 and holder[0] in parts:
            return [[holder[0], p] for p in parts if p != holder[0]]
    return [parts]


def _unreal(t: Token) -> bool:
    """ "did not meet", "refused to meet", "called for talks with", "was ready to hold talks": no meeting
    took place or is set; "the talks he had called for" is not asked, it is told."""
    if t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "acomp" and c.lower_ in _UNSURE for c in t.head.children):
        return True  # "a meeting with X is possible"
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" or c.dep_ == "amod" and c.lower_ in _SERIES
                                           for c in t.children):
        return True  # "no meeting is planned", "previous talks", "regular meetings"
    verb = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj" else t
    if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in _OFTEN or c.dep_ == "npadvmod" and c.lower_ == "times"
                                            for c in verb.children):
        return True  # "has met him several times", "meets them regularly"
    cur = t
    for _ in range(4):
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MAYBE or c.dep_ == "mark" and c.lower_ in ("if", "unless")
               for c in cur.children):
            return True  # "did not meet", "should hold talks", "if they meet"
        head = cur.head
        if cur.dep_ == "pobj" and head.lower_ in ("for", "to") and head.head.lemma_.lower() in _UNREAL_HEADS:
            return True  # "called for talks", "was open to talks"
        if cur.dep_ in ("xcomp", "dobj", "acomp", "npadvmod") and head.lemma_.lower() in _UNREAL_HEADS and head.i != cur.i \
                and not (cur.dep_ == "dobj" and head.lemma_.lower() == "call"):  # "called his talks with X fruitful"
            return True  # "refused to meet", "rejected talks", "was ready to hold talks"
        if cur.dep_ not in ("xcomp", "dobj", "conj") or head.i == cur.i:
            return False
        cur = head  # "appealed for an end to the violence, as well as dialogue and negotiations": the conjunct's head
    return False


# "telephone talks", "talked by phone", "a video call", "held virtual talks": a call is not a meeting
_REMOTE = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "virtual", "virtually", "online",
                     "remote", "remotely", "zoom", "call", "link", "conference", "telephonic"})


def _remote(t: Token) -> bool:
    """A call, not a meeting: the trigger or the verb holding it is modified by a phone or video word."""
    holders = [t] + ([t.head] if t.dep_ in ("dobj", "nsubjpass", "nsubj") and t.head.pos_ in ("VERB", "AUX") else [])
    for h in holders:
        for c in h.children:
            if c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _REMOTE - {"call", "link", "conference"} or any(
                    a.dep_ == "advmod" and a.lower_ in ("virtually", "remotely") for a in c.children if c.dep_ == "prep"):
                return True  # "telephone talks", "met virtually" (parsed under the date's "on")
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over", "on") and any(
                    p.dep_ == "pobj" and p.lower_ in _REMOTE and (p.lower_ not in ("link", "conference", "call") or any(
                        m.lower_ in _REMOTE for m in p.children)) for p in c.children):
                return True  # "talked by phone", "met via video link", "spoke over a video call"
    return False


def _entered(ctx: Context, t: Token) -> bool:
    """ "Kim entered Russia on Tuesday", "the train reached the border town of Khasan": a journey's
    arrival told by "enter" or "reach" with a place for object (not "reached a deal", "entered talks")."""
    return t.pos_ == "VERB" and t.lemma_.lower() in ("enter", "reach") and any(
        c.dep_ == "dobj" and (ctx.typed(ctx.tok_actor[c.i], "Place") or ctx.typed(ctx.tok_actor[c.i], "Country")
                              or c.lemma_.lower() in ("town", "city", "village", "capital", "border", "port"))
        for c in t.children)


def _between(t: Token) -> bool:
    """ "the discussion between A and B", "the dialogue between the government and the opposition": a
    discussion or dialogue is talks only with the parties named "between" (not "a discussion of the
    budget", "a panel discussion with students", "calls for dialogue")."""
    return t.lemma_.lower() in ("discussion", "dialogue", "dialog") and any(c.dep_ == "prep" and c.lower_ == "between"
                                                                            for c in t.children)


def _bare_gerund(t: Token) -> bool:
    """ "On April 22, meeting between A and B took place": a headline-style noun with no article,
    parsed as the verb's gerund, heading the clause with its "between" phrase."""
    return t.tag_ == "VBG" and t.lower_ in ("meeting", "meetings") and t.dep_ in ("nsubj", "nsubjpass", "csubj") and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in t.children)


def _passive(t: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (t.tag_ == "VBN" and t.dep_ in ("acl", "relcl"))


def _earlier_year(ctx: Context, t: Token) -> bool:
    """ "the 1985 meeting between Reagan and Gorbachev", "meetings ... in 2014": another year's event."""
    pub = ctx.art.published
    if pub is None:
        return False
    # "Kim last visited Russia in 2019, when he met Putin": that year's meeting; "their first meeting
    # since 2019, when they held a summit in Vladivostok": the summit is the verb's object
    clause = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubj", "nsubjpass") else t
    if clause.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in clause.children):
        h = clause.head
        if h.like_num and _YEAR.match(h.text) and int(h.text) < pub.year:
            return True
        if h.pos_ in ("VERB", "AUX") and (_earlier_year(ctx, h) or year_before(ctx, h)):
            return True
    scope = list(t.subtree) if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if c.dep_ in ("prep", "npadvmod")]
    scope += [x for c in scope if c.pos_ == "ADP" for x in c.subtree]
    for x in scope:
        if x.lemma_.lower() == "year" and any(c.lower_ in ("last", "previous") for c in x.children) \
                and not any(a.lower_ in ("since", "until") for a in list(x.ancestors)[:3]):
            return True  # "last met X in June last year", "last year's summit"
        if x.like_num and _YEAR.match(x.text) and int(x.text) < pub.year and x.head.lower_ not in ("since", "until"):
            if x.i in {y.i for c in t.children if c.dep_ in ("relcl", "acl") for y in c.subtree}:
                continue  # "the summit, the first since 2016"
            return True
    return False
