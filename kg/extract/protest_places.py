"""The towns of a protest: a venue's town, the towns of what protesters acted on, every town of a list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.places import place_mentions
from kg.extract.protest_objects import road_town
from kg.extract.spans import VENUE_WORDS
from kg.extract.town_lists import (
    PLURAL_TOWN_NOUNS,
    TOWN_NOUNS,
    address,
    aside_list,
    hyphened,
    known_town,
    list_items,
    may_be_town,
    more_towns,
    named_town,
    place_countries,
    names_after,
    such_as,
    surface_list,
    town_at,
    town_country,
    town_span,
)
from kg.extract.towns import load_towns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["seat_capital", "split_town_lists", "town_of_venue", "conj_places", "included_towns", "shaped_town", "town_country",
           "place_countries"]


# the small words inside a town's name ("Vilanova i la Geltrú", "Castellón de la Plana", "Bergen op Zoom")
_NAME_PARTICLES = frozenset({"i", "la", "de", "del", "y", "e", "do", "da", "dos", "das", "di", "el", "les", "los", "las",
                             "sur", "am", "an", "der", "op", "le", "en"})


def _join_particle_names(ctx: Context) -> None:
    """ "in Tortosa and Vilanova i la Geltrú", "in Sao Jose dos Campos": a name the model read short of
    the small words of a longer name and the capitalised words after them is that town, when the
    world's town list knows the whole (the names read apart become one)."""
    towns, doc = load_towns(), ctx.doc
    for a, b, k in sorted(ctx.mentions):
        listed = a > 0 and doc[a - 1].lower_ in (",", "and", "in", "&")  # a person's name only as a list's item
        if (a, b, k) not in ctx.mentions or ctx.in_quote[a] or not (
                ctx.actors[k].type == "Place" or (listed and ctx.actors[k].type in ("Person", "Organization"))):
            continue
        i = b
        while i < len(doc) and i - b < 3 and doc[i].text.islower() and doc[i].lower_ in _NAME_PARTICLES:
            i += 1
        if i == b:
            continue
        ends = [j for j in range(i + 1, min(i + 3, len(doc)) + 1) if all(t.text[:1].isupper() for t in doc[i:j])]
        end = next((j for j in reversed(ends) if towns.lookup(doc[a:j].text)), None)
        if end is None:
            continue
        for m in [m for m in ctx.mentions if a <= m[0] < end]:
            ctx.mentions.remove(m)
        for t in doc[a:end]:
            ctx.tok_actor[t.i] = None
        town_span(ctx, doc[a:end])


def split_town_lists(ctx: Context) -> None:
    """One name the model read over a list of towns ("Arequipa and Trujillo", "Cali, Medellín")
    becomes the towns it lists, when every item is a town of the world's town list or a
    place of the gazetteer."""
    towns = load_towns()
    for a, b, k in list(ctx.mentions):
        if b - a >= 2 and ctx.doc[b - 1].lower_ in ("and", ",") and ctx.actors[k].type == "Place" \
                and not ctx.in_quote[a] and all(t.pos_ == "PROPN" for t in ctx.doc[a:b - 1]):
            # "in Oran, Bejaia and Setif" with "Bejaia and" read as one name: the town without the "and"
            ctx.mentions.remove((a, b, k))
            for t in ctx.doc[a:b]:
                ctx.tok_actor[t.i] = None
            town_span(ctx, ctx.doc[a:b - 1])
            continue
        if b - a < 3 or ctx.in_quote[a] or ctx.actors[k].type == "Country":
            continue
        span = ctx.doc[a:b]
        cuts = [t.i for t in span if t.text == "," or (t.pos_ == "CCONJ" and t.lower_ == "and")]
        if not cuts:
            continue
        parts, start = [], a
        for c in [*cuts, b]:
            if c > start:
                parts.append(ctx.doc[start:c])
            start = c + 1
        if len(parts) < 2 or not all((p[-1].pos_ == "PROPN" or _hyphen_name(ctx, p)) and (towns.lookup(p.text) or (
                (e := ctx.gaz.lookup(p.text)) is not None and e.type == "Place")) for p in parts):
            continue
        ctx.mentions.remove((a, b, k))
        for t in span:
            ctx.tok_actor[t.i] = None
        for p in parts:
            if _hyphen_name(ctx, p):
                town_span(ctx, p)  # "Tizi-Ouzou, Skikda and" read as one name: the hyphenated town whole
            else:
                town_at(ctx, p[-1])
    _join_particle_names(ctx)
    for a, b, k in list(ctx.mentions):  # "Yerevan’s Republic" read as one name (a curly possessive): the town
        case = next((t for t in ctx.doc[a + 1:b] if t.dep_ == "case" and t.lower_ in ("\u2019s", "'s")), None)
        held_by = ctx.doc[a:case.i] if case is not None else None
        if held_by is not None and ctx.actors[k].type in ("Place", "Organization", "Person") and not ctx.in_quote[a] \
                and ctx.gaz.lookup(ctx.actors[k].name) is None and (load_towns().lookup(held_by.text) or (
                    (e := ctx.gaz.lookup(held_by.text)) is not None and e.type == "Place")):
            ctx.mentions.remove((a, b, k))
            for t in ctx.doc[a:b]:
                ctx.tok_actor[t.i] = None
            town_at(ctx, held_by[-1])
            rest = ctx.doc[case.i + 1:b]  # type: ignore[union-attr]
            if len(rest) and all(ctx.tok_actor[t.i] is None for t in rest) and not any(
                    x <= rest.start < y for x, y, _k in ctx.mentions):
                ctx.mark(rest, ctx.actors[k])  # "Bangkok’s Thammasat University": the rest keeps the name read
    for t in ctx.doc[1:]:  # "at Tbilisi’s Freedom Square": the venue's owner, left unnamed by the model, is a town
        held = ctx.doc[t.i - 1]
        if t.dep_ == "case" and t.lower_ in ("\u2019s", "'s") and ctx.tok_actor[held.i] is None and not ctx.in_quote[t.i] \
                and may_be_town(held) and ctx.tok_actor[t.head.head.i] is not None and (
                    load_towns().lookup(held.text) or ((e := ctx.gaz.lookup(held.text)) is not None and e.type == "Place")):
            town_at(ctx, held)
    for a, b, k in ctx.mentions:  # "in Oued Souf, Tizi-Ouzou, Skikda and Bejaia" with the first read as a building
        rec = ctx.actors[k]
        if rec.venue and rec.type == "Place" and ctx.doc[b - 1].lower_ not in VENUE_WORDS and not ctx.in_quote[a] and any(
                (k2 := ctx.tok_actor[x.i]) and k2 != k and ctx.actors[k2].type == "Place" and not ctx.actors[k2].venue
                for x in list_items(ctx.doc[a:b].root)) and (country := town_country(ctx, rec.name)) is not None:
            rec.venue, rec.country = False, rec.country or country
    poses, lowers = ctx.poses, ctx.lowers
    for i in range(len(ctx.doc)):  # "clashes in Bignona town": the name before "town" is a town, whatever the model read
        if lowers[i] in ("town", "city") and poses[i] == "NOUN" and not ctx.in_quote[i]:
            t = ctx.doc[i]
            name = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1 and may_be_town(c)]
            owner = ctx.tok_actor[name[0].i] if name else None
            if name and (owner is None or ctx.actors[owner].type in ("Person", "Organization")) and not ctx.in_headline(t.idx):
                town_at(ctx, name[0])
    ctx.mentions.sort()


def _hyphen_name(ctx: Context, span: Span) -> bool:
    """A name the tokenizer split at its hyphens ("Tizi-Ouzou"), capitalised at its end."""
    return len(span) > 2 and span[-1].text[:1].isupper() and all(
        hyphened(ctx.doc, t.i, span.end) for t in span[1:])


def town_of_venue(ctx: Context, place: str | None, sent: Span) -> str | None:
    """ "near Bangkok's Democracy Monument": the town that names the venue."""
    if place is None or ctx.actors[place].type != "Place" or (ctx.actors[place].country and not (
            ctx.actors[place].venue or ctx.actors[place].name.split()[-1].lower() in VENUE_WORDS)):
        return place  # (a known square or avenue still has its town: "Yerevan’s Republic Square")
    for a, b, k in ctx.mentions:
        if k == place and sent.start <= a < sent.end:
            town = not ctx.actors[place].venue and ctx.doc[b - 1].lemma_.lower() not in VENUE_WORDS and all(
                t.ent_type_ == "GPE" for t in ctx.doc[a:b])  # "in Bolivar's San Felix": a town of its state
            for tok in ctx.doc[a:b]:
                for c in tok.children:
                    k2 = ctx.tok_actor[c.i]
                    if c.dep_ in ("poss", "compound") and k2 and k2 != place and ctx.actors[k2].type == "Place" \
                            and not (town and c.dep_ == "poss"):
                        return k2
            # "at Independence Square in Lusaka": the town the venue is said to be in
            root = ctx.doc[a:b].root
            for p in (p for c in root.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children):
                k2 = ctx.tok_actor[p.i]
                if p.dep_ == "pobj" and k2 and k2 != place and ctx.actors[k2].type == "Place" \
                        and not ctx.actors[k2].venue:
                    return k2
    return road_town(ctx, place) or place



def conj_places(ctx: Context, place: str, sent: Span) -> list[str]:
    """The other towns of a list the place heads ("in Jerusalem, Beersheba, Ra'anana
    and Karkur", "in St Petersburg and in Yakutsk"). Names the model did not read as
    places become places: in such a list every item is a town."""
    out: list[str] = []
    for a, b, k in [*ctx.mentions_in(sent.start, sent.end),
                    *((a, b, k) for a, b, k in place_mentions(ctx, sent) if ctx.doc[a].lower_ == "capital")]:
        if k == place and sent.start <= a < sent.end:  # "in the capital and the southern cities of A and B"
            root = ctx.doc[a:b].root
            items = list_items(root)
            for span in surface_list(ctx, ctx.doc[b - 1], ctx.doc[a:b]) if not items else []:  # a list the parser broke
                k2 = town_span(ctx, span)
                if k2 and k2 != place and k2 not in out:
                    out.append(k2)
            # "in the capital Lusaka, as well as in Ndola and Kitwe" read as a conjoined "in"
            items += [x for c in items if c.pos_ == "ADP" and c.lower_ in ("in", "at") for p in c.children
                      if p.dep_ == "pobj" and p.pos_ == "PROPN" for x in [p, *list_items(p)]]
            if root.dep_ == "pobj":  # "in St Petersburg and in Yakutsk", "in Belgrade as well as in Novi Sad and Nis"
                items += [x for c in root.head.conjuncts for p in c.children if p.dep_ == "pobj" for x in [p, *list_items(p)]]
                # "in Kutaisi, Georgia's second-largest city, and in the port of Batumi": the second "in" hung on the verb
                items += [x for c in root.head.head.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in ("in", "at")
                          and c.i > root.i for p in c.children if p.dep_ == "pobj" for x in [p, *list_items(p)]]
                town_noun = root.head.head if root.head.lower_ == "of" and root.head.head.lower_ in TOWN_NOUNS else None
                if town_noun is not None and town_noun.dep_ == "pobj":
                    # "in the port city of Tripoli and in the southern city of Nabatieh"
                    items += [p for c in town_noun.head.conjuncts for p in c.children if p.dep_ == "pobj"]
            items += more_towns(root)
            for span in aside_list(ctx, root):  # "the departments of A, in the center, B (northwest) and in C"
                k2 = town_span(ctx, span)
                if k2 and k2 != place and k2 not in out:
                    out.append(k2)
            cap = ctx.capital_of(ctx.home_country) if ctx.home_country and any(
                c.lower_ == "capital" and not any(x.lower_ == "of" for x in c.children) for c in items) else None
            if cap and cap != place:  # "in addition to the capital, ... in Cali": the home country's capital
                out.append(cap)
            items = [n for c in items for n in named_town(c)]
            for c in items:
                k2 = ctx.tok_actor[c.i]
                if k2 is None or ctx.actors[k2].type not in ("Place", "Country"):
                    k2 = town_at(ctx, c) if may_be_town(c) else None
                if k2 and k2 != place and ctx.actors[k2].type in ("Place", "Country") and k2 not in out \
                        and not address(ctx, c, k2):
                    out.append(k2)
            break
    return out


def included_towns(ctx: Context, t: Token, path: list[Token]) -> list[str]:
    """The towns a protest's clause names as examples of its places: "rallies were held in
    more than 20 cities, including Ndola, Kitwe and Kasama", "across the country, including
    in Ndola". When the clause names its places as towns or the country ("in several cities",
    "across the country"), the examples may also hang on its subject ("Demonstrators took to
    the streets in several cities on Friday, including Ndola and Kitwe") or follow "among
    them"; those are only names already read as places or towns of the world's town list."""
    pset = {x.i for x in path}
    towns_clause = any(p.dep_ == "pobj" and p.lower_ in PLURAL_TOWN_NOUNS | {"country", "nation"}
                       for i in pset for c in ctx.doc[i].children if c.dep_ == "prep" and c.lower_ in _LOC_PREPS
                       for p in c.children) or any(  # "residents of several towns, including A and B, joined the protests"
        s.dep_ == "nsubj" and s.lemma_.lower() in _DWELLERS | {"people"} and any(
            x.dep_ == "prep" and x.lower_ == "of" and any(p.lower_ in PLURAL_TOWN_NOUNS for p in x.children)
            for x in s.children)
        for i in pset for s in ctx.doc[i].children)
    out: list[str] = []
    for prep in t.sent:
        if ctx.in_quote[prep.i] or prep.dep_ != "prep":
            continue
        strict = False
        if prep.lower_ == "including" or such_as(prep):
            host = prep.head
            if host.i not in pset and not (host.dep_ == "dobj" and host.head.i in pset) and not (
                    host.lower_ in TOWN_NOUNS | {"country", "nation"} and any(a.i in pset for a in host.ancestors)):
                if not (towns_clause and host.dep_ in ("nsubj", "nsubjpass") and host.head.i in pset):
                    continue
                strict = True
            pobjs = [p for p in prep.children if p.dep_ == "pobj"]
            pobjs += [p for c in prep.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for p in c.children
                      if p.dep_ == "pobj"]
        elif (prep.lower_ == "among" and towns_clause and prep.head.head.i in pset and prep.head.pos_ == "PROPN"
              and any(p.dep_ == "pobj" and p.lower_ in ("them", "those") for p in prep.children)):
            pobjs, strict = [prep.head], True  # "in ten cities on Friday, among them Ndola and Kitwe"
        else:
            continue
        items = [n for p in pobjs for x in [p, *list_items(p)] for n in named_town(x)]
        for span in (sp for p in pobjs if p.pos_ == "PROPN" and not list_items(p)
                     for sp in surface_list(ctx, p, ctx.doc[p.left_edge.i:p.i + 1])):
            k = town_span(ctx, span)  # "including in Belgrade, Novi Sad and Nis", the list broken by the parser
            if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and k not in out:
                out.append(k)
        if strict and any((k := ctx.tok_actor[x.i]) and ctx.actors[k].type == "Place" for x in items):
            strict = False  # a list of which some names are read as places: every item is a town
        for item in items:
            k = ctx.tok_actor[item.i]
            if k is not None and ctx.actors[k].venue:
                k = road_town(ctx, k) or k  # "including ... the Dbayeh highways": the way's town
            if (k is None or ctx.actors[k].type != "Place") and may_be_town(item) and (
                    not strict or town_country(ctx, item.text) is not None):
                k = town_at(ctx, item)
            if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and k not in out:
                out.append(k)
    for word in t.sent:  # "inhabitants of different cities including: A, B, C etc. joined", "including" misparsed
        if word.lower_ == "including" and word.dep_ != "prep" and not ctx.in_quote[word.i] and any(
                x.lower_ in PLURAL_TOWN_NOUNS for x in ctx.doc[max(t.sent.start, word.i - 6):word.i]):
            for span in names_after(ctx, word):
                k = town_span(ctx, span)
                if k and ctx.actors[k].type == "Place" and not ctx.actors[k].venue and k not in out:
                    out.append(k)
    return out


# the parts of a town a crowd fills: "through the centre of Lusaka", "the streets of Quito"
_AREA_NOUNS = frozenset({"street", "streets", "centre", "center", "heart", "outskirts", "downtown", "suburbs",
                         "square", "squares", "city", "town", "capital"})
_LOC_PREPS = frozenset({"in", "across", "throughout", "through", "around", "near"})
_AT_PREPS = frozenset({"outside", "at", "near", "before", "opposite", "inside", "to", "on", "toward", "towards"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"})


def shaped_town(ctx: Context, t: Token, path: list[Token]) -> str | None:
    """A name in the locative slot of a protest's clause that the model did not read as a
    place ("protests erupted in Omdurman", "In Tunis, hundreds protested", "marched through
    the centre of Lusaka"): a capitalised name after "in", "across", "through" ... (or after
    "the streets of", "the centre of", or the subject of "saw a march") is a town. Names read as people or organisations
    elsewhere in the text stay what they are."""
    pset = {x.i for x in path} | ({x.i for x in t.subtree} if t.pos_ == "NOUN" else set())
    slots = [p for i in sorted(pset) for c in ctx.doc[i].children if c.dep_ == "prep" and c.lower_ in _LOC_PREPS
             for p in c.children if p.dep_ == "pobj"]
    # "rallied outside the Central Election Commission in Tbilisi": the town of the building a crowd faces
    slots += [q for i in sorted(pset) for c in ctx.doc[i].children if c.dep_ == "prep" and c.lower_ in _AT_PREPS
              for p in c.children if p.dep_ == "pobj" for x in p.children if x.dep_ == "prep" and x.lower_ == "in"
              for q in x.children if q.dep_ == "pobj"]
    if t.pos_ == "VERB":  # "occupied the main square of Kitwe"
        slots += [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in _AREA_NOUNS]
    if t.pos_ == "VERB":  # "residents of Arequipa took to the streets"
        slots += [p for c in t.children if c.dep_ == "nsubj" and c.lemma_.lower() in _DWELLERS
                  for x in c.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children if p.dep_ == "pobj"]
        # "protesters in Puno blocked the road": where the crowd that acts is
        slots += [p for c in t.children if c.dep_ == "nsubj" and c.lemma_.lower() in (*L.PROTESTER_NOUNS, "crowd")
                  for x in c.children if x.dep_ == "prep" and x.lower_ == "in" for p in x.children if p.dep_ == "pobj"]
    # "Puno, where protesters set fire to a bus": the town the "where" clause describes
    slots += [x.head for x in path if x.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where"
                                                                 for c in x.children)]
    # "took to the streets of Puno", "poured into the centre of Puno": the town of the area reached
    # "converged on Batumi's main square", "gathered at the main square of Osh": the town of the square
    slots += [p for i in sorted(pset) for c in ctx.doc[i].children if c.dep_ == "prep"
              and c.lower_ in ("to", "into", "onto", "on", "at", "outside")
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _AREA_NOUNS - {"city", "town", "capital"}]
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _SEE_VERBS:  # "Lusaka saw its biggest march"
        slots += [c for c in t.head.children if c.dep_ == "nsubj"]
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _HOST_VERBS:  # "Arequipa and Puno also hosted marches"
        slots += [c for c in t.head.children if c.dep_ == "nsubj" and _town_named(ctx, c)]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "scene" and t.head.head.dep_ == "attr":
        slots += [c for c in t.head.head.head.children if c.dep_ == "nsubj"]  # "Nakuru was the scene of clashes"
    if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ in ("ADJ", "VERB"):
        # "Mombasa's streets were alive with protests", "the streets of Lima were filled with protesters"
        verb = t.head.head if t.head.head.pos_ == "VERB" else t.head.head.head
        slots += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _AREA_NOUNS]
    if t.dep_ == "nsubj" and t.head.lemma_ == "be":  # "the demonstrations were largest in Nairobi and Mombasa"
        slots += [p for c in t.head.children if c.dep_ in ("acomp", "attr") for x in c.children
                  if x.dep_ == "prep" and x.lower_ in ("in", "at") for p in x.children if p.dep_ == "pobj"]
    for p in slots:
        cands = [p]
        if p.pos_ == "NOUN" and p.lemma_.lower() in _AREA_NOUNS:  # "the streets of Quito", "Quito's streets"
            cands = [x for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                     if x.dep_ == "pobj"] + [c for c in p.children if c.dep_ == "poss"]
            if p.lower_ in ("city", "town", "capital"):  # "in the second city, Kitwe"
                cands += [c for c in p.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        elif p.pos_ == "NOUN" and p.lower_ in TOWN_NOUNS:  # "in the districts of Miraflores and Barranco"
            cands = named_town(p)
        elif any(x.dep_ == "case" for x in p.children):
            continue  # "in the Prime Minister's office": an owner, not a town
        for c in cands:
            if not may_be_town(c) or c.ent_type_ in _NOT_NAMES or ctx.in_quote[c.i] or c.lower_ in ctx.gaz.by_demonym:
                continue
            k = ctx.tok_actor[c.i]
            if k is not None and ctx.actors[k].type == "Organization" and c.dep_ == "pobj" and c.head.lower_ == "in" \
                    and ctx.actors[k].name.endswith(f" in {c.text}") and town_country(ctx, c.text) is not None:
                k = None  # "the Central Election Commission in Tbilisi" read as one body: the town it is in
            if k is None or (_owned(ctx, c, k) and ctx.actors[k].type != "Country"):
                k = town_at(ctx, c)  # "in Akkar’s Qobeiyat" read as one name: the town after the owner
                ctx.mentions.sort()
            if k is None:
                continue
            if _misread(ctx, k):
                ctx.actors[k].type = "Place"  # "through the centre of Lusaka" read as an organisation
            if ctx.actors[k].type in ("Place", "Country"):
                return k
    return None


def _owned(ctx: Context, tok: Token, key: str) -> bool:
    """Whether the model read ``tok`` in one name with its owner before a possessive ("Akkar’s
    Qobeiyat", as it does with a curly apostrophe) that the gazetteer does not know."""
    return ctx.gaz.lookup(ctx.actors[key].name) is None and any(
        a <= tok.i < b and any(x.dep_ == "case" and x.i < tok.i for x in ctx.doc[a:b]) for a, b, k in ctx.mentions
        if k == key)


def _misread(ctx: Context, key: str) -> bool:
    """Whether actor ``key`` is a name the model took for a person or an organisation that the
    gazetteer does not know and the text only uses where a town could stand."""
    rec = ctx.actors[key]
    return (rec.type in ("Organization", "Person") and ctx.gaz.lookup(rec.name) is None
            and (rec.role is None or rec.role.split()[-1].lower() in TOWN_NOUNS)  # "the second city, Kitwe"
            and len(rec.name.split()) <= 2 and not any(w in _ORG_WORDS for w in rec.name.split())
            and (known_town(ctx, key) or all(_town_slot(ctx.doc[a:b].root) for a, b, k in ctx.mentions if k == key)))


def _town_slot(root: Token) -> bool:
    """Whether a name stands where a town could: after a preposition, in a list, as what saw a march."""
    return root.dep_ in ("pobj", "conj", "appos") or (root.dep_ == "nsubj" and root.head.lemma_.lower() in _SEE_VERBS)


_SEE_VERBS = frozenset({"see", "witness"})
# a town as the subject of a verb whose object is the protest: not a person who hosts a rally of supporters
_HOST_VERBS = frozenset({"host", "experience"})


def _town_named(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` names a place, or a town of the world's list in a country of the article."""
    k = ctx.tok_actor[tok.i]
    return (k is not None and ctx.actors[k].type == "Place") or (
        (k is None or ctx.actors[k].type in ("Person", "Organization")) and town_country(ctx, tok.text) is not None)
_DWELLERS = frozenset({"resident", "inhabitant", "citizen"})


_ORG_WORDS = frozenset({"Party", "Union", "Front", "Council", "Committee", "Movement", "Congress", "Parliament",
                        "Assembly", "Court", "Ministry", "Police", "Army", "University", "Bank", "Agency", "Office"})


_SEATS = frozenset({"parliament", "congress", "legislature", "ministry", "ministries"})
_SEAT_OF = {"offices": "government", "buildings": "government", "court": "supreme",
            "assembly": "national"}
_LOCAL = frozenset({"regional", "state", "provincial", "local", "municipal", "city", "county", "district"})


def seat_capital(ctx: Context, t: Token) -> str | None:
    """A protest aimed at a country's seat of government, with no town named, is in its
    capital: "an hours-long siege on government offices", "supporters stormed Congress and
    the Supreme Court" (the home country's), "rallied outside the Georgian parliament",
    "outside Serbia's parliament" (the country that owns it; but not "the Catalan parliament",
    "a provincial assembly", "several government buildings" or a palace, where the
    government's own supporters gather)."""
    clause = t.head if t.dep_ == "nsubj" and t.head.pos_ == "VERB" else t  # "Demonstrators clashed ... outside parliament"
    for x in clause.subtree:
        if x.i == t.i or ctx.in_quote[x.i]:
            continue
        word = x.lower_
        if not (word in _SEATS or (word in _SEAT_OF and any(c.lower_ == _SEAT_OF[word] for c in x.children))):
            continue
        if any(c.lower_ in ("several", "many", "some", "various", "dozens", "scores") for c in x.children):
            continue  # "set fire to several government buildings": across the country
        if x.dep_ == "compound" or (x.i + 1 < len(ctx.doc) and ctx.doc[x.i + 1].lower_ in ("party", "leader", "member")):
            continue  # "Congress party", "parliament member"
        mods = [c for c in x.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        if any(c.lower_ in _LOCAL for c in mods):
            continue
        owners = {_owner_country(ctx, c) for c in mods if c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")}
        if None in owners or len(owners) > 1:
            continue  # "the Catalan parliament", "Kurdistan's parliament": a region's, in a town not named
        country = owners.pop() if owners else ctx.home_country
        return ctx.capital_of(country) if country else None
    return None


def _owner_country(ctx: Context, tok: Token) -> str | None:
    """The country a seat's modifier names: "Georgian" (a demonym) or "Serbia" ("Serbia's
    parliament"); None for any other name."""
    k = ctx.tok_actor[tok.i]
    if k is not None and ctx.actors[k].type == "Country":
        return k
    key = ctx.gaz.by_demonym.get(tok.lower_)
    entry = ctx.gaz.entries.get(key) if key else None
    return key if entry is not None and entry.type == "Country" else None
