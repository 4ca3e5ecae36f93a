"""Speakers named by a common noun that stands for the organisation named by its name just before: "Human
Rights Watch documented 31 deaths. The group said ...", "the New York-based group said", "the
rights organisation added", "the coalition said", "the NGO said" (wire copy names a body once,
then calls it by what it is)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.coref import described_before
from kg.extract.outlets import described_outlet, known_outlet
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["group_part", "org_anaphor"]

#: Nouns that call an organisation by what it is. Not "agency" (mostly a news agency relaying).
ORG_NOUNS = frozenset({
    "group", "organisation", "organization", "body", "coalition", "alliance", "movement", "bloc", "association",
    "federation", "union", "ngo", "watchdog", "outfit", "collective", "platform", "network", "council",
    "committee", "confederation", "foundation", "charity", "commission", "institute", "party",
})


def org_anaphor(ctx: Context, noun: Token) -> str | None:
    """The organisation "the <noun>" stands for: the latest one named before it outside
    quotations, in its sentence or the two before, when no other group was introduced after
    it ("a group of students ... the group said": the students, not the body before) and the
    noun has no words of its own that name something else ("the group's leader", "the group
    of lawyers", "the Hamas group")."""
    low = noun.lower_
    if low not in ORG_NOUNS or noun.tag_ not in ("NN", "NNP") or ctx.in_quote[noun.i] or described_outlet(noun):
        return None
    dets = [c for c in noun.children if c.dep_ == "det"]
    if [d.lower_ for d in dets] != ["the"] or any(
            c.dep_ in ("poss", "prep", "appos", "relcl", "acl", "nummod") for c in noun.children):
        return None
    if any(ctx.tok_actor[c.i] and ctx.actors[ctx.tok_actor[c.i] or ""].type != "Place"
           for m in noun.lefts if m.dep_ in ("compound", "amod", "nmod") for c in m.subtree):
        return None  # "the Hamas group", "the Likud party": the body named in the phrase itself
    described = described_before(ctx, noun)
    if described:
        return described  # "the OVD-Info monitoring group ... the EU ... the group said": the one described so
    start = sentences_back(noun, 2)
    para = ctx.text.rfind("\n", 0, noun.idx)
    for a, b, key in reversed(ctx.mentions):
        if a >= noun.i or ctx.in_quote[a]:
            continue
        if a < start or ctx.doc[a].idx < para:
            return None
        rec = ctx.actors[key]
        if rec.type in ("Place", "Country", "Person") or _outlet(rec.name) or described_outlet(ctx.doc[a:b].root):
            continue  # "HRW urged Colombia ...", "HRW told Reuters ...": the body still
        if rec.type != "Organization" or not any(t.pos_ == "PROPN" for t in ctx.doc[a:b]):
            return None  # a group of people ("protesters") or a body told by a common noun ("the
            # government's plan") came last: not surely a body named by its name
        if any(t.lemma_.lower() == noun.lemma_.lower() and t.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in t.children)
               for t in ctx.doc[a: noun.i]):
            return None  # "... a group of students ... the group said"
        return key
    return None


def _outlet(name: str) -> bool:
    return known_outlet(name) or name.lower().endswith(_PAPER_ENDS)


_PAPER_ENDS = ("times", "post", "guardian", "journal", "herald", "tribune", "telegraph", "gazette", "news", "tv",
               "television", "radio")


#: Quantifiers that stand alone for part of a group named before ("Many said", "Some told
#: reporters", "Others said", "Most of them said").
_PART_WORDS = frozenset({"many", "some", "most", "several", "others", "few", "all"})


def group_part(ctx: Context, subj: Token) -> str | None:
    """'Thousands of students joined the march. Many said ...', 'Some of them told reporters
    ...': a quantifier standing alone (or with "of them") speaks for the group of people named
    last, in its sentence or the one before, outside quotations."""
    if subj.lower_ not in _PART_WORDS or ctx.in_quote[subj.i] or subj.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ not in ("prep", "advmod", "det", "amod") for c in subj.children):
        return None
    of = [p for c in subj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ != "of" for c in subj.children) or any(p.lower_ != "them" for p in of):
        return None  # "some of the students": the students themselves, read elsewhere
    start = sentences_back(subj, 1)
    for a, _b, key in reversed(ctx.mentions):
        if a >= subj.i or ctx.in_quote[a]:
            continue
        if a < start:
            return None
        rec = ctx.actors[key]
        if rec.type == "Group":
            return key
        if rec.type in ("Person", "Organization"):
            return None  # a person or a body came last: "many" is not surely that group's
    return None
