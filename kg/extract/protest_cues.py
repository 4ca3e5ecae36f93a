"""Which words report a protest of the day, and which report background, plans or hypotheticals.

A protest noun ("rally", "demonstrations"), a protest verb with a subject ("thousands
marched"), protesters acting ("protesters stormed the residence") or a crowd dispersed
or detained is a cue; a cue in a span of time ("weeks of protests"), under a plan
("called for further protests"), a condition or a modal is not an event of the day.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject
from kg.extract.places import date_for

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["is_protest", "street_clash", "not_an_event", "PLAN_VERBS", "nationwide", "present_date", "date_head", "ERUPT_VERBS",
           "CAUSE_VERBS"]

_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights",
                         "wave", "waves", "series", "spiral", "season", "weekend", "weekends", "round", "rounds",
                         "spasm", "spasms", "spate", "bout", "bouts"})
_PAST_ADJ = frozenset({"previous", "past", "earlier", "prior", "recent", "former", "ongoing", "daily", "near-daily",
                       "nightly", "weekly", "regular", "further", "future", "upcoming", "planned", "scheduled",
                       "proposed"})
_PLAN_WORDS = frozenset({"call", "plan", "vow", "threaten", "urge", "announce", "promise", "pledge", "intend",
                         "prepare", "schedule", "organise", "organize", "want", "hope", "appeal", "encourage", "ask"})
# "protesters plan to march on Monday": what protesters intend is no protest yet
_INTEND_VERBS = frozenset({"plan", "vow", "threaten", "intend", "prepare", "schedule", "want", "hope", "promise",
                           "pledge", "expect", "aim", "seek", "try"})
#: Verbs whose complement is a plan, not a report: "vowed to rally on Friday", "called for a strike on Monday".
PLAN_VERBS = _PLAN_WORDS | _INTEND_VERBS
_RIOT_VERBS = frozenset({"storm", "attack", "assault", "ransack", "torch", "besiege", "break", "occupy", "vandalise",
                         "vandalize", "smash", "invade", "loot"})
_CROWD_VERBS = frozenset({"pack", "fill", "flood", "throng", "pour", "gather", "march", "rally", "mass", "assemble",
                          "converge", "swarm", "crowd", "demonstrate", "walk", "stream", "surge", "descend", "parade",
                          "flock"})
# "flooded the streets", "filled the streets": a crowd in the streets
_FILL_VERBS = frozenset({"flood", "fill", "pack", "throng", "jam", "crowd", "choke", "swamp"})
# "hundreds blocked the highway": a crowd stopping traffic or taking a site
_BLOCK_VERBS = frozenset({"block", "barricade", "blockade", "occupy", "seize", "paralyse", "paralyze", "shut"})
_ROADS = frozenset({"road", "highway", "street", "bridge", "traffic", "junction", "intersection", "avenue",
                    "motorway", "thoroughfare", "route", "railway", "track", "roundabout", "expressway"})
ERUPT_VERBS = frozenset({"break", "erupt", "flare", "spread", "sweep", "rock", "grip"})
CAUSE_VERBS = frozenset({"prompt", "spark", "trigger", "provoke", "cause", "ignite", "unleash", "fuel", "touch"})
_STOP_VERBS = frozenset({"end", "stop", "halt", "cancel", "suspend", "ban", "outlaw", "prevent", "forbid", "avoid"})
_MOVEMENT_HEADS = frozenset({"leader", "organiser", "organizer", "face", "symbol", "figurehead", "icon",
                             "anniversary"})
# street protest words beyond the lexicon's: "riots in the capital", "a candlelight vigil"
_STREET_NOUNS = frozenset({"riot", "riots", "vigil", "vigils", "mobilization", "mobilisation", "mobilizations", "unrest",
                           "mobilisations", "procession", "processions"})
# a fight between two sides: "clashes between students and police", "a confrontation with police"
_CLASH_NOUNS = frozenset({"clash", "clashes", "confrontation", "scuffle", "skirmish"})
# the sides of a street clash (not of a border clash between armies)
_CROWD_SIDES = frozenset({"police", "policeman", "officer", "protester", "protestor", "demonstrator", "student",
                          "supporter", "youth", "gendarme", "marcher", "rioter", "crowd"})
_POLICE = frozenset({"police", "policeman", "officer", "force", "troops", "soldier", "gendarme", "army"})
# force used on a crowd: "fired tear gas at protesters", "clashed with demonstrators"
_FORCE_VERBS = frozenset({"fire", "shoot", "clash", "charge", "baton-charge", "open", "spray", "lob", "use", "scuffle",
                          "tussle", "grapple", "fight", "battle", "skirmish", "beat", "crack"})
# harm done to a crowd: "dozens of demonstrators were injured", "protesters were met with tear gas"
_HARM_VERBS = frozenset({"injure", "wound", "hurt", "meet"})
_WEAPONS = frozenset({"gas", "teargas", "force", "bullet", "bullets", "cannon", "cannons", "baton", "batons", "violence",
                      "fire", "grenade", "grenades", "pellet", "pellets"})
# force used on a crowd told with the crowd as object: "police beat demonstrators"
_BEAT_VERBS = frozenset({"beat", "charge", "attack", "chase", "club", "assault", "baton-charge", "drag", "push",
                         "tear-gas", "teargas", "pepper-spray", "kettle", "surround", "repel", "repulse"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "'ll"})


def not_an_event(ctx: Context, t: Token) -> bool:
    """Background, plans and hypotheticals: "after weeks of protests", "since the protests
    began", "previous demonstrations", "called for further protests", "urged supporters
    to protest", "would return to the streets", "to end their demonstrations"."""
    kids = list(t.children)
    if any(c.dep_ == "amod" and c.lower_ in _PAST_ADJ for c in kids):
        return True
    if _ahead(t):
        return True  # "on the eve of a day of protest", "ahead of the march": still to come
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _MOVEMENT_HEADS:
        return True  # "the leader of the protests": the movement, not a gathering
    if t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in kids):
        return True  # "registered 195 protests in 95 municipalities": a tally, not one gathering
    if (t.tag_ == "NNS" and t.dep_ == "nsubj" and t.head.lemma_.lower() in ("begin", "start")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)):
        return True  # "the protests started on April 13": the movement's first day told as background
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
        if cur.lower_ in ("since", "before") and cur.pos_ == "ADP":
            return True
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "advcl", "conj", "parataxis", "relcl") and cur.pos_ in ("VERB", "AUX"):
            break
        cur = cur.head
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



# the sides of a war, not of a street: "clashes between the army and rebels"
_ARMED = frozenset({"army", "armies", "rebel", "rebels", "militant", "militants", "troops", "militia", "militias",
                    "insurgent", "insurgents", "fighter", "fighters", "border", "armed", "tribal", "jihadist",
                    "jihadists", "guerrilla", "guerrillas", "soldiers", "military"})


def street_clash(ctx: Context, t: Token) -> bool:
    """ "Clashes also broke out in Chattogram", "killed in clashes around the country": in a report
    of protests, clashes whose sides go unnamed are the street's (those with named sides are
    :func:`is_protest`'s); not in a sentence about armed forces. One clash counts when its place
    follows ("three died in a confrontation in the La Luna sector of Cali")."""
    return (t.pos_ == "NOUN" and t.lemma_.lower() in _CLASH_NOUNS and t.dep_ != "compound"
            and (t.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children))
            and not ctx.in_quote[t.i] and not is_protest(ctx, t) and not any(x.lower_ in _ARMED for x in t.sent))


def _police(subj: Token) -> bool:
    """Whether a subject is the police or the army ("riot police", "hundreds of soldiers")."""
    heads = [subj, *(p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)]
    return any(h.lemma_.lower() in _POLICE or h.lemma_.lower() in ("authority", "official", "government", "security")
               for h in heads)


def _crowd(tok: Token) -> bool:
    """ "protesters", "the crowd", "thousands of demonstrators"."""
    if tok.lemma_.lower() in (*L.PROTESTER_NOUNS, "crowd", "youth", "rioter", "mob", "student"):
        return True  # "police clashed with stone-throwing youths"
    return tok.lemma_.lower() in L.QUANTITY_NOUNS and any(
        p.lemma_.lower() in L.PROTESTER_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children)


# who goes back to the streets: a crowd, a count of people, a side of the protest
_RETURNERS = frozenset({"thousand", "hundred", "ten", "dozen", "crowd", "people", "many", "resident", "supporter",
                        "protester", "demonstrator", "student", "youth", "worker", "citizen", "thousands", "hundreds",
                        "tens", "dozens", "crowds"})
_RIOTERS = frozenset({"supporter", "protester", "demonstrator", "mob", "rioter", "crowd"})


def _rioters(t: Token) -> Token | None:
    """Who did a riot verb that has no subject: the agent of a passive ("buildings were stormed
    by supporters"), or a crowd read as the object of the "after" before the verb ("after
    supporters of X stormed the palace", an advcl whose subject went to the preposition)."""
    for c in t.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        for c in t.head.children:
            if c.dep_ == "prep" and c.lower_ in ("after", "as", "when", "before") and c.i < t.i:
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and max(x.i for x in c.subtree) == t.i - 1:
                    return pobj
    return None


def _they_protesters(ctx: Context, subj: Token) -> bool:
    """ "they" after a sentence whose subject is protesters or a crowd: the protesters."""
    if subj.lower_ != "they" or subj.pos_ != "PRON" or ctx.in_quote[subj.i]:
        return False
    sent = subj.sent
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    return prev is not None and not any(x.lemma_.lower() in _POLICE for x in sent if x.i < subj.i) and any(
        x.dep_ in ("nsubj", "nsubjpass") and (_crowd(x) or x.lemma_.lower() in _RIOTERS) and not ctx.in_quote[x.i]
        for x in prev)


def _main_clause(t: Token) -> bool:
    """Whether verb ``t`` tells an act of its own: not a clause describing a noun ("protesters
    who blocked roads"), except a place's "where" clause ("Puno, where protesters blocked roads")."""
    return t.dep_ not in ("relcl", "acl") or (t.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in t.children))


def is_protest(ctx: Context, t: Token) -> bool:
    if ctx.in_quote[t.i] or t.ent_type_ == "DATE":
        return False
    lemma = t.lemma_.lower()
    low = t.lower_
    # "Sunday's march in X", "Unrest broke out in X": a common noun read as a name
    noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_ and (t.text.islower() or t.i == t.sent.start))
    if noun and (lemma in L.PROTEST_NOUNS or low in L.PROTEST_NOUNS):
        if t.dep_ == "compound":
            return False
        if lemma == "strike" and any(c.lower_ in ("hunger", "air", "missile", "drone") for c in t.children):
            return False
        if lemma == "march" and t.text[0].isupper() and t.i > t.sent.start:
            return False
        return True
    if noun and t.dep_ != "compound" and (lemma in _STREET_NOUNS or low in _STREET_NOUNS):
        return True
    if low == "sit" and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).lower_ == "in":
        return True  # "staged a sit-in", split by the tokenizer into "sit", "-", "in"
    if t.pos_ == "NOUN" and t.dep_ != "compound" and lemma in _CLASH_NOUNS and any(
            x.lemma_.lower() in _CROWD_SIDES for x in t.subtree if x.i != t.i):
        return True  # "clashes between students and riot police", "clashes with the police"
    if t.pos_ == "NOUN" and t.dep_ == "nsubj" and lemma in _CLASH_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("between", "with") and any(x.lemma_.lower() in _CROWD_SIDES for x in c.subtree)
            for c in t.head.children):
        return True  # "clashes broke out on Sunday between protesters and soldiers"
    if t.pos_ == "VERB" and lemma in L.PROTEST_VERBS:
        subj = subject(ctx, t)
        return subj is not None and (actor_at(ctx, subj) is not None or subj.pos_ in ("NOUN", "NUM") or subj.like_num
                                     or _they_protesters(ctx, subj))
    if t.pos_ == "VERB" and lemma in _CROWD_VERBS | _BLOCK_VERBS | _RIOT_VERBS | {"snarl"} and _main_clause(t) and any(
            c.dep_ == "nsubj" and _they_protesters(ctx, c) for c in t.children) and (
            lemma in _CROWD_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() not in ("way", "place") for c in t.children)):
        return True  # "Protesters ... . They snarled traffic in Tel Aviv and marched at the Supreme Court"
    if t.pos_ == "VERB" and lemma in L.DISPERSE_VERBS | L.DETAIN_VERBS | L.DEATH_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ("protester", "demonstrator", "protestor", "crowd", "rally")
                                                  or (c.lemma_.lower() in L.QUANTITY_NOUNS and _crowd(c)))
            for c in t.children):
        return True  # "police detained 3,000 protesters", "five protesters were shot dead"
    if t.pos_ == "VERB" and lemma in _HARM_VERBS and t.tag_ == "VBN" and _main_clause(t) and any(
            c.dep_ == "nsubjpass" and (c.lemma_.lower() in L.PROTESTER_NOUNS or _crowd(c)) for c in t.children) and (
            lemma != "meet" or any(c.dep_ == "prep" and c.lower_ == "with" and any(p.lemma_.lower() in _WEAPONS
                                                                                   for p in c.children) for c in t.children)):
        return True  # "dozens of demonstrators were injured in Sanandaj", "protesters were met with tear gas"
    if t.pos_ == "VERB" and lemma in ("disperse", "tear-gas", "teargas") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NNS" and c.lemma_.lower() in _RETURNERS for c in t.children):
        return True  # "police fired tear gas to disperse Khan's supporters in Karachi": a crowd dispersed
    if t.pos_ == "VERB" and lemma in L.DEATH_VERBS | L.DETAIN_VERBS and t.dep_ in ("relcl", "acl") \
            and t.head.lemma_.lower() in L.PROTESTER_NOUNS:
        return True  # "one protester who died in Nasiriyah on Tuesday", "protesters killed in Baghdad"
    if t.pos_ == "VERB" and lemma in _FORCE_VERBS and t.dep_ not in ("relcl", "acl") and any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "with", "against") and any(
                p.dep_ == "pobj" and _crowd(p) for p in c.children)
            for c in [*t.children, *(x for o in t.children if o.dep_ == "dobj" for x in o.children)]):
        # "the army fired tear gas at protesters", "police clashed with demonstrators", "police used water
        # cannons on demonstrators" (the crowd hung on the weapon)
        return True
    if t.pos_ == "VERB" and lemma in _BEAT_VERBS and t.dep_ not in ("relcl", "acl") and any(
            c.dep_ == "dobj" and _crowd(c) for c in t.children) and any(
            c.dep_ == "nsubj" and _police(c) for c in t.children):
        return True  # "riot police beat demonstrators with batons", "police charged the crowd"
    if t.pos_ == "VERB" and lemma == "clash" and t.dep_ not in ("relcl", "acl") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _POLICE for p in c.children) for c in t.children):
        return True  # "students clashed with riot police"
    if (t.lower_ == "streets" and t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "onto") and t.head.head.pos_ == "VERB"
            and t.head.head.lemma_.lower() != "take" and (any(
                c.dep_ == "prep" and c.lower_ == "of" and any(ctx.tok_actor[p.i] for p in c.children) for c in t.children)
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in L.PROTESTER_NOUNS
                       for c in t.head.head.children))):
        # "thousands of students have been seen on the streets of Chattogram", "showed demonstrators on the streets"
        return True
    if t.pos_ == "VERB" and lemma in _RIOT_VERBS and t.dep_ not in ("relcl", "acl", "xcomp"):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None) or _rioters(t)
        if subj is not None and subj.lemma_.lower() in _RIOTERS:
            return True  # "supporters of Imran Khan stormed the army headquarters"
    if t.pos_ == "VERB" and lemma in _BLOCK_VERBS | _RIOT_VERBS and t.tag_ == "VBN" and t.dep_ not in ("relcl", "xcomp") \
            and any(p.lemma_.lower() in _RIOTERS for c in t.children if c.dep_ == "agent"
                    for p in c.children if p.dep_ == "pobj"):
        return True  # "roads across Lebanon were blocked by protesters", "the building was stormed by demonstrators"
    if t.pos_ == "VERB" and lemma in _FILL_VERBS and t.tag_ == "VBN" and _main_clause(t) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in ("street", "square", "avenue", "centre", "center")
            for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and (_crowd(p) or p.lemma_.lower() in _RETURNERS)
                                                          for p in c.children) for c in t.children):
        return True  # "the streets of Lima were filled with protesters"
    if t.pos_ == "NOUN" and lemma == "battle" and t.dep_ != "compound" and any(
            c.dep_ == "amod" and c.lower_ in ("running", "street", "pitched") for c in t.children) \
            and not any(x.lower_ in _ARMED for x in t.sent):
        return True  # "running battles between police and youths"
    if t.pos_ == "VERB" and lemma in _FILL_VERBS and _main_clause(t) and any(
            c.dep_ == "dobj" and c.lower_ == "streets" for c in t.children) and any(c.dep_ == "nsubj" for c in t.children):
        return True  # "flag-waving Israelis flooded the streets of Tel Aviv": whoever fills the streets protests
    if t.pos_ == "VERB" and lemma in _BLOCK_VERBS and _main_clause(t):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _police(subj) and (
                subj.lower_ in ("thousands", "hundreds", "tens", "dozens", "crowds")
                or (subj.tag_ == "NNS" and any(c.dep_ == "dobj" and c.lemma_.lower() in _ROADS for c in t.children))):
            # "hundreds of farmers blocked the main highway", "youths barricaded roads" (not police)
            return True
    if t.pos_ == "VERB" and lemma in _CROWD_VERBS and _main_clause(t):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in ("thousands", "hundreds", "tens", "crowds", "dozens", "crowd") or (
                subj.lemma_.lower() == "people" and any(c.dep_ == "nummod" for c in subj.children))):
            return True  # "tens of thousands of people packed Pushkin Square", "5,000 people gathered"
    if t.pos_ == "VERB" and (lemma not in L.SPEECH_VERBS or lemma in ("demand", "call", "urge", "denounce", "condemn")) \
            and lemma not in ("be", "have", "do", "say") and lemma not in _INTEND_VERBS and _main_clause(t):
        # "protesters stormed the residence", "demonstrators blocked the road"
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:  # "riot police and demonstrators fought running battles": a side of the subject
            heads = [subj, *subj.conjuncts]
            if any(h.lemma_.lower() == "rioter" and h.tag_ == "NNS" for h in heads):
                return True  # "rioters launched the worst attack on the state's institutions"
            heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            if any(h.lemma_.lower() in L.PROTESTER_NOUNS for h in heads):
                return True
    if t.pos_ == "VERB" and lemma in L.GATHER_VERBS and t.tag_ in ("VBN", "VBD") and t.i > 0 and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.doc[t.i - 1].lemma_.lower() in (
            *L.PROTESTER_NOUNS, "crowd"):
        return True  # "tension between police and the demonstrators gathered outside the court" (a participle)
    if t.pos_ == "VERB" and lemma in L.GATHER_VERBS:
        subj = subject(ctx, t)
        if subj is not None:
            heads = [subj, *[p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
            if any(h.lemma_.lower() in ("protester", "demonstrator", "protestor", "marcher") for h in heads):
                return True
    if t.pos_ == "VERB" and lemma in ("return", "head", "spill", "pour") and _main_clause(t) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "onto") and any(
                p.lemma_.lower() in ("street", "square") for p in c.children) for c in t.children):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _police(subj) and (_crowd(subj) or subj.lemma_.lower() in _RETURNERS):
            return True  # "hundreds returned to the town's main square", "crowds spilled into the streets"
    if (t.lower_ == "streets" and t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and (_crowd(c) or c.lemma_.lower() in _RETURNERS) for c in t.head.head.children)):
        return True  # "a total of 1.5m people were on the streets across the country"
    if t.pos_ == "NOUN" and lemma in ("crowd", "throng") and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in (
            "report", "see", "spot", "estimate", "count") and not ctx.in_quote[t.i]:
        return True  # "a crowd of 40,000 was reported in the western city of Lviv"
    if t.pos_ == "VERB" and lemma == "take" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "streets" for p in c.children) for c in t.children):
        return True
    return False

