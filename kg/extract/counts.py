"""Head counts in a report: find the figures, read their value, and say what they count.

A figure counts detentions or deaths when a detain or death verb governs it, and
participants when it stands with the people of a protest or its verb; the nearest
protest word of the sentence takes it.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.places import place_for

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["count_value", "find_counts", "governing_verb", "count_role", "told_death", "lost_lives", "death_towns", "own_town", "town_figures"]

_MULT = {"thousand": 1000, "million": 1_000_000, "hundred": 100}
_COUNT_RE = re.compile(
    r"\b(?:(?:more than|over|at least|nearly|almost|about|around|some|up to|roughly|an estimated|"
    r"approximately|fewer than|less than|as many as) )?"
    r"(?:tens of thousands|hundreds of thousands|several thousand|several hundred|thousands|hundreds|dozens|"
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a hundred)(?: (?:million|thousand|hundred))?)\b",
    re.I,
)


def count_value(phrase: str) -> int | None:
    """The number a count phrase stands for (a lower bound for vague phrases).

    >>> [count_value(p) for p in ["tens of thousands", "more than 500", "nearly 7,000", "two hundred", "1.2 million"]]
    [10000, 500, 7000, 200, 1200000]
    """
    p = phrase.lower()
    for words, v in (("hundreds of thousands", 100000), ("tens of thousands", 10000), ("several thousand", 1000),
                     ("several hundred", 100), ("thousands", 1000),
                     ("hundreds", 100), ("dozens", 24)):
        if words in p:
            return v
    m = re.search(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a hundred|[a-z]+)(?: (million|thousand|hundred))?$", p)
    if not m:
        return None
    num = m.group(1)
    if num[0].isdigit():
        base = float(num.replace(",", ""))
    elif num in L.NUMBER_WORDS:
        base = L.NUMBER_WORDS[num]
    else:
        return None
    if m.group(2):
        base *= _MULT[m.group(2)]
    return int(base) if math.isfinite(base) else None  # '999...9' of 400 digits is no count (float infinity)


def find_counts(ctx: Context) -> list[tuple[Token, str, int]]:
    out: list[tuple[Token, str, int]] = []
    for m in _COUNT_RE.finditer(ctx.art.analysed):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(ctx.in_quote[t.i] for t in span):
            continue
        if any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") for t in span):
            continue
        nxt = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if nxt is not None and nxt.lower_ in ("years", "year", "days", "day", "weeks", "months", "percent", "%", "km", "kilometres", "miles", "hours"):
            continue
        value = count_value(m.group(0))
        if value is None or _counts_things(span[-1]):
            continue
        out.append((span[-1], ctx.text[m.start():m.end()], value))
    return out


# what a figure counts when it is not people: "in dozens of cities", "23 towns", "hundreds of vehicles"
_THINGS = frozenset({"city", "town", "village", "province", "country", "region", "district", "state", "place",
                     "location", "site", "municipality", "county", "area", "street", "road", "school", "university",
                     "campus", "building", "vehicle", "car", "bus", "tent", "shop", "store", "office", "station",
                     "checkpoint", "barricade", "highway", "neighbourhood", "neighborhood", "department"})


def _counts_things(tok: Token) -> bool:
    """Whether the figure ending at ``tok`` counts places or things, not people."""
    if tok.dep_ == "nummod" and tok.head.lemma_.lower() in _THINGS:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lemma_.lower() in _THINGS
                                                                  for p in c.children) for c in tok.children)


def governing_verb(ctx: Context, tok: Token) -> Token | None:
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def count_role(ctx: Context, tok: Token, trig: Token, triggers: list[Token]) -> str | None:
    verb = governing_verb(ctx, tok)
    vl = verb.lemma_.lower() if verb is not None else ""
    if vl in L.DETAIN_VERBS and not _holds_gathering(verb):
        return "detained_count"
    if vl in L.DEATH_VERBS or lost_lives(verb):
        return "death_count"
    head = tok.head
    people = head.lemma_.lower() in ("people", "person", "protester", "demonstrator", "supporter", "marcher", "worker",
                                     "student", "woman", "man", "resident", "citizen", "activist", "voter")
    if vl in L.PARTICIPATE_VERBS or tok.i in {x.i for x in trig.subtree} or people or vl in L.PROTEST_VERBS:
        # the nearest protest word takes the figure
        near = min(triggers, key=lambda x: (0 if verb is not None and x.i in {y.i for y in verb.subtree} else 1, abs(x.i - tok.i)))
        return "participant_count" if near.i == trig.i else None
    return None



def _holds_gathering(verb: Token | None) -> bool:
    """ "Tens of thousands held a candlelight vigil": "hold" with a gathering as its object holds
    no one (it is not "police held 30 people")."""
    return verb is not None and verb.lemma_.lower() == "hold" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _HELD_EVENTS for c in verb.children)


_HELD_EVENTS = L.PROTEST_NOUNS | {"vigil", "gathering", "sit", "meeting", "march", "procession", "ceremony", "funeral"}


def lost_lives(verb: Token | None) -> bool:
    """ "four more lost their lives in Amarah": a death told by "lose" and "life"."""
    return verb is not None and verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in verb.children)


# "were reported killed", "were confirmed dead": a death told through who reports it
_TELL_VERBS = frozenset({"report", "confirm", "say", "believe", "feared", "fear", "know"})


def told_death(verb: Token | None) -> Token | None:
    """The death verb of "six were reported killed" (a participle below a reporting verb)."""
    if verb is None or verb.lemma_.lower() not in _TELL_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "oprd", "ccomp") and c.lemma_.lower() in L.DEATH_VERBS),
                None)


def death_towns(ctx: Context, tok: Token, death: Token, verb: Token | None, sent: Span) -> list[str]:
    """The towns where the people a figure counts died: the figure's own "in" ("... and two in
    Ahvaz", "one in Kerman province"), else the town of the death verb's clause and the towns
    listed with it ("In both Khuzestan and Fars provinces, six were reported killed")."""
    from kg.extract.protest_places import conj_places
    from kg.extract.town_lists import PLURAL_TOWN_NOUNS
    from kg.extract.protest_towns import is_town

    own = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    if not own:  # "In both Maysan and Dhi Qar provinces, six were reported killed"
        own = [p for v in (death, verb) if v is not None for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
               for p in c.children if p.dep_ == "pobj" and p.lower_ in PLURAL_TOWN_NOUNS]
    if own:
        return _towns_of(ctx, own)
    town = place_for(ctx, death, sent, include_to=False)
    if not is_town(ctx, town) and verb is not None and verb.i != death.i:
        town = place_for(ctx, verb, sent, include_to=False)
    if town is None or not is_town(ctx, town):
        return []
    return [town, *(k for k in conj_places(ctx, town, sent) if is_town(ctx, k))]


def own_town(ctx: Context, tok: Token) -> str | None:
    """The town a figure names for itself: "(300 people were detained in Minsk,) 120 in Grodno"."""
    own = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    return next(iter(_towns_of(ctx, own)), None)


def _towns_of(ctx: Context, objs: list[Token]) -> list[str]:
    """The towns the objects of "in" name ("Muthanna province", "both Maysan and Dhi Qar
    provinces"): names the model read as people or bodies there are places."""
    from kg.extract.protest_towns import is_town
    from kg.extract.town_lists import TOWN_NOUNS, may_be_town, named_town, town_at

    names = [n for p in objs for n in (named_town(p) or [p]) if not ctx.in_quote[n.i]]
    keys: list[str] = []
    for n in names:
        k = ctx.tok_actor[n.i]
        if may_be_town(n) and (k is None or (ctx.actors[k].type in ("Person", "Organization")
                                             and ctx.gaz.lookup(ctx.actors[k].name) is None)
                               or (n.i != n.head.i and ctx.actors[k].name.split()[-1].lower() in TOWN_NOUNS)):
            k = town_at(ctx, n)  # "one in Muthanna province": where a figure died is a place
            if k is not None:
                ctx.actors[k].type = "Place"
        if k is not None and is_town(ctx, k) and k not in keys:
            keys.append(k)
    return keys


# "in Moscow - 825, in St. Petersburg - 475", "Almaty: 300": a town and its figure, a list of tallies
_TALLY = re.compile(r"(?<=\w)\s*[-\u2013\u2014:]\s*(\d{1,3}(?:,\d{3})+|\d+)\b"
                    r"(?![.,:]?\d|\s*(?:%|per|km|years?|GMT|am|pm|a\.m|p\.m|h\b))")
# what such a list tallies: detentions or deaths
_DETAIN_WORDS = frozenset({"detainee", "detention", "arrest", "detained", "arrested"})
_DEATH_WORDS = frozenset({"death", "dead", "killed", "fatality", "victim"})


def town_figures(ctx: Context, sent: Span) -> list[tuple[Token, str, int, str, str]]:
    """A tally of detentions or deaths by town ("The most detainees are in Moscow - 825, in St.
    Petersburg - 475", "Detentions by city: Almaty - 300, Shymkent - 45"): for each town followed
    by a dash or colon and a figure, (the figure's token, the town, its value, its text, the role:
    detained_count, death_count, or participant_count for a tally of protesters or rallies). Only in a sentence that names what it tallies, and only a
    list (two towns at least): one "Town - 12" alone may be a score or a road."""
    # ctx.art.analysed is the text the Doc was made of (Doc.text would join every token again, per call)
    if _TALLY.search(ctx.art.analysed, sent.start_char, sent.end_char) is None:
        return []  # no figure after a dash or colon: nothing to tally (asked of every sentence: the words not read)
    told, run = sent, 0  # a list of its own tells its tally before it: "3,062 were detained. Moscow - 825, ..."
    while _tally_line(ctx, told) and told.start > 0 and run < 30:
        told, run = ctx.doc[told.start - 1].sent, run + 1
    nxt = ctx.doc[sent.end].sent if sent.end < len(ctx.doc) else None
    lines = run > 1 or (run == 1 and nxt is not None and _tally_line(ctx, nxt))  # "Moscow - 825\nKazan - 120"
    words = {t.lemma_.lower() for x in (told, sent) for t in x} | {t.lower_ for x in (told, sent) for t in x}
    role = "detained_count" if words & (_DETAIN_WORDS | L.DETAIN_VERBS) else (
        "death_count" if words & (_DEATH_WORDS | L.DEATH_VERBS) else (
            "participant_count" if words & (L.PROTEST_NOUNS | L.PROTESTER_NOUNS | {"participant"}) else None))
    if role is None:
        return []
    out: list[tuple[Token, str, int, str, str]] = []
    for m in _TALLY.finditer(ctx.art.analysed, sent.start_char, sent.end_char):
        before = ctx.doc.char_span(m.start() - 1, m.start(), alignment_mode="expand")
        num = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if before is None or num is None or ctx.in_quote[num[-1].i]:
            continue
        towns = _towns_of(ctx, [before[-1]]) if ctx.tok_actor[num[-1].i] is None else _split_tally(ctx, num[-1], m.start())
        if towns:
            out.append((num[-1], towns[0], int(m.group(1).replace(",", "")), m.group(1), role))
    return out if len({k for _t, k, *_ in out}) >= 2 or (lines and out) else []


def _tally_line(ctx: Context, sent: Span) -> bool:
    """A sentence that is only a tally (no verb, a dash or colon and a figure): "Moscow - 825"."""
    return not any(t.pos_ in ("VERB", "AUX") for t in sent) and _TALLY.search(ctx.art.analysed, sent.start_char, sent.end_char) is not None


def _split_tally(ctx: Context, num: Token, dash: int) -> list[str]:
    """The town of a tally the model read as one name with its figure ("St. Petersburg - 475"):
    the name before the dash, when it is a known place."""
    from kg.extract.protest_towns import is_town

    span = next((ctx.doc[a:b] for a, b, _k in ctx.mentions if a <= num.i < b), None)
    name = ctx.art.analysed[span.start_char:dash].strip() if span is not None else ""
    entry = ctx.gaz.lookup(name) if name else None
    if span is None or entry is None or entry.type != "Place":
        return []
    head = ctx.doc.char_span(span.start_char, span.start_char + len(name), alignment_mode="expand")
    if head is None:
        return []
    rec = ctx.add_actor(entry.key, entry.name, entry.type, head.start_char, entry=entry, alias=name, body=False)
    ctx.mark(head, rec)
    return [rec.key] if is_town(ctx, rec.key) else []
