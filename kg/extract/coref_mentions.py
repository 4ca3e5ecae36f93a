"""What a pronoun may stand for beyond the model's named mentions: the sex the text gives a
person by a title or a noun in apposition ("Mrs Tembo", "her husband, John Tembo")."""

from __future__ import annotations

from kg.extract.context import Context

__all__ = ["gender_at"]

_GENDERED = {**dict.fromkeys(("mr", "mr.", "husband", "son", "father", "brother", "man", "boy", "grandfather", "uncle",
                              "nephew", "king", "prince", "businessman", "spokesman", "chairman"), "m"),
             **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss", "wife", "daughter", "mother", "sister", "woman",
                              "girl", "grandmother", "aunt", "niece", "widow", "queen", "princess", "businesswoman",
                              "spokeswoman", "chairwoman", "actress"), "f")}


def gender_at(ctx: Context, a: int) -> str | None:
    """The sex the text gives the person mentioned at token ``a``, by a title right before
    the name ("Mrs Tembo") or a noun in apposition ("her husband, John Tembo")."""
    r = ctx.doc[a].head if ctx.doc[a].dep_ == "compound" else ctx.doc[a]
    near = [r.head] if r.dep_ == "appos" else []
    near += [c for c in r.children if c.dep_ == "appos"]
    if a > 0:
        near.append(ctx.doc[a - 1])
    found = {_GENDERED[t.lower_] for t in near if t.lower_ in _GENDERED}
    return found.pop() if len(found) == 1 else None
