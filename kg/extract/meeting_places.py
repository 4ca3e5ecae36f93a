"""The date and place of a meeting: which date phrase and which town a meeting word takes.

A verb takes the place of its clause; a meeting noun takes one of its own phrase, of its
relative clause ("the summit, which began in Wuhan on Friday"), or of the verb it hangs
from through locative phrases only. A span of days ("from April 27 to 28") gives no date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.dates import resolve_date
from kg.extract.places import clause_path, date_for, is_future, place_for, sentence_date
from kg.extract.venues import in_town, named_venue, town_of, townlike

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["meeting_date", "meeting_place"]

# what two leaders do together, whose place is theirs: "took a walk along the river in Wuhan"
_OUTINGS = frozenset({"ride", "walk", "stroll", "tour", "cruise", "trip", "dinner", "lunch", "breakfast", "banquet"})


def _own_clause(t: Token) -> list[Token]:
    """The relative clause about a meeting noun: "the summit between A and B, which began in Wuhan on Friday"."""
    return [c for x in t.subtree for c in x.children if c.dep_ == "relcl"
            and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that") for w in c.children)
            or c.dep_ == "acl" and x.i == t.i and c.tag_ == "VBN"]  # "the talks, held at the cosmodrome, ..."



_MOTION = frozenset({"come", "arrive", "travel", "fly", "return", "head", "go", "leave", "depart", "land", "move"})
_TIME_SHIFT = frozenset({"after", "before", "ahead", "following", "since", "until"})
_DAYS = {"a": 1, "an": 1, **L.number_words(1, 6)}


def meeting_date(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None]:
    shift = _day_shift(ctx, t, sent)
    if shift is not None:
        return shift
    if _where_on_date(ctx, t):
        return None, None
    d, dtxt = date_for(ctx, t, sent)
    purpose = _purpose_date(ctx, t, sent, dtxt)
    if purpose is not None:
        d, dtxt = purpose
    said = _said_day(ctx, t, sent, dtxt) if dtxt is not None else None
    if said is not None:
        d, dtxt = said
    if dtxt is not None and (_outside_where(ctx, t, sent, dtxt) or _own_vague_time(ctx, t, sent, dtxt)):
        d, dtxt = None, None
    scope = _shifted(t)
    if scope is not None and _joint_after(ctx, t, scope):
        return date_for(ctx, scope.head, sent)
    if scope is not None:
        span = _date_span(ctx, sent, dtxt) if dtxt else None
        # "came to Geneva on Monday after meeting Johnson": the day of the coming, not of the meeting
        if span is not None and scope.left_edge.i <= span.start <= scope.right_edge.i:
            return d, dtxt
        return _scope_date(ctx, scope, sent)
    if d is None and dtxt is None:
        rel = _open_relative(t)
        if rel is not None:
            d, dtxt = date_for(ctx, rel, sent)
    if d is None and dtxt is None and t.pos_ == "VERB":
        # "shaking hands as they greeted each other on Wednesday": the day of the clause that times it
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in c.children):
                d, dtxt = date_for(ctx, c, sent)
                if dtxt is not None:
                    break
    if d is None and dtxt is None and t.pos_ in ("NOUN", "PROPN"):
        for rel in _own_clause(t):
            d, dtxt = date_for(ctx, rel, sent)
            if dtxt is not None:
                break
    if d is None and dtxt is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.dep_ == "npadvmod"
                                              for c in t.children) \
            and not any(a.dep_ == "ccomp" for a in [t, *t.ancestors]):
        d, dtxt = sentence_date(ctx, t, sent)  # not the date of the verb reporting it ("hoped today that a summit ...")
    if dtxt is not None and _span_start(ctx, sent, dtxt):
        return None, None  # "from April 27 to 28": a span gives no date
    if dtxt is not None and (_reporting_date(ctx, t, sent, dtxt) or _other_event_date(ctx, t, sent, dtxt)):
        return None, None
    if d is not None and dtxt is not None and ctx.art.published is not None and d < ctx.art.published and _planned_subject(t):
        span = _date_span(ctx, sent, dtxt)
        phrase = next((p for p, sp in ctx.dates if span is not None and sp.start == span.start), None)
        if phrase is not None:
            d = resolve_date(phrase, ctx.art.published, future=True)
    return d, dtxt


def _planned_subject(t: Token) -> bool:
    """ "Talks between A and B are scheduled to begin on Friday", "the summit is due to open on
    Monday": the meeting is the subject of a verb of plan that raises the clause its day is in."""
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = t.head
    plan = head if head.lemma_.lower() in L.FUTURE_VERBS else next(
        (c for c in head.children if c.dep_ == "acomp" and c.lower_ in ("due", "set", "scheduled", "expected")), None)
    return plan is not None and plan.lemma_.lower() in ("expect", "schedule", "plan", "due", "set") and any(
        c.dep_ == "xcomp" for c in plan.children)


def _purpose_date(ctx: Context, t: Token, sent: Span, dtxt: str | None) -> tuple[dt.date | None, str] | None:
    """ "arrived on Thursday and met with X to hold a one-on-one meeting on Friday": the day of the
    meeting the verb's purpose clause holds, not the day of the verb it is conjoined to."""
    if t.pos_ != "VERB":
        return None
    own = {x.i for x in t.subtree}
    span = _date_span(ctx, sent, dtxt) if dtxt else None
    if span is not None and span.start in own and not any(span.start in {x.i for x in c.subtree} for c in t.children
                                                         if c.dep_ == "conj"):
        return None  # the verb's own day
    for c in t.children:
        if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(x.lemma_.lower() in L.MEETING_NOUNS for x in c.subtree):
            d2, dt2 = date_for(ctx, c, sent)
            sp2 = _date_span(ctx, sent, dt2) if dt2 else None
            if dt2 is not None and sp2 is not None and sp2.start in {x.i for x in c.subtree}:
                return d2, dt2
    return None


def _open_relative(t: Token) -> Token | None:
    """ "X, who on Saturday went to the square and met with Y, released ...": the parser closes the
    relative clause before "met" and makes it the main verb of X; a meeting verb right after the
    clause, with no comma between, is the clause's second conjunct and takes its day."""
    if t.pos_ != "VERB" or t.i == 0:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    rel = next((c for c in subj.children if c.dep_ == "relcl" and c.i < t.i), None) if subj is not None else None
    if rel is None or rel.right_edge.i != t.i - 1 or t.doc[t.i - 1].is_punct:
        return None
    return rel if any(c.dep_ == "cc" and c.lower_ == "and" for c in rel.children) else None


def _scope_date(ctx: Context, scope: Token, sent: Span) -> tuple[dt.date | None, str | None]:
    """The date of the meeting an "after"/"before"/"ahead of" phrase names: a date phrase inside it
    ("speaking after the meeting with X in the Kremlin on Monday"), or right after an "ahead of" /
    "before" phrase when the verb has its own date before it ("arrived on Tuesday ahead of his
    summit with X on Wednesday", the parser hanging both dates on the verb)."""
    end = scope.right_edge.i
    found = next(((p, sp) for p, sp in ctx.dates if scope.i < sp.start <= end), None)
    later = scope.lower_ in ("ahead", "before")
    verb_day, vtxt = date_for(ctx, scope.head, sent) if later else (None, None)
    verb_span = _date_span(ctx, sent, vtxt) if vtxt else None
    if found is None and verb_day is not None and verb_span is not None and verb_span.start < scope.left_edge.i:
        found = next(((p, sp) for p, sp in ctx.dates if sp.start == end + 1
                      or sp.start == end + 2 and ctx.doc[end + 1].lower_ == "on"), None)
    if found is None:
        return None, None
    phrase = found[0]
    day = resolve_date(phrase, ctx.art.published)
    if day is not None and verb_day is not None and day < verb_day:
        day = resolve_date(phrase, ctx.art.published, future=True)
    return day, ctx.text[phrase.start:phrase.end]


def _where_on_date(ctx: Context, t: Token) -> bool:
    """ "began a visit on Monday, where he will hold talks": a "where" clause the parser hangs on a
    date is about the place before it; the date is the visit's, not the talks'."""
    anc = _where_clause(t)
    return anc is not None and any(span.start <= anc.head.i < span.end for _d, span in ctx.dates)


def _where_clause(t: Token) -> Token | None:
    """The relative clause opened by "where" that holds ``t`` ("..., where he is expected to hold talks")."""
    return next((a for a in [t, *t.ancestors][:4] if a.dep_ == "relcl" and a.left_edge.lower_ == "where"), None)


def _outside_where(ctx: Context, t: Token, sent: Span, dtxt: str) -> bool:
    """ "arrived in Portugal on Monday, where he is expected to hold talks": talks in a "where" clause
    do not take the day of the clause the place belongs to."""
    rel = _where_clause(t)
    span = _date_span(ctx, sent, dtxt) if rel is not None else None
    return span is not None and not (rel.left_edge.i <= span.start <= rel.right_edge.i)  # type: ignore[union-attr]


def _own_vague_time(ctx: Context, t: Token, sent: Span, dtxt: str) -> bool:
    """ "had spoken to X on Sunday and met Y in Berlin last week": a meeting verb with a time of its
    own that is no day ("last week", "earlier this month") takes no day from the verb it is conjoined to."""
    if t.pos_ != "VERB":
        return False
    days = {i for _d, span in ctx.dates for i in range(span.start, span.end)}
    own = [x for c in t.children if c.dep_ in ("npadvmod", "prep", "advmod") for x in c.subtree]
    if not any(x.ent_type_ == "DATE" and x.i not in days for x in own):
        return False
    span = _date_span(ctx, sent, dtxt)
    return span is not None and not any(x.i == span.start for x in own)


def _date_span(ctx: Context, sent: Span, dtxt: str) -> Span | None:
    at = ctx.text.find(dtxt, sent.start_char, sent.end_char)
    return ctx.doc.char_span(at, at + len(dtxt), alignment_mode="expand") if at >= 0 else None


def _other_event_date(ctx: Context, t: Token, sent: Span, dtxt: str) -> bool:
    """ "held separate talks with X before the summit in Paris on Monday": the day of the event
    before or after it, not of these talks."""
    span = _date_span(ctx, sent, dtxt)
    if span is None:
        return False
    for a in span.root.ancestors:
        if a.dep_ == "prep" and a.lower_ in _TIME_SHIFT and not (a.left_edge.i <= t.i <= a.right_edge.i):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _said_day(ctx: Context, t: Token, sent: Span, dtxt: str) -> tuple[dt.date | None, str | None] | None:
    """ "X told reporters on Wednesday he met Y on Monday": a date phrase between the speech verb and
    the subject of the clause it reports is the day of the saying, though the parser may hang it on
    the clause; the clause's day is a date phrase after its subject (or none). None when the date
    phrase is not so placed."""
    verb = t
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in L.SPEECH_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    span = _date_span(ctx, sent, dtxt)
    if subj is None or span is None or not verb.head.i < span.start < subj.left_edge.i:
        return None
    for phrase, other in ctx.dates:
        if subj.i < other.start <= verb.right_edge.i and any(a.i == verb.i for a in other.root.ancestors) \
                and not any(a.pos_ in ("VERB", "AUX") and a.i != verb.i for a in other.root.ancestors
                            if verb.i in {x.i for x in a.ancestors}):
            return resolve_date(phrase, ctx.art.published, future=is_future(ctx, clause_path(ctx, t))), \
                ctx.text[phrase.start:phrase.end]
    return None, None


def _reporting_date(ctx: Context, t: Token, sent: Span, dtxt: str) -> bool:
    """ "X will meet Y in Sochi, the Kremlin said on Monday": the day of the report, not of the talks."""
    span = _date_span(ctx, sent, dtxt)
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == t.i or verb.lemma_.lower() not in L.SPEECH_VERBS:
        return False
    cur = t
    while cur.head.i != cur.i and cur.head.i != verb.i:
        cur = cur.head
    return cur.head.i == verb.i and cur.i != verb.i and cur.dep_ in ("ccomp", "parataxis")


def _day_shift(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None] | None:
    """ "met Y on Friday, a day after meeting Z", "on Tuesday, two days after his talks with Z": the day
    counted from the date of the clause it hangs from; None when the meeting is not so placed."""
    prep = t.head
    if t.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("after", "before"):
        return None
    noun = prep.head
    if noun.lemma_.lower() != "day":  # "toured X on Thursday, a day after his summit with Y": the day under "after"
        noun = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), noun)
    n = next((_DAYS[c.lower_] for c in noun.children if c.dep_ in ("det", "nummod") and c.lower_ in _DAYS), None)
    if noun.lemma_.lower() != "day" or noun.dep_ != "npadvmod" or n is None:
        return None
    own = {x.i for x in noun.subtree}
    for _d, span in ctx.dates:
        if sent.start <= span.start and span.end <= sent.end and span.start not in own:
            verb = span.root
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            ref, _txt = date_for(ctx, verb, sent)
            if ref is not None:
                days = dt.timedelta(days=n if prep.lower_ == "before" else -n)
                return ref + days, ctx.text[noun.left_edge.idx:prep.idx + len(prep.text)]
    return None, None


def _span_start(ctx: Context, sent: Span, dtxt: str) -> bool:
    at = ctx.text.find(dtxt, sent.start_char, sent.end_char)
    if at < 0:
        return False
    before = ctx.text[max(at - 6, sent.start_char):at].lower()
    after = ctx.text[at + len(dtxt):at + len(dtxt) + 5].lower()
    if re.match(r"[-–]\d", after) or re.search(r"\d[-–]$", before):
        return True  # "on April 27-28", "on 27-28 April": a span of days
    return before.endswith(("from ", "between ")) and (after.startswith((" to ", " and ", "-", "–", " until ")))


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
        place = in_town(ctx, t, sent, town_of(ctx, _trigger_place(ctx, t, sent)) or named_venue(ctx, t))
        return place if place is None or any(a in own for a, _b, k in ctx.mentions if k == place) else None
    place = town_of(ctx, _trigger_place(ctx, t, sent))
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
        place = town_of(ctx, _where_town(ctx, t, sent))
    return in_town(ctx, t, sent, place)


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
        before = [k for a, b, k in ctx.mentions if sent.start <= a and b <= where.i and where.i - b <= 4
                  and ctx.actors[k].type in ("Place", "Country") and not ctx.in_quote[a]]
        return before[-1] if before else None
    return None


def _trigger_place(ctx: Context, t: Token, sent: Span) -> str | None:
    if t.pos_ not in ("NOUN", "PROPN"):
        place = place_for(ctx, t, sent, include_to=True)
        if place is not None and _before_or_after(ctx, place, sent):
            place = place_for(ctx, t, sent, include_to=True, exclude={place})
        if place is not None and _in_subject(ctx, t, place, sent):
            place = place_for(ctx, t, sent, include_to=True, exclude={place})  # "the president of France ... met"
        if place is not None and _topic(ctx, place, sent):
            place = place_for(ctx, t, sent, include_to=True, exclude={place})
        return place
    place = place_for(ctx, t, sent, include_to=True)
    tried: set[str] = set()
    while place is not None and (not _attached(ctx, t, place, sent) or _topic(ctx, place, sent)):
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
    at = [ctx.doc[a:b].root for a, b, k in ctx.mentions if k == place and sent.start <= a < sent.end]
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
            cur = h
        if not inside:
            return False
    return True


def _in_subject(ctx: Context, t: Token, place: str, sent: Span) -> bool:
    """Whether every mention of ``place`` in the sentence is inside the subject of ``t`` ("The
    president of France, Emmanuel Macron, and ... greeted each other"): a title, not a place."""
    subj = [x.i for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
    at = [a for a, _b, k in ctx.mentions if k == place and sent.start <= a < sent.end]
    return bool(at) and bool(subj) and all(a in subj for a in at)


def _before_or_after(ctx: Context, place: str, sent: Span) -> bool:
    """ "will meet Putin after the G7 summit in Cornwall": the place of the event before or after it."""
    for a, b, key in ctx.mentions:
        if key == place and sent.start <= a < sent.end:
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
