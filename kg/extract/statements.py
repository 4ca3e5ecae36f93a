"""Statements: quotations and who said them, then reported speech (:mod:`.reported`).

Each quotation is attributed to the speaker of the speech verb nearest to it (or that
governs it) in its sentences, else in the attribution-only sentence next to them, else
continues the previous speaker's quotation. The attribution is :mod:`.attribution`'s, kinds
come from :mod:`.kinds`, speakers from :mod:`.speakers`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.attribution import attribute, governs, voices
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, subject, untagged_person
from kg.extract.indexes import token_from
from kg.extract.places import date_for
from kg.extract.kinds import addressee_of, kind_of, verb_kind
from kg.extract.kinds_quote import quote_kind
from kg.extract.quotes import Quote
from kg.extract.reported import find_reported, joint_speakers, pair_speakers, reported_clause, reported_kind
from kg.extract.speakers import misread_place, speaker_of, titled_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["cut_off", "find_statements", "speaker_of"]


def find_statements(ctx: Context) -> None:
    doc = ctx.doc
    poses, lemmas = ctx.poses, ctx.lemmas
    for i in range(len(doc)):  # create untagged speakers first, so "he said" can resolve to them
        if poses[i] == "VERB" and lemmas[i] in L.SPEECH_VERBS and not ctx.in_quote[i]:
            t = doc[i]
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
    para_of = _paragraph_of(ctx)
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
        verb, speaker = attribute(ctx, q, scope)
        outer = _according_person(ctx, verb, speaker) if verb is not None and speaker else None
        inner = verb
        if outer is None and verb is not None and speaker:
            outer = _reporter_of(ctx, verb, speaker)  # 'X said that Y had assured him of his "..."': X's words
        if outer is not None:  # 'According to the minister, X said "..."': the minister's words
            verb, speaker = outer, speaker_of(ctx, outer)
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
        said_by = inner if outer is not None else verb  # the quotation's own verb
        if len(quote_words.split()) < 2 and not (said_by is not None and governs(ctx, said_by, q)):
            continue  # a scare-quoted word, not a quotation
        if _a_name(quote_words):
            continue  # 'their "Bangla Blockade" protests', 'the daily "El Tiempo"': a name, not words said
        if cut_off(ctx.text, q):
            continue  # 'He noted that Moscow "suf': the stored text cut off a quotation as it opened

        said = _participle_of(verb) if verb is not None else None
        if verb is not None:
            used_verbs.update({verb.i, said_by.i if said_by is not None else verb.i})
            if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and (
                    verb.head.lemma_.lower() in L.SPEECH_VERBS or voices(verb.head)):
                used_verbs.add(verb.head.i)  # "criticised the visit, saying ... "quote"": one statement
            if said is not None:  # 'said he would welcome talks, adding he did not "..."': one statement
                used_verbs.add(said.i)
            opened = _opening_verb(ctx, verb, q, speaker)
            if opened is not None:  # 'X said the crisis would go on: "...", he said': one statement
                used_verbs.add(opened.i)
        kind = _kind(ctx, verb, q.parts, speaker)
        addressee = addressee_of(ctx, verb, speaker, kind) if verb is not None else None
        ev = Ev("Statement", [_evidence(ctx, scope, verb)], speaker=speaker, kind=kind,
                quote=list(q.parts), addressee=addressee, anchor=q.start)
        d, dtxt = date_for(ctx, verb, verb.sent) if verb is not None else (None, None)
        ev.date, ev.date_text = d, dtxt
        vkey = -1
        if verb is not None:  # '"X", he added, speaking of "Y"': the participle is the same attribution
            vkey = said.i if said is not None else verb.i
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


def _paragraph_of(ctx: Context) -> Callable[[int], int]:
    """A function from a character offset to the number of its paragraph, the blank lines
    between paragraphs not counted: a quotation in the paragraph after the last speaker's goes
    on with that speaker whether the text sets paragraphs apart by a line break or by a blank line."""
    breaks = [m.start() for m in re.finditer(r"\n+", ctx.art.analysed)]
    return lambda pos: bisect.bisect_left(breaks, pos)


def _participle_of(verb: Token) -> Token | None:
    """The speech verb a participle of speech elaborates, in its sentence: 'said he had not
    expected any "gestures", saying his aim was "..."' (the participle hung on the clause
    the first verb reports) tells what "said" said, one attribution."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    h, top = verb.head, None
    while True:
        if h.pos_ == "VERB" and h.lemma_.lower() in L.SPEECH_VERBS:
            top = h  # 'said he would welcome talks, adding ...': the outermost speech verb
        if h.head.i == h.i or h.dep_ not in ("ccomp", "conj", "xcomp"):
            return top
        h = h.head


def _opening_verb(ctx: Context, verb: Token, q: Quote, speaker: str) -> Token | None:
    """The reporting verb that opens the sentence of a quotation attributed after it by a
    pronoun of the same speaker ('X said the crisis would go on: "...", he said'): one statement."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("he", "she") or verb.idx < q.end:
        return None
    for t in ctx.doc[verb.sent.start: verb.i]:
        if t.idx >= q.start:
            return None
        if t.pos_ == "VERB" and t.lemma_.lower() in L.REPORTING_VERBS and not ctx.in_quote[t.i]:
            return t if speaker_of(ctx, t) == speaker else None
    return None


def _reporter_of(ctx: Context, verb: Token, speaker: str) -> Token | None:
    """'Macron said that he made proposals of "..." and that the Russian leader had assured
    him of his "..."': a speech verb inside the clause another speaker's reporting verb
    reports (through clauses and their conjuncts) gives that speaker's account of the words."""
    t = verb  # ('said after the talks that he made ...': the clause misread as one on "talks")
    while t.dep_ in ("ccomp", "conj", "relcl", "pobj", "prep") and t.head.i < t.i:
        t = t.head
        if t.pos_ == "VERB" and t.lemma_.lower() in L.REPORTING_VERBS and not ctx.in_quote[t.i]:
            k = speaker_of(ctx, t)
            return t if k is not None and k != speaker else None
    return None


def _according_person(ctx: Context, verb: Token, speaker: str) -> Token | None:
    """'According to the minister, X also said there would be no "new taxes"': the words the
    person's account gives are that person's (words inside another speaker's reported speech
    are that speaker's); an outlet or a body that only relays gives them to no one else."""
    acc = next((c for c in verb.children if c.lower_ == "according" and c.i < verb.i and not ctx.in_quote[c.i]), None)
    k = speaker_of(ctx, acc) if acc is not None else None
    return acc if k is not None and k != speaker and ctx.actors[k].type == "Person" else None


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
    if verb is not None and voices(verb):
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
        if (t.pos_ == "VERB" and (t.lemma_.lower() in L.SPEECH_VERBS or _addresses(t)) and not ctx.in_quote[t.i]
                and t.lemma_.lower() not in ("call", "rule")):
            sp = speaker_of(ctx, t)
            if sp:
                return sp
    return None


#: Audiences one addresses by speaking to them ("addressed supporters", "addressed the nation").
_AUDIENCES = frozenset({"nation", "country", "people", "supporters", "crowd", "crowds", "rally", "reporters",
                        "journalists", "press", "media", "parliament", "lawmakers", "congress", "assembly",
                        "conference", "protesters", "demonstrators", "students", "delegates", "summit", "session",
                        "meeting", "gathering", "audience", "followers", "troops", "residents", "voters"})


def _addresses(verb: Token) -> bool:
    """'X addressed supporters in Kisumu. / "We will not give up."': addressing an audience
    is speaking to it (not "addressed the crisis")."""
    return verb.lemma_.lower() in ("address", "brief") and any(
        c.dep_ == "dobj" and c.lower_ in _AUDIENCES for c in verb.children)


def _colon_speaker(ctx: Context, q: Quote) -> str | None:
    """'Ivan Petrov: "..."', 'The minister was blunt: "..."': a quotation opened after a colon
    that closes a bare name, or a clause that only says how its subject was (a copula and an
    adjective), is the words of that name or subject (a person or an organisation)."""
    doc = ctx.doc
    j = token_from(ctx, q.start) - 1  # the token before the quotation's (not a pass over the text per quotation)
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
    poses = ctx.poses
    for i in range(len(ctx.doc)):
        if poses[i] != "NOUN" or ctx.tok_actor[i] or ctx.in_quote[i]:
            continue
        t = ctx.doc[i]
        if not t.is_alpha:
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


def _bare(ctx: Context, q: Quote, scope: Span) -> bool:
    outside = [t for t in scope if not ctx.in_quote[t.i] and not t.is_punct and not t.is_space]
    return len(outside) <= 1


def _evidence(ctx: Context, scope: Span, verb: Token | None) -> tuple[int, int]:
    a, b = ctx.sent_span(scope)
    if verb is not None:
        va, vb = ctx.sent_span(verb.sent)
        a, b = min(a, va), max(b, vb)
    return a, b
