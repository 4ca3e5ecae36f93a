"""Speakers the model did not tag: a person named by the capitalised words that end at a
subject of speech ("General Waker-Uz-Zaman said"). Split from ``coref`` (file size)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.role_titles import OCCUPATIONS
from kg.identity.names import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ORG_KIND_NOUNS", "TITLES", "untagged_person"]

TITLES = frozenset({"PM", "Presidents", "Leaders", "Ministers", "General", "President", "Minister", "Prime", "Chief", "Secretary", "Spokesman", "Spokeswoman",
                    "Senator", "Governor", "Mayor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "King",
                    "Queen", "Prince", "Chancellor", "Ambassador", "Commander", "Colonel", "Lieutenant", "Judge",
                    "Representative", "Rep.", "Sen.", "Gen.", "Foreign", "Defence", "Defense", "Interior", "Deputy"})


#: Common nouns of a kind of body, which a name just after them names ("the website OVD-Info",
#: "the NGO Temblores", "the monitor Indepaz").
ORG_KIND_NOUNS = frozenset({"website", "site", "ngo", "organisation", "organization", "monitor", "watchdog",
                            "observatory"})


#: Capitalised plurals of the press's people, which open sentences ("Reporters estimate ...").
_REPORTERS = frozenset({"reporters", "journalists", "correspondents", "photographers"})


def untagged_person(ctx: Context, tok: Token) -> str | None:
    """A speaker the model did not tag: "General Waker-Uz-Zaman said" -> a person
    named by the capitalised words (and hyphens) ending at the subject, titles dropped; a
    plural demonym ("Bolivians are calling on ...") is that people, a group."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return None  # "on Monday declared": a day the parser made the subject
    if tok.tag_ in ("NNPS", "NNS") and tok.lower_.endswith("s") and tok.lower_[:-1] in ctx.gaz.by_demonym:
        # "Ordinary Bolivians are calling on ...": a people, a group named by its plural demonym
        rec = ctx.add_actor(slug(tok.text), tok.text, "Group", tok.idx, alias=tok.text)
        return _marked(ctx, tok.i, tok.i + 1, rec.key)
    titled = _titled_of(ctx, tok)
    if titled is not None:
        return titled
    start = tok.i
    while start > 0:
        prev = ctx.doc[start - 1]
        if prev.text == "-" and not prev.whitespace_ and start - 2 >= 0 and not ctx.doc[start - 2].whitespace_:
            start -= 2
            continue
        if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.text not in TITLES and not ctx.tok_actor[prev.i] \
                and not (prev.is_title and prev.lower_ in OCCUPATIONS):  # "Journalist Maria Ressa said"
            start -= 1
            continue
        break
    named_kind = False
    while start < tok.i and (ctx.doc[start].lower_ in ORG_KIND_NOUNS or ctx.doc[start].lower_[:-1] in ORG_KIND_NOUNS
                             and ctx.doc[start].lower_.endswith("s")):  # "the NGOs Provea and Foro Penal"
        start, named_kind = start + 1, True  # "the NGO Temblores": the kind word is no part of the name
    end = tok.i + 1
    while (end + 1 < len(ctx.doc) and ctx.doc[end].text == "-" and not ctx.doc[end - 1].whitespace_
           and not ctx.doc[end].whitespace_ and ctx.doc[end + 1].text[:1].isupper() and not ctx.tok_actor[end + 1]):
        end += 2  # "the website OVD-Info": the name runs on past the hyphen
    span = ctx.doc[start: end]
    if len(span) == 1 and (tok.lower_ in _REPORTERS or len(tok.text) == 1):
        # "Reporters estimate that ...": the outlet's people, its source, no one's name; "T, has
        # said": one letter of a name the page cut, no name
        return None
    if not 1 <= len(span.text.replace("-", " ").split()) <= 4 or ctx.doc[start].text in TITLES or re.match(
            r"(?:I|We|You|They|He|She)\b", span.text):  # "....I've decided": a pronoun, no name
        return None
    known = ctx.surnames.get(tok.text)
    if known in ctx.actors and end == tok.i + 1:
        return known  # "Pashinyan said": the Nikol Pashinyan named before
    name = span.text
    named = [k for k, r in ctx.actors.items() if r.type in ("Person", "Organization") and name in r.aliases]
    if len(named) == 1:  # "The Civil Human Rights Front (CHRF) ... The CHRF also called": the name known by it
        return _marked(ctx, span.start, span.end, named[0])
    whole = _named_by_part(ctx, name)
    if whole is not None:  # '"...," Lula told reporters': the Luiz Inacio Lula da Silva named before
        return _marked(ctx, span.start, span.end, whole)
    before = ctx.doc[start - 1] if start > 0 else None
    # "the website OVD-Info", "the rights group Temblores": a body named after its kind
    kind = "Organization" if named_kind or (before is not None and before.lower_ in ORG_KIND_NOUNS) or (
        len(span) == 1 and name.isupper() and len(name) >= 2) else "Person"  # "the NGO X", "the website X", "CHRF"
    rec = ctx.add_actor(slug(name), name, kind, span.start_char, alias=name)
    return _marked(ctx, span.start, span.end, rec.key)


def _marked(ctx: Context, start: int, end: int, key: str) -> str:
    """Record that tokens ``start``..``end`` name actor ``key`` (the mentions kept in order); ``key``."""
    for i in range(start, end):
        ctx.tok_actor[i] = key
    bisect.insort(ctx.mentions, (start, end, key))
    return key


def _named_by_part(ctx: Context, name: str) -> str | None:
    """The one person named before whose full name has ``name`` (one word of four letters or
    more) as a word after its first: the name a person goes by that is not the last word of it
    (Lula of Luiz Inacio Lula da Silva, Duque of Ivan Duque Marquez)."""
    words = fold(name).split()
    if len(words) != 1 or len(words[0]) < 4:
        return None
    fits = {k for k, r in ctx.actors.items() if r.type == "Person" and words[0] in fold(r.name).split()[1:]}
    return fits.pop() if len(fits) == 1 else None


#: Titles whose "of" phrase ends with the bearer's name ("Director of National Intelligence Avril Haines").
_OF_TITLES = frozenset({"director", "secretary", "minister", "president", "chief", "head", "governor", "chairman",
                        "chairwoman", "commissioner", "ambassador", "speaker", "mayor"})


def _titled_of(ctx: Context, tok: Token) -> str | None:
    """'Director of National Intelligence Avril Haines told ...': the parser makes the title the
    subject; the speaker is the person its "of" phrase names."""
    if tok.lower_ not in _OF_TITLES:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        found = {k for x in prep.subtree if (k := ctx.tok_actor[x.i]) and ctx.actors[k].type == "Person"}
        if len(found) == 1:
            return found.pop()
    return None
