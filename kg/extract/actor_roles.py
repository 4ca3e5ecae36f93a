"""Phase 1b: the roles of the people an article names ("Interior Minister X", "X, the party's
leader"). Split from :mod:`kg.extract.actors` (file size).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["find_roles"]


def find_roles(ctx: Context) -> None:
    seen: set[str] = set()
    for a, b, key in ctx.mentions:
        rec = ctx.actors[key]
        if rec.type != "Person" or key in seen:
            continue
        span = ctx.doc[a:b]
        role = _role_for(ctx, span)
        if role:
            seen.add(key)
            if not rec.role:
                rec.role = role


def _role_for(ctx: Context, span: Span) -> str | None:
    root = span.root
    left = [c for c in root.lefts if c.i < span.start and c.dep_ in ("compound", "amod", "nmod")]
    if left:
        start = min(c.left_edge.i for c in left)
        toks = [t for t in ctx.doc[start:span.start] if t.dep_ not in ("det", "poss", "punct") and not ctx.in_quote[t.i]]
        if toks and any(t.pos_ == "NOUN" for t in toks) and len(toks) <= 8:
            return ctx.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
    head = root.head if root.dep_ == "appos" else None
    cands = [head] if head is not None else []
    cands += [c for c in root.children if c.dep_ == "appos"]
    for c in cands:
        if c.pos_ == "NOUN" and not ctx.tok_actor[c.i]:
            toks = [t for t in c.subtree if t.i < span.start or t.i >= span.end]
            toks = [t for t in toks if not (t.i >= span.start and t.i < span.end)]
            sub = [t for t in toks if t.dep_ not in ("det", "punct", "relcl") and t.i < (span.start if c.i < span.start else len(ctx.doc))]
            sub = [t for t in sub if not any(t.i >= x.i for x in c.subtree if x.dep_ == "relcl")]
            if sub and len(sub) <= 8:
                s = min(t.i for t in sub)
                e = max(t.i for t in sub)
                return ctx.text[ctx.doc[s].idx: ctx.doc[e].idx + len(ctx.doc[e].text)].strip(" ,")
    return None
