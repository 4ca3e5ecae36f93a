"""Whether a speech verb reports something said: "called a meeting", a bare "he said"
whose words are elsewhere, "widely blamed" by nobody, "offered no details" do not; where
the reported clause is when the parser hung it elsewhere ("said in a statement that ...",
'..., police said.')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.kinds import calls_for
from kg.extract.meetings import welcomes_guest
from kg.extract.speech_cues import defends_measure, names_as, not_said, removes_from_office, reported_state, unsaid, welcomed_thing

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reports_speech", "stray_clause", "trailing_attribution"]


def reports_speech(ctx: Context, t: Token, lemma: str) -> bool:
    """Whether speech verb ``t`` reports something said (not "called a meeting", not a
    bare "he said" whose words are elsewhere, not "widely blamed" by nobody)."""
    if lemma == "call" and not calls_for(ctx, t) and not names_as(ctx, t):
        return False
    if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
        return False
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
        return False  # "pointed out that ...", not "pointed to"
    if lemma == "report" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children) and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "parataxis") for c in t.children):
        return False  # "the police force that reports to the governor": answers to him, says nothing
    if lemma == "observe" and not any(c.dep_ in ("ccomp", "parataxis") for c in t.children):
        return False  # "the Carter Center, which observed the vote": watching, not remarking
    if lemma == "defend" and not defends_measure(ctx, t):
        return False
    if lemma == "offer" and any(c.dep_ == "dobj" and any(d.lower_ in ("no", "little") for d in c.children) for c in t.children):
        return False  # "offered no details": nothing offered, nothing said
    if lemma == "offer" and (t.tag_ == "VBN" and t.dep_ == "acl" or any(
            v.lemma_.lower() in ("say", "tell", "add", "report") and v.i > t.i and trailing_attribution(ctx, v) for v in t.sent)):
        return False  # "a lunch offered by the Kremlin": a thing given; "X offered Y, Z said": Z's report
    if lemma == "blame" and t.tag_ == "VB" and t.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False  # "said the West was to blame": who is responsible, nobody blaming
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) and not any(c.dep_ == "agent" for c in t.children):
        return False  # "whose policies have been widely blamed": nobody speaks
    if t.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
        return False  # "he resigns as promised": the promise is background
    if reported_state(t) or not_said(t) or unsaid(t) or lemma == "dismiss" and removes_from_office(ctx, t):
        return False
    if lemma in L.NEEDS_CLAUSE and t.dep_ != "relcl" and not (
            any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or t.dep_ in ("parataxis",)
            or stray_clause(t) is not None
            or (t.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in t.children))
            or (t.head.i != t.i and t.head.i < t.i and t.dep_ in ("ccomp",) and lemma in ("say", "write", "add", "tell", "note"))
            or lemma in L.OBJECT_CLAIMS and any(c.dep_ == "dobj" for c in t.children)
            or _what_said_was(t)
            or any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children) for c in t.children)
            or _passive_claim(t, lemma)
            or lemma in ("warn", "caution") and any(c.dep_ == "prep" and c.lower_ in ("of", "against", "about")
                                                    for c in t.children)  # "warned of a plot"
            or trailing_attribution(ctx, t) or _clause_taken(ctx, t) or _misparsed_clause(t)):
        return False
    if lemma in ("welcome", "thank") and not any(
            c.dep_ == "dobj" or (lemma == "thank" and c.dep_ == "prep" and c.lower_ == "for")
            for c in t.children) and not welcomed_thing(ctx, t):
        return False
    return not welcomes_guest(ctx, t)


def _passive_claim(verb: Token, lemma: str) -> bool:
    """'Two deaths were confirmed by the health ministry', 'the arrests were reported by a
    local official': a passive speech verb with its speaker as the agent says what its
    subject names when the active would ("confirmed two deaths", "denied the charge")."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and (lemma in L.OBJECT_CLAIMS or any(n.dep_ == "nummod" for n in c.children))
               for c in verb.children)


def _misparsed_clause(verb: Token) -> bool:
    """'said the border deal with Azerbaijan betrays Armenia' with the clause's verb misread
    (as a compound): a subject of some later verb opens right after "said" (or "said that")."""
    if verb.lemma_.lower() not in ("say", "tell", "add", "insist", "claim", "warn") or verb.i + 1 >= len(verb.doc):
        return False
    nxt = verb.doc[verb.i + 1]
    if nxt.lower_ == "that" and nxt.i + 1 < len(verb.doc):
        nxt = verb.doc[nxt.i + 1]
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.left_edge.i == nxt.i and x.head.i > x.i and x.head.i != verb.i
               for x in verb.sent)


def _what_said_was(verb: Token) -> bool:
    """'in what they said was a bid to end the violence': "what X said was Y" says Y."""
    return any(c.dep_ in ("dobj", "nsubj") and c.lower_ == "what" and c.i < verb.i for c in verb.children) and (
        verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lemma_ == "be")


_TELL_VERBS = frozenset({"tell", "inform", "remind", "assure", "warn", "notify", "brief"})


def stray_clause(verb: Token) -> Token | None:
    """'said in a statement that talks were nearing conclusion': the "that" clause the parser
    hung on the noun of the verb's "in"/"on"/"at" phrase (a statement, an interview, Telegram)
    is what the verb reports; so is the clause hung on the person told ('told the gathering
    that officials had offered talks')."""
    if verb.lemma_.lower() in _TELL_VERBS:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for cl in obj.children:
                if (cl.dep_ == "relcl" and any(m.dep_ in ("mark", "dobj") and m.lower_ == "that" for m in cl.children)
                        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in cl.children)):
                    return cl
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "at", "during"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            # 'said in a video posted online that ...', 'wrote in a post shared on Facebook that ...':
            # or on the participle that describes the noun
            shown = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i]
            for cl in [*noun.children, *(c for p in shown for c in p.children if c.dep_ == "ccomp")]:
                if (cl.dep_ in ("acl", "relcl", "ccomp") and cl.i > noun.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in cl.children)
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in cl.children)):
                    return cl
    return None


def _clause_taken(ctx: Context, verb: Token) -> bool:
    """'Police said 15,000 people marched, the Guardian reported': the clause right after the
    verb, which the parser gave to the attribution closing the sentence, is the verb's."""
    j = verb.i + 1
    if j < len(ctx.doc) and ctx.doc[j].lower_ == "that":
        j += 1
    if j >= len(ctx.doc) or ctx.in_quote[j]:
        return False
    for v in [ctx.doc[j], *ctx.doc[j].ancestors]:
        if v.dep_ == "ccomp" and v.left_edge.i == j and v.head.i > v.i > verb.i \
                and v.head.lemma_.lower() in L.REPORTING_VERBS:
            return True
    return False


def trailing_attribution(ctx: Context, verb: Token) -> bool:
    """'..., police and medical sources said on Thursday.': a speech verb that closes its
    sentence after a comma reports the clause before it (however the parser attached it)."""
    if verb.lemma_.lower() not in ("say", "tell", "add", "report", "write", "state"):
        return False
    sent = verb.sent
    inside = {x.i for x in verb.subtree}
    if any(not (x.is_punct or x.is_space) and x.i not in inside for x in ctx.doc[verb.i + 1: sent.end]):
        return False
    j = verb.i - 1
    while j > sent.start and ctx.doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PRON", "NUM", "PART", "ADP") \
            and ctx.doc[j].text != ",":
        j -= 1
    return j > sent.start + 2 and ctx.doc[j].text == "," and j < verb.i - 1
