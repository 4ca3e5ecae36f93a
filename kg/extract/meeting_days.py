"""The day of a meeting: which date phrase a meeting word takes (its own, its clause's, the day of
a purpose clause or of a raising verb of plan), and which it does not (a span of days, the day
something was said or reported, another event's day). Split from :mod:`kg.extract.meeting_places`
(file size)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.dates import resolve_date
from kg.extract.indexes import date_tokens
from kg.extract.meeting_places import _TIME_SHIFT, _joint_after, _own_clause, _shifted
from kg.extract.places import clause_path, date_for, is_future, sentence_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["meeting_date"]

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
    if d is not None and dtxt is not None and ctx.art.published is not None and d < ctx.art.published and (
            _planned_subject(t) or _progressive(t if t.pos_ in ("VERB", "AUX") else t.head)):
        # "talks are scheduled to begin on Friday", "A and B are holding talks on Friday": a day to come
        span = _date_span(ctx, sent, dtxt)
        phrase = next((p for p, sp in ctx.dates if span is not None and sp.start == span.start), None)
        if phrase is not None:
            d = resolve_date(phrase, ctx.art.published, future=True)
    if d is None and dtxt is None:
        return _under_way(ctx, t, sent)
    return d, dtxt


def _progressive(verb: Token) -> bool:
    """ "are holding", "is meeting": a verb in the present progressive."""
    aux = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and len(aux) == 1 and aux[0].tag_ in ("VBP", "VBZ") and aux[0].lemma_ == "be"


def _under_way(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None]:
    """ "A and B are holding talks in X", "A is meeting B", "talks are under way": a meeting told as
    going on while the report is written, in a sentence that names no day, is of the dateline's day
    ("SANTIAGO, March 8 -"), else of the day of publication (a live report). Not a headline's present
    (which tells the past), not a plan ("are to meet", "are expected to meet", "are meeting next week")."""
    if ctx.in_headline(t.idx) or any(sent.start <= span.start < sent.end for _d, span in ctx.dates):
        return None, None
    verb = t if t.pos_ in ("VERB", "AUX") else t.head
    aux = [c for c in verb.children if c.dep_ == "aux"]
    going = _progressive(verb)
    if not going:  # "talks ... are under way"
        going = verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and t.dep_ == "nsubj" and any(
            c.lower_ in ("underway", "under") for c in verb.children)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in L.SPEECH_VERBS  # "are holding talks, X said"
    if not going or (verb.dep_ in ("xcomp", "ccomp", "advcl", "acl") and not reported) or any(
            c.dep_ in ("xcomp", "npadvmod", "advmod") and c.lower_ in ("to", "week", "month", "soon", "later") for c in verb.children):
        return None, None
    day, text = ctx.dateline_date()
    if day is not None:
        return day, text
    if ctx.art.published is None:
        return None, None
    return ctx.art.published, ctx.doc[min(x.i for x in (verb, *aux)):verb.i + 1].text


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
    days = date_tokens(ctx)  # indexed once per article
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
        if a.dep_ == "prep" and a.lower_ in _TIME_SHIFT and not (a.left_edge.i <= t.i <= a.right_edge.i) and not _duration(a):
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _duration(prep: Token) -> bool:
    """ "ended after four hours on Tuesday", "broke up after just 40 minutes": "after" a length of time
    is how long the talks took, not another event (the parser hangs the day on the hours)."""
    for c in prep.children:  # "after five hours late on Tuesday": the hours hang on "late"; not "hours after the vote"
        if (c.dep_ == "pobj" and c.lemma_.lower() in _LENGTHS) or (c.dep_ == "pcomp" and any(
                x.dep_ == "npadvmod" and x.lemma_.lower() in _LENGTHS for x in c.children)):
            return True
    return False


_LENGTHS = frozenset({"hour", "minute"})


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
    return cur.head.i == verb.i and cur.i != verb.i and cur.dep_ in ("ccomp", "parataxis") and not _ends_report(ctx, cur, span, verb)


def _ends_report(ctx: Context, clause: Token, span: Span, verb: Token) -> bool:
    """ "X will meet Y in Tokyo today, his office said": a date phrase that closes the reported clause,
    before the comma and the attribution after it, is the clause's day though the parser hangs it on
    the speech verb (not "..., the Kremlin said on Monday", nor "On Monday, the Kremlin said X would meet Y")."""
    if not clause.i < span.start < verb.i or span.start <= clause.right_edge.i and span.start < clause.left_edge.i:
        return False
    gap = ctx.doc[span.end:verb.i]
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(gap) and gap[0].text == "," and bool(subj) and all(x.i >= span.end for s in subj for x in s.subtree)


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


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "this Friday and Saturday", "April 27 and 28", "on 27 and 28 April": two days of one event
_PAIRED_AFTER = re.compile(rf"\s+(?:and|or|through|till)\s+(?:on\s+)?(?:{_WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?(?=\s*(?:[,.;)]|$)|\s+{_MONTH}))",
                           re.I)
_PAIRED_BEFORE = re.compile(rf"\b(?:{_WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:and|or)\s+(?:on\s+)?$", re.I)


def _span_start(ctx: Context, sent: Span, dtxt: str) -> bool:
    at = ctx.text.find(dtxt, sent.start_char, sent.end_char)
    if at < 0:
        return False
    before = ctx.text[max(at - 6, sent.start_char):at].lower()
    after = ctx.text[at + len(dtxt):at + len(dtxt) + 5].lower()
    if re.match(r"[-–]\d", after) or re.search(r"\d[-–]$", before):
        return True  # "on April 27-28", "on 27-28 April": a span of days
    if _PAIRED_AFTER.match(ctx.text, at + len(dtxt), sent.end_char) or _PAIRED_BEFORE.search(ctx.text[max(at - 20, sent.start_char):at]):
        return True  # "will take place this Friday and Saturday", "on 27 and 28 April": two days, no one day
    return before.endswith(("from ", "between ")) and (after.startswith((" to ", " and ", "-", "–", " until ")))
