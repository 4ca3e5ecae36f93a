"""Statement kinds and addressees: what a statement does (criticism, praise, demand,
rejection, announcement, claim, congratulation, comment) and to whom.

The speech verb gives the kind when it has one ("condemned", "urged"); otherwise the
words said decide, with the parse for what a word list cannot see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, norm_media
from kg.extract.coref import actor_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["addressee_of", "calls_for", "kind_of"]


def kind_of(ctx: Context, verb: Token | None, words: str, default: str = "comment") -> str:
    """The statement kind: the speech verb's own, else the first kind whose cue words occur
    in what was said, else ``default`` (a quotation comments; reported speech claims)."""
    if verb is not None:
        k = L.SPEECH_VERBS.get(verb.lemma_.lower())
        if k:
            return k
        if verb.lower_ == "according":
            return "claim"
    low = " " + words.lower() + " "
    for kind, cues in L.KIND_CUES:
        if any(c in low for c in cues):
            return kind
    return default


def addressee_of(ctx: Context, verb: Token, speaker: str) -> str | None:
    lemma = verb.lemma_.lower()
    cands: list[Token] = []
    if lemma in L.ADDRESSEE_VERBS:
        cands += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if lemma in ("call", "appeal"):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "to"):
                cands += [p for p in c.children if p.dep_ == "pobj"]
    for c in cands:
        k = actor_at(ctx, c)
        if k and k != speaker and ctx.actors[k].type != "Group" and norm_media(ctx.actors[k].name) not in L.MEDIA:
            return k
    return None


def calls_for(ctx: Context, t: Token) -> bool:
    """'called for X', 'called on X to', 'called for X to be done' -- not 'called a strike'."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in ("for", "on") and nxt.dep_ in ("prep", "prt") and nxt.head.i == t.i:
        return True  # 'calling for PM X to step down' (the name misparsed as the object)
    if any(c.dep_ == "dobj" for c in t.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in t.children) or any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in t.children)
