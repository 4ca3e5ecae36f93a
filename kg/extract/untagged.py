"""Speakers the model did not tag: a person named by the capitalised words that end at a
subject of speech ("General Waker-Uz-Zaman said"). Split from ``coref`` (file size)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kg.extract.articles import slug
from kg.extract.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["TITLES", "untagged_person"]

TITLES = frozenset({"PM", "Presidents", "Leaders", "Ministers", "General", "President", "Minister", "Prime", "Chief", "Secretary", "Spokesman", "Spokeswoman",
                    "Senator", "Governor", "Mayor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "King",
                    "Queen", "Prince", "Chancellor", "Ambassador", "Commander", "Colonel", "Lieutenant", "Judge",
                    "Representative", "Rep.", "Sen.", "Gen.", "Foreign", "Defence", "Defense", "Interior", "Deputy"})


def untagged_person(ctx: Context, tok: Token) -> str | None:
    """A speaker the model did not tag: "General Waker-Uz-Zaman said" -> a person
    named by the capitalised words (and hyphens) ending at the subject, titles dropped; a
    plural demonym ("Bolivians are calling on ...") is that people, a group."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return None  # "on Monday declared": a day the parser made the subject
    if tok.tag_ in ("NNPS", "NNS") and tok.lower_.endswith("s") and tok.lower_[:-1] in ctx.gaz.by_demonym:
        # "Ordinary Bolivians are calling on ...": a people, a group named by its plural demonym
        rec = ctx.add_actor(slug(tok.text), tok.text, "Group", tok.idx, alias=tok.text)
        ctx.tok_actor[tok.i] = rec.key
        bisect.insort(ctx.mentions, (tok.i, tok.i + 1, rec.key))
        return rec.key
    start = tok.i
    while start > 0:
        prev = ctx.doc[start - 1]
        if prev.text == "-" and not prev.whitespace_ and start - 2 >= 0 and not ctx.doc[start - 2].whitespace_:
            start -= 2
            continue
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.text not in TITLES and not ctx.tok_actor[prev.i]:
            start -= 1
            continue
        break
    span = ctx.doc[start: tok.i + 1]
    if not 1 <= len(span.text.replace("-", " ").split()) <= 4 or ctx.doc[start].text in TITLES or re.match(
            r"(?:I|We|You|They|He|She)\b", span.text):  # "....I've decided": a pronoun, no name
        return None
    known = ctx.surnames.get(tok.text)
    if known in ctx.actors:
        return known  # "Pashinyan said": the Nikol Pashinyan named before
    name = span.text
    rec = ctx.add_actor(slug(name), name, "Person", span.start_char, alias=name)
    for t in span:
        ctx.tok_actor[t.i] = rec.key
    bisect.insort(ctx.mentions, (span.start, span.end, rec.key))
    return rec.key
