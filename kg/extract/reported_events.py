"""The statement a reporting verb makes: its clause as evidence, the same clause printed
twice as one statement, and the speakers paired or conjoined with its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, actors_of, misread_conjuncts, subject
from kg.extract.kinds import addressee_of
from kg.extract.places import date_for
from kg.extract.speakers import speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["add_reported", "adds_more", "joint_speakers", "pair_speakers"]


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
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children) and any(
            c.dep_ == "nsubj" and ctx.tok_actor[c.i] for c in verb.head.children):
        return []  # "X welcomed Y, as the two leaders announced deals on ...": what the meeting brought, no report
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
    each named state, body or person conjoined with the subject speaks too (its own statement),
    as does each group named with it by one noun ("medical and security sources said")."""
    if ctx.joint_groups.get(first):
        return list(ctx.joint_groups[first])
    subj = subject(ctx, verb)
    agent = subj is not None and subj.head.dep_ == "agent" and subj.head.head.i == verb.i
    if subj is None or subj.i > verb.i and not agent or ctx.in_quote[subj.i] or actor_at(ctx, subj) != first:
        return []
    out: list[str] = []
    # "condemned by the EU and by Ukraine": each agent of a passive speaks too
    more = [p for b in subj.head.conjuncts if b.lower_ == "by" for p in b.children if p.dep_ == "pobj"] if agent else []
    # "major regional players Brazil, Colombia and Peru all gave ...": the names in apposition to the subject
    more += [c for a in subj.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > subj.i and subj.tag_ == "NNS"
             for c in [a, *a.conjuncts]]
    for c in [*misread_conjuncts(subj), *subj.conjuncts, *more]:
        k = actor_at(ctx, c) if not ctx.in_quote[c.i] and c.pos_ == "PROPN" else None
        if k and k != first and k not in out and ctx.actors[k].type in ("Country", "Organization", "Person"):
            out.append(k)
    for c in _listed_nouns(ctx, subj):
        # "the governor, the police chief and the army all denied ...", "the ministry and the
        # police said ...": each office or body listed with the subject, as it would speak alone
        k = speaker_of(ctx, verb, c)
        if k and k != first and k not in out:
            out.append(k)
    return out


def _listed_nouns(ctx: Context, subj: Token) -> list[Token]:
    """The common nouns listed with a speaker ``subj`` outside quotations: its conjuncts, and a
    list the parser hung on it as an apposition ("the governor, the police chief and the
    interior minister", "the governor and police chief, the prime minister, and the army")."""
    out = [c for c in subj.conjuncts if c.pos_ == "NOUN" and c.i > subj.i]  # not a noun before, read as the list's head
    if subj.pos_ == "NOUN":
        out += [x for a in subj.children if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > subj.i
                for x in (a, *a.conjuncts) if x.pos_ == "NOUN"]
    return [c for c in sorted(set(out), key=lambda t: t.i) if not ctx.in_quote[c.i]]


def adds_more(ctx: Context, verb: Token) -> bool:
    """'X said ..., adding that Y': the participle of "add" with a clause of its own says
    something more, a statement of its own (unlike "saying ...", which tells what the first
    verb said); not in a sentence with a quotation, which the real set's convention makes one
    statement with it."""
    if verb.lemma_.lower() != "add" or any(ctx.in_quote[t.i] for t in verb.sent):
        return False  # '"...," he said, adding that ...': told with the quotation, one statement
    return any(c.dep_ == "ccomp" for c in verb.children)


def _clause_span(ctx: Context, verb: Token) -> tuple[int, int]:
    """The reporting clause: the verb's phrase with its subject (and, for a relative
    clause, the noun it describes), within the sentence; the sentence when short."""
    sent = verb.sent
    toks = list(verb.subtree)
    if verb.dep_ == "relcl":
        toks += [verb.head]
    if verb.lower_ == "according":  # "According to the agency APS, citing the ministry": the source cited too
        toks += [x for c in verb.head.children if c.lemma_.lower() == "cite" and c.tag_ == "VBG" for x in c.subtree]
    subj = subject(ctx, verb) if not adds_more(ctx, verb) else None  # "..., adding that ...": its own words
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


def add_reported(ctx: Context, verb: Token, speaker: str, kind: str) -> None:
    sent = verb.sent
    span = _clause_span(ctx, verb)
    words = _norm(ctx.text[span[0]:span[1]])
    norms = ctx.norms  # each evidence normalised once, not once per later statement
    for e in ctx.events:  # a lede printed twice, a summary line repeated: one statement
        if (e.type == "Statement" and e.speaker == speaker and e.quote is None and e.evidence
                and any(_repeats(norms[a, b] if (a, b) in norms else norms.setdefault((a, b), _norm(ctx.text[a:b])), words)
                        and not sent.start_char <= a < sent.end_char for a, b in e.evidence)):
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
