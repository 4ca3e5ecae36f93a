"""Which words report a protest of the day.

A protest noun ("rally", "demonstrations"), a protest verb with a subject ("thousands
marched"), protesters acting ("protesters stormed the residence") or a crowd dispersed
or detained is a cue; whether the cue tells background, a plan or a hypothetical instead
is :mod:`kg.extract.protest_background`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at, subject
from kg.extract.protest_background import INTEND_VERBS as _INTEND_VERBS
from kg.extract.protest_background import MODALS as _MODALS
from kg.extract.protest_background import PLAN_VERBS, date_head, nationwide, not_an_event, present_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["is_protest", "street_clash", "not_an_event", "PLAN_VERBS", "nationwide", "present_date", "date_head", "ERUPT_VERBS",
           "CAUSE_VERBS", "protest_cues", "clash_cues"]

_RIOT_VERBS = frozenset({"storm", "attack", "assault", "ransack", "torch", "besiege", "break", "occupy", "vandalise",
                         "vandalize", "smash", "invade", "loot"})
_CROWD_VERBS = frozenset({"pack", "fill", "flood", "throng", "pour", "gather", "march", "rally", "mass", "assemble",
                          "converge", "swarm", "crowd", "demonstrate", "walk", "stream", "surge", "descend", "parade",
                          "flock"})
# "flooded the streets", "filled the streets": a crowd in the streets
_FILL_VERBS = frozenset({"flood", "fill", "pack", "throng", "jam", "crowd", "choke", "swamp"})
# "hundreds blocked the highway": a crowd stopping traffic or taking a site
_BLOCK_VERBS = frozenset({"block", "barricade", "blockade", "occupy", "seize", "paralyse", "paralyze", "shut"})
_ROADS = frozenset({"road", "highway", "street", "bridge", "traffic", "junction", "intersection", "avenue",
                    "motorway", "thoroughfare", "route", "railway", "track", "roundabout", "expressway"})
ERUPT_VERBS = frozenset({"break", "erupt", "flare", "spread", "sweep", "rock", "grip"})
CAUSE_VERBS = frozenset({"prompt", "spark", "trigger", "provoke", "cause", "ignite", "unleash", "fuel", "touch"})
# street protest words beyond the lexicon's: "riots in the capital", "a candlelight vigil"
_STREET_NOUNS = frozenset({"riot", "riots", "vigil", "vigils", "mobilization", "mobilisation", "mobilizations", "unrest",
                           "mobilisations", "procession", "processions", "cacerolazo", "cacerolazos"})
# what a pot-banging protest bangs
_POTS = frozenset({"pot", "pan", "saucepan", "casserole", "pots", "pans", "saucepans", "casseroles", "cookware", "kettle"})
# a fight between two sides: "clashes between students and police", "a confrontation with police"
_CLASH_NOUNS = frozenset({"clash", "clashes", "confrontation", "scuffle", "skirmish"})
# the sides of a street clash (not of a border clash between armies)
_CROWD_SIDES = frozenset({"police", "policeman", "officer", "protester", "protestor", "demonstrator", "student",
                          "supporter", "youth", "gendarme", "marcher", "rioter", "crowd"})
_POLICE = frozenset({"police", "policeman", "officer", "force", "troops", "soldier", "gendarme", "army"})
# force used on a crowd: "fired tear gas at protesters", "clashed with demonstrators"
_FORCE_VERBS = frozenset({"fire", "shoot", "clash", "charge", "baton-charge", "open", "spray", "lob", "use", "scuffle",
                          "tussle", "grapple", "fight", "battle", "skirmish", "beat", "crack"})
# harm done to a crowd: "dozens of demonstrators were injured", "protesters were met with tear gas"
_HARM_VERBS = frozenset({"injure", "wound", "hurt", "meet"})
_WEAPONS = frozenset({"gas", "teargas", "force", "bullet", "bullets", "cannon", "cannons", "baton", "batons", "violence",
                      "fire", "grenade", "grenades", "pellet", "pellets"})
# force used on a crowd told with the crowd as object: "police beat demonstrators"
_BEAT_VERBS = frozenset({"beat", "charge", "attack", "chase", "club", "assault", "baton-charge", "drag", "push",
                         "tear-gas", "teargas", "pepper-spray", "kettle", "surround", "repel", "repulse",
                         # a crowd driven from where it stands: "police drove away protesters", "cleared protesters from"
                         "drive", "clear", "remove", "evict", "expel", "scatter", "dislodge", "oust"})


# the sides of a war, not of a street: "clashes between the army and rebels"
_ARMED = frozenset({"army", "armies", "rebel", "rebels", "militant", "militants", "troops", "militia", "militias",
                    "insurgent", "insurgents", "fighter", "fighters", "border", "armed", "tribal", "jihadist",
                    "jihadists", "guerrilla", "guerrillas", "soldiers", "military"})


def street_clash(ctx: Context, t: Token) -> bool:
    """ "Clashes also broke out in Chattogram", "killed in clashes around the country": in a report
    of protests, clashes whose sides go unnamed are the street's (those with named sides are
    :func:`is_protest`'s); not in a sentence about armed forces. One clash counts when its place
    follows ("three died in a confrontation in the La Luna sector of Cali")."""
    return (t.pos_ == "NOUN" and t.lemma_.lower() in _CLASH_NOUNS and t.dep_ != "compound"
            and (t.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children))
            and not ctx.in_quote[t.i] and not is_protest(ctx, t) and not any(x.lower_ in _ARMED for x in t.sent))


def _police(subj: Token) -> bool:
    """Whether a subject is the police or the army ("riot police", "hundreds of soldiers")."""
    heads = [subj, *(p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)]
    return any(h.lemma_.lower() in _POLICE or h.lemma_.lower() in ("authority", "official", "government", "security")
               for h in heads)


def _crowd(tok: Token) -> bool:
    """ "protesters", "the crowd", "thousands of demonstrators"."""
    if tok.lemma_.lower() in (*L.PROTESTER_NOUNS, "crowd", "youth", "rioter", "mob", "student"):
        return True  # "police clashed with stone-throwing youths"
    return tok.lemma_.lower() in L.QUANTITY_NOUNS and any(
        p.lemma_.lower() in L.PROTESTER_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children)


# who goes back to the streets: a crowd, a count of people, a side of the protest
_RETURNERS = frozenset({"thousand", "hundred", "ten", "dozen", "crowd", "people", "many", "resident", "supporter",
                        "protester", "demonstrator", "student", "youth", "worker", "citizen", "thousands", "hundreds",
                        "tens", "dozens", "crowds"})
_RIOTERS = frozenset({"supporter", "protester", "demonstrator", "mob", "rioter", "crowd"})


def _rioters(t: Token) -> Token | None:
    """Who did a riot verb that has no subject: the agent of a passive ("buildings were stormed
    by supporters"), or a crowd read as the object of the "after" before the verb ("after
    supporters of X stormed the palace", an advcl whose subject went to the preposition)."""
    for c in t.children:
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    if t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        for c in t.head.children:
            if c.dep_ == "prep" and c.lower_ in ("after", "as", "when", "before") and c.i < t.i:
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and max(x.i for x in c.subtree) == t.i - 1:
                    return pobj
    return None


def _they_protesters(ctx: Context, subj: Token) -> bool:
    """ "they" after a sentence whose subject is protesters or a crowd: the protesters."""
    if subj.lower_ != "they" or subj.pos_ != "PRON" or ctx.in_quote[subj.i]:
        return False
    sent = subj.sent
    prev = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    return prev is not None and not any(x.lemma_.lower() in _POLICE for x in sent if x.i < subj.i) and any(
        x.dep_ in ("nsubj", "nsubjpass") and (_crowd(x) or x.lemma_.lower() in _RIOTERS) and not ctx.in_quote[x.i]
        for x in prev)


def _tried(t: Token) -> bool:
    """ "protesters tried to storm the airport", "had attempted to block the road": an attempt told
    in the past is an act of the day (not a plan: "planned to", "vowed to", nor "will try to")."""
    head = t.head
    return (t.dep_ == "xcomp" and t.tag_ == "VB" and head.lemma_.lower() in ("try", "attempt") and head.tag_ in ("VBD", "VBN")
            and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children))


def _subj(t: Token) -> Token | None:
    """The subject of verb ``t``, or of the attempt it is the aim of ("protesters tried to storm ...")."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None and _tried(t):
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    return subj


def _shared_subj(t: Token) -> Token | None:
    """The subject of verb ``t``, or of the verb it is conjoined to ("crowds burned tyres and
    blocked roads"): for the verbs whose subject must be a crowd."""
    subj = _subj(t)
    if subj is None and t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(c.dep_ == "nsubjpass" for c in t.children):
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    return subj


# what a strike leaves: "walked out of classes", "walked off the job", "downed tools", "stopped work"
_WORKPLACES = frozenset({"class", "classes", "school", "schools", "work", "job", "jobs", "factory", "factories", "plant",
                         "lecture", "lectures", "campus", "campuses", "office", "offices", "hospital", "hospitals",
                         "mine", "mines", "shift", "shifts", "exam", "exams", "workplace", "workplaces"})
# a blockade set up by a crowd: "farmers staged a blockade of the highway", "truckers set up roadblocks"
_BLOCKADE_NOUNS = frozenset({"blockade", "blockades", "roadblock", "roadblocks", "road-block", "road-blocks"})
_BLOCKADE_VERBS = frozenset({"stage", "set", "mount", "erect", "man", "maintain", "hold", "put", "build", "begin", "start",
                             "lift", "end"})


def strike_verb(t: Token) -> bool:
    """A strike told by its verb, with a subject that is a group of people ("nurses walked off the
    job", "students walked out of classes", "miners downed tools", "dock workers stopped work",
    "students boycotted classes"): not one person, not the police; a plural subject (or a
    capitalised one that opens the sentence, "Farmers", which the model may read as a name)."""
    if t.pos_ != "VERB" or not _main_clause(t):
        return False
    subj = _shared_subj(t)
    if subj is None or not (subj.tag_ in ("NNS", "NNPS") or subj.lower_.endswith("s") and subj.i == t.sent.start) or _police(subj):
        return False
    lemma = t.lemma_.lower()
    kids = list(t.children)
    outs = [c for c in kids if c.dep_ in ("prt", "prep") and c.lower_ in ("out", "off")]
    if lemma == "walk" and outs:  # "walked off the job", "walked out of classes", "walked out on Monday"
        objs = [c for c in kids if c.dep_ == "dobj"] + [p for o in outs for p in o.children if p.dep_ == "pobj"]
        objs += [p for o in outs for x in o.children if x.dep_ == "prep" for p in x.children if p.dep_ == "pobj"]
        return not objs or any(p.lower_ in _WORKPLACES for p in objs)
    if lemma in ("down", "lay") and any(c.dep_ == "dobj" and c.lower_ == "tools" for c in kids):
        return True
    return lemma in ("boycott", "abandon") and any(  # "students boycotted classes"
        c.dep_ == "dobj" and c.lower_ in _WORKPLACES and not any(x.dep_ == "poss" for x in c.children) for c in kids)


def _blockade(t: Token) -> bool:
    """ "farmers staged a blockade of the highway", "truckers set up roadblocks on highways": a
    blockade a crowd sets up (not a naval or economic one, not the police's)."""
    verb = t.head.lemma_.lower()
    if verb == "stag":
        verb = "stage"  # the model's lemma of "staged"
    if t.pos_ != "NOUN" or t.lower_ not in _BLOCKADE_NOUNS:
        return False
    if any(c.lower_ in ("naval", "economic", "trade", "maritime", "military", "police", "army") for c in t.children):
        return False
    if t.dep_ == "nsubjpass" and verb in _BLOCKADE_VERBS | {"report", "see"} or t.dep_ == "nsubj" and verb in (
            "go", "spring", "appear") and any(c.dep_ == "prt" and c.lower_ == "up" for c in t.head.children):
        # "road blockades were reported in A, B and C", "roadblocks went up in A" (not the police's or an army's)
        return not any(x.lower_ in _ARMED or _police(x) for c in t.head.children if c.dep_ == "agent" for x in c.subtree) \
            and not any(x.lower_ in _ARMED for x in t.sent)
    if t.dep_ != "dobj" or verb not in _BLOCKADE_VERBS:
        return False
    subj = _subj(t.head)
    return subj is not None and not _police(subj) and subj.lower_ not in _ARMED and not any(x.lower_ in _ARMED for x in t.sent)


def _come_out(t: Token) -> bool:
    """ "about 2,000 people came out in Grodno", "thousands turned out": a crowd that came (the
    caller checks that the subject is one)."""
    return t.lemma_.lower() in ("come", "turn") and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)


def _main_clause(t: Token) -> bool:
    """Whether verb ``t`` tells an act of its own: not a clause describing a noun ("protesters
    who blocked roads"), except a place's "where" clause ("Puno, where protesters blocked roads")."""
    return t.dep_ not in ("relcl", "acl") or (t.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in t.children))


#: The words :func:`is_protest` has rules for as nouns (or any tag): any other word is a cue only as a verb.
_NOUN_CUES = L.PROTEST_NOUNS | _STREET_NOUNS | _CLASH_NOUNS | _BLOCKADE_NOUNS | {"sit", "streets", "battle", "crowd", "throng",
                                                                               "movement", "chain"}


def protest_cues(ctx: Context, sent: Span) -> list[Token]:
    """The tokens of ``sent`` that :func:`is_protest` takes, asked only of its verbs and of the words
    the rules for other tags name (read from the article's lists, no Token made for the others)."""
    poses, lemmas, lowers, doc = ctx.poses, ctx.lemmas, ctx.lowers, ctx.doc
    return [doc[i] for i in range(sent.start, sent.end)
            if (poses[i] == "VERB" or lemmas[i] in _NOUN_CUES or lowers[i] in _NOUN_CUES) and is_protest(ctx, doc[i])]


def clash_cues(ctx: Context, sent: Span) -> list[Token]:
    """The tokens of ``sent`` that may be a :func:`street_clash`: its clash nouns."""
    poses, lemmas = ctx.poses, ctx.lemmas
    return [ctx.doc[i] for i in range(sent.start, sent.end) if poses[i] == "NOUN" and lemmas[i] in _CLASH_NOUNS]


def is_protest(ctx: Context, t: Token) -> bool:
    if ctx.in_quote[t.i] or t.ent_type_ == "DATE":
        return False
    lemma = t.lemma_.lower()
    low = t.lower_
    pos = t.pos_  # read once: each Token.pos_ looks the tag up again
    protest_noun = lemma in L.PROTEST_NOUNS or low in L.PROTEST_NOUNS
    street_noun = lemma in _STREET_NOUNS or low in _STREET_NOUNS
    # "Sunday's march in X", "Unrest broke out in X": a common noun read as a name (the sentence
    # asked only of such a word: Token.sent walks back to the sentence's start)
    noun = (protest_noun or street_noun) and (
        pos == "NOUN" or (pos == "PROPN" and not t.ent_type_ and (t.text.islower() or t.i == t.sent.start)))
    if lemma == "chain" and pos == "NOUN":  # "formed a human chain from Vilnius to Riga"
        return t.dep_ != "compound" and any(c.dep_ == "amod" and c.lower_ == "human" for c in t.children)
    if lemma == "movement" and pos == "NOUN":
        # "the protest movement spread on Sunday to Grodno and Brest": the movement reaching towns
        return t.dep_ == "nsubj" and t.head.lemma_.lower() in ERUPT_VERBS and any(
            c.dep_ == "compound" and c.lemma_.lower() in L.PROTEST_NOUNS for c in t.children) and any(
            x.dep_ == "prep" and x.lower_ == "to" for x in t.head.subtree)
    if noun and protest_noun:
        if t.dep_ == "compound":
            return False
        if lemma == "strike" and any(c.lower_ in ("hunger", "air", "missile", "drone") for c in t.children):
            return False
        if lemma == "march" and t.text[0].isupper() and t.i > t.sent.start:
            return False
        return True
    if noun and t.dep_ != "compound" and street_noun:
        return True
    if low == "sit" and t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and t.nbor(2).lower_ == "in":
        return True  # "staged a sit-in", split by the tokenizer into "sit", "-", "in"
    if pos == "NOUN" and t.dep_ != "compound" and lemma in _CLASH_NOUNS and any(
            x.lemma_.lower() in _CROWD_SIDES for x in t.subtree if x.i != t.i):
        return True  # "clashes between students and riot police", "clashes with the police"
    if pos == "NOUN" and t.dep_ == "nsubj" and lemma in _CLASH_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("between", "with") and any(x.lemma_.lower() in _CROWD_SIDES for x in c.subtree)
            for c in t.head.children):
        return True  # "clashes broke out on Sunday between protesters and soldiers"
    if pos == "VERB" and lemma in L.PROTEST_VERBS:
        subj = subject(ctx, t)
        return subj is not None and (actor_at(ctx, subj) is not None or subj.pos_ in ("NOUN", "NUM") or subj.like_num
                                     or _they_protesters(ctx, subj))
    if pos == "VERB" and lemma in _CROWD_VERBS | _BLOCK_VERBS | _RIOT_VERBS | {"snarl"} and _main_clause(t) and any(
            c.dep_ == "nsubj" and _they_protesters(ctx, c) for c in t.children) and (
            lemma in _CROWD_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() not in ("way", "place") for c in t.children)):
        return True  # "Protesters ... . They snarled traffic in Tel Aviv and marched at the Supreme Court"
    if pos == "VERB" and lemma in L.DISPERSE_VERBS | L.DETAIN_VERBS | L.DEATH_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ("protester", "demonstrator", "protestor", "crowd", "rally")
                                                  or (c.lemma_.lower() in L.QUANTITY_NOUNS and _crowd(c)))
            for c in t.children):
        return True  # "police detained 3,000 protesters", "five protesters were shot dead"
    if pos == "VERB" and lemma in _HARM_VERBS and t.tag_ == "VBN" and _main_clause(t) and any(
            c.dep_ == "nsubjpass" and (c.lemma_.lower() in L.PROTESTER_NOUNS or _crowd(c)) for c in t.children) and (
            lemma != "meet" or any(c.dep_ == "prep" and c.lower_ == "with" and any(p.lemma_.lower() in _WEAPONS
                                                                                   for p in c.children) for c in t.children)):
        return True  # "dozens of demonstrators were injured in Sanandaj", "protesters were met with tear gas"
    if pos == "VERB" and lemma in ("disperse", "tear-gas", "teargas") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "NNS" and c.lemma_.lower() in _RETURNERS for c in t.children):
        return True  # "police fired tear gas to disperse Khan's supporters in Karachi": a crowd dispersed
    if pos == "VERB" and lemma in L.DEATH_VERBS | L.DETAIN_VERBS and t.dep_ in ("relcl", "acl") \
            and t.head.lemma_.lower() in L.PROTESTER_NOUNS:
        return True  # "one protester who died in Nasiriyah on Tuesday", "protesters killed in Baghdad"
    if pos == "VERB" and lemma in _FORCE_VERBS and t.dep_ not in ("relcl", "acl") and any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "with", "against") and any(
                p.dep_ == "pobj" and _crowd(p) for p in c.children)
            for c in [*t.children, *(x for o in t.children if o.dep_ == "dobj" for x in o.children)]):
        # "the army fired tear gas at protesters", "police clashed with demonstrators", "police used water
        # cannons on demonstrators" (the crowd hung on the weapon)
        return True
    if pos == "VERB" and lemma in _BEAT_VERBS and t.dep_ not in ("relcl", "acl") and any(
            c.dep_ == "dobj" and _crowd(c) for c in t.children) and any(
            c.dep_ == "nsubj" and _police(c) for c in t.children):
        return True  # "riot police beat demonstrators with batons", "police charged the crowd"
    if pos == "VERB" and lemma == "clash" and t.dep_ not in ("relcl", "acl") and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _POLICE for p in c.children) for c in t.children):
        return True  # "students clashed with riot police"
    if (t.lower_ == "streets" and t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "onto") and t.head.head.pos_ == "VERB"
            and t.head.head.lemma_.lower() != "take" and (any(
                c.dep_ == "prep" and c.lower_ == "of" and any(ctx.tok_actor[p.i] for p in c.children) for c in t.children)
                or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in L.PROTESTER_NOUNS
                       for c in t.head.head.children))):
        # "thousands of students have been seen on the streets of Chattogram", "showed demonstrators on the streets"
        return True
    if pos == "VERB" and lemma in _RIOT_VERBS and (t.dep_ not in ("relcl", "acl", "xcomp") or _tried(t)):
        subj = _subj(t) or _rioters(t)
        if subj is not None and subj.lemma_.lower() in _RIOTERS:
            return True  # "supporters of Imran Khan stormed the army headquarters"
    if pos == "VERB" and lemma in _BLOCK_VERBS | _RIOT_VERBS and t.tag_ == "VBN" and t.dep_ not in ("relcl", "xcomp") \
            and any(p.lemma_.lower() in _RIOTERS for c in t.children if c.dep_ == "agent"
                    for p in c.children if p.dep_ == "pobj"):
        return True  # "roads across Lebanon were blocked by protesters", "the building was stormed by demonstrators"
    if pos == "VERB" and lemma in _FILL_VERBS and t.tag_ == "VBN" and _main_clause(t) and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in ("street", "square", "avenue", "centre", "center")
            for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and (_crowd(p) or p.lemma_.lower() in _RETURNERS)
                                                          for p in c.children) for c in t.children):
        return True  # "the streets of Lima were filled with protesters"
    if pos == "NOUN" and lemma == "battle" and t.dep_ != "compound" and any(
            c.dep_ == "amod" and c.lower_ in ("running", "street", "pitched") for c in t.children) \
            and not any(x.lower_ in _ARMED for x in t.sent):
        return True  # "running battles between police and youths"
    if pos == "VERB" and lemma in _FILL_VERBS and _main_clause(t) and any(
            c.dep_ == "dobj" and c.lower_ == "streets" for c in t.children) and any(c.dep_ == "nsubj" for c in t.children):
        return True  # "flag-waving Israelis flooded the streets of Tel Aviv": whoever fills the streets protests
    if pos == "VERB" and lemma in _BLOCK_VERBS and _main_clause(t):
        subj = _shared_subj(t)
        if subj is not None and not _police(subj) and (
                subj.lower_ in ("thousands", "hundreds", "tens", "dozens", "crowds")
                or (subj.tag_ == "NNS" and any(c.dep_ == "dobj" and c.lemma_.lower() in _ROADS for c in t.children))):
            # "hundreds of farmers blocked the main highway", "youths barricaded roads" (not police)
            return True
    if pos == "VERB" and (lemma in _CROWD_VERBS or _come_out(t)) and _main_clause(t):
        subj = _subj(t)
        if subj is not None and (subj.lower_ in ("thousands", "hundreds", "tens", "crowds", "dozens", "crowd") or (
                subj.lemma_.lower() == "people" and any(c.dep_ == "nummod" for c in subj.children))):
            return True  # "tens of thousands of people packed Pushkin Square", "5,000 people gathered"
    if pos == "VERB" and (lemma not in L.SPEECH_VERBS or lemma in ("demand", "call", "urge", "denounce", "condemn")) \
            and lemma not in ("be", "have", "do", "say") and lemma not in _INTEND_VERBS and _main_clause(t):
        # "protesters stormed the residence", "demonstrators blocked the road"
        subj = _subj(t)
        if subj is not None:  # "riot police and demonstrators fought running battles": a side of the subject
            heads = [subj, *subj.conjuncts]
            if any(h.lemma_.lower() == "rioter" and h.tag_ == "NNS" for h in heads):
                return True  # "rioters launched the worst attack on the state's institutions"
            heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            if any(h.lemma_.lower() in L.PROTESTER_NOUNS for h in heads):
                return True
    if pos == "VERB" and lemma in L.GATHER_VERBS and t.tag_ in ("VBN", "VBD") and t.i > 0 and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.doc[t.i - 1].lemma_.lower() in (
            *L.PROTESTER_NOUNS, "crowd"):
        return True  # "tension between police and the demonstrators gathered outside the court" (a participle)
    if pos == "VERB" and lemma in L.GATHER_VERBS:
        subj = subject(ctx, t)
        if subj is not None:
            heads = [subj, *[p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
            if any(h.lemma_.lower() in ("protester", "demonstrator", "protestor", "marcher") for h in heads):
                return True
    if pos == "VERB" and lemma in ("return", "head", "spill", "pour") and _main_clause(t) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "onto") and any(
                p.lemma_.lower() in ("street", "square") for p in c.children) for c in t.children):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _police(subj) and (_crowd(subj) or subj.lemma_.lower() in _RETURNERS):
            return True  # "hundreds returned to the town's main square", "crowds spilled into the streets"
    if (t.lower_ == "streets" and t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_ == "be"
            and any(c.dep_ == "nsubj" and (_crowd(c) or c.lemma_.lower() in _RETURNERS) for c in t.head.head.children)):
        return True  # "a total of 1.5m people were on the streets across the country"
    if pos == "NOUN" and lemma in ("crowd", "throng") and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in (
            "report", "see", "spot", "estimate", "count") and not ctx.in_quote[t.i]:
        return True  # "a crowd of 40,000 was reported in the western city of Lviv"
    if strike_verb(t) or _blockade(t):
        return True  # "nurses walked off the job", "farmers staged a blockade of the highway"
    if pos == "VERB" and lemma in ("bang", "beat", "clang", "bash") and _main_clause(t) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _POTS and not any(x.dep_ in ("det", "poss") for x in c.children)
            for c in t.children):
        subj = _subj(t)  # "people banged pots and pans from their balconies": a cacerolazo (not "the chef banged the pots")
        return subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.like_num or subj.lower_.endswith("s")
                                     and subj.i == t.sent.start) and not _police(subj)
    if pos == "VERB" and lemma == "take" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "streets" for p in c.children) for c in t.children):
        return True
    return False

