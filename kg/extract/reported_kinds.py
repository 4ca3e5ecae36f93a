"""The kind of what reported speech reports: the parse of its clause, the words of criticism
or praise in it, a body telling what it did, a future or a plan in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject
from kg.extract.kinds import (calls_for, clause_kind, cue_kind, describes_state, hoped, intent_object, kind_of, others_believed,
                              own_clause, reported_default, verb_kind)
from kg.extract.speech_reports import stray_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["own_arrests", "reported_clause", "reported_kind"]


def reported_clause(verb: Token) -> Token | None:
    """The clause a reporting verb reports ("said [that talks would resume]")."""
    return next((c for c in verb.children if c.dep_ == "ccomp"), None) or stray_clause(verb)


def reported_kind(ctx: Context, verb: Token, speaker: str) -> str:
    """The kind of what a reporting verb reports: its clause's parse first ("said he would
    resign": announcement; "decided to ask him to resign": a demand), then the words of
    criticism or praise in it, else a claim (what someone says happened is a claim, whatever
    tense or arrest it names) or, when the speaker speaks of themselves ("said he had no
    information"), a comment."""
    if intent_object(verb):
        return "announcement"  # "reiterated its willingness to mediate"
    clause = reported_clause(verb)
    default = reported_default(verb)
    if clause is not None:
        by_parse = clause_kind(ctx, clause, speaker, refusal=True)
        if by_parse:
            return by_parse
        if any(verb_kind(v) == "demand" and v.dep_ != "advcl" and (v.lemma_.lower() != "call" or calls_for(ctx, v))
               for v in _clause_verbs(clause)):
            return "demand"  # "decided to ask him to resign", not "marched to demand his resignation"
        if hoped(ctx, clause, speaker):
            return "comment"  # "said he hoped for a fruitful dialogue"
        if own_clause(ctx, clause, speaker) or _own_side(ctx, clause, speaker):
            default = "announcement" if _body_act(ctx, clause, speaker) else "comment"
        elif default == "claim" and describes_state(clause):
            default = "comment"  # "said the situation remained tense": how things stand, a view, no fact asserted
            if cue_kind(_complement_text(ctx, verb, speaker=speaker)) == "announcement":
                return default  # "the length of the summit will depend on ...": a "will" of a view announces nothing
    text = _complement_text(ctx, verb, speaker=speaker)
    kind = kind_of(ctx, None, text, default=default)
    if kind == "announcement" and (clause is None or not (_ahead(ctx, clause) or own_arrests(ctx, speaker, clause, verb))):
        return default  # what someone says has happened ("Khan was arrested") is a claim (or their remark)
    if kind == "announcement" and clause is not None and others_believed(ctx, clause, speaker):
        # "underlined that the Kremlin expected the summit will contribute to ...": an expectation of others
        believed = {t.i for c in others_believed(ctx, clause, speaker) for t in c.subtree}
        rest = _complement_text(ctx, verb, believed, speaker)
        return kind_of(ctx, None, rest, default=default) if cue_kind(rest) != "announcement" else kind
    return kind


#: Verbs of a state or a thought, not an act: "it had no information", "we believe".
_STATE_VERBS = frozenset({"be", "have", "know", "think", "believe", "feel", "want", "hope", "see", "remain", "seem",
                          "need", "expect", "understand", "consider", "regret", "fear", "doubt"})


def _body_act(ctx: Context, clause: Token, speaker: str) -> bool:
    """'The ministry said it had blocked access to the sites': a body (an organisation or a
    country) saying what it did makes a measure known, an announcement (not what it is doing:
    'said it was closely monitoring the situation')."""
    if ctx.actors[speaker].type not in ("Organization", "Country"):
        return False
    verbs = [v for v in _clause_verbs(clause) if v.pos_ == "VERB"]
    return bool(verbs) and verbs[0].i == clause.i and clause.lemma_.lower() not in _STATE_VERBS and clause.tag_ != "VBG" and any(
        c.dep_ == "nsubj" for c in clause.children) and not any(c.dep_ == "neg" for c in clause.children)


def own_arrests(ctx: Context, speaker: str, clause: Token, verb: Token | None = None) -> bool:
    """Police, a ministry or an interior minister saying whom they detained announce what they
    did (the body in the speaker's name, role or the words that name them: "Interior Minister X said")."""
    actor = ctx.actors[speaker]
    subj = subject(ctx, verb) if verb is not None else None
    words = [t.text for t in subj.subtree if not ctx.in_quote[t.i]] if subj is not None else []
    name = " ".join([actor.name, actor.role or "", *words]).lower()
    return any(w in name for w in L.ARRESTING_BODIES) and any(
        t.lemma_.lower() in L.DETAIN_VERBS for t in _clause_verbs(clause))


def _own_side(ctx: Context, clause: Token, speaker: str) -> bool:
    """Whether a reported clause is about the speaker's own country ("Zelensky said Ukraine was
    counting on ...") or the pair they belong to ("the two countries had found common ground")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.lemma_.lower() in L.PAIR_NOUNS | {"country", "government", "nation"} and any(
            c.lower_ in ("two", "both") for c in subj.children):
        return True
    k = actor_at(ctx, subj)
    return k is not None and k == ctx.actors[speaker].country


def _clause_verbs(clause: Token) -> list[Token]:
    """The verbs of a reported clause: its head, the verbs conjoined with it, their
    complements and adverbial clauses ("because Moscow intended to help"), not the clauses
    that describe a noun in it ("a law that would protect him")."""
    out, todo = [], [clause]
    while todo:
        v = todo.pop()
        out.append(v)
        todo += [c for c in v.children if c.dep_ in ("conj", "xcomp", "ccomp", "advcl") or (c.dep_ == "acomp" and any(
            x.dep_ == "xcomp" for x in c.children))]
    return out


def _ahead(ctx: Context, clause: Token) -> bool:
    """Whether a reported clause speaks of what is to come: a future, a conditional or a plan
    in it ("would return", "the talks that will begin", "plans to", "agreed on"), or an
    intention or a schedule of its own verbs ("is due to", "because Moscow intended to
    help"). A "to" alone ("it was his duty to take the reins") is not, nor a future in words
    quoted inside the clause ("marched, shouting 'the streets will be ours'")."""
    words = {t.lower_ for t in clause.subtree if not ctx.in_quote[t.i]
             and not (t.pos_ == "NOUN" and t.dep_ == "pobj")}  # "protests against his plan to ..." is background
    if words & {"will", "would", "shall", "'ll", "wo", "going", "ready", "plan", "plans", "planned", "intends", "intend",
                "agreed", "agree"}:
        return True
    return any(v.lemma_.lower() in L.INTENT_VERBS | L.FUTURE_VERBS | {"willing", "prepared"}
               and any(c.dep_ == "xcomp" for c in v.children) for v in _clause_verbs(clause))


def _complement_text(ctx: Context, verb: Token, leave_out: set[int] | None = None, speaker: str | None = None) -> str:
    """What a reporting verb reports: its clause without the subject, and without the words of
    another statement inside it: another speaker's ("..., but Y says the vote was illegal", "said
    talks would resume while Y said a summit would follow ... progress") or a second speech verb
    of the same speaker that has its own kind ("recognised X and praised his plan": two statements)."""
    subj = subject(ctx, verb)
    skip = ({t.i for t in subj.subtree} if subj is not None else set()) | (leave_out or set())
    for c in verb.subtree:
        if c.i == c.head.i or c.i == verb.i or c.i in skip:
            continue
        own_subj = any(x.dep_ == "nsubj" for x in c.children)
        if c.dep_ == "conj" and c.head.i == verb.i and own_subj and c.pos_ in ("VERB", "AUX"):
            skip |= {t.i for t in c.subtree}  # "said ..., and he has managed to ...": a clause of its own, not said
        elif c.dep_ == "advcl" and own_subj and c.lemma_.lower() not in L.SPEECH_VERBS and any(
                m.dep_ == "mark" and m.lower_ in ("as", "while") for m in c.children) and not own_clause(ctx, c, speaker):
            skip |= {t.i for t in c.subtree}  # "police detained 3,000 as thousands rallied to demand ...": what others did meanwhile
        elif c.lemma_.lower() in L.SPEECH_VERBS and (c.dep_ in ("conj", "advcl", "relcl") and own_subj or (
                c.dep_ == "conj" and c.head.i == verb.i and L.SPEECH_VERBS[c.lemma_.lower()])):
            skip |= {t.i for t in c.subtree}  # "while Y said ...", "X, whom he has labeled an autocrat"
    return " ".join(t.text for t in verb.subtree if t.i not in skip)
