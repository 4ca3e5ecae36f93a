"""Heads and aides among a meeting's people: a head of state or government told from a minister,
adviser or envoy of a delegation; the heads of the countries a phrase lists ("the leaders of A, B
and C"); the parties of a summit that counts them ("the four-way talks"). Split from
:mod:`kg.extract.meeting_parts` (file size).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actors_of
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["NUMBERS", "aide", "countries_of", "counted_summit", "described_heads", "described_leaders", "head_of_state", "heads_of_states", "principals", "sent_by_countries",
           "title"]

NUMBERS = {"both": 2, **L.FEW_NUMBERS}


_HEAD_ROLE = re.compile(r"\b(president|prime minister|chancellor|premier|king|leader)\b", re.I)


def heads_of_states(ctx: Context, tok: Token) -> list[str]:
    """ "The leaders of Russia, Ukraine, France and Germany met": the heads of those countries the
    article names (the person of each country titled president, chancellor, prime minister or
    leader), when each country has exactly one; else nothing."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in ("leader", "president", "head") or ctx.tok_actor[tok.i]:
        return []
    countries = [k for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" for k in actors_of(ctx, p) if ctx.actors[k].type == "Country"]
    if len(countries) < 2:
        return []
    out = []
    for country in dict.fromkeys(countries):
        found = [k for k, rec in ctx.actors.items() if rec.type == "Person" and rec.country == country
                 and any(_is_head(r) for r in _roles(ctx, k))]
        if len(found) != 1:
            return []
        out.append(found[0])
    return out


# people sent by a country: "the leaders of A and B", "delegations from A and B", "negotiators of A and B"
_SENT = frozenset({"leader", "head"})
# ... and told by their countries' adjectives too: "Russian and Ukrainian delegations", "the Russian delegation"
_ENVOYS = frozenset({"delegation", "delegate", "representative", "negotiator", "envoy", "official", "diplomat"})


def sent_by_countries(ctx: Context, tok: Token) -> list[str]:
    """ "The leaders of Japan, China and South Korea held a summit", "Delegations from Egypt and Ethiopia
    met", "Russian and Ukrainian negotiators met", "the Russian delegation": the countries, when the article names none of their heads (else :func:`heads_of_states`
    gives the heads, or nothing when they are not one a country)."""
    lemma = tok.lemma_.lower()
    if lemma not in _SENT | _ENVOYS or ctx.tok_actor[tok.i] or ctx.in_quote[tok.i]:
        return []
    countries = list(dict.fromkeys(k for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                                   for p in c.children if p.dep_ == "pobj" for k in actors_of(ctx, p)
                                   if ctx.actors[k].type == "Country"))
    if not countries and lemma in _ENVOYS:  # "Russian and Ukrainian delegations", "the Russian delegation"
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        countries = list(dict.fromkeys(k for c in [*mods, *(x for c in mods for x in c.conjuncts)] if (k := _country_at(ctx, c)) and k in ctx.actors))
    if len(countries) < (2 if tok.tag_ == "NNS" else 1) or tok.tag_ != "NNS" and (lemma != "delegation" or len(countries) != 1) or any(ctx.typed(k, "Person") and head_of_state(ctx, k) and (
            ctx.actors[k].country in countries or set(countries) & _title_countries(ctx, a)) for a, _b, k in ctx.mentions):
        return []  # "Japanese Prime Minister A ... the leaders of Japan, China and South Korea": not the countries
    return countries


def head_of_state(ctx: Context, k: str) -> bool:
    """A person the article titles president, prime minister, chancellor, king or leader (not a minister)."""
    return ctx.typed(k, "Person") and any(_is_head(r) for r in _roles(ctx, k))


def _is_head(role: str) -> bool:
    """A title of a head of state or government ("President", "Prime Minister"), not of a minister."""
    return bool(_HEAD_ROLE.search(role)) and not _DELEGATION.search(re.sub(r"(?i)prime minister", "", role))


# "the four-way talks", "a three-nation summit", "the Normandy Four summit", "a trilateral summit"
_N_PARTY = frozenset({"way", "party", "nation", "country", "leader", "power", "sided"})
_N_LATERAL = {"trilateral": 3, "quadrilateral": 4}


def counted_summit(ctx: Context, t: Token) -> list[str]:
    """The participants of a meeting noun that counts its parties and names none ("the four-way
    talks", "a three-nation summit", "the trilateral summit"): the heads of state or government the
    article names, when there are exactly that many."""
    n = None
    for x in ctx.doc[t.left_edge.i: t.i]:
        low = x.lower_
        if low in _N_LATERAL:
            n = _N_LATERAL[low]
        elif (low in NUMBERS or x.like_num and low.isdigit()) and x.i + 2 < t.i + 1 and ctx.doc[x.i + 1].text == "-" \
                and ctx.doc[x.i + 2].lemma_.lower() in _N_PARTY:
            n = NUMBERS.get(low) or int(low)
        elif x.pos_ == "PROPN" and x.dep_ == "compound" and low in NUMBERS and low != "both" and x.i > t.left_edge.i \
                and ctx.doc[x.i - 1].pos_ == "PROPN":
            n = NUMBERS[low]  # "the Normandy Four summit"
    if n is None or n < 3:
        return []
    heads = list(dict.fromkeys(k for a, _b, k in ctx.mentions if not ctx.in_quote[a] and ctx.typed(k, "Person")
                               and any(_is_head(r) for r in _roles(ctx, k))))
    return heads if len(heads) == n else []


def _roles(ctx: Context, k: str) -> list[str]:
    """The person's role and the titles the text gives the name ("German Chancellor Angela Merkel")."""
    return [r for r in [ctx.actors[k].role or "", *(title(ctx, a, b) for a, b, key in ctx.mentions if key == k)] if r]


_DELEGATION = re.compile(r"\b(minister|secretary|adviser|advisor|aide|ambassador|spokes\w*|envoy|chief of staff)\b", re.I)


def aide(ctx: Context, k: str) -> bool:
    """A minister, adviser or envoy of a delegation, not its head (also a title read as a name,
    "Affairs Minister" of "External Affairs Minister A")."""
    if not ctx.typed(k, "Person"):
        return False
    role = ctx.actors[k].role or (ctx.actors[k].name if _DELEGATION.search(ctx.actors[k].name) else None) or next((t for a, b, key in ctx.mentions if key == k and (t := title(ctx, a, b))), None)
    return bool(role and _DELEGATION.search(role)
                and not re.search(r"prime minister|president|chancellor|secretary[- ]general|\bformer\b|\bex-", role, re.I))


def title(ctx: Context, a: int, b: int) -> str:
    """The title words before a name in its noun phrase ("Foreign Minister" of "Foreign Minister A B")."""
    root = ctx.doc[a:b].root
    title = " ".join(x.text for x in root.subtree if x.i < a and x.dep_ in ("compound", "amod"))
    if title:
        return title
    # "Sunak and Foreign Secretary James Cleverly" parsed with the title as a conjunct of its own
    i = a
    while i > root.sent.start and ctx.doc[i - 1].tag_ in ("NNP", "NN") and not ctx.tok_actor[i - 1]:
        i -= 1
    return ctx.doc[i:a].text


def principals(ctx: Context, parts: list[str], t: Token | None = None) -> list[str]:
    """ "Putin and Biden held talks, joined by Lavrov and Blinken": the leaders' meeting; the
    ministers of their delegations are not participants of their own. A minister named with a head
    as the ones met ("met with President A and B, the foreign minister", "held talks with A and
    Foreign Minister B") is met too, and stays."""
    met = _met_together(ctx, t) if t is not None else []
    heads = [k for k in parts if ctx.typed(k, "Person") and (not aide(ctx, k) or k in met)]
    return heads if len(heads) >= 2 and len(heads) < len(parts) else parts


def _met_together(ctx: Context, t: Token) -> list[str]:
    """The people named in one list as those a meeting verb or noun ``t`` meets (its object, its
    "with" phrase, or the "with" phrase of the verb that holds it), when the list names both a head
    and a minister; else nothing."""
    holders = [t, t.head] if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj" else [t]
    lists = [p for h in holders for c in h.children
             for p in ([c] if c.dep_ == "dobj" and h.pos_ == "VERB" else
                       [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "with" else [])]
    for p in lists:
        people = [k for k in actors_of(ctx, p) if ctx.typed(k, "Person")]
        if len(people) >= 2 and any(aide(ctx, k) for k in people) and not all(aide(ctx, k) for k in people):
            return people
    return []


def described_leaders(ctx: Context, tok: Token) -> list[str]:
    """ "X met his Nigerian counterpart", "held talks with their French and German counterparts": for each country
    the description names (by its demonym or its name), the latest person named before whom the
    article gives that country (the gazetteer's, or a title that names it: "Japanese Prime Minister
    A"); one country with no such person: the latest head of state or government named in the last
    sentences whose title names no country ("President A"). Nothing unless every country finds one."""
    if tok.lemma_.lower() != "counterpart" or ctx.in_quote[tok.i] or ctx.tok_actor[tok.i] or not any(
            c.dep_ == "poss" for c in tok.children) or any(c.dep_ == "appos" for c in tok.children):
        return []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    countries = [k for c in [*mods, *(x for c in mods for x in c.conjuncts)] if (k := _country_at(ctx, c))]
    if len(set(countries)) != 1:
        return []
    return _persons_of(ctx, tok, list(dict.fromkeys(countries)), alone=len(countries) == 1, heads=False)


# the nouns of a head of state or government described by country ("the Ukrainian leader")
_HEAD_NOUNS = frozenset({"leader", "president", "premier", "chancellor"})


def described_heads(ctx: Context, tok: Token) -> list[str]:
    """ "The US and Russian presidents shook hands", "the French and German leaders met", "The Ukrainian
    leader met X": heads of state or government described by their countries (demonym or name) before
    a definite head noun; for each country, the latest head of state or government (or a person with
    no title) of that country named before, else, for one country alone, the latest head named in the
    last sentences whose title names no country ("President A"). Nothing unless every country finds one."""
    lemma = tok.lemma_.lower()
    prime = lemma == "minister" and any(c.lower_ == "prime" for c in tok.children if c.dep_ in ("amod", "compound"))
    # "the Kenyan head of state", "the Nepali head of government"
    head_of = lemma == "head" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.lemma_.lower() in ("state", "government") for p in c.children) for c in tok.children)
    at = ctx.tok_actor[tok.i]
    if ctx.in_quote[tok.i] or at and not ctx.typed(at, "Group") or not (lemma in _HEAD_NOUNS or prime or head_of) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("poss", "appos") or c.dep_ == "prep" and c.lower_ == "of" and not head_of
            or c.lower_ in ("former", "late", "vice", "deputy", "acting")
            for c in tok.children):
        return []  # not "his Russian counterpart", "the leaders of A and B", "the former Ukrainian leader" (but "the
        # Kenyan leader at State House": a place phrase the parser hung on the description)
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    countries = list(dict.fromkeys(k for c in [*mods, *(x for c in mods for x in c.conjuncts)] if (k := _country_at(ctx, c))))
    if not countries or len(countries) != (len(countries) if tok.tag_ == "NNS" and len(countries) >= 2 else 1):
        return []
    return _persons_of(ctx, tok, countries, alone=len(countries) == 1, heads=True)


def _persons_of(ctx: Context, tok: Token, countries: list[str], *, alone: bool, heads: bool) -> list[str]:
    """For each country a description before ``tok`` names, the latest person named before it whom
    the article gives that country (the gazetteer's, or a title that names it); with ``heads``, a
    head of state or government or a person with no title. For one country ``alone`` with no such
    person: the latest head named in the last sentences whose title names no country (with
    ``heads``, or names this one). Nothing unless every country finds one, each another person."""
    known = (None, *countries) if heads else (None,)
    out: list[str] = []
    for country in countries:
        k = next((k for a, b, k in reversed(ctx.mentions) if a < tok.i and not ctx.in_quote[a] and ctx.typed(k, "Person")
                  and (ctx.actors[k].country == country or country in _title_countries(ctx, a))
                  and (not heads or head_of_state(ctx, k) or not _roles(ctx, k))), None)
        if k is None and alone:
            start = sentences_back(tok, 3)
            k = next((k for a, b, k in reversed(ctx.mentions) if start <= a < tok.i and not ctx.in_quote[a]
                      and ctx.typed(k, "Person") and ctx.actors[k].country in known and not _title_countries(ctx, a)
                      and _is_head(title(ctx, a, b))), None)
        if k is None or k in out:
            return []
        out.append(k)
    return out


def _country_at(ctx: Context, x: Token) -> str | None:
    """The country a modifier names: its name ("the US president") or its demonym, of one word or
    two ("the South Korean leader")."""
    k = ctx.tok_actor[x.i]
    if k and ctx.actors[k].type == "Country":
        return k
    two = f"{x.doc[x.i - 1].lower_} {x.lower_}" if x.i > 0 else ""
    return ctx.gaz.by_demonym.get(two) or ctx.gaz.by_demonym.get(x.lower_)


def countries_of(ctx: Context, k: str) -> set[str]:
    """The countries actor ``k`` stands for: a country itself; a person's country (the gazetteer's, or
    one a title of theirs names: "Swiss president A")."""
    if ctx.typed(k, "Country"):
        return {k}
    country = ctx.actors[k].country
    own = {country} if country else set()
    return own | {c for a, _b, key in ctx.mentions if key == k for c in _title_countries(ctx, a)}


def _title_countries(ctx: Context, a: int) -> set[str]:
    """The countries the title before the name at ``a`` names ("Japanese Prime Minister", "US Deputy
    Secretary of State")."""
    root = ctx.doc[a].head if ctx.doc[a].dep_ == "compound" else ctx.doc[a]
    found = {k for x in ctx.doc[root.left_edge.i: a] if (k := _country_at(ctx, x))}
    i = a - 1  # "A and Nigeria's President B" parsed with the possessor off the title: the words before it
    while not found and i > ctx.doc[a].sent.start and ctx.doc[i].pos_ in ("PROPN", "NOUN") and not ctx.tok_actor[i]:
        i -= 1
    if not found and i > ctx.doc[a].sent.start and i < a - 1 and ctx.doc[i].lower_ in ("'s", "\u2019s"):
        found = {k for k in [_country_at(ctx, ctx.doc[i - 1])] if k}
    return found
