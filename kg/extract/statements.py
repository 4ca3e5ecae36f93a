"""Statements: quotations and who said them, then reported speech (:mod:`.reported`).

Each quotation is attributed to the speaker of the speech verb nearest to it (or that
governs it) in its sentences, else in the attribution-only sentence next to them, else
continues the previous speaker's quotation. Kinds come from :mod:`.kinds`, speakers from
:mod:`.speakers`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, subject, untagged_person
from kg.extract.places import date_for
from kg.extract.kinds import addressee_of, calls_for, kind_of, quote_kind, verb_kind
from kg.extract.quotes import Quote
from kg.extract.reported import find_reported, joint_speakers, pair_speakers, reported_clause, reported_kind
from kg.extract.speakers import misread_place, outlet_reports, speaker_of, titled_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["cut_off", "find_statements", "speaker_of"]


def find_statements(ctx: Context) -> None:
    doc = ctx.doc
    for t in doc:  # create untagged speakers first, so "he said" can resolve to them
        if t.pos_ == "VERB" and t.lemma_.lower() in L.SPEECH_VERBS and not ctx.in_quote[t.i]:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            key = None
            if subj is not None and subj.pos_ == "PROPN" and not ctx.tok_actor[subj.i]:
                key = untagged_person(ctx, subj)
            elif subj is not None and subj.pos_ == "PROPN" and not ctx.in_quote[subj.i]:
                misread_place(ctx, subj)  # "Yulia, a protester, said": a person, before "she said" resolves
            elif subj is not None and subj.tag_ == "NN" and not ctx.in_quote[subj.i]:
                key = titled_person(ctx, subj)
            names = ctx.actors[key].name.split() if key else []
            if len(names) > 1:
                ctx.surnames.setdefault(names[-1], key)  # type: ignore[arg-type]  # "Ganusevich said" later
    _descriptions(ctx)
    used_verbs: set[int] = set()
    last: Ev | None = None
    last_para = -1
    last_verb = -1
    last_vtok: Token | None = None
    para_of = ctx.paragraph_index()
    chant_para = -1
    copies: list[Ev] = []
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
        if _chanted(ctx, scope):
            chant_para = para
            continue  # '"...," they chanted': a chant, not a statement
        if verb is not None and verb.lemma_.lower() == "add" and para == chant_para:
            used_verbs.add(verb.i)
            continue  # '"...," they added': the chant goes on
        if speaker is None and verb is None:
            noun = next((t for t in scope if not ctx.in_quote[t.i] and t.lemma_.lower() in L.SPEECH_NOUNS - _DISPLAYED
                         and t.pos_ == "NOUN"), None)
            if noun is not None:
                subj = subject(ctx, s_open.root) if s_open.root.pos_ in ("VERB", "AUX") else None
                speaker = actor_at(ctx, subj) if subj is not None else None
            elif last is not None and last.speaker and para - last_para <= 1 and _bare(ctx, q, scope):
                speaker = last.speaker
                if para == last_para and last.quote is not None and _opens_sentence(ctx, last.quote[0][0]):
                    last.quote.extend(q.parts)
                    last.kind = _kind(ctx, last_vtok, last.quote, last.speaker)
                    last.evidence.append(ctx.sent_span(scope))
                    continue
            if speaker is None and _bare(ctx, q, scope) and _opens_sentence(ctx, q.start):
                speaker = _previous_speaker(ctx, scope)
            if speaker is None:
                speaker = _colon_speaker(ctx, q)
        pair: list[str] = []
        if speaker is None:  # 'both leaders said the meeting was "constructive"': each of the pair
            verb = next((t for t in scope if t.lemma_.lower() in L.REPORTING_VERBS and t.pos_ == "VERB" and not ctx.in_quote[t.i]
                         and pair_speakers(ctx, t, quoted=True)), None)
            pair = pair_speakers(ctx, verb, quoted=True) if verb is not None else []
            speaker = pair[0] if pair else None
        if speaker is None:
            continue
        quote_words = " ".join(ctx.text[a:b] for a, b in q.parts)
        if len(quote_words.split()) < 2 and not (verb is not None and _governs(ctx, verb, q)):
            continue  # a scare-quoted word, not a quotation
        if _a_name(quote_words):
            continue  # 'their "Bangla Blockade" protests', 'the daily "El Tiempo"': a name, not words said
        if cut_off(ctx.text, q):
            continue  # 'He noted that Moscow "suf': the stored text cut off a quotation as it opened

        if verb is not None:
            used_verbs.add(verb.i)
            if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and (
                    verb.head.lemma_.lower() in L.SPEECH_VERBS or _voices(verb.head)):
                used_verbs.add(verb.head.i)  # "criticised the visit, saying ... "quote"": one statement
        kind = _kind(ctx, verb, q.parts, speaker)
        addressee = addressee_of(ctx, verb, speaker, kind) if verb is not None else None
        ev = Ev("Statement", [_evidence(ctx, scope, verb)], speaker=speaker, kind=kind,
                quote=list(q.parts), addressee=addressee, anchor=q.start)
        d, dtxt = date_for(ctx, verb, verb.sent) if verb is not None else (None, None)
        ev.date, ev.date_text = d, dtxt
        vkey = -1
        if verb is not None:  # '"X", he added, speaking of "Y"': the participle is the same attribution
            vkey = (verb.head.i if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp")
                    and verb.head.lemma_.lower() in L.SPEECH_VERBS else verb.i)
        if (last is not None and last.speaker == speaker and para == last_para and last.quote is not None
                and verb is not None and last.anchor < q.start and last_verb == vkey):
            # '"X," he said, "Y."': one quotation interrupted by its attribution ('"X," Peskov
            # said. "Y," he added.' is two: each quotation has its own attribution)
            last.quote.extend(q.parts)
            last.kind = _kind(ctx, last_vtok, last.quote, speaker)
            for c in copies:  # the same quotation of each joint speaker
                c.quote, c.kind = list(last.quote), last.kind
            continue
        same = _same_quotation(ctx, ev)
        if same is not None:  # the lede and the body quote the same words of the same speaker: one statement
            same.evidence.extend(ev.evidence)
            if same.date is None:
                same.date, same.date_text = ev.date, ev.date_text
            continue
        ctx.events.append(ev)
        copies = []
        if verb is not None:
            for other in pair[1:] or joint_speakers(ctx, verb, speaker):
                # 'The United States and Britain said in a joint statement they were "..."': each says it
                copies.append(Ev("Statement", list(ev.evidence), speaker=other, kind=kind, quote=list(q.parts),
                                 addressee=addressee_of(ctx, verb, other, kind), anchor=q.start,
                                 date=ev.date, date_text=ev.date_text))
        ctx.events.extend(copies)
        last, last_para, last_verb, last_vtok = ev, para, vkey, verb
    find_reported(ctx, used_verbs)


#: Words carried or shouted, not said: 'signs reading "..."' is no statement (the real set's convention).
_DISPLAYED = frozenset({"banner", "placard", "sign", "slogan", "chant", "poster", "graffiti"})


_NAME_LINKS = frozenset({"of", "the", "a", "an", "and", "for", "in", "on", "de", "del", "la", "el", "al"})


def _a_name(words: str) -> bool:
    """Whether a short quotation is a name: at most five words, each capitalised but for the
    little words of names ("The March of a Million", "Bangla Blockade")."""
    ws = words.strip(" ,.").split()
    return 0 < len(ws) <= 5 and all(w[:1].isupper() or w in _NAME_LINKS for w in ws) and ws[0][:1].isupper() and not any(
        w.lower() in ("we", "i", "you", "they", "he", "she", "it", "this", "no", "yes", "never") for w in ws) and not any(
        w[-1:] in "!?" for w in ws)


def cut_off(text: str, q: Quote) -> bool:
    """Whether quotation ``q`` is a few words the end of the stored text cut off as it opened
    ('He noted that Moscow and Beijing "suf'): no quotation, the sentence is reported speech."""
    return len(" ".join(text[a:b] for a, b in q.parts).split()) < 4 and not text[q.end:].strip()


def _kind(ctx: Context, verb: Token | None, parts: list[tuple[int, int]], speaker: str) -> str:
    """A quotation's kind: what its parse or its words give, or, for words quoted inside
    the clause a verb reports ('said all involved would be punished "with the full force
    of the law"'), that clause's kind; for a concern verb, its object's ('expressed hope
    that ... "..."': a comment), as reported speech gives it."""
    if verb is not None and _voices(verb):
        objs = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
        return "praise" if objs & L.PRAISE_NOUNS else "comment" if objs & L.HOPE_NOUNS else "criticism"
    if verb is not None and verb_kind(verb) is None and verb.lower_ != "according":
        clause = reported_clause(verb)
        first = ctx.doc.char_span(parts[0][0], parts[0][1], alignment_mode="expand")
        if clause is not None and first is not None and not ctx.in_quote[clause.i] and any(
                t.i in {x.i for x in clause.subtree} for t in first):
            return reported_kind(ctx, verb, speaker)
    words = " ".join(ctx.text[a:b] for a, b in parts)
    return quote_kind(ctx, verb, parts, speaker) or kind_of(ctx, verb, words)


def _chanted(ctx: Context, scope: Span) -> bool:
    """Whether a quotation's sentences, or the sentence right after them on its line, say it
    was chanted or sung."""
    j = scope.end
    while j < len(ctx.doc) and (ctx.doc[j].is_punct and not ctx.doc[j].is_space):
        j += 1
    after = ctx.doc[j].sent if j < len(ctx.doc) else None
    last = max((t for t in scope if not t.is_space), key=lambda t: t.i, default=scope[-1])
    # the next paragraph's sentence only with a chant verb of its own ('The crowd chanted'), not
    # a participle of its scene ('..., many singing the anthem, a photographer said')
    next_para = after is not None and "\n" in ctx.text[last.idx + len(last.text): after.start_char]
    toks = [*scope, *(t for t in (after if after is not None else []) if not next_para or t.tag_ in ("VBD", "VBZ", "VBP"))]
    return any(t.lemma_.lower() in L.CHANT_VERBS and t.pos_ == "VERB" and not ctx.in_quote[t.i] for t in toks)


def _words(ctx: Context, parts: list[tuple[int, int]]) -> list[str]:
    return re.findall(r"\w+", " ".join(ctx.text[a:b] for a, b in parts).lower())


def _same_quotation(ctx: Context, ev: Ev) -> Ev | None:
    """An earlier statement of the same speaker quoting the same words (not in a headline,
    which gives no statement of its own)."""
    words = _words(ctx, ev.quote or [])
    for e in ctx.events:
        if (e.type == "Statement" and e.speaker == ev.speaker and e.quote is not None
                and not ctx.in_headline(e.anchor) and _words(ctx, e.quote) == words):
            return e
    return None


def _previous_speaker(ctx: Context, scope: Span) -> str | None:
    """'Mr Tse said the station received hundreds of letters. / "We have also forewarned
    them ..."': a quotation standing alone goes on from the speaker of the sentence before
    it (in the same or the previous paragraph)."""
    j = scope.start - 1
    while j >= 0 and (ctx.doc[j].is_space or ctx.doc[j].is_punct):
        j -= 1
    if j < 0 or ctx.text.count("\n", ctx.doc[j].idx, scope.start_char) > 2:
        return None  # the sentence right before, in the same or the previous paragraph
    prev = ctx.doc[j].sent
    for t in reversed(prev):
        if (t.pos_ == "VERB" and t.lemma_.lower() in L.SPEECH_VERBS and not ctx.in_quote[t.i]
                and t.lemma_.lower() not in ("call", "rule")):
            sp = speaker_of(ctx, t)
            if sp:
                return sp
    return None


def _colon_speaker(ctx: Context, q: Quote) -> str | None:
    """'Ivan Petrov: "..."', 'The minister was blunt: "..."': a quotation opened after a colon
    that closes a bare name, or a clause that only says how its subject was (a copula and an
    adjective), is the words of that name or subject (a person or an organisation)."""
    doc = ctx.doc
    j = next((t.i for t in doc if t.idx >= q.start), len(doc)) - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in ('"', "\u201c", "\u00ab")):
        j -= 1
    if j < 1 or doc[j].text != ":" or "\n" in ctx.text[doc[j].idx: q.start].strip():
        return None
    head = doc[j - 1]
    start = head.sent.start
    words = [t for t in doc[start: j] if not (t.is_punct or t.is_space)]
    if not words or any(ctx.in_quote[t.i] for t in words):
        return None
    if all(ctx.tok_actor[t.i] == ctx.tok_actor[head.i] for t in words):  # "Ivan Petrov:"
        key = ctx.tok_actor[head.i]
    else:
        cop = next((t for t in words if t.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in t.children)), None)
        if cop is None or any(t.pos_ == "VERB" for t in words):
            return None
        subj = subject(ctx, cop)
        key = actor_at(ctx, subj) if subj is not None else None
    return key if key and ctx.actors[key].type in ("Person", "Organization") else None


def _opens_sentence(ctx: Context, start: int) -> bool:
    """Whether the quotation starting at ``start`` opens its sentence (a quotation of its
    own, not words quoted inside the reporter's sentence)."""
    before = ctx.text[:start].rstrip().rstrip('"\u201c\u2018\u00ab').rstrip()
    return not before or before[-1] in ".!?:\n\u201d\""


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


def _voices(t: Token) -> bool:
    """'expressed hope', 'voiced concern', 'raised objections': a verb that says something by
    its object (reported speech's concern verbs)."""
    return t.pos_ == "VERB" and t.lemma_.lower() in L.CONCERN_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in L.CONCERN_NOUNS | L.PRAISE_NOUNS | L.HOPE_NOUNS for c in t.children)


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
    if speaker is None:
        other = _attributing_verb(ctx, q, scope)
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
        rest = [x for x in doc[j: scope.end] if not (x.is_punct or x.is_space)]
        inside = {x.i for x in t.subtree if not ctx.in_quote[x.i]}
        if (subj is not None and all(x.i in inside for x in rest) and t.lemma_.lower() not in L.CHANT_VERBS
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in t.children
                            if not ctx.in_quote[c.i] and c.i > t.i and c.i != subj.i)):
            return t
        return None
    return None


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
            if lemma == "call" and not calls_for(ctx, t) and not _governs(ctx, t, q):
                continue
            if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                continue
            if lemma == "read" and not any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in L.DOCUMENT_NOUNS
                                           and (c.dep_ == "nsubj" or c.i > t.i) for c in t.children):
                continue  # only a document reads ('"...," read a statement from X'; 'the letter reads:')
            cands.append((_dist(ctx, t, q), t))
        elif _voices(t) and not ctx.in_quote[t.i]:
            cands.append((_dist(ctx, t, q), t))  # 'expressed hope that they will reach a "..."'
    qspan = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    governing = {a.i for a in qspan.root.ancestors} if qspan is not None else set()
    owner = _other_doer(ctx, qspan) if qspan is not None else None
    for _, verb in sorted(cands, key=lambda c: (c[1].i not in governing, c[0])):
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




def _evidence(ctx: Context, scope: Span, verb: Token | None) -> tuple[int, int]:
    a, b = ctx.sent_span(scope)
    if verb is not None:
        va, vb = ctx.sent_span(verb.sent)
        a, b = min(a, va), max(b, vb)
    return a, b
