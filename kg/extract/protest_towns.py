"""Where a protest word's gathering is when its own clause names no place: the town of its
subject's phrase, of whoever acts on it, a country it sweeps, the two ends of "from X to Y",
the one town of the sentence; and the places that belong to another protest word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.places import place_mentions
from kg.extract.protest_cues import ERUPT_VERBS
from kg.extract.protest_objects import compound_name
from kg.extract.protest_places import town_of_venue
from kg.extract.articles import slug
from kg.extract.spans import VENUE_WORDS
from kg.extract.town_lists import list_items, may_be_town, named_town, town_at, town_country
from kg.extract.towns import load_towns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["across_country", "and_other_towns", "country_city", "crowd_town", "dangling_in", "district_town", "from_to_towns",
           "gapped_towns", "included_only", "is_town", "label_town", "span_towns", "others_places", "region", "sentence_town", "share_of_figure", "subject_town",
           "swept_country", "told_town", "venue_name_town"]


def others_places(ctx: Context, t: Token, triggers: list[Token], sent: Span) -> set[str]:
    """Places named inside the phrase of another protest noun below ``t`` ("gathered in Arequipa,
    after a march in Lima": Lima is the march's), unless ``t``'s own clause names them too."""
    inner = {x.i for o in triggers if o.i != t.i and o.pos_ == "NOUN" and t in o.ancestors for x in o.subtree}
    if not inner:
        return set()
    keys = {k for a, _b, k in ctx.mentions if sent.start <= a < sent.end and a in inner}
    return keys - {k for a, _b, k in ctx.mentions if sent.start <= a < sent.end and a not in inner}


# "  • Eldoret: Youths gathered ...", "Kericho Protests: Residents ...": a line led by a town's name as its label
_LABEL = re.compile(r"[ \t]*(?:[\u2022\u25cf\u25aa*\u2013-][ \t]*)?(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}?)"
                    r"(?: (?:[Pp]rotests?|[Dd]emonstrations?|[Rr]all(?:y|ies)|[Cc]lashes))?:[ \t]")


def label_town(ctx: Context, sent: Span) -> str | None:
    """The town that labels the line a sentence is on ("  • Eldoret: Youths gathered in various
    locations", a live report's town by town list): a place of the text or a town of the world's list."""
    start = ctx.text.rfind("\n", 0, sent.start_char) + 1
    m = _LABEL.match(ctx.text, start)
    if m is None or m.end() > sent.end_char:
        return None
    span = ctx.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    if span is None or ctx.in_quote[span.start]:
        return None
    k = ctx.tok_actor[span[-1].i]
    if k is not None and ctx.actors[k].type == "Place" and not ctx.actors[k].venue:
        return k
    if (k is None or ctx.actors[k].type in ("Person", "Organization")) and town_country(ctx, span.text) is not None:
        return town_at(ctx, span[-1])
    return None


def sentence_town(ctx: Context, t: Token, sent: Span) -> str | None:
    """The one town a sentence names, for a protest word whose clause names none."""
    towns = {town_of_venue(ctx, k, sent) for a, b, k in ctx.mentions
             if sent.start <= a < sent.end and not ctx.in_quote[a] and ctx.actors[k].type == "Place"}
    towns = {k for k in towns if is_town(ctx, k)}
    return towns.pop() if len(towns) == 1 else None


def told_town(ctx: Context, t: Token, sent: Span) -> str | None:
    """ "As darkness fell at Bangkok's Democracy Monument, the protesters swelled past 10,000. The
    rally began on Sunday afternoon": the gathering ("the rally", definite and singular) that a
    sentence naming no place tells is the one the sentence before placed, in its one town, when
    that sentence is about protesters."""
    if not (t.pos_ == "NOUN" and t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                        for c in t.children)) or sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    if ctx.in_headline(before.start_char) or not any(
            x.lemma_.lower() in L.PROTESTER_NOUNS or x.lemma_.lower() in ("rally", "protest", "march", "demonstration")
            for x in before):
        return None
    return sentence_town(ctx, t, before)


def and_other_towns(ctx: Context, place: str, sent: Span) -> bool:
    """ "in Bogota and other cities", "in Lima and cities in southern Peru": a town named with
    others left unnamed (the cities of a country, not "Barcelona and other Catalan towns")."""
    return any(c.lower_ in ("cities", "towns") and (any(a.lower_ == "other" for a in c.children) or _of_country(ctx, c))
               and not any(a.dep_ in ("amod", "compound") and a.text[:1].isupper() and ctx.gaz.by_demonym.get(a.lower_) != ctx.home_country
                           for a in c.children)
               for a, b, k in ctx.mentions_in(sent.start, sent.end) if k == place
               for c in ctx.doc[a:b].root.conjuncts)  # not "Barcelona and other Catalan towns": the region's


def _of_country(ctx: Context, noun: Token) -> bool:
    """ "cities in southern Peru", "towns across Peru": a town noun placed in a country (the phrase
    right after it, which the parser may hang on the noun before)."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return any(c.dep_ == "prep" and c.lower_ in ("in", "across", "throughout") and any(
        p.dep_ == "pobj" and (k := ctx.tok_actor[p.i]) is not None and ctx.actors[k].type == "Country" for p in c.children)
        for c in [*(c for c in noun.children if c.dep_ == "prep"), *([nxt] if nxt is not None and nxt.dep_ == "prep" else [])])


def _participles(t: Token) -> list[Token]:
    """The participles a protest noun's own phrase carries ("protests held across Peru", "rallies
    staged in three cities"), where the gathering took place."""
    return [c for c in t.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")] if t.pos_ == "NOUN" else []


def district_town(ctx: Context, place: str | None, sent: Span) -> str | None:
    """ "in the city's southern Shengavit district": the district of the town named before it."""
    for a, b, k in ctx.mentions_in(sent.start, sent.end):
        if k != place:
            continue
        root = ctx.doc[a:b].root
        if root.dep_ == "compound" and root.head.lower_ in ("district", "neighbourhood", "neighborhood", "suburb") and any(
                c.dep_ == "poss" and c.lower_ in ("city", "capital", "town") for c in root.head.children):
            towns = [k2 for a2, _b2, k2 in ctx.mentions if a2 < a and k2 != place and is_town(ctx, k2)
                     and not ctx.in_headline(ctx.doc[a2].idx)]
            return towns[-1] if towns else place
    return place


def country_city(ctx: Context, place: str | None, sent: Span) -> str | None:
    """ "in Lebanon's second city, Tripoli", "in Kazakhstan's largest city Almaty", "in Nigeria's
    commercial hub, Lagos": a country owns the noun (city, hub, port ...) that the town after it
    names; the gathering is in that town, not in the country. ``place`` otherwise."""
    if not ctx.typed(place, "Country"):
        return place
    doc = ctx.doc
    for a, b, k in ctx.mentions_in(sent.start, sent.end):
        root = doc[a:b].root
        if k != place or root.dep_ != "poss" or root.head.pos_ != "NOUN":
            continue
        for c in root.head.children:
            # an apposition, or a town the parser joined to the noun after a comma ("hub, Lagos")
            if c.dep_ == "appos" or (c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","):
                town = ctx.tok_actor[c.i]
                if ctx.in_quote[c.i]:
                    continue
                if not is_town(ctx, town) and root.head.lower_ in _OWNED_TOWN_NOUNS and may_be_town(c) \
                        and town_country(ctx, compound_name(c)) == place:
                    town = town_at(ctx, c)  # "in Ecuador's biggest city, Guayaquil" read as a person's name
                if is_town(ctx, town):
                    return town
    return place


# what a country's town is called before its name ("Peru's second city, Arequipa")
_OWNED_TOWN_NOUNS = frozenset({"city", "town", "capital", "port", "hub", "centre", "center", "stronghold", "metropolis"})


def is_town(ctx: Context, key: str | None) -> bool:
    """Whether ``key`` is a town (a place that is no venue)."""
    return key is not None and ctx.actors[key].type == "Place" and not ctx.actors[key].venue


def region(ctx: Context, key: str | None) -> bool:
    """Whether ``key`` is a place that is no town of the world's town list and no known place of
    the gazetteer ("the Far East and Siberia", "the Andes", "southern Peru"): a region of towns."""
    if key is None or ctx.actors[key].type != "Place" or ctx.actors[key].venue:
        return False
    name = ctx.actors[key].name
    return not load_towns().lookup(name) and ctx.gaz.lookup(name) is None


def included_only(ctx: Context, place: str, sent: Span) -> bool:
    """Whether the sentence names ``place`` only as an example ("including in Lusaka")."""
    found = [ctx.doc[a] for a, _b, k in ctx.mentions if k == place and sent.start <= a < sent.end]
    return bool(found) and all(any(x.lower_ == "including" and x.dep_ == "prep" for x in tok.ancestors) for tok in found)


def from_to_towns(ctx: Context, t: Token) -> list[str]:
    """The towns that bound a country's day: "protests were held across Zambia, from Kasama in the
    north to Kabwe in the center" (a "from" and a "to" of the protest's verb, both towns)."""
    verb = t if t.pos_ == "VERB" else t.head
    found: dict[str, str] = {}
    towns: list[str] = []
    preps = [c for x in ([verb, t] if t.pos_ == "NOUN" else [verb]) for c in x.children
             if c.dep_ == "prep" and c.lower_ in ("from", "to")]  # (the noun's own: "a human chain from A to B")
    preps += [x for c in preps if c.lower_ == "from" for x in c.children if x.dep_ == "prep" and x.lower_ == "to"]
    for c in preps:  # "from Ndola to Kitwe", the "to" hung on the "from"; "From A to B and C to D"
        for p in (x for q in c.children if q.dep_ == "pobj" for x in [q, *q.conjuncts]):
            k = ctx.tok_actor[p.i]
            if (k is None or ctx.actors[k].type != "Place") and p.pos_ == "PROPN" and not ctx.in_quote[p.i] \
                    and town_country(ctx, p.text) is not None:
                k = town_at(ctx, p)  # a town of the country the model read as a name
            if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and not ctx.in_quote[p.i]:
                found.setdefault(c.lower_, k)
                if k not in towns:
                    towns.append(k)
    return towns if len(found) == 2 else []


def span_towns(ctx: Context, t: Token) -> list[str]:
    """Every town of a "from ... to ..." sweep that opens the clause: "From Chtoura and Saadnayel in
    the Bekaa Valley to Sidon in south Lebanon, Abdeh, Halba and Tripoli in the north and in Beirut
    at the Ring Bridge, vital roads were blocked". A name after "in" or "at" that follows a town
    is its address or its venue, not another town."""
    verb = t if t.pos_ == "VERB" else t.head
    out: list[str] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i < verb.i):
        sub = list(prep.subtree)
        if not any(x.lower_ == "to" and x.dep_ == "prep" for x in sub):
            continue
        for x in sub:
            if x.pos_ != "PROPN" or ctx.in_quote[x.i] or (x.dep_ == "compound" and x.head.pos_ == "PROPN"):
                continue
            if x.dep_ == "pobj" and x.head.lower_ in ("in", "at") and (x.head.head.pos_ == "PROPN" or any(
                    c.dep_ == "det" for c in x.children)) or x.ent_type_ in ("LOC", "FAC"):
                continue  # "Sidon in south Lebanon", "Beirut at the Ring Bridge", "in the Bekaa Valley"
            k = ctx.tok_actor[x.i]
            if k is not None and ctx.actors[k].type in ("Country", "Group"):
                continue
            if (k is None or ctx.actors[k].type in ("Person", "Organization")) and may_be_town(x) \
                    and ctx.gaz.lookup(x.text) is None:
                k = town_at(ctx, x)
                if k is not None:
                    ctx.actors[k].type = "Place"
            if k is not None and is_town(ctx, k) and k not in out:
                out.append(k)
    return out


def across_country(ctx: Context, t: Token) -> str | None:
    """The country a protest spreads over: "protests erupted across Georgia", "rallies throughout Chile"."""
    heads = [t, t.head] if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") else [t]
    heads += _participles(t)  # "protests held across Peru", "protests multiplied across Peru" (read as a participle)
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


# who holds a protest ("staged", whose lemma the model sometimes gives as "stag")
_HOLD_VERBS = frozenset({"join", "joined", "stage", "staged", "hold", "held", "attend", "attended", "mount", "mounted"})


def crowd_town(ctx: Context, t: Token) -> str | None:
    """The town where the subject of a protest verb is ("protesters in Lilongwe marched ...")."""
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and (t.head.lemma_.lower() in _HOLD_VERBS or t.head.lower_ in _HOLD_VERBS):
        t = t.head  # "students in Novi Sad, Nis and Kragujevac joined the protest"
    if t.pos_ != "VERB":
        return None
    caps = {a: k for a, _b, k in place_mentions(ctx, t.sent) if ctx.doc[a].lower_ == "capital"}
    for s in (c for c in t.children if c.dep_ == "nsubj"):
        for p in (p for c in s.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"):
            k = ctx.tok_actor[p.i] or caps.get(p.i)  # "demonstrators in the capital clashed with police"
            if k is None and may_be_town(p) and not ctx.in_quote[p.i] and town_country(ctx, compound_name(p)) is not None:
                k = town_at(ctx, p)  # "students in Novi Sad staged a protest": a town the model did not read
            if k and ctx.actors[k].type == "Place" and not ctx.in_quote[p.i]:
                return k
    return None


def swept_country(ctx: Context, t: Token) -> str | None:
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


def dangling_in(ctx: Context, t: Token) -> str | None:
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


def subject_town(ctx: Context, t: Token) -> str | None:
    """ "Police in Algiers fired tear gas to disperse protesters": the town of whoever acts
    on the protest, for a protest word that names none."""
    for cur in _heads(t, 6):
        if cur.pos_ in ("VERB", "AUX"):
            for s in cur.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    for p in (x for c in s.children if c.dep_ == "prep" and c.lower_ == "in" for q in c.children
                              for x in named_town(q)):  # "main roads in the towns of Nyeri and Embu were blocked"
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


def share_of_figure(ctx: Context, verb: Token, place: str) -> bool:
    """ "detained 2,737 people nationwide, including 681 in Moscow": the town is a share of the figure."""
    return any(t.dep_ == "prep" and t.lower_ == "including" and any(ctx.tok_actor[x.i] == place for x in t.subtree)
               for t in verb.subtree)


# what is left of a second clause of a protest verb: "(20,000 marched in Paris,) 8,000 in Lyon", "thousands more in Batumi"
_GAP_COUNTS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "more", "others", "many", "some"})


def gapped_towns(ctx: Context, t: Token) -> list[str]:
    """Towns of a protest verb's clauses left without their verb (gapping): "about 20,000 people
    protested in Paris, 8,000 in Lyon and 5,000 in Marseille", "several hundred demonstrated in
    Tbilisi and thousands more in Batumi", "rallies took place in Lima on Sunday as well as in
    Cusco and Puno" (a second "in" the parser hung on the date's "on")."""
    if t.pos_ == "VERB":
        verb = t
    elif t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        verb = t.head
    else:
        return []
    ins: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in ("conj", "npadvmod") and c.i > verb.i]
    while todo:
        g = todo.pop(0)
        if g.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in g.children) or not (
                g.like_num or g.lower_ in _GAP_COUNTS or g.lemma_.lower() in ("people", "thousand", "hundred")):
            continue
        todo += [c for c in g.children if c.dep_ == "conj"]
        ins += [c for c in g.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    ins += [x for c in verb.children if c.dep_ == "prep" for x in c.children
            if x.dep_ == "conj" and x.pos_ == "ADP" and x.lower_ == "in"]
    out: list[str] = []
    for p in (p for c in ins for p in c.children if p.dep_ == "pobj"):
        for item in (n for x in [p, *list_items(p)] for n in named_town(x)):
            k = ctx.tok_actor[item.i]
            if (k is None or ctx.actors[k].type in ("Person", "Organization")) and may_be_town(item) \
                    and not ctx.in_quote[item.i] and town_country(ctx, compound_name(item)) is not None:
                k = town_at(ctx, item)  # "8,000 in Lyon", the town read as a name
            if is_town(ctx, k) and not ctx.in_quote[item.i] and k not in out:
                out.append(k)  # type: ignore[arg-type]
    return out


# "the Supreme Court in Tbilisi", "the University of Lima": a building named with its town
_IN_TOWN = re.compile(r"^.+? (?:in|of) (?P<town>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})$")
# "Tehran University", "Kyiv Polytechnic Institute": a building named after its town
_NAMED_AFTER = VENUE_WORDS | {"university", "college", "institute", "polytechnic", "court", "parliament", "assembly"}


def venue_name_town(ctx: Context, sent: Span) -> str | None:
    """The town inside the name of a building the model read as one body ("gathered outside the
    Supreme Court in Tbilisi", "a sit-in at Tehran University", "at the University of Lima"): the
    one such town of the sentence, when it is a known place or a town of the world's list in a
    country the article is about."""
    found: dict[str, int] = {}
    for a, b, k in ctx.mentions:
        rec = ctx.actors[k]
        if not sent.start <= a < sent.end or ctx.in_quote[a] or not (rec.type == "Organization" or rec.venue):
            continue
        text = ctx.doc[a:b].text
        name = re.sub(r"^[Tt]he ", "", text)
        m = _IN_TOWN.match(name)
        words = name.split()
        for cand in ([m.group("town")] if m else []) + (
                [" ".join(words[:-1])] if len(words) >= 2 and words[-1].lower() in _NAMED_AFTER else []):
            entry = ctx.gaz.lookup(cand)
            if (entry is not None and entry.type == "Place") or (entry is None and town_country(ctx, cand) is not None):
                found[cand] = ctx.doc[a].idx + text.rfind(cand)
    if len(found) != 1:
        return None
    name, start = next(iter(found.items()))
    entry = ctx.gaz.lookup(name)
    if entry is not None:
        return ctx.add_actor(entry.key, entry.name, entry.type, start, entry=entry, alias=name, body=False).key
    rec = ctx.actors.get(slug(name)) or ctx.add_actor(slug(name), name, "Place", start, alias=name, body=False)
    return rec.key if rec.type == "Place" else None
