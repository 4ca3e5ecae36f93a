"""The day of a protest word: its own date phrase, "a day after" another clause, a second day
joined by "and", and the date phrases that belong to something else (a speech verb, a plan, "amid")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.dates import resolve_date
from kg.extract.indexes import dates_starting
from kg.extract.lexicon import NUMBER_WORDS
from kg.extract.places import clause_path, date_for
from kg.extract.protest_cues import PLAN_VERBS, date_head, is_protest

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["amid", "and_day", "aside_date", "cause_date", "spread_days", "country_takes_told_day", "date_word", "days_apart", "done_to_other", "overnight", "own_date",
           "planned", "said_on", "since_clause", "in_the_wake"]


def own_date(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None] | None:
    """The date phrase of a protest noun's own phrase ("gathered on Sunday, after a march in Lima on
    Saturday": the march is Saturday's), before the date of the verb its phrase hangs on."""
    if t.pos_ != "NOUN":
        return None
    for d, span in ctx.dates:
        root = span.root
        prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
        if sent.start <= span.start < sent.end and prep is not None and prep.lower_ == "on" and (
                prep.head.i == t.i or _finite_acl(prep.head, t)):
            return resolve_date(d, ctx.art.published), ctx.text[d.start:d.end]
    rel = [c for c in t.children if c.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.lower_ in ("that", "which")
                                                              for x in c.children)]
    for d, span in ctx.dates if rel else []:  # "the march, which began in Lima on Saturday": the march's day
        if sent.start <= span.start < sent.end and any(date_head(span).i == v.i for v in rel):
            return resolve_date(d, ctx.art.published), ctx.text[d.start:d.end]
    return None


def days_apart(ctx: Context, t: Token, sent: Span) -> tuple[dt.date | None, str | None] | None:
    """ "police deployed on Monday, a day after rioters stormed Congress": a clause told a
    number of days after (or before) the dated clause it hangs on took place that many days
    earlier (or later)."""
    found = _days_from_noun(t) or _days_from_clause(t)
    if found is None:
        return None
    verb, mark, days = found
    num = next((c for c in days.children if c.dep_ in ("det", "nummod")), None)
    n = 1 if num is None or num.lower_ in ("a", "one") else int(num.text) if num.text.isdigit() else \
        NUMBER_WORDS.get(num.lower_) if num.lower_ in NUMBER_WORDS else None
    if not n:
        return None
    d, _dtxt = date_for(ctx, verb.head, sent)
    if d is None:
        return None
    shift = dt.timedelta(days=n if mark.lower_ == "after" else -n)
    return d - shift, ctx.doc[days.left_edge.i: mark.i + 1].text


def _days_from_clause(t: Token) -> tuple[Token, Token, Token] | None:
    """ "a day after rioters stormed Congress": the clause of ``t`` told "N days after / before";
    (its verb, the "after", the count's noun), else None."""
    verb = next((v for v in [t, *list(t.ancestors)[:3]] if v.pos_ in ("VERB", "AUX")), None)
    for _ in range(2):  # "a day after police used tear gas to break up a march": the clause "break up" completes
        if verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
    if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    days = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    return (verb, mark, days) if mark is not None and days is not None else None


def _days_from_noun(t: Token) -> tuple[Token, Token, Token] | None:
    """ "fired tear gas in Nairobi on Tuesday, two days after a rally in Mombasa": a protest noun
    after "N days after / before", the count hung on the preposition, which hangs on the dated
    clause; (the preposition, twice, and the count's noun), else None."""
    prep = t.head if t.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("after", "before") or prep.head.i == prep.i:
        return None
    days = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"), None)
    return (prep, prep, days) if days is not None else None


def and_day(ctx: Context, sent: Span, dtxt: str | None) -> tuple[dt.date | None, str | None]:
    """The second day of "on Saturday and Sunday": a date phrase joined by "and" to ``dtxt``."""
    found = dates_starting(ctx, sent.start, sent.end)
    for (d1, _s1), (d2, _s2) in zip(found, found[1:]):
        if ctx.text[d1.start:d1.end] == dtxt and ctx.text[d1.end:d2.start] in (" and ", ", and "):
            day = resolve_date(d2, ctx.art.published)
            return (day, ctx.text[d2.start:d2.end]) if day is not None else (None, None)
    return None, None


def _finite_acl(v: Token, t: Token) -> bool:
    """ "The protests left one dead on March 4": a past-tense verb the parser hung on the protest
    noun as a clause of it, when it is the sentence's main verb."""
    return v.dep_ == "acl" and v.head.i == t.i and v.tag_ == "VBD" and t.dep_ == "ROOT"


def date_word(ctx: Context, sent: Span, dtxt: str | None) -> Token | None:
    """The word the date phrase ``dtxt`` of ``sent`` hangs on ("since", a verb)."""
    if dtxt is None:
        return None
    for d, span in dates_starting(ctx, sent.start, sent.end):
        if ctx.text[d.start:d.end] == dtxt:
            return date_head(span)
    return None


def said_on(ctx: Context, sent: Span, dtxt: str | None, t: Token) -> bool:
    """Whether the date phrase ``dtxt`` dates something else than ``t``: a speech verb whose reported
    clause holds ``t`` ("killed during protests overnight, police said on Thursday" tells the day of
    the saying), or what was done to another noun (:func:`done_to_other`)."""
    if any(d.get("stamp") and ctx.text[d.start:d.end] == dtxt for d, span in dates_starting(ctx, sent.start, sent.end)):
        return False  # "9:30 a.m.: 300 protested in X, a news website reported": the entry's time, not the report's
    head = date_word(ctx, sent, dtxt)
    return head is not None and head.i != t.i and (head.lemma_.lower() in L.SPEECH_VERBS and t.i in {
        x.i for c in head.children if c.dep_ in ("ccomp", "parataxis") for x in c.subtree} or done_to_other(ctx, head, t)
        or _followed(ctx, sent, dtxt, head, t))


def _followed(ctx: Context, sent: Span, dtxt: str | None, head: Token, t: Token) -> bool:
    """ "The demonstration followed a televised speech Sunday night by the president": a day told after
    the object of "followed" / "preceded" is the object's (the speech's), not the protest's, its subject."""
    if head.lemma_.lower() not in ("follow", "precede") or not any(
            c.dep_ in ("nsubj", "nsubjpass") and t.i in {x.i for x in c.subtree} for c in head.children):
        return False
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    return obj is not None and any(sent.start <= span.start < sent.end and ctx.text[d.start:d.end] == dtxt
                                   and span.start > obj.i for d, span in ctx.dates)


def done_to_other(ctx: Context, head: Token, t: Token) -> bool:
    """Whether ``head``, the verb a date phrase hangs on, tells what was done to a noun other than the
    protest ``t``, in a clause of that noun: "gatherings in places attacked by police on Sunday", "marched
    near the university that police raided on Monday" (the attack and the raid are Sunday's and Monday's,
    not the gathering). A clause whose subject is its noun ("people who marched on Sunday", "the rally,
    which began on Sunday") and a clause of a protest noun still date it."""
    for _ in range(4):  # "places attacked by the police or the guard on Sunday": the date hung on a noun of the clause
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or head.i == t.i:
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("relcl", "acl") or t.i in {x.i for x in head.subtree}:
        return False
    noun = head.head
    if noun.i == t.i or is_protest(ctx, noun) or (noun.dep_ in ("conj", "appos") and noun.head.i == t.i):
        return False
    if head.dep_ == "acl":  # "places attacked by police": done to them ("people marching": done by them); a
        # participle with no agent may be the sentence's verb misread ("Demonstrators ... the judiciary faced off")
        return head.tag_ == "VBN" and any(c.dep_ == "agent" for c in head.children)
    return not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in head.children)


def planned(ctx: Context, sent: Span, dtxt: str | None, t: Token) -> bool:
    """Whether the date phrase ``dtxt`` of ``sent`` dates a plan that ``t`` is not part of: a verb
    of intention ("vowed", "plan", "called for") governs the date but not ``t``."""
    if dtxt is None:
        return False
    own = {a.i for a in [t, *t.ancestors]}
    for d, span in ctx.dates:
        if sent.start <= span.start < sent.end and ctx.text[d.start:d.end] == dtxt:
            return any(a.i not in own and a.pos_ == "VERB" and a.lemma_.lower() in PLAN_VERBS for a in span.root.ancestors)
    return False


def overnight(ctx: Context, sent: Span, dtxt: str | None, t: Token) -> bool:
    """Whether the protest ``t`` tells its own time as "overnight", below the word the date phrase
    ``dtxt`` hangs on (or in its own clause, when the sentence prints no date): "held talks on Saturday
    after overnight clashes", "closed Friday as authorities feared an escalation of overnight protests",
    "spurred by reports of police shooting protesters in Karbala overnight". Overnight gives no day
    (which night is not told), and the clause's day is another event's ("clashed with police overnight
    on Saturday" keeps its day: both hang on one word)."""
    head = date_word(ctx, sent, dtxt)
    own = {x.i for x in clause_path(ctx, t)} if head is None else set()
    if head is not None:
        for a in [t, *t.ancestors]:
            if a.i == head.i:
                break
            own.add(a.i)
        else:
            own = {t.i}  # the sentence's day, not on the protest's path: only the protest's own word counts
    return any(x.lower_ == "overnight" and x.head.i in own and (head is None or x.head.i != head.i) for x in sent)


def since_clause(head: Token | None) -> bool:
    """Whether the word a date phrase hangs on is the verb of a "since" clause ("the largest gathering since
    the second wave of demonstrations resumed on Friday", "since protests began on April 28"): the start
    of a span, the movement's background, not a day of its own."""
    return head is not None and head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in head.children)


def in_the_wake(ctx: Context, sent: Span, dtxt: str | None, t: Token) -> bool:
    """Whether the protest noun ``t`` is what the clause's news came after: "the president spoke on Monday
    in the wake of violent protests", "his remarks come in the wake of nationwide demonstrations" (in
    the present, the dateline's day): that day is the later news's, not the protests' (no day of their
    own, nor the one told before them). Not "after" or "following" a march: clashes that followed a
    march are mostly of its day."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj":
        return False
    prep = t.head
    if not (prep.lower_ == "of" and prep.head.lower_ == "wake" and prep.head.head.lower_ == "in"):
        return False
    if dtxt is None:
        return True
    head = date_word(ctx, sent, dtxt)
    return head is not None and any(a.i == head.i for a in prep.ancestors)


def amid(t: Token) -> bool:
    """ "amid (growing) protests", "despite protests": a plural protest noun framing what another clause tells."""
    return t.tag_ in ("NNS", "NNPS") and t.dep_ == "pobj" and t.head.lower_ in ("amid", "amidst", "despite")


def country_takes_told_day(ctx: Context, events: list[Ev], before_the_news: Callable[[Context, Ev], bool]) -> None:
    """ "On Saturday, police detained 50 in Grodno. Thousands rallied in Minsk on Sunday. Protesters in
    Belarus blocked roads ...": an undated gathering placed in a country (not a wave: ``generic``), whose
    towns do not share one day (else it has taken theirs), is told as part of the dated gathering
    reported before it, and takes its day, as a town does (``_lead_carries`` of :mod:`protest_merge`);
    not one told in the past perfect (``before_the_news``: "had taken to the streets"), nor a country
    the text dates elsewhere, nor one with no dated gathering before it (not a headline's)."""
    for e in sorted(events, key=lambda e: e.anchor):
        if e.date is not None or e.generic or e.place is None or not ctx.typed(e.place, "Country") or before_the_news(ctx, e):
            continue
        if any(o.place == e.place and o.date is not None for o in events):
            continue
        before = [o for o in events if o.date is not None and o.anchor < e.anchor and not ctx.in_headline(o.anchor)]
        if before:
            last = max(before, key=lambda o: o.anchor)
            e.date, e.date_text = last.date, last.date_text


# the words that open a partitive aside: "many of them", "some of which"
_PARTITIVES = frozenset({"many", "some", "most", "several", "all", "one", "none", "few", "half", "both", "each", "dozens"})


def aside_date(ctx: Context, sent: Span, dtxt: str | None, t: Token | None = None) -> bool:
    """Whether the date phrase ``dtxt`` lies in a partitive aside set off by commas that ``t`` is not
    in ("the gatherings, many of them in places attacked by police on Sunday, were also seen in A and B"):
    the aside's news is another day's, not the protest's. Without ``t``, whether it lies in such an aside."""
    span = _phrase_span(ctx, sent, dtxt)
    if span is None:
        return False
    doc = ctx.doc
    i = span.start - 1
    while i > sent.start and doc[i].text not in (",", ";"):
        i -= 1
    if doc[i].text != "," or i + 2 >= sent.end or doc[i + 1].lower_ not in _PARTITIVES or doc[i + 2].lower_ != "of":
        return False
    j = span.end
    while j < sent.end and doc[j].text not in (",", ";"):
        j += 1
    return j < sent.end and doc[j].text == "," and (t is None or not i < t.i < j)


def _phrase_span(ctx: Context, sent: Span, dtxt: str | None) -> Span | None:
    """The tokens of the first date phrase of ``sent`` printed as ``dtxt``, if any."""
    if dtxt is None:
        return None
    return next((span for d, span in dates_starting(ctx, sent.start, sent.end) if ctx.text[d.start:d.end] == dtxt),
                None)


# what a protest is "over" or "against": the date of that is the cause's
_CAUSE_PREPS = frozenset({"over", "against", "about"})


def cause_date(ctx: Context, sent: Span, dtxt: str | None) -> bool:
    """Whether the date phrase ``dtxt`` names the day of what is protested, not of the protest: a date
    that modifies the noun after "over", "against" or "about" ("in protest over October 1 crackdown",
    "protests over the March 3 election", "a rally against Sunday's vote")."""
    span = _phrase_span(ctx, sent, dtxt)
    if span is None:
        return False
    doc = ctx.doc
    after = span.end + (1 if span.end < sent.end and doc[span.end].tag_ == "POS" else 0)
    while after < sent.end and doc[after].pos_ == "ADJ":
        after += 1  # "the October 31 parliamentary election"
    if not (after < sent.end and doc[after].pos_ == "NOUN" and not is_protest(ctx, doc[after])):
        return False
    for a in span.root.ancestors:  # the date's noun inside "over ...", "against the results of ..."
        if a.pos_ in ("VERB", "AUX"):
            return False
        if a.dep_ == "prep" and a.lower_ in _CAUSE_PREPS:
            return True
    return False


_SPREAD = frozenset({"spread", "extend", "spill", "expand", "widen"})
Day = tuple["dt.date | None", "str | None"]


def spread_days(ctx: Context, t: Token, sent: Span) -> tuple[Day, Day] | None:
    """ "Protests that started in Lome on Saturday spread to Sokode and Kara on Sunday", "The unrest,
    which began in Quito, spread to Guayaquil on Sunday": the day told in the protest noun's own phrase
    (where it began; none when not told) and the day of its spreading. None unless ``t`` is the subject
    of a spread verb that has a day of its own."""
    if t.pos_ != "NOUN" or t.dep_ != "nsubj" or t.head.lemma_.lower() not in _SPREAD or ctx.art.published is None:
        return None
    verb, sub = t.head, {x.i for x in t.subtree}
    own: Day = (None, None)
    spread: Day = (None, None)
    for d, span in dates_starting(ctx, sent.start, sent.end):
        day = (resolve_date(d, ctx.art.published), ctx.text[d.start:d.end])
        if span.start in sub:
            own = day
        elif any(a.i == verb.i for a in span.root.ancestors) and not any(
                a.dep_ in ("relcl", "acl", "advcl", "ccomp") and a.i != verb.i and verb in a.ancestors for a in span.root.ancestors):
            spread = day
    return (own, spread) if spread[0] is not None else None
