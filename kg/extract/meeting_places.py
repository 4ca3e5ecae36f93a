"""The place of a meeting: which town a meeting word takes (its day: :mod:`kg.extract.meeting_days`).

A verb takes the place of its clause; a meeting noun takes one of its own phrase, of its
relative clause ("the summit, which began in Wuhan on Friday"), of the verb it hangs from
through locative phrases only, or of the verb its own verb raises ("is expected to take place in X").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.places import place_for, place_mentions
from kg.extract.venues import in_town, named_venue, town_of, townlike

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["meeting_place"]

# what two leaders do together, whose place is theirs: "took a walk along the river in Wuhan"
_OUTINGS = frozenset({"ride", "walk", "stroll", "tour", "cruise", "trip", "dinner", "lunch", "breakfast", "banquet"})


def _own_clause(t: Token) -> list[Token]:
    """The relative clause about a meeting noun: "the summit between A and B, which began in Wuhan on Friday"."""
    return [c for x in t.subtree for c in x.children if c.dep_ == "relcl"
            and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that") for w in c.children)
            or c.dep_ == "acl" and x.i == t.i and c.tag_ == "VBN"]  # "the talks, held at the cosmodrome, ..."



_MOTION = frozenset({"come", "arrive", "travel", "fly", "return", "head", "go", "leave", "depart", "land", "move"})
_TIME_SHIFT = frozenset({"after", "before", "ahead", "following", "since", "until"})


def _joint_after(ctx: Context, t: Token, scope: Token) -> bool:
    """ "A and B held a joint news conference in Moscow on Monday after their talks": what the
    pair did together after their own talks is on the talks' day and in their town (not so for
    "came to Geneva after ...", nor "said on Tuesday after his talks")."""
    verb = scope.head
    return scope.lower_ in ("after", "following") and any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children) \
        and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _MOTION and verb.lemma_.lower() not in L.SPEECH_VERBS \
        and any(c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children) for c in verb.children)


def _shifted(t: Token) -> Token | None:
    """The "after"/"before" phrase a meeting word heads ("after meeting Johnson in Cornwall",
    "ahead of talks with Xi"): its date and place are its own, not those of the clause above."""
    if t.pos_ in ("NOUN", "PROPN"):
        held = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" else t
        if held.dep_ == "dobj" and held.head.dep_ == "pcomp" and held.head.head.lower_ in _TIME_SHIFT:
            return held.head.head  # "left on Saturday after holding (two days of) talks with X"
    prep = t.head
    if t.dep_ not in ("pobj", "pcomp") or prep.i == t.i:
        return None
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    return prep if prep.lower_ in _TIME_SHIFT else None


def meeting_place(ctx: Context, t: Token, sent: Span) -> str | None:
    """The trigger's place; a noun takes one of its own phrase, of its relative clause, or of the
    verb it hangs from directly ("during a summit" does not take "the war in Donbass")."""
    scope = _shifted(t)
    if scope is not None and (scope.head.lemma_.lower() in _MOTION or scope.head.dep_ == "npadvmod"):
        # "came to Geneva after meeting Johnson": the place arrived at, not the meeting's; "met X in
        # Moscow, a day after talking with Y": another day's talks, not placed by the clause above
        own = range(scope.left_edge.i, scope.right_edge.i + 1)
        # "flew to Kyiv on Tuesday after talks with Putin in Moscow": only the places inside the phrase
        # (the places of the sentence: "Ukraine's capital", "in the Kremlin" as Moscow)
        told = place_mentions(ctx, sent)
        inside = {k for a, _b, k in told if a in own}
        outside = {k for a, _b, k in told if a not in own} - inside
        place = in_town(ctx, t, sent, town_of(ctx, _trigger_place(ctx, t, sent, outside)) or named_venue(ctx, t))
        return place if place is None or any(a in own for a, _b, k in [*ctx.mentions, *told] if k == place) else None
    place = _where_wide(ctx, t, town_of(ctx, _trigger_place(ctx, t, sent)))
    if place is None or _wide(ctx, place):
        # "welcomed Kim to the Vostochny Cosmodrome in Russia's Amur Region": the site, not the region
        place = named_venue(ctx, t, ("at", "in", "to")) or place
    if place is None and scope is not None and _joint_after(ctx, t, scope):
        place = town_of(ctx, place_for(ctx, scope.head, sent, include_to=True))
    if place is None and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and t.head.pos_ in ("VERB", "AUX"):
        # "talks between A and B ended at the Vostochny Cosmodrome", "began their talks at the ... Cosmodrome"
        place = named_venue(ctx, t.head)
    if place is None and t.pos_ == "VERB":
        # "welcomed Kim at the Vostochny Cosmodrome", the "at" phrase parsed under the guest (or his delegation)
        place = next((v for c in t.children if c.dep_ == "dobj" for g in (c, *c.conjuncts) if (v := named_venue(ctx, g))), None)
    if place is None:
        place = town_of(ctx, _named_for(ctx, t))
    if place is None:
        place = town_of(ctx, _where_town(ctx, t, sent))
    if place is None:
        place = town_of(ctx, _backdrop_town(ctx, t))
    if place is None and t.pos_ == "VERB" and t.lemma_.lower() == "tour":
        # "A and B toured the old town of Arequipa": the town of the site toured
        place = town_of(ctx, next((k for c in t.children if c.dep_ == "dobj" for x in c.subtree
                                   if (k := ctx.tok_actor[x.i]) and ctx.typed(k, "Place")), None))
    return in_town(ctx, t, sent, place)


def _named_for(ctx: Context, t: Token) -> str | None:
    """ "the Seoul summit between A and B", "Monday's Addis Ababa talks", "their informal Wuhan summit":
    a meeting noun named for its town (or its seat: "the Kremlin talks"); not towns standing for
    governments ("the Moscow-Kyiv talks"), nor a country ("the US-Russia summit")."""
    if t.pos_ not in ("NOUN", "PROPN") or t.i == 0:
        return None
    words: list[str] = []  # "the Kremlin talks", "a White House meeting": a seat of government named like its office
    for x in reversed(ctx.doc[t.left_edge.i:t.i]):
        if x.dep_ not in ("compound", "amod") or not x.text[:1].isupper():
            break
        words.insert(0, x.lower_)
    seat = next((L.SEATS[" ".join(words[i:])] for i in range(len(words)) if " ".join(words[i:]) in L.SEATS), None)
    entry = ctx.gaz.lookup(seat) if seat else None
    if entry is not None and entry.type == "Place":
        ctx.add_actor(entry.key, entry.name, "Place", 10**9, entry=entry, body=False)
        return entry.key
    found = [(a, b, k) for a, b, k in ctx.mentions if a >= t.left_edge.i and b <= t.i and not ctx.in_quote[a]
             and all(x.dep_ in ("amod", "compound") and x.head.i == t.i for x in ctx.doc[b:t.i])
             and ctx.doc[b - 1].dep_ in ("compound", "amod", "nmod") and ctx.doc[b - 1].head.i in (t.i, *range(b, t.i))]
    if len(found) != 1:
        return None  # "the Moscow-Kyiv talks", "the Paris-Berlin summit": two towns are two parties
    a, b, k = found[0]
    rec = ctx.actors[k]
    if rec.type != "Place" or (not rec.venue and not townlike(ctx, rec.name)) \
            or any(x.tag_ == "HYPH" or x.text in ("-", "\u2013", "/") for x in ctx.doc[max(a - 1, 0):t.i]):
        return None
    return k


_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes", "side"})


def _backdrop_town(ctx: Context, t: Token) -> str | None:
    """ "met X on the sidelines of the G20 summit in Rio", "talks on the margins of the UN General
    Assembly in New York": the place of the gathering whose sidelines hold the talks."""
    holders = [t, *([t.head] if t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") else [])]
    for h in holders:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("on", "at", "in"):
                continue
            for p in c.children:
                if p.dep_ != "pobj" or p.lemma_.lower() not in _SIDELINES:
                    continue
                hosts = {x.i for q in p.children if q.dep_ == "prep" and q.lower_ == "of"
                         for x in q.children if x.dep_ == "pobj"}
                for a, b, k in ctx.mentions:
                    root = ctx.doc[a:b].root
                    if root.dep_ in ("compound", "poss") and root.head.dep_ == "pobj":
                        root = root.head
                    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") and root.head.head.i in hosts \
                            and ctx.actors[k].type in ("Place", "Country") and not ctx.in_quote[a]:
                        return k
    return None


def _wide(ctx: Context, place: str) -> bool:
    """A country, or a region that is no town ("Russia's Far East", "the Amur Region")."""
    rec = ctx.actors[place]
    return rec.type == "Country" or rec.type == "Place" and not rec.venue and not townlike(ctx, rec.name)


def _where_town(ctx: Context, t: Token, sent: Span) -> str | None:
    """ "arrived in Rome on Monday, where he held talks with X": the place just before "where",
    also when the parser hangs the clause on the date between them."""
    for anc in [t, *t.ancestors][:4]:
        where = next((c for c in anc.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
        if where is None:
            continue
        before = [(a, k) for a, b, k in ctx.mentions if sent.start <= a and b <= where.i and where.i - b <= 4
                  and ctx.actors[k].type in ("Place", "Country") and not ctx.in_quote[a]]
        if not before:
            return None
        a, k = before[-1]
        # "arrived in Busan in South Korea, where", "at the X Cosmodrome in Russia's Far East, where": the
        # town or site the region or country holds, the nearer it is named
        while _wide(ctx, k) and (inner := _held_by(ctx, a)) is not None:
            a, k = inner
        return k
    return None


def _held_by(ctx: Context, a: int) -> tuple[int, str] | None:
    """The town or site a region or country named at token ``a`` holds, told just before it: "Busan"
    of "in Busan in South Korea" (the second "in" phrase under the first's noun or beside it, under
    one verb), "the Vostochny Cosmodrome" of "at the Vostochny Cosmodrome in Russia's Far East"."""
    root = ctx.doc[a]
    while root.head.i != root.i and root.dep_ in ("compound", "poss", "case", "det", "amod"):
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in":
        return None
    held = [prep.head] if prep.head.pos_ in ("NOUN", "PROPN") else [
        p for c in prep.head.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "to") and c.i < prep.i
        for p in c.children if p.dep_ == "pobj"][-1:]
    for h in held:
        k = ctx.tok_actor[h.i]
        if k and k in ctx.actors and ctx.actors[k].type == "Place":
            start = next((x for x, b, kk in ctx.mentions if kk == k and x <= h.i < b), None)
            if start is not None:
                return start, k
    return None


def _where_wide(ctx: Context, t: Token, place: str | None) -> str | None:
    """ "arrived in Busan in South Korea, where he held talks": the "where" clause hangs on the
    country; the town named with it is the talks' place."""
    rel = _where_clause_of(t)
    if place is None or rel is None or not _wide(ctx, place) or ctx.tok_actor[rel.head.i] != place:
        return place
    at = next((a for a, b, k in ctx.mentions if k == place and a <= rel.head.i < b), None)
    inner = _held_by(ctx, at) if at is not None else None
    return inner[1] if inner is not None else place


def _where_clause_of(t: Token) -> Token | None:
    return next((a for a in [t, *t.ancestors][:4] if a.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in a.children)), None)


def _trigger_place(ctx: Context, t: Token, sent: Span, outside: set[str] | None = None) -> str | None:
    """The place phrase of trigger ``t``; never one of ``outside`` (the places outside the "after"
    phrase the trigger is in)."""
    if t.pos_ not in ("NOUN", "PROPN"):
        place = place_for(ctx, t, sent, include_to=True, exclude=outside)
        if place is not None and _before_or_after(ctx, place, sent):
            place = place_for(ctx, t, sent, include_to=True, exclude={place, *(outside or ())})
        if place is not None and _in_subject(ctx, t, place, sent):
            place = place_for(ctx, t, sent, include_to=True, exclude={place, *(outside or ())})  # "the president of France ... met"
        if place is not None and _topic(ctx, place, sent):
            place = place_for(ctx, t, sent, include_to=True, exclude={place, *(outside or ())})
        if place is not None and _titled(ctx, place, sent):  # "met the mayor of Kyiv, X": a title, not a place
            place = place_for(ctx, t, sent, include_to=True, exclude={place, *(outside or ())})
        return place
    tried: set[str] = set(outside or ())
    place = place_for(ctx, t, sent, include_to=True, exclude=tried)
    while place is not None and (not _attached(ctx, t, place, sent) or _topic(ctx, place, sent) or _titled(ctx, place, sent)):
        tried.add(place)
        place = place_for(ctx, t, sent, include_to=True, exclude=tried)
        if place in tried:  # a search that gives back what it was told to skip ends here
            place = None
    if place is None:
        place = _raised_place(ctx, t, sent)
    if place is None:
        for rel in _own_clause(t):
            place = place_for(ctx, rel, sent, include_to=False) or (named_venue(ctx, rel) if rel.dep_ == "acl" else None)
            if place:
                break
    return place


# verbs whose object is what the talks are about ("discussed the war in Ukraine")
_TOPIC_VERBS = frozenset({"discuss", "debate", "address", "review", "raise", "cover", "tackle", "examine", "explore"})


def _topic(ctx: Context, place: str, sent: Span) -> bool:
    """Whether every mention of ``place`` in the sentence is inside what talks are about ("met for a
    summit at which they discussed the war in Ukraine", "talked about the situation in Gaza")."""
    at = [ctx.doc[a:b].root for a, b, k in ctx.mentions_in(sent.start, sent.end) if k == place]
    if not at:
        return False
    for r in at:
        cur, inside = r, False
        for _ in range(8):
            h = cur.head
            if h.i == cur.i or cur.dep_ == "prep" and cur.lower_ == "at":
                break  # "discussed the drought at State House in Nairobi": where, parsed under the topic
            if cur.dep_ == "dobj" and h.lemma_.lower() in _TOPIC_VERBS or (
                    cur.dep_ == "pobj" and h.lower_ == "about" and h.head.lemma_.lower() in ("talk", "speak", "talks")):
                inside = True
                break
            if cur.dep_ == "pobj" and h.lower_ in ("on", "over", "about") and cur.i != r.i \
                    and h.head.pos_ == "NOUN" and h.head.lemma_.lower() in L.MEETING_NOUNS:
                inside = True  # "talks on the conflict in eastern Ukraine"; not "talks on Jeju", the island itself
                break
            cur = h
        if not inside:
            return False
    return True


def _titled(ctx: Context, place: str, sent: Span) -> bool:
    """Whether every mention of ``place`` in the sentence names a participant's office ("talks between
    the Prime Minister of Spain X and Y", "met the mayor of Kyiv, X"): a title, not where they met."""
    at = [ctx.doc[a:b].root for a, b, k in ctx.mentions if k == place and sent.start <= a < sent.end]
    # "the Prime Minister of Armenia Serzh Sargsyan", the country parsed as a compound of the name
    at = [r.head if r.dep_ in ("compound", "poss") and r.head.dep_ == "pobj" else r for r in at]
    return bool(at) and all(r.dep_ == "pobj" and r.head.lower_ == "of" and r.head.head.lemma_.lower() in L.ROLE_NOUNS
                            for r in at)


def _in_subject(ctx: Context, t: Token, place: str, sent: Span) -> bool:
    """Whether every mention of ``place`` in the sentence is inside the subject of ``t`` ("The
    president of France, Emmanuel Macron, and ... greeted each other"): a title, not a place."""
    subj = [x.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
    at = [a for a, _b, k in ctx.mentions_in(sent.start, sent.end) if k == place]
    return bool(at) and bool(subj) and all(a in subj for a in at)


def _before_or_after(ctx: Context, place: str, sent: Span) -> bool:
    """ "will meet Putin after the G7 summit in Cornwall": the place of the event before or after it."""
    for a, b, key in ctx.mentions_in(sent.start, sent.end):
        if key == place:
            root = ctx.doc[a:b].root
            noun = root.head.head if root.dep_ == "pobj" else None
            if noun is None or noun.pos_ != "NOUN":
                return False
            return noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "following", "since", "ahead")
    return False


def _when_clauses(t: Token) -> set[int]:
    """ "their first meeting since 2019, when they held a summit in Vladivostok": the tokens of a
    "when" clause under the meeting noun, which tell another time and place."""
    return {y.i for x in t.subtree for c in x.children if c.dep_ in ("relcl", "advcl")
            and any(w.lower_ == "when" and w.dep_ == "advmod" for w in c.children) for y in c.subtree}


_GOAL_PREPS = frozenset({"to", "toward", "towards", "about", "against"})
# "is expected to take place in X", "is due to be held in X", "was set to open in X"
_SITE_VERBS = frozenset({"take", "be", "hold", "happen", "occur", "begin", "start", "open", "convene", "unfold"})


def _raised_site(root: Token, above: set[int]) -> bool:
    """ "The meeting between A and B is expected to take place in X": a place phrase of the verb
    the meeting's own verb raises ("is expected / due / scheduled to ...") that tells where it is held."""
    prep = root.head
    verb = prep.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "at") or verb.lemma_.lower() not in _SITE_VERBS:
        return False
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "acomp") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i in above:
            return True
    return False


def _raised_place(ctx: Context, t: Token, sent: Span) -> str | None:
    """The place of :func:`_raised_site` for meeting noun ``t`` (its subject)."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    above = {a.i for a in t.ancestors}
    return next((k for a, b, k in ctx.mentions if sent.start <= a < sent.end and ctx.actors[k].type in ("Place", "Country")
                 and _raised_site(ctx.doc[a:b].root, above)), None)


def _attached(ctx: Context, t: Token, place: str, sent: Span) -> bool:
    """Whether the place phrase hangs off the meeting noun or the verbs above it through
    locative phrases only ("took place at a villa in Geneva"), not off another argument
    ("agreed to a ceasefire in the war in Donbass during a summit")."""
    # "the summit of Russia, Ukraine, France and Germany", "talks between Russia and France": its parties
    parties = {x.i for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "between", "with")
               for p in c.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)}
    own = {x.i for x in t.subtree} - _when_clauses(t) - parties
    above = {a.i for a in t.ancestors}
    party = False
    for a, b, key in ctx.mentions:
        if key != place or not (sent.start <= a < sent.end):
            continue
        if ctx.doc[a:b].root.i in parties:
            party = True
            continue
        if a in own:
            return True
        cur = ctx.doc[a:b].root
        for _ in range(8):
            if cur.i in own or cur.i in above and cur.pos_ in ("VERB", "AUX"):
                return True
            if cur.dep_ == "prep" and cur.lower_ in _GOAL_PREPS and cur.i != ctx.doc[a:b].root.head.i:
                return False  # "the summit will contribute to peace in Ukraine": the place of its goal, not its own
            if cur.dep_ in ("pobj", "prep", "compound", "appos", "npadvmod") or cur.pos_ == "ADP" or (
                    cur.dep_ == "dobj" and cur.lemma_.lower() in _OUTINGS):  # "took a boat ride on a lake in Wuhan"
                cur = cur.head
                continue
            return False
        return False
    return not party  # "in the Kremlin" (a seat named like its office) or "the capital": not a mention of its own
