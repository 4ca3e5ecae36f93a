"""Groups as sides of talks: "the government and the opposition held talks", "the president met
student protesters", "Venezuela's government and the opposition resumed negotiations". A group
that can sit at a table (the opposition, protesters, students, unions) named as the subject or the
object of a meeting, across from a person or a body, is one of its parties, as the leaders of such
a group already are (:func:`kg.extract.meeting_partners.led_group`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.meeting_parts import party_group

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["side_groups"]

# bodies that keep order or fight, never across a table from a crowd they "met" ("police met the
# marchers with tear gas")
_PEOPLE = frozenset({"leader", "representative", "delegate", "member", "figure", "politician", "delegation", "family"})
_FORCES = frozenset({"police", "security", "forces", "army", "military", "troops", "guard", "gendarmerie"})


def side_groups(ctx: Context, t: Token, parts: list[str]) -> list[str]:
    """The groups among ``parts`` (the raw parties of meeting word ``t``) that sit at the talks as a
    side: each a group that can be one (not police, officials, witnesses ...), across from a person
    or an organisation that is no force of order; none when the meeting is a clash ("met the
    protesters with tear gas": a "with" phrase that names no actor)."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children):
        return []  # "talks between the government and the opposition": meeting_nouns.noun_parts's own rule
    groups = [k for k in parts if ctx.typed(k, "Group") and k not in ctx.led_groups and party_group(ctx, k)]
    if not groups or _met_with_force(ctx, t):
        return []
    others = [k for k in parts if k not in groups and ctx.actors[k].type in ("Person", "Organization")]
    if len(others) != 1 or _force(ctx, others[0]):  # "A and the leader of the protesters, B": B, not the group
        return []
    return groups


def _force(ctx: Context, k: str) -> bool:
    words = {w.lower() for w in ctx.actors[k].name.split()}
    return ctx.actors[k].type == "Organization" and bool(words & _FORCES)


def _met_with_force(ctx: Context, t: Token) -> bool:
    """ "met the crowd with water cannon": the verb's "with" phrase names a thing, not a party."""
    if t.pos_ != "VERB":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and not ctx.tok_actor[p.i] and p.pos_ == "NOUN" and p.lemma_.lower() not in _PEOPLE
        and p.lemma_.lower() not in L.GROUP_NOUNS for p in c.children) for c in t.children)
