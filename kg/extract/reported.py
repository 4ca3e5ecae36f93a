"""Reported speech: statements without quotation marks ("said that ...", "condemned the
vote", "called for talks", "according to X", "police put turnout at 2,000"): the words that
report speech and who says them. The kind of what they report is reported_kinds.py's, the
statement they make (its clause, a repeat, the speakers joined to the subject) reported_events.py's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject
from kg.extract.kinds import cue_kind, describes_state, verb_kind
from kg.extract.speakers import speaker_of
from kg.extract.speech_reports import reports_speech
from kg.extract.speech_cues import (asks_for, noun_kind, calls_protest, formal_act, headline_verb, in_statement, names_as, negated, unsaid,
                                    protest_purpose, protest_aim, PURPOSE_VERBS, puts_figure, says_something, says_that, states_noun)
from kg.extract.reported_events import add_reported, adds_more, joint_speakers, pair_speakers
from kg.extract.reported_kinds import own_arrests, reported_clause, reported_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_reported", "joint_speakers", "pair_speakers", "reported_clause", "reported_kind"]


def find_reported(ctx: Context, used: set[int]) -> None:
    """Reported speech: speech verbs outside quotations ("said that ...", "condemned the
    vote", "called for talks"), statement nouns ("warnings from China"), concern and
    support ("voiced concern"), light verbs ("issued a statement"), "according to X"."""
    poses, lemmas, lowers = ctx.poses, ctx.lemmas, ctx.lowers
    for i in range(len(ctx.doc)):
        pos = poses[i]
        # every branch below asks a verb or a noun (a headline's verb too), or "according"
        if i in used or ctx.in_quote[i] or pos != "VERB" and pos != "NOUN" and lowers[i] != "according":
            continue
        t = ctx.doc[i]
        lemma = lemmas[i]
        if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and t.nbor(1).lower_ == "to":
            _add_speech(ctx, t, lemma)
        elif lemma in L.SPEECH_VERBS and (pos == "VERB" or headline_verb(t)) and (
                lemma not in L.QUOTE_ONLY_VERBS or asks_for(t) or names_as(ctx, t) or says_that(t)):
            if reports_speech(ctx, t, lemma) or calls_protest(ctx, t):
                _add_speech(ctx, t, lemma)
        elif pos == "VERB" and _aim_kind(t) and protest_aim(ctx, t):
            # "took to the streets to oppose the bill", "blocked roads to press their demands"
            sp = ctx.home_group("protesters")
            if sp:
                add_reported(ctx, t, sp, _aim_kind(t) or "demand")
        elif pos == "NOUN" and lemma in L.SPEECH_EVENT_NOUNS:
            drawn = [c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > t.i] if (
                t.dep_ == "dobj" and t.head.lemma_.lower() in _DRAWING_VERBS) else []  # "drew criticism from X"
            for c in [*t.children, *drawn, *(a for v in t.children if v.dep_ == "acl" and v.tag_ == "VBN"
                                             for a in v.children if a.dep_ == "agent")]:  # "the call made by X"
                # "X's call for a strike went unheeded" (not "responded to X's call", background)
                if c.dep_ == "poss" and says_something(t) and t.dep_ != "pobj":
                    k = actor_at(ctx, c)
                    if k and ctx.actors[k].type != "Group":
                        add_reported(ctx, t, k, L.SPEECH_EVENT_NOUNS[lemma])
                if c.dep_ == "prep" and c.lower_ in ("from", "by") or c.dep_ == "agent":
                    for p in c.children:
                        k = actor_at(ctx, p) if p.dep_ == "pobj" else None
                        if k and ctx.actors[k].type != "Group":
                            add_reported(ctx, t, k, L.SPEECH_EVENT_NOUNS[lemma])
        elif pos == "VERB" and (lemma in L.CONCERN_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.CONCERN_NOUNS | L.PRAISE_NOUNS | L.HOPE_NOUNS | _VOICED.keys()
                for c in t.children) or _gives_support(t)):
            sp = speaker_of(ctx, t) if not negated(t) else None
            objs = {c.lemma_.lower() for c in t.children if c.dep_ == "dobj"}
            if sp:
                kind = ("praise" if objs & L.PRAISE_NOUNS else "comment" if objs & L.HOPE_NOUNS
                        else _aim_kind(t) or "criticism")
                add_reported(ctx, t, sp, kind)
                for other in joint_speakers(ctx, t, sp):  # "Britain and France expressed concern": each
                    add_reported(ctx, t, other, kind)
        elif pos == "VERB" and (lemma in L.LIGHT_SPEECH_VERBS | L.RENEW_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.SPEECH_NOUNS | L.SPEECH_EVENT_NOUNS.keys() and (
                    says_something(c) or c.lemma_.lower() in L.SPEECH_EVENT_NOUNS and any(
                        x.dep_ == "ccomp" and x.i > c.i for x in t.children))
                for c in t.children) and not negated(t) and not unsaid(t) or puts_figure(t) or states_noun(t)):
            sp = speaker_of(ctx, t)
            if sp and not _quote_follows(ctx, t, sp):
                add_reported(ctx, t, sp, "claim" if puts_figure(t) else noun_kind(t))
        elif pos == "VERB" and (lemma not in L.SPEECH_VERBS or lemma in L.QUOTE_ONLY_VERBS) and (
                in_statement(t) or formal_act(ctx, t)):
            _add_speech(ctx, t, lemma)


#: Verbs whose object a speaker gives them ("drew criticism from X", "received praise from Y",
#: "faced condemnation from Z", "won recognition from W").
_DRAWING_VERBS = frozenset({"draw", "receive", "face", "win", "earn", "attract", "spark", "provoke", "prompt", "get"})


#: Verbs that give support as one gives word of it ("extended its support to", "lent its backing to",
#: "threw its support behind", "gave their backing to").
_SUPPORT_GIVERS = frozenset({"extend", "lend", "give", "throw"})
_SUPPORT_NOUNS = frozenset({"support", "backing", "solidarity"})


def _gives_support(verb: Token) -> bool:
    """'Lithuania extended lukewarm support to him', 'the EU lent its support to the
    opposition', 'Poland threw its support behind X', 'all gave their backing to X's claim':
    support given to someone is word of it, praise (the object of its own, with "to" or
    "behind", or the giver's own: "gave its backing")."""
    if verb.lemma_.lower() not in _SUPPORT_GIVERS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SUPPORT_NOUNS]
    return any(any(d.dep_ == "poss" for d in o.children) or any(
        p.dep_ == "prep" and p.lower_ in ("to", "behind", "for") for p in [*o.children, *verb.children]) for o in objs)


#: What a crowd voices or presses for ("voiced their opposition to", "to press their demands"):
#: the statement kind of the object.
_VOICED = {"opposition": "rejection", "rejection": "rejection", "demand": "demand"}


def _aim_kind(verb: Token) -> str | None:
    """The kind of a protest's purpose that no speech verb says: "to protest X", "to oppose
    X", "to voice opposition to X", "to press their demands"."""
    lemma = verb.lemma_.lower()
    if lemma in PURPOSE_VERBS:
        return PURPOSE_VERBS[lemma]
    if lemma == "protest" and any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("against", "over")
                                  for c in verb.children):
        return "criticism"  # "to protest the bill", "to protest against the decision"; not a bare "to protest"
    if lemma in ("voice", "express", "press", "air"):
        return next((_VOICED[c.lemma_.lower()] for c in verb.children
                     if c.dep_ == "dobj" and c.lemma_.lower() in _VOICED), None)
    return None


def _says_own(ctx: Context, said: Token) -> bool:
    """Whether speech verb ``said`` says something of its own, so that a participle on it
    ("criticized the meeting, saying ...") only tells what: not a verb that only speaks
    ("spoke to reporters, saying ...", "wrote on Twitter, calling for calm") with no clause,
    object or quotation of its own, nor a speech verb that reports nothing said ("refused to
    pull back the police, saying ...")."""
    lemma = said.lemma_.lower()
    if not reports_speech(ctx, said, lemma):
        return False  # "refused to pull back the police, saying ...": an act, the participle says it
    if lemma not in L.QUOTE_ONLY_VERBS and lemma not in L.NEEDS_CLAUSE:
        return True
    return any(c.dep_ in ("ccomp", "xcomp") or ctx.in_quote[c.i] or c.dep_ == "dobj" and lemma not in ("tell", "speak")
               for c in said.children)


def _add_speech(ctx: Context, verb: Token, lemma: str) -> None:
    """A reported statement for speech verb ``verb``, unless another actor's statement or
    another speech verb of the same speaker already carries it."""
    if _reports_other(ctx, verb) or _thing_participle(ctx, verb) or _issued_words(verb):
        return
    said = verb.head if verb.head.lemma_.lower() in L.SPEECH_VERBS else next(
        (c for c in verb.head.children if c.dep_ == "xcomp" and c.i < verb.i and c.lemma_.lower() in L.SPEECH_VERBS), None)
    if (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and said is not None
            and subject(ctx, said) is not None and not adds_more(ctx, verb) and _says_own(ctx, said)):
        return  # "criticized the meeting, saying ...", "continues to deny ..., saying ...": one statement
    if (verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.pos_ == "VERB"
            and verb.head.lemma_.lower() in L.SPEECH_VERBS and verb.head.lemma_.lower() not in L.QUOTE_ONLY_VERBS):
        return  # "vowed to declare independence": one statement, the vow
    sp = speaker_of(ctx, verb) or protest_purpose(ctx, verb)
    pair = pair_speakers(ctx, verb)  # "the two presidents said": each, not the one a title names
    if pair:
        sp = pair[0]
    if not sp or _inside_other_speech(ctx, verb, sp) or _same_attribution(ctx, verb, sp):
        return
    kind = ("demand" if asks_for(verb) else "announcement" if calls_protest(ctx, verb)
            else verb_kind(verb) or reported_kind(ctx, verb, sp))
    if kind == "claim" and lemma in L.ASSERT_VERBS and reported_kind(ctx, verb, sp) == "demand":
        kind = "demand"  # "insisted that the government must go"
    if kind == "announcement" and lemma in ("confirm", "assure") and reported_clause(verb) is not None:
        kind = reported_kind(ctx, verb, sp)  # "confirmed all were evacuated": what happened, a claim
    if verb.lower_ == "according":  # "38 were detained, according to the ministry": what it did, announced
        told = verb.head if verb.dep_ != "ROOT" else verb
        kind = "announcement" if own_arrests(ctx, sp, told) else (
            "comment" if describes_state(told) and cue_kind(told.sent.text) is None else "claim")
    add_reported(ctx, verb, sp, kind)
    for other in pair[1:] or joint_speakers(ctx, verb, sp):  # "Britain and France said in a joint statement"
        add_reported(ctx, verb, other, kind)


def _issued_words(verb: Token) -> bool:
    """'The opposition issued a statement urging President X to resign': the participle
    tells what the issued statement says; the light verb's statement (find_reported) is
    the one, by the issuer, and the person urged is its addressee, not a speaker."""
    noun = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.lemma_.lower() in L.SPEECH_NOUNS
            and noun.dep_ == "dobj" and noun.head.lemma_.lower() in L.LIGHT_SPEECH_VERBS)


#: Nouns of people counted or gathered, whose participle is what they say ("thousands demanding ...").
_CROWD_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "people", "crowd", "group", "many", "some", "others"})


def _thing_participle(ctx: Context, verb: Token) -> bool:
    """'a meeting calling for ...', 'outside a police station demanding ...': a speech
    participle set on a noun that is no actor, no people, no protest and no statement (a
    thing, or a parse that hung the participle on the wrong noun) says nothing of its own."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or head.pos_ != "NOUN" or ctx.tok_actor[head.i] or ctx.in_quote[head.i]:
        return False
    lemma = head.lemma_.lower()
    if lemma in L.PROTEST_NOUNS | L.SPEECH_NOUNS | L.SPEECH_EVENT_NOUNS.keys() | L.SOURCE_NOUNS | _CROWD_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "a range of actors urging ..."


def _same_attribution(ctx: Context, verb: Token, speaker: str) -> bool:
    """'He said a consensus was reached ..., he said.': the second verb repeats the first."""
    if verb.lemma_.lower() not in L.REPORTING_VERBS:
        return False
    inner = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.lemma_.lower() in L.REPORTING_VERBS and c.i < verb.i and speaker_of(ctx, c) == speaker for c in inner):
        return True
    if inner:
        return False
    start = verb.sent.start_char  # once, not per event (Token.sent walks the parse)
    for e in ctx.events:
        if e.speaker == speaker and e.quote is None and start <= e.anchor < verb.idx:
            first = ctx.doc.char_span(e.anchor, e.anchor + 1, alignment_mode="expand")
            if first is not None and first[0].lemma_.lower() in L.REPORTING_VERBS:
                return True
    return False


def _quote_follows(ctx: Context, verb: Token, speaker: str) -> bool:
    """'X made a statement regarding the issue. "..." X said.': the quotation is the statement."""
    end = verb.sent.end_char  # once, not per event
    return any(e.speaker == speaker and e.quote is not None and 0 <= e.anchor - end < 40 for e in ctx.events)


def _inside_other_speech(ctx: Context, verb: Token, speaker: str) -> bool:
    """'Peskov said ... that Ukraine had refused to negotiate': Peskov's claim, not a
    statement by Ukraine."""
    if verb.dep_ not in ("ccomp", "conj"):
        return False
    top = verb
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top is not verb and top.lemma_.lower() in L.SPEECH_VERBS and any(c.dep_ == "nsubj" for c in verb.children):
        # "X said ..., but Y says ...": two speakers' verbs side by side, neither inside the other
        verb = top
        if verb.dep_ != "ccomp":
            return False
    for anc in verb.ancestors:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in L.SPEECH_VERBS and anc.i < verb.i and any(
                c.dep_ == "ccomp" for c in anc.children):  # not '..., the ministry said' after it
            other = speaker_of(ctx, anc)
            return other is not None and other != speaker
    return False


def _reports_other(ctx: Context, verb: Token) -> bool:
    """'Wang urged ..., the ministry said': the outer verb only gives the source of
    another actor's statement, which is the statement."""
    if verb.lemma_.lower() not in ("say", "add", "tell", "write", "state", "report"):
        return False
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.lemma_.lower() in L.SPEECH_VERBS.keys() - {"offer"} and any(
                x.dep_ == "nsubj" for x in c.children):
            sub = subject(ctx, c)
            if sub is None:
                continue
            outer = subject(ctx, verb)
            if actor_at(ctx, sub) not in (None, actor_at(ctx, outer) if outer is not None else None):
                return True
    h = verb.head
    if verb.dep_ in ("ccomp", "parataxis") and h.i < verb.i and h.lemma_.lower() in L.SPEECH_VERBS:
        sub = subject(ctx, h)
        return sub is not None and actor_at(ctx, sub) is not None
    return False
