"""Reported speech: statements without quotation marks ("said that ...", "condemned the
vote", "called for talks", "according to X", "police put turnout at 2,000")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, actors_of, misread_conjuncts, subject
from kg.extract.kinds import (addressee_of, calls_for, clause_kind, hoped, intent_object, kind_of, own_clause,
                              reported_default, verb_kind)
from kg.extract.places import date_for
from kg.extract.speakers import speaker_of
from kg.extract.speech_reports import reports_speech, stray_clause
from kg.extract.speech_cues import (asks_for, noun_kind, calls_protest, formal_act, headline_verb, in_statement, names_as, negated, unsaid,
                                    protest_purpose, protest_aim, PURPOSE_VERBS, puts_figure, says_something, says_that, states_noun)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_reported", "joint_speakers", "pair_speakers", "reported_clause", "reported_kind"]


def find_reported(ctx: Context, used: set[int]) -> None:
    """Reported speech: speech verbs outside quotations ("said that ...", "condemned the
    vote", "called for talks"), statement nouns ("warnings from China"), concern and
    support ("voiced concern"), light verbs ("issued a statement"), "according to X"."""
    for t in ctx.doc:
        if t.i in used or ctx.in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and t.nbor(1).lower_ == "to":
            _add_speech(ctx, t, lemma)
        elif (t.pos_ == "VERB" or headline_verb(t)) and lemma in L.SPEECH_VERBS and (
                lemma not in L.QUOTE_ONLY_VERBS or asks_for(t) or names_as(ctx, t) or says_that(t)):
            if reports_speech(ctx, t, lemma) or calls_protest(ctx, t):
                _add_speech(ctx, t, lemma)
        elif t.pos_ == "VERB" and _aim_kind(t) and protest_aim(ctx, t):
            # "took to the streets to oppose the bill", "blocked roads to press their demands"
            sp = ctx.home_group("protesters")
            if sp:
                _add_reported(ctx, t, sp, _aim_kind(t) or "demand")
        elif t.pos_ == "NOUN" and lemma in L.SPEECH_EVENT_NOUNS:
            drawn = [c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > t.i] if (
                t.dep_ == "dobj" and t.head.lemma_.lower() in _DRAWING_VERBS) else []  # "drew criticism from X"
            for c in [*t.children, *drawn, *(a for v in t.children if v.dep_ == "acl" and v.tag_ == "VBN"
                                             for a in v.children if a.dep_ == "agent")]:  # "the call made by X"
                # "X's call for a strike went unheeded" (not "responded to X's call", background)
                if c.dep_ == "poss" and says_something(t) and t.dep_ != "pobj":
                    k = actor_at(ctx, c)
                    if k and ctx.actors[k].type != "Group":
                        _add_reported(ctx, t, k, L.SPEECH_EVENT_NOUNS[lemma])
                if c.dep_ == "prep" and c.lower_ in ("from", "by") or c.dep_ == "agent":
                    for p in c.children:
                        k = actor_at(ctx, p) if p.dep_ == "pobj" else None
                        if k and ctx.actors[k].type != "Group":
                            _add_reported(ctx, t, k, L.SPEECH_EVENT_NOUNS[lemma])
        elif t.pos_ == "VERB" and (lemma in L.CONCERN_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.CONCERN_NOUNS | L.PRAISE_NOUNS | L.HOPE_NOUNS | _VOICED.keys()
                for c in t.children) or _gives_support(t)):
            sp = speaker_of(ctx, t) if not negated(t) else None
            objs = {c.lemma_.lower() for c in t.children if c.dep_ == "dobj"}
            if sp:
                kind = ("praise" if objs & L.PRAISE_NOUNS else "comment" if objs & L.HOPE_NOUNS
                        else _aim_kind(t) or "criticism")
                _add_reported(ctx, t, sp, kind)
                for other in joint_speakers(ctx, t, sp):  # "Britain and France expressed concern": each
                    _add_reported(ctx, t, other, kind)
        elif t.pos_ == "VERB" and (lemma in L.LIGHT_SPEECH_VERBS | L.RENEW_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.SPEECH_NOUNS | L.SPEECH_EVENT_NOUNS.keys() and (
                    says_something(c) or c.lemma_.lower() in L.SPEECH_EVENT_NOUNS and any(
                        x.dep_ == "ccomp" and x.i > c.i for x in t.children))
                for c in t.children) and not negated(t) and not unsaid(t) or puts_figure(t) or states_noun(t)):
            sp = speaker_of(ctx, t)
            if sp and not _quote_follows(ctx, t, sp):
                _add_reported(ctx, t, sp, "claim" if puts_figure(t) else noun_kind(t))
        elif t.pos_ == "VERB" and (lemma not in L.SPEECH_VERBS or lemma in L.QUOTE_ONLY_VERBS) and (
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
    if lemma in ("voice", "express", "press", "air"):
        return next((_VOICED[c.lemma_.lower()] for c in verb.children
                     if c.dep_ == "dobj" and c.lemma_.lower() in _VOICED), None)
    return None


def _add_speech(ctx: Context, verb: Token, lemma: str) -> None:
    """A reported statement for speech verb ``verb``, unless another actor's statement or
    another speech verb of the same speaker already carries it."""
    if _reports_other(ctx, verb) or _thing_participle(ctx, verb):
        return
    said = verb.head if verb.head.lemma_.lower() in L.SPEECH_VERBS else next(
        (c for c in verb.head.children if c.dep_ == "xcomp" and c.i < verb.i and c.lemma_.lower() in L.SPEECH_VERBS), None)
    if (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and said is not None
            and subject(ctx, said) is not None and not _adds_more(ctx, verb)):
        return  # "criticized the meeting, saying ...", "continues to deny ..., saying ...": one statement
    if (verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.pos_ == "VERB"
            and verb.head.lemma_.lower() in L.SPEECH_VERBS and verb.head.lemma_.lower() not in L.QUOTE_ONLY_VERBS):
        return  # "vowed to declare independence": one statement, the vow
    sp = speaker_of(ctx, verb) or protest_purpose(ctx, verb)
    pair = pair_speakers(ctx, verb) if not sp else []
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
        kind = "announcement" if _own_arrests(ctx, sp, verb.head if verb.dep_ != "ROOT" else verb) else "claim"
    _add_reported(ctx, verb, sp, kind)
    for other in pair[1:] or joint_speakers(ctx, verb, sp):  # "Britain and France said in a joint statement"
        _add_reported(ctx, verb, other, kind)


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


def pair_speakers(ctx: Context, verb: Token, quoted: bool = False) -> list[str]:
    """'Biden and Putin met ... Both leaders said', 'the two sides said': each of the pair
    named just before speaks (a side is the country of its leader); with ``quoted``, of the
    words a sentence quotes ('both leaders said the meeting was "constructive"')."""
    subj = subject(ctx, verb)
    if subj is None or subj.i > verb.i or ctx.in_quote[subj.i] or subj.tag_ != "NNS" or subj.lemma_.lower() not in L.PAIR_NOUNS:
        return []
    if not quoted and any(ctx.in_quote[t.i] for t in verb.sent):
        return []  # 'both leaders said the meeting was "constructive"': the words quoted are theirs, not reported
    if not any(c.lower_ in ("two", "both") for c in subj.children) and not (
            subj.lower_ == "sides" and any(c.lower_ == "the" for c in subj.children)):
        return []
    pair = [k for k in actors_of(ctx, subj) if ctx.actors[k].type in ("Person", "Country", "Organization")]
    if len(pair) != 2:
        return []
    if subj.lemma_.lower() == "side":
        states = []
        for k in pair:
            rec = ctx.actors[k]
            entry = ctx.gaz.entries.get(rec.country) if rec.type == "Person" and rec.country else None
            states.append(ctx.add_actor(entry.key, entry.name, "Country", subj.idx, entry=entry).key if entry
                          else k if rec.type == "Country" else "")
        pair = states if all(states) else []
    return pair


def joint_speakers(ctx: Context, verb: Token, first: str) -> list[str]:
    """'The United States and Canada said ...', 'Britain, France and Germany condemned ...':
    each named state, body or person conjoined with the subject speaks too (its own statement)."""
    subj = subject(ctx, verb)
    agent = subj is not None and subj.head.dep_ == "agent" and subj.head.head.i == verb.i
    if subj is None or subj.i > verb.i and not agent or ctx.in_quote[subj.i] or actor_at(ctx, subj) != first:
        return []
    out: list[str] = []
    # "condemned by the EU and by Ukraine": each agent of a passive speaks too
    more = [p for b in subj.head.conjuncts if b.lower_ == "by" for p in b.children if p.dep_ == "pobj"] if agent else []
    for c in [*misread_conjuncts(subj), *subj.conjuncts, *more]:
        k = actor_at(ctx, c) if not ctx.in_quote[c.i] and c.pos_ == "PROPN" else None
        if k and k != first and k not in out and ctx.actors[k].type in ("Country", "Organization", "Person"):
            out.append(k)
    return out


def _adds_more(ctx: Context, verb: Token) -> bool:
    """'X said ..., adding that Y': the participle of "add" with a clause of its own says
    something more, a statement of its own (unlike "saying ...", which tells what the first
    verb said); not in a sentence with a quotation, which the real set's convention makes one
    statement with it."""
    if verb.lemma_.lower() != "add" or any(ctx.in_quote[t.i] for t in verb.sent):
        return False  # '"...," he said, adding that ...': told with the quotation, one statement
    return any(c.dep_ == "ccomp" for c in verb.children)


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
    text = _complement_text(ctx, verb)
    kind = kind_of(ctx, None, text, default=default)
    if kind == "announcement" and (clause is None or not (_ahead(ctx, clause) or _own_arrests(ctx, speaker, clause, verb))):
        return default  # what someone says has happened ("Khan was arrested") is a claim (or their remark)
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


def _own_arrests(ctx: Context, speaker: str, clause: Token, verb: Token | None = None) -> bool:
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


def _same_attribution(ctx: Context, verb: Token, speaker: str) -> bool:
    """'He said a consensus was reached ..., he said.': the second verb repeats the first."""
    if verb.lemma_.lower() not in L.REPORTING_VERBS:
        return False
    inner = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.lemma_.lower() in L.REPORTING_VERBS and c.i < verb.i and speaker_of(ctx, c) == speaker for c in inner):
        return True
    if inner:
        return False
    for e in ctx.events:
        if e.speaker == speaker and e.quote is None and verb.sent.start_char <= e.anchor < verb.idx:
            first = ctx.doc.char_span(e.anchor, e.anchor + 1, alignment_mode="expand")
            if first is not None and first[0].lemma_.lower() in L.REPORTING_VERBS:
                return True
    return False


def _quote_follows(ctx: Context, verb: Token, speaker: str) -> bool:
    """'X made a statement regarding the issue. "..." X said.': the quotation is the statement."""
    return any(e.speaker == speaker and e.quote is not None and 0 <= e.anchor - verb.sent.end_char < 40
               for e in ctx.events)


def _complement_text(ctx: Context, verb: Token) -> str:
    """What a reporting verb reports: its clause without the subject."""
    subj = subject(ctx, verb)
    skip = {t.i for t in subj.subtree} if subj is not None else set()
    for c in verb.children:  # "..., but Y says the vote was illegal": Y's words, not the verb's
        if c.dep_ == "conj" and c.lemma_.lower() in L.SPEECH_VERBS and any(x.dep_ == "nsubj" for x in c.children):
            skip |= {t.i for t in c.subtree}
    return " ".join(t.text for t in verb.subtree if t.i not in skip)


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


def _clause_span(ctx: Context, verb: Token) -> tuple[int, int]:
    """The reporting clause: the verb's phrase with its subject (and, for a relative
    clause, the noun it describes), within the sentence; the sentence when short."""
    sent = verb.sent
    toks = list(verb.subtree)
    if verb.dep_ == "relcl":
        toks += [verb.head]
    if verb.lower_ == "according":  # "According to the agency APS, citing the ministry": the source cited too
        toks += [x for c in verb.head.children if c.lemma_.lower() == "cite" and c.tag_ == "VBG" for x in c.subtree]
    subj = subject(ctx, verb) if not _adds_more(ctx, verb) else None  # "..., adding that ...": its own words
    if subj is not None and sent.start <= subj.i < sent.end:
        toks += list(subj.subtree) if subj.i < verb.i else [subj]
    toks = [t for t in toks if not t.is_space]
    a, b = min(t.i for t in toks), max(t.i for t in toks)
    if b - a < 3:
        return ctx.sent_span(sent)
    start, end = ctx.doc[a].idx, ctx.doc[b].idx + len(ctx.doc[b].text)
    while end < len(ctx.text) and ctx.text[end] in '"\u201d\u2019' :
        end += 1
    return start, end


def _add_reported(ctx: Context, verb: Token, speaker: str, kind: str) -> None:
    sent = verb.sent
    span = _clause_span(ctx, verb)
    words = _norm(ctx.text[span[0]:span[1]])
    for e in ctx.events:  # a lede printed twice, a summary line repeated: one statement
        if (e.type == "Statement" and e.speaker == speaker and e.quote is None and e.evidence
                and any(_repeats(_norm(ctx.text[a:b]), words) and not sent.start_char <= a < sent.end_char
                        for a, b in e.evidence)):
            e.evidence.append(span)
            return
    if ctx.text.find(ctx.text[span[0]:span[1]]) < span[0]:
        span = ctx.sent_span(sent)  # the words occur before (a photo caption, the lede): the sentence tells which
    ev = Ev("Statement", [span], speaker=speaker, kind=kind, anchor=verb.idx,
            addressee=addressee_of(ctx, verb, speaker, kind))
    ev.date, ev.date_text = date_for(ctx, verb, sent)
    ctx.events.append(ev)


def _repeats(a: str, b: str) -> bool:
    """Whether two reporting clauses are one printed twice, the second perhaps opened by a
    word that places it ("Earlier, X told the gathering that ...")."""
    a, b = a.rstrip(" ."), b.rstrip(" .")
    short, long = sorted((a, b), key=len)
    return short == long or len(short.split()) >= 8 and long.endswith(short) and len(long.split()) - len(short.split()) <= 3


def _norm(text: str) -> str:
    return " ".join(text.lower().split())
