"""Supporters and allies: whose they are ("PTI supporters", "supporters of the former
president, Jair Bolsonaro", "his supporters", "Netanyahu and his allies"), and the one group of
supporters a report is about, which its unnamed supporters and protesters are (split from
``groups``, file size)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import ActorRec, Context
from kg.extract.participants import clashing, protests_as_doer
from kg.extract.tidy import repoint

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["allies", "conjoined_owners", "merge_supporters", "ownerless_supporters", "printed_owner", "pronoun_owner",
           "titled_owner"]


def merge_supporters(ctx: Context) -> None:
    """'Supporters of Jair Bolsonaro stormed ...; protesters smashed ...; supporters had
    camped': in a report on one leader's or party's supporters, the supporters named with no
    one they support are that one group, and so are the protesters when the supporters are
    the ones reported protesting, unless the supporters are reported acting against other
    civilians ('supporters attacked the students')."""
    owned = [r for r in ctx.actors.values() if r.type == "Group" and r.name.endswith(" supporters")
             and not ownerless_supporters(ctx, r)]
    if len(owned) != 1 or _set_against(ctx, owned[0].key):
        return
    sup = owned[0]
    # then "the protesters" are these supporters too
    protesting = protests_as_doer(ctx, sup.key) or clashing(ctx, sup.key)
    for rec in list(ctx.actors.values()):
        if rec.key == sup.key or rec.type != "Group":
            continue
        if ownerless_supporters(ctx, rec) or (rec.name.endswith(" protesters") and protesting):
            weak = sup.weak and rec.weak
            repoint(ctx, rec.key, sup.key)
            ctx.merged[rec.key] = sup.key  # "the crowds" read later as the protesters: these supporters too
            sup.weak = weak


def _set_against(ctx: Context, key: str) -> bool:
    """Whether group ``key`` is the subject of a sentence whose object is another group that
    is not a force of order ('supporters attacked the students', '... cursing protesters'): in the
    clause of the group's own verb ('protesters were arrested after supporters stormed it' sets
    no one against the protesters)."""
    for a, b, k in ctx.mentions:
        root = ctx.doc[a:b].root
        if k != key or root.dep_ != "nsubj":
            continue
        for t in root.head.subtree:
            other = ctx.tok_actor[t.i]
            if (other and other != key and t.dep_ in ("dobj", "pobj") and ctx.actors[other].type == "Group"
                    and not ctx.actors[other].name.lower().endswith(L.FORCES)):
                return True
    return False


def conjoined_owners(ctx: Context, tok: Token) -> list[ActorRec]:
    """The other owners of 'Hezbollah and Amal supporters': actors conjoined to ``tok``."""
    out: list[ActorRec] = []
    for c in [*tok.conjuncts]:
        k = ctx.tok_actor[c.i]
        rec = ctx.actors.get(k) if k else None
        if rec is not None and rec.type in ("Person", "Organization") and rec not in out:
            out.append(rec)
    return sorted(out, key=lambda r: r.first)


def titled_owner(ctx: Context, t: Token) -> list[Token]:
    """The person named in apposition to the title in "supporters of the former president,
    Jair Bolsonaro" (the parser may hang the name on the title or on the group noun)."""
    pobjs = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not pobjs or ctx.tok_actor[pobjs[0].i]:
        return []
    for c in [*pobjs[0].children, *t.children]:
        k = ctx.tok_actor[c.i]
        if c.dep_ == "appos" and k and ctx.actors[k].type in ("Person", "Organization"):
            return [c]
    return []


def printed_owner(ctx: Context, t: Token) -> list[Token]:
    """The party a name no other rule made an actor stands for in "BNP supporters", "Future
    supporters": the capitalised words just before the noun, the organisation named before
    whose name they begin ("Future Movement"), else an organisation of that name."""
    start = t.i
    while start > t.sent.start and (w := ctx.doc[start - 1]).dep_ in ("compound", "nmod") and start <= w.head.i <= t.i \
            and w.pos_ == "PROPN" and not ctx.tok_actor[w.i] and not ctx.in_quote[w.i] and w.lower_ not in ctx.gaz.by_demonym:
        start -= 1
    if start == t.i or (start == t.sent.start and ctx.doc[start].is_title and start + 1 == t.i):
        return []  # "Supporters ...", or one capitalised word opening the sentence: no telling
    printed = ctx.doc[start: t.i].text
    known = [r for r in ctx.actors.values() if r.type == "Organization" and r.first < ctx.doc[start].idx
             and (r.name == printed or r.name.startswith(printed + " "))]
    rec = known[0] if len(known) == 1 else ctx.add_actor(slug(printed), printed, "Organization", ctx.doc[start].idx)
    ctx.mark(ctx.doc[start: t.i], rec)
    return [ctx.doc[t.i - 1]]


def allies(ctx: Context, t: Token) -> None:
    """'European allies', 'NATO allies', "Ukraine's allies", 'Netanyahu and his allies': allies
    named by whose they are or by a word saying which are a group of their own, named as
    printed (bare 'allies' say neither, and are no actor)."""
    own = [c for c in t.children if c.dep_ == "poss" and ctx.tok_actor[c.i]] or pronoun_owner(ctx, t)
    if own:
        owner = ctx.actors[ctx.tok_actor[own[0].i]]  # type: ignore[index]
        name, alias = f"{owner.name}'s allies", f"{owner.name.split()[-1]}'s allies"
    else:
        mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and c.lower_ not in _COUNT]
        if not mods:
            return
        name = alias = ctx.doc[mods[0].i: t.i + 1].text
    rec = ctx.add_actor(slug(name), name, "Group", t.idx, alias=alias)
    rec.aliases.add(t.text.lower())
    ctx.tok_actor[t.i] = rec.key
    ctx.mentions.append((t.i, t.i + 1, rec.key))


_COUNT = frozenset({"many", "some", "several", "other", "most", "few", "all", "its", "their"})


def pronoun_owner(ctx: Context, t: Token) -> list[Token]:
    """Whose 'his supporters' are: the person the clause's subject names ('Sonko asked his
    supporters to stay calm'), or the person the noun is conjoined to ('X and his allies')."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in t.children):
        return []
    cands: list[Token] = []
    if t.dep_ == "conj":
        cands.append(t.head)
    head = t.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    cands += [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
    for c in cands:
        k = ctx.tok_actor[c.i]
        if k and ctx.actors[k].type in ("Person", "Organization"):
            return [c]
    return []


def ownerless_supporters(ctx: Context, rec: ActorRec) -> bool:
    """'Brazilian supporters': supporters named with no one they support."""
    words = rec.name.lower().split()
    return words[-1] == "supporters" and (len(words) == 1 or (len(words) == 2 and words[0].lower() in ctx.gaz.by_demonym))
