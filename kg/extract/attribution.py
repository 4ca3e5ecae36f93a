"""Who a quotation is attributed to: the speech verb and speaker of a quotation.

The speech verb nearest to the quotation (or that governs it) in its own sentences, else in
the attribution-only sentence next to them ('"...?" / X told the crowds.', 'X said: / "..."'),
else a verb that only attributes the words it follows ('"...," she sighed'). Outlets that
relay the words give none; the subject of another verb whose words follow it ('others
shouted "..."') keeps them from the speech verb before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject
from kg.extract.kinds import calls_for
from kg.extract.quotes import Quote
from kg.extract.speakers import outlet_reports, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["attribute", "governs", "voices"]


def voices(t: Token) -> bool:
    """'expressed hope', 'voiced concern', 'raised objections': a verb that says something by
    its object (reported speech's concern verbs)."""
    return t.pos_ == "VERB" and t.lemma_.lower() in L.CONCERN_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in L.CONCERN_NOUNS | L.PRAISE_NOUNS | L.HOPE_NOUNS for c in t.children)


def governs(ctx: Context, verb: Token, q: Quote) -> bool:
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    return verb.i in {a.i for a in span.root.ancestors}


def attribute(ctx: Context, q: Quote, scope: Span) -> tuple[Token | None, str | None]:
    """The speech verb and speaker of quotation ``q``: in its own sentences, else in the
    attribution-only sentence next to them ('"...?" / student activist X told the crowds.',
    'X said: / "..."')."""
    verb, speaker = _attribute_in(ctx, q, scope)
    if speaker is None:
        for near in (_next_attribution(ctx, scope), _previous_attribution(ctx, scope)):
            if near is not None:
                verb, speaker = _attribute_in(ctx, q, near)
                if speaker is not None:
                    break
    if speaker is None:
        for other in (_attributing_verb(ctx, q, scope), _leading_verb(ctx, q, scope)):
            sp = speaker_of(ctx, other) if other is not None else None
            if sp:
                return other, sp
    return verb, speaker


def _attributing_verb(ctx: Context, q: Quote, scope: Span) -> Token | None:
    """'"...," confides a protester.', '"...," she sighed.': whatever the verb, one that only
    attributes the quotation it follows (after a comma, with nothing of its own but its
    subject) says it."""
    doc = ctx.doc
    j = next((t.i for t in scope if t.idx >= q.end and not ctx.in_quote[t.i]), None)
    if j is None:
        return None
    while j < scope.end and (doc[j].is_punct or doc[j].is_space):
        j += 1
    between = ctx.text[q.end - 1: doc[j].idx] if j < len(doc) else ""
    if not re.fullmatch(r'[\s,"\u201d\u00bb\u2019]*', between[1:]) or "," not in between:
        return None  # '"...," X confided' or '"...", X confided'
    for t in doc[j: min(j + 6, scope.end)]:
        if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBP") or ctx.in_quote[t.i]:
            continue
        subj = next((c for c in t.children if (c.dep_ == "nsubj" or c.dep_ == "dobj" and c.i > t.i and t.i == j)
                     and not ctx.in_quote[c.i]), None)
        # '"...," she went on, "...": the quotation's second part is no word of the verb's own
        rest = [x for x in doc[j: scope.end] if not (x.is_punct or x.is_space or ctx.in_quote[x.i])]
        return t if subj is not None and _only_attributes(ctx, t, subj, rest) else None
    return None


def _only_attributes(ctx: Context, t: Token, subj: Token, words: list[Token]) -> bool:
    """Whether verb ``t`` (with subject ``subj``) has nothing of its own but its subject
    (a particle, an adverb), and ``words`` (the words around it outside quotations) are all its."""
    inside = {x.i for x in t.subtree if not ctx.in_quote[x.i]}
    return (all(x.i in inside for x in words) and t.lemma_.lower() not in L.CHANT_VERBS
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in t.children
                        if not ctx.in_quote[c.i] and c.i > t.i and c.i != subj.i))


def _leading_verb(ctx: Context, q: Quote, scope: Span) -> Token | None:
    """'Macron continued: "..."', 'She went on: "..."', '"...," Peskov continued, "..."':
    whatever the verb, one that only introduces the quotation right after its colon (or, when
    a quotation comes before it too, its comma), with nothing of its own but its subject, says it."""
    doc = ctx.doc
    first = next((t.i for t in scope if t.idx >= q.start), None)
    j = (first if first is not None else scope.end) - 1
    while j >= scope.start and (doc[j].is_space or doc[j].text in _OPENING):
        j -= 1
    if j < scope.start or doc[j].text not in (":", ",") or ctx.in_quote[j]:
        return None
    start = j
    while start > scope.start and not ctx.in_quote[start - 1]:
        start -= 1  # back to the sentence's start or the quotation before
    if doc[j].text == "," and not (start > scope.start and ctx.in_quote[start - 1]):
        return None  # 'X, who went on, "..."': a comma introduces only the second part of a quotation
    words = [x for x in doc[start: j] if not (x.is_punct or x.is_space)]
    verb = next((t for t in reversed(words) if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    if verb is None or ctx.in_quote[verb.i]:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]), None)
    return verb if subj is not None and _only_attributes(ctx, verb, subj, words) else None


#: Opening quotation marks (and a closing one a translation prints first).
_OPENING = frozenset({'"', "\u201c", "\u00ab", "\u201d", "'", "\u2018"})


def _next_attribution(ctx: Context, scope: Span) -> Span | None:
    """The sentence right after a quotation's own when it only attributes it: a speech
    verb without a clause of its own, no quotation, in the same paragraph (or on the next
    line when that line goes on in lower case)."""
    doc = ctx.doc
    j = scope.end
    while j < len(doc) and (doc[j].is_space or doc[j].is_punct):
        j += 1  # the closing mark may be a sentence of its own
    if j >= len(doc):
        return None
    last = max((t for t in scope if not t.is_space), key=lambda t: t.i, default=scope[-1])
    gap = ctx.text[last.idx + len(last.text): doc[j].idx]
    if "\n" in gap and not (gap.count("\n") == 1 and doc[j].text[:1].islower()):
        return None
    nxt = doc[j].sent
    return nxt if _attribution_only(ctx, nxt) else None


def _previous_attribution(ctx: Context, scope: Span) -> Span | None:
    """'In the statement, X said:' closing the sentence before the quotation."""
    doc = ctx.doc
    j = scope.start - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ('"', "\u201c", "\u00ab")):
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    prev = doc[j].sent
    return prev if _attribution_only(ctx, prev) else None


def _attribution_only(ctx: Context, sent: Span) -> bool:
    if any(ctx.in_quote[t.i] for t in sent):
        return False
    # a plain speech verb ("said", "told the crowds", "noted"), not one that says something
    # of its own ("commended Russia for ...")
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in L.SPEECH_VERBS
             and L.SPEECH_VERBS[t.lemma_.lower()] is None]
    return any(not any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and v.lemma_.lower() not in ("tell", "ask"))
                       for c in v.children) for v in verbs)


def _attribute_in(ctx: Context, q: Quote, scope: Span) -> tuple[Token | None, str | None]:
    cands: list[tuple[int, Token]] = []
    for t in scope:
        if ctx.in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        if lemma == "accord" and t.lower_ == "according":
            cands.append((_dist(ctx, t, q), t))
        elif lemma in L.SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "until", "whether") for c in t.children):
                continue  # 'warned that if X does not concede, "..."': a condition, no attribution
            if lemma == "call" and not calls_for(ctx, t) and not governs(ctx, t, q):
                continue
            if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                continue
            if lemma == "read" and not any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in L.DOCUMENT_NOUNS
                                           and (c.dep_ == "nsubj" or c.i > t.i) for c in t.children):
                continue  # only a document reads ('"...," read a statement from X'; 'the letter reads:')
            cands.append((_dist(ctx, t, q), t))
        elif voices(t) and not ctx.in_quote[t.i]:
            cands.append((_dist(ctx, t, q), t))  # 'expressed hope that they will reach a "..."'
    qspan = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    # the verbs that govern the quotation, nearest first: 'X, who called Y a "killer", said ...'
    # is the relative clause's, not the main verb's, however near the main verb is printed
    governing = {a.i: n for n, a in enumerate(qspan.root.ancestors)} if qspan is not None else {}
    owner = _other_doer(ctx, qspan) if qspan is not None else None
    for _, verb in sorted(cands, key=lambda c: (c[1].i not in governing, governing.get(c[1].i, 0), c[0])):
        if outlet_reports(ctx, verb):
            return None, None  # '"...," the Lusaka Times reported': relayed by the source, no one else's words
        sp = speaker_of(ctx, verb)
        if sp and owner is not None and verb.i < owner.head.i and actor_at(ctx, owner) != sp and not _reported_by(
                owner.head, verb):
            continue  # '"...," said Ali, as others shouted "...": the words after are not Ali's
        if sp:
            return verb, sp
        subj = subject(ctx, verb)
        last = ctx.last_speaker
        if subj is not None and last and subj.lemma_.lower() in L.SPEECH_NOUNS:
            return verb, last  # '"...," the statement said.'
    return None, None


def _other_doer(ctx: Context, qspan: Span) -> Token | None:
    """The subject of a verb that is not a speech verb and whose words the quotation right
    after it gives ('other protesters shouted "..."', 'marchers carried banners: "..."'); it
    takes the quotation from a speech verb before it, not from one after it ('"...," a
    government decides "...," lamented X' is all X's)."""
    head = qspan.root.head
    if head.i == qspan.root.i or ctx.in_quote[head.i] or head.pos_ != "VERB" or head.i > qspan.start:
        return None
    if head.lemma_.lower() in L.SPEECH_VERBS or any(
            not (t.is_punct or t.is_space) for t in ctx.doc[head.i + 1: qspan.start] if not ctx.in_quote[t.i]):
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]), None)


def _reported_by(v: Token, verb: Token) -> bool:
    """Whether clause ``v`` is what speech verb ``verb`` reports ('Michel said the leaders had
    made "..."'), not an event beside it ('said Ali, as others shouted')."""
    while v.i != verb.i and v.head.i != v.i:
        if v.dep_ in ("ccomp", "xcomp"):
            return True
        v = v.head
    return False


def _dist(ctx: Context, t: Token, q: Quote) -> int:
    if t.idx < q.start:
        return q.start - t.idx
    return t.idx - q.end
