"""Speakers that are bodies: institutions, offices, sources and documents.

A bare "the <noun>" standing for a body named before ("the ministry added"), a person's
entourage or office ("Navalny's team said", "the prime minister's office said"), unnamed
sources of a body ("a government source", "sources close to the president"), the home
country's institution named by a common noun ("the army said"), "according to X" and the
author of a statement noun ("the statement said", "a statement from the presidency").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.collectives import collective_speaker, kind_named
from kg.extract.context import Context
from kg.extract.coref import actor_at, coref, subject
from kg.extract.outlets import relayed_source
from kg.extract.local_titles import local_title
from kg.extract.speaker_descriptions import data_source, titled_before, unnamed_title
from kg.extract.speaker_offices import office_holder
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["according_to", "cited_source", "close_to", "entourage", "home_institution", "named_institution", "named_with_noun",
           "owned_body", "statement_author", "unnamed_source"]


def named_institution(ctx: Context, subj: Token, key: str) -> str | None:
    """'The interior ministry said ... The ministry added': a bare "the <noun>" read as the
    home country's institution stands for the one institution of that country named before
    with more words ("Belarusian Interior Ministry"), not for a body of its own."""
    rec = ctx.actors[key]
    if rec.type != "Organization" or [c.lower_ for c in subj.children] != ["the"] or subj.tag_ != "NN":
        return None
    words = rec.name.lower().split()
    if len(words) != 2 or words[1] != subj.lower_:
        return None
    fits = {k for a, _b, k in ctx.mentions if a < subj.i and k != key and ctx.actors[k].type == "Organization"
            and (n := ctx.actors[k].name.lower().split())[0] == words[0] and n[-1] == words[1]}
    return fits.pop() if len(fits) == 1 else named_with_noun(ctx, subj)


#: Nouns of a state's own bodies: "the army said" is the home country's army, not a named
#: armed group ("Arakan Army") with the noun in its name.
_STATE_BODY_NOUNS = frozenset({"government", "army", "military", "police", "presidency", "embassy"})


def named_with_noun(ctx: Context, subj: Token) -> str | None:
    """'The Central Committee of Sudan Doctors said ... The committee said': a bare "the
    <noun>" stands for the one organisation named before whose name (of three words or
    more) has that noun."""
    noun = subj.lower_
    if subj.tag_ != "NN" or [c.lower_ for c in subj.children] != ["the"] or noun in _STATE_BODY_NOUNS:
        return None
    fits = {k for a, _b, k in ctx.mentions if a < subj.i and ctx.actors[k].type == "Organization"
            and not ctx.in_quote[a] and len(n := ctx.actors[k].name.lower().split()) > 2 and noun in n}
    return fits.pop() if len(fits) == 1 else None


def entourage(ctx: Context, subj: Token, key: str) -> str | None:
    """'Yanukovych's aides said': people around a person, named by a plural noun that is
    no actor of its own with the person as its possessor, speak as a group of their own,
    not as the person."""
    if subj.tag_ != "NNS" or ctx.tok_actor[subj.i] or ctx.actors[key].type != "Person":
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and ctx.tok_actor[c.i] == key), None)
    if owner is None:
        return None
    name = ctx.doc[owner.left_edge.i: subj.i + 1].text
    return ctx.add_actor(slug(name), name, "Group", subj.idx).key


#: Bodies and people a possessor owns that speak for themselves, not for it ("Navalny's
#: team said", "the prime minister's office said"), with the type of actor each is.
_OWNED = {"office": "Organization", "campaign": "Organization", "party": "Organization",
          "administration": "Organization", "government": "Organization", "cabinet": "Organization",
          "team": "Group", "camp": "Group", "family": "Group", "lawyer": "Person", "attorney": "Person"}


#: Holders of an office, beyond the role nouns, whose office speaks ("the ombudsman's office said").
_OFFICE_HOLDERS = frozenset({"ombudsman", "ombudsperson", "coroner", "auditor", "regulator", "attorney", "speaker"})


def close_to(ctx: Context, noun: Token) -> str | None:
    """'Sources close to the president said', 'a source close to Khan': unnamed people near
    an actor speak for that actor (the gold's "the group they speak for")."""
    if noun.lemma_.lower() not in L.SOURCE_NOUNS | {"people", "person", "aide", "insider"}:
        return None
    for adj in noun.children:
        if adj.dep_ == "amod" and adj.lower_ in ("close", "closer"):
            for prep in adj.children:
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for p in prep.children:
                        k = actor_at(ctx, p) if p.dep_ == "pobj" and not ctx.in_quote[p.i] else None
                        if k is None and p.dep_ == "pobj" and p.pos_ == "NOUN":
                            k = titled_before(ctx, p) or (unnamed_source(ctx, p) if p.lemma_.lower() in L.INSTITUTION_NOUNS else None)
                        if k and ctx.actors[k].type in ("Person", "Organization", "Country"):
                            return k
    return None


def owned_body(ctx: Context, subj: Token) -> str | None:
    """'Navalny's team called for ...', "Khan's party complained", "the prime minister's
    office said": the body (or the lawyer) of a named person, or of a person named by a
    title, speaks as an actor of its own, named as printed with the possessor's full name."""
    kind = _OWNED.get(subj.lemma_.lower()) if subj.tag_ == "NN" and not ctx.tok_actor[subj.i] else None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if kind is None or owner is None or ctx.in_quote[owner.i] or any(c.dep_ in ("compound", "amod") for c in subj.children):
        return None
    k = ctx.tok_actor[owner.i]
    if k is None and owner.lower_ in ("his", "her"):
        k = coref(ctx, owner, ("Person",))  # "Carrie Lam refused ... Her office said": the person named before
    if k and ctx.actors[k].type != "Person":
        return None  # "Russia's government", "the party's office": the body itself or its own
    if k is None and not (owner.pos_ == "NOUN" and owner.lemma_.lower() in L.ROLE_NOUNS | _OFFICE_HOLDERS):
        return None
    printed = ctx.doc[owner.left_edge.i: subj.i + 1].text.strip()  # not the masked dateline before a lead's first word
    printed = printed[4:] if printed[:4].lower() == "the " else printed
    name = f"{ctx.actors[k].name}'s {subj.lower_}" if k else printed
    return ctx.add_actor(slug(name), name, kind, owner.idx, alias=printed).key


def statement_author(ctx: Context, noun: Token) -> str | None:
    """'the statement said': the author of that statement, named with it a few sentences
    before ("X issued a statement", "a statement from X")."""
    lemma = noun.lemma_.lower()
    if lemma not in L.DOCUMENT_NOUNS or not any(c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    start = sentences_back(noun, 4)
    for t in reversed(ctx.doc[start: noun.i]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or ctx.in_quote[t.i]:
            continue
        k = actor_at(ctx, t)  # "a statement from the ministry"
        verb = t.head if t.dep_ == "dobj" and t.head.lemma_.lower() in L.LIGHT_SPEECH_VERBS else (
            t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() in L.SPEECH_VERBS
            else None)  # "the ministry issued a statement", "the ministry said in a statement"
        if k is None and verb is not None:
            s = subject(ctx, verb)
            k = actor_at(ctx, s) if s is not None and not ctx.in_quote[s.i] else None
        if k:
            return k
    return None


def according_to(ctx: Context, verb: Token) -> str | None:
    pron = verb.nbor(2) if verb.i + 2 < len(ctx.doc) and verb.nbor(1).lower_ == "to" else None
    if pron is not None and pron.lower_ in ("him", "her"):
        return coref(ctx, pron, ("Person",))  # "According to her, ...": the person named before
    nxt = verb.nbor(1) if verb.i + 1 < len(ctx.doc) else None
    for c in [*(c for c in verb.children if c.lower_ == "to"), *([nxt] if nxt is not None and nxt.lower_ == "to" else [])]:
        for p in c.children:
            if p.dep_ == "pobj" and not relayed_source(ctx, p):
                return _source_noun(ctx, p)
    return None


def _source_noun(ctx: Context, p: Token) -> str | None:
    """The speaker "according to" names: as a speech verb's subject would be read, an office
    of a person or a holder ("according to the ombudsman's office", "according to Boluarte's
    office": the office, not its holder) and a title whose holder the text named before or
    never names ("according to the interior minister", "according to Peru's interior
    minister": that person, not the country)."""
    k = (local_title(ctx, p) or kind_named(ctx, p) or actor_at(ctx, p) or collective_speaker(ctx, p)
         or data_source(ctx, p, unnamed_source) or document_author(ctx, p) or _given_by(ctx, p))
    if p.pos_ != "NOUN" or ctx.in_quote[p.i]:
        return k
    k = owned_body(ctx, p) or office_holder(ctx, p) or k
    if k is None or ctx.actors[k].type == "Country":
        k = titled_before(ctx, p) or unnamed_title(ctx, p) or k
    return k


#: What is shown, not told: "footage shared by X", "images posted by Y".
_PICTURES = frozenset({"footage", "video", "image", "photo", "photograph", "picture", "clip", "recording"})


def _given_by(ctx: Context, noun: Token) -> str | None:
    """'according to an update from the police', 'according to information released by the
    ministry', 'according to the estimation of the opposition': whatever the noun (an update,
    information, an estimation), the body or person it comes from tells it (after "of", not a
    country or a place: 'according to the constitution of Georgia' is no one's word)."""
    if noun.pos_ != "NOUN" or ctx.tok_actor[noun.i] or noun.lemma_.lower() in _PICTURES:
        return None  # "according to footage shared by X": what a picture shows, nobody's word
    preps = [(c.lower_, c) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")] + [
        ("by", a) for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children if a.dep_ == "agent"]
    for word, c in preps:
        for p in c.children:
            if p.dep_ != "pobj" or ctx.in_quote[p.i]:
                continue
            k = actor_at(ctx, p) or (unnamed_source(ctx, p) or owned_body(ctx, p) or collective_speaker(ctx, p)
                                     if p.pos_ == "NOUN" else None)
            if k and ctx.actors[k].type in (("Organization", "Person", "Group") if word == "of"
                                            else ("Organization", "Person", "Group", "Country")):
                return k
    return None


#: Verbs that only relay what a cited source told ("Interfax reported, citing the ministry").
_RELAY_VERBS = frozenset({"say", "report", "tell", "write", "add", "state"})


def cited_source(ctx: Context, verb: Token) -> str | None:
    """'..., Interfax reported, citing the interior ministry', 'According to the news agency
    APS, citing the health ministry, ...', 'the agency, citing a source in the ministry,
    said ...': whoever reports relays; the source it cites (a body, a person, a group, the
    author of a document or figures it cites) is the speaker."""
    if verb.lemma_.lower() not in _RELAY_VERBS and verb.lower_ != "according":
        return None
    holders = [verb, verb.head] if verb.lower_ == "according" else [verb]
    subj = subject(ctx, verb) if verb.lower_ != "according" else None
    if subj is not None:
        holders.append(subj)  # "Interfax, citing a source in the ministry, said"
    for h in holders:
        for c in h.children:
            if c.lemma_.lower() != "cite" or c.tag_ != "VBG" or ctx.in_quote[c.i] or c.dep_ not in ("advcl", "acl", "xcomp", "conj"):
                continue
            for o in c.children:
                if o.dep_ != "dobj" or ctx.in_quote[o.i]:
                    continue
                k = actor_at(ctx, o) or (unnamed_source(ctx, o) or close_to(ctx, o) or data_source(ctx, o, unnamed_source)
                                         or document_author(ctx, o) or collective_speaker(ctx, o) if o.pos_ == "NOUN" else None)
                if k and ctx.actors[k].type != "Place":
                    return k
    return None


def document_author(ctx: Context, noun: Token) -> str | None:
    """'according to a statement released by the defence ministry', 'according to a statement
    from the presidency': the author of the statement noun, named after "by", "from" or "of"."""
    if noun.lemma_.lower() not in L.SPEECH_NOUNS or noun.pos_ != "NOUN":
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")] + [
        a for v in noun.children if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children if a.dep_ == "agent"]
    for c in preps:
        for p in c.children:
            if p.dep_ == "pobj" and not ctx.in_quote[p.i]:
                k = actor_at(ctx, p) or (unnamed_source(ctx, p) or owned_body(ctx, p) if p.pos_ == "NOUN" else None)
                if k and ctx.actors[k].type != "Place":
                    return k
    return None


def unnamed_source(ctx: Context, noun: Token) -> str | None:
    """A body or a person the text does not name: "the air force said", "a government
    source said", "military sources had indicated" (the home country's institution),
    "a provincial health official told AFP" (one person, named by the description)."""
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha]
    if noun.lemma_.lower() in L.INSTITUTION_NOUNS or " ".join([*(m.lower_ for m in mods), noun.lower_]) == "air force":
        return home_institution(ctx, noun, mods)
    if noun.lemma_.lower() not in L.SOURCE_NOUNS:
        return None
    for m in mods:
        if m.lemma_.lower() in L.INSTITUTION_NOUNS:
            return home_institution(ctx, m, [])  # "a government source", "military sources"
    if noun.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in noun.children) and mods:
        phrase = " ".join([*(m.lower_ for m in mods), noun.lower_])
        rec = ctx.add_actor(slug(phrase), phrase, "Person", noun.idx, alias=phrase)
        return rec.key
    return None


def home_institution(ctx: Context, noun: Token, mods: list[Token]) -> str | None:
    """The home country's institution named by a common noun: "the government" in a report
    from Colombia is the Colombian government."""
    home = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    if home is None:
        return None
    phrase = " ".join([*(m.lower_ for m in mods), noun.lemma_.lower() if noun.tag_ == "NNS" else noun.lower_])
    demonym = home.demonyms[0] if home.demonyms else home.name
    name = f"{demonym} {phrase}"
    entry = ctx.gaz.lookup(name)
    key = entry.key if entry else slug(f"{home.key}-{phrase}")
    rec = ctx.add_actor(key, name, "Organization", noun.idx, entry=entry, alias=phrase)
    printed = " ".join(t.text for t in ctx.doc[min([noun.i, *(m.i for m in mods)]): noun.i + 1])
    rec.aliases.add(printed)
    if mods:
        ctx.described[noun.lemma_.lower()] = rec.key  # "the interior ministry ... the ministry added"
    return rec.key
