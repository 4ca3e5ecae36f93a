"""Meetings told without a meeting word (split from :mod:`kg.extract.meetings`, file size): an outing
shared ("had dinner with X", "the two leaders took a walk"), leaders who gather, talks told through
the journey made for them, "also met" on the same trip, separate meetings with each of several
others, a journey's arrival told by "enter" or "reach".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actors_of
from kg.extract.meeting_heads import aide
from kg.extract.meeting_parts import meet_subject, parties_of
from kg.extract.meeting_partners import name_pairs

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["also_met", "entered_place", "feted", "for_talks", "leaders_gather", "one_by_one", "outing", "outing_with",
           "told_by_journey"]


def also_met(t: Token, parts: list[str], meetings: list[Ev]) -> str | None:
    """ "X met Y in Rome on Thursday. X also met Z": the next talks of one who just met, told with
    "also" and no place or day of their own, are on the same trip, at its place (the day is not
    lent: a trip lasts days)."""
    if t.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.children) or not meetings:
        return None
    if any(c.dep_ == "npadvmod" or c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
        return None  # "also met him last month", "has also met him several times": another time
    last = meetings[-1]
    return last.place if set(parts) & set(last.participants) and last.kind != "later" else None


# "took a walk", "had a boat ride", "had lunch", "had tea": an outing of its subjects
_OUTINGS = frozenset({"walk", "stroll", "ride", "cruise", "lunch", "dinner", "breakfast", "tea", "banquet", "luncheon"})


def outing(ctx: Context, t: Token) -> bool:
    """ "the two leaders took a walk along the lake", "Modi and Xi strolled along the lake", "A and B attended
    a state banquet": two or more people named as the subject of an outing (a walk, a ride, a meal) meet,
    "together" said or not; two leaders who tour a site ("A and B toured the port") too (not ministers
    touring a flooded area)."""
    lemma = t.lemma_.lower()
    if lemma == "spend" or not (lemma in ("walk", "stroll", "dine", "din", "lunch", "ride", "tour") or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _OUTINGS for c in t.children)):
        return False  # "din": the model's lemma of "dined"
    subj = meet_subject(ctx, t)
    parts = parties_of(ctx, subj) if subj is not None else []
    if lemma == "tour":  # not ministers, advisers or envoys
        return sum(ctx.typed(k, "Person") for k in parts) >= 2 and not any(aide(ctx, k) for k in parts)
    return sum(ctx.typed(k, "Person") for k in parts) >= 2


# who gives a meal for a guest: "hosted a banquet in honour of X", "gave a dinner for X", "offered a lunch to X"
_FETE_VERBS = frozenset({"host", "give", "offer", "throw", "hold", "organise", "organize"})
_MEAL_WORDS = frozenset({"dinner", "lunch", "banquet", "reception", "breakfast", "luncheon", "tea", "feast"})


def feted(ctx: Context, t: Token) -> list[str]:
    """ "X hosted a banquet in honour of Y", "gave a dinner for Y", "offered a lunch to Y", "treated Y to a
    banquet": the guests of a meal the subject gives (host and guest meet)."""
    if t.pos_ != "VERB":
        return []
    lemma = t.lemma_.lower()
    if lemma == "treat":
        if not any(c.dep_ == "prep" and c.lower_ == "to" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _MEAL_WORDS for p in c.children) for c in t.children):
            return []
        return [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
    meals = [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _MEAL_WORDS] if lemma in _FETE_VERBS else []
    out: list[str] = []
    for h in (*meals, t) if meals else ():
        for prep in h.children:
            if prep.dep_ != "prep":
                continue
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            if prep.lower_ == "in":  # "in honour of Y"
                pobjs = [x for p in pobjs if p.lemma_.lower() in ("honour", "honor")
                         for o in p.children if o.dep_ == "prep" and o.lower_ == "of" for x in o.children if x.dep_ == "pobj"]
            elif prep.lower_ not in ("for", "to"):
                continue
            out += [k for p in pobjs for x in (p, *(a for a in p.children if a.dep_ == "appos")) for k in actors_of(ctx, x)
                    if ctx.typed(k, "Person") and k not in out]
    return out


def outing_with(ctx: Context, t: Token) -> list[str]:
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


def leaders_gather(ctx: Context, t: Token) -> bool:
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


def for_talks(t: Token) -> bool:
    """ "welcomed X and Y to Paris for talks": the host takes part in the talks; not in "for their
    summit", the guests' own."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.lemma_.lower() in L.MEETING_NOUNS and not any(x.dep_ == "poss" and x.lower_ == "their" for x in p.children)
        for p in c.children) for c in t.children)


_JOURNEY = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land", "leave", "depart", "cross"})


def told_by_journey(t: Token) -> bool:
    """ "arrived in Russia on Tuesday for talks with X", "flew to Moscow to meet X": talks told through
    the journey made for them, whose day and place are the journey's."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ == "for":
        return t.head.head.lemma_.lower() in _JOURNEY
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj":
        t = t.head  # "to hold talks with X"
    return t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and t.head.lemma_.lower() in _JOURNEY


# "separate meetings", "bilateral meetings", "one-on-one talks" (plural) with several others: one each
_ONE_BY_ONE = frozenset({"separate", "bilateral", "individual", "one-on-one", "one-to-one"})


def one_by_one(ctx: Context, t: Token, parts: list[str]) -> list[list[str]]:
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


def entered_place(ctx: Context, t: Token) -> bool:
    """ "Kim entered Russia on Tuesday", "the train reached the border town of Khasan": a journey's
    arrival told by "enter" or "reach" with a place for object (not "reached a deal", "entered talks")."""
    return t.pos_ == "VERB" and t.lemma_.lower() in ("enter", "reach") and any(
        c.dep_ == "dobj" and (ctx.typed(ctx.tok_actor[c.i], "Place") or ctx.typed(ctx.tok_actor[c.i], "Country")
                              or c.lemma_.lower() in ("town", "city", "village", "capital", "border", "port"))
        for c in t.children)
