"""Which verbs report speech and which only look like it: the constructions of real news
that make a statement without a plain speech verb ("called a strike", "asked X to",
"described X as", a headline's verb, a protest's participles) and those that make none
("reported hospitalized", "dismissed the government", "has not made any statement")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["STATEMENT_VENUES", "asks_for", "states_noun", "noun_kind", "asks_to", "calls_protest", "formal_act", "headline_verb", "in_statement", "names_as",
           "negated", "not_said", "unsaid", "protest_purpose", "protest_aim", "protest_clause", "PURPOSE_VERBS", "puts_figure", "removes_from_office", "reported_state", "says_something", "says_that", "defends_measure",
           "welcomed_thing"]


def protest_purpose(ctx: Context, verb: Token) -> str | None:
    """'Thousands took to the streets on Wednesday, calling for an end to X and demanding Y':
    a speech participle on a protest whose subject names no one speaks for the protesters,
    as does each participle conjoined with it."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or head.pos_ != "VERB" or head.i == verb.i:
        return None
    subj = subject(ctx, head)
    if subj is not None and actor_at(ctx, subj) is not None and ctx.actors[actor_at(ctx, subj) or ""].type != "Group":
        return None
    lemma = head.lemma_.lower()
    protest = (lemma in L.PROTEST_VERBS | L.GATHER_VERBS
               or lemma == "take" and any(x.lower_ == "streets" for x in head.subtree)
               or any(x.lemma_.lower() in L.PROTEST_NOUNS and x.dep_ in ("dobj", "pobj") and x.head.i in (
                   head.i, *(p.i for p in head.children if p.dep_ == "prep")) for x in head.subtree))
    return ctx.home_group("protesters") if protest else None


#: Verbs that go out into the streets with "streets" as their place ("took to the streets", "came
#: out onto the streets", "poured into the streets").
_STREET_VERBS = frozenset({"take", "come", "go", "pour", "spill", "flood", "head", "return", "descend"})


def protest_clause(ctx: Context, head: Token) -> bool:
    """Whether ``head`` tells a protest happening: a verb of protest or gathering ("marched",
    "rallied"), one that goes into the streets ("took to the streets"), one whose object is a
    protest ("joined a march", "participated in a march", "staged a sit-in", "blocked roads"),
    a protest noun itself ("a strike to protest ...") or a protest called ("the demonstration
    was called to ...")."""
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":
        return lemma in L.PROTEST_NOUNS
    if head.pos_ != "VERB":
        return False
    if lemma in L.PROTEST_VERBS | L.GATHER_VERBS or lemma == "block" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("road", "street", "highway") for c in head.children):
        return True
    preps = [head, *(p for p in head.children if p.dep_ in ("prep", "prt"))]
    objs = [c for h in preps for c in h.children if c.dep_ in ("dobj", "pobj", "nsubjpass")]
    return any(o.lemma_.lower() in L.PROTEST_NOUNS for o in objs) or lemma in _STREET_VERBS and any(
        o.lower_ in ("streets", "street") for o in objs)


#: Verbs of a protest's purpose that are no speech verbs, and the statement they make: "to
#: protest (against) X" criticises X, "to oppose X" rejects it.
PURPOSE_VERBS = {"oppose": "rejection"}


def protest_aim(ctx: Context, verb: Token) -> bool:
    """'Thousands took to the streets to oppose the bill', 'joined a march to demand justice',
    'blocked roads to press their demands': the infinitive purpose of a protest whose subject
    names no one but a group speaks for the protesters."""
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i or not (protest_clause(ctx, head) or _crowd_on_streets(head)):
        return False
    if any(a.lemma_.lower() in L.REPORTING_VERBS for a in head.ancestors):
        return False  # "thousands rallied to oppose it, organisers said": the organisers' words
    subj = subject(ctx, head) if head.pos_ == "VERB" else None
    k = actor_at(ctx, subj) if subj is not None else None
    return k is None or ctx.actors[k].type == "Group"


def _crowd_on_streets(noun: Token) -> bool:
    """'with thousands again on the streets to protest X': people counted out in the streets
    (the parse hangs the purpose on the number) are a protest too."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _COUNTED and any(
        p.dep_ == "prep" and p.lower_ in ("on", "in", "into", "onto") and any(
            o.dep_ == "pobj" and o.lower_ in ("streets", "street") for o in p.children) for p in noun.children)


#: Counted people, out in the streets ("thousands on the streets").
_COUNTED = frozenset({"thousand", "hundred", "dozen", "million", "people", "crowd", "protester", "demonstrator"})


def reported_state(t: Token) -> bool:
    """'with 20 protesters reported hospitalized', '3 reported dead': a passive participle
    without an agent or a "have" tells what is known, and who told it is nobody named."""
    return (t.lemma_.lower() in ("report", "say") and t.tag_ == "VBN" and t.dep_ != "ROOT"
            and not any(c.dep_ in ("agent", "aux", "auxpass") for c in t.children)
            and any(c.dep_ in ("xcomp", "oprd", "acomp") for c in t.children))


#: What a refusal that is a statement refuses: to accept, to go, to talk ("refused to step down").
_REFUSED = L.ACCEPT_VERBS | L.RESIGN_VERBS | frozenset({"negotiate", "talk", "comply", "cooperate", "back", "withdraw",
                                                        "answer", "respond", "comment", "meet", "attend", "release"})
#: Those a host welcomes: the welcome is hospitality, not praise.
_GUEST_NOUNS = frozenset({"guest", "visitor", "delegation", "delegate", "tourist", "participant", "dignitary"})


#: Saying without content: "refused to comment", "declined to say how many", "would not elaborate".
_NO_COMMENT = frozenset({"comment", "say", "speak", "elaborate", "discuss", "reveal", "disclose", "specify", "name"})


#: What one leaves by going from office ("refused to leave office", "to leave power").
_OFFICES = frozenset({"office", "power", "post", "position", "presidency", "premiership", "job", "seat", "throne"})


def _leaves_a_place(act: Token) -> bool:
    """'refused to leave the campuses', 'refused to leave the square': staying put, an act, not
    a refusal to go from office ('refused to leave office' is one)."""
    return act.lemma_.lower() == "leave" and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in _OFFICES for c in act.children)


def not_said(verb: Token) -> bool:
    """'after he refused to salvage a deal': a refusal to act, not one to accept or to go;
    'refused to comment': a refusal to speak says nothing; 'it has welcomed important
    guests': hospitality."""
    lemma = verb.lemma_.lower()
    if lemma == "refuse":
        acts = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        return bool(acts) and all(a.lemma_.lower() in _NO_COMMENT or a.lemma_.lower() not in _REFUSED | set(L.SPEECH_VERBS)
                                  or _leaves_a_place(a) for a in acts)
    return lemma == "welcome" and any(c.dep_ == "dobj" and c.lemma_.lower() in _GUEST_NOUNS for c in verb.children)


_OFFICE_NOUNS = frozenset({"government", "cabinet", "minister", "official", "officials", "chief", "head", "commander",
                           "director", "governor", "mayor", "judge", "prosecutor", "staff", "employee", "officer"})


def removes_from_office(ctx: Context, verb: Token) -> bool:
    """'moved to dismiss the regional government', 'dismissed the police chief': removed from
    office, not a claim dismissed ('dismissed the accusations') nor people taken for something
    ('dismissed the protesters as puppets')."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _OFFICE_NOUNS or c.ent_type_ == "PERSON")
               for c in verb.children)


def headline_verb(t: Token) -> bool:
    """'Protesters demand ouster of prime minister': a headline's present-tense speech verb the
    parser read as a noun, at the root of its sentence with a subject and an object of its own."""
    return (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_ == "NN"
            and any(c.dep_ == "nsubj" and c.i < t.i and c.tag_ in ("NNS", "NNPS") for c in t.children)
            and any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > t.i for c in t.children))


def calls_protest(ctx: Context, t: Token) -> bool:
    """'The union called a general strike', 'organisers called a rally for Sunday': an actor
    calling a protest makes it known (not 'called a meeting', not 'called him a traitor')."""
    return (t.lemma_.lower() == "call" and subject(ctx, t) is not None and not any(c.dep_ == "oprd" for c in t.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in L.PROTEST_NOUNS for c in t.children))


#: Modals that make a speech verb a possibility or a plan: "may call for a strike", "will announce".
_UNREAL_MODALS = frozenset({"will", "'ll", "\u2019ll", "shall", "may", "might", "could", "can", "must", "should", "wo"})
#: Heads whose "to" complement has not happened: "plans to announce", "declined to say", "failed to condemn".
_UNDONE_HEADS = frozenset({"plan", "intend", "expect", "want", "wish", "hope", "decline", "fail", "prepare", "aim", "set",
                           "due", "likely", "seek", "try", "attempt", "go", "need", "like", "able", "unable", "scheduled",
                           "poise", "reluctant", "unwilling", "hesitate"})


def unsaid(verb: Token) -> bool:
    """A speech verb that reports nothing said (issue 10: no statement from a question or a
    hypothetical): negated ("did not condemn", "never denied"; not "did not rule out", which
    says something), a possibility or a plan ("may call for", "will announce", "plans to
    announce", "declined to say"), a condition ("if he calls for a strike"), or a question
    ("did not say whether ...")."""
    kids = list(verb.children)
    if verb.lemma_.lower() != "rule" and any(
            (c.dep_ == "neg" and not (c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].lower_ == "only"))
            or (c.dep_ == "advmod" and c.lower_ == "never") for c in kids):
        return True
    if any(c.dep_ == "aux" and c.lower_ in _UNREAL_MODALS for c in kids):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and (head.lemma_.lower() in _UNDONE_HEADS or head.lower_ in _UNDONE_HEADS):
        # but "went on to say": said next
        return not (head.lemma_.lower() == "go" and head.tag_ in ("VBD", "VBZ") and any(
            c.dep_ == "prt" and c.lower_ == "on" for c in head.children))
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    return bool(clauses) and all(any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
                                 for c in clauses)


def negated(verb: Token) -> bool:
    """'has not made any statement', 'gave no interview': a statement nobody made."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)


STATEMENT_VENUES = frozenset({"statement", "interview", "address", "speech", "communique", "communiqu\u00e9",
                               "tweet", "post", "letter", "declaration"})


def formal_act(ctx: Context, verb: Token) -> bool:
    """A declaration made by a formal act: "the White House recognised the opposition leader
    as president", "X swore himself in as president" (not "recognised that ...", which
    acknowledges, nor a recognition asked for: "called on them to recognise X")."""
    lemma = verb.lemma_.lower()
    if lemma in ("recognise", "recognize") and _recognised_by(ctx, verb):
        return True
    if verb.dep_ not in ("ROOT", "conj") or any(c.dep_ in ("neg", "ccomp", "nsubjpass") for c in verb.children):
        return False
    if lemma == "swear":
        return any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in verb.children) and any(
            c.dep_ in ("prt", "prep") and c.lower_ == "in" and not list(c.children) for c in verb.children)
    if lemma not in ("recognise", "recognize"):
        return False
    subj = subject(ctx, verb)
    return subj is not None and actor_at(ctx, subj) is not None and any(
        c.dep_ == "dobj" and actor_at(ctx, c) is not None for c in verb.children)


def _recognised_by(ctx: Context, verb: Token) -> bool:
    """'X was quickly recognised by Ukraine, Moldova and Poland as interim president': the
    passive of a recognition, its recognisers the agents (actors), the one recognised a person
    or a body (not 'a problem recognised by experts')."""
    if verb.tag_ != "VBN" or any(c.dep_ == "neg" for c in verb.children):
        return False
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if not agents or not all(actor_at(ctx, a) for a in agents):
        return False
    held = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ == "acl" else [])
    return any(h.pos_ in ("PROPN", "PRON") or actor_at(ctx, h) for h in held)


def in_statement(verb: Token) -> bool:
    """'The White House recognized X in a statement', 'spoke of Y as a murderer in an
    interview': what someone does in a statement or an interview is a statement."""
    if verb.lemma_.lower() in ("be", "appear", "have", "publish", "post", "issue", "release", "read"):
        return False
    if verb.lemma_.lower() in ("speak", "talk") and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in ("of", "about", "out", "against", "on") for c in verb.children):
        return False  # "spoke in a televised speech": the venue of words given elsewhere, nothing said here
    preps = [c for t in (verb, *(o for o in verb.children if o.dep_ == "dobj")) for c in t.children
             if c.dep_ == "prep" and c.lower_ == "in"]  # "recognised X's victory [in a statement]"
    return any(p.dep_ == "pobj" and p.lemma_.lower() in STATEMENT_VENUES and any(
        d.dep_ in ("det", "poss") and d.lower_ != "the" for d in p.children) for c in preps for p in c.children)


def welcomed_thing(ctx: Context, verb: Token) -> bool:
    """'The move was welcomed by X': a passive welcome of a thing, not of a guest, with its agent."""
    return any(c.dep_ == "agent" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and actor_at(ctx, c) is None for c in verb.children)


def asks_for(verb: Token) -> bool:
    """'marched to ask for the release of ...', 'asked the police to stand down': a request,
    not a question put to someone."""
    return verb.lemma_.lower() == "ask" and (any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
                                             or asks_to(verb))


def asks_to(verb: Token) -> bool:
    """'asked the police to stand down': someone asked to do something."""
    return verb.lemma_.lower() == "ask" and any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children)


#: Verbs that only attribute a quotation but report speech with a "that" clause of their own:
#: "posted on Facebook that ...", "recalled that ...", "replied that ...".
_CLAUSE_QUOTE_VERBS = frozenset({"post", "recall", "reply", "respond", "answer", "speak"})


def says_that(verb: Token) -> bool:
    """'X posted on Facebook that the police had fired', 'replied that he would not resign': a
    quote-only verb with a finite "that" clause (its subject and its "that") reports speech."""
    if verb.lemma_.lower() not in _CLAUSE_QUOTE_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
        x for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
        for x in n.children if x.dep_ in ("acl", "relcl") and x.i > n.i]
    return any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that" for x in c.children) for c in clauses)


def defends_measure(ctx: Context, verb: Token) -> bool:
    """'The ministry defended the arrests', 'has defended a package of reforms': defending a
    measure, a decision or a record (a common noun that names no actor) is said; defending a
    place, a person or oneself ('troops defended the palace', 'defended himself') is not."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.pos_ == "NOUN" and ctx.tok_actor[o.i] is None and o.ent_type_ == ""
                              and o.lemma_.lower() not in _DEFENDED_PLACES for o in objs)


#: What troops and crowds defend: places and people, not measures.
_DEFENDED_PLACES = frozenset({"city", "town", "palace", "building", "square", "border", "country", "territory", "capital",
                              "position", "barricade", "camp", "home", "house", "life", "people", "family", "right",
                              "rights", "freedom", "honour", "honor", "title"})


def names_as(ctx: Context, verb: Token) -> bool:
    """'described the vote as a farce', 'called the vote a sham', 'branded them traitors': what
    someone calls a thing, said in the writer's words (quoted words are the quotation's)."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("speak", "refer"):  # "spoke of the president as a dictator", "referred to them as thugs"
        objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "about")
                for p in c.children if p.dep_ == "pobj"]
        lemma = "describe"
    if lemma not in ("describe", "label", "brand", "call") or not objs or any(o.tag_ in ("WP", "WDT") for o in objs):
        return False  # "what it calls interference": the writer distancing, no statement
    named = [c for c in verb.children if c.dep_ == "oprd" or (
        c.dep_ == "prep" and c.lower_ == "as" and lemma != "call")]
    return bool(named) and not any(ctx.in_quote[x.i] for n in named for x in n.subtree)


def says_something(noun: Token) -> bool:
    """'issued a statement condemning ...', 'gave accounts of ...', 'renewed calls for ...',
    'issued three demands' -- not 'made the statement in a press conference' (whose words
    follow elsewhere)."""
    named = noun.lemma_.lower() in L.SPEECH_EVENT_NOUNS  # "a demand", "calls": what they ask is said
    return any(c.dep_ in ("acl", "relcl", "ccomp", "appos") or (c.dep_ == "prep" and c.lower_ in (
        "on", "about", "of", "against", "over", "to", "regarding", "concerning")) or (named and (
            c.dep_ == "nummod" or c.dep_ == "prep" and c.lower_ == "for")) for c in noun.children)


def noun_kind(verb: Token) -> str:
    """The kind of a statement made by a light verb and its noun: the noun's own ('renewed
    calls for', 'issued three demands': a demand; 'voiced criticism'), else the speech verb of
    what it says ('a statement condemning ...': criticism), else a claim."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in L.SPEECH_NOUNS | L.SPEECH_EVENT_NOUNS.keys()):
        if noun.lemma_.lower() == "warning" and any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
            return "demand"  # "warnings against attending the rally": do not
        if noun.lemma_.lower() in L.SPEECH_EVENT_NOUNS:
            return L.SPEECH_EVENT_NOUNS[noun.lemma_.lower()]
        for c in noun.children:
            kind = L.SPEECH_VERBS.get(c.lemma_.lower()) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" else None
            if kind and not (c.lemma_.lower() == "call" and not any(p.lower_ in ("for", "on") for p in c.children)):
                return kind
    return "claim"


def puts_figure(t: Token) -> bool:
    """'police put turnout at 2,000', 'the opposition put the figure at 50,000', '..., while
    police put it at 30,000' (a number after "at")."""
    lemma = t.lemma_.lower()
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if lemma in _FIGURE_GIVERS:  # "local authorities provided a much lower estimate of 300,000"
        return any(c.lemma_.lower() in _GIVEN_FIGURES and any(x.like_num for x in c.subtree) for c in objs)
    if lemma in ("raise", "revise", "lower", "update"):  # "rights observers have raised this figure to 60"
        return any(c.lemma_.lower() in L.FIGURE_NOUNS for c in objs) and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(x.like_num for x in c.subtree) for c in t.children)
    if lemma not in ("put", "place"):
        return False
    ats = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "at"]
    after = [x for x in t.subtree if x.i > t.i]  # "at well over a million": the parser loses the "at"
    loose = any(x.lower_ == "at" for x in after) and any(x.like_num for x in after)
    return any(c.lemma_.lower() in L.FIGURE_NOUNS and (ats or loose) or c.lower_ == "it" and any(
        x.like_num for a in ats for x in a.subtree) for c in objs)


#: Verbs that give a figure ("provided an estimate of 300,000", "released a toll of 21").
_FIGURE_GIVERS = frozenset({"give", "provide", "offer", "release", "publish", "issue"})
_GIVEN_FIGURES = frozenset({"estimate", "figure", "toll", "tally", "count"})


#: Verbs that make a demand, a warning or an ultimatum known by naming it ("sent out
#: warnings", "presented ten demands", "spelled out their demands", "reaffirmed its demands").
_STATING_VERBS = frozenset({"send", "present", "spell", "reaffirm", "set", "lay", "put", "outline", "list", "submit"})


def states_noun(t: Token) -> bool:
    """'Opposition leaders issued a stark ultimatum to X', 'authorities sent out strong
    warnings against ...', 'the movement reaffirmed its three demands': a verb that issues,
    repeats or sets out a speech-event noun (not a call, which may be a telephone's) says it,
    whatever follows the noun; not a negated one ('made no demands')."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in L.LIGHT_SPEECH_VERBS | L.RENEW_VERBS | _STATING_VERBS:
        return False
    if t.lemma_.lower() in ("set", "lay", "put", "spell") and not any(c.dep_ == "prt" and c.lower_ in ("out", "forward")
                                                                      for c in t.children):
        return False  # "set out", "laid out", "put forward", "spelled out"; not "put the figure at"
    return any(c.dep_ == "dobj" and c.lemma_.lower() in L.SPEECH_EVENT_NOUNS.keys() - {"call"}
               and not any(d.lower_ in ("no", "any") for d in c.children) for c in t.children) and not negated(t)
