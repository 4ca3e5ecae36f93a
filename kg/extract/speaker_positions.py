"""Speakers the parser set away from their verb: a subject hung on a relative clause or an
apposition before the verb's comma, "X was quoted as saying", a speaker named after a quotation
or after an inverted verb, and the author of a statement noun in the chunk before the verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.actor_gender import name_gender
from kg.extract.coref import actor_at, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["after_quote", "by_saying", "chunk_speaker", "inverted_person", "misattached_subject", "parenthetical_subject", "pronoun_before_quote", "quoted_as"]


def parenthetical_subject(ctx: Context, verb: Token) -> str | None:
    """'..., Duque, who has not made any statement about it, said that ...': a subject the
    parser hung elsewhere, known by the relative clause or apposition that closes right
    before the verb's comma."""
    end = verb.i - 2
    for t in ctx.doc[verb.sent.start: end + 1]:
        if t.dep_ in ("relcl", "appos") and t.right_edge.i == end and t.head.i < t.i and t.head.pos_ == "PROPN":
            k = ctx.tok_actor[t.head.i]
            return k if k and ctx.actors[k].type in ("Person", "Organization", "Country") else None
    return None


def quoted_as(verb: Token) -> Token | None:
    """'X was quoted (by the paper) as saying ...', 'state media quoted X as saying ...': the
    one quoted speaks through "saying"."""
    head = verb.head
    if verb.dep_ != "pcomp" or head.lower_ != "as" or head.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None) or next(
        (c for c in head.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)


def by_saying(ctx: Context, verb: Token) -> Token | None:
    """'X responded by saying that ...', 'reacted by stressing that ...': the subject of the
    verb the "by" phrase hangs on speaks through the gerund (not a passive's: 'was
    criticised by ...')."""
    head = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or head.lower_ != "by" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None) or (
        subject(ctx, head.head) if head.head.dep_ in ("conj", "xcomp", "advcl") else None)


def after_quote(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` comes right after a quotation (only punctuation between them)."""
    j = verb.i - 1
    while j >= 0 and (ctx.doc[j].is_punct or ctx.doc[j].is_space) and not ctx.in_quote[j]:
        j -= 1
    return j >= 0 and j < verb.i - 1 and ctx.in_quote[j]


def chunk_speaker(ctx: Context, verb: Token, subj: Token) -> str | None:
    """'..., a statement from police in Dhaka said.': when the words between
    the last comma and the verb open with a statement noun, its author speaks, whichever
    noun the parser made the subject."""
    doc = ctx.doc
    j = verb.i - 1
    while j > verb.sent.start and doc[j].text != "," and verb.i - j <= 12:
        if doc[j].pos_ in ("VERB", "AUX") and doc[j].i != verb.i:
            return None
        j -= 1
    first = next((t for t in doc[j + 1: verb.i] if t.pos_ in ("NOUN", "PROPN")), None)
    if first is None or first.i == subj.i or first.lemma_.lower() not in L.SPEECH_NOUNS:
        return None
    for c in first.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for p in c.children:
                k = actor_at(ctx, p) if p.dep_ == "pobj" else None
                if k:
                    return k
    return None


def inverted_person(ctx: Context, verb: Token) -> str | None:
    """'"...", had declared on television on Friday the Minister of the Interior X': the
    person named after the verb in a noun phrase the parser set in apposition (or as an
    adverbial noun) somewhere under the verb, not inside a clause or a bare prepositional
    phrase of its own ("in front of President Y")."""
    for x in ctx.doc[verb.i + 1: verb.sent.end]:
        k = ctx.tok_actor[x.i]
        if not k or ctx.actors[k].type != "Person" or ctx.in_quote[x.i] or x.dep_ == "compound":
            continue
        deps, h = [], x
        while h.i != verb.i and h.head.i != h.i:
            deps.append(h.dep_)
            h = h.head
        if h.i == verb.i and any(d in ("appos", "npadvmod") for d in deps) and not any(
                d in ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "dobj") for d in deps):
            return k
    return None


def pronoun_before_quote(ctx: Context, pron: Token, verb: Token) -> str | None:
    """'X announced a march. "...(five sentences)...," she said.': "he" or "she" attributing a
    quotation of three sentences or more stands for the person named in the sentence before
    the quotation (its one named subject), of the pronoun's sex when known, not for the last name
    read before it (which may be a platform, "on Twitter")."""
    first = min(pron, verb, key=lambda t: t.i)  # '"...," she said' or '"...," said she'
    if pron.lower_ not in ("he", "she") or not after_quote(ctx, first):
        return None
    doc = ctx.doc
    j = first.i - 1
    while j >= 0 and (ctx.in_quote[j] or doc[j].is_punct or doc[j].is_space):
        j -= 1
    inside = doc[j + 1: first.i]
    if j < 0 or len({t.sent.start for t in inside}) < 3:
        return None
    start = doc[j].sent.start
    sex = "m" if pron.lower_ == "he" else "f"
    fits = [key for a, b, key in ctx.mentions
            if start <= a <= j and not ctx.in_quote[a] and ctx.actors[key].type == "Person"
            and ctx.doc[a:b].root.dep_ == "nsubj" and name_gender(ctx.actors[key].name) in (None, sex)]
    return fits[-1] if len(set(fits)) == 1 else None


def misattached_subject(ctx: Context, verb: Token, subj: Token | None) -> Token | None:
    """The subject of a speech verb the parser hung elsewhere: 'Briefing the media on the
    talks, Foreign Secretary X said ...' (the opening participle read as the subject: the
    name between the last comma and the verb speaks); 'X declared himself president, called
    for elections and ...' (a finite verb of a series read as a clause on the noun before
    its comma: the subject of the sentence's main verb speaks)."""
    doc = ctx.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i] and c.i < verb.i]
    if len(subjects) > 1 and subj is not None and subj.i == subjects[0].i:
        # 'Crowds of protesters packed the square, with clashes in other cities, police said.':
        # the parser gave the verb the clause's subject too; the one after the last comma
        # speaks when a verb of the clause stands between them (not 'X, 42, a shop owner said')
        near = subjects[-1]
        edge = near.left_edge.i
        if edge > 0 and doc[edge - 1].text == "," and any(
                t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP", "VBN") for t in doc[subjects[0].i + 1: edge]):
            return near
    if subj is not None and subj.tag_ == "VBG" and subj.dep_ == "nsubj" and subj.i < verb.i:
        j = verb.i - 1
        while j > subj.i and doc[j].text != "," and verb.i - j <= 8:
            j -= 1
        names = [t for t in doc[j + 1: verb.i] if t.pos_ in ("PROPN", "NOUN") and not ctx.in_quote[t.i]]
        return names[-1] if doc[j].text == "," and names else None
    if (subj is None or subj.i == verb.head.i) and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.i > 0 \
            and doc[verb.i - 1].text == ",":
        root = verb.sent.root
        if root.pos_ == "VERB" and root.i < verb.i:
            return next((c for c in root.children if c.dep_ == "nsubj"), None)
    return None
