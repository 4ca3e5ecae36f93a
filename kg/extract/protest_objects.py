"""The towns of what a protest acts on: objects of its verb ("stormed the headquarters in
Rawalpindi"), what it spreads to or hits ("protests spread to Tripoli", "the protests rocked Nakuru
town"), and the towns highways, junctions and airports are named for ("blocked the Kumasi highway")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.town_lists import list_items, may_be_town, named_town, town_at, town_country

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["spread_later", "compound_name", "object_places", "road_town"]

# Ways between towns and airports, named for the town they serve ("the Kumasi highway", "Lod
# junction", "Geneva airport"); not streets and squares ("Moscow Street" is in another town)
_TOWN_ROADS = frozenset({"highway", "motorway", "expressway", "freeway", "junction", "interchange", "airport",
                         "intersection", "crossroads", "highways", "motorways", "expressways", "junctions",
                         "airports", "intersections", "interchanges"})
# crossings of roads, named for the place they lie at ("the Karkur junction", "Naryn crossroads")
_JUNCTIONS = frozenset({"junction", "intersection", "crossroads", "interchange"})


def road_town(ctx: Context, place: str | None) -> str | None:
    """ "blocked the Kumasi highway", "at Karkur junction": the known town a highway, a
    junction or an airport is named for; None for other places."""
    rec = ctx.actors.get(place) if place else None
    if rec is None or not rec.venue:
        return None
    words = rec.name.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if len(words) < 2 or words[-1].lower() not in _TOWN_ROADS:
        return None
    name = " ".join(words[:-1])
    entry = ctx.gaz.lookup(name)
    if entry is not None and entry.type == "Place":
        return ctx.add_actor(entry.key, entry.name, "Place", 10**9, entry=entry, body=False).key
    country = town_country(ctx, name) if entry is None else None
    if country is None and not (entry is None and any(
            all(t.ent_type_ == "GPE" for t in ctx.doc[a:b] if t.lower_ != "the" and t.lower_ not in _TOWN_ROADS)
            for a, b, k in ctx.mentions if k == place)):
        return None  # a name the model read as a place ("the Kfar Hazir highway") is one too
    town = ctx.actors.get(slug(name)) or ctx.add_actor(slug(name), name, "Place", 10**9, alias=name, body=False)
    if town.type != "Place" or town.venue:
        return None
    town.country = town.country or country
    return town.key


# "the protests rocked Nakuru town": a protest noun whose verb acts on the town
_HIT_VERBS = frozenset({"rock", "hit", "grip", "sweep", "engulf", "shake", "paralyse", "paralyze", "roil", "rattle"})


# "protests spread to A", "spilled over to A", "extended to A"
_SPREAD_VERBS = frozenset({"spread", "extend", "spill", "expand", "widen"})


def spread_later(ctx: Context, t: Token) -> set[str]:
    """The towns a protest then spread to, told in a clause with no day of its own: "the protests
    began in Nairobi on Tuesday and spread to Mombasa and Kisumu" (the day is the beginning's,
    the towns it spread to stay undated)."""
    if t.pos_ != "NOUN" or t.dep_ != "nsubj":
        return set()
    verb = next((v for v in t.head.children if v.dep_ == "conj" and v.lemma_.lower() in _SPREAD_VERBS
                 and not any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children)), None)
    if verb is None or any(x.ent_type_ in ("DATE", "TIME") for x in verb.subtree):
        return set()
    lo, hi = verb.left_edge.i, verb.right_edge.i
    return {k for a, _b, k in ctx.mentions if lo <= a <= hi}


def object_places(ctx: Context, t: Token) -> list[str]:
    """Towns of what a protest verb acts on: "packed Moscow's Pushkin Square", "stormed the
    headquarters in Rawalpindi and the residence in Lahore", "broke into Lahore Cantt",
    "the protests rocked Nakuru town", "Catalonia was hit by a strike", "clashes left
    three dead in Cali"."""
    spread = t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPREAD_VERBS
    passive = (t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.dep_ == "agent"
               and t.head.head.lemma_.lower() in _HIT_VERBS)  # "Catalonia was hit by a general strike"
    left = t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() == "leave"
    # "the protests, hitherto confined to X, spilled over to A and B": a spread verb the parser
    # hung below another verb of the same subject
    spilled = next((v for v in t.head.children if v.dep_ in ("advcl", "conj") and v.lemma_.lower() in _SPREAD_VERBS
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children)), None) \
        if t.pos_ == "NOUN" and t.dep_ == "nsubj" and not spread else None
    if t.pos_ == "NOUN" and t.dep_ == "ROOT":  # "The demonstrations, which began in X, extended to A" (misparsed)
        spilled = next((v for v in t.children if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN")
                        and v.lemma_.lower() in _SPREAD_VERBS and any(c.lower_ == "to" for c in v.children)), None)
    if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in _HIT_VERBS | _SPREAD_VERBS | {"leave", "reach"}:
        spread = spread or t.head.lemma_.lower() == "reach"  # "protests reached Kitwe and Kasama"
        t = t.head
    elif spilled is not None:
        t, spread = spilled, True
    elif passive:
        t = t.head.head
    if t.pos_ != "VERB":
        return []
    objs = [c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not passive:  # "attacked and destroyed a camp": the object of a conjoined verb of the same subject
        objs += [c for v in t.conjuncts if v.pos_ == "VERB" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in v.children)
                 for c in v.children if c.dep_ == "dobj"]
    if left:  # "clashes left a dozen people injured in Medellin and Cali": where the harm was done
        objs = [x for o in objs for a in o.children if a.dep_ in ("acl", "amod")
                for c in a.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" for x in [p, *list_items(p)]]
    if spread:  # "protests spread to Tripoli, Sidon and Nabatieh"
        objs += [x for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                 if p.dep_ == "pobj" for x in [p, *list_items(p)]]
    objs += [p for c in t.children if c.dep_ == "prep" and c.lower_ in ("into", "onto")
             for p in c.children if p.dep_ == "pobj"]
    objs += [x for o in objs for x in o.conjuncts]
    out: list[str] = []
    for o in objs:
        cands = [o, *(c for c in o.children if c.dep_ in ("poss", "compound"))]
        cands += [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside")
                  for p in c.children if p.dep_ == "pobj"]
        # "a camp set up by demonstrators in central Beirut": the place of the object's participle
        cands += [p for a in o.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                  for x in g.children if x.dep_ == "pobj" for c in x.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj"]
        if o.lemma_.lower() in _TOWN_ROADS or o.lemma_.lower() in ("road", "route"):
            # "blocked the Ndola and Kitwe highways": the towns that name the ways
            cands += [x for c in o.children if c.dep_ in ("compound", "nmod") for x in c.conjuncts]
            cands += [c for c in o.children if c.dep_ == "nmod"]
        for c in cands:
            k = ctx.tok_actor[c.i]
            if k is not None and ctx.actors[k].venue:
                k = road_town(ctx, k) or k
            elif c.i != o.i and (k is None or ctx.actors[k].type in ("Person", "Organization")) and may_be_town(c) \
                    and not ctx.in_quote[c.i] and (o.lemma_.lower() in _TOWN_ROADS or o.lemma_.lower() in ("road", "route")) \
                    and (town_country(ctx, compound_name(c)) is not None or _road_names(ctx, c, o)):
                k = town_at(ctx, c)  # "the Ndola and Kitwe highways": a town the model read as a name
                if k is not None and ctx.actors[k].type == "Organization" and _road_names(ctx, c, o):
                    ctx.actors[k].type = "Place"
            if (spread or passive) and (k is None or ctx.actors[k].type != "Place") and may_be_town(c) and not ctx.in_quote[c.i] \
                    and town_country(ctx, compound_name(c)) is not None:
                k = town_at(ctx, c)  # "spread to Nakuru and Eldoret": a town of the country the model did not read
            if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and not ctx.in_quote[c.i] and k not in out:
                out.append(k)
    for v in t.conjuncts if not passive else []:
        # "stormed the airport in Juliaca and blocked roads in Cusco": where a street act of the same crowd was
        if v.pos_ == "VERB" and v.i > t.i and v.lemma_.lower() in _STREET_ACTS and not any(
                x.dep_ in ("nsubj", "nsubjpass") for x in v.children):
            for p in (p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for p in c.children
                      if p.dep_ == "pobj"):
                for item in (n for x in [p, *list_items(p)] for n in named_town(x)):
                    k = ctx.tok_actor[item.i]
                    if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and not ctx.in_quote[item.i] \
                            and k not in out:
                        out.append(k)
    for v in (c for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        # "took to the streets on Sunday, blocking roads in Beirut, Tripoli and the city of Tyre"
        heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
        for p in (p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj"):
            for item in (n for x in [p, *list_items(p)] for n in named_town(x)):
                k = ctx.tok_actor[item.i]
                if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and not ctx.in_quote[item.i] \
                        and k not in out:
                    out.append(k)
    return out


# what a crowd does to a town's streets and buildings
_STREET_ACTS = frozenset({"block", "barricade", "burn", "torch", "set", "loot", "storm", "occupy", "attack", "ransack",
                          "blockade", "vandalise", "vandalize", "smash", "clash", "march", "rally", "protest"})


def compound_name(tok: Token) -> str:
    """A name with the compound words before it ("Novi Sad", not "Sad")."""
    first = min([tok.i, *[c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i]])
    return tok.doc[first: tok.i + 1].text


def _road_names(ctx: Context, name: Token, road: Token) -> bool:
    """ "the Chekka and Batroun highways": names the gazetteer does not know, listed before a
    plural highway or junction told in lower case, are the towns the ways serve."""
    plural = road.tag_ == "NNS" and road.lemma_.lower() in _TOWN_ROADS
    # "blocked the Karkur junction": a crossing, named for the one place it lies at
    crossing = road.tag_ == "NN" and road.lower_ in _JUNCTIONS and name.dep_ == "compound" and name.i == road.i - 1 \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in road.children)
    return (road.text.islower() and (plural or crossing)
            and name.ent_type_ in ("", "GPE", "LOC", "FAC", "ORG") and ctx.gaz.lookup(name.text) is None)
