"""Tidying the article's actors: fragments of names, short names and descriptions.

The model often cuts one name into pieces ("Interior" / "Antoine Felix" / "Diome") or
spells a surname two ways in one article ("Sargsyan", "Sarksyan"): :func:`merge_fragments`
gives such a piece to the full-named person it belongs to, when exactly one fits.
Only the actors some event gives a role are declared (:mod:`kg.extract.output`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.identity.names import fold, match_names

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["acts", "introduces", "merge_fragments", "org_for_description", "repoint", "resolve_short_names"]


def _tokens(name: str) -> list[str]:
    return [w for w in fold(name).split() if w]


def merge_fragments(ctx: Context) -> None:
    """Give a piece of a person's name (a given name and not the surname, a surname
    spelled another way, the name with a word of the sentence stuck to it) to the one
    full-named person of the article it belongs to."""
    people = [r for r in ctx.actors.values() if r.type == "Person" and len(_tokens(r.name)) >= 2]
    for rec in list(ctx.actors.values()):
        if rec.type not in ("Person", "Organization") or rec.wikidata or rec.role:
            continue
        if ctx.gaz.entries.get(rec.key) is not None:
            continue
        words = _tokens(rec.name)
        if not words or len(words) > 3:
            continue
        fits = [p for p in people if p.key != rec.key and p.key in ctx.actors and _fragment_of(words, rec.name, p.name)]
        if len(fits) == 1 and len(words) == 1 and words[0] == _tokens(fits[0].name)[0] != _tokens(fits[0].name)[-1] \
                and _introduced(ctx, rec.key):
            continue  # a given name introduced as someone new
        if len(fits) == 1:
            repoint(ctx, rec.key, fits[0].key)


def _introduced(ctx: Context, key: str) -> bool:
    """Whether a mention of ``key`` introduces someone new (see :func:`introduces`)."""
    return any(k == key and introduces(ctx.doc[a:b]) for a, b, k in ctx.mentions)


def introduces(span: Span) -> bool:
    """Whether the name ``span`` introduces someone new: 'Yulia, a 40-year-old protester,
    said' is not the Yulia named in full elsewhere."""
    return any(c.dep_ == "appos" and c.i >= span.end and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
               for c in span.root.children)


def resolve_short_names(ctx: Context) -> None:
    """An organisation's short name ("CHRF" after "the Civil Human Rights Front (CHRF)",
    or the initials alone; "the Front") is the organisation named in full, when exactly
    one fits."""
    orgs = [r for r in ctx.actors.values() if r.type == "Organization" and len(r.name.split()) >= 2]
    for rec in list(ctx.actors.values()):
        if rec.type != "Organization" or len(rec.name.split()) != 1 or ctx.gaz.entries.get(rec.key) is not None:
            continue
        short = rec.name
        if short.isupper() and short.isalpha() and 2 <= len(short) <= 8:
            fits = [o for o in orgs if o.key != rec.key and (short in _initials(o.name) or _in_brackets_after(ctx, rec.key, o.key))]
        elif short[:1].isupper() and short[1:].islower():
            fits = [o for o in orgs if o.key != rec.key and o.name.split()[-1] == short]
        else:
            continue
        if len(fits) == 1:
            repoint(ctx, rec.key, fits[0].key)


def org_for_description(ctx: Context, tok: Token) -> str | None:
    """'the Front', 'the party', 'the movement': the one organisation named before whose
    name ends with that word."""
    if not any(c.lower_ == "the" for c in tok.children) or tok.tag_ in ("NNS", "NNPS"):
        return None
    word = tok.text.lower()
    fits = {k for a, _b, k in ctx.mentions if a < tok.i and ctx.actors[k].type == "Organization"
            and len(ctx.actors[k].name.split()) >= 2 and ctx.actors[k].name.split()[-1].lower() == word}
    if len(fits) > 1:  # "Strike Committee" of a headline and "National Strike Committee" of the body: one body
        longest = max(fits, key=lambda k: len(ctx.actors[k].name))
        if all(f" {ctx.actors[longest].name.lower()}".endswith(f" {ctx.actors[k].name.lower()}") for k in fits):
            return longest
    return fits.pop() if len(fits) == 1 else None


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "des", "du", "&"})


def _initials(name: str) -> set[str]:
    """The initials of ``name`` and of each run of its words that ends it
    ("Hong Kong Civil Human Rights Front" -> HKCHRF, KCHRF, CHRF, HRF, RF, F)."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _SMALL_WORDS and w[:1].isalpha()]
    letters = "".join(w[0].upper() for w in words)
    return {letters[i:] for i in range(len(letters) - 1)}


def _in_brackets_after(ctx: Context, key: str, other: str) -> bool:
    """Whether a mention of ``key`` is in brackets right after one of ``other``: 'Front (CHRF)',
    or its name is, untagged there, and used alone later ('... Labour Union (UGTT) ... the UGTT said')."""
    ends = {b for _a, b, k in ctx.mentions if k == other}
    if any(a >= 2 and ctx.doc[a - 1].text == "(" and a - 1 in ends for a, _b, k in ctx.mentions if k == key):
        return True
    short = ctx.actors[key].name
    doc = ctx.doc
    return any(b + 2 < len(doc) and doc[b].text == "(" and doc[b + 1].text == short and doc[b + 2].text == ")"
               for b in ends)


def _fragment_of(words: list[str], name: str, full: str) -> bool:
    """Whether ``words`` (of ``name``) are a run of the words of ``full``, or its surname
    in another spelling."""
    fw = _tokens(full)
    n = len(words)
    if n < len(fw) and any(fw[i: i + n] == words for i in range(len(fw) - n + 1)):
        return True
    if n == 1 and len(words[0]) >= 5:
        m = match_names(name, full)
        return bool(m and m.weak)
    return False


def repoint(ctx: Context, old: str, new: str) -> None:
    """Every mention of actor ``old`` now names ``new``; ``old`` is dropped."""
    gone = ctx.actors.pop(old)
    rec = ctx.actors[new]
    rec.aliases.add(gone.name)
    rec.aliases.update(a for a in gone.aliases if a != rec.name)
    rec.first = min(rec.first, gone.first)
    rec.in_body = rec.in_body or gone.in_body
    ctx.tok_actor = [new if k == old else k for k in ctx.tok_actor]
    ctx.mentions = sorted((a, b, new if k == old else k) for a, b, k in ctx.mentions)
    ctx.surnames = {s: (new if k == old else k) for s, k in ctx.surnames.items()}


def acts(span: Span) -> bool:
    """Whether a body named by a common noun acts in this mention: the subject ('the
    government said'), the owner of an act ("the government's decision"), the body its
    sources speak for ('a government source'), a side of talks ('between the government
    and the opposition')."""
    tok: Token = span.root
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return True
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in L.SOURCE_NOUNS:
            return True
        if tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "between"):
            return True
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
