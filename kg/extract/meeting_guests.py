"""The guest of a summit named by description ("his guest", "the visiting president", "the guest"): the
person the report told last before, in its last sentences, outside quotations, other than the people of
the description's own sentence (the host named there). Summit reports name the guest once and then
describe them; the description is a party to the talks, the greeting or the meal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_guest"]

_GUEST_NOUNS = frozenset({"guest", "visitor"})
# "the visiting president", "the visiting leader", "the visiting prime minister"
_VISITING_HEADS = frozenset({"president", "leader", "premier", "minister", "chancellor", "king", "head", "emir", "monarch"})


def described_guest(ctx: Context, tok: Token) -> str | None:
    """The person a guest description at ``tok`` stands for ("his guest", "their guests' host" not), or None."""
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS" or ctx.in_quote[tok.i] or ctx.tok_actor[tok.i]:
        return None
    lemma = tok.lemma_.lower()
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their") for c in tok.children)
    visiting = lemma in _VISITING_HEADS and any(c.dep_ in ("amod", "compound") and c.lower_ == "visiting" for c in tok.children)
    if not definite or not (lemma in _GUEST_NOUNS or visiting) or any(c.dep_ == "appos" for c in tok.children):
        return None  # "his guest, A": the apposition names them
    own = {k for a, _b, k in ctx.mentions if tok.sent.start <= a < tok.sent.end}
    start = sentences_back(tok, 3)
    return next((k for a, _b, k in reversed(ctx.mentions) if start <= a < tok.sent.start and not ctx.in_quote[a]
                 and ctx.typed(k, "Person") and k not in own), None)
