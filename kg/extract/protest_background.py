"""Which protest words tell background, plans or hypotheticals rather than a protest of the day.

A cue in a span of time ("weeks of protests"), under a plan ("called for further protests"), a
condition or a modal is not an event of the day (:func:`not_an_event`); a protest "nationwide" or
"across the country" is the country's (:func:`nationwide`); a protest told in the present takes
the dateline's day (:func:`present_date`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.places import date_for
from kg.extract.towns import load_towns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["not_an_event", "PLAN_VERBS", "INTEND_VERBS", "MODALS", "nationwide", "present_date", "date_head"]

_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights",
                         "wave", "waves", "series", "spiral", "season", "weekend", "weekends", "round", "rounds",
                         "spasm", "spasms", "spate", "bout", "bouts"})
_PAST_ADJ = frozenset({"previous", "past", "earlier", "prior", "recent", "former", "ongoing", "daily", "near-daily",
                       "nightly", "weekly", "regular", "further", "future", "upcoming", "planned", "scheduled",
                       "proposed", "current", "continuing", "persistent"})
_PLAN_WORDS = frozenset({"call", "plan", "vow", "threaten", "urge", "announce", "promise", "pledge", "intend",
                         "prepare", "schedule", "organise", "organize", "want", "hope", "appeal", "encourage", "ask"})
# "protesters plan to march on Monday": what protesters intend is no protest yet
_INTEND_VERBS = frozenset({"plan", "vow", "threaten", "intend", "prepare", "schedule", "want", "hope", "promise",
                           "pledge", "expect", "aim", "seek", "try"})
#: Verbs whose complement is a plan, not a report: "vowed to rally on Friday", "called for a strike on Monday".
PLAN_VERBS = _PLAN_WORDS | _INTEND_VERBS
#: What a crowd intends is no protest yet: "protesters plan to march on Monday".
INTEND_VERBS = _INTEND_VERBS
_STOP_VERBS = frozenset({"end", "stop", "halt", "cancel", "suspend", "ban", "outlaw", "prevent", "forbid", "avoid"})
_MOVEMENT_HEADS = frozenset({"leader", "organiser", "organizer", "face", "symbol", "figurehead", "icon",
                             "anniversary"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "'ll"})
#: Modal auxiliaries: "would return to the streets" is no event.
MODALS = _MODALS


def not_an_event(ctx: Context, t: Token) -> bool:
    """Background, plans and hypotheticals: "after weeks of protests", "since the protests
    began", "previous demonstrations", "called for further protests", "urged supporters
    to protest", "would return to the streets", "to end their demonstrations"."""
    kids = list(t.children)
    if any(c.dep_ == "amod" and c.lower_ in _PAST_ADJ for c in kids):
        return True
    if any(c.dep_ == "poss" and c.lemma_.lower() in _SPAN_OWNERS and c.ent_type_ == "DATE" for c in kids):
        return True  # "last year's protests in Hong Kong", "last month's riots": a span gone by, not a day
    if _faced(t):
        return True  # "Macron, who faces protests at home, flew to Moscow": the wave its subject weathers
    if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("enter", "reach") and t.head.dep_ == "advcl" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SPAN_NOUNS for c in t.head.children):
        return True  # "as the protests entered their third week, the president ...": the movement's age, framing other news
    if _ahead(t):
        return True  # "on the eve of a day of protest", "ahead of the march": still to come
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _MOVEMENT_HEADS:
        return True  # "the leader of the protests": the movement, not a gathering
    if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in kids):
        return True  # "registered 195 protests in 95 municipalities": a tally, not one gathering
    if (t.tag_ == "NNS" and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("begin", "start")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not _began_in_town(ctx, t.head)):
        return True  # "the protests started on April 13": the movement's first day told as background
    if any(c.dep_ == "relcl" and _began_since(ctx, c) for c in kids):
        return True  # "the protests that started on April 13", "rallies that have gone on since May": the movement
    if t.pos_ == "VERB" and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
                                for c in t.children):
        return True  # "police have arrested 1,000 protesters since the demonstrations began": the span's tally
    if (t.dep_ == "nsubj" and _perfect_wave(t.head)) or (
            t.dep_ == "pobj" and t.head.dep_ == "agent" and _perfect_wave(t.head.head)):
        return True  # "protests have rocked Peru", "Peru has been rocked by protests after ...": the wave
    if (t.dep_ == "nsubj" and t.head.lemma_.lower() in ("continue", "persist") and t.head.tag_ in ("VBP", "VBZ")
            and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in t.head.children)):
        return True  # "met the opposition as protests continue": the ongoing wave framing the news
    if t.dep_ == "nsubj" and any(c.dep_ == "advmod" and c.lower_ == "first" for c in t.head.children):
        return True  # "unrest first kicked off on Monday": how the movement began
    if any(c.dep_ == "prep" and c.lower_ == "since" and not _since_today(c) for c in kids) and not _superlative(t):
        return True  # "near-daily gatherings since mid-July"
    if any(c.dep_ == "advmod" and c.lower_ in ("daily", "regularly", "repeatedly") for c in kids):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "again" for c in kids) and date_for(ctx, t, t.sent)[0] is None:
        return True  # "took to the streets again": the movement, unless a day is given ("again on Sunday")
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _SPAN_NOUNS:
        if t.head.head.dep_ == "pobj" and t.head.head.head.lower_ in ("after", "following"):
            return True  # "after two days of unrest": what came before the day told
        sent = t.sent
        if date_for(ctx, t, sent)[0] is None and date_for(ctx, t.head.head, sent)[0] is None:
            return True  # "after several weeks of demonstrations", "months of protests"
    if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "since" and not _since_today(c) for c in t.head.children) and not _superlative(t.head):
        return True  # "has faced mass protests since the election": the wave, not a day
    cur: Token = t
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.i != t.i and any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children) and t.dep_ == "nsubj":
            return True  # "since the protests began on April 28": the movement, not a day
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            return True
        lem = cur.lemma_.lower()
        told = cur.i == t.head.i and (  # in the past: "the protest ended peacefully", "the march was organised by"
            (t.dep_ == "nsubj" and lem in ("end", "stop", "halt") and cur.tag_ == "VBD"
             and not any(c.dep_ == "aux" for c in cur.children))
            or (t.dep_ == "nsubjpass" and lem in L.ORGANISE_VERBS and lem != "call" and cur.tag_ == "VBN"
                and [c.lower_ for c in cur.children if c.dep_ in ("aux", "auxpass")] in (["was"], ["were"])))
        if told:
            pass  # it took place
        elif cur.i != t.i and lem in _STOP_VERBS:
            return True
        elif cur.i != t.i and lem in _PLAN_WORDS:
            return True
        if cur.lower_ in ("since", "before") and (cur.pos_ == "ADP" or cur.dep_ == "prep"):
            return True  # "since the beginning of the protests" (the model may tag "since" SCONJ)
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "advcl", "conj", "parataxis", "relcl") and cur.pos_ in ("VERB", "AUX"):
            break
        cur = cur.head
    return False


# what a time owning a protest noun must be for the protests to be no day's ("last year's protests")
_SPAN_OWNERS = frozenset({"year", "month", "decade", "summer", "winter", "spring", "autumn"})
# verbs whose subject weathers a wave of protests ("faces protests at home")
_WEATHER_VERBS = frozenset({"face", "weather", "endure", "confront", "survive"})


def _faced(t: Token) -> bool:
    """ "Macron, who faces protests at home over pension reform, flew to Moscow on Monday", "facing
    mass protests at home, the prime minister arrived in Paris": protests as what someone faces, told
    in a clause that frames other news and gives no time of its own, are the wave, not a gathering
    (the main clause's town and day are its news's)."""
    noun = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _SPAN_NOUNS else t
    verb = noun.head  # ("facing a wave of strikes at home")
    return (t.pos_ == "NOUN" and noun.dep_ == "dobj" and verb.lemma_.lower() in _WEATHER_VERBS
            and verb.dep_ in ("relcl", "acl", "advcl") and not any(x.ent_type_ in ("DATE", "TIME") for x in verb.subtree))


def _perfect_wave(verb: Token) -> bool:
    """ "protests have rocked Peru", "demonstrations have swept the country": a wave told in the
    present perfect with a verb of sweeping over (not "protests have broken out", the day's news)."""
    return verb.lemma_.lower() in ("sweep", "rock", "grip", "engulf", "shake", "roil") and any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)


def _began_since(ctx: Context, verb: Token) -> bool:
    """Whether a relative clause of a protest noun tells the movement's span: its start ("that began
    on April 13", not "that began in Nairobi on Tuesday") or a "since" ("that have continued since May")."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "since" and not _since_today(c) for c in verb.children):
        return True
    return verb.lemma_.lower() in ("begin", "start") and not _began_in_town(ctx, verb)


def _began_in_town(ctx: Context, verb: Token) -> bool:
    """ "The protests began in Nairobi on Tuesday", "began on Tuesday in Baghdad's Tahrir Square":
    where the movement began is told as a town's gathering of its own (a town the world's town list
    or the gazetteer knows, not a country or a region: "in the Far East, the protests have already
    started" is the movement)."""
    if verb.tag_ != "VBD":
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for x in (p, *(y for y in p.children if y.dep_ in ("poss", "compound"))):
                    k = ctx.tok_actor[x.i]
                    if k is not None and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and (
                            load_towns().lookup(ctx.actors[k].name) or ctx.gaz.lookup(ctx.actors[k].name) is not None):
                        return True
    return False


def _ahead(t: Token) -> bool:
    """Whether a protest noun is told as still to come: "at the dawn of a day of protest",
    "on the eve of the march", "ahead of planned rallies"."""
    cur = t
    for _ in range(4):
        if cur.dep_ not in ("pobj", "prep") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in ("eve", "dawn", "run-up", "runup", "ahead"):
            return True
    return False


def _since_today(prep: Token) -> bool:
    """ "Since morning, residents ... joined the protests": a span within the day, not the wave's."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in ("morning", "dawn", "daybreak", "noon", "midday") for p in prep.children)


def _superlative(t: Token) -> bool:
    """ "rallied ... in the biggest protest since 2004", "the largest rally since the war": a
    "since" that compares with a superlative, not a span of time the event belongs to."""
    nouns = [t, *(p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
    nouns += [c for c in t.children if c.dep_ in ("dobj", "attr", "nsubj")]
    return any(a.tag_ == "JJS" and a.dep_ == "amod" for n in nouns for a in n.children)


# "gathered at several sites" (of the town just named) is no country's day; "at over 100 locations" is
_FEW_TOWNS = frozenset({"two", "three", "both"})
_FEW = _FEW_TOWNS | {"several", "some", "various", "different", "other", "few"}
_MANY_SITES = frozenset({"cities", "towns", "places", "locations", "provinces", "regions", "sites", "municipalities"})


def nationwide(t: Token) -> bool:
    """ "demonstrated nationwide", "protests across the country", "detained 2,737 people nationwide"."""
    for c in t.subtree:
        if c.lower_ == "nationwide" and c.dep_ in ("advmod", "amod", "npadvmod"):
            return True
    # "(are underway) in various parts of the country", "protests continued in most parts of the
    # country": where a protest noun's verb happens is where the protest happens
    heads = [t, t.head] if t.pos_ == "NOUN" and (t.head.lemma_ == "be" or t.dep_ in ("nsubj", "nsubjpass")) else [t]
    if t.pos_ == "NOUN" and t.dep_ == "ROOT":  # "The protests left one dead ... in the south of the country" (misparsed)
        heads += [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBD"]
    elif t.pos_ == "NOUN":  # "protests held across the country": the participle of the noun's own phrase
        heads += [c for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    for h in heads:  # "in dozens of places", "in several other cities", "at over 100 locations": towns left unnamed
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "at"):
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    few = _FEW if p.lower_ in ("sites", "places", "locations") else _FEW_TOWNS
                    if p.lower_ in _MANY_SITES and any(x.dep_ in ("nummod", "amod") and x.lower_ not in few
                                                        for x in p.children):
                        return True
                    if p.lower_ in ("dozens", "scores", "hundreds") and any(
                            x.lower_ in _MANY_SITES for o in p.children if o.dep_ == "prep" for x in o.children):
                        return True
    for h in heads:  # "across the country"
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("across", "throughout", "around", "in", "all", "over"):
                if any(p.lower_ in ("country", "nation") and p.head.lower_ in (c.lower_, "of") for p in c.subtree):
                    return True
    if t.pos_ == "VERB":  # "converged on train stations throughout the country", "formed a human chain running
        for c in _own_phrases(t):  # ... across the entire country": what the crowd reached lies across it
            if c.dep_ == "prep" and c.lower_ in ("across", "throughout") and any(
                    p.dep_ == "pobj" and p.lower_ in ("country", "nation") for p in c.children):
                return True
    return False


def _own_phrases(verb: Token) -> list[Token]:
    """The words of a verb's own phrases (its objects and their modifiers), not of other clauses."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    while todo:
        cur = todo.pop()
        out.append(cur)
        todo += [c for c in cur.children if c.dep_ not in ("relcl", "advcl", "ccomp", "conj", "parataxis")]
    return out


def date_head(span: Span) -> Token:
    """The word a date phrase hangs on: "since" (a span), a verb ("said on Sunday")."""
    cur = span.root
    while cur.head.i != cur.i and span.start <= cur.head.i < span.end:
        cur = cur.head
    return cur.head


def present_date(ctx: Context, t: Token) -> tuple[dt.date | None, str | None]:
    """A protest reported in the present ("demonstrations are underway in ...") takes the
    date of the article's dateline ("NAIROBI, Kenya, Jun 20 -"). Not in a headline: headlines
    tell the past in the present ("protesters storm prime minister's office")."""
    if ctx.in_headline(t.idx):
        return None, None
    verb = t if t.pos_ in ("VERB", "AUX") else t.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBP", "VBZ"):
        if not (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)):
            return None, None
    if any(c.dep_ == "aux" and c.tag_ in ("VBN", "VBD") for c in verb.children):
        return None, None
    return ctx.dateline_date()
