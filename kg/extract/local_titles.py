"""Holders of a town's or a province's office told by the title and the place only ("Basra's
governor said", "the Kisumu governor said", "the mayor of Valparaiso told reporters", "the
province's governor said", "according to the governor of Nineveh"): a person of their own,
named "<place> <title>" as the real-article gold names them, never the place; when the text
names the holder with that place's title before ("Basra governor Asaad al-Eidani"), that person
(issue 11: a description resolves to the named actor already mentioned)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["LOCAL_TITLES", "local_title", "titled"]

#: Offices of a town, a province or a state, held by one person.
LOCAL_TITLES = frozenset({"governor", "mayor", "prefect"})

#: Nouns of the office of a town's police ("police chief", "police commissioner").
_POLICE_TITLES = frozenset({"chief", "commissioner", "commander"})

#: Common nouns that stand for the place just named ("the city's mayor", "the province's governor").
_PLACE_NOUNS = frozenset({"city", "town", "province", "state", "county", "region", "district", "governorate",
                          "capital", "municipality", "village", "prefecture"})

#: Words of a title kept in its name ("deputy governor"); an adjective of the place is dropped
#: ("the provincial governor of Basra" is the Basra governor).
_KEPT_WORDS = frozenset({"deputy", "acting", "interim", "former", "vice", "lieutenant"})


def _place_at(ctx: Context, tok: Token) -> str | None:
    """The place (a town, a province, not a country) ``tok`` names, else None."""
    k = ctx.tok_actor[tok.i]
    if k is None or ctx.in_quote[tok.i]:
        return None
    rec = ctx.actors[k]
    if rec.type == "Place" and not rec.venue:
        return k
    if rec.type == "Country" or ctx.gaz.lookup(rec.name) is not None:
        return None
    if tok.ent_type_ in ("GPE", "LOC"):
        return k
    # "the governor of Nineveh": a one-word name the model read as a body's, which no gazetteer
    # knows, after "of" a town's title (not "the governor of the central bank", "of the IMF")
    one = rec.type == "Organization" and len(rec.name.split()) == 1 and not rec.name.isupper()
    return k if one and tok.dep_ == "pobj" and tok.head.lower_ == "of" else None


def _place_before(ctx: Context, noun: Token) -> str | None:
    """The place named last before ``noun``, in its sentence or the two before (not a country)."""
    start = sentences_back(noun, 2)
    for a, _b, key in reversed(ctx.mentions):
        if a >= noun.i:
            continue
        if a < start:
            break
        if not ctx.in_quote[a] and ctx.actors[key].type == "Place" and not ctx.actors[key].venue:
            return key
    return None


def _of_place(ctx: Context, noun: Token) -> str | None:
    """The place of the title: its possessive, its noun modifier or its "of" phrase."""
    for c in noun.children:
        if c.dep_ == "poss":
            if c.lower_ in _PLACE_NOUNS and any(d.lower_ == "the" for d in c.children):
                return _place_before(ctx, noun)  # "the province's governor"
            return _place_at(ctx, c)
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return _place_at(ctx, c)
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lower_ in _PLACE_NOUNS:  # "the governor of Diyala province"
                    return next((k for m in p.children if m.dep_ == "compound" and (k := _place_at(ctx, m))), None)
                return _place_at(ctx, p)
    return None


def _named_holder(ctx: Context, noun: Token, title: str, place: str) -> str | None:
    """The person named before ``noun`` with this place's title ("Basra governor X", "X, the
    governor of Basra,"): the title's word and the place's name within a few words of the name."""
    words = {w.lower() for w in ctx.actors[place].name.split()}
    for a, b, key in reversed(ctx.mentions):
        if a >= noun.i or ctx.in_quote[a] or ctx.actors[key].type != "Person":
            continue
        sent = ctx.doc[a].sent
        window = {t.lower_ for t in ctx.doc[max(sent.start, a - 5): min(b + 6, sent.end)]}
        window |= set((ctx.actors[key].role or "").lower().split())
        if title in window and words <= window:
            return key
    return None


def titled(noun: Token) -> bool:
    """Whether ``noun`` is a singular title of a town's office ("governor", "police chief")."""
    if noun.tag_ != "NN":
        return False
    return noun.lower_ in LOCAL_TITLES or noun.lower_ in _POLICE_TITLES and any(
        c.dep_ == "compound" and c.lower_ == "police" for c in noun.children)


def local_title(ctx: Context, noun: Token) -> str | None:
    """The person ``noun`` (a title of a town's or a province's office, with its place) stands
    for, else None. Not a title named in apposition ("the governor of Diyala, X, said"), a
    country's office (:func:`~kg.extract.speaker_descriptions.unnamed_title`'s) or a body's
    ("the governor of the central bank")."""
    if not titled(noun) or ctx.in_quote[noun.i]:
        return None
    if any(c.dep_ == "relcl" or c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
        return None  # "the governor, X, said": the person, found by other rules
    for t in noun.subtree:  # "the governor of Diyala, X, said": X, hung on the place
        k = ctx.tok_actor[t.i] if t.dep_ == "appos" and t.pos_ == "PROPN" else None
        if k and ctx.actors[k].type == "Person":
            return k
    place = _of_place(ctx, noun)
    if place is None and noun.dep_ == "conj" and titled(noun.head):
        place = _of_place(ctx, noun.head)  # "Basra's governor and police chief": the possessive is both's
    if place is None:
        return None
    kept = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound") and c.lower_ in _KEPT_WORDS | {"police"}]
    title = " ".join([*kept, noun.lower_])
    named = _named_holder(ctx, noun, noun.lower_, place) if noun.lower_ in LOCAL_TITLES else None
    if named:
        return named
    town = ctx.actors[place].name
    rec = ctx.add_actor(slug(f"{place}-{title}"), f"{town} {title}", "Person", noun.idx, alias=f"{town}'s {title}")
    rec.aliases |= {f"{title} of {town}", f"{town} {title}"}
    rec.country = rec.country or ctx.actors[place].country
    if ctx.tok_actor[noun.i] is None:
        ctx.tok_actor[noun.i] = rec.key
        bisect.insort(ctx.mentions, (noun.i, noun.i + 1, rec.key))
    return rec.key
