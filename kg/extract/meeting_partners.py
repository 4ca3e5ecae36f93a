"""Who a meeting verb's object or "with" phrase names, beyond one actor at the token: the people
a group noun lists ("the three opposition leaders - A, B and C"), the body or group that leaders
speak for ("union leaders of the National Strike Committee", "held talks with opposition
leaders"), and a name the model read as a place no gazetteer knows ("met with Yanukovych").
Split from :mod:`kg.extract.meeting_parts` (file size)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.coref import actors_of
from kg.extract.meeting_guests import described_guest
from kg.extract.places import clause_path, is_future
from kg.extract.towns import load_towns
from kg.extract.untagged import untagged_person

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["body_led", "BARE_HOLDERS", "bare_talks", "comma_pair", "name_pairs", "led_group", "listed_group", "meets_again", "partners", "role_group"]

#: verbs that hold talks named by a bare adjective or phrase ("held a bilateral", "had a one-on-one")
BARE_HOLDERS = frozenset({"hold", "have"})
_BARE_TALKS = frozenset({"bilateral", "one", "tete", "tête"})

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def listed_group(ctx: Context, tok: Token, *, any_words: bool = False) -> list[str]:
    """ "opposition leaders held talks with X" when the article lists them ("the three opposition
    leaders - A, B and C - were ...", "Three opposition leaders, A, B and C, said"): the people of
    that list, found under the same noun with the same noun modifiers ("opposition"; any with
    ``any_words``: "protest leaders meet" and "Three opposition leaders -- A, B and C --")."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in L.PAIR_NOUNS or ctx.tok_actor[tok.i] or ctx.in_quote[tok.i]:
        return []
    words = _group_words(tok)
    for x in ctx.doc:
        if x.tag_ == "NNS" and x.lemma_.lower() == tok.lemma_.lower() and not ctx.in_quote[x.i] and (
                any_words or _group_words(x) == words):
            people = _listed(ctx, x)
            if len(people) >= 2:
                return people
    return []


def _group_words(tok: Token) -> frozenset[str]:
    return frozenset(c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN")


def _listed(ctx: Context, x: Token) -> list[str]:
    """The people a plural noun lists in apposition, between commas or dashes."""
    for c in x.children:
        if c.dep_ == "appos":
            listed = [k for k in actors_of(ctx, c) if ctx.typed(k, "Person")]
            if len(listed) >= 2:
                return listed
    doc = ctx.doc
    start = x.i + 1
    if start >= x.sent.end or doc[start].text not in _DASHES or not x.whitespace_:
        return []
    end = next((i for i in range(start + 1, min(x.sent.end, start + 40))
                if doc[i].text in _DASHES and doc[i - 1].whitespace_), None)  # not the hyphen of "anti-war"
    if end is None:
        return []
    mentioned = [k for a, b, k in ctx.mentions if start < a and b <= end and not ctx.in_quote[a]]
    return list(dict.fromkeys(mentioned)) if len(set(mentioned)) >= 2 and all(ctx.typed(k, "Person") for k in mentioned) else []


# "opposition leaders", "union representatives", "protest leaders": people who speak for a group
_LEAD_NOUNS = frozenset({"leader", "representative", "figure", "delegate", "head", "spokesman", "spokesperson"})


def partners(ctx: Context, p: Token, *, parties: Callable[[Context, Token], list[str]] | None = None) -> list[str]:
    """Who a meeting verb's object or "with" phrase names: the people a group noun lists, the actors
    at ``p`` (a verb's object read by ``parties``); "held talks with opposition leaders", the group
    they lead (kept as a party by ``meeting_parts.clean``); "met with Yanukovych", a name the model
    took for a place the gazetteer does not know, that person."""
    led = led_group(ctx, p)
    if led is not None and parties is not None:
        ctx.led_groups.add(led)  # "met union leaders": the unions, not their country
        return [led]
    guest = described_guest(ctx, p) if parties is None else None  # "held talks with his guest"
    found = ([guest] if guest else listed_group(ctx, p) or body_led(ctx, p) or actors_of(ctx, p)) if parties is None else (
        body_led(ctx, p) or parties(ctx, p))  # a verb's object: "the two leaders", "A, B, C and D"
    if led is not None and (not found or found == [led]):
        ctx.led_groups.add(led)
        return [led]
    if not found and led is None:
        group = role_group(ctx, p)  # "met leading opposition politicians", "three former presidents"
        found = [group] if group else []
    # "talks between the army and protest leaders": the group a conjunct's leaders lead
    for x in p.conjuncts:
        other = led_group(ctx, x) if not ctx.typed(ctx.tok_actor[x.i], "Person") else None
        if other is not None and other not in found:
            ctx.led_groups.add(other)
            found = [*found, other]
    if not found and p.pos_ == "PROPN" and p.text[:1].isupper() and p.lower_ not in ctx.gaz.by_demonym \
            and p.ent_type_ in ("", "GPE", "PERSON") and not ctx.in_quote[p.i] and not any(c.dep_ in ("det", "compound", "amod") for c in p.children) \
            and ctx.gaz.lookup(p.text) is None and not load_towns().lookup(p.text):
        k = ctx.tok_actor[p.i]
        rec = ctx.actors[k] if k else None
        if rec is not None and rec.type == "Place" and not rec.venue and rec.name == p.text:
            rec.type = "Person"  # a name read as a place where no town of that name is known
            return [rec.key]
        k = untagged_person(ctx, p) if k is None else None
        return [k] if k else []
    return found


# people named by their office or standing, who meet as a group when no name is given
# ("met party leaders", "held talks with three former presidents", "met tribal elders")
_ROLE_PLURALS = frozenset({"leader", "politician", "president", "minister", "governor", "lawmaker", "legislator",
                           "parliamentarian", "senator", "representative", "delegate", "elder", "diplomat", "ambassador",
                           "envoy", "mayor", "bishop", "cleric", "premier", "chief"})
# what makes such a plural point back at people named before ("the two leaders", "both presidents")
_BACK = frozenset({"the", "both", "these", "those", "their", "his", "her", "its", "all"})


def role_group(ctx: Context, p: Token) -> str | None:
    """ "met leading opposition politicians", "was meeting three former Ukrainian presidents", "met
    with the party leaders": people named by a plural of office with a word that says which, and by
    no name, meet as the group the phrase prints (named so; kept as a party by
    ``meeting_parts.clean``). Not "the two leaders" or "both presidents" (people named before), nor
    a bare "leaders"."""
    if p.tag_ != "NNS" or p.lemma_.lower() not in _ROLE_PLURALS or ctx.tok_actor[p.i] or ctx.in_quote[p.i]:
        return None
    mods = [c for c in p.children if c.i < p.i and c.dep_ in ("amod", "compound", "nummod", "det", "poss")]
    which = [c for c in mods if c.dep_ in ("amod", "compound")]
    if not which or any(c.dep_ in ("det", "poss") and c.lower_ in _BACK for c in mods) and not any(
            c.dep_ == "compound" and c.pos_ == "NOUN" for c in which):  # "the party leaders", not "the two leaders"
        return None
    start = min(c.left_edge.i for c in mods)
    if any(ctx.tok_actor[x.i] and not ctx.typed(ctx.tok_actor[x.i], "Group") for x in ctx.doc[start:p.i]):
        return None  # "Russia's ministers", "EU envoys": the body's people, told by other rules
    while start < p.i and ctx.doc[start].dep_ == "det":
        start += 1
    name = ctx.doc[start:p.i + 1].text
    rec = ctx.add_actor(slug(name), name, "Group", ctx.doc[start].idx)
    ctx.mentions.append((start, p.i + 1, rec.key))
    ctx.mentions.sort()
    ctx.led_groups.add(rec.key)
    return rec.key


# people sent by a body ("members of the UN Security Council", "envoys from the Arab League") and the teams it
# sends ("a delegation of the IMF", "an EU mission"): the body is the party
_BODY_PEOPLE = frozenset({"member", "envoy", "ambassador", "official", "diplomat", "emissary"})
_BODY_TEAMS = frozenset({"delegation", "mission", "team"})


def body_led(ctx: Context, p: Token) -> list[str]:
    """ "(met) union leaders of the National Strike Committee", "members of the UN Security Council", "a
    delegation from the IMF": the body their "of" or "from" phrase names."""
    lemma = p.lemma_.lower()
    if ctx.in_quote[p.i] or not (p.tag_ == "NNS" and lemma in _LEAD_NOUNS | _BODY_PEOPLE or lemma in _BODY_TEAMS):
        return []
    return [k for c in p.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for x in c.children
            if x.dep_ == "pobj" for k in actors_of(ctx, x) if ctx.actors[k].type == "Organization"]


def led_group(ctx: Context, p: Token) -> str | None:
    """The group whose leaders ``p`` names ("opposition leaders", "student representatives")."""
    if p.tag_ != "NNS" or p.lemma_.lower() not in _LEAD_NOUNS or ctx.in_quote[p.i]:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in p.children):
        return None  # "union leaders of the National Strike Committee": the body named
    for c in p.children:
        low = c.lemma_.lower()
        canon = L.GROUP_NOUNS.get(low) or ("protesters" if low == "protest" else None)
        if c.dep_ in ("compound", "amod") and canon and canon not in ("police", "officials", "authorities", "witnesses"):
            k = ctx.tok_actor[c.i]
            if k and ctx.actors[k].type == "Group":
                return k
            k = ctx.home_group(canon)
            if k is None:
                rec = ctx.add_actor(slug(canon), canon.capitalize(), "Group", c.idx, alias=canon)
                k = rec.key
            ctx.actors[k].aliases.add(f"{c.lower_} {p.lower_}")
            return k
    return None


def _pair_person(ctx: Context, x: Token) -> str | None:
    """The person a surname of a hyphened pair names: one named in full in the text ("Modi" of
    "Narendra Modi"), whatever the model made of the pair ("Ruto-Tinubu" read as one name, "Modi" an
    adjective)."""
    if not x.text[:1].isupper() or ctx.in_quote[x.i]:
        return None
    k = ctx.surnames.get(x.text)
    if k and ctx.typed(k, "Person"):
        return k
    k = ctx.tok_actor[x.i]
    return k if k and ctx.typed(k, "Person") and "-" not in ctx.actors[k].name and x.text in ctx.actors[k].name.split() else None


def name_pairs(ctx: Context, t: Token) -> list[list[str]]:
    """ "the Kishida-Yoon summit", "the Modi-Albanese meeting", "the Kishida-Yoon and Modi-Albanese
    bilaterals": the two people of each pair of surnames joined by a hyphen before a meeting noun, each
    named in full in the text (the model leaves such names untagged, reads them as one person or as
    adjectives)."""
    doc = ctx.doc
    out: list[list[str]] = []
    for i in range(t.left_edge.i, t.i - 2):
        if doc[i + 1].text not in ("-", "\u2013") or doc[i].whitespace_ or doc[i + 1].whitespace_:
            continue
        if i > 0 and doc[i - 1].text in ("-", "\u2013") and not doc[i - 1].whitespace_:
            continue  # "A-B-C": no pair
        a, b = _pair_person(ctx, doc[i]), _pair_person(ctx, doc[i + 2])
        if a and b and a != b and [a, b] not in out:
            out.append([a, b])
    return out


def bare_talks(ctx: Context, t: Token) -> list[str] | None:
    """ "A and B held a one-on-one", "had a one-on-one with X", "held a bilateral with X", "a
    tete-a-tete": talks named without a meeting noun. None when ``t`` holds no such talks, else
    the "with" phrase's partners (the subjects come from the verb)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in BARE_HOLDERS:
        return None
    doc = ctx.doc
    for c in t.children:
        if c.dep_ != "dobj" or c.lower_ not in _BARE_TALKS:
            continue
        words = doc[c.left_edge.i: c.right_edge.i + 1].text.lower().replace(" ", "")
        if c.lower_ == "one" and not re.search(r"one-(?:on|to)-one", words):
            continue
        if c.lower_ in ("tete", "tête") and "-a-" not in words and "-à-" not in words:
            continue
        if c.lower_ == "bilateral" and (c.pos_ != "ADJ" or any(x.dep_ == "amod" for x in c.children)):
            continue
        return [k for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj" for k in partners(ctx, p)]
    return None


# "agreed to meet again", "plan to hold talks again"
_INTENT = frozenset({"agree", "plan", "decide", "promise", "pledge", "vow", "hope", "expect", "want", "intend", "aim"})


def _to_come(ctx: Context, t: Token) -> bool:
    """Whether the clause of ``t`` tells something to come ("will", "would", "is to be held", "agreed to")."""
    if is_future(ctx, clause_path(ctx, t)):
        return True
    for a in [t, *t.ancestors][:4]:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "'ll") for c in a.children):
            return True
        if a.dep_ == "xcomp" and a.head.lemma_.lower() in _INTENT:
            return True
    return False


def meets_again(ctx: Context, t: Token) -> bool:
    """ "The four leaders agreed to meet again in June", "will hold talks again": a meeting to come,
    not the one just told."""
    verb = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj" else t
    return any(c.dep_ == "advmod" and c.lower_ == "again" for c in verb.children) and _to_come(ctx, verb)



def comma_pair(ctx: Context, verb: Token) -> list[str]:
    """ "Kishida, Yoon hold summit in Tokyo", "Biden, Xi meet in Bali", "Ruto, Tinubu to meet": a
    headline's two names joined by a comma in place of "and", the clause's opening words right before
    its verb; each a person the text names (a surname of one named in full counts)."""
    words = [x for x in ctx.doc[verb.sent.start: verb.i] if not x.is_space and not x.is_quote]
    while words and words[-1].lower_ in ("to", "will"):
        words.pop()
    commas = [i for i, x in enumerate(words) if x.text == ","]
    if len(commas) != 1 or not 0 < commas[0] < len(words) - 1 or len(words) > 9:
        return []
    halves = (words[:commas[0]], words[commas[0] + 1:])
    if not all(x.pos_ == "PROPN" and x.text[:1].isupper() and not ctx.in_quote[x.i] for h in halves for x in h):
        return []
    found: list[str] = []
    for h in halves:
        k = ctx.tok_actor[h[-1].i]
        if not (k and ctx.typed(k, "Person") and " " in ctx.actors[k].name):
            k = ctx.surnames.get(h[-1].text) or k  # "Yoon": the Yoon Suk Yeol of the body
        if not k or not ctx.typed(k, "Person") or k in found:
            return []
        found.append(k)
    return found
