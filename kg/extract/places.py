"""Dates and places of events: which date phrase and which place a trigger word takes.

A date or place belongs to a trigger when it attaches to the trigger's clause (the
trigger and the verbs it hangs from), to the trigger noun's own phrase, or to the object
of the trigger verb. Weekdays resolve against the publication date, forward when the
clause is about something planned.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.dates import DatePhrase, find_clocks, find_dates, relative_to, resolve_date
from kg.extract.indexes import date_tokens, dates_starting
from kg.extract.spans import VENUE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["index_dates", "clause_path", "date_for", "is_future", "place_for", "own_time", "place_mentions", "sentence_date"]

_TIME_SHIFT = frozenset({"after", "before", "since", "until", "ahead"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "across", "to", "into", "throughout", "around",
                          "of", "through", "inside", "on"})


def index_dates(ctx: Context) -> None:
    """The date phrases of the body outside quotations; "the same evening" and "the next
    day" are resolved against the last day named before them (none: dropped)."""
    last: dt.date | None = None
    for s in ctx.doc.sents:
        a, b = s.start_char, s.end_char
        # a sentence that names no day may give a time of day ("at 3 pm local time"): the day named last, or publication's
        for d in find_dates(ctx.art.analysed, a, b) or find_clocks(ctx.art.analysed, a, b):
            span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is None or any(ctx.in_quote[t.i] for t in span):
                continue
            if d.get("same") or (d.get("clock") and last is not None):
                if last is None:
                    continue
                d = relative_to(d, last)
            elif not ctx.in_headline(d.start):
                last = resolve_date(d, ctx.art.published) or last
            ctx.dates.append((d, span))


def clause_path(ctx: Context, tok: Token, *, wide: bool = False) -> list[Token]:
    """``tok`` and its ancestors up to the verb heading its clause. Verbs without a
    subject of their own and not finite are climbed through ("farmers drove ...,
    setting fires ... to protest": the protest is dated by "drove ... on Thursday").
    ``wide`` climbs from the first verb into the clause it depends on, as an
    infinitive, adverbial or participle clause ("agreed on Wednesday ..., as the two
    leaders met"; "flew ... for talks")."""
    path = [tok]
    cur = tok
    verbs = 0
    while cur.head.i != cur.i:
        if not wide and cur.pos_ in ("VERB", "AUX") and (_heads_clause(cur, cur.i == tok.i) or verbs >= 3):
            break
        if wide and (cur.lower_ in _TIME_SHIFT or any(c.dep_ == "mark" and c.lower_ in _TIME_SHIFT for c in cur.children)):
            break  # "said on Wednesday, a day after protesters stormed ...": another time
        cur = cur.head
        path.append(cur)
        if cur.pos_ in ("VERB", "AUX"):
            verbs += 1
            if wide and (cur.dep_ not in ("xcomp", "advcl", "acl", "pcomp") or verbs >= 2):
                break
    return path


def _heads_clause(v: Token, is_trigger: bool = False) -> bool:
    """A verb with its own subject, or a finite one, heads its clause; a trigger verb
    conjoined to another and sharing its subject does not ("gathered in X and
    marched": the march is in X), while a noun in such a conjunct's object keeps to
    its own verb ("met him on Monday and praised the handling of the protests")."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
    if is_trigger and v.dep_ == "conj" and not own_subject:
        return False
    if v.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ in ("aux", "auxpass") and c.lower_ != "to")
               for c in v.children)


def _reaches(ctx: Context, tok: Token, pset: set[int], steps: int = 5) -> bool:
    """Whether ``tok`` hangs off the clause ``pset`` through nouns and prepositions only
    ("on the sidelines of the summit in Brussels" -> "met")."""
    cur = tok
    for _ in range(steps):
        if cur.i in pset:
            return True
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("pobj", "prep", "dobj", "attr", "compound", "nmod", "appos", "npadvmod", "amod") or cur.pos_ == "ADP":
            cur = cur.head
        else:
            return False
    return cur.i in pset


def _before_verb(ctx: Context, span: Span, pset: set[int]) -> bool:
    """ "Supporters of former prime minister X on Tuesday (May 9) stormed ...": a date phrase between
    the subject and its verb, which the parser hung on the subject's noun phrase, dates the verb."""
    doc = ctx.doc
    nxt = span.end
    while nxt < len(doc) and doc[nxt].is_punct and doc[nxt].text in ("(", ")", ","):
        nxt += 1
    if nxt >= len(doc) or not any(doc[i].i in pset for i in (nxt, doc[nxt].head.i)):
        return False
    verb = doc[nxt] if doc[nxt].pos_ in ("VERB", "AUX") else doc[nxt].head
    if verb.i not in pset or verb.pos_ not in ("VERB", "AUX") or (verb.i != nxt and doc[nxt].dep_ not in ("aux", "auxpass", "advmod", "neg")):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < span.start), None)
    if subj is None or not (subj.left_edge.i <= span.start and span.root.head.i != span.root.i):
        return False
    for a in span.root.ancestors:  # not a participle's day ("people, angered by a tax announced on Sunday, marched")
        if a.i == subj.i:
            return True
        if a.pos_ == "VERB" and a.dep_ in ("acl", "relcl") and not _tells_event(a):
            return False
    return False


def _attach_point(ctx: Context, span: Span) -> Token:
    cur = span.root
    while cur.head.i != cur.i and (span.start <= cur.head.i < span.end or cur.head.dep_ == "prep" or cur.head.pos_ == "ADP"):
        cur = cur.head
    return cur.head if cur.head.i != cur.i else cur


def date_for(ctx: Context, tok: Token, sent: Span) -> tuple[dt.date | None, str | None]:
    shifted = days_before(ctx, tok, sent)
    if shifted is not None:
        return shifted
    path = clause_path(ctx, tok)
    found = _date_on(ctx, path, sent)
    if found[1] is None and not own_time(ctx, path):
        found = _date_on(ctx, clause_path(ctx, tok, wide=True), sent)
    return found


_DAY_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def days_before(ctx: Context, tok: Token, sent: Span) -> tuple[dt.date | None, str | None] | None:
    """ "police deployed on Monday, a day after rioters stormed Congress": the storming is the day
    before the day of the clause it hangs from (its "a day after" is the date text); None when
    ``tok`` is not told so or the other clause has no day."""
    cur = tok
    for _ in range(3):
        kids = list(cur.children)
        count = next((c for c in kids if c.dep_ == "npadvmod" and c.lower_ in ("day", "days")), None)
        if count is not None and any(c.dep_ == "mark" and c.lower_ == "after" for c in kids) and cur.dep_ == "advcl":
            anchor, after = cur.head, next(c for c in kids if c.dep_ == "mark" and c.lower_ == "after")
        elif cur.dep_ == "pobj" and cur.head.lower_ == "after" and cur.head.head.lower_ in ("day", "days") \
                and cur.head.head.dep_ == "npadvmod":
            count, after, anchor = cur.head.head, cur.head, cur.head.head.head
        else:
            if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
                return None
            cur = cur.head
            continue
        num = next((c.lower_ for c in count.children if c.dep_ in ("det", "nummod")), None)
        n = _DAY_COUNT.get(num or "") or (int(num) if num and num.isdigit() and int(num) < 7 else None)
        if n is None or anchor.i == cur.i:
            return None
        day, _txt = date_for(ctx, anchor, sent)
        if day is None:
            return None
        first = min(t.i for t in count.subtree)
        return day - dt.timedelta(days=n), ctx.text[ctx.doc[first].idx:after.idx + len(after.text)]
    return None


def _date_on(ctx: Context, path: list[Token], sent: Span) -> tuple[dt.date | None, str | None]:
    pset = {t.i for t in path}
    rank = {t.i: n for n, t in enumerate(path)}
    found: list[tuple[int, DatePhrase, Token]] = []
    for d, span in dates_starting(ctx, sent.start, sent.end + 1):  # the sentence's, not every date's
        if span.start < sent.start or span.end > sent.end:
            continue
        if _owned_day(span, path[0]):
            continue  # "the largest since Sunday's election": the election's day, not the protests'
        att = _attach_point(ctx, span)
        first = att
        while first.dep_ == "conj" and first.pos_ in ("NOUN", "PROPN") and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head  # "stormed Congress, the court and the palace on Sunday": the date of the verb, not of the palace
        if att.i in pset or span.root.i in pset or (span.root.head.i in pset) or _reaches(ctx, first, pset, 4) \
                or _before_verb(ctx, span, {t.i for t in path[:2]}):
            # the date nearest the trigger on its path: "met X on Monday, before travelling to Kyiv to meet Y on
            # Tuesday" dates the meeting with Y by its own "on Tuesday"
            at = min((rank[i] for i in (att.i, span.root.i, span.root.head.i) if i in rank), default=len(path))
            found.append((at, d, att))
    if found:
        _at, d, att = min(found, key=lambda f: f[0])
        future = is_future(ctx, path) or (
            att.i == path[0].i and any(t.lemma_.lower() in L.FUTURE_VERBS for t in path[1:])
            and not (len(path) > 1 and path[1].lower_ in ("during", "after", "since", "following"))) or (  # "during his visit on Monday, X pledged"
            len(path) > 2 and path[0].pos_ == "NOUN" and path[1].lower_ == "for"
            and path[2].lemma_.lower() in L.FUTURE_VERBS) or (
            len(path) > 1 and path[0].dep_ == "dobj" and path[1].lemma_.lower() in L.FUTURE_VERBS - {"promise"}) or (
            _planned_for(ctx, d))
        return resolve_date(d, ctx.art.published, future=future), ctx.text[d.start:d.end]
    return None, None


def _planned_for(ctx: Context, d: DatePhrase) -> bool:
    """ "a meeting is scheduled for Sunday", "talks set for Friday": a day planned for."""
    span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
    prep = span.root.head if span is not None else None
    return prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in ("schedule", "set", "plan", "slate")


def is_future(ctx: Context, path: list[Token]) -> bool:
    for i, t in enumerate(path):
        # "vowed to gather on Friday", "were due to hold talks on Tuesday" -- but not
        # "promised a loan on Monday": the intention verb must govern the clause below it
        if (t.lemma_ in L.FUTURE_VERBS or t.lower_ == "due") and i > 0 and path[i - 1].dep_ == "xcomp":
            return True
        if t.lower_ in ("is", "are") and i > 0 and path[i - 1].dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in path[i - 1].children):
            return True  # "X is to meet Y on Friday": a plan
        if t.pos_ in ("VERB", "AUX"):
            for c in t.children:
                if c.lower_ in ("will", "shall", "'ll") or (c.dep_ == "aux" and c.lower_ == "to" and t.dep_ == "ROOT"):
                    return True
    return False


def place_for(ctx: Context, tok: Token, sent: Span, *, include_to: bool = True, exclude: set[str] | None = None) -> str | None:
    """The place a trigger happens at: a place (or country) in a locative phrase
    attached to the trigger's clause, to the trigger noun's own phrase, or to the
    object of the trigger verb ("met X in Vilnius"); "Barcelona, where he was
    attending a summit"; "the capital" for the article's country."""
    path = clause_path(ctx, tok)
    pset = {t.i for t in path}
    sub = {t.i for t in tok.subtree} if tok.pos_ in ("NOUN", "PROPN") else set()
    best: tuple[int, int, str] | None = None
    for a, b, key in place_mentions(ctx, sent):
        if exclude and key in exclude:
            continue
        rec = ctx.actors[key]
        root = ctx.doc[a:b].root
        if root.dep_ == "poss" and _town_of_region(ctx, root.head):
            continue  # "in Bolivar's San Felix": the town, not its state
        if root.dep_ in ("compound", "poss") and root.head.dep_ == "pobj":
            root = root.head  # "at the Filoli estate" parsed with the name as a compound, "in Baghdad's Tahrir Square"
        prep = root.head if root.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in _PLACE_PREPS:
            continue
        if prep.lower_ == "to" and (not include_to or prep.head.lower_ == "according"):
            continue  # "according to the Kremlin": the source, not a place
        if prep.lower_ == "on" and rec.type != "Place":
            continue
        target = prep.head
        if prep.lower_ == "of":  # "the resort of Sochi", "the streets of Minsk"
            if target.dep_ == "pobj" and target.head.pos_ == "ADP":
                target = target.head.head
            elif target.dep_ in ("dobj", "nsubj") and target.head.i in pset:
                target = target.head
            else:
                continue
        obj_phrase = False
        if tok.pos_ == "VERB":
            cur = target
            for _ in range(4):
                if cur.dep_ in ("dobj", "attr") and cur.head.i == tok.i or (
                        cur.dep_ == "pobj" and cur.head.lower_ == "with" and cur.head.head.i == tok.i
                        and tok.lemma_.lower() in L.MEETING_VERBS):  # "met with A and B in Paris"
                    obj_phrase = True
                    break
                if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
                    break
                cur = cur.head
        near = obj_phrase or target.i in pset or target.i in sub or _reaches(ctx, target, pset) or (
            target.dep_ == "pobj" and target.head.lower_ in _PLACE_PREPS and target.head.head.i in pset) or (
            target.head.i in pset and target.dep_ in ("dobj", "attr", "appos", "npadvmod") and tok.pos_ == "VERB")
        if near:
            rank = (0 if rec.type == "Place" and rec.country else 1 if rec.type == "Place" else 2, abs(a - tok.i))
            if best is None or rank < best[:2]:
                best = (*rank, key)
    if best:
        return best[2]
    # "Barcelona, where he was attending a summit"
    for anc in path:
        if anc.dep_ == "relcl" and any(c.lower_ == "where" for c in anc.children):
            k = ctx.tok_actor[anc.head.i]
            if k and ctx.actors[k].type in ("Place", "Country") and not (exclude and k in exclude):
                return k
    return None


def _town_of_region(ctx: Context, tok: Token) -> bool:
    """Whether ``tok`` ends the name of a place the model read as a place (GPE), not a venue
    ("Bolivar's San Felix", not "Baghdad's Tahrir Square")."""
    k = ctx.tok_actor[tok.i]
    rec = ctx.actors[k] if k else None
    return rec is not None and rec.type == "Place" and not rec.venue and tok.ent_type_ == "GPE" \
        and tok.lemma_.lower() not in VENUE_WORDS and tok.dep_ == "pobj"


# "the commercial capital, Blantyre", "the economic capital": a town that is not the seat of government
_SUB_CAPITAL = frozenset({"regional", "provincial", "state", "district", "departmental", "county", "local", "commercial",
                          "economic", "financial", "business", "cultural"})


def place_mentions(ctx: Context, sent: Span) -> list[tuple[int, int, str]]:
    """Place and country mentions of a sentence, outside quotations, plus "the capital"."""
    # only the sentence's mentions (starts up to sent.end: the test is b <= sent.end), not the text's
    own = ctx.mentions_in(sent.start, sent.end + 1)
    out = [(a, b, k) for a, b, k in own if sent.start <= a and b <= sent.end
           and ctx.actors[k].type in ("Place", "Country") and not ctx.in_quote[a]]
    for a, b, key in own:  # "in the Kremlin": Moscow
        rec = ctx.actors[key]
        town = L.SEATS.get(rec.name.lower()) if rec.type == "Organization" else None
        if rec.type == "Organization" and rec.name.lower().removeprefix("the ") in L.GENERIC_SEATS and ctx.home_country \
                and sent.start <= a and b <= sent.end and not ctx.in_quote[a] and not _seat_in_town(ctx, a, b):
            cap = ctx.capital_of(ctx.home_country)  # "at State House": the seat in the article's capital
            if cap:
                out.append((a, b, cap))
        if town and sent.start <= a and b <= sent.end and not ctx.in_quote[a]:
            entry = ctx.gaz.lookup(town)
            if entry is not None and entry.type == "Place":
                ctx.add_actor(entry.key, entry.name, "Place", 10**9, entry=entry, body=False)
                out.append((a, b, entry.key))
    for t in sent:
        # "in the capital", "the capital's main avenue", "in the capital city"
        if t.lower_ == "capital" and any(c.lower_ in _SUB_CAPITAL or c.dep_ == "compound" for c in t.children):
            continue  # "the Ashanti regional capital, Kumasi": not the country's capital
        if t.lower_ == "capital" and t.pos_ == "NOUN" and not ctx.in_quote[t.i] and (t.dep_ == "pobj" or (
                t.head.dep_ == "pobj" and (t.dep_ == "poss" or (t.dep_ == "compound" and t.head.lower_ == "city")))):
            country = None
            for c in t.children:
                # "the South Korean capital": a demonym of two words, the first parsed under the second
                k = ctx.gaz.by_demonym.get(c.text.lower()) or ctx.gaz.by_demonym.get(ctx.doc[c.left_edge.i:c.i + 1].text.lower())
                owner = ctx.tok_actor[c.i] if c.dep_ == "poss" else None  # "Ukraine's capital"
                if owner and ctx.actors[owner].type == "Country":
                    k = owner
                if k:
                    country = k
            country = country or ctx.home_country
            cap = ctx.capital_of(country) if country else None
            if cap:
                out.append((t.i, t.i + 1, cap))
    return out


def _seat_in_town(ctx: Context, a: int, b: int) -> bool:
    """ "at the State House in Kampala": a generic seat named with its town is in that town (the town's
    own mention places it), not in the article's capital."""
    root = ctx.doc[a:b].root
    return any(root.i < x <= root.right_edge.i and ctx.actors[k].type == "Place" and not ctx.actors[k].venue
               for x, _y, k in ctx.mentions)


def sentence_date(ctx: Context, tok: Token, sent: Span) -> tuple[dt.date | None, str | None]:
    """The date of ``tok``'s sentence when it has exactly one date phrase and that phrase
    does not mark another time ("since Tuesday", "after Friday's vote"): a protest word
    in "police on Saturday detained 3,000 as tens of thousands rallied" is on Saturday."""
    found = [(d, span) for d, span in dates_starting(ctx, sent.start, sent.end + 1) if span.start >= sent.start and span.end <= sent.end]
    if len(found) != 1:
        return None, None
    for anc in [tok, *tok.ancestors]:  # "a day after protesters stormed parliament": another day
        if any(c.dep_ in ("mark", "prep", "advmod") and c.lower_ in _TIME_SHIFT | {"since"} for c in anc.children):
            return None, None
    d, span = found[0]
    path = clause_path(ctx, tok)
    if own_time(ctx, path):
        return None, None
    before = ctx.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in _TIME_SHIFT or before.lower_ in ("since", "by", "from", "of")):
        return None, None
    if span.root.head.lower_ in _TIME_SHIFT or span.root.head.lower_ in ("since", "by", "from"):
        return None, None
    if _modifier_day(span, tok, {t.i for t in path}) or _owned_day(span, tok):
        return None, None
    return resolve_date(d, ctx.art.published, future=is_future(ctx, path)), ctx.text[d.start:d.end]


_EVENT_NOUNS = L.PROTEST_NOUNS | {"clash", "clashes", "unrest", "riot", "riots", "violence", "confrontation", "confrontations",
                                  "talks", "meeting", "meetings", "summit", "visit"}


_HAPPEN_VERBS = frozenset({"erupt", "break", "begin", "start", "happen", "occur", "unfold", "flare", "spread", "resume", "continue"})


def _tells_event(clause: Token) -> bool:
    """A participle or relative clause of an event noun, or telling when something happened ("clashes that
    erupted on Feb. 18", whatever noun the parser hangs it on): its day is an event's."""
    return clause.head.lower_ in _EVENT_NOUNS or clause.lemma_.lower() in _HAPPEN_VERBS


def _owned_day(span: Span, tok: Token) -> bool:
    """ "against Sunday's election result", "to denounce Sunday's killing of a journalist": a weekday's possessive
    names the day of its noun, which is not ``tok`` nor an event's ("Sunday's march", "Sunday's unrest")."""
    return span.root.dep_ == "poss" and span.root.head.i != tok.i and span.root.head.lower_ not in _EVENT_NOUNS


def _modifier_day(span: Span, tok: Token, on_path: set[int]) -> bool:
    """ "gathered outside the station sealed off on Sunday", "against the tax, which took effect on Sunday",
    "demanding the release of a leader detained on Sunday": the day of a participle or relative clause
    of a noun, which ``tok`` is not in, is that clause's, not the sentence's (but a clause of the trigger noun or of the
    subject or object of a verb of its clause tells its day: "protesters who gathered on Sunday were dispersed", "clashes
    left a dozen people injured on Sunday")."""
    for a in span.root.ancestors:  # (a clause the parser heads with a mistagged word too: "Guardia Civil on Sunday")
        if a.dep_ in ("acl", "relcl"):
            own = a.head.i == tok.i or (a.head.head.i in on_path and a.head.dep_ in ("nsubj", "nsubjpass", "dobj")) or _tells_event(a)
            return not own and not a.left_edge.i <= tok.i <= a.right_edge.i
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def own_time(ctx: Context, path: list[Token]) -> bool:
    """The trigger's clause tells a time of its own that is no day ("protesters who took to the
    streets this month", "last year, thousands marched", "were killed overnight"): another clause's day
    is not its day."""
    verbs = {t.i for t in path if t.pos_ in ("VERB", "AUX")}
    verbs |= {c.i for t in path if t.i in verbs for c in t.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)}  # "blocked roads and spent every day"
    days = date_tokens(ctx)  # indexed once per article
    ents, lowers = ctx.ent_types, ctx.lowers
    sent = path[0].sent
    for i in range(sent.start, sent.end):
        if (ents[i] != "DATE" and lowers[i] != "overnight") or i in days or i in verbs:
            continue
        x = cur = ctx.doc[i]
        for _ in range(4):
            if cur.head.i == cur.i or cur.dep_ not in ("npadvmod", "pobj", "prep", "det", "amod", "compound", "nummod", "advmod"):
                break
            cur = cur.head
            if cur.lower_ in _TIME_SHIFT:
                break  # "a day after protesters stormed parliament": a day told from another event's
            if cur.i in verbs:
                return not any(c.dep_ == "mark" and c.lower_ in _TIME_SHIFT and c.i > x.i for c in cur.children)
    return False
