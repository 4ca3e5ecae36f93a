"""Protests and detentions: one event per protest cue, with its date, place, organiser and counts.

Each protest word or protest clause (:mod:`kg.extract.protest_cues`) makes a protest with
the date and place of its clause (:mod:`kg.extract.protest_places`); head counts,
detentions and deaths attach to the nearest protest word of their sentence
(:mod:`kg.extract.counts`); reports of one gathering merge (:mod:`kg.extract.protest_merge`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.lexicon import NUMBER_WORDS
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, subject
from kg.extract.dates import resolve_date
from kg.extract.counts import count_role, find_counts, governing_verb
from kg.extract.participants import protest_participants
from kg.extract.places import clause_path, date_for, own_time, place_for, place_mentions, sentence_date
from kg.extract.protest_cues import (CAUSE_VERBS, ERUPT_VERBS, PLAN_VERBS, date_head, is_protest, nationwide, not_an_event,
                                     present_date, street_clash)
from kg.extract.protest_merge import merge_protests
from kg.extract.protest_places import seat_capital, split_town_lists, conj_places, included_towns, object_places, place_countries, shaped_town, town_of_venue
from kg.extract.town_lists import town_at, town_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["find_protests"]


def find_protests(ctx: Context) -> None:
    doc = ctx.doc
    protests: list[Ev] = []
    split_town_lists(ctx)
    place_countries(ctx)
    counts = find_counts(ctx)
    cues = {sent.start: [t for t in sent if is_protest(ctx, t)] for sent in doc.sents}
    story = any(cues.values())
    for sent in doc.sents:
        # "clashes also broke out in Chattogram": street clashes of a report of protests, in a town
        clashes = [t for t in sent if story and street_clash(ctx, t)
                   and (_town(ctx, town_of_venue(ctx, place_for(ctx, t, sent, include_to=False), sent))
                        or (ctx.home_country is not None and nationwide(t)))]  # "killed in clashes across the country"
        found = cues[sent.start] + clashes
        triggers = sorted((t for t in found if not not_an_event(ctx, t)), key=lambda t: t.i)
        line_end = ctx.text.find("\n", sent.start_char + len(sent.text.rstrip()))
        if _CREDITED_CAPTION.search(ctx.text[sent.start_char: line_end if line_end >= 0 else len(ctx.text)].strip()):
            triggers = []  # "... in Dhaka, Bangladesh, July 16, 2024. — Reuters": a photo caption
        sent_counts = [c for c in counts if sent.start <= c[0].i < sent.end]
        used_counts: set[int] = set()
        for t in triggers:
            d, dtxt = _own_date(ctx, t, sent) or _days_apart(ctx, t, sent) or date_for(ctx, t, sent)
            if dtxt is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children):
                d, dtxt = sentence_date(ctx, t, sent)  # not "the protests": they were reported before
                if _planned(ctx, sent, dtxt, t):
                    d, dtxt = None, None  # "are calling for X and have vowed to rally again on July 12"
            head = _date_head(ctx, sent, dtxt)
            if head is not None and head.lower_ == "since":
                continue  # "since last Friday thousands have taken part in protests": a span, not a day
            if _said_on(ctx, sent, dtxt, t):
                d, dtxt = None, None  # "killed during protests overnight, police said on Thursday"
            elif dtxt is None:
                d, dtxt = present_date(ctx, t)
            if dtxt is not None and _amid(t) and not any(dtxt in x.text for x in t.subtree if x.ent_type_ == "DATE"):
                d, dtxt = None, None  # "declared an emergency on Monday amid protests": the wave, not that day's
            place = place_for(ctx, t, sent, include_to=False, exclude=_others_places(ctx, t, triggers, sent))
            if t.lower_ == "streets":  # "on the streets of Chattogram, Rangpur and Cumilla"
                place = next((k for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                              if (k := ctx.tok_actor[p.i]) and ctx.actors[k].type in ("Place", "Country")), place)
            if place is None or ctx.typed(place, "Country"):
                place = _crowd_town(ctx, t) or place  # "protesters in Lilongwe, Blantyre and Mzuzu marched"
            place = town_of_venue(ctx, place, sent)
            place = _district_town(ctx, place, sent)
            obj_places = object_places(ctx, t)
            if place is None and obj_places:
                place = obj_places[0]
            if place is None:
                place = _subject_town(ctx, t) or _swept_country(ctx, t) or _dangling_in(ctx, t)
            if place is None:
                place = shaped_town(ctx, t, clause_path(ctx, t)) or (None if nationwide(t) else seat_capital(ctx, t))
            ends = _from_to_towns(ctx, t) if place is None else []
            if ends:  # "joined hands from Tripoli to Tyre": both towns the gathering reached
                place = ends[0]
            if place is not None and nationwide(t) and _included(ctx, place, sent):
                place = None  # "blocked roads across the country, including in Lusaka": the country's day and its towns
            across = _across_country(ctx, t)
            town_too = place if across and place is not None and _town(ctx, place) else None
            if across:  # "protests erupted across Georgia on Sunday, with the largest in Tbilisi"
                place = across
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ == "NOUN"
            if place is None and not (plural and d is None) and not nationwide(t):
                place = _sentence_town(ctx, t, sent)  # "In Jerusalem, police drove off protesters who rallied ..."
            ev = Ev("Protest", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=t.idx)
            ev.generic = (plural or own_time(ctx, clause_path(ctx, t))) and d is None and (
                place is None or ctx.actors[place].type == "Country")  # "who took to the streets this month": the wave
            if nationwide(t) and ctx.home_country and (place is None or ctx.actors[place].type == "Country"):
                ev.place = place or ctx.home_country
                ctx.ensure_country(ctx.home_country)
                ev.generic = False
            if ev.generic and t.dep_ == "dobj" and t.head.lemma_.lower() in CAUSE_VERBS:
                ev.kind = "caused"  # "the vote prompted mass protests": a wave reported as an event
            if (ev.generic and t.dep_ == "nsubj" and t.head.lemma_.lower() in ERUPT_VERBS and ctx.home_country
                    and (place is None or place == ctx.home_country) and not own_time(ctx, clause_path(ctx, t))):
                # "protests broke out in several cities across Pakistan": the national day (but
                # "the demonstrations erupted last month": how the movement began)
                ev.generic, ev.place = False, ctx.home_country
                ctx.ensure_country(ctx.home_country)
            ev.organizer = _organizer(ctx, t)
            ev.participants = protest_participants(ctx, t, sent)
            for tok, phrase, value in sent_counts:
                if tok.i in used_counts:
                    continue
                role = count_role(ctx, tok, t, triggers)
                if role:
                    ev.counts.setdefault(role, (value, phrase))
                    used_counts.add(tok.i)
            protests.append(ev)
            extras = included_towns(ctx, t, clause_path(ctx, t)) if ev.place is None or ctx.typed(ev.place, "Country") else []
            if town_too is not None:
                extras.append(town_too)
            extras += ends[1:]
            if ctx.typed(ev.place, "Country"):
                extras += _from_to_towns(ctx, t)
            if place is not None:
                extras += [*conj_places(ctx, place, sent), *[k for k in obj_places if k != place]]
                if ctx.home_country and _and_other_towns(ctx, place, sent):
                    extras.append(ctx.home_country)  # "the streets of Bogota and other cities": the country's day too
                    ctx.ensure_country(ctx.home_country)
            made = [ev]
            if extras:
                for extra in dict.fromkeys(extras):
                    twin = Ev("Protest", list(ev.evidence), place=extra, date=d, date_text=dtxt, anchor=t.idx)
                    twin.participants = list(ev.participants)
                    protests.append(twin)
                    made.append(twin)
            day2, txt2 = _and_day(ctx, sent, dtxt) if d is not None else (None, None)
            for e in made if day2 is not None else []:  # "rallied in Moscow on Saturday and Sunday": each day's
                again = Ev("Protest", list(e.evidence), place=e.place, date=day2, date_text=txt2, anchor=t.idx)
                again.participants = list(e.participants)
                protests.append(again)
        # detentions reported without a protest word in the same sentence
        for tok, phrase, value in sent_counts:
            if tok.i in used_counts:
                continue
            verb = governing_verb(ctx, tok)
            if (verb is not None and verb.lemma_.lower() in L.DEATH_VERBS and protests
                    and _town(ctx, town := place_for(ctx, verb, sent, include_to=False))):
                # "four more people were killed in the city of Amara": in a report of protests, that town's protest
                d, dtxt = date_for(ctx, verb, sent)
                if _said_on(ctx, sent, dtxt, verb):
                    d, dtxt = None, None
                ev = Ev("Protest", [ctx.sent_span(sent)], place=town, date=d, date_text=dtxt, anchor=verb.idx)
                ev.counts["death_count"] = (value, phrase)
                protests.append(ev)
                continue
            noun = tok.head if tok.dep_ == "nummod" else tok
            if (protests and ctx.home_country and noun.pos_ == "NOUN" and noun.lemma_.lower() in _ARREST_NOUNS
                    and nationwide(noun)):
                # "more than 4,500 arrests took place across the country": the national day's figure
                d, dtxt = date_for(ctx, noun, sent)
                ev = Ev("Protest", [ctx.sent_span(sent)], place=ctx.home_country, date=d, date_text=dtxt,
                        anchor=noun.idx)
                ev.counts["detained_count"] = (value, phrase)
                ctx.ensure_country(ctx.home_country)
                protests.append(ev)
                continue
            share = verb is None or verb.lemma_.lower() not in L.DETAIN_VERBS
            if share:  # "the figure included 469 people detained in Moscow"
                verb = _detained_by(tok)
            if verb is not None and verb.lemma_.lower() in L.DETAIN_VERBS:
                d, dtxt = date_for(ctx, verb, sent)
                if _said_on(ctx, sent, dtxt, verb):
                    d, dtxt = None, None  # "police detained 44 people in Paris, the minister said on Friday"
                place = place_for(ctx, verb, sent, include_to=False)
                national = nationwide(verb) and ctx.home_country and (place is None or _including(ctx, verb, place))
                if share and not (protests and _town(ctx, place)):
                    continue
                if protests and (national or _town(ctx, place)):
                    # "police detained 2,737 people nationwide": the national day's figure; "the figure
                    # included 469 people detained in Moscow": the protest in that town
                    where = ctx.home_country if national else place
                    ev = Ev("Protest", [ctx.sent_span(sent)], place=where, date=d, date_text=dtxt, anchor=verb.idx)
                    ev.counts["detained_count"] = (value, phrase)
                    if national:
                        ctx.ensure_country(ctx.home_country)  # type: ignore[arg-type]
                    protests.append(ev)
                    continue
                det = Ev("Detention", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=verb.idx)
                det.counts["detained_count"] = (value, phrase)
                for c in counts:
                    if sent.start <= c[0].i < sent.end and c[0].i != tok.i:
                        v2 = governing_verb(ctx, c[0])
                        if v2 is not None and v2.lemma_.lower() in L.DEATH_VERBS:
                            det.counts.setdefault("death_count", (c[2], c[1]))
                subj = subject(ctx, verb)
                if subj is not None and actor_at(ctx, subj):
                    det.participants.append(actor_at(ctx, subj))  # type: ignore[arg-type]
                ctx.events.append(det)
    ctx.events += merge_protests(ctx, protests)



# "... in Dhaka, Bangladesh, July 16, 2024. — Reuters", "... on a highway north of Beirut.—AFP": a photo caption
_CREDITED_CAPTION = re.compile(r"(?:(?:19|20)\d\d\.?\s*[\u2014\u2013-]|\.\s*[\u2014\u2013])\s*(?:Reuters|AFP|AP|EPA|EFE|Getty Images)\.?$")
_ARREST_NOUNS = frozenset({"arrest", "detention"})


def _others_places(ctx: Context, t: Token, triggers: list[Token], sent: Span) -> set[str]:
    """Places named inside the phrase of another protest noun below ``t`` ("gathered in Arequipa,
    after a march in Lima": Lima is the march's), unless ``t``'s own clause names them too."""
    inner = {x.i for o in triggers if o.i != t.i and o.pos_ == "NOUN" and t in o.ancestors for x in o.subtree}
    if not inner:
        return set()
    keys = {k for a, _b, k in ctx.mentions if sent.start <= a < sent.end and a in inner}
    return keys - {k for a, _b, k in ctx.mentions if sent.start <= a < sent.end and a not in inner}


def _own_date(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None] | None:
    """The date phrase of a protest noun's own phrase ("gathered on Sunday, after a march in Lima on
    Saturday": the march is Saturday's), before the date of the verb its phrase hangs on."""
    if t.pos_ != "NOUN":
        return None
    for d, span in ctx.dates:
        root = span.root
        prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
        if sent.start <= span.start < sent.end and prep is not None and prep.lower_ == "on" and (
                prep.head.i == t.i or _finite_acl(prep.head, t)):
            return resolve_date(d, ctx.art.published), ctx.text[d.start:d.end]
    return None


def _days_apart(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None] | None:
    """ "police deployed on Monday, a day after rioters stormed Congress": a clause told a
    number of days after (or before) the dated clause it hangs on took place that many days
    earlier (or later)."""
    verb = next((v for v in [t, *list(t.ancestors)[:3]] if v.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    days = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    if mark is None or days is None:
        return None
    num = next((c for c in days.children if c.dep_ in ("det", "nummod")), None)
    n = 1 if num is None or num.lower_ in ("a", "one") else int(num.text) if num.text.isdigit() else \
        NUMBER_WORDS.get(num.lower_) if num.lower_ in NUMBER_WORDS else None
    if not n:
        return None
    d, _dtxt = date_for(ctx, verb.head, sent)
    if d is None:
        return None
    shift = dt.timedelta(days=n if mark.lower_ == "after" else -n)
    return d - shift, ctx.doc[days.left_edge.i: mark.i + 1].text


def _and_day(ctx: Context, sent: Span, dtxt: str | None) -> tuple[dt.date | None, str | None]:
    """The second day of "on Saturday and Sunday": a date phrase joined by "and" to ``dtxt``."""
    found = [(d, sp) for d, sp in ctx.dates if sent.start <= sp.start < sent.end]
    for (d1, _s1), (d2, _s2) in zip(found, found[1:]):
        if ctx.text[d1.start:d1.end] == dtxt and ctx.text[d1.end:d2.start] in (" and ", ", and "):
            day = resolve_date(d2, ctx.art.published)
            return (day, ctx.text[d2.start:d2.end]) if day is not None else (None, None)
    return None, None


def _finite_acl(v: Token, t: Token) -> bool:
    """ "The protests left one dead on March 4": a past-tense verb the parser hung on the protest
    noun as a clause of it, when it is the sentence's main verb."""
    return v.dep_ == "acl" and v.head.i == t.i and v.tag_ == "VBD" and t.dep_ == "ROOT"


def _sentence_town(ctx: Context, t: Token, sent: Span) -> str | None:
    """The one town a sentence names, for a protest word whose clause names none."""
    towns = {town_of_venue(ctx, k, sent) for a, b, k in ctx.mentions
             if sent.start <= a < sent.end and not ctx.in_quote[a] and ctx.actors[k].type == "Place"}
    towns = {k for k in towns if _town(ctx, k)}
    return towns.pop() if len(towns) == 1 else None



def _and_other_towns(ctx: Context, place: str, sent: Span) -> bool:
    """ "in Bogota and other cities": a town named with others left unnamed."""
    return any(c.lower_ in ("cities", "towns") and any(a.lower_ == "other" for a in c.children)
               and not any(a.dep_ in ("amod", "compound") and a.text[:1].isupper() and ctx.gaz.by_demonym.get(a.lower_) != ctx.home_country
                           for a in c.children)
               for a, b, k in ctx.mentions if k == place and sent.start <= a < sent.end
               for c in ctx.doc[a:b].root.conjuncts)  # not "Barcelona and other Catalan towns": the region's


def _district_town(ctx: Context, place: str | None, sent: Span) -> str | None:
    """ "in the city's southern Shengavit district": the district of the town named before it."""
    for a, b, k in ctx.mentions:
        if k != place or not sent.start <= a < sent.end:
            continue
        root = ctx.doc[a:b].root
        if root.dep_ == "compound" and root.head.lower_ in ("district", "neighbourhood", "neighborhood", "suburb") and any(
                c.dep_ == "poss" and c.lower_ in ("city", "capital", "town") for c in root.head.children):
            towns = [k2 for a2, _b2, k2 in ctx.mentions if a2 < a and k2 != place and _town(ctx, k2)
                     and not ctx.in_headline(ctx.doc[a2].idx)]
            return towns[-1] if towns else place
    return place


def _town(ctx: Context, key: str | None) -> bool:
    """Whether ``key`` is a town (a place that is no venue)."""
    return key is not None and ctx.actors[key].type == "Place" and not ctx.actors[key].venue


def _detained_by(tok: Token) -> Token | None:
    """ "469 people detained in Moscow": the participle that tells what befell the counted people."""
    return next((c for c in tok.head.children if c.dep_ == "acl" and c.lemma_.lower() in L.DETAIN_VERBS), None)


def _included(ctx: Context, place: str, sent: Span) -> bool:
    """Whether the sentence names ``place`` only as an example ("including in Lusaka")."""
    found = [ctx.doc[a] for a, _b, k in ctx.mentions if k == place and sent.start <= a < sent.end]
    return bool(found) and all(any(x.lower_ == "including" and x.dep_ == "prep" for x in tok.ancestors) for tok in found)


def _from_to_towns(ctx: Context, t: Token) -> list[str]:
    """The towns that bound a country's day: "protests were held across Zambia, from Kasama in the
    north to Kabwe in the center" (a "from" and a "to" of the protest's verb, both towns)."""
    verb = t if t.pos_ == "VERB" else t.head
    found: dict[str, str] = {}
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to")]
    preps += [x for c in preps if c.lower_ == "from" for x in c.children if x.dep_ == "prep" and x.lower_ == "to"]
    for c in preps:  # "from Ndola to Kitwe", the "to" hung on the "from"
        for p in (p for p in c.children if p.dep_ == "pobj"):
            k = ctx.tok_actor[p.i]
            if (k is None or ctx.actors[k].type != "Place") and p.pos_ == "PROPN" and not ctx.in_quote[p.i] \
                    and town_country(ctx, p.text) is not None:
                k = town_at(ctx, p)  # a town of the country the model read as a name
            if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and not ctx.in_quote[p.i]:
                found.setdefault(c.lower_, k)
    return list(found.values()) if len(found) == 2 else []


def _across_country(ctx: Context, t: Token) -> str | None:
    """The country a protest spreads over: "protests erupted across Georgia", "rallies throughout Chile"."""
    heads = [t, t.head] if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") else [t]
    if t.pos_ == "VERB":  # "roads across Lebanon were blocked by protesters"
        heads += [c for c in t.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("across", "throughout"):
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    k = ctx.tok_actor[p.i]
                    if k and ctx.actors[k].type == "Country" and not ctx.in_quote[p.i]:
                        return k
    return None


def _crowd_town(ctx: Context, t: Token) -> str | None:
    """The town where the subject of a protest verb is ("protesters in Lilongwe marched ...")."""
    if t.pos_ != "VERB":
        return None
    caps = {a: k for a, _b, k in place_mentions(ctx, t.sent) if ctx.doc[a].lower_ == "capital"}
    for s in (c for c in t.children if c.dep_ == "nsubj"):
        for p in (p for c in s.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
            k = ctx.tok_actor[p.i] or caps.get(p.i)  # "demonstrators in the capital clashed with police"
            if k and ctx.actors[k].type == "Place" and not ctx.in_quote[p.i]:
                return k
    return None


def _swept_country(ctx: Context, t: Token) -> str | None:
    """ "Protests swept Ghana on Sunday", "demonstrations rocked Lebanon": the country the protest
    noun's verb acts on (its national day)."""
    if t.pos_ != "NOUN" or t.dep_ != "nsubj" or t.head.lemma_.lower() not in ERUPT_VERBS | _HIT_VERBS:
        return None
    for c in t.head.children:
        k = ctx.tok_actor[c.i]
        if c.dep_ == "dobj" and k and ctx.actors[k].type == "Country":
            return k
        if c.dep_ == "dobj" and c.lower_ in ("cities", "towns") and ctx.home_country and any(
                a.dep_ == "amod" and ctx.gaz.by_demonym.get(a.lower_) == ctx.home_country for a in c.children):
            return ctx.home_country  # "protests swept Russian cities"
    return None


_HIT_VERBS = frozenset({"rock", "hit", "grip", "sweep", "engulf", "shake", "paralyse", "paralyze", "roil", "rattle"})


def _dangling_in(ctx: Context, t: Token) -> str | None:
    """ "while in Kumasi youths barricaded roads": an "in" the parser left without its object, the
    town named right after it (read as a modifier of the subject)."""
    if t.pos_ != "VERB":
        return None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "in" and not any(x.dep_ == "pobj" for x in c.children) \
                and c.i + 1 < len(ctx.doc):
            k = ctx.tok_actor[c.i + 1]
            if k and ctx.actors[k].type == "Place" and not ctx.in_quote[c.i + 1]:
                return k
    return None


def _subject_town(ctx: Context, t: Token) -> str | None:
    """ "Police in Algiers fired tear gas to disperse protesters": the town of whoever acts
    on the protest, for a protest word that names none."""
    for cur in _heads(t, 6):
        if cur.pos_ in ("VERB", "AUX"):
            for s in cur.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    for p in (p for c in s.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children):
                        k = ctx.tok_actor[p.i]
                        if k and not ctx.in_quote[p.i] and (ctx.actors[k].type == "Place" or (
                                ctx.actors[k].type == "Country" and s.lower_ in ("cities", "towns", "provinces"))):
                            return k  # "several cities in Colombia woke up with protests": the country's day
    return None


def _heads(t: Token, n: int) -> list[Token]:
    """``t`` and up to ``n`` of its heads."""
    out = [t]
    while len(out) <= n and out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _including(ctx: Context, verb: Token, place: str) -> bool:
    """ "detained 2,737 people nationwide, including 681 in Moscow": the town is a share of the figure."""
    return any(t.dep_ == "prep" and t.lower_ == "including" and any(ctx.tok_actor[x.i] == place for x in t.subtree)
               for t in verb.subtree)


def _date_head(ctx: Context, sent: Span, dtxt: str | None) -> Token | None:
    """The word the date phrase ``dtxt`` of ``sent`` hangs on ("since", a verb)."""
    if dtxt is None:
        return None
    for d, span in ctx.dates:
        if sent.start <= span.start < sent.end and ctx.text[d.start:d.end] == dtxt:
            return date_head(span)
    return None


def _said_on(ctx: Context, sent: Span, dtxt: str | None, t: Token) -> bool:
    """Whether the date phrase ``dtxt`` dates a speech verb whose reported clause holds ``t``:
    "killed during protests overnight, police said on Thursday" tells the day of the saying."""
    head = _date_head(ctx, sent, dtxt)
    return head is not None and head.i != t.i and head.lemma_.lower() in L.SPEECH_VERBS and t.i in {
        x.i for c in head.children if c.dep_ in ("ccomp", "parataxis") for x in c.subtree}


def _planned(ctx: Context, sent: Span, dtxt: str | None, t: Token) -> bool:
    """Whether the date phrase ``dtxt`` of ``sent`` dates a plan that ``t`` is not part of: a verb
    of intention ("vowed", "plan", "called for") governs the date but not ``t``."""
    if dtxt is None:
        return False
    own = {a.i for a in [t, *t.ancestors]}
    for d, span in ctx.dates:
        if sent.start <= span.start < sent.end and ctx.text[d.start:d.end] == dtxt:
            return any(a.i not in own and a.pos_ == "VERB" and a.lemma_.lower() in PLAN_VERBS for a in span.root.ancestors)
    return False


def _organizer(ctx: Context, t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "acl" and c.lemma_.lower() in L.ORGANISE_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            return actor_at(ctx, p)
    if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in L.ORGANISE_VERBS:
        for a in t.head.children:  # "the march was organised by the unions"
            if a.dep_ == "agent":
                for p in a.children:
                    if p.dep_ == "pobj":
                        return actor_at(ctx, p)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in L.ORGANISE_VERBS:
        subj = subject(ctx, t.head)
        if subj is not None:
            return actor_at(ctx, subj)
    return None



def _amid(t: Token) -> bool:
    """ "amid (growing) protests": a plural protest noun framing what another clause tells."""
    return t.tag_ in ("NNS", "NNPS") and t.dep_ == "pobj" and t.head.lower_ in ("amid", "amidst")
