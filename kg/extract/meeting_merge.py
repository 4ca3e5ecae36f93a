"""Reports of one meeting: a definite mention told again ("the summit in Paris on Monday")
lends the meeting just reported its place and date, and mentions of one set of participants
on one day in one town merge into one meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.meeting_heads import aide, countries_of, head_of_state
from kg.extract.meeting_parts import meet_subject, parties_of
from kg.extract.meeting_days import meeting_date
from kg.extract.meeting_places import meeting_place
from kg.extract.places import clause_path, date_for, is_future, sentence_date
from kg.extract.venues import townlike, venue_town
from kg.extract.visits import earlier_year, year_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["dateline_day", "described_again", "lend_followers", "merge_meetings", "refer"]



def refer(ctx: Context, t: Token, sent: Span, parts: list[str], meetings: list[Ev]) -> bool:
    """ "The meeting at the Filoli estate", "At the summit in Paris on Monday night",
    "Monday's meeting in Paris": the meeting just reported, told again; it lends its place and date."""
    if not meetings or t.tag_ == "NNS" and t.lower_ != "talks":
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in t.children)
    if not definite:
        return False
    last = next((m for m in reversed(meetings) if set(parts) <= set(m.participants)), None)
    gov = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "for") else t.head if t.dep_ == "dobj" else t
    present = last is None and _present_at(t, gov)
    if last is None and gov.lemma_.lower() in ("take", "participate", "join", "attend", "accompany"):
        last = meetings[-1]  # "the ambassadors will take part in the talks": the talks reported, not a meeting of theirs
        led = [k for k in last.participants if k in ctx.led_groups]
        named = [k for k in parts if ctx.typed(k, "Person") and k not in last.participants]
        if len(led) == 1 and len(named) >= 2 and gov.lemma_.lower() == "attend":
            # "X and opposition leaders held talks. Attending the meeting were A, B and C": the leaders named
            last.participants = [k for k in last.participants if k != led[0]] + named
            ctx.led_groups.discard(led[0])  # the group stands for its leaders now named
            last.evidence.append(ctx.sent_span(sent))
            return True
    if present and last in (None, meetings[-1]) and meetings[-1].kind != "later" \
            and sum(ctx.typed(k, "Person") for k in meetings[-1].participants) >= 2:
        # "Macron and Merkel were at the talks", "Merkel also attended the meeting": the heads present
        # take part in the talks just told (their aides do not: "Lavrov and Blinken joined the talks")
        above = t.head.head if t.dep_ == "pobj" else gov  # "A, who ..., and B were at the talks" parsed with two subjects
        heads = list(dict.fromkeys(k for k in [*parts, *(k for c in above.children if c.dep_ == "nsubj" and c.i < t.i
                                                          for k in parties_of(ctx, c))] if ctx.typed(k, "Person")))
        if heads and all(head_of_state(ctx, k) and not aide(ctx, k) for k in heads) and not ctx.in_headline(t.idx):
            last = meetings[-1]
            last.participants += [k for k in heads if k not in last.participants]
            last.evidence.append(ctx.sent_span(sent))
    if last is None:
        last = meetings[-1] if not any(ctx.typed(k, "Person") for k in parts) and not _other_states(ctx, parts, meetings[-1]) else None
    if last is None:
        return False
    if t.dep_ == "dobj" and sum(ctx.typed(k, "Person") for k in parts) >= 2 and set(parts) < set(last.participants) and any(
            ctx.typed(k, "Person") for k in set(last.participants) - set(parts)):
        return False  # "Putin and Zelensky held their first bilateral meeting": a session inside the summit held by a pair
    if t.head.lower_ in ("after", "before", "following") and t.head.head.lemma_.lower() in L.MEETING_VERBS \
            and last.anchor == t.head.head.idx:
        return True  # "will meet Putin after the G7 summit in Cornwall": another event, no place of this one
    place = meeting_place(ctx, t, sent)
    if t.head.lower_ in ("after", "before", "since", "ahead", "following", "until", "prior") or (
            t.head.lower_ in ("of", "to") and t.head.head.lower_ in ("ahead", "prior")):
        # "before the talks in Geneva": their place, not the date of what happened before them
        own = {x.i for x in t.subtree}
        d, dtxt = None, None
        if place and not any(a in own for a, _, k in ctx.mentions if k == place):
            place = None
    else:
        d, dtxt = date_for(ctx, t, sent)
        if dtxt is None and not _reported(t):
            d, dtxt = sentence_date(ctx, t, sent)
        if dtxt is not None and not _dated_by_clause(t) and not _own_phrase(ctx, t, dtxt) and not _said_of_it(ctx, t, dtxt):
            d, dtxt = None, None  # "praising the outcome of the meeting on Thursday": the day of the praise
    if d is not None and last.date is not None and d != last.date:
        return False
    town = venue_town(ctx, last.place, place)
    if place and not (town or ctx.place_contains(last.place, place) or ctx.place_contains(place, last.place)):
        return False
    if town:
        last.place = town
    elif place and (last.place is None or ctx.place_contains(last.place, place)):
        last.place = place
    if last.date is None and d is not None:
        last.date, last.date_text = d, dtxt
    if place or d:
        last.evidence.append(ctx.sent_span(sent))
    return True


def described_again(t: Token, parts: list[str], meetings: list[Ev]) -> bool:
    """ "X flew to Sochi for talks with Y. The talks are the first meeting between the two leaders": a
    meeting noun predicated of talks told again (the subject a definite meeting noun) describes the
    meeting just told of those people, it tells no other."""
    if t.dep_ != "attr" or not meetings or not set(parts) <= set(meetings[-1].participants):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in L.MEETING_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in c.children) for c in t.head.children)


def _other_states(ctx: Context, parts: list[str], last: Ev) -> bool:
    """ "A welcomed B on Tuesday. The US-Russia summit will take place at a villa": talks of states one
    of which the meeting just told does not gather (no participant stands for it) are other talks, not
    that meeting told again."""
    states = [k for k in parts if ctx.typed(k, "Country")]
    return bool(states) and not set(states) <= {c for p in last.participants for c in countries_of(ctx, p)}


def _present_at(t: Token, gov: Token) -> bool:
    """ "were at the talks", "was also present at the meeting", "attended / joined the talks": the
    subject is among those at the talks the noun tells again."""
    if gov.lemma_.lower() in ("attend", "join", "participate") or gov.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in gov.children):
        return True
    if t.dep_ != "pobj" or t.head.lower_ not in ("at", "for"):
        return False
    above = t.head.head
    return above.lemma_.lower() == "present" or above.lemma_ == "be" and t.head.lower_ == "at" and any(
        c.dep_ == "nsubj" for c in above.children)


def _reported(t: Token) -> bool:
    """ "Speaking on Thursday, X said the meeting had gone well": the meeting told inside what
    someone says, whose day is the saying's."""
    return any(a.dep_ in ("ccomp", "parataxis") and a.head.lemma_.lower() in L.SPEECH_VERBS for a in [t, *t.ancestors])


def _dated_by_clause(t: Token) -> bool:
    """Whether a meeting noun told again takes the day of its clause ("the talks ended on Monday",
    "at the summit on Monday"); not when named under another noun ("lamenting the collapse of the
    meeting") nor inside a reported clause ("said on Thursday the meeting had gone well")."""
    if _reported(t):
        return False
    return not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN")


def _said_of_it(ctx: Context, t: Token, dtxt: str) -> bool:
    """ "The meeting took place on Monday, state media said": the day told inside the reported clause of the
    meeting noun (not "X said on Thursday the meeting had gone well", the day of the saying)."""
    clause = next((a for a in [t, *t.ancestors] if a.dep_ in ("ccomp", "parataxis") and a.head.lemma_.lower() in L.SPEECH_VERBS), None)
    if clause is None:
        return False
    left, right = clause.left_edge, clause.right_edge
    return ctx.text.find(dtxt, left.idx, right.idx + len(right.text)) >= 0


def _own_phrase(ctx: Context, t: Token, dtxt: str) -> bool:
    """Whether the date phrase lies inside the meeting noun's own phrase ("the meeting on Monday",
    "Monday's talks")."""
    at = ctx.text.find(dtxt, t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text))
    return at >= 0


def _site_in_region(ctx: Context, a: str | None, b: str | None) -> str | None:
    """Of a named site ("the Vostochny Cosmodrome") and a region or country that is no town
    ("Russia's Far East", "Russia"), the site: one pair's talks told at both are one meeting."""
    if not a or not b or a == b:
        return None
    for site, other in ((a, b), (b, a)):
        rs, ro = ctx.actors[site], ctx.actors[other]
        if rs.venue and not ro.venue and (ro.type == "Country" or ro.type == "Place" and not townlike(ctx, ro.name)):
            return site
    return None


def _journey_of(ctx: Context, m: Ev, o: Ev) -> bool:
    """Whether one of the two is talks told through the journey to them ("arrived in Russia on
    Tuesday for talks with X") and the other the talks themselves, held in that country, in that
    town, at a site or with no place told ("the two met at the cosmodrome on Wednesday"): one
    meeting, on the talks' own day (none when they tell none) and at their place."""
    if (m.kind == "trip") == (o.kind == "trip") or "later" in (m.kind, o.kind):
        return False
    trip, real = (m, o) if m.kind == "trip" else (o, m)
    if trip.date is not None and trip.date == real.date:
        return False
    if trip.place is None or real.place is None or trip.place == real.place:
        return True
    return ctx.actors[trip.place].type == "Country" and (ctx.place_contains(trip.place, real.place) or ctx.actors[real.place].venue) \
        or ctx.actors[real.place].venue and venue_town(ctx, real.place, trip.place) is not None


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _later_that_day(ctx: Context, trip: Ev, real: Ev) -> bool:
    """ "X arrived in Wuhan on Friday. Y received him at the museum in the afternoon": talks told in the
    journey's sentence or the next with a part of the day ("in the afternoon", "that evening") and no day
    of their own are on the journey's day."""
    at = ctx.doc.char_span(real.anchor, real.anchor + 1, alignment_mode="expand")
    went = ctx.doc.char_span(trip.anchor, trip.anchor + 1, alignment_mode="expand")
    if trip.date is None or at is None or went is None:
        return False
    sent, before = at[0].sent, went[0].sent
    if sent.start not in (before.start, before.end):
        return False
    return any(x.lower_ in _DAY_PARTS and any(c.lower_ in ("the", "that") for c in x.children)
               and (x.head.lower_ == "in" or x.dep_ == "npadvmod") for x in sent)


def _same_town(ctx: Context, trip: Ev, real: Ev) -> bool:
    """ "X arrived in Hanoi on Monday for talks with Y. The two leaders held talks at the palace": a
    journey to the town (or site) of the talks, not to the country, dates talks that tell no day."""
    if trip.date is None or trip.place is None or ctx.actors[trip.place].type == "Country":
        return False
    return real.place is None or real.place == trip.place or venue_town(ctx, real.place, trip.place) is not None


def merge_meetings(ctx: Context, meetings: list[Ev]) -> list[Ev]:
    merged: list[Ev] = []
    for m in meetings:
        for o in merged:
            small, big = sorted((set(m.participants), set(o.participants)), key=len)
            # one set of people: a bilateral session inside a four-leader summit is its own meeting
            if (m.kind == "later") != (o.kind == "later"):
                continue
            if small == big and _journey_of(ctx, m, o):
                real, trip = (o, m) if m.kind == "trip" else (m, o)
                place = venue_town(ctx, real.place, trip.place) or real.place or trip.place
                day = real.date, real.date_text  # before the merge lends the journey's day to the talks
                if real.date is None and real.date_text is None and (_later_that_day(ctx, trip, real) or _same_town(ctx, trip, real)):
                    day = trip.date, trip.date_text  # "arrived on Friday ... X received him in the afternoon"
                ctx.absorb(o, m)
                # "joined": the talks told apart from the journey, whose day the visit does not lend them
                # (a headline, "X to meet Y", tells no talks apart: the journey's day may still be theirs)
                o.date, o.date_text, o.place = day[0], day[1], place
                o.kind = "trip" if ctx.in_headline(real.anchor) and day[0] is None else "joined"
                break
            # a minister who joins the same heads' talks adds no meeting: "A welcomed B on Tuesday ... B later held
            # talks with A and foreign minister C" (the delegation-level talks of one day)
            if small <= big and (not any(ctx.typed(p, "Person") and not aide(ctx, p) for p in big - small)
                                 or set(m.evidence) & set(o.evidence)):
                if m.date and o.date and m.date != o.date:
                    continue
                town = venue_town(ctx, m.place, o.place)
                same_day = small == big and m.date is not None and m.date == o.date  # one pair, one day: one meeting
                site = _site_in_region(ctx, m.place, o.place) if small == big else None
                if not (town or site or same_day or ctx.place_contains(m.place, o.place) or ctx.place_contains(o.place, m.place)):
                    continue
                ctx.absorb(o, m)
                if o.kind == "trip" and m.kind != "trip":
                    o.kind = m.kind  # the talks told on the journey's day: no journey left to lend another day
                o.place = town or site or o.place
                if same_day and m.place and ctx.actors[m.place].venue and not (o.place and ctx.actors[o.place].venue):
                    o.place = m.place  # "a launch site in the Far East" and "the Vostochny Cosmodrome": the site
                for p in m.participants:
                    if p not in o.participants:
                        o.participants.append(p)
                break
        else:
            merged.append(m)
    return [m for m in merged if not _states_of(ctx, m, merged)]


def _states_of(ctx: Context, m: Ev, merged: list[Ev]) -> bool:
    """ "Biden and Putin met in Geneva. Talks between Russia and the United States lasted ...": talks
    of states told beside the talks of as many of their leaders, on a compatible day and place, are
    those talks (lending them a missing day or place), not a meeting of their own."""
    if len(m.participants) < 2 or any(ctx.actors[p].type != "Country" for p in m.participants):
        return False
    names = {p: ctx.actors[p].name.lower() for p in m.participants}
    for o in merged:
        if o is m or len(o.participants) != len(m.participants) or not all(ctx.typed(p, "Person") for p in o.participants):
            continue
        if m.date and o.date and m.date != o.date or not (ctx.place_contains(m.place, o.place) or ctx.place_contains(o.place, m.place)
                                                          or venue_town(ctx, m.place, o.place)):
            continue
        leads = any(ctx.actors[p].country in names or any(n in (ctx.actors[p].role or "").lower() for n in names.values())
                    for p in o.participants)
        if leads:
            o.date, o.date_text = (o.date, o.date_text) if o.date else (m.date, m.date_text)
            o.place = o.place or m.place
            return True
    return False


# what two leaders do at their meeting, told in the next sentence ("The two leaders discussed ...")
_AT_TALKS = frozenset({"discuss", "agree", "sign", "review", "exchange", "address", "focus", "shake", "pledge", "vow",
                       "hold", "have", "tour", "visit", "inspect", "watch", "attend", "witness", "dine", "walk", "pose"})


def lend_followers(ctx: Context, merged: list[Ev]) -> None:
    """ "X met Y. The two leaders discussed the drought at State House in Nairobi on Friday": the next
    sentences, whose subject is the meeting's participants ("the two leaders", "they", "X and Y") doing
    what leaders do at talks, lend the meeting a place or a day it does not tell itself (never
    replacing one it tells: another place or day is another event)."""
    doc = ctx.doc
    for m in merged:
        if (m.place and m.date) or m.kind == "later" or len(m.participants) < 2:
            continue
        at = next((t for t in doc if t.idx >= m.anchor), None)
        if at is None:
            continue
        sent = at.sent
        for _ in range(2):
            if sent.end >= len(doc):
                break
            sent = doc[sent.end].sent
            if _lend(ctx, m, sent):
                break


def _lend(ctx: Context, m: Ev, sent: Span) -> bool:
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _AT_TALKS or ctx.in_quote[t.i] or any(
                c.dep_ == "neg" for c in t.children):
            continue
        subj = meet_subject(ctx, t)
        if subj is None or ctx.in_quote[subj.i]:
            continue
        who = parties_of(ctx, subj)
        if len(who) < 2 or not set(who) <= set(m.participants):
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children) or year_before(ctx, t):
            return True  # "the two leaders had signed a deal in 2019": an earlier time
        place = meeting_place(ctx, t, sent)
        d, dtxt = meeting_date(ctx, t, sent)
        if earlier_year(ctx, d, dtxt):
            return True
        if (d is not None and m.date is not None and d != m.date) or (
                place and m.place and place != m.place and not venue_town(ctx, m.place, place)
                and not ctx.place_contains(m.place, place) and not ctx.place_contains(place, m.place)):
            return True  # another day or place: another event
        if place and m.place is None:
            m.place = place
        if d is not None and m.date is None:
            m.date, m.date_text = d, dtxt
        if place or d:
            m.evidence.append(ctx.sent_span(sent))
        return True
    return False


def dateline_day(ctx: Context, merged: list[Ev]) -> None:
    """ "KIEV, January 22 - ... The meeting continued for more than three hours": talks the report
    tells with no day of their own, held in the dateline's town (or told with no town), are on
    the dateline's day; not talks to come ("will meet", "a summit would be held")."""
    day, dtxt = ctx.dateline_date()
    if day is None or dtxt is None:
        return
    city = ctx.dateline_place()
    for m in merged:
        if m.date is not None or m.date_text is not None or len(m.participants) < 2 or (m.place not in (None, city)):
            continue
        span = ctx.doc.char_span(m.anchor, m.anchor + 1, alignment_mode="expand")
        if span is None or ctx.in_headline(m.anchor) or is_future(ctx, clause_path(ctx, span.root)) or any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for a in (span.root, *span.root.ancestors)
                for c in a.children):
            continue
        m.date, m.date_text = day, dtxt

