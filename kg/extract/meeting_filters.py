"""Which meeting words tell no meeting held (split from :mod:`kg.extract.meetings`, file size): a
meeting asked for, refused or wished ("called for talks", "did not meet"), a habit ("has met him
several times"), a call ("talked by phone"), another year's meeting ("the 1985 summit"), a thing
received ("received a letter"); and the shapes of a trigger the meetings phase tells apart (a
passive verb, a headline's bare gerund, a discussion "between" parties).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.visits import year_before

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bare_gerund", "discussion_between", "other_year", "passive", "remote", "thing_received", "unreal"]


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

# what one receives that is no guest: "received a letter / the response / an invitation / support"
_THINGS = frozenset({"letter", "response", "reply", "answer", "invitation", "call", "message", "award", "prize", "support",
                     "vote", "report", "request", "proposal", "offer", "document", "complaint", "petition", "assurance",
                     "guarantee", "payment", "aid", "fund", "donation", "sentence", "threat", "note", "list", "copy",
                     "information", "news", "confirmation", "approval", "backing", "briefing", "warning", "treatment"})


def thing_received(ctx: Context, t: Token) -> bool:
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


def unreal(t: Token) -> bool:
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
    if verb.pos_ in ("VERB", "AUX") and _many(verb):
        return True  # "In these meetings, he has met with A, B or C"
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


def _many(verb: Token) -> bool:
    """A meeting verb told of several meetings: set in meetings named as many ("In these meetings, the
    president has met with ..."), or meeting people listed as alternatives ("met with regional leaders,
    religious leaders or young people"): examples of a round of talks, no one meeting."""
    if any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in L.MEETING_NOUNS and any(
            d.lower_ in ("these", "those", "such") for d in p.children) for p in c.children) for c in verb.children):
        return True
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                                                              for p in c.children if p.dep_ == "pobj"]
    return any(c.dep_ == "cc" and c.lower_ == "or" for o in objs for x in (o, *o.conjuncts) for c in x.children)


# "telephone talks", "talked by phone", "a video call", "held virtual talks": a call is not a meeting
_REMOTE = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "virtual", "virtually", "online",
                     "remote", "remotely", "zoom", "call", "link", "conference", "telephonic"})


def remote(t: Token) -> bool:
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


def discussion_between(t: Token) -> bool:
    """ "the discussion between A and B", "the dialogue between the government and the opposition": a
    discussion or dialogue is talks only with the parties named "between" (not "a discussion of the
    budget", "a panel discussion with students", "calls for dialogue")."""
    return t.lemma_.lower() in ("discussion", "dialogue", "dialog") and any(c.dep_ == "prep" and c.lower_ == "between"
                                                                            for c in t.children)


def bare_gerund(t: Token) -> bool:
    """ "On April 22, meeting between A and B took place": a headline-style noun with no article,
    parsed as the verb's gerund, heading the clause with its "between" phrase."""
    return t.tag_ == "VBG" and t.lower_ in ("meeting", "meetings") and t.dep_ in ("nsubj", "nsubjpass", "csubj") and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in t.children)


def passive(t: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (t.tag_ == "VBN" and t.dep_ in ("acl", "relcl"))


def other_year(ctx: Context, t: Token) -> bool:
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
        if h.pos_ in ("VERB", "AUX") and (other_year(ctx, h) or year_before(ctx, h)):
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
