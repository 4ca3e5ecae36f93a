"""Who takes part in a protest: the groups a protest word's sentence names as protesting.

Two readings, joined: the groups the sentence calls protesters ("protesters", "strikers",
"the opposition", "activists"), and the actors the syntax makes the protest's doers, whatever
their noun: the subject of the verb that carries the protest word and its conjuncts
("striking workers, students and protesters took to the streets", "PTI supporters stormed",
"thousands of farmers marched"), an agent ("a march staged by students", "blockades by
truckers and taxi drivers") and an owner ("the students' protest", "an opposition rally").
Forces of order and those who speak about a protest are not its participants.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, misread_conjuncts, subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["DOING_VERBS", "clashing", "one_crowd", "protest_participants", "protests_as_doer", "verb_lemma"]

#: Group names of protesters, whoever the syntax makes act.
_PROTESTING = ("protesters", "strikers")
#: Verbs whose subject takes part in the protest they carry ("took to the streets", "joined the
#: march", "staged a sit-in", "stormed the Congress").
DOING_VERBS = frozenset({
    "take", "join", "stage", "hold", "march", "rally", "protest", "demonstrate", "gather", "strike", "walk",
    "continue", "mount", "fill", "flood", "pour", "stream", "throng", "occupy", "converge", "mass", "assemble",
    "storm", "block", "blockade", "hit", "participate", "return", "go", "turn", "descend", "swarm", "parade",
    "picket", "barricade", "sit", "camp", "chant", "wave", "burn", "clash", "riot", "begin", "launch", "carry",
    "conduct"})
#: Verbs of breaking up a crowd: its object (or passive subject) is the protest's doers.
_DISPERSE_VERBS = frozenset({"disperse", "scatter", "repel", "evict"})
#: Groups that police a protest rather than take part in it.
_FORCES = L.FORCES + ("government", "army", "military", "guard")


def protest_participants(ctx: Context, t: Token, sent: Span) -> list[str]:
    """The participants of the protest that word ``t`` of sentence ``sent`` reports."""
    named = [k for a, b, k in ctx.mentions_in(sent.start, sent.end) if ctx.actors[k].type == "Group"
             and ctx.actors[k].name.endswith(_PROTESTING)]
    doers = [k for tok in _doers(ctx, t)
             if (k := _nationals(ctx, tok) or actor_at(ctx, tok) or _people(ctx, tok)) and _may_protest(ctx, k)]
    # the crowd the forces clash with ("police clashed with supporters of X")
    sides = [k for tok in _clash_sides(sent) for x in _with_conjuncts(tok)
             if (k := actor_at(ctx, x)) and _may_protest(ctx, k) and not ctx.in_quote[x.i]]
    return (list(dict.fromkeys([*named, *doers, *sides])) or _drawn_crowd(ctx, t) or _sentence_doers(ctx, sent)
            or _the_protesters(ctx))


#: Verbs of a gathering bringing a crowd ("a rally that drew thousands", "a march attracting ...").
_DRAW_VERBS = frozenset({"draw", "attract", "bring", "pull", "mobilize", "mobilise"})


def _drawn_crowd(ctx: Context, t: Token) -> list[str]:
    """'A rally in Quito that drew tens of thousands of Ecuadorians', 'a march drawing thousands',
    'the rally drew thousands of people': the counted crowd a gathering draws takes part in it
    (the nationality's protesters, or the home country's for bare people), when its sentence
    names no other doer. The clause may hang on the gathering's place ('a rally in the
    capital Caracas that drew ...')."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return []
    verbs = [t.head] if t.dep_ == "nsubj" and verb_lemma(t.head) in _DRAW_VERBS else []
    nouns, frontier = [t], [t]
    for _ in range(3):  # the nouns of the gathering's prepositions: "in the east of the capital"
        frontier = [p for n in frontier for c in n.children if c.dep_ == "prep"
                    for p in c.children if p.dep_ == "pobj"]
        nouns += frontier
    verbs += [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and verb_lemma(c) in _DRAW_VERBS]
    found = []
    for v in verbs:
        for o in v.children:
            if o.dep_ != "dobj" or ctx.in_quote[o.i] or not (
                    o.lemma_.lower() in L.QUANTITY_NOUNS or o.like_num or o.lemma_.lower() == "crowd"):
                continue
            found += [k for x in _with_conjuncts(o)
                      if (k := _nationals(ctx, x) or actor_at(ctx, x) or _people(ctx, x)) and _may_protest(ctx, k)]
    return list(dict.fromkeys(found))


def _sentence_doers(ctx: Context, sent: Span) -> list[str]:
    """'The protests also rocked Nakuru, where chanting youths walked along the avenue': a
    protest word whose own syntax names no doer, in a sentence whose other clause has a crowd
    doing a protest (the subject of a verb of protest), is that crowd's."""
    return list(dict.fromkeys(
        k for a, b, k in ctx.mentions_in(sent.start, sent.end) if not ctx.in_quote[a]
        and (root := ctx.doc[a:b].root).dep_ == "nsubj" and root.head.pos_ == "VERB"
        and verb_lemma(root.head) in DOING_VERBS and _may_protest(ctx, k)))


#: Words of a fight between two sides ("clashed with police", "clashes between demonstrators
#: and security forces").
_CLASH_WORDS = frozenset({"clash", "skirmish", "scuffle", "fight", "battle"})


def _clash_sides(sent: Span) -> Iterator[Token]:
    """The sides of the clashes sentence ``sent`` reports: a clash verb's subject and the
    object of its 'with', a clash noun's objects of 'with' and 'between'."""
    for w in sent:
        if w.lemma_.lower() not in _CLASH_WORDS or w.pos_ not in ("VERB", "NOUN"):
            continue
        if w.pos_ == "VERB":
            yield from (c for c in w.children if c.dep_ == "nsubj")
        # "clashes broke out ... between X and Y": the parser may hang the phrase on the verb
        for c in [*w.children, *(w.head.children if w.pos_ == "NOUN" else ())]:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                yield from (p for p in c.children if p.dep_ == "pobj")


def _the_protesters(ctx: Context) -> list[str]:
    """'Some 450,000 people took to the streets': a protest whose sentence names no doer is
    the article's protesters', when the article names one group of them."""
    found = [r.key for r in ctx.actors.values() if r.type == "Group" and r.name.endswith(_PROTESTING)]
    supporters = [r.key for r in ctx.actors.values() if r.type == "Group" and r.name.endswith(" supporters")
                  and _may_protest(ctx, r.key)]
    if supporters:  # a leader's supporters are named too: which of the two groups is not said, unless
        # they are the only crowd the report tells protesting or facing the police ("police clashed
        # with supporters of X ... one person was killed in clashes in Y")
        acting = [k for k in supporters if protests_as_doer(ctx, k) or clashing(ctx, k)]
        return acting if not found and len(supporters) == 1 and acting else []
    return found if len(found) == 1 else []


def _may_protest(ctx: Context, key: str) -> bool:
    rec = ctx.actors[key]
    words = rec.name.lower().split()
    # "Brazilian supporters": supporters the text never ties to whom they support are no one's
    return rec.type == "Group" and not rec.name.lower().endswith(_FORCES) and not (
        words[-1] == "supporters" and (len(words) == 1 or words[0] in ctx.gaz.by_demonym))


def _doers(ctx: Context, t: Token) -> Iterator[Token]:
    """The tokens that name who does the protest of word ``t``, conjuncts included."""
    for tok in _heads(ctx, t):
        yield from _with_conjuncts(tok)


def _heads(ctx: Context, t: Token) -> Iterator[Token]:
    verb = _carrying_verb(t)
    if verb is not None:
        subj = subject(ctx, verb)
        if subj is not None and subj.i != t.i:
            yield subj
    if t.pos_ == "VERB" and verb_lemma(t) in _DISPERSE_VERBS:  # "police dispersed supporters", "they were dispersed"
        yield from (c for c in t.children if c.dep_ in ("dobj", "nsubjpass"))
    if t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.pos_ in ("NOUN", "PROPN"):
        yield t.head  # "thousands of supporters storming the Congress"
    if t.pos_ in ("NOUN", "PROPN"):
        for c in t.children:
            if c.dep_ in ("poss", "compound") and c.i < t.i:
                yield c  # "the students' protest", "an opposition rally"
            elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                yield from (p for p in c.children if p.dep_ == "pobj")  # "blockades by truckers"
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "outside", "at", "near"):
                # "a siege on government offices by supporters of X": the parser hangs the doers on the target
                yield from (x for p in c.children if p.dep_ == "pobj" for b in p.children
                            if b.dep_ in ("prep", "agent") and b.lower_ == "by" for x in b.children if x.dep_ == "pobj")
            elif c.dep_ in ("acl", "relcl"):  # "a protest staged by Generation Z", "the march that was led by students"
                for a in c.children:
                    if a.dep_ == "agent":
                        yield from (p for p in a.children if p.dep_ == "pobj")


def _carrying_verb(t: Token) -> Token | None:
    """The verb whose subject does the protest word ``t``: ``t`` itself when a verb, whatever
    the verb ("marched", "broke into"), else the verb ``t`` is the object of, through at most
    two prepositions ("took to the streets", "staged a protest", "joined the march", "staged a
    sit-in"); None when ``t`` is a subject itself."""
    cur = t
    for _ in range(4):
        if cur.pos_ == "VERB":  # the protest word itself when a verb ("supporters broke into ...")
            return cur if cur.i == t.i or verb_lemma(cur) in DOING_VERBS else None
        if cur.dep_ not in ("dobj", "pobj", "prep", "attr", "conj", "compound") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


#: Lemmas the model gets wrong for verbs of protest ("staged" -> "stag").
_LEMMA_SLIPS = {"stag": "stage"}


def verb_lemma(tok: Token) -> str:
    """The lower-case lemma of verb ``tok``, with the model's known slips put right."""
    lemma = tok.lemma_.lower()
    return _LEMMA_SLIPS.get(lemma, lemma) if tok.pos_ in ("VERB", "AUX") else lemma


def _with_conjuncts(tok: Token, depth: int = 0) -> Iterator[Token]:
    yield tok
    yield from tok.conjuncts
    yield from misread_conjuncts(tok)  # "Unions, students, ... took to the streets" read as two subjects
    for c in tok.children:  # "thousands of students and workers", "tens of thousands of Colombians"
        if c.dep_ == "prep" and c.lower_ == "of" and depth < 2:
            for p in c.children:
                if p.dep_ == "pobj":
                    yield from _with_conjuncts(p, depth + 1)


def _nationals(ctx: Context, tok: Token) -> str | None:
    """'Thousands of Colombians took to the streets': a plural demonym doing a protest names
    that country's protesters (made if needed, the printed word an alias)."""
    low = tok.lower_
    country = ctx.gaz.by_demonym.get(low[:-1]) if tok.tag_ in ("NNPS", "NNS") and low.endswith("s") else None
    entry = ctx.gaz.entries.get(country) if country else None
    if entry is None or ctx.in_quote[tok.i]:
        return None
    demonym = entry.demonyms[0] if entry.demonyms else entry.name
    key = slug(f"{entry.key}-protesters")
    rec = ctx.add_actor(key, f"{demonym} protesters", "Group", tok.idx, alias=tok.text)
    rec.aliases.add("protesters")
    ctx.tok_actor[tok.i] = rec.key
    ctx.mentions.append((tok.i, tok.i + 1, rec.key))
    ctx.mentions.sort()
    return rec.key


def _people(ctx: Context, tok: Token) -> str | None:
    """'Some 450,000 people took to the streets', 'a crowd marched', 'thousands rallied': people doing a protest
    are the home country's protesters (made if needed, the printed word an alias)."""
    entry = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    # "Thousands marched in Nairobi", "About 5,000 rallied": a count standing alone for the people
    counted = (tok.lemma_.lower() in L.QUANTITY_NOUNS and tok.tag_ == "NNS" or tok.like_num) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if entry is None or not (tok.lemma_.lower() in ("people", "person", "crowd") or counted) or ctx.in_quote[tok.i]:
        return None
    demonym = entry.demonyms[0] if entry.demonyms else entry.name
    rec = ctx.add_actor(slug(f"{entry.key}-protesters"), f"{demonym} protesters", "Group", tok.idx, alias="protesters")
    rec.aliases.add(tok.lower_)
    ctx.tok_actor[tok.i] = rec.key
    ctx.mentions.append((tok.i, tok.i + 1, rec.key))
    ctx.mentions.sort()
    return rec.key


def protests_as_doer(ctx: Context, key: str) -> bool:
    """Whether group ``key`` is named as doing a protest somewhere: the subject of a verb that
    carries one ("supporters stormed the Congress", "supporters protesting against his
    arrest") or the doer of a protest noun ("protests by PTI supporters")."""
    for a, b, k in ctx.mentions:
        if k != key or ctx.in_quote[a]:
            continue  # (the key first: a span and its root only for the group's own mentions)
        root = ctx.doc[a:b].root
        if _earlier_year(ctx, root.sent):
            continue
        root = _counted(root)  # "thousands of Sonko supporters marched": the count is the subject
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and verb_lemma(head) in DOING_VERBS:
            return True
        if head.pos_ == "VERB" and verb_lemma(head) in _DISPERSE_VERBS and root.dep_ in ("dobj", "nsubjpass"):
            return True  # "police fired tear gas to disperse Khan's supporters": the crowd the police broke up
        if any(c.dep_ == "acl" and c.lemma_.lower() in L.PROTEST_VERBS for c in root.children):
            return True
        if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in L.PROTEST_NOUNS:
            return True
    return False


def _counted(tok: Token) -> Token:
    """The count ``tok`` is counted by ('thousands of supporters', 'hundreds of his supporters',
    'tens of thousands of farmers'), else ``tok``: the word the verb takes as its subject."""
    cur = tok
    for _ in range(2):
        prep = cur.head
        if not (cur.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i):
            break
        count = prep.head
        if not (count.lemma_.lower() in L.QUANTITY_NOUNS or count.like_num):
            break
        cur = count
    return cur


def _earlier_year(ctx: Context, sent: Span) -> bool:
    """Whether ``sent`` names a year before the article's ("in 2016 supporters of X stormed
    it"): an earlier event told as background."""
    year = ctx.art.published.year if ctx.art.published else None
    return year is not None and any(t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < year
                                    for t in sent)


def clashing(ctx: Context, key: str) -> bool:
    """'police fired tear gas in clashes with supporters of X', 'supporters clashed with police':
    the supporters are the crowd the forces of order face."""
    for a, b, k in ctx.mentions:
        if k != key or ctx.in_quote[a]:
            continue
        root = ctx.doc[a:b].root
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() == "clash":
            return True
        if root.dep_ == "nsubj" and root.head.lemma_.lower() == "clash":
            return True
    return False


#: Dependencies of a word that only qualifies another ("an opposition rally", "opposition supporters").
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def one_crowd(ctx: Context) -> None:
    """A protest of the report's protesters is not the opposition's too when the opposition
    only qualifies the crowd ("thousands of opposition supporters marched", "a mass opposition
    rally", "an opposition demonstrator") or is one side of a political clash ("the first clash
    between the government and the opposition in the streets"): the crowd is the protesters.
    The opposition stays when its own noun does the protest ("unions, students and the
    opposition took to the streets")."""
    for ev in ctx.events:
        if ev.type != "Protest" or not any(ctx.actors[k].name.endswith(_PROTESTING) for k in ev.participants):
            continue
        opp = [k for k in ev.participants if ctx.actors[k].name.lower().split()[-1] == "opposition"]
        if opp:
            ev.participants = [k for k in ev.participants if k not in opp or _doing_opposition(ctx, ev, k)]


def _doing_opposition(ctx: Context, ev: Ev, key: str) -> bool:
    """Whether the opposition's own noun is a doer in a sentence of protest ``ev``."""
    for a, _b, k in ctx.mentions:
        tok = ctx.doc[a]
        if k != key or ctx.in_quote[a] or tok.lemma_.lower() != "opposition" or tok.dep_ in _MODIFIERS:
            continue
        if not any(x <= tok.idx < y for x, y in ev.evidence):
            continue
        head = tok.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "unions, students and the opposition took to the streets"
        if tok.dep_ in ("nsubj", "conj") and head.dep_ in ("nsubj", "ROOT") or tok.dep_ == "nsubj":
            return True
    return False
