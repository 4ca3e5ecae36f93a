"""Protests, detentions and the counts said about them.

Each protest word or protest clause makes a protest with the date and place of its
clause; reports of one gathering (same date and a compatible place) merge; head counts,
detentions and deaths attach to the nearest protest word of their sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at, subject
from kg.extract.places import date_for, place_for, sentence_date

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["find_protests", "count_value"]

_QWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100}
_MULT = {"thousand": 1000, "million": 1_000_000, "hundred": 100}
_COUNT_RE = re.compile(
    r"\b(?:(?:more than|over|at least|nearly|almost|about|around|some|up to|roughly|an estimated|"
    r"approximately|fewer than|less than|as many as) )?"
    r"(?:tens of thousands|hundreds of thousands|several thousand|several hundred|thousands|hundreds|dozens|"
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a hundred)(?: (?:million|thousand|hundred))?)\b",
    re.I,
)


def count_value(phrase: str) -> int | None:
    """The number a count phrase stands for (a lower bound for vague phrases).

    >>> [count_value(p) for p in ["tens of thousands", "more than 500", "nearly 7,000", "two hundred", "1.2 million"]]
    [10000, 500, 7000, 200, 1200000]
    """
    p = phrase.lower()
    for words, v in (("hundreds of thousands", 100000), ("tens of thousands", 10000), ("several thousand", 1000),
                     ("several hundred", 100), ("thousands", 1000),
                     ("hundreds", 100), ("dozens", 24)):
        if words in p:
            return v
    m = re.search(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a hundred|[a-z]+)(?: (million|thousand|hundred))?$", p)
    if not m:
        return None
    num = m.group(1)
    if num[0].isdigit():
        base = float(num.replace(",", ""))
    elif num in _QWORDS:
        base = _QWORDS[num]
    else:
        return None
    if m.group(2):
        base *= _MULT[m.group(2)]
    return int(base)


def find_protests(ctx: Context) -> None:
    doc = ctx.doc
    protests: list[Ev] = []
    counts = _counts(ctx)
    for sent in doc.sents:
        triggers = [t for t in sent if _is_protest(ctx, t) and not _not_an_event(ctx, t)]
        sent_counts = [c for c in counts if sent.start <= c[0].i < sent.end]
        used_counts: set[int] = set()
        for t in triggers:
            d, dtxt = date_for(ctx, t, sent)
            if dtxt is None and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children):
                d, dtxt = sentence_date(ctx, t, sent)  # not "the protests": they were reported before
            if dtxt is None:
                d, dtxt = _present_date(ctx, t)
            place = place_for(ctx, t, sent, include_to=False)
            if t.lower_ == "streets":  # "on the streets of Chattogram, Rangpur and Cumilla"
                place = next((k for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                              if (k := ctx.tok_actor[p.i]) and ctx.actors[k].type in ("Place", "Country")), place)
            place = _town_of_venue(ctx, place, sent)
            obj_places = _object_places(ctx, t)
            if place is None and obj_places:
                place = obj_places[0]
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ == "NOUN"
            ev = Ev("Protest", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=t.idx)
            ev.generic = plural and d is None and (place is None or ctx.actors[place].type == "Country")
            if _nationwide(t) and ctx.home_country and (place is None or ctx.actors[place].type == "Country"):
                ev.place = place or ctx.home_country
                ctx.ensure_country(ctx.home_country)
                ev.generic = False
            if ev.generic and t.dep_ == "dobj" and t.head.lemma_.lower() in _CAUSE_VERBS:
                ev.kind = "caused"  # "the vote prompted mass protests": a wave reported as an event
            if (ev.generic and t.dep_ == "nsubj" and t.head.lemma_.lower() in _ERUPT_VERBS and ctx.home_country
                    and (place is None or place == ctx.home_country)):
                # "protests broke out in several cities across Pakistan": the national day
                ev.generic, ev.place = False, ctx.home_country
                ctx.ensure_country(ctx.home_country)
            ev.organizer = _organizer(ctx, t)
            ppl = [k for a, b, k in ctx.mentions if sent.start <= a < sent.end and ctx.actors[k].type == "Group"
                   and ctx.actors[k].name.endswith(("protesters", "opposition", "strikers", "activists"))]
            ev.participants = list(dict.fromkeys(ppl))
            for tok, phrase, value in sent_counts:
                if tok.i in used_counts:
                    continue
                role = _count_role(ctx, tok, t, triggers)
                if role:
                    ev.counts.setdefault(role, (value, phrase))
                    used_counts.add(tok.i)
            protests.append(ev)
            if place is not None:
                for extra in [*_conj_places(ctx, place, sent), *[k for k in obj_places if k != place]]:
                    twin = Ev("Protest", list(ev.evidence), place=extra, date=d, date_text=dtxt, anchor=t.idx)
                    twin.participants = list(ev.participants)
                    protests.append(twin)
        # detentions reported without a protest word in the same sentence
        for tok, phrase, value in sent_counts:
            if tok.i in used_counts:
                continue
            verb = _governing_verb(ctx, tok)
            if verb is not None and verb.lemma_.lower() in L.DETAIN_VERBS:
                d, dtxt = date_for(ctx, verb, sent)
                place = place_for(ctx, verb, sent, include_to=False)
                if protests and _nationwide(verb) and ctx.home_country and place is None:
                    # "police detained 2,737 people nationwide": the national day's figure
                    ev = Ev("Protest", [ctx.sent_span(sent)], place=ctx.home_country, date=d, date_text=dtxt,
                            anchor=verb.idx)
                    ev.counts["detained_count"] = (value, phrase)
                    protests.append(ev)
                    continue
                det = Ev("Detention", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=verb.idx)
                det.counts["detained_count"] = (value, phrase)
                for c in counts:
                    if sent.start <= c[0].i < sent.end and c[0].i != tok.i:
                        v2 = _governing_verb(ctx, c[0])
                        if v2 is not None and v2.lemma_.lower() in L.DEATH_VERBS:
                            det.counts.setdefault("death_count", (c[2], c[1]))
                subj = subject(ctx, verb)
                if subj is not None and actor_at(ctx, subj):
                    det.participants.append(actor_at(ctx, subj))  # type: ignore[arg-type]
                ctx.events.append(det)
    ctx.events += _merge_protests(ctx, protests)


_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights",
                         "wave", "waves", "series", "spiral", "season", "weekend", "weekends", "round", "rounds"})
_PAST_ADJ = frozenset({"previous", "past", "earlier", "prior", "recent", "former", "ongoing", "daily", "near-daily",
                       "nightly", "weekly", "regular", "further", "future", "upcoming"})
_PLAN_WORDS = frozenset({"call", "plan", "vow", "threaten", "urge", "announce", "promise", "pledge", "intend",
                         "prepare", "schedule", "organise", "organize", "want", "hope", "appeal", "encourage", "ask"})
_RIOT_VERBS = frozenset({"storm", "attack", "assault", "ransack", "torch", "besiege", "break", "occupy", "vandalise",
                         "vandalize", "smash", "invade", "loot"})
_CROWD_VERBS = frozenset({"pack", "fill", "flood", "throng", "pour", "gather", "march", "rally", "mass", "assemble",
                          "converge", "swarm", "crowd", "demonstrate"})
_ERUPT_VERBS = frozenset({"break", "erupt", "flare", "spread", "sweep", "rock", "grip"})
_CAUSE_VERBS = frozenset({"prompt", "spark", "trigger", "provoke", "cause", "ignite", "unleash", "fuel", "touch"})
_STOP_VERBS = frozenset({"end", "stop", "halt", "cancel", "suspend", "ban", "outlaw", "prevent", "forbid", "avoid"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "shall", "can", "'ll"})


def _not_an_event(ctx: Context, t: Token) -> bool:
    """Background, plans and hypotheticals: "after weeks of protests", "since the protests
    began", "previous demonstrations", "called for further protests", "urged supporters
    to protest", "would return to the streets", "to end their demonstrations"."""
    kids = list(t.children)
    if any(c.dep_ == "amod" and c.lower_ in _PAST_ADJ for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "since" for c in kids):
        return True  # "near-daily gatherings since mid-July"
    if any(c.dep_ == "advmod" and c.lower_ in ("daily", "regularly", "repeatedly", "again") for c in kids):
        return True
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _SPAN_NOUNS:
        sent = t.sent
        if date_for(ctx, t, sent)[0] is None:
            return True  # "after several weeks of demonstrations", "months of protests"
    if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in t.head.children):
        return True  # "has faced mass protests since the election": the wave, not a day
    cur: Token = t
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in cur.children):
            return True
        if cur.i != t.i and any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children) and t.dep_ == "nsubj":
            return True  # "since the protests began on April 28": the movement, not a day
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cur.children):
            return True
        lem = cur.lemma_.lower()
        if cur.i != t.i and lem in _STOP_VERBS:
            return True
        if cur.i != t.i and lem in _PLAN_WORDS:
            return True
        if cur.lower_ in ("since", "before") and cur.pos_ == "ADP":
            return True
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("ccomp", "advcl", "conj", "parataxis", "relcl") and cur.pos_ in ("VERB", "AUX"):
            break
        cur = cur.head
    return False


def _nationwide(t: Token) -> bool:
    """ "demonstrated nationwide", "protests across the country", "detained 2,737 people nationwide"."""
    for c in t.subtree:
        if c.lower_ == "nationwide" and c.dep_ in ("advmod", "amod", "npadvmod"):
            return True
    heads = [t, t.head] if t.pos_ == "NOUN" and t.head.lemma_ == "be" else [t]
    for h in heads:  # "across the country", "(are underway) in various parts of the country"
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("across", "throughout", "around", "in", "all", "over"):
                if any(p.lower_ in ("country", "nation") and p.head.lower_ in (c.lower_, "of") for p in c.subtree):
                    return True
    return False


def _present_date(ctx: Context, t: Token) -> tuple[dt.date | None, str | None]:
    """A protest reported in the present ("demonstrations are underway in ...") takes the
    date of the article's dateline ("NAIROBI, Kenya, Jun 20 -")."""
    verb = t if t.pos_ in ("VERB", "AUX") else t.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBP", "VBZ"):
        if not (verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)):
            return None, None
    if any(c.dep_ == "aux" and c.tag_ in ("VBN", "VBD") for c in verb.children):
        return None, None
    return ctx.dateline_date()


def _town_of_venue(ctx: Context, place: str | None, sent: Span) -> str | None:
    """ "near Bangkok's Democracy Monument": the town that names the venue."""
    if place is None or ctx.actors[place].type != "Place" or ctx.actors[place].country:
        return place
    for a, b, k in ctx.mentions:
        if k == place and sent.start <= a < sent.end:
            for tok in ctx.doc[a:b]:
                for c in tok.children:
                    k2 = ctx.tok_actor[c.i]
                    if c.dep_ in ("poss", "compound") and k2 and k2 != place and ctx.actors[k2].type == "Place":
                        return k2
    return place


def _object_places(ctx: Context, t: Token) -> list[str]:
    """Towns of what a protest verb acts on: "packed Moscow's Pushkin Square", "stormed the
    headquarters in Rawalpindi and the residence in Lahore"."""
    if t.pos_ != "VERB":
        return []
    objs = [c for c in t.children if c.dep_ == "dobj"]
    objs += [x for o in objs for x in o.conjuncts]
    out: list[str] = []
    for o in objs:
        cands = [c for c in o.children if c.dep_ == "poss"]
        cands += [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside")
                  for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            k = ctx.tok_actor[c.i]
            if k and ctx.actors[k].type == "Place" and not ctx.in_quote[c.i] and k not in out:
                out.append(k)
    return out


def _conj_places(ctx: Context, place: str, sent: Span) -> list[str]:
    """The other towns of a list the place heads ("in Jerusalem, Beersheba, Ra'anana
    and Karkur", "in St Petersburg and in Yakutsk"). Names the model did not read as
    places become places: in such a list every item is a town."""
    out: list[str] = []
    for a, b, k in ctx.mentions:
        if k == place and sent.start <= a < sent.end:
            root = ctx.doc[a:b].root
            items = _list_items(root)
            if root.dep_ == "pobj":  # "in St Petersburg and in Yakutsk"
                items += [p for c in root.head.conjuncts for p in c.children if p.dep_ == "pobj"]
            for c in items:
                k2 = ctx.tok_actor[c.i]
                if k2 is None or ctx.actors[k2].type not in ("Place", "Country"):
                    k2 = _town_at(ctx, c) if c.pos_ == "PROPN" and c.text[:1].isupper() else None
                if k2 and k2 != place and ctx.actors[k2].type in ("Place", "Country") and k2 not in out:
                    out.append(k2)
            break
    return out


def _list_items(root: Token) -> list[Token]:
    """The items coordinated with ``root`` (through conj and appos links)."""
    out: list[Token] = []
    todo = [root]
    while todo:
        cur = todo.pop()
        for c in cur.children:
            if c.dep_ in ("conj", "appos") and c not in out and c.i != root.i:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _town_at(ctx: Context, tok: Token) -> str | None:
    """The place named by a list item the model misread ("Hod Hasharon" as a person)."""
    first = min([tok.i, *[c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i]])
    span = ctx.doc[first: tok.i + 1]
    name = span.text
    entry = ctx.gaz.lookup(name)
    if entry is not None and entry.type in ("Place", "Country"):
        rec = ctx.add_actor(entry.key, entry.name, entry.type, span.start_char, entry=entry, alias=name, body=False)
    else:
        key = slug(name)
        rec = ctx.actors.get(key) or ctx.add_actor(key, name, "Place", span.start_char, alias=name, body=False)
        if rec.type in ("Person", "Organization") and all(
                ctx.doc[a:b].root.dep_ in ("conj", "appos", "pobj") for a, b, k in ctx.mentions if k == key):
            rec.type = "Place"  # read as a name, used only as a town of the list
    ctx.mark(span, rec)
    return rec.key


def _is_protest(ctx: Context, t: Token) -> bool:
    if ctx.in_quote[t.i] or t.ent_type_ == "DATE":
        return False
    lemma = t.lemma_.lower()
    low = t.lower_
    if t.pos_ == "NOUN" and (lemma in L.PROTEST_NOUNS or low in L.PROTEST_NOUNS):
        if t.dep_ == "compound":
            return False
        if lemma == "strike" and any(c.lower_ in ("hunger", "air", "missile", "drone") for c in t.children):
            return False
        if lemma == "march" and t.text[0].isupper() and t.i > t.sent.start:
            return False
        return True
    if t.pos_ == "VERB" and lemma in L.PROTEST_VERBS:
        subj = subject(ctx, t)
        return subj is not None and (actor_at(ctx, subj) is not None or subj.pos_ in ("NOUN", "NUM") or subj.like_num)
    if t.pos_ == "VERB" and lemma in L.DISPERSE_VERBS | L.DETAIN_VERBS | L.DEATH_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("protester", "demonstrator", "protestor", "crowd", "rally")
            for c in t.children):
        return True  # "police detained 3,000 protesters", "five protesters were shot dead"
    if (t.lower_ == "streets" and t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "onto") and t.head.head.pos_ == "VERB"
            and t.head.head.lemma_.lower() != "take" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(ctx.tok_actor[p.i] for p in c.children) for c in t.children)):
        return True  # "thousands of students have been seen on the streets of Chattogram"
    if t.pos_ == "VERB" and lemma in _RIOT_VERBS and t.dep_ not in ("relcl", "acl", "xcomp"):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in ("supporter", "protester", "demonstrator", "mob", "rioter"):
            return True  # "supporters of Imran Khan stormed the army headquarters"
    if t.pos_ == "VERB" and lemma in _CROWD_VERBS and t.dep_ not in ("relcl", "acl"):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("thousands", "hundreds", "tens", "crowds", "dozens"):
            return True  # "tens of thousands of people packed Pushkin Square"
    if t.pos_ == "VERB" and (lemma not in L.SPEECH_VERBS or lemma in ("demand", "call", "urge", "denounce", "condemn")) \
            and lemma not in ("be", "have", "do", "say") and t.dep_ not in ("relcl", "acl"):
        # "protesters stormed the residence", "demonstrators blocked the road"
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            heads = [subj, *[p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
            if any(h.lemma_.lower() in L.PROTESTER_NOUNS for h in heads):
                return True
    if t.pos_ == "VERB" and lemma in L.GATHER_VERBS:
        subj = subject(ctx, t)
        if subj is not None:
            heads = [subj, *[p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
            if any(h.lemma_.lower() in ("protester", "demonstrator", "protestor", "marcher") for h in heads):
                return True
    if t.pos_ == "VERB" and lemma == "take" and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "streets" for p in c.children) for c in t.children):
        return True
    return False


def _organizer(ctx: Context, t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "acl" and c.lemma_.lower() in L.ORGANISE_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            return actor_at(ctx, p)
    if t.dep_ == "dobj" and t.head.lemma_.lower() in L.ORGANISE_VERBS:
        subj = subject(ctx, t.head)
        if subj is not None:
            return actor_at(ctx, subj)
    return None


def _counts(ctx: Context) -> list[tuple[Token, str, int]]:
    out: list[tuple[Token, str, int]] = []
    for m in _COUNT_RE.finditer(ctx.art.analysed):
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(ctx.in_quote[t.i] for t in span):
            continue
        if any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") for t in span):
            continue
        nxt = ctx.doc[span.end] if span.end < len(ctx.doc) else None
        if nxt is not None and nxt.lower_ in ("years", "year", "days", "day", "weeks", "months", "percent", "%", "km", "kilometres", "miles", "hours"):
            continue
        value = count_value(m.group(0))
        if value is None:
            continue
        out.append((span[-1], ctx.text[m.start():m.end()], value))
    return out


def _governing_verb(ctx: Context, tok: Token) -> Token | None:
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def _count_role(ctx: Context, tok: Token, trig: Token, triggers: list[Token]) -> str | None:
    verb = _governing_verb(ctx, tok)
    vl = verb.lemma_.lower() if verb is not None else ""
    if vl in L.DETAIN_VERBS:
        return "detained_count"
    if vl in L.DEATH_VERBS:
        return "death_count"
    head = tok.head
    people = head.lemma_.lower() in ("people", "person", "protester", "demonstrator", "supporter", "marcher", "worker",
                                     "student", "woman", "man", "resident", "citizen", "activist", "voter")
    if vl in L.PARTICIPATE_VERBS or tok.i in {x.i for x in trig.subtree} or people or vl in L.PROTEST_VERBS:
        # the nearest protest word takes the figure
        near = min(triggers, key=lambda x: (0 if verb is not None and x.i in {y.i for y in verb.subtree} else 1, abs(x.i - tok.i)))
        return "participant_count" if near.i == trig.i else None
    return None


def _merge_protests(ctx: Context, protests: list[Ev]) -> list[Ev]:
    """One event per gathering: mentions with the same place and day merge; a town's
    undated mention takes the day of the national protest it is part of (or of the
    events reported in the same sentence); headlines join the body's events."""
    merged: list[Ev] = []
    heads = [p for p in protests if ctx.in_headline(p.anchor)]
    city = ctx.dateline_place()
    for p in protests:
        if ctx.in_headline(p.anchor):
            continue
        target = _target(ctx, p, merged)
        if target is None:
            if p.place is None and p.date is not None and city and not p.generic:
                p.place = city  # a dated gathering with no town of its own: the dateline's
            merged.append(p)
        else:
            gen = target.generic
            ctx.absorb(target, p)
            target.generic = gen and p.generic
    for h in heads:
        if not merged:
            merged.append(h)
            continue
        same = [b for b in merged if h.place and b.place == h.place]
        target = (same or [b for b in merged if not b.generic] or merged)[0]
        gen = target.generic
        ctx.absorb(target, h)
        target.generic = gen
    for p in merged:
        if city and not p.generic and (p.place is None or ctx.actors[p.place].venue):
            p.place = city
        if p.place is None and ctx.home_country:
            p.place = ctx.home_country
            ctx.ensure_country(ctx.home_country)
    # a wave of protests with neither day nor town, and no figure, is background
    merged = [p for p in merged if not (p.generic and p.date is None and not p.counts and p.kind != "caused"
                                        and (p.place is None or _is_country(ctx, p.place)))]
    _inherit_dates(ctx, merged)
    out: list[Ev] = []
    for p in merged:  # mentions that now share place and day are one event
        twin = next((o for o in out if o.place == p.place and o.date == p.date), None)
        if twin is None:
            out.append(p)
        else:
            ctx.absorb(twin, p)
    return out


def _is_country(ctx: Context, key: str | None) -> bool:
    return key is not None and ctx.actors[key].type == "Country"


def _target(ctx: Context, p: Ev, merged: list[Ev]) -> Ev | None:
    """The event already found that mention ``p`` reports, if any."""
    if p.place is not None and p.date is not None:
        return next((o for o in merged if o.place == p.place and o.date == p.date), None) or next(
            (o for o in reversed(merged) if o.place == p.place and o.date is None and not o.generic), None) or next(
            (o for o in reversed(merged) if o.place is None and o.date in (None, p.date) and not o.generic), None)
    if p.place is not None:
        same = next((o for o in reversed(merged) if o.place == p.place and not (o.generic and not p.generic)), None)
        if same is not None:
            return same
        if not _is_country(ctx, p.place):
            # "In Moscow, 40,000 gathered": the national day's event in that city
            nat = [o for o in merged if o.date and _is_country(ctx, o.place) and ctx.place_contains(o.place, p.place)]
            if nat:
                p.date, p.date_text = nat[-1].date, nat[-1].date_text
                return next((o for o in merged if o.place == p.place and o.date == p.date), None)
            return next((o for o in reversed(merged) if o.place is None and o.date is None and not o.generic), None)
        return None
    if p.date is not None:
        return next((o for o in reversed(merged) if o.date == p.date), None)
    if p.generic:
        anchor_tok = ctx.doc.char_span(p.anchor, p.anchor + 1, alignment_mode="expand")
        definite = anchor_tok is not None and any(c.lower_ in ("the", "these", "those", "their") for c in anchor_tok.root.children)
        specific = [o for o in merged if not o.generic]
        if definite and specific:
            return specific[-1]
        return next((o for o in merged if o.generic), None)
    return next((o for o in reversed(merged) if not o.generic), None) or next((o for o in merged if o.generic), None)


def _inherit_dates(ctx: Context, events: list[Ev]) -> None:
    """Undated events take the day the text gives their gathering elsewhere: a town
    named with dated events in one sentence takes their day; a town of a dated national
    protest takes the national day; a national protest whose towns all have one day
    takes it."""
    for e in events:
        if e.date is not None or e.generic or e.place is None or _is_country(ctx, e.place):
            continue
        days = {(o.date, o.date_text) for o in events if o.date and o is not e
                and set(o.evidence) & set(e.evidence) and not _is_country(ctx, o.place)}
        if len(days) == 1:
            e.date, e.date_text = next(iter(days))
            continue
        nat = {(o.date, o.date_text) for o in events if o.date and _is_country(ctx, o.place)
               and ctx.place_contains(o.place, e.place)}
        if len({d for d, _ in nat}) == 1:
            e.date, e.date_text = sorted(nat, key=lambda x: str(x[1]))[0]
    for e in events:
        if e.date is not None or e.generic or not _is_country(ctx, e.place):
            continue
        towns = {(o.date, o.date_text) for o in events if o.date and o.place and not _is_country(ctx, o.place)
                 and ctx.place_contains(e.place, o.place)}
        if len({d for d, _ in towns}) == 1:
            e.date, e.date_text = sorted(towns, key=lambda x: str(x[1]))[0]
