"""Quotations and reported speech: who said what, and what kind of statement it is.

Each quotation is attributed to the speaker of the speech verb nearest to it (or that
governs it) in its sentences, else continues the previous speaker's quotation; each
speech verb outside quotations with a clause, an object or "for" ("said that ...",
"condemned the vote", "called for talks") is a reported statement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev, norm_media
from kg.extract.coref import actor_at, subject, untagged_person
from kg.extract.meetings import welcomes_guest
from kg.extract.places import date_for
from kg.extract.quotes import Quote
from kg.extract.speakers import speaker_of, titled_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["find_statements", "speaker_of"]


def find_statements(ctx: Context) -> None:
    doc = ctx.doc
    for t in doc:  # create untagged speakers first, so "he said" can resolve to them
        if t.pos_ == "VERB" and t.lemma_.lower() in L.SPEECH_VERBS and not ctx.in_quote[t.i]:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "PROPN" and not ctx.tok_actor[subj.i]:
                untagged_person(ctx, subj)
            elif subj is not None and subj.tag_ == "NN" and not ctx.in_quote[subj.i]:
                titled_person(ctx, subj)
    _descriptions(ctx)
    used_verbs: set[int] = set()
    last: Ev | None = None
    last_para = -1
    last_verb = -1
    para_of = ctx.paragraph_index()
    for q in ctx.quotes:
        first_tok = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first_tok is None:
            continue
        s_open = doc[first_tok.start].sent
        s_close = doc[first_tok.end - 1].sent
        scope = doc[s_open.start: s_close.end]
        ctx.last_speaker = last.speaker if last is not None else None
        verb, speaker = _attribute(ctx, q, scope)
        para = para_of(q.start)
        if speaker is None and verb is None:
            noun = next((t for t in scope if not ctx.in_quote[t.i] and t.lemma_.lower() in L.SPEECH_NOUNS and t.pos_ == "NOUN"), None)
            if noun is not None:
                subj = subject(ctx, s_open.root) if s_open.root.pos_ in ("VERB", "AUX") else None
                speaker = actor_at(ctx, subj) if subj is not None else None
            elif last is not None and last.speaker and para - last_para <= 1 and _bare(ctx, q, scope):
                speaker = last.speaker
                if para == last_para and last.quote is not None:
                    last.quote.extend(q.parts)
                    last.evidence.append(ctx.sent_span(scope))
                    continue
        if speaker is None:
            continue
        quote_words = " ".join(ctx.text[a:b] for a, b in q.parts)
        if len(quote_words.split()) < 2 and not (verb is not None and _governs(ctx, verb, q)):
            continue  # a scare-quoted word, not a quotation
        if verb is not None:
            used_verbs.add(verb.i)
            if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in L.SPEECH_VERBS:
                used_verbs.add(verb.head.i)  # "criticised the visit, saying ... "quote"": one statement
        kind = _kind(ctx, verb, quote_words)
        addressee = _addressee(ctx, verb, speaker) if verb is not None else None
        ev = Ev("Statement", [_evidence(ctx, scope, verb)], speaker=speaker, kind=kind,
                quote=list(q.parts), addressee=addressee, anchor=q.start)
        d, dtxt = date_for(ctx, verb, verb.sent) if verb is not None else (None, None)
        ev.date, ev.date_text = d, dtxt
        vkey = -1
        if verb is not None:  # '"X", he added, speaking of "Y"': the participle is the same attribution
            vkey = (verb.head.i if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp")
                    and verb.head.lemma_.lower() in L.SPEECH_VERBS else verb.i)
        if (last is not None and last.speaker == speaker and para == last_para and last.quote is not None
                and verb is not None and last_verb == vkey and last.anchor < q.start):
            last.quote.extend(q.parts)  # '"X," he said, "Y."': one quotation interrupted by its attribution
            continue
        ctx.events.append(ev)
        last, last_para, last_verb = ev, para, vkey
    _reported(ctx, used_verbs)


def _descriptions(ctx: Context) -> None:
    """Remember descriptions set in apposition to a named actor ("the country's anti-corruption
    body, the National Accountability Bureau"), so that "officials from the anti-corruption
    body" later speak for it."""
    for t in ctx.doc:
        if t.pos_ != "NOUN" or not t.is_alpha or ctx.tok_actor[t.i] or ctx.in_quote[t.i]:
            continue
        cands = [c for c in t.children if c.dep_ == "appos"]
        nxt = t.i + 2 if t.i + 2 < len(ctx.doc) and ctx.doc[t.i + 1].text == "," else None
        if nxt is not None and ctx.doc[nxt].lower_ == "the" and nxt + 1 < len(ctx.doc) and t.dep_ != "npadvmod":
            cands.append(ctx.doc[nxt + 1])  # the apposition misparsed: "the anti-corruption body, the NAB"
        for c in cands:
            k = ctx.tok_actor[c.i]
            if k and ctx.actors[k].type in ("Organization", "Person", "Country") and (
                    c.dep_ == "appos" or ctx.actors[k].type == "Organization"):
                ctx.described.setdefault(t.lemma_.lower(), k)
                break


def _governs(ctx: Context, verb: Token, q: Quote) -> bool:
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    return verb.i in {a.i for a in span.root.ancestors}


def _bare(ctx: Context, q: Quote, scope: Span) -> bool:
    outside = [t for t in scope if not ctx.in_quote[t.i] and not t.is_punct and not t.is_space]
    return len(outside) <= 1


def _attribute(ctx: Context, q: Quote, scope: Span) -> tuple[Token | None, str | None]:
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
    return verb, speaker


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
    while j >= 0 and (doc[j].is_space or doc[j].text in ('"', "\u201c")):
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
            if lemma == "call" and not _call_for(ctx, t) and not _governs(ctx, t, q):
                continue
            if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                continue
            cands.append((_dist(ctx, t, q), t))
    qspan = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    governing = {a.i for a in qspan.root.ancestors} if qspan is not None else set()
    for _, verb in sorted(cands, key=lambda c: (c[1].i not in governing, c[0])):
        sp = speaker_of(ctx, verb)
        if sp:
            return verb, sp
        subj = subject(ctx, verb)
        last = ctx.last_speaker
        if subj is not None and last and subj.lemma_.lower() in L.SPEECH_NOUNS:
            return verb, last  # '"...," the statement said.'
    return None, None


def _dist(ctx: Context, t: Token, q: Quote) -> int:
    if t.idx < q.start:
        return q.start - t.idx
    return t.idx - q.end


def _call_for(ctx: Context, t: Token) -> bool:
    """'called for X', 'called on X to', 'called for X to be done' -- not 'called a strike'."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in ("for", "on") and nxt.dep_ in ("prep", "prt") and nxt.head.i == t.i:
        return True  # 'calling for PM X to step down' (the name misparsed as the object)
    if any(c.dep_ == "dobj" for c in t.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in t.children) or any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in t.children)


def _kind(ctx: Context, verb: Token | None, words: str, default: str = "comment") -> str:
    """The statement kind: the speech verb's own, else the first kind whose cue words occur
    in what was said, else ``default`` (a quotation comments; reported speech claims)."""
    if verb is not None:
        k = L.SPEECH_VERBS.get(verb.lemma_.lower())
        if k:
            return k
        if verb.lower_ == "according":
            return "claim"
    low = " " + words.lower() + " "
    for kind, cues in L.KIND_CUES:
        if any(c in low for c in cues):
            return kind
    return default


def _addressee(ctx: Context, verb: Token, speaker: str) -> str | None:
    lemma = verb.lemma_.lower()
    cands: list[Token] = []
    if lemma in L.ADDRESSEE_VERBS:
        cands += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if lemma in ("call", "appeal"):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "to"):
                cands += [p for p in c.children if p.dep_ == "pobj"]
    for c in cands:
        k = actor_at(ctx, c)
        if k and k != speaker and ctx.actors[k].type != "Group" and norm_media(ctx.actors[k].name) not in L.MEDIA:
            return k
    return None


def _evidence(ctx: Context, scope: Span, verb: Token | None) -> tuple[int, int]:
    a, b = ctx.sent_span(scope)
    if verb is not None:
        va, vb = ctx.sent_span(verb.sent)
        a, b = min(a, va), max(b, vb)
    return a, b


def _reported(ctx: Context, used: set[int]) -> None:
    for t in ctx.doc:
        if t.i in used or ctx.in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        verb: Token | None = None
        if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and t.nbor(1).lower_ == "to":
            verb = t
        elif t.pos_ == "VERB" and lemma in L.SPEECH_VERBS and lemma not in L.QUOTE_ONLY_VERBS:
            if lemma == "call" and not _call_for(ctx, t):
                continue
            if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                continue
            if lemma in L.NEEDS_CLAUSE and t.dep_ != "relcl" and not (
                    any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or t.dep_ in ("parataxis",)
                    or (t.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in t.children))
                    or (t.head.i != t.i and t.head.i < t.i and t.dep_ in ("ccomp",) and lemma in ("say", "write", "add", "tell", "note"))
                    or lemma in ("claim", "insist", "warn", "deny", "confirm", "declare") and any(c.dep_ == "dobj" for c in t.children)
                    or _trailing_attribution(ctx, t)):
                continue
            if lemma in ("welcome", "thank") and not any(
                    c.dep_ == "dobj" or (lemma == "thank" and c.dep_ == "prep" and c.lower_ == "for") for c in t.children):
                continue
            if welcomes_guest(ctx, t):
                continue
        elif t.pos_ == "NOUN" and lemma in L.SPEECH_EVENT_NOUNS:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                    for p in c.children:
                        k = actor_at(ctx, p) if p.dep_ == "pobj" else None
                        if k and ctx.actors[k].type != "Group":
                            _add_reported(ctx, t, k, L.SPEECH_EVENT_NOUNS[lemma])
            continue
        elif t.pos_ == "VERB" and lemma in L.CONCERN_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.CONCERN_NOUNS | L.PRAISE_NOUNS for c in t.children):
            sp = speaker_of(ctx, t)
            praise = any(c.dep_ == "dobj" and c.lemma_.lower() in L.PRAISE_NOUNS for c in t.children)
            if sp:
                _add_reported(ctx, t, sp, "praise" if praise else "criticism")
            continue
        elif t.pos_ == "VERB" and lemma in L.LIGHT_SPEECH_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in L.SPEECH_NOUNS for c in t.children):
            verb = None
            sp = speaker_of(ctx, t)
            if sp:
                _add_reported(ctx, t, sp, "claim")
            continue
        else:
            continue
        if verb is None:
            verb = t
        if _reports_other(ctx, verb):
            continue
        if (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head.lemma_.lower() in L.SPEECH_VERBS
                and subject(ctx, verb.head) is not None):
            continue  # "criticized the meeting, saying ...": one statement
        sp = speaker_of(ctx, verb)
        if not sp:
            continue
        if _inside_other_speech(ctx, verb, sp):
            continue
        kind = L.SPEECH_VERBS.get(lemma) or _kind(ctx, None, _complement_text(ctx, verb), default="claim")
        if kind == "announcement" and lemma in L.REPORTING_VERBS and _about_others(ctx, verb, sp):
            kind = "claim"  # "police said the protests would be broken up": a claim about others
        if verb.lower_ == "according":
            kind = "claim"
        _add_reported(ctx, verb, sp, kind)


def _trailing_attribution(ctx: Context, verb: Token) -> bool:
    """'..., police and medical sources said on Thursday.': a speech verb that closes its
    sentence after a comma reports the clause before it (however the parser attached it)."""
    if verb.lemma_.lower() not in ("say", "tell", "add", "report", "write", "state"):
        return False
    sent = verb.sent
    inside = {x.i for x in verb.subtree}
    if any(not (x.is_punct or x.is_space) and x.i not in inside for x in ctx.doc[verb.i + 1: sent.end]):
        return False
    j = verb.i - 1
    while j > sent.start and ctx.doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PRON", "NUM", "PART") \
            and ctx.doc[j].text != ",":
        j -= 1
    return j > sent.start + 2 and ctx.doc[j].text == "," and j < verb.i - 1


def _about_others(ctx: Context, verb: Token, speaker: str) -> bool:
    """Whether the clause a verb reports is about something other than its speaker
    ("police said the protests would be broken up"), which makes a future a claim."""
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        subj = subject(ctx, c)
        if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in L.PRESENTATIVE:
            return False
        k = actor_at(ctx, subj)
        # a thing or an event ("the talks would include"), not a party to the story
        return k is None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in L.GROUP_NOUNS
    return False


def _complement_text(ctx: Context, verb: Token) -> str:
    """What a reporting verb reports: its clause without the subject."""
    subj = subject(ctx, verb)
    skip = {t.i for t in subj.subtree} if subj is not None else set()
    return " ".join(t.text for t in verb.subtree if t.i not in skip)


def _inside_other_speech(ctx: Context, verb: Token, speaker: str) -> bool:
    """'Peskov said ... that Ukraine had refused to negotiate': Peskov's claim, not a
    statement by Ukraine."""
    if verb.dep_ not in ("ccomp", "conj"):
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
        if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in L.SPEECH_VERBS and any(
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
    subj = subject(ctx, verb)
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
    ev = Ev("Statement", [_clause_span(ctx, verb)], speaker=speaker, kind=kind, anchor=verb.idx,
            addressee=_addressee(ctx, verb, speaker))
    ev.date, ev.date_text = date_for(ctx, verb, sent)
    ctx.events.append(ev)
