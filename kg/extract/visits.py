"""Visits: a person travelling to a place, or received there by a host.

Triggers are visit verbs and nouns ("flew to Moscow", "his visit to China", "who is on a
three-day visit to China", "visiting Minister X"), hosts' verbs ("hosted", "received",
"welcomed X to"), their passives ("was welcomed by", "was received by") and a trip made
to meet someone ("will be in Kiev tomorrow to meet"). A visit with no town of its own
takes the town, date and host of the meeting its visitor attends.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, actors_of, coref, subject
from kg.extract.meeting_guests import described_guest
from kg.extract.meeting_heads import described_heads
from kg.extract.meeting_partners import body_led
from kg.extract.places import clause_path, date_for, place_for
from kg.extract.spans import VENUE_WORDS
from kg.extract.venues import in_town, named_venue, told_venue, town_of, townlike, venue_town

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["phrasal_arrival", "unnamed_guest", "in_town", "named_venue", "townlike", "venue_town", "town_of", "welcomes_guest", "visit_at", "welcomed_visits", "guest_visits", "visit_to_meet", "trip_for_talks", "crossed_into", "earlier_year", "fellow_visitors", "year_before"]

# verbs whose subject makes the visit named by their object ("paid a visit to", "began a trip to")
_UNDERTAKE = frozenset({"pay", "make", "begin", "start", "undertake", "conclude", "end", "complete", "wrap", "kick"})
_INVITE_VERBS = frozenset({"invite", "ask", "urge", "welcome", "encourage", "allow"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# a destination named by a common noun ("will be visiting the central Chinese city"): the meeting's town
_PLACE_NOUNS = frozenset({"city", "capital", "town", "country", "region", "province", "resort", "port"})
# "will be in Kiev tomorrow to meet", "flew to Moscow for talks"
_GO_VERBS = frozenset({"be", "go", "come", "travel", "fly", "head", "arrive", "return", "visit"})


def welcomes_guest(ctx: Context, t: Token) -> bool:
    """'welcomed Narendra Modi to the White House', 'greeted Kim at the cosmodrome': hosting a
    visitor, not praise."""
    if t.lemma_.lower() not in ("welcome", "greet"):
        return False
    guests = [c for c in t.children if c.dep_ == "dobj" and (ctx.typed(actor_at(ctx, c), "Person")
                                                            or c.lower_ in ("him", "her") and c.pos_ == "PRON"
                                                            or described_guest(ctx, c) or described_heads(ctx, c))]
    # "greeted his guest", "greeted the Kenyan leader": the visitor named before
    # "arrived at the base, where X welcomed him": a host at the place the guest came to
    where = any(a.dep_ == "relcl" and a.left_edge.lower_ == "where" for a in [t, *t.ancestors][:3])
    # "welcomed X to the Elysee" (the "to" phrase often parsed under the guest), "welcomed X for talks"
    return bool(guests) and (t.lemma_.lower() == "greet" or where or any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in [*t.children, *guests[0].children]) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in L.MEETING_NOUNS for p in c.children)
        for c in t.children))


def unnamed_guest(ctx: Context, t: Token) -> bool:
    """ "Pence welcomed a new top diplomat from Venezuela to the White House": a named host welcoming,
    to a place, a guest the clause only describes (no one named in the object)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in ("welcome", "receive", "greet", "host") or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
        return False
    subj = subject(ctx, t)
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if subj is None or not ctx.typed(ctx.tok_actor[subj.i], "Person") or len(objs) != 1 or objs[0].pos_ != "NOUN" \
            or objs[0].lemma_.lower() not in L.ROLE_NOUNS | {"delegation", "guest", "visitor", "diplomat", "envoy"}:
        return False
    if any(ctx.typed(ctx.tok_actor[x.i], "Person") for x in objs[0].subtree) or described_guest(ctx, objs[0]) \
            or described_heads(ctx, objs[0]) or body_led(ctx, objs[0]):
        return False  # "welcomed his guest", "greeted the Kenyan leader": the visitor named before; "a delegation of the IMF"
    return any(c.dep_ == "prep" and c.lower_ in ("to", "at", "in") for c in [*t.children, *objs[0].children])


def earlier_year(ctx: Context, d: object, dtxt: str | None = None) -> bool:
    """A date of an earlier year than the article's ("In May 2015, during his first visit"): background."""
    pub = ctx.art.published
    if pub is None:
        return False
    if isinstance(d, dt.date):
        return d.year < pub.year
    year = re.search(r"\b(1[89]|20)\d\d\b", dtxt or "")
    return year is not None and int(year.group()) < pub.year


def year_before(ctx: Context, t: Token) -> bool:
    """A year earlier than the article's on the trigger's clause ("In May 2015, during his first visit ...")."""
    pub = ctx.art.published
    if pub is None:
        return False
    path = {x.i for x in clause_path(ctx, t)}
    for x in t.sent:
        if x.like_num and _YEAR.match(x.text) and int(x.text) < pub.year:
            cur = x
            for _ in range(4):
                if cur.head.i == cur.i or cur.dep_ not in ("nummod", "pobj", "prep", "compound", "npadvmod", "appos"):
                    break
                cur = cur.head
                if cur.i in path and cur.pos_ in ("VERB", "AUX", "NOUN"):
                    if x.head.lower_ not in ("since", "until") and cur.head.lower_ not in ("since", "until"):
                        return True
                    break
    return False



def _visitor(ctx: Context, t: Token) -> str | None:
    if _attributive(t):
        cur = t.head  # "visiting External Affairs Minister Sushma Swaraj"
        while cur.dep_ == "compound" and not ctx.tok_actor[cur.i]:
            cur = cur.head
        return actor_at(ctx, cur)
    if t.pos_ == "VERB":
        subj = subject(ctx, t)
        if subj is not None and subj.lemma_.lower() in _VEHICLES and not ctx.tok_actor[subj.i]:
            # "Kim's train crossed into Russia", "the president's plane landed in Hanoi", "the armoured train of
            # X reached Y", "the train carrying X arrived in Y": its passenger
            subj = next((c for c in subj.children if c.dep_ == "poss"), None) or next(
                (p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None) or next(
                (o for c in subj.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "bring", "transport")
                 for o in c.children if o.dep_ == "dobj"), None) or next(
                (c for c in t.children if c.dep_ == "nsubj" and c.i != subj.i and any(
                    a.dep_ == "acl" and a.lemma_.lower() in ("carry", "bring", "transport") for a in subj.children)), subj)
        if subj is None and t.dep_ == "pcomp" and t.head.pos_ in ("ADP", "SCONJ") and t.head.head.pos_ in ("VERB", "AUX"):
            # "X travelled to the site after crossing into Russia": X crossed; "Upon arriving in Lima, X was
            # received by Y": X arrived
            subj = next((c for c in t.head.head.children if c.dep_ == "nsubjpass"), None) or subject(ctx, t.head.head)
        return actor_at(ctx, subj) if subj is not None else None
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    who = actor_at(ctx, poss) if poss is not None else None
    if who is None and poss is not None and poss.lower_ in ("his", "her"):
        # "making his first foreign trip": the one making it; "his third visit to Washington": the last person named
        subj = subject(ctx, t.head) if t.dep_ == "dobj" else None
        who = actor_at(ctx, subj) if subj is not None else coref(ctx, poss, ("Person",))
    if who is None and poss is None and t.dep_ == "dobj" and t.head.lemma_.lower() in _UNDERTAKE:
        subj = subject(ctx, t.head)  # "paid a visit to Rome", "began a two-day trip to Japan"
        who = actor_at(ctx, subj) if subj is not None else None
    if who is None and t.dep_ == "pobj" and (t.head.lower_ == "on" or t.head.lower_ == "for" and t.head.head.lemma_.lower() in (
            "be", "leave", "depart", "head", "set")) and t.head.head.pos_ in ("AUX", "VERB"):  # "as he left for a trip to Berlin"
        # "Modi, who is on a three-day visit to China"; "X is in Nairobi for a state visit"; "On arrival, X was greeted by Y": X
        subj = next((c for c in t.head.head.children if c.dep_ == "nsubjpass"), None) or subject(ctx, t.head.head)
        who = actor_at(ctx, subj) if subj is not None else None
    return who


# what carries a traveller: "Kim's train crossed into Russia"
_VEHICLES = frozenset({"train", "plane", "aircraft", "jet", "motorcade", "convoy", "helicopter", "airplane"})
# where a traveller gets off: "arrived at the railway station of the cosmodrome"
_GATEWAYS = frozenset({"station", "airport", "airfield", "terminal", "platform", "port", "pier", "railhead"})


def _gateway_of(ctx: Context, t: Token) -> str | None:
    """ "arrived at the railway station of the Vostochny Cosmodrome", "landed at the airport of the
    base": the site the station or airport serves is the destination; "the cosmodrome" told again
    is the venue named before with that word."""
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ not in ("at", "in"):
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.lemma_.lower() not in _GATEWAYS:
                continue
            for x in (y for q in p.children if q.dep_ == "prep" and q.lower_ == "of" for y in q.children if y.dep_ == "pobj"):
                k = ctx.tok_actor[x.i]
                if k and ctx.actors[k].type == "Place":
                    return town_of(ctx, k)
                if x.lemma_.lower() in VENUE_WORDS and any(d.lower_ == "the" for d in x.children):
                    told = [key for a, _b, key in ctx.mentions if a < x.i and ctx.actors[key].venue
                            and ctx.actors[key].name.lower().split()[-1] == x.lower_]
                    if told:
                        return told[-1]
            venue = named_venue(ctx, p, ("of",))  # "of the Vostochny Cosmodrome" the model did not tag
            if venue is not None:
                return venue
    return None


def _attributive(t: Token) -> bool:
    return t.lower_ == "visiting" and t.dep_ in ("amod", "compound") and t.head.pos_ in ("PROPN", "NOUN")


def visit_at(ctx: Context, t: Token) -> Ev | None:
    """The visit a visit verb or noun reports, if it names a person (and a place, or a town to come)."""
    if not (t.pos_ == "VERB" or t.pos_ == "NOUN" and t.lemma_.lower() in L.VISIT_NOUNS or t.lower_ == "visiting"):
        return None
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in _INVITE_VERBS:
        return None  # "Kim invited Putin to visit North Korea": an invitation, not a visit made or planned
    who = _visitor(ctx, t)
    if not ctx.typed(who, "Person"):
        return None
    sent = t.sent
    dest: str | None = None
    pending = False
    if t.lemma_.lower() in ("visit", "enter", "reach"):  # "entered Russia", "reached Khasan": the place is the object
        for c in t.children:
            k = ctx.tok_actor[c.i]
            # "visited Kyiv's Independence Square": the town that owns the site
            owner = next((o for x in c.children if x.dep_ == "poss" and (o := ctx.tok_actor[x.i]) and o != k
                          and ctx.actors[o].type == "Place" and townlike(ctx, ctx.actors[o].name)), None) if c.dep_ == "dobj" else None
            if c.dep_ == "dobj" and k and ctx.actors[k].type in ("Place", "Country"):
                dest = in_town(ctx, t, sent, town_of(ctx, k))  # "visiting the X Museum in Wuhan": the town
                dest = owner if owner and (dest is None or not townlike(ctx, ctx.actors[dest].name)) else dest
            elif c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_NOUNS:
                dest = _named_noun_place(ctx, c)  # "to visit the North Korean capital, Pyongyang"
                pending = dest is None  # "will be visiting the central Chinese city": the town of the talks
            elif owner:
                dest = owner
    if t.lemma_.lower() == "cross":
        dest = crossed_into(ctx, t)
        if dest is None:
            return None
    if dest is None and t.pos_ == "VERB":
        dest = _gateway_of(ctx, t)
    if dest is None and not _attributive(t):
        dest = in_town(ctx, t, sent, town_of(ctx, place_for(ctx, t, sent, include_to=True)) or named_venue(ctx, t))
    if dest is None and not _attributive(t):
        dest = told_venue(ctx, t)  # "Kim's arrival at the cosmodrome": the site named before
    if dest is None and not _attributive(t):  # "arrived in the central Chinese city": the one named before
        dest = next((k for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")
                     for p in c.children if p.dep_ == "pobj" and (k := described_town(ctx, p))), None)
    if dest is None and not (pending or _attributive(t) or t.lemma_.lower() == "arrive" and t.pos_ == "VERB"):
        return None
    d, dtxt = date_for(ctx, t, sent)
    scope = _shift_scope(t)
    if d is not None and scope is not None and not _inside(ctx, scope, sent, dtxt):
        d, dtxt = None, None  # "spoke to Biden on Sunday ahead of his visit to Moscow": the day of the call
    if earlier_year(ctx, d, dtxt) or year_before(ctx, t):
        return None
    host = None
    for c in t.children:  # "at the invitation of President Xi"
        if c.dep_ == "prep" and c.lower_ == "at":
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ == "invitation":
                    host = next((actor_at(ctx, x) for q in p.children if q.lower_ == "of"
                                 for x in q.children if x.dep_ == "pobj" and ctx.typed(actor_at(ctx, x), "Person")), None)
    # a stay ("his two-day visit", "visiting Minister X") spans days: it takes no date from its talks
    stay = t.pos_ == "NOUN" and t.lemma_.lower() != "arrival" or _attributive(t)  # "upon his arrival": the day he came
    return Ev("Visit", [ctx.sent_span(sent)], participants=[who], place=dest, date=d, date_text=dtxt,  # type: ignore[list-item]
              anchor=t.idx, host=host, kind="stay" if stay else "entry" if t.lemma_.lower() in ("cross", "enter", "reach") else None)


def _named_noun_place(ctx: Context, noun: Token) -> str | None:
    """The town a place noun names: its apposition ("the North Korean capital, Pyongyang"), or
    for a capital, the one of the country its demonym or possessor names ("the South Korean capital")."""
    for c in noun.children:
        k = ctx.tok_actor[c.i] if c.dep_ == "appos" else None
        if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue:
            return k
    if noun.lower_ != "capital":
        return None
    for c in noun.children:
        if c.dep_ not in ("amod", "compound", "poss"):
            continue
        owner = ctx.tok_actor[c.i] if c.dep_ == "poss" else None  # "Ukraine's capital"
        country = owner if owner and ctx.actors[owner].type == "Country" else ctx.gaz.by_demonym.get(c.text.lower()) \
            or ctx.gaz.by_demonym.get(ctx.doc[c.left_edge.i:c.i + 1].text.lower())
        if country:
            ctx.ensure_country(country)
            return ctx.capital_of(country)
    return None


_TOWN_NOUNS = frozenset({"city", "town", "resort", "port"})


def described_town(ctx: Context, noun: Token) -> str | None:
    """ "arrived in the central Chinese city", "flew to the Russian Black Sea resort": a town told by
    its country's demonym, the last town of that country the text named before (outside quotations)."""
    if noun.lemma_.lower() not in _TOWN_NOUNS or any(c.dep_ in ("appos", "prep") for c in noun.children):
        return None  # "the city of Mombasa", "the port city, Mombasa": named in the phrase itself
    country = next((k for c in noun.lefts if c.dep_ in ("amod", "compound")
                    for k in (ctx.gaz.by_demonym.get(ctx.doc[c.left_edge.i:c.i + 1].text.lower()), ctx.gaz.by_demonym.get(c.lower_))
                    if k), None)
    if country is None:
        return None
    towns = [k for a, _b, k in ctx.mentions if a < noun.i and not ctx.in_quote[a] and ctx.actors[k].type == "Place"
             and not ctx.actors[k].venue and ctx.actors[k].country in (country, None) and townlike(ctx, ctx.actors[k].name)]
    return towns[-1] if towns else None  # the gazetteer's town of that country, or one it does not know ("Wuhan")


# a vehicle's arrival told by a phrasal verb: "the plane touched down", "the train pulled into / rolled into
# the station", "the motorcade pulled up at the palace"
_PHRASAL_ARRIVALS = {"touch": ("down",), "pull": ("in", "into", "up"), "roll": ("in", "into")}


def phrasal_arrival(t: Token) -> bool:
    """ "X's plane touched down in Hanoi", "X's train pulled into the station", "rolled into Hanoi" (a vehicle
    that pulls or rolls in: not "the party pulled in votes")."""
    parts = _PHRASAL_ARRIVALS.get(t.lemma_.lower()) if t.pos_ == "VERB" else None
    if not parts or not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in parts for c in t.children):
        return False
    return t.lemma_.lower() == "touch" or any(c.dep_ == "nsubj" and c.lemma_.lower() in _VEHICLES for c in t.children)


def crossed_into(ctx: Context, t: Token) -> str | None:
    """ "crossed into Russia", "after crossing into Russian territory": the country entered."""
    if t.pos_ != "VERB" or t.lemma_.lower() != "cross":
        return None
    for c in t.children:
        if c.dep_ != "prep" or c.lower_ != "into":
            continue
        for p in c.children:
            k = ctx.tok_actor[p.i] if p.dep_ == "pobj" else None
            if k and ctx.actors[k].type in ("Country", "Place") and not ctx.actors[k].venue:
                return k
            if p.dep_ == "pobj" and p.lemma_.lower() in ("territory", "airspace", "waters"):
                key = next((ctx.gaz.by_demonym[m.lower_] for m in p.children if m.lower_ in ctx.gaz.by_demonym), None)
                if key is not None:
                    ctx.ensure_country(key)
                    return key if key in ctx.actors else None
    return None


def fellow_visitors(ctx: Context, t: Token, v: Ev) -> list[Ev]:
    """ "A and B arrived in Geneva on Tuesday": a visit of each person the visit verb's subject
    conjoins, at the first one's town and day."""
    subj = subject(ctx, t) if t.pos_ == "VERB" and t.tag_ != "VBG" and not _attributive(t) else None
    if subj is None or ctx.in_quote[subj.i]:
        return []
    rec = ctx.actors[v.place] if v.place else None
    own = {x.i for x in subj.subtree}
    lands = {v.place if rec.type == "Country" else rec.country} if rec is not None else set()
    lands |= {k for a, _b, k in ctx.mentions if t.sent.start <= a < t.sent.end and a not in own and ctx.actors[k].type == "Country"}
    out: list[Ev] = []
    for c in subj.conjuncts:
        k = actor_at(ctx, c)
        # "Kim and Putin arrived at the cosmodrome in Russia": the host is at home, no visitor
        if k is not None and ctx.typed(k, "Person") and k not in v.participants and all(k not in o.participants for o in out) \
                and ctx.actors[k].country not in lands - {None}:
            out.append(Ev("Visit", list(v.evidence), participants=[k], place=v.place, date=v.date,
                          date_text=v.date_text, anchor=v.anchor, host=v.host, kind=v.kind))
    return out


_SHIFTS = frozenset({"after", "before", "following", "since", "until", "ahead", "prior"})


def _shift_scope(t: Token) -> Token | None:
    """The "after"/"before"/"ahead of" phrase a visit noun heads ("ahead of his visit to Moscow")."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj":
        return None
    prep = t.head
    if prep.lower_ in ("of", "to") and prep.head.lower_ in ("ahead", "prior"):
        prep = prep.head
    return prep if prep.lower_ in _SHIFTS else None


def _inside(ctx: Context, scope: Token, sent: Span, dtxt: str | None) -> bool:
    """Whether the date phrase lies inside the phrase ``scope`` heads."""
    at = ctx.text.find(dtxt, sent.start_char, sent.end_char) if dtxt else -1
    lo, hi = scope.left_edge.idx, scope.right_edge.idx + len(scope.right_edge.text)
    return at >= 0 and lo <= at < hi


def welcomed_visits(ctx: Context, t: Token) -> list[Ev]:
    """ "Modi was welcomed by Xi at the museum", "The two men were welcomed to the villa by
    the Swiss president": a visit of each guest, hosted by the welcoming person."""
    sent = t.sent
    guests: list[str] = []
    for c in t.children:
        if c.dep_ == "nsubjpass":
            guests += actors_of(ctx, c)
    if t.dep_ in ("acl", "relcl") and not guests:
        guests += actors_of(ctx, t.head)
    if t.dep_ == "conj" and not guests:  # "The two leaders arrived at the villa and were received by X"
        subj = subject(ctx, t.head)
        guests += actors_of(ctx, subj) if subj is not None else []
    host = None
    for c in t.children:
        if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by":
            host = next((k for p in c.children if p.dep_ == "pobj" for k in actors_of(ctx, p) if ctx.typed(k, "Person")), None)
    for x in t.subtree:  # "welcomed to the villa by Swiss President Guy Parmelin" parsed under the villa
        if host is None and x.lower_ == "by" and x.dep_ == "prep":
            host = next((k for p in x.children if p.dep_ == "pobj" for k in actors_of(ctx, p) if ctx.typed(k, "Person")), None)
    d, dtxt = date_for(ctx, t, sent)
    if earlier_year(ctx, d, dtxt) or year_before(ctx, t):
        return []
    place = in_town(ctx, t, sent, town_of(ctx, place_for(ctx, t, sent, include_to=True)) or named_venue(ctx, t))
    return [Ev("Visit", [ctx.sent_span(sent)], participants=[g], place=place, date=d, date_text=dtxt, anchor=t.idx, host=host)
            for g in dict.fromkeys(guests) if ctx.typed(g, "Person") and g != host]


def guest_visits(ctx: Context, t: Token, ev: Ev) -> list[Ev]:
    """ "Putin hosted Kim at the cosmodrome", "Lula welcomed Maduro to Brasilia": the guest's visit."""
    if not (t.lemma_.lower() in ("host", "receive") or welcomes_guest(ctx, t)):
        return []
    subj = subject(ctx, t)
    host = actor_at(ctx, subj) if subj is not None else None
    out = []
    for c in t.children:
        if c.dep_ == "dobj":
            for guest in actors_of(ctx, c):
                if guest != host and ctx.typed(guest, "Person"):
                    out.append(Ev("Visit", list(ev.evidence), participants=[guest], place=ev.place,
                                  date=ev.date, date_text=ev.date_text, anchor=t.idx, host=host))
    return out


def trip_for_talks(ctx: Context, t: Token) -> Ev | None:
    """ "decided to go to Moscow for direct talks", "headed to Doha for talks": the subject's journey
    to the town of talks told with no one across the table (the talks are those of the trip)."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "pobj" or t.head.lower_ != "for":
        return None
    head = t.head.head
    if head.lemma_.lower() not in ("go", "come", "head", "return") or head.pos_ != "VERB":
        return None
    subj = subject(ctx, head)
    who = actor_at(ctx, subj) if subj is not None else None
    if not ctx.typed(who, "Person"):
        return None
    sent = t.sent
    place = town_of(ctx, place_for(ctx, head, sent, include_to=True))
    if place is None or not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        return None
    d, dtxt = date_for(ctx, head, sent)
    if earlier_year(ctx, d, dtxt) or year_before(ctx, head):
        return None
    # a journey told by its purpose spans the trip: it takes no day from its talks
    return Ev("Visit", [ctx.sent_span(sent)], participants=[who], place=place, date=d, date_text=dtxt,  # type: ignore[list-item]
              anchor=head.idx, kind="stay")


def visit_to_meet(ctx: Context, t: Token, ev: Ev) -> Ev | None:
    """ "Macron, who will be in Kiev tomorrow to meet Zelensky", "was in Moscow for talks with Putin",
    "came to Rome to hold talks with X": the subject visits the town, the other hosts."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.pos_ in ("VERB", "AUX"):
        head = t.head.head
    else:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj":
            t = t.head  # "to hold talks with X"
        head = t.head
        if t.dep_ not in ("advcl", "xcomp"):
            return None
    if head.lemma_.lower() not in _GO_VERBS or t.pos_ == "VERB" and t.lemma_.lower() in ("greet", "welcome", "receive", "host"):
        return None  # "X was at the airport to greet Y": X hosts
    subj = subject(ctx, head)
    who = actor_at(ctx, subj) if subj is not None else None
    if not ctx.typed(who, "Person") or who not in ev.participants:
        return None
    sent = t.sent
    place = town_of(ctx, place_for(ctx, head, sent, include_to=True))
    if place is None:
        return None
    d, dtxt = date_for(ctx, head, sent)
    others = [p for p in ev.participants if p != who]
    return Ev("Visit", list(ev.evidence), participants=[who], place=place, date=d or ev.date,
              date_text=dtxt if d else ev.date_text, anchor=t.idx, host=others[0] if len(others) == 1 else None)
