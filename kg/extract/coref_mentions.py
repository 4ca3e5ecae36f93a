"""What a pronoun may stand for beyond the model's named mentions: the sex the text gives a
person by a title or a noun in apposition ("Mrs Tembo", "her husband, John Tembo"), and a
person's bare surname the model left untagged ("Mnangagwa dismissed the claims. '...,' he
said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["PLATFORMS", "gender_at", "surname_subjects"]

#: Platforms a statement is made on ("he wrote on Twitter"): a channel, never who speaks, whatever
#: the model took the name for.
PLATFORMS = frozenset({"twitter", "x", "facebook", "telegram", "instagram", "youtube", "tiktok", "whatsapp",
                       "weibo", "wechat", "linkedin", "threads", "truth social", "vk", "vkontakte"})

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


def surname_subjects(ctx: Context, tok: Token, window: int) -> list[tuple[int, int, str]]:
    """Subjects between ``window`` and ``tok`` that are the bare surname of one person the text
    named in full before, which the model left untagged ("President Emmerson Mnangagwa ...
    Mnangagwa dismissed the claims."): mentions of that person for the pronouns after them."""
    out = []
    for t in ctx.doc[window: tok.i]:
        if (t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or ctx.tok_actor[t.i] or ctx.in_quote[t.i]
                or not t.text[:1].isupper()):
            continue
        if any(c.dep_ == "compound" for c in t.children):
            continue  # a name of several words is the model's to tag
        people = {key for a, _b, key in ctx.mentions if a < t.i and ctx.actors[key].type == "Person"
                  and len(ctx.actors[key].name.split()) > 1 and ctx.actors[key].name.split()[-1] == t.text}
        if len(people) == 1:
            out.append((t.i, t.i + 1, people.pop()))
    return out
