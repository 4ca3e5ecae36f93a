"""Role nouns that stand for a person: "the U.S. president", "Russia's leader", "the
interior minister" -- the person of that country named before, or the one the text titles
with that role before or after (the lede's title, the body's name)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OCCUPATIONS", "person_of", "titled_before", "titled_later"]


def person_of(ctx: Context, tok: Token, country: str) -> str | None:
    """The latest person of ``country`` named before ``tok``, outside quotations."""
    for a, _b, key in reversed(ctx.mentions):
        rec = ctx.actors[key]
        if a < tok.i and rec.type == "Person" and rec.country == country and not ctx.in_quote[a]:
            return key
    return None


_NOT_THE_TITLE = frozenset({"vice", "deputy", "former", "ex", "ex-", "late"})

#: What a person is, written before the name and capitalised at a sentence's start ("Journalist
#: Maria Ressa said", "Activist Ana Perez", "Rapper Bobi Wine"): a description, never a given name.
OCCUPATIONS = frozenset({
    "journalist", "reporter", "activist", "lawyer", "attorney", "rapper", "singer", "musician", "actor", "actress",
    "comedian", "writer", "author", "novelist", "poet", "historian", "scholar", "academic", "economist", "analyst",
    "blogger", "photographer", "filmmaker", "businessman", "businesswoman", "tycoon", "billionaire", "footballer",
    "athlete", "campaigner", "dissident", "cleric", "priest", "politician", "lawmaker", "legislator", "candidate",
    "spokesman", "spokeswoman", "spokesperson", "student", "protester", "organiser", "organizer", "unionist",
    "researcher", "professor", "doctor", "surgeon", "nurse", "teacher", "farmer", "veteran", "commentator",
    "presenter", "anchor", "editor", "columnist", "envoy", "diplomat", "ambassador", "official", "leader"})


def titled_before(ctx: Context, tok: Token, country: str) -> str | None:
    """'President X met ... Sri Lanka's president declared': the latest person of no other
    country whom the text titled with the role noun of ``tok`` before it, in the name's
    phrase ("President X", "acting president X") or as the complement of "become"/"be"
    ("X became acting president")."""
    role = tok.lemma_.lower()
    for a, b, key in reversed(ctx.mentions):
        rec = ctx.actors[key]
        if a >= tok.i or rec.type != "Person" or ctx.in_quote[a] or rec.country not in (None, country):
            continue
        root = ctx.doc[a:b].root
        titles = [t for t in ctx.doc[root.left_edge.i: a] if t.dep_ in ("compound", "amod")]
        if root.dep_ == "nsubj" and root.head.lemma_ in ("become", "be"):
            titles += [c for c in root.head.children if c.dep_ == "attr"]
        if any(t.lemma_.lower() == role and not any(w.lower_ in _NOT_THE_TITLE for w in t.lefts) for t in titles):
            return key
    return None


def titled_later(ctx: Context, tok: Token, country: str | None) -> str | None:
    """'Four people died, the interior minister said' ... 'Interior Minister X said': a
    title no one before bears stands for the first person the text names after it with
    that title (the lede's title, the body's name), of ``country`` when one is given."""
    words = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha]
    title = " ".join([*words, tok.lower_])
    others = {d for d, key in ctx.gaz.by_demonym.items() if key != country}
    for a, b, key in ctx.mentions:
        rec = ctx.actors[key]
        if a <= tok.i or rec.type != "Person" or ctx.in_quote[a] or (country and rec.country not in (None, country)):
            continue
        root = ctx.doc[a:b].root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ == tok.lower_ and not any(
                w.lower_ in _NOT_THE_TITLE or w.lower_ in others for w in root.head.lefts):
            return key  # "Peru's interior minister said ... the minister, Carlos Mora, said"
        titled = " ".join(t.lower_ for t in ctx.doc[root.left_edge.i: a] if t.dep_ in ("compound", "amod"))
        for role in (titled, (rec.role or "").lower()):
            m = re.search(rf"(?:^|\s){re.escape(title)}(?:$|\s+of\b)", role)
            if m and not any(w in others or w in _NOT_THE_TITLE for w in role[: m.start()].split()):
                return key  # "Interior Minister X", not "US President Y" for Belarus's president
    return None
