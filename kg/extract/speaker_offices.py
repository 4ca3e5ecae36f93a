"""Speakers named by what they are to someone else, not by a title of their own: "the head of
state" and "the head of government" (the person the text titled president, king or prime
minister), "his French counterpart" and "Putin's Russian counterpart" (the person of that
country named before, not the possessor), with a nationality or a country's possessive when
one is printed ("the French head of state", "Peru's head of state")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["of_nation", "office_holder"]

#: Title words of whoever the office names: a head of state is titled president, king ...;
#: a head of government prime minister, premier or chancellor.
_HEADS = {"state": frozenset({"president", "king", "queen", "emir", "monarch", "sultan"}),
          "government": frozenset({"premier", "chancellor", "prime"})}


def office_holder(ctx: Context, noun: Token) -> str | None:
    """The person "the (French) head of state", "Peru's head of government" or "his (Russian)
    counterpart" stands for: the latest person named before it, outside quotations, of the
    nationality printed (by the gazetteer's country of the person or a nationality or country
    printed in the name's phrase), titled as that office's holder; a counterpart is any person
    of that nationality but the possessor. None when nothing is printed to tell who."""
    if noun.tag_ != "NN" or ctx.in_quote[noun.i] or noun.lower_ not in ("head", "counterpart"):
        return None
    nation = _nation(ctx, noun)
    if noun.lower_ == "counterpart":
        if nation is None:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        mine = ctx.tok_actor[owner.i] if owner is not None else None
        return _latest(ctx, noun, nation, None, mine)
    office = next((p.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj" and p.lower_ in _HEADS and not list(p.children)), None)
    if office is None or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    return _latest(ctx, noun, nation, _HEADS[office], None)


def _nation(ctx: Context, noun: Token) -> str | None:
    """The country a nationality before the noun or a possessive names ("the French head of
    state", "Peru's head of state", "his Russian counterpart")."""
    for c in noun.children:
        if c.i > noun.i:
            continue
        if c.dep_ in ("amod", "compound"):
            found = ctx.gaz.by_demonym.get(" ".join(x.lower_ for x in c.subtree)) or ctx.gaz.by_demonym.get(c.lower_)
            if found:
                return found
        k = ctx.tok_actor[c.i] if c.dep_ == "poss" else None
        if k and ctx.actors[k].type == "Country":
            return k
    return None


def of_nation(ctx: Context, noun: Token, nation: str) -> str | None:
    """'Peruvian President X met Chilean President Y ... the Chilean president said': the
    latest person before ``noun`` of that nationality, by the gazetteer or as printed in the
    name's phrase, titled with the noun ("president"; any title for "leader")."""
    role = noun.lemma_.lower()
    return _latest(ctx, noun, nation, None if role == "leader" else frozenset({role}), None)


def _latest(ctx: Context, noun: Token, nation: str | None, titles: frozenset[str] | None, not_key: str | None) -> str | None:
    """The latest person before ``noun`` who fits; with no nationality to tell, the latest
    who is a clause's subject first ("X met Y. The head of state said": X)."""
    entry = ctx.gaz.entries.get(nation) if nation else None
    marks = {w.lower() for w in ((entry.name, *entry.demonyms) if entry else ())}
    fallback = None
    for a, b, key in reversed(ctx.mentions):
        rec = ctx.actors[key]
        if a >= noun.i or ctx.in_quote[a] or rec.type != "Person" or key == not_key:
            continue
        root = ctx.doc[a:b].root
        before = {t.lower_ for t in ctx.doc[max(root.left_edge.i, a - 5): a]}
        words = before | set((rec.role or "").lower().split())
        if nation and rec.country != nation and not (rec.country is None and words & marks):
            continue
        if (titles is None or words & titles) and (nation or root.dep_ in ("nsubj", "nsubjpass")):
            return key
        if titles is None or words & titles:
            fallback = fallback or key
    return fallback
