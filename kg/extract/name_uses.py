"""How an actor's name is used, for the names the gazetteer does not settle (split from
:mod:`kg.extract.actors`, file size): an unknown name in a list of places or after a locative
preposition is a place; a capital that speaks or is addressed stands for its government; a
ministry after a country's possessive is that country's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.addressees import OBJECT_VERBS, PREP_VERBS
from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.entity_spans import ORG_HEADS
from kg.extract.gazetteer import Entry

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["country_owner", "list_places", "locative", "metonym"]

_NO_ENTRY = Entry("", "", "")

_LIST_PREPS = frozenset({"in", "at", "near", "across", "throughout", "outside", "including"})


def _list_head(tok: Token) -> Token:
    """The first item of the list ``tok`` is in ("in Eldoret, Nanyuki and Kisii" -> Eldoret)."""
    cur = tok
    for _ in range(30):
        if cur.dep_ not in ("conj", "appos") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _in_place_list(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` is a later item of a list of places after a locative preposition."""
    head = _list_head(tok)
    if head.i == tok.i or head.dep_ != "pobj" or head.head.lower_ not in _LIST_PREPS:
        return False
    k = ctx.tok_actor[head.i]
    if k:
        return ctx.actors[k].type == "Place"
    return head.ent_type_ in ("GPE", "LOC", "FAC") or (ctx.gaz.lookup(head.text) or _NO_ENTRY).type == "Place"


def list_places(ctx: Context) -> None:
    """Untagged names in a list of places ("in Eldoret, Nanyuki, Nyeri and Kisii") are places."""
    poses = ctx.poses
    for i in range(len(ctx.doc)):
        if poses[i] != "PROPN":
            continue
        t = ctx.doc[i]
        if (t.dep_ in ("conj", "appos") and not ctx.tok_actor[t.i] and not ctx.in_quote[t.i]
                and t.text[:1].isupper() and _in_place_list(ctx, t)):
            start = t.i
            while start > 0 and ctx.doc[start - 1].dep_ == "compound" and ctx.doc[start - 1].head.i == t.i:
                start -= 1
            span = ctx.doc[start: t.i + 1]
            ctx.mark(span, ctx.add_actor(slug(span.text), span.text, "Place", span.start_char, alias=span.text))
    ctx.mentions.sort()


#: Verbs whose subject is where something happens, not who acts: "the capital saw clashes".
_SETTING_VERBS = frozenset({"see", "witness", "experience", "wake", "record", "remain", "be"})


def metonym(root: Token) -> bool:
    """A capital standing for its government: the subject of a verb ('Moscow denied'),
    or the one accused, urged, warned or called on ('accused Washington of ...', also in a
    list; 'called on Beijing to'), or the
    owner of a demand or a position ("rejected Moscow's demand")."""
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return root.head.lemma_.lower() not in _SETTING_VERBS  # not "Lusaka saw its biggest march"
    if root.dep_ == "poss" and root.head.lemma_.lower() in _STANCE_NOUNS:
        return True  # "rejected Moscow's demand that ...": the state's own word
    if root.dep_ == "pobj" and root.head.dep_ == "prep":  # "called on Beijing to", "appealed to Caracas"
        verb = root.head.head
        return root.head.lower_ in PREP_VERBS.get(verb.lemma_.lower(), ()) and verb.pos_ == "VERB"
    return root.dep_ == "dobj" and root.head.lemma_.lower() in L.ADDRESSEE_VERBS | OBJECT_VERBS


#: What a state says or wants, owned by its capital standing for it ("Moscow's demand").
_STANCE_NOUNS = frozenset({"demand", "request", "proposal", "offer", "position", "claim", "statement", "decision",
                           "ultimatum", "call", "warning", "threat", "refusal", "insistence", "stance", "plan"})


def locative(ctx: Context, ent: Span) -> bool:
    """An unknown name used as a place: 'in Kisumu', 'in Mombasa and Kisumu'."""
    root = ent.root
    if root.dep_ in ("conj", "appos") and _in_place_list(ctx, root):
        return True
    if root.dep_ == "conj":
        k = ctx.tok_actor[root.head.i]
        return bool(k and ctx.actors[k].type == "Place")
    if ent.label_ == "FAC" and root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near", "outside", "inside"):
        return True
    if ent.label_ == "PERSON":
        # "In Mbao, ...", "in Ness Ziona": a name the model took for a person, used as a
        # place, and not part of a person's full name elsewhere in the article
        return (root.dep_ == "pobj" and root.head.lower_ == "in" and len(ent) <= 2 and not any(
            e.label_ == "PERSON" and len(e) > len(ent) and ent[-1].text in {t.text for t in e} for e in ctx.doc.ents))
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _TERRITORY_NOUNS \
            and not any(t.text in ORG_HEADS for t in ent):
        return True  # "took to the streets of Lusaka", "the departments of Cauca", "the annexation of Crimea"
    return (root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "through", "into", "towards", "toward", "across")
            and not any(t.text in ORG_HEADS for t in ent))


def country_owner(ctx: Context, ent: Span) -> str | None:
    """The demonym of the country whose body ``ent`` is by a possessive just before it
    ("Spain's Interior Ministry" -> "Spanish"), when the country is known."""
    if ent.start < 2 or ctx.doc[ent.start - 1].tag_ != "POS":
        return None
    entry = ctx.gaz.lookup(ctx.doc[ent.start - 2].text)
    if entry is None or entry.type != "Country":
        return None
    return entry.demonyms[0] if entry.demonyms else None


# Nouns whose "of" phrase names a territory: "the streets of ...", "the province of ..."
_TERRITORY_NOUNS = frozenset({"street", "streets", "outskirts", "suburb", "department", "province", "region", "district",
                              "city", "town", "village", "annexation", "municipality", "county"})
