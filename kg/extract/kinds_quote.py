"""Statement kinds read from the parse of a quotation: an imperative or a performative ("Release
them", "We condemn ..."), "we want ...", holding out "until he resigns", what others will do if
the speaker's side does not act, a hedged future of the speaker's, a verdict on what is to come,
and a quotation telling a past event (a claim; violence done to the speaker's side, criticism). The speech verb's own kind and the cue words
(:mod:`.kinds`) come first; :func:`quote_kind` gives what only the parse can see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.kinds import cue_kind, kind_of, told_as, verb_kind
from kg.extract.kinds_clause import clause_kind, others_believed, others_fail, own_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["quote_kind"]


#: Speech verbs that are also other acts: "I want to defend my rights", "we want to maintain peace" (no speech).
_ACTS_TOO = frozenset({"defend", "maintain"})


def quote_kind(ctx: Context, verb: Token | None, parts: list[tuple[int, int]], speaker: str) -> str | None:
    """The kind the parse of a quotation gives (after the speech verb's own): its clauses in
    order, as :func:`clause_kind` reads them, "we want ..." and "my call is for ..." as a
    demand, and staying on "until he resigns" as a demand before anything else. A verb that
    only says how firmly something is asserted ("insisted") gives way to a demand. A future
    of the speaker's that is hedged ("I will be honest", "I'll be happy if ...", "if they
    fail, we would tell the people ...") decides nothing: the words outside it do, else the
    quotation comments."""
    if verb is not None and verb.lemma_.lower() == "declare" and not any(c.dep_ in ("dobj", "oprd")
                                                                        for c in verb.children):
        # '"The government regrets ...," the minister declared': "declared" only attributes the
        # words (as translated reports use it for "said"); they decide, as after "said"
        words = " ".join(ctx.text[a:b] for a, b in parts)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and not ctx.in_quote[c.i]), None)
        first = ctx.doc.char_span(parts[0][0], parts[0][1], alignment_mode="expand")
        if clause is not None and first is not None and clause.left_edge.i <= first.start < clause.right_edge.i:
            # 'declared that there is full agreement that the "..."': the clause the words are quoted in decides first
            said = clause_kind(ctx, clause, speaker, refusal=True)
            if said:
                return said
        return quote_kind(ctx, None, parts, speaker) or kind_of(ctx, None, words)
    if verb is not None and (verb_kind(verb) or verb.lower_ == "according"):
        if verb.lemma_.lower() in L.ASSERT_VERBS and quote_kind(ctx, None, parts, speaker) == "demand":
            return "demand"  # 'insisted: "We've got to get rid of them"'
        return None
    spans = [s for s in (ctx.doc.char_span(a, b, alignment_mode="expand") for a, b in parts) if s is not None]
    if any(t.lower_ == "until" and t.dep_ == "mark" and t.head.lemma_.lower() in L.RESIGN_VERBS
           and t.head.head.tag_ != "VBD" for span in spans for t in span):  # not a story: "I waited until they left"
        return "demand"  # "we will not stop until he resigns": a demand, whatever comes first
    if any(t.lower_ == "until" and t.dep_ == "mark" and _holds_out(ctx, t.head.head, speaker) for span in spans for t in span):
        return "demand"  # "we are not going anywhere until the elections are repeated": the condition is asked for
    hedged: set[int] = set()
    verdict: set[int] = set()
    later: str | None = None
    for span in spans:
        for t in span:
            if t.i in hedged or t.pos_ not in ("VERB", "AUX") or (
                    t.head.i != t.i and span.start <= t.head.i < span.end and t.dep_ not in ("conj", "ccomp")):
                continue
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            inner = next((c for c in t.children if c.dep_ == "xcomp" and c.lemma_.lower() in L.SPEECH_VERBS
                          and c.lemma_.lower() not in _ACTS_TOO), None)
            if inner is not None:  # "I would like to thank you", "I want to say": the inner verb tells
                if L.SPEECH_VERBS[inner.lemma_.lower()]:
                    return L.SPEECH_VERBS[inner.lemma_.lower()]
                continue
            if t.lemma_.lower() == "want" and t.tag_ == "VBP" and subj is not None and subj.lower_ in ("we", "i") and any(
                    c.dep_ in ("dobj", "ccomp") for c in t.children):
                return "demand"  # "We want a new election", "we want him to go"; not "I want to defend my rights"
            if t.lemma_.lower() == "need" and t.tag_ == "VBP" and subj is not None and subj.lower_ == "we" and any(
                    c.dep_ == "dobj" for c in t.children):
                return "demand"  # "We need a new constitution": what is asked for
            if subj is not None and subj.lemma_.lower() in L.CALL_NOUNS and any(
                    c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children):
                return "demand"  # "My call is for everyone to stay home"
            if subj is not None and subj.lemma_.lower() in _AIM_NOUNS and t.lemma_.lower() == "be" and any(
                    c.dep_ in ("xcomp", "attr", "ccomp") and c.lemma_.lower() in _PRESSURE_VERBS for c in t.children):
                return "demand"  # "The aim of the strike is to get the government to negotiate"
            if _imperative(t, span):
                own = L.SPEECH_VERBS.get(t.lemma_.lower()) or "demand"  # "Thank them": its own kind
                if t.sent.start <= spans[0].start:
                    return own  # the quotation opens with it: "Release them", "Stop killing us", "Don't shoot"
                later = later or own  # '"... a coup against us," he said. "Get out."': the words decide first
                continue
            if _stakes(ctx, t, speaker):
                return "demand"  # "If we stay quiet, they will come for any of us": act, or else
            performed = _performative(t)
            if performed:
                return performed  # "I reject these accusations", "We condemn ...": the verb does what it says
            if _hedged_future(ctx, t, speaker):
                hedged |= {x.i for x in t.subtree}
                continue
            if _verdict_ahead(t):
                verdict |= {c.i for c in t.children if c.dep_ == "aux"}  # its words of praise or blame still count
                continue
            kind = clause_kind(ctx, t, speaker)
            if kind:
                return kind
    if hedged or later:
        rest = " ".join(t.text for span in spans for t in span if t.i not in hedged)
        return cue_kind(rest) or later or "comment"
    if others_fail(ctx, [t for span in spans for t in span], speaker) and cue_kind(" ".join(s.text for s in spans)) is None:
        return "criticism"  # '"They did not even come," she said': a reproach the words do not name
    if spans and _reports_past_event(ctx, spans[0], speaker):
        told = told_as(verb) if verb is not None and verb.lemma_.lower() in L.REPORTING_VERBS else None
        cue = cue_kind(" ".join(span.text for span in spans))
        return cue or told or ("criticism" if _harmed_us(spans[0]) else "claim")
    if verdict:  # the words decide without the "will" of a verdict on what is to come
        return kind_of(ctx, verb, " ".join(t.text for span in spans for t in span if t.i not in verdict))
    believed = {x.i for span in spans for t in span for c in others_believed(ctx, t, speaker) for x in c.subtree}
    if believed and cue_kind(" ".join(span.text for span in spans)) == "announcement":
        # "we believe that the authorities ... will do it": what others are expected to do announces nothing
        return kind_of(ctx, verb, " ".join(t.text for span in spans for t in span if t.i not in believed))
    return None


def _reports_past_event(ctx: Context, span: Span, speaker: str | None) -> bool:
    """Whether a quotation opens by telling what others did or what happened, in the past
    ("At least four workers were killed ...", "The police detained the organisers"), or what is
    done to others ("The protests are financed from abroad"): an assertion of fact, a claim, where
    an opinion or a remark would comment (violence done to the speaker's side, "The police fired
    on us", reproaches: :func:`_harmed_us`)."""
    root = next((t for t in span if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not span.start <= t.head.i < span.end)),
                None)
    if root is None or root.lemma_.lower() in _STATE_LEMMAS or "?" in root.sent.text:
        return False  # a question asserts nothing
    aux = [c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not (root.tag_ == "VBD" and not aux or root.tag_ == "VBN" and aux and set(aux) <= _PAST_AUX):
        return False  # a simple past ("fired", "were killed"); not "can be used"
    if root.tag_ == "VBN" and set(aux) & _PERFECT_AUX and not set(aux) & {"been", "had", "'d"}:
        return False  # a present perfect active ("the talks have taken place", "we have reached a point"): a state of things, no event told
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in L.PRESENTATIVE or own_subject(ctx, subj, speaker):
        return False
    return subj.lower_ not in ("you", "they") or root.tag_ == "VBD"


#: Violence done to people: "they beat us", "the police fired on us", "soldiers dragged me away".
_HARM_VERBS = frozenset({"beat", "drag", "hit", "kick", "shoot", "fire", "attack", "assault", "punch", "torture",
                         "kill", "tear-gas", "teargas", "club", "push", "throw", "chase", "abduct", "kidnap", "whip",
                         "batter", "stab", "injure", "wound", "strike"})


def _harmed_us(span: Span) -> bool:
    """Whether a quotation opens by telling violence others did to the speaker's side ("They
    dragged, beat, and pulled us away", "The police fired on us", "soldiers beat me"): a
    reproach, criticism, where another past event told would be a claim."""
    root = next((t for t in span if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not span.start <= t.head.i < span.end)),
                None)
    if root is None:
        return False
    verbs = [root, *root.conjuncts]
    if not any(v.lemma_.lower() in _HARM_VERBS for v in verbs):
        return False
    victims = [c for v in verbs for c in v.children if c.dep_ == "dobj"] + [
        p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for p in c.children
        if p.dep_ == "pobj"]
    return any(o.lower_ in ("us", "me") or any(d.dep_ == "poss" and d.lower_ in ("our", "my") for d in o.children)
               for o in victims)


_PERFECT_AUX = frozenset({"have", "has", "'ve", "\u2019ve"})
_PAST_AUX = frozenset({"was", "were", "have", "has", "had", "been", "'ve", "\u2019ve", "is", "are"})
#: Verbs of being and thinking: what they say in the past is a view, not an event.
_STATE_LEMMAS = frozenset({"be", "have", "seem", "think", "believe", "feel", "know", "want", "hope", "become",
                           "look", "appear", "remain", "mean", "expect", "need", "like"})


#: Imperatives of speaking itself, which ask nothing of anyone: "Look, ...", "Believe me".
_DISCOURSE_IMPERATIVES = frozenset({"look", "listen", "see", "imagine", "believe", "say", "mind", "trust", "excuse",
                                    "forgive", "suppose", "consider", "note", "remember", "wait", "come", "let"})
#: Subjects: a clause before a comma that has one is no vocative ("we, the people, demand").
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
#: What may stand before an imperative: quote marks, "please", "do not", "never", "just".
_BEFORE_IMPERATIVE = frozenset({"please", "do", "not", "n't", "never", "just", "now", "so", "and", "then"})


#: What a protest is for, and the verbs that make someone else act: "the aim ... is to force them to".
_AIM_NOUNS = frozenset({"aim", "goal", "objective", "purpose", "demand", "target"})
_PRESSURE_VERBS = frozenset({"get", "force", "make", "push", "press", "pressure", "compel", "oblige", "bring"})


def _lets_others(t: Token) -> bool:
    """'Let them go', 'let the students speak': a demand; not 'let me say', 'let's see', 'let us pray'."""
    if t.lemma_.lower() != "let":
        return False
    who = [c for c in t.children if c.dep_ in ("dobj", "nsubj")] + [
        g for c in t.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    return bool(who) and not any(w.lower_ in ("me", "us", "'s", "\u2019s") for w in who)


def _imperative(t: Token, span: Span) -> bool:
    """Whether a quoted verb is an imperative that opens its sentence: a bare verb ("Go home,
    all of you", "Release our comrades"), after "please" or "don't", with no subject before it."""
    if t.tag_ != "VB" or t.lemma_.lower() in _DISCOURSE_IMPERATIVES and not _lets_others(t) or not span.start <= t.i < span.end or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "mistake" for c in t.children):
        return False  # "Make no mistake: ..." introduces what follows
    if t.dep_ == "conj" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.head.children):
        return False  # 'to "avoid a war" and "build trust"': an infinitive quoted in parts, no order
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") and c.i < t.i and c.lower_ not in ("do", "n't", "not")
           and not _vocative(c, t) for c in t.children):
        return False
    start = max(t.sent.start, span.start)
    commas = [x.i for x in t.doc[start:t.i] if x.text == ","]
    if commas and not any(x.pos_ in ("VERB", "AUX") or x.lower_ in _SUBJECT_PRONOUNS for x in t.doc[start:commas[-1]]):
        start = commas[-1] + 1  # "Mr. President, release them", "Brothers and sisters, go home", "Tomorrow, come"
    before = [x for x in t.doc[start:t.i] if not (x.is_punct or x.is_space)]
    if any(x.lower_ not in _BEFORE_IMPERATIVE for x in before):
        return False
    return not (before and before[-1].lower_ == "do" and not any(x.lower_ in ("not", "n't") for x in before))


def _vocative(subj: Token, verb: Token) -> bool:
    """Whether what the parser reads as the subject of a bare verb is the person addressed, set off
    by a comma ("Mr. President, release them", "People of Peru, stand up"): a subject does not stand
    apart from a base form."""
    return subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VB" and any(
        x.text == "," for x in subj.doc[subj.i + 1:verb.i])


def _performative(t: Token) -> str | None:
    """The kind of a speech verb in the present with "I" or "we" as its subject, which does what
    it says ("I reject ...", "we condemn ...", "we call on ..."); none for a negated one."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if t.tag_ != "VBP" or subj is None or subj.lower_ not in ("i", "we") or any(
            c.dep_ in ("neg", "mark") for c in t.children) or t.lemma_.lower() not in L.SPEECH_VERBS:
        return None  # "it is important that we maintain ...": no act of speech
    kind = verb_kind(t)
    return kind if kind in ("criticism", "demand", "rejection", "praise", "congratulation") else None


def _hedged_future(ctx: Context, clause: Token, speaker: str | None) -> bool:
    """Whether a quoted clause is a future of the speaker's that decides nothing: a manner of
    speaking ("I will be honest", "we'll be glad if ...") or a hypothetical ("if they fail,
    we would tell the people"; a "will" with an "if" is a real condition, kept)."""
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if not aux & {"will", "would", "'ll", "\u2019ll"} or subj is None or not own_subject(ctx, subj, speaker):
        return False
    if clause.lemma_.lower() == "be" and any(c.dep_ == "acomp" for c in clause.children):
        return True
    return "would" in aux and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                            for m in c.children) for c in clause.children)


def _stakes(ctx: Context, clause: Token, speaker: str | None) -> bool:
    """Whether a quoted clause says what others will do to the speaker's side if it does (or fails
    to do) something: "If we stay quiet, they will come for any of us tomorrow", "if we do not
    stand up now, they will take everything": a call to act, a demand."""
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not aux & {"will", "would", "could", "'ll", "\u2019ll", "may", "might"} or subj is None or own_subject(
            ctx, subj, speaker) or subj.lower_ in L.PRESENTATIVE:
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children) and any(
        s.dep_ == "nsubj" and s.lower_ == "we" for s in c.children) for c in clause.children)


#: What a side keeps doing until it gets what it wants: "we will stay / stay on the streets until ...".
_HOLD_VERBS = frozenset({"stay", "remain", "continue", "keep", "fight", "protest", "march", "strike", "struggle"})


def _holds_out(ctx: Context, main: Token, speaker: str | None) -> bool:
    """Whether the clause an "until" hangs on is the speaker's side holding out: "we will not
    leave / stop / rest", "we are not going anywhere", "we will stay / keep fighting"."""
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None or not own_subject(ctx, subj, speaker) or main.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "neg" for c in main.children) or main.lemma_.lower() in _HOLD_VERBS


def _verdict_ahead(clause: Token) -> bool:
    """Whether a quoted clause judges what is to come, with "will" or "would" and "be" and a
    complement ("the coming weeks will be crucial", "it would be a mistake to ..."): a verdict,
    no decision of anyone's; its "will" announces nothing ("there will be no ..." predicts: a claim)."""
    return clause.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "\u2019ll")
                                                for c in clause.children) and any(
        c.dep_ in ("acomp", "attr") for c in clause.children) and not any(c.dep_ == "expl" for c in clause.children)
