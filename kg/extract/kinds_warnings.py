"""Warnings that foresee harm: "warned it could bring down democracy", "warned that the reform
would destroy the courts", "warned of civil war". Said of a plan or a policy, such a warning
disapproves of it (a criticism, ontology/polkg.ttl's "disapproves of ... an action or policy"),
where a warning of the speaker's own measures demands (kinds._threat) and a forecast ("warned
that there would be no progress", "warned that prices would rise") stays a claim."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of harm done to an institution or a country: "bring down", "destroy", "undermine".
_HARM_VERBS = frozenset({"destroy", "undermine", "ruin", "wreck", "damage", "harm", "erode", "weaken", "endanger",
                         "jeopardise", "jeopardize", "imperil", "cripple", "devastate", "dismantle", "tear",
                         "plunge", "push", "drag"})
#: Particles that make a verb one of harm: "bring down", "tear apart", "drag into".
_HARM_PHRASES = {"bring": "down", "tear": "apart"}
#: What a harm verb's subject must be for the warning to judge a plan: the plan itself or "it / this".
_PLANS = frozenset({"plan", "bill", "law", "reform", "overhaul", "move", "decision", "measure", "policy", "proposal",
                    "legislation", "amendment", "change", "package", "budget", "deal", "agreement", "it", "this"})
#: Calamities a warning foresees: "warned of civil war", "warned of chaos".
_CALAMITIES = frozenset({"chaos", "anarchy", "bloodshed", "catastrophe", "disaster", "dictatorship", "tyranny",
                         "collapse", "ruin"})


def _harms(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    need = _HARM_PHRASES.get(lemma)
    if need is not None:
        return any(c.dep_ == "prt" and c.lower_ == need for c in verb.children)
    if lemma in ("plunge", "push", "drag"):
        return any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children)
    return lemma in _HARM_VERBS


def _civil_war(t: Token) -> bool:
    return t.lemma_.lower() == "war" and any(c.lower_ == "civil" for c in t.children)


def harm_warning(verb: Token) -> bool:
    """Whether ``verb`` ("warned", "cautioned") foresees harm from a plan: a clause of a harm verb
    whose subject (or the warning's object, "warned the law could undermine ...") is the plan or
    "it", or "of" a calamity ("warned of civil war", "of chaos and bloodshed")."""
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        for o in (c for c in p.children if c.dep_ == "pobj"):
            if any(x.lemma_.lower() in _CALAMITIES or _civil_war(x) for x in (o, *o.conjuncts)):
                return True
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    for cl in (c for c in verb.children if c.dep_ == "ccomp"):
        if not _harms(cl) or any(a.dep_ == "neg" for a in cl.children):
            continue
        subj = [c for c in cl.children if c.dep_ == "nsubj"] or objs
        if any(s.lemma_.lower() in _PLANS or s.lower_ in _PLANS for s in subj):
            return True
    return False
