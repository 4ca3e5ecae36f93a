"""Meetings: talks of two or more actors ("met", "held talks", "hosted", "a summit between").

Each trigger word gives its participants from the parse (the verb's subject and object,
"with"/"between"/"of" phrases of a meeting noun, the subject of the verb that holds or
attends it); a definite mention with no participants of its own ("the summit in Paris on
Monday", "Monday's meeting") refers to the meeting just reported and lends it its place
and date. Reports of one meeting (same participants, compatible date and place) merge;
visits (:mod:`kg.extract.visits`) are found alongside and linked to their meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actors_of, coref, subject
from kg.extract.meeting_merge import merge_meetings, refer
from kg.extract.meeting_places import meeting_date, meeting_place
from kg.extract.visits import (earlier_year, guest_visits, link_visits, venue_town, visit_at, visit_to_meet,
                               welcomed_visits, welcomes_guest, year_before)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_meetings", "welcomes_guest"]

# "took a walk together", "had tea together", "spent more time together": the subjects meet
_TOGETHER = frozenset({"spend", "walk", "stroll", "dine", "tour", "have", "take", "ride", "lunch"})
_MEALS = frozenset({"dinner", "lunch", "banquet", "reception", "breakfast", "luncheon"})
# "a face-to-face encounter with X", "the conversation between A and B in the Kremlin" (a call is told apart)
_TALK_NOUNS = L.MEETING_NOUNS | {"encounter", "conversation"}
_MEETING_WORDS = _TALK_NOUNS | L.MEETING_VERBS | L.VISIT_VERBS | L.VISIT_NOUNS | _TOGETHER | {"welcome", "sit", "greet", "play"}
# verbs whose subject takes part in the meeting named by their object ("held talks with")
_HOLD_VERBS = frozenset({"hold", "have", "attend", "join", "conduct", "begin", "start", "open", "chair", "host",
                         "spend", "sit", "move", "resume", "continue", "wrap", "end", "conclude", "reach", "fail"})
# "talks hosted by", "a summit attended by": the agent takes part too
_ACL_AGENT = frozenset({"host", "chair", "organise", "organize", "broker", "mediate", "attend", "join"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# "refused to meet", "called for talks", "was ready to hold talks": a meeting asked for, offered or
# turned down, not one held or planned
_UNREAL_HEADS = frozenset({"refuse", "decline", "reject", "call", "urge", "demand", "seek", "want", "ready", "willing",
                           "prepared", "open", "appeal", "push", "press", "oppose", "rule", "boycott", "avoid", "snub"})


def find_meetings(ctx: Context) -> None:
    meetings: list[Ev] = []
    visits: list[Ev] = []
    ctx.meetings = meetings
    told: tuple[str | None, dt.date | None, str | None] | None = None  # "The summit took place in Paris."
    for t in ctx.doc:
        if ctx.in_quote[t.i]:
            continue
        lemma = t.lemma_.lower()
        low = t.lower_
        if not (lemma in _MEETING_WORDS or low in _MEETING_WORDS) or _earlier_year(ctx, t):
            continue
        sent = t.sent
        if lemma in L.MEETING_VERBS | _TALK_NOUNS and (_unreal(t) or _remote(t)):
            continue
        if t.pos_ == "VERB" and lemma in ("welcome", "greet", "receive") and _passive(t):
            visits += welcomed_visits(ctx, t)  # "PM Modi was welcomed by President Xi"
            if lemma != "receive":
                continue
        sits = lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children) and any(
            c.dep_ == "prep" and c.lower_ in ("with", "for") for c in t.children)  # "sat down with", "sat down for talks"
        together = lemma in _TOGETHER and t.pos_ == "VERB" and any(
            x.lower_ == "together" and t.i in (x.head.i, x.head.head.i) for x in t.subtree)
        # "greeted each other with a handshake": the subjects meet
        each_other = lemma in ("greet", "welcome") and any(
            c.dep_ == "dobj" and c.lower_ == "other" and any(x.lower_ in ("each", "one") for x in c.children) for c in t.children)
        # "played host to X": the subject hosts X
        host_to = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"] \
            if lemma == "play" and any(c.dep_ == "dobj" and c.lemma_.lower() == "host" for c in t.children) else []
        if t.pos_ == "VERB" and (lemma in L.MEETING_VERBS or sits or together or each_other or host_to or welcomes_guest(ctx, t)):
            parts = _verb_parts(ctx, t) + [k for p in host_to for k in actors_of(ctx, p)]
            guests = [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if _person(ctx, k)]
            if lemma in ("welcome", "greet") and len(guests) >= 2 and not _for_talks(t):
                # "Parmelin welcomed Biden and Putin to the villa": the guests meet, the host greets them;
                # "Macron hosted Trump and Zelensky" / "received X and Y" / "welcomed X and Y for talks"
                # is a meeting of all three
                parts = guests
        elif t.pos_ in ("NOUN", "PROPN") and (lemma in _TALK_NOUNS or low in _TALK_NOUNS) and t.dep_ != "compound":
            parts, own = _noun_parts(ctx, t)
            if not own and refer(ctx, t, sent, _clean(ctx, parts), meetings):
                continue
            if not own and meetings and parts and all(_aide(ctx, k) for k in parts) and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue  # "Ministers A and B were also present at the talks": the talks told, not theirs
        elif lemma in L.VISIT_VERBS | L.VISIT_NOUNS or low == "visiting":
            v = visit_at(ctx, t)
            if v is not None:
                visits.append(v)
            hosts = [k for c in t.children if c.dep_ == "dobj" for k in actors_of(ctx, c) if _person(ctx, k)]
            if not (hosts and t.pos_ == "VERB" and lemma == "visit") or _unreal(t):
                continue
            parts = _verb_parts(ctx, t)  # "he would visit President Michel Aoun": the two meet
        else:
            continue
        parts = _principals(ctx, _clean(ctx, parts))
        if lemma == "talk" and t.pos_ == "VERB" and not any(_person(ctx, k) for k in parts):
            continue  # "France and Russia agreed to keep talking": a dialogue, not a meeting
        if len(parts) < 2:
            if t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and not meetings \
                    and not any(_person(ctx, k) for k in parts) \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                d, dtxt = meeting_date(ctx, t, sent)  # the summit told before its participants are named
                told = (meeting_place(ctx, t, sent), d, dtxt)
            continue
        d, dtxt = meeting_date(ctx, t, sent)
        if earlier_year(ctx, d, dtxt) or year_before(ctx, t):
            continue
        place = meeting_place(ctx, t, sent)
        if told is not None and not meetings:
            # "The summit began in Wuhan on Friday. X was received by Y at the museum": the museum is in Wuhan
            place = venue_town(ctx, place, told[0]) or place or told[0]
            d, dtxt = (d, dtxt) if d or not told[1] else told[1:]
        later = any(c.dep_ == "npadvmod" and any(x.lower_ == "next" for x in c.children) for c in t.children)
        for group in _separately(ctx, t, parts):
            ev = Ev("Meeting", [ctx.sent_span(sent)], participants=group, place=place, date=d, date_text=dtxt, anchor=t.idx)
            if later:
                ev.kind = "later"  # "a summit in India next year": not the talks of this visit
            elif _trip(t):
                ev.kind = "trip"  # "arrived in Russia on Tuesday for talks with X": dated and placed by the journey
            meetings.append(ev)
        if t.pos_ == "VERB":
            visits += guest_visits(ctx, t, ev)
        v = visit_to_meet(ctx, t, ev)
        if v is not None:
            visits.append(v)
    ctx.events += link_visits(ctx, merge_meetings(ctx, meetings), visits)


def _for_talks(t: Token) -> bool:
    """ "welcomed X and Y to Paris for talks": the host takes part in the talks."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in L.MEETING_NOUNS for p in c.children)
               for c in t.children)


_JOURNEY = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land", "leave", "depart", "cross"})


def _trip(t: Token) -> bool:
    """ "arrived in Russia on Tuesday for talks with X", "flew to Moscow to meet X": talks told through
    the journey made for them, whose day and place are the journey's."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ == "for":
        return t.head.head.lemma_.lower() in _JOURNEY
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "dobj":
        t = t.head  # "to hold talks with X"
    return t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and t.head.lemma_.lower() in _JOURNEY


def _separately(ctx: Context, t: Token, parts: list[str]) -> list[list[str]]:
    """ "held separate meetings with Macron and Merkel", "met separately with Macron and Merkel":
    one meeting of the holder with each."""
    if len(parts) < 3:
        return [parts]
    if t.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "separate" for c in t.children):
        return [[parts[0], p] for p in parts[1:]]
    if t.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("separately", "individually") for c in t.children):
        subj = _meet_subject(ctx, t)
        holder = _group(ctx, subj) if subj is not None else []
        if len(holder) == 1 and holder[0] in parts:
            return [[holder[0], p] for p in parts if p != holder[0]]
    return [parts]


def _unreal(t: Token) -> bool:
    """ "did not meet", "refused to meet", "called for talks with", "was ready to hold talks": no meeting
    took place or is set; "the talks he had called for" is not asked, it is told."""
    cur = t
    for _ in range(3):
        if any(c.dep_ == "neg" for c in cur.children):
            return True
        head = cur.head
        if cur.dep_ == "pobj" and head.lower_ in ("for", "to") and head.head.lemma_.lower() in _UNREAL_HEADS:
            return True  # "called for talks", "was open to talks"
        if cur.dep_ in ("xcomp", "dobj", "acomp") and head.lemma_.lower() in _UNREAL_HEADS and head.i != cur.i:
            return True  # "refused to meet", "rejected talks", "was ready to hold talks"
        if cur.dep_ not in ("xcomp", "dobj") or head.i == cur.i:
            return False
        cur = head
    return False


# "telephone talks", "talked by phone", "a video call", "held virtual talks": a call is not a meeting
_REMOTE = frozenset({"phone", "telephone", "video", "videolink", "videoconference", "virtual", "virtually", "online",
                     "remote", "remotely", "zoom", "call", "link", "conference", "telephonic"})


def _remote(t: Token) -> bool:
    """A call, not a meeting: the trigger or the verb holding it is modified by a phone or video word."""
    holders = [t] + ([t.head] if t.dep_ in ("dobj", "nsubjpass", "nsubj") and t.head.pos_ in ("VERB", "AUX") else [])
    for h in holders:
        for c in h.children:
            if c.dep_ in ("amod", "compound", "advmod") and c.lower_ in _REMOTE - {"call", "link", "conference"} or any(
                    a.dep_ == "advmod" and a.lower_ in ("virtually", "remotely") for a in c.children if c.dep_ == "prep"):
                return True  # "telephone talks", "met virtually" (parsed under the date's "on")
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over", "on") and any(
                    p.dep_ == "pobj" and p.lower_ in _REMOTE and (p.lower_ not in ("link", "conference", "call") or any(
                        m.lower_ in _REMOTE for m in p.children)) for p in c.children):
                return True  # "talked by phone", "met via video link", "spoke over a video call"
    return False


def _passive(t: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (t.tag_ == "VBN" and t.dep_ in ("acl", "relcl"))


def _earlier_year(ctx: Context, t: Token) -> bool:
    """ "the 1985 meeting between Reagan and Gorbachev", "meetings ... in 2014": another year's event."""
    pub = ctx.art.published
    if pub is None:
        return False
    # "Kim last visited Russia in 2019, when he met Putin": that year's meeting; "their first meeting
    # since 2019, when they held a summit in Vladivostok": the summit is the verb's object
    clause = t.head if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "nsubj", "nsubjpass") else t
    if clause.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in clause.children):
        h = clause.head
        if h.like_num and _YEAR.match(h.text) and int(h.text) < pub.year:
            return True
        if h.pos_ in ("VERB", "AUX") and (_earlier_year(ctx, h) or year_before(ctx, h)):
            return True
    scope = list(t.subtree) if t.pos_ in ("NOUN", "PROPN") else [c for c in t.children if c.dep_ in ("prep", "npadvmod")]
    scope += [x for c in scope if c.pos_ == "ADP" for x in c.subtree]
    for x in scope:
        if x.like_num and _YEAR.match(x.text) and int(x.text) < pub.year and x.head.lower_ not in ("since", "until"):
            if x.i in {y.i for c in t.children if c.dep_ in ("relcl", "acl") for y in c.subtree}:
                continue  # "the summit, the first since 2016"
            return True
    return False


def _meet_subject(ctx: Context, t: Token) -> Token | None:
    raised = t
    while raised.dep_ == "xcomp" and raised.head.i != raised.i:
        raised = raised.head  # "where he is expected to hold talks": "he", not the place the clause hangs on
        found = next((c for c in raised.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    subj = subject(ctx, t)
    if subj is not None:
        return subj
    cur = t  # "Zelensky is scheduled to meet with Putin", "is expected to hold talks"
    for _ in range(3):
        if cur.dep_ == "pcomp" and cur.head.lower_ in ("after", "before", "while", "upon", "on", "since", "without") \
                and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head  # "was detained after failing to reach a deal in talks with X"
        elif cur.dep_ == "pcomp" and cur.head.lower_ in ("after", "before") and cur.head.head.dep_ == "npadvmod" \
                and cur.head.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "met Y on Friday, a day after meeting Z"
        elif cur.dep_ not in ("xcomp", "advcl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
        found = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_pair(tok: Token) -> bool:
    """ "the two leaders", "both men": a counted plural of people."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in L.PAIR_NOUNS and any(c.lower_ in _NUMBERS for c in tok.children)


def _group(ctx: Context, tok: Token) -> list[str]:
    """ "The three men met", "both leaders": the participants of the last meeting of that many;
    "A, B, C and D met" parsed as an apposition and its conjuncts: all four."""
    n = next((_NUMBERS[c.lower_] for c in tok.children if c.lower_ in _NUMBERS), None)
    if n and tok.tag_ == "NNS" and tok.lemma_.lower() in L.PAIR_NOUNS and ctx.meetings:
        last = next((m for m in reversed(ctx.meetings) if len(m.participants) == n), None)
        if last is not None:
            return list(last.participants)
    found = actors_of(ctx, tok)
    if all(ctx.actors[k].type in ("Place", "Country") for k in found):
        # a dateline read as the subject ("WUHAN, China: Modi and Xi ... will spend the day together")
        found = [k for c in tok.children if c.dep_ == "appos" for k in actors_of(ctx, c) if _person(ctx, k)] or found
    if tok.lemma_.lower() in L.ROLE_NOUNS and not ctx.tok_actor[tok.i] and (not found or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
        # "President of Russia Vladimir Putin, ... and French President Emmanuel Macron" headed by the title;
        # "The president of France, Emmanuel Macron, and his counterpart, Vladimir Putin" 
        skip = {x.i for c in tok.subtree if c.dep_ in ("relcl", "acl") for x in c.subtree}
        found = list(dict.fromkeys([*found, *(k for x in tok.subtree if x.i not in skip and (k := ctx.tok_actor[x.i])
                                              and _person(ctx, k) and not ctx.in_quote[x.i])]))
    if found and any(c.lemma_.lower() in L.PAIR_NOUNS and not ctx.tok_actor[c.i] and set(actors_of(ctx, c)) <= set(found)
                     for c in tok.conjuncts):
        # "Putin and his Ukrainian counterpart Volodymyr Zelensky" parsed with the name under Putin
        found += [k for c in tok.children if c.dep_ == "appos" and (k := ctx.tok_actor[c.i])
                  and _person(ctx, k) and k not in found]
    if len(found) >= 2 and all(_person(ctx, k) for k in found):
        # "Putin, President of Ukraine Volodymyr Zelensky, Merkel and Macron": a name under a title's "of"
        found += dict.fromkeys(k for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in L.ROLE_NOUNS
                               for x in c.subtree if (k := ctx.tok_actor[x.i]) and _person(ctx, k) and k not in found)
    if len(found) == 1 and _person(ctx, found[0]):
        for c in tok.children:
            listed = actors_of(ctx, c) if c.dep_ == "appos" else []
            if len(listed) >= 2 and all(_person(ctx, k) for k in listed):
                found += [k for k in listed if k not in found]
    return found


def _verb_parts(ctx: Context, t: Token) -> list[str]:
    parts: list[str] = []
    subj = _meet_subject(ctx, t)
    if subj is not None:
        parts += _group(ctx, subj)
        if subj.lower_ in ("who", "that") and t.dep_ == "relcl" and t.head.pos_ in ("PROPN", "NOUN"):
            parts += [k for k in actors_of(ctx, t.head) if k not in parts]  # "Putin and Erdogan, who met in Sochi"
        if subj.lower_ in ("who", "that") and t.dep_ == "relcl" and t.head.dep_ == "conj" and not any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            parts += actors_of(ctx, t.head.head)  # "Modi and Xi Jinping, who met yesterday": both
    holders = [t]
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and c is not subj and not _own_body(ctx, c):
            him = _object_pronoun(ctx, c, parts) if c.lower_ in ("him", "her") and c.pos_ == "PRON" else None
            parts += [him] if him else _group(ctx, c)  # "where Putin met him"
        if c.dep_ == "dobj" and c.lemma_.lower() in _MEALS and t.lemma_.lower() == "host":
            holders.append(c)  # "Xi hosted a dinner for Modi"
    for x in holders:
        for prep in x.children:
            if prep.dep_ == "prep" and (prep.lower_ == "with" and x is t or prep.lower_ == "for" and len(holders) > 1):
                parts += [k for p in prep.children if p.dep_ == "pobj" and not _own_body(ctx, p) for k in actors_of(ctx, p)]
    return parts


def _own_body(ctx: Context, p: Token) -> bool:
    """ "a meeting with his Security Council", "met her cabinet": a leader's own body, no talks between actors."""
    k = ctx.tok_actor[p.i]
    if not k:
        return False
    return ctx.actors[k].type == "Organization" and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in p.children)


def _object_pronoun(ctx: Context, c: Token, subjects: list[str]) -> str | None:
    """ "Kim arrived at the cosmodrome, where Putin met him": the latest other person named before."""
    start = ctx.doc[c.sent.start - 1].sent.start if c.sent.start > 0 else 0
    return next((k for a, _b, k in reversed(ctx.mentions) if start <= a < c.i and not ctx.in_quote[a]
                 and _person(ctx, k) and k not in subjects), None)


def _noun_parts(ctx: Context, t: Token) -> tuple[list[str], bool]:
    """The participants of a meeting noun, and whether the noun names any itself ("with",
    "between", "of" phrases) rather than through the verb it hangs from."""
    parts: list[str] = []
    labels: list[str] = []
    with_parts = False  # "held talks with A and B": the holders sit across from them
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "between", "of") and not (c.lower_ == "of" and _backdrop(t)) \
                and not any(a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in c.children):
            # not "returned from a summit, together with A and B": the companions of the subject
            # "talks between the presidents of France and Russia, Macron and Putin"
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            pobjs += [a for p in pobjs for a in p.children if a.dep_ == "appos"]
            if c.lower_ == "of":  # "a summit of four leaders - A, B, C and D"; not "a meeting of the council"
                pobjs = [p for p in pobjs if p.dep_ == "appos" or _person(ctx, ctx.tok_actor[p.i])]
            # "the first meeting between the two men": the pair of the last meeting (_group), not the last
            # pair named together ("their ministers A and B joined them")
            found = [k for p in pobjs if not _own_body(ctx, p)
                     for k in (_group(ctx, p) if _counted_pair(p) else actors_of(ctx, p))]
            if len(found) < 2 and c.lower_ == "between":  # "between the presidents of Russia and France, Putin and Macron"
                found += [k for p in pobjs for x in p.subtree if (k := ctx.tok_actor[x.i])
                          and ctx.actors[k].type == "Person" and not ctx.in_quote[x.i]]
            parts += found
            with_parts = with_parts or (c.lower_ == "with" and bool(found))
        listed = actors_of(ctx, c) if c.dep_ == "appos" else []
        if sum(_person(ctx, k) for k in listed) >= 2:
            parts += listed  # "a summit - A, B and C - has begun"; not "a summit, the so-called Normandy Format"
        if c.dep_ in ("compound", "poss", "nmod", "amod") and ctx.tok_actor[c.i]:
            # "the Putin-Xi summit", "a U.S.-Russia summit"; not "a NATO summit", "the G20 summit" (its host body)
            labels += [k for k in actors_of(ctx, c) if ctx.actors[k].type != "Organization"]
            # "the Putin-Biden summit": the first name parsed under the second
            labels += [k for x in c.subtree if x.i != c.i and x.dep_ == "compound" and (k := ctx.tok_actor[x.i])
                       and _person(ctx, k) and k not in labels and any(h.text == "-" for h in ctx.doc[x.i:c.i])]
    own = bool(parts) or any(_person(ctx, k) for k in labels)
    loose = _loose_participles(t)
    for c in [*t.children, *loose]:
        if (c.dep_ in ("acl", "relcl", "dep", "advcl") or c in loose) and c.lemma_.lower() in _ACL_AGENT:
            for a in c.children:  # "talks hosted by Charles Michel", "also attended by Merkel and Macron"
                if a.dep_ == "agent":
                    parts += [k for p in a.children if p.dep_ == "pobj" for k in actors_of(ctx, p)]
    if parts and not own and all(_aide(ctx, k) for k in parts):
        parts = []  # "the leaders' meeting, attended only by their ministers A and B": no meeting of A and B
    if sum(_person(ctx, k) for k in parts) < 2 or any(_person(ctx, k) for k in labels):
        parts = labels + parts
    n = len(parts)
    gov = t.head
    while (gov.pos_ not in ("VERB", "AUX") or gov.dep_ == "prep") and gov.head.i != gov.i:
        gov = gov.head  # "Following a meeting with X, Y said": the verb above the participle
    if _backdrop(t) and not own and not any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children) \
            and not _their_start(ctx, t, gov):
        return parts, True  # but "shook hands at the start of their talks": the subjects' own talks
    if gov.pos_ in ("VERB", "AUX") and gov.i != t.i:
        subj = _meet_subject(ctx, gov)
        if subj is not None and subj.i != t.i:
            subj_actors = _group(ctx, subj)
            holds = gov.lemma_.lower() in _HOLD_VERBS or t.dep_ in ("dobj", "attr") or (
                t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "at", "for", "after", "following") and t.head.head.i == gov.i)
            # "X held talks with Y"; "X and Y met at a summit"; not "a tweet by X set the tone for the summit between A and B"
            if n == 1 or (n == 0 and len(subj_actors) >= 2) or (n >= 2 and gov.lemma_.lower() in ("attend", "join")) \
                    or (with_parts and t.dep_ == "dobj" and gov.lemma_.lower() in _HOLD_VERBS) \
                    or (not own and holds and len(subj_actors) >= 2):
                parts = subj_actors + parts
            elif n == 0 and gov.lemma_.lower() == "invite" and t.dep_ == "pobj" and t.head.lower_ == "to" \
                    and t.head.head.i == gov.i:  # "Modi invited Xi to an informal summit in India next year"
                parts = subj_actors + [k for c in gov.children if c.dep_ == "dobj" for k in _group(ctx, c)]
            elif n == 0 and len(subj_actors) == 1 and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "at") \
                    and t.head.head.i == gov.i and _person(ctx, subj_actors[0]):
                # "In talks at the Kremlin, Putin told Macron ...": the one spoken to is across the table
                parts = subj_actors + [k for c in gov.children if c.dep_ in ("dobj", "dative")
                                       for k in actors_of(ctx, c) if _person(ctx, k)][:1]
    poss = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is not None and len(parts) == 1 and with_parts:
        who = coref(ctx, poss, ("Person",))  # "a day after his talks with Putin": the one he stands for
        if who and who not in parts:
            parts = [who, *parts]
    return parts, own


def _their_start(ctx: Context, t: Token, gov: Token) -> bool:
    """ "A and B shook hands at the start of the summit": two or more people at the opening or close
    of a meeting are its participants (not so on its sidelines or its eve)."""
    if t.head.head.lemma_.lower() not in ("start", "end", "opening", "close", "beginning", "outset"):
        return False
    subj = _meet_subject(ctx, gov) if gov.pos_ in ("VERB", "AUX") and gov.i != t.i else None
    return subj is not None and sum(_person(ctx, k) for k in _group(ctx, subj)) >= 2


def _backdrop(t: Token) -> bool:
    """ "on the sidelines of the G20 summit", "ahead of the summit": the setting of another event."""
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in (
        "sideline", "sidelines", "margin", "margins", "eve", "side", "run-up", "start", "end", "opening", "close")


def _loose_participles(t: Token) -> list[Token]:
    """ "during a summit ..., also attended by Merkel and Macron" parsed off the main verb."""
    out = []
    for x in t.sent:
        if x.i > t.i and x.tag_ == "VBN" and x.head.i in {a.i for a in t.ancestors} and (x.dep_ in ("dep", "advcl") or (
                x.dep_ == "conj" and any(c.dep_ == "agent" for c in x.children) and not any(c.dep_.startswith("aux") for c in x.children))) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children) \
                and not any(y.lemma_.lower() in L.MEETING_NOUNS for y in t.sent[t.i - t.sent.start + 1:x.i - t.sent.start]):
            out.append(x)
    return out


def _person(ctx: Context, k: str | None) -> bool:
    return bool(k) and ctx.actors[k].type == "Person"  # type: ignore[index]


def _clean(ctx: Context, parts: list[str]) -> list[str]:
    parts = [p for i, p in enumerate(parts) if p not in parts[:i] and ctx.actors[p].type in ("Person", "Organization", "Country")
             and not _common_noun(ctx.actors[p].name)]
    if sum(ctx.actors[p].type == "Person" for p in parts) >= 2:
        # "the presidents of Russia and France, Putin and Macron": the leaders meet, not their countries
        parts = [p for p in parts if ctx.actors[p].type != "Country"]
    return parts


_DELEGATION = re.compile(r"\b(minister|secretary|adviser|advisor|aide|ambassador|spokes\w*|envoy|chief of staff)\b", re.I)


def _aide(ctx: Context, k: str) -> bool:
    """A minister, adviser or envoy of a delegation, not its head."""
    if not _person(ctx, k):
        return False
    role = ctx.actors[k].role or next((t for a, b, key in ctx.mentions if key == k and (t := _title(ctx, a, b))), None)
    return bool(role and _DELEGATION.search(role)
                and not re.search(r"prime minister|president|chancellor|secretary[- ]general", role, re.I))


def _title(ctx: Context, a: int, b: int) -> str:
    """The title words before a name in its noun phrase ("Foreign Minister" of "Foreign Minister A B")."""
    root = ctx.doc[a:b].root
    return " ".join(x.text for x in root.subtree if x.i < a and x.dep_ in ("compound", "amod"))


def _principals(ctx: Context, parts: list[str]) -> list[str]:
    """ "Putin and Biden held talks, joined by Lavrov and Blinken": the leaders' meeting; the
    ministers of their delegations are not participants of their own."""
    heads = [k for k in parts if _person(ctx, k) and not _aide(ctx, k)]
    return heads if len(heads) >= 2 and len(heads) < len(parts) else parts


def _common_noun(name: str) -> bool:
    """ "Talks", "Presidents": a capitalised word the model read as a name."""
    low = name.lower()
    return low in _MEETING_WORDS or low.rstrip("s") in L.PAIR_NOUNS or low.rstrip("s") in L.ROLE_NOUNS
