"""The addressee of a statement: the actor it is directed at or demands something of.

English reporting syntax names it in a few places around the speech verb: its object
("urged European allies", "accused Sonko of", "blamed Bolsonaro for", "told security forces to
act"), a preposition ("called on X", "appealed to students", "complained to the court"), the
one whose going is demanded ("demand the resignation of X", "protests demanding his
resignation", "calling for X to step down", "pressure on X to quit"), the subject of what is
demanded ("demand that the government reverse course"), and a participle that carries the
charge ("said on television, accusing Sonko of ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, norm_media
from kg.extract.coref import actor_at, coref
from kg.extract.group_names import says_which

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["addressee_of"]

#: Verbs whose direct object is the one addressed, praised or blamed.
OBJECT_VERBS = L.ADDRESSEE_VERBS | frozenset({
    "blame", "greet", "invite", "label", "brand", "reproach", "rebuke", "applaud", "press", "implore",
    "exhort", "beg", "order", "instruct", "advise", "remind", "assure", "inform", "caution",
    "recognise", "recognize"})  # "recognised X as interim president": the one recognised
#: Nouns of a person in office: "recognised Venezuela's opposition leader" addresses the leader,
#: not the country that owns the title.
_PERSON_NOUNS = frozenset({"leader", "president", "head", "chief", "minister", "premier", "envoy", "ambassador"})
#: Verbs whose addressee follows a preposition ("called on", "appealed to", "complained to").
PREP_VERBS = {"call": ("on", "upon"), "appeal": ("to",), "complain": ("to",), "apologise": ("to",),
              "apologize": ("to",), "write": ("to",), "speak": ("to",), "plead": ("with",)}
#: Nouns of a message sent to someone ("in a letter to X", "sent a message to X", "issued an
#: ultimatum to X", "offered condolences to X").
MESSAGE_NOUNS = frozenset({"letter", "message", "note", "appeal", "plea", "petition", "ultimatum", "apology",
                           "condolence", "condolences", "congratulation", "congratulations", "greeting", "greetings",
                           "invitation", "request", "warning"})
#: Nouns of a stance for someone ("expressed solidarity with X", "reiterated its support to
#: the people of X", "voiced support for X").
SUPPORT_NOUNS = frozenset({"support", "solidarity", "backing", "sympathy", "gratitude", "thanks", "respect"})
#: Verbs whose object, when it is something of someone's ("welcomed X's decision", "rejected
#: the government's offer"), addresses its owner.
OWNER_VERBS = OBJECT_VERBS | frozenset({"welcome", "reject", "dismiss", "question", "slam", "criticise", "criticize",
                                        "denounce", "condemn", "applaud", "hail", "praise", "deplore", "decry"})
#: Verbs that demand something of someone.
DEMAND_VERBS = frozenset({"demand", "call", "urge", "ask", "press", "push", "seek", "want", "insist", "appeal"})
#: Nouns of someone's going: whose resignation is demanded is the one addressed.
OUSTER_NOUNS = frozenset({"resignation", "removal", "ouster", "departure", "impeachment", "dismissal",
                          "exit", "downfall", "overthrow", "sacking", "fall"})
#: Nouns of pressure or complaint directed "on" / "against" someone.
PRESSURE_NOUNS = frozenset({"pressure", "complaint", "accusation", "charge", "criticism", "attack", "call", "appeal",
                            "ultimatum", "demand"})

#: Group names too vague to address when they carry only a country ("the authorities" of a
#: country, "his supporters" that the text never ties to their leader).
_VAGUE_GROUPS = frozenset({"authorities", "supporters"})


def addressee_of(ctx: Context, verb: Token, speaker: str, kind: str | None = None) -> str | None:
    """The actor (not a place, not a relaying medium, not the speaker) ``verb``'s statement is
    directed at, or None. A criticism is also directed at the subject of what it reports ("said
    the U.S. was making a grave mistake")."""
    for tok in _candidates(verb):
        if tok.lower_ == "whom" and verb.dep_ == "relcl":  # "Erdogan, whom Biden has labeled an autocrat"
            tok = verb.head
        k = coref(ctx, tok, ("Person",), not_key=speaker) if tok.tag_ == "PRP$" and tok.lower_ in ("his", "her") \
            else actor_at(ctx, tok)
        if k and _ousted_government(tok):
            continue
        if k and tok.pos_ == "NOUN" and ctx.actors[k].type == "Country" and verb.lemma_.lower() in RECOGNITION_VERBS:
            continue  # "recognised Venezuela's opposition leader": the leader, not the country of the title
        if k and verb.lemma_.lower() == "tell" and tok.head.i == verb.i and ctx.actors[k].type == "Organization":
            continue  # "told The National", "told Parliament in Paris": the outlet or the body heard, no one addressed
        if k and k != speaker and not _medium(ctx, tok, k) and (_specific(ctx, k) or says_which(ctx, tok)):
            return k  # 'supporters of the reform' are specific enough
    if kind == "criticism":  # only a named leader or state: a body or a group is too often the reported news;
        # only indirect speech after its verb (a quotation before "said" is the speaker's own subject)
        for tok in (s for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i
                    for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"):
            k = actor_at(ctx, tok)
            if k and k != speaker and ctx.actors[k].type in ("Person", "Country"):
                return k
    return None


def _ousted_government(tok: Token) -> bool:
    """'demanding the resignation of the government', "calling for the government's
    resignation": the government a crowd wants gone, named by the bare noun, is what the demand
    is about, not a body it is addressed to (the real-article gold gives such demands no addressee)."""
    if tok.lower_ != "government" or any(c.dep_ in ("poss", "compound", "amod") for c in tok.children):
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    return head.lemma_.lower() in OUSTER_NOUNS


def _specific(ctx: Context, key: str) -> bool:
    """Whether actor ``key`` can be addressed: not a relaying medium, not a body named only
    as "the authorities", not supporters named without the one they support ("his supporters")."""
    rec = ctx.actors[key]
    if norm_media(rec.name) in L.MEDIA:
        return False
    words = rec.name.lower().split()
    return not (rec.type == "Group" and words[-1] in _VAGUE_GROUPS and len(words) <= 2)


#: Nouns that say a name is a medium's ("El Tiempo newspaper", "the broadcaster TBS", "the
#: daily Le Monde").
_MEDIUM_NOUNS = frozenset({"newspaper", "paper", "daily", "weekly", "broadcaster", "channel", "station", "tv", "television",
                           "magazine", "outlet", "website", "agency", "tabloid", "radio", "network"})
#: Nouns of the people of an outlet: one of them interviewing a speaker is the outlet.
_REPORTER_WORDS = frozenset({"correspondent", "reporter", "journalist", "anchor", "interviewer", "presenter",
                             "columnist", "editor", "host"})
#: Articles of other languages that open the names of newspapers ("Le Monde", "El Tiempo",
#: "Die Zeit", "La Repubblica"); an actor so named is rarely addressed in an English report.
_FOREIGN_ARTICLES = frozenset({"le", "la", "les", "el", "los", "las", "il", "die", "der", "das", "o"})
#: Last words of newspapers' and broadcasters' names ("The Independent", "The Daily Star",
#: "Channel News Asia"), and the endings of broadcasters' acronyms (PBS, ABC, NHK is not one).
_MEDIUM_LAST = frozenset({"times", "post", "guardian", "journal", "herald", "tribune", "telegraph", "gazette",
                          "chronicle", "observer", "independent", "daily", "mail", "express", "star", "standard",
                          "inquirer", "courier", "mirror", "examiner", "news", "tv", "television", "radio", "media"})


def _medium(ctx: Context, tok: Token, key: str) -> bool:
    """Whether the actor at ``tok`` is a newspaper or a broadcaster ("told The Independent",
    "told Le Monde", "told Thai PBS", "told El Tiempo newspaper"): the outlet an interview was
    given to is the source, not the one addressed. Read from the name's words and the nouns
    around it, since most outlets of the world are in no list."""
    rec = ctx.actors[key]
    if rec.type not in ("Organization", "Person"):
        return False
    if rec.type == "Person" and (any(w.lower() in _REPORTER_WORDS for w in rec.name.split()) or any(
            t.lemma_.lower() in _REPORTER_WORDS for t in tok.doc[tok.left_edge.i: tok.i])):
        return True  # "told CNN correspondent X", "told reporter X of the BBC": the outlet's own
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _MEDIUM_NOUNS:
        return True  # "told El Tiempo newspaper": the noun carries the name
    if tok.pos_ != "PROPN":
        return False
    words = rec.name.replace("\u2019", "'").split()
    low = [w.lower().strip("'") for w in words]
    if low[0] == "the":
        low, words = low[1:], words[1:]
    if not low:
        return False
    acronym = words[-1].isupper() and 2 <= len(words[-1]) <= 4 and words[-1][-2:] in ("BC", "BS", "TV", "NN")
    near = [tok.head, *tok.children] if tok.head.i != tok.i else list(tok.children)
    described = any(t.lemma_.lower() in _MEDIUM_NOUNS and t.pos_ == "NOUN" and not ctx.tok_actor[t.i] for t in near)
    return (acronym or described or low[-1] in _MEDIUM_LAST
            or low[0] in ("daily", "radio", "channel") and len(low) > 1
            or low[0] in _FOREIGN_ARTICLES and len(low) > 1 and rec.type == "Organization")


#: Verbs that call someone something ("called X a dictator", "described X as a partner").
_NAMING_VERBS = frozenset({"call", "describe", "dub", "term", "label", "brand"})


def _named_as(verb: Token) -> Iterator[Token]:
    """Whom a verb of naming calls something: its object when a complement or an "as" phrase
    follows ("called Petro a brother", "described X as a war criminal"), or the name the parser
    hung on the complement ("called [Xi a dictator]")."""
    said = [c for c in verb.children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"]
    if not said:
        return
    yield from (c for c in verb.children if c.dep_ == "dobj")
    yield from (x for c in said if c.dep_ == "oprd" for x in c.children
                if x.dep_ in ("nmod", "compound") and x.pos_ == "PROPN" and x.i < c.i)


def _candidates(verb: Token) -> Iterator[Token]:
    lemma = verb.lemma_.lower()
    if lemma in OBJECT_VERBS:
        yield from (c for c in verb.children if c.dep_ in ("dobj", "dative"))
    if lemma in _NAMING_VERBS:
        yield from _named_as(verb)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in PREP_VERBS.get(lemma, ()):
            yield from (p for p in c.children if p.dep_ == "pobj")
    yield from _sent_to(verb)
    if lemma in OWNER_VERBS:  # "welcomed X's decision", "rejected the government's offer", "praised his plan"
        yield from (p for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in _PERSON_NOUNS
                    for p in c.children if p.dep_ == "poss" and (p.pos_ != "PRON" or p.lower_ in ("his", "her")))
    if lemma in DEMAND_VERBS or lemma in _ASKED_FROM:
        yield from _demanded_of(verb)
        yield from _asked_from(verb)
        yield from _ouster_after(verb)
    for c in verb.children:  # "said ..., accusing Sonko of": the participle's object
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in OBJECT_VERBS:
            yield from (x for x in c.children if x.dep_ in ("dobj", "dative"))
    yield from _unrecognised(verb)
    yield from _urged_in(verb)
    yield from _pressed_by(verb)
    yield from _until(verb)
    yield from _asked_in(verb)
    for c in verb.children:  # "complaints against X", "vowed to maintain pressure on X"
        if c.dep_ == "dobj":
            yield from _pressured(c)
        elif c.dep_ == "xcomp":
            for x in c.children:
                if x.dep_ == "dobj":
                    yield from _pressured(x)


#: Nouns of what a speaker issues or makes ("issued a statement", "made an announcement").
_ISSUED_NOUNS = L.SPEECH_NOUNS | frozenset({"announcement", "resolution"})


def _urged_in(verb: Token) -> Iterator[Token]:
    """Whom a statement issued is for, told by a participle on the statement's noun: 'issued a
    statement urging X to resign', 'released a statement calling on X to investigate'."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _ISSUED_NOUNS):
        for x in noun.children:
            lemma = x.lemma_.lower()
            if x.dep_ != "acl" or x.tag_ != "VBG":
                continue
            if lemma in OBJECT_VERBS:
                yield from (o for o in x.children if o.dep_ in ("dobj", "dative"))
            for c in x.children:
                if c.dep_ == "prep" and c.lower_ in PREP_VERBS.get(lemma, ()):
                    yield from (p for p in c.children if p.dep_ == "pobj")


#: Verbs of bringing someone to act: the purpose of a call or a protest names whom it presses
#: ("called for strikes to pressure President X to resume talks", "marched to force the
#: government to withdraw the bill").
_PRESS_VERBS = frozenset({"pressure", "pressurise", "pressurize", "force", "compel", "push", "persuade", "convince"})


def _pressed_by(verb: Token) -> Iterator[Token]:
    """The object of a purpose infinitive of pressure hung on the verb, its object or what it
    calls for ('called for new demonstrations to pressure X to continue negotiations')."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    for h in heads:
        for x in h.children:
            if (x.dep_ in ("advcl", "acl", "xcomp") and x.tag_ == "VB" and x.lemma_.lower() in _PRESS_VERBS
                    and any(a.lower_ == "to" for a in x.children if a.dep_ == "aux")):
                yield from (o for o in x.children if o.dep_ == "dobj")


#: Verbs of recognition: who is refused it is the one the statement is about ("would not
#: recognise Maduro", "did not consider X the legitimate ruler", "refused to recognize the junta").
RECOGNITION_VERBS = frozenset({"recognise", "recognize", "consider", "acknowledge", "accept"})
_REFUSAL_VERBS = frozenset({"refuse", "decline", "reject"})


def _unrecognised(verb: Token) -> Iterator[Token]:
    """The object of a recognition the reported clause withholds (negated or refused)."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
    for c in clauses:
        if c.lemma_.lower() not in RECOGNITION_VERBS:
            continue
        refused = any(x.dep_ == "neg" for x in c.children) or (
            c.dep_ == "xcomp" and c.head.lemma_.lower() in _REFUSAL_VERBS)
        if refused:
            yield from (x for x in c.children if x.dep_ == "dobj")


#: Verbs that ask someone to act: "request X to step down".
_ASK_VERBS = DEMAND_VERBS | frozenset({"request", "order", "tell", "urge"})


def _asked_in(verb: Token) -> Iterator[Token]:
    """Who is asked to act in a reported decision: '[leaders] met and decided to request Mr. X
    and Prime Minister Y to step down, lawmaker Z said'."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB"]
    for c in clauses:
        for x in c.children:
            if (x.dep_ == "xcomp" and x.lemma_.lower() in _ASK_VERBS
                    and any(y.dep_ == "xcomp" and y.tag_ == "VB" for y in x.children)):
                yield from (y for y in x.children if y.dep_ == "dobj")


def _until(verb: Token) -> Iterator[Token]:
    """Who must act for the action to end: 'called for the protests to continue until President X
    agreed to sign', 'vowed to stay until X steps down'."""
    clauses = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp"))]
    for c in clauses:
        for x in c.children:
            if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in x.children):
                yield from (s for s in x.children if s.dep_ == "nsubj" and s.pos_ != "PRON")


def _demanded_of(verb: Token) -> Iterator[Token]:
    """Who must act or go: 'demand the resignation of X' / 'X's removal', 'call for X to step
    down', 'demand that X reverse course'."""
    asked = any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)
    for c in verb.children:
        if c.dep_ == "dobj":
            yield from _whose_going(c)
            if asked:  # "wanted Maduro to resign", "calling for PM X to step down" (X parsed the object)
                yield c
        elif c.dep_ == "prep" and c.lower_ == "for":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield from _whose_going(p)
                    if asked or any(x.dep_ in ("acl", "relcl", "xcomp") and x.tag_ == "VB" for x in p.children):
                        yield p  # "calling for PM Prayut to step down" (the infinitive on either word)
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            yield from (s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
            if c.dep_ == "xcomp":  # "urged X to ...", parsed with X the subject of the infinitive
                yield from _whose_going_in(c)


#: Verbs that ask something of someone "from" them ("pleaded for calm from the security forces").
_ASKED_FROM = frozenset({"plead", "request", "demand", "seek", "ask", "want", "expect"})


def _asked_from(verb: Token) -> Iterator[Token]:
    """Of whom something is asked: 'demanded answers from the government', 'pleaded for calm
    and patience from security forces' (the phrase hung on the verb, its object or what is
    asked for)."""
    asked = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    asked += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    asked += [x for a in asked[1:] for x in a.conjuncts]
    for a in asked:
        for c in a.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                yield from (p for p in c.children if p.dep_ == "pobj")


def _ouster_after(verb: Token) -> Iterator[Token]:
    """Whose going is demanded, read from the words right after the verb when a long sentence
    misleads the parser: 'demanded the resignation of Prime Minister X, the former president
    who ...', 'demanding nothing less than X's resignation'."""
    sent_end = verb.sent.end
    for t in verb.doc[verb.i + 1: min(verb.i + 8, sent_end)]:
        if t.is_punct and t.text not in ("'", "\u2019", "'s") or t.pos_ in ("VERB", "AUX"):
            return
        if t.lemma_.lower() not in OUSTER_NOUNS or t.pos_ != "NOUN":
            continue
        before = verb.doc[t.i - 1]
        if before.tag_ == "POS" and t.i >= 2:
            yield verb.doc[t.i - 2]  # "X's resignation", "the Ortegas' departure"
        elif before.tag_ == "PRP$":
            yield before  # "his resignation"
        elif t.i + 1 < sent_end and verb.doc[t.i + 1].lower_ == "of":
            yield from _first_name(verb.doc[t.i + 2: min(t.i + 7, sent_end)])  # "the resignation of X"
        return


def _first_name(span: Iterable[Token]) -> Iterator[Token]:
    """The first proper name's head word in ``span`` ("of Prime Minister X": X's last word)."""
    for x in span:
        if x.is_punct or x.pos_ in ("VERB", "AUX"):
            return
        if x.pos_ == "PROPN" and (x.dep_ != "compound" or x.head.i < x.i or x.head.pos_ != "PROPN"):
            yield x
            return


def _whose_going_in(clause: Token) -> Iterator[Token]:
    for c in clause.children:
        if c.dep_ == "dobj":
            yield from _whose_going(c)


def _whose_going(noun: Token) -> Iterator[Token]:
    if noun.lemma_.lower() not in OUSTER_NOUNS:
        return
    for c in noun.children:
        if c.dep_ == "poss":
            yield c
        elif c.dep_ == "prep" and c.lower_ == "of":
            yield from (p for p in c.children if p.dep_ == "pobj")


def _sent_to(verb: Token) -> Iterator[Token]:
    """Whom a message or a stance is for: 'In a letter to X, Y said', 'said in a message to X',
    'sent a letter to X', 'expressed solidarity with X', 'reiterated its support to the people of X'."""
    nouns = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "via")
             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in MESSAGE_NOUNS]
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS | SUPPORT_NOUNS]
    for noun in nouns + objs:
        preps = ("to",) if noun.lemma_.lower() in MESSAGE_NOUNS else ("to", "for", "with")
        # the parser hangs "to X" on the noun or, for an object, on the verb ("expressed solidarity with X")
        for c in [*noun.children, *(verb.children if noun in objs else ())]:
            if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i:
                for p in c.children:
                    if p.dep_ == "pobj":
                        yield from _people_of(p)


def _people_of(tok: Token) -> Iterator[Token]:
    """'the people of Sri Lanka', 'the government of X': the country or body they stand for, then the noun."""
    if tok.lemma_.lower() in ("people", "nation", "citizen", "government", "family") and tok.pos_ == "NOUN":
        yield from (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")
    yield tok


def _pressured(noun: Token) -> Iterator[Token]:
    if noun.lemma_.lower() not in PRESSURE_NOUNS:
        return
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon"):
            yield from (p for p in c.children if p.dep_ == "pobj")
