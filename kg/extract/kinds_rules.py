"""Statement kinds: a rule an authority makes known. "Residents must stay indoors from 8 pm",
"all schools will have to remain closed until Monday", "shops must close at 6 pm from
tomorrow": an obligation laid on the public or on places and things, with the time it holds,
said by a state body or an office holder, is a measure (a curfew, a closure) made known, an
announcement, not a demand (ontology: kind:announcement makes known "a decision, plan, measure";
the real set's dev gold: a curfew order stating that people must stay home is an announcement).
An obligation laid on an actor ("the government must resign", "protesters must leave the
square by 6 pm"), asked by anyone without an office over the public ("the union said schools
must reopen on Monday") or with no time it holds ("people must stay calm") stays a demand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.indexes import token_from
from kg.extract.kinds import verb_kind
from kg.extract.reported import reported_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["public_rule"]

#: The public a rule binds: "residents", "citizens", "everyone", "foreign journalists".
_PUBLIC = frozenset({"resident", "citizen", "people", "everyone", "everybody", "anyone", "anybody", "inhabitant",
                     "population", "driver", "motorist", "traveller", "traveler", "passenger", "visitor", "foreigner",
                     "tourist", "shopkeeper", "trader", "vendor", "pedestrian", "household", "family", "parent",
                     "pupil", "journalist", "reporter"})
#: Places and things a rule closes, opens or limits: "schools", "shops", "roads", "gatherings".
_RULED_THINGS = frozenset({"school", "university", "college", "shop", "store", "bar", "restaurant", "cafe", "market",
                           "mall", "office", "business", "road", "street", "highway", "border", "crossing", "airport",
                           "port", "flight", "train", "bus", "vehicle", "car", "motorcycle", "gathering", "assembly",
                           "event", "transport", "traffic", "mosque", "church", "cinema", "club", "park", "beach"})
#: Words of the time a rule holds, beyond a date or a time of day: "until further notice", "under the curfew".
_RULE_TIMES = frozenset({"notice", "curfew", "decree", "midnight", "dawn", "dusk", "tomorrow", "tonight"})
#: Words in the name of a state body, and in the role of an office holder.
_STATE_WORDS = ("ministry", "government", "police", "army", "military", "authorit", "presidency", "cabinet",
                "council", "commission", "prefecture", "municipal", "governorate", "armed forces", "security forces",
                "interior", "junta", "office", "court", "mayor", "governor", "minister", "president", "premier",
                "prefect", "commander", "chief", "spokes", "official", "troops", "soldiers", "forces")
#: Speakers that hold no office over the public, whatever their title: "opposition leader", "union president".
_NO_OFFICE = ("opposition", "union", "student", "party", "protest", "activist", "rights", "candidate")


def _authority(ctx: Context, speaker: str) -> bool:
    """A state body (a country, a ministry, the police, an army), or a person whose role names a
    state office ("interior minister", "governor", "mayor"), not a side's leader."""
    rec = ctx.actors.get(speaker)
    if rec is None:
        return False
    if rec.type == "Country":
        return True
    words = " ".join([rec.name, rec.role or ""]).lower() if rec.type != "Person" else (rec.role or "").lower()
    if rec.type == "Person" and not words:
        words = " ".join(ctx.doc[max(0, a - 4):a].text.lower() for a, _b, k in ctx.mentions if k == speaker)
    return any(w in words for w in _STATE_WORDS) and not any(w in words for w in _NO_OFFICE)


def _obliged(clause: Token) -> Token | None:
    """The verb of an obligation ("must stay", "will have to close", "are required to register",
    "are to stay"), or None."""
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if "must" in aux:
        return clause
    lemma = clause.lemma_.lower()
    if lemma in ("have", "require", "be") and (lemma != "require" or any(c.dep_ == "auxpass" for c in clause.children)):
        return next((c for c in clause.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)), None)
    return None


def _rule(clause: Token) -> bool:
    """Whether a clause lays an obligation on the public or on places and things, with the time it holds."""
    main = _obliged(clause)
    if main is None:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PROPN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    if not (lemma in _PUBLIC or subj.lower_ in _PUBLIC or lemma in _RULED_THINGS or any(
            d.dep_ == "det" and d.lower_ in ("all", "every", "any", "no") for d in subj.children)):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _RULE_TIMES for t in clause.subtree)  # not "said on Sunday"


def public_rule(ctx: Context, ev: Ev) -> bool:
    """Whether a demand is a rule an authority makes known (see the module)."""
    if ev.speaker is None or not _authority(ctx, ev.speaker):
        return False
    if ev.quote is None:
        i = token_from(ctx, ev.anchor)
        verb = ctx.doc[i] if i < len(ctx.doc) else None
        if verb is None or verb.idx != ev.anchor or verb_kind(verb) == "demand" or (
                ev.kind == "claim" and verb.lower_ != "according"):
            return False  # "called on residents to stay home": the verb demands; "according to" took a claim
        clause = verb.head if verb.lower_ == "according" else reported_clause(verb)
        return clause is not None and _rule(clause)
    first = ctx.doc.char_span(ev.quote[0][0], ev.quote[0][1], alignment_mode="expand")
    if first is None or ev.kind != "demand":
        return False
    roots = [t for t in first if t.pos_ in ("VERB", "AUX") and not first.start <= t.head.i < first.end or t.head.i == t.i]
    return bool(roots) and _rule(roots[0]) and not any(
        t.lemma_.lower() in L.SPEECH_VERBS and L.SPEECH_VERBS[t.lemma_.lower()] == "demand" for t in first)
