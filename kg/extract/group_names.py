"""The text's own names for groups: "opponents of the plan", "authorities in Andalusia",
"European allies" -- the words around a group noun that say which group it is, as aliases
for matching other reports, and whether they make the group specific enough to address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["printed_aliases", "qualified", "says_which"]


#: Words before a group noun that count it rather than say which group it is ("many
#: protesters", "thousands of students"): left out of the printed name.
_COUNTING = frozenset({"many", "some", "several", "other", "most", "few", "all", "more", "hundreds", "thousands",
                       "dozens", "tens", "millions", "both", "such", "these", "those", "the", "a", "an"})
#: Prepositions whose object says which group a plural noun is ("opponents of the plan",
#: "authorities in Catalonia", "students from the university").
_WHICH_PREPS = frozenset({"of", "in", "from"})


def qualified(ctx: Context, t: Token) -> str | None:
    """The text's own name for the group noun ``t`` when words around it say which group it
    is: words before it ('European allies', 'Ordinary Bolivians') or a prepositional phrase
    after it ('opponents of the plan', 'supporters of the pension reform', 'authorities in
    Andalusia'); None when it is named by its noun alone, or with its country's demonym."""
    span = _which_span(ctx, t)
    return ctx.doc[span[0]: span[1]].text if span else None


def _which_span(ctx: Context, t: Token) -> tuple[int, int] | None:
    if t.tag_ not in ("NNS", "NNPS") or ctx.in_quote[t.i]:
        return None
    start = t.i
    while start > t.sent.start:
        w = ctx.doc[start - 1]
        if w.head.i != t.i or w.dep_ not in ("amod", "compound", "nmod") or not w.is_alpha or w.lower_ in _COUNTING \
                or (ctx.tok_actor[w.i] and ctx.actors[ctx.tok_actor[w.i]].type != "Country"):  # type: ignore[index]
            break
        start -= 1
    end = t.i + 1
    # the parser may hang the phrase on the verb ("accused authorities in Andalusia of ...")
    prep = ctx.doc[t.i + 1] if t.i + 1 < len(ctx.doc) else None
    if prep is not None and prep.dep_ == "prep" and prep.lower_ in _WHICH_PREPS and prep.head.i in (t.i, t.head.i):
        obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        sub = list(obj.subtree) if obj is not None else []
        if sub and len(sub) <= 5 and all(x.is_alpha or x.text in ("-", "'s", "\u2019s") for x in sub) \
                and sub[-1].i == sub[0].i + len(sub) - 1 and not any(ctx.in_quote[x.i] for x in sub):
            end = sub[-1].i + 1
    if end == t.i + 1 and all(w.lower_ in ctx.gaz.by_demonym for w in ctx.doc[start: t.i]):
        return None  # "Kenyan authorities": its country's, named by its noun
    return start, end


#: Group nouns that "in <place>" makes the body of that place ("authorities in Andalusia");
#: others it only places ("supporters in Taipei" are still his supporters).
_PLACED_BODIES = frozenset({"authority", "official"})


def says_which(ctx: Context, t: Token) -> bool:
    """Whether the words around group noun ``t`` make it a group of its own, specific enough to
    be addressed: what its members are for or against ('supporters of the pension reform'), the
    region whose body it is ('authorities in Andalusia'), or a capitalised word that is no
    country's ('European allies'); not a mere description ('cheering supporters in Taipei')."""
    span = _which_span(ctx, t)
    if span is None:
        return False
    if span[1] > t.i + 1:
        prep = ctx.doc[t.i + 1]
        obj = next(p for p in prep.children if p.dep_ == "pobj")
        if prep.lower_ == "of" and not ctx.tok_actor[obj.i]:
            return True
        if prep.lower_ == "in" and t.lemma_.lower() in _PLACED_BODIES and ctx.typed(ctx.tok_actor[obj.i], "Place"):
            return True
    return any(w.text[:1].isupper() and w.i != w.sent.start and w.lower_ not in ctx.gaz.by_demonym
               for w in ctx.doc[span[0]: t.i])


def printed_aliases(ctx: Context) -> None:
    """Each group is also known by the text's own name for it where words say which group it
    is ('opponents of the plan say' for the home country's opponents): the name a reader, and
    another report, gives it."""
    for a, b, key in ctx.mentions:
        rec = ctx.actors.get(key)
        if rec is None or rec.type != "Group" or b - a != 1:
            continue
        printed = qualified(ctx, ctx.doc[a])
        if printed and printed.lower() != rec.name.lower():
            rec.aliases.add(printed)
