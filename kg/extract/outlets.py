"""Outlets that relay the news: newspapers, wires, broadcasters and news agencies named as
the subject of a speech verb, and their correspondents. Their reports are the source, not a
speaker in the story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["KNOWN_OUTLETS", "correspondent", "described_outlet", "known_outlet", "newspaper", "outlet_reports", "relayed_source",
           "relays_speech"]


#: Last words of the names of newspapers, agencies and broadcasters ("the Lusaka Times",
#: "The Daily Mail", "Radio Free Asia" is not one): their reports relay the news.
_PAPER_WORDS = frozenset({"times", "post", "guardian", "journal", "herald", "tribune", "telegraph", "gazette",
                          "chronicle", "observer", "independent", "daily", "mail", "express", "star", "standard",
                          "inquirer", "dispatch", "courier", "mirror", "sun", "examiner", "radio",
                          "wire", "press"})


def outlet_reports(ctx: Context, verb: Token) -> bool:
    """Whether speech verb ``verb``'s subject is a newspaper, a wire or a broadcaster."""
    subj = subject(ctx, verb)
    return subj is not None and newspaper(ctx, subj)


def newspaper(ctx: Context, subj: Token) -> bool:
    """Whether the subject names a newspaper, a wire or a broadcaster by its name's last
    word ("The Lusaka Times", "the Guardian", "Associated Press"), or by what it does: it
    reports what someone else said ("X announced this on Twitter, Ukrinform reports")."""
    if described_outlet(subj) and subj.head.lemma_.lower() not in ("quote", "cite"):
        return True  # but 'the newspaper quoted X as saying': X's words
    if relays_speech(ctx, subj) or _media(subj):
        return True
    k = ctx.tok_actor[subj.i]
    if subj.pos_ != "PROPN" or k is None or ctx.actors[k].type != "Organization":
        return False
    return ctx.actors[k].name.split()[-1].lower() in _PAPER_WORDS and subj.text.lower() in _PAPER_WORDS


#: Broadcast nouns that relay when the state runs them ("state television said").
_BROADCAST = frozenset({"television", "tv", "radio", "broadcaster"})


def _media(subj: Token) -> bool:
    """'state media said', "North Korea's state media said", 'local media reported', 'State
    media KCNA said', 'state television said': the media relay the news (the gold's outlets),
    whoever owns them."""
    if subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if subj.lower_ == "media" or any(c.dep_ in ("compound", "amod", "appos") and c.lower_ == "media"
                                              for c in subj.children):
        return True
    def state_run(t: Token) -> bool:  # "state television", "state broadcaster CCTV"
        return t.lower_ in _BROADCAST and any(c.dep_ in ("amod", "compound") and c.lower_ == "state" for c in t.children)
    return state_run(subj) or any(c.dep_ in ("compound", "appos") and state_run(c) for c in subj.children)


def relays_speech(ctx: Context, subj: Token) -> bool:
    """'X announced this on Twitter, Ukrinform reports', 'Y said talks would resume, Interfax
    reported': a name that closes a sentence by reporting someone else's words (the clause
    before it has a speech verb with a subject of its own) is the outlet relaying them."""
    verb = subj.head
    if subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or verb.lemma_.lower() != "report" or subj.i < verb.i - 2 or any(
            not (t.is_punct or t.is_space) for t in subj.doc[verb.i + 1: verb.sent.end]):
        return False
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < subj.i and c.lemma_.lower() in L.SPEECH_VERBS and any(
        x.dep_ == "nsubj" and not ctx.in_quote[x.i] for x in c.children) for c in verb.children)


#: Wires, agencies and broadcasters by name: they relay the news, never speak in it.
KNOWN_OUTLETS = frozenset({"reuters", "afp", "ap", "associated press", "agence france-presse", "efe", "tass", "interfax",
                           "ria novosti", "xinhua", "anadolu", "anadolu agency", "bbc", "cnn", "al jazeera", "sputnik",
                           "kcna", "yonhap", "ani", "pti", "dpa", "ansa", "upi", "bloomberg", "france 24", "dw", "rt",
                           "rfe/rl", "radio free europe", "radio liberty", "voa", "voice of america", "ukrinform",
                           "unian", "irna", "isna", "wafa", "bernama", "kyodo", "nhk", "apa", "itar-tass"})


def known_outlet(name: str) -> bool:
    """Whether ``name`` is a wire, an agency or a broadcaster known by name."""
    return name.lower() in KNOWN_OUTLETS


#: Quotation marks that set a publication's title apart ("according to 'El Tiempo'").
_QUOTE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})


def relayed_source(ctx: Context, p: Token) -> bool:
    """Whether the name ``p`` after "according to" is an outlet that only relays the news, by
    its form: a title set in quotation marks ("according to 'El Tiempo'"), or a short capitals
    name of two or three letters without an article that the gazetteer does not know
    ("according to SRF", a broadcaster's call letters; not "according to the IOM") that never speaks in the text as the subject of a verb."""
    k = ctx.tok_actor[p.i]
    if k is None or p.pos_ != "PROPN" or ctx.actors[k].type != "Organization":
        return False
    span = next(((a, b) for a, b, kk in ctx.mentions if kk == k and a <= p.i < b), (p.i, p.i + 1))
    doc = ctx.doc
    if span[0] > 0 and span[1] < len(doc) and doc[span[0] - 1].text in _QUOTE_MARKS and doc[span[1]].text in _QUOTE_MARKS:
        return True
    name = ctx.actors[k].name
    if known_outlet(name):
        return True  # "according to RFE/RL", "according to Interfax"
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 3) or ctx.gaz.lookup(name) is not None or any(
            c.dep_ == "det" for c in p.children):  # "according to the IOM": a body's initials take the article
        return False
    return not any(kk == k and doc[a:b].root.dep_ in ("nsubj", "nsubjpass") for a, b, kk in ctx.mentions)


def described_outlet(subj: Token) -> bool:
    """Whether the subject is a news agency by the words that describe it ("the state news
    agency TAP", "the Interfax news agency", "TAP, the state news agency"). Other medium nouns
    (broadcaster, newspaper) are left out: a medium that acts in the story speaks for itself."""
    def medium(t: Token) -> bool:
        return t.lower_ == "agency" and any(c.lower_ in ("news", "press") for c in t.lefts)
    if subj.pos_ not in ("PROPN", "NOUN"):
        return False
    if medium(subj):
        return True
    before = [t for t in subj.doc[subj.left_edge.i: subj.i] if t.head.i == subj.i or t.head.i < subj.i]
    return any(medium(t) or t.lower_ in ("news", "press") and t.head.lower_ == "agency" for t in before) or any(
        c.dep_ == "appos" and medium(c) for c in subj.children)


def _reporting_from(tok: Token) -> bool:
    """'reporting from Dakar': a reporter's participle with where they report from."""
    return (tok.lower_ == "reporting" and tok.dep_ in ("acl", "advcl")
            and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children))


def named_reporter(ctx: Context, key: str) -> bool:
    """Whether person ``key`` is a reporter of the outlet somewhere in the text ("Al
    Jazeera's X, reporting from Dakar, said ... '...,' he added"): never a speaker."""
    if ctx.actors[key].type != "Person":
        return False
    # asked once per statement: answered once per person (while the mentions stay as they are),
    # not by reading every mention of the text for every statement
    memo = ctx.reporters
    ask = (key, len(ctx.mentions))
    if ask not in memo:
        memo[ask] = any(k == key and (root := ctx.doc[a:b].root).dep_ == "nsubj" and not ctx.in_quote[a]
                        and correspondent(ctx, root.head) for a, b, k in ctx.mentions)
    return memo[ask]


def correspondent(ctx: Context, verb: Token) -> bool:
    """Whether the verb's subject is a correspondent ("FRANCE 24's Beirut correspondent X",
    "X, our correspondent,"): a reporter of the outlet, whose account is the outlet's."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and not ctx.in_quote[c.i]):
        near = [subj, *(c for c in subj.children if c.dep_ in ("compound", "appos", "nmod"))]
        if any(t.lemma_.lower() == "correspondent" for t in near):
            return True
        if subj.lemma_.lower() in ("reporter", "journalist") and (subj.tag_ == "NNS" or any(
                c.dep_ in ("compound", "poss") and (c.pos_ == "PROPN" or c.lower_ == "our") for c in subj.children)):
            return True  # "Ada Derana reporter said", "our reporter said", "Reporters estimate": the outlet's own account
        if subj.lemma_.lower() in ("witness", "photographer", "cameraman") and any(
                c.dep_ in ("compound", "nmod", "poss") and c.lower_ in L.MEDIA for c in subj.children):
            return True  # "Reuters witnesses said", "an AFP photographer said": the wire's own staff
        if any(_reporting_from(c) for c in [*subj.children, *verb.children]):
            return True  # "Al Jazeera's X, reporting from Dakar, said": the outlet's reporter on the spot
    # "X reports from Kyiv": a reporter filing the story, not a speaker in it
    return verb.lemma_.lower() == "report" and any(
        c.dep_ == "prep" and c.lower_ == "from" and any(
            p.dep_ == "pobj" and (ctx.tok_actor[p.i] is None or ctx.actors[ctx.tok_actor[p.i]].type == "Place")  # type: ignore[index]
            for p in c.children) for c in verb.children)
