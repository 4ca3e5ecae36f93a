"""Protests, detentions and the counts said about them.

Each protest word or protest clause makes a protest with the date and place of its
clause; reports of one gathering (same date and a compatible place) merge; head counts,
detentions and deaths attach to the nearest protest word of their sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
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
        triggers = [t for t in sent if _is_protest(ctx, t)]
        sent_counts = [c for c in counts if sent.start <= c[0].i < sent.end]
        used_counts: set[int] = set()
        for t in triggers:
            d, dtxt = date_for(ctx, t, sent)
            if d is None and dtxt is None and not any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children):
                d, dtxt = sentence_date(ctx, t, sent)  # not "the protests": they were reported before
            place = place_for(ctx, t, sent, include_to=False)
            plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ == "NOUN"
            ev = Ev("Protest", [ctx.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=t.idx)
            ev.generic = plural and d is None and (place is None or ctx.actors[place].type == "Country")
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
                for extra in _conj_places(ctx, place, sent):
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


def _conj_places(ctx: Context, place: str, sent: Span) -> list[str]:
    out: list[str] = []
    for a, b, k in ctx.mentions:
        if k == place and sent.start <= a < sent.end:
            root = ctx.doc[a:b].root
            # every item of the list: conjuncts, and appositions the parser made of some items
            others = [x for x in root.subtree if x.dep_ in ("conj", "appos") and x.i != root.i
                      and all(y.dep_ in ("conj", "appos", "compound", "punct", "cc") for y in _chain(x, root))]
            if root.dep_ == "pobj":  # "in St Petersburg and in Yakutsk"
                others += [p for c in root.head.conjuncts for p in c.children if p.dep_ == "pobj"]
            for c in others:
                k2 = ctx.tok_actor[c.i]
                if k2 and k2 != place and ctx.actors[k2].type in ("Place", "Country") and k2 not in out:
                    out.append(k2)
            break
    return out


def _chain(x: Token, root: Token) -> list[Token]:
    """The tokens from ``x`` up to (not including) ``root``."""
    out: list[Token] = []
    cur = x
    while cur.i != root.i and cur.head.i != cur.i and len(out) < 40:
        out.append(cur)
        cur = cur.head
    return out if cur.i == root.i else [root]


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
    if t.pos_ == "VERB" and lemma in L.DISPERSE_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("protester", "demonstrator", "protestor", "crowd", "rally")
            for c in t.children):
        return True
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
    merged: list[Ev] = []
    heads = [p for p in protests if ctx.in_headline(p.anchor)]
    for p in protests:
        if ctx.in_headline(p.anchor):
            continue
        target: Ev | None = None
        if p.date is not None:
            target = next((o for o in merged if o.date == p.date and (
                ctx.place_contains(o.place, p.place) or ctx.place_contains(p.place, o.place))), None)
            if target is None:
                target = next((o for o in merged if o.date is None and not o.generic and o.place and p.place and
                               (ctx.place_contains(o.place, p.place) or ctx.place_contains(p.place, o.place))), None)
        elif p.place is not None and ctx.actors[p.place].type == "Place":
            target = next((o for o in reversed(merged) if o.place and not o.generic and (
                ctx.place_contains(o.place, p.place) or ctx.place_contains(p.place, o.place))), None)
            if (target is not None and target.place is not None and target.place != p.place
                    and ctx.actors[target.place].type == "Country" and target.date is not None):
                # "In Moscow, 40,000 gathered": the national protest's event in that city
                p.date, p.date_text = target.date, target.date_text
                target = next((o for o in merged if o.place == p.place and o.date == p.date), None)
        elif p.generic:
            anchor_tok = ctx.doc.char_span(p.anchor, p.anchor + 1, alignment_mode="expand")
            definite = anchor_tok is not None and any(c.lower_ in ("the", "these", "those") for c in anchor_tok.root.children)
            specific = [o for o in merged if not o.generic]
            if definite and specific:
                target = specific[-1]
            else:
                target = next((o for o in merged if o.generic), None)
        else:
            target = next((o for o in reversed(merged) if not o.generic), None)
            if target is None:
                target = next((o for o in merged if o.generic), None)
        if target is None:
            merged.append(p)
        else:
            gen = target.generic
            ctx.absorb(target, p)
            target.generic = gen and p.generic
    # "protesters stormed parliament" with neither date nor place: the day's protest
    dated = [p for p in merged if p.date is not None and not p.generic]
    for p in [p for p in merged if p.date is None and p.place is None and not p.generic]:
        if dated:
            ctx.absorb(dated[0], p)
            merged.remove(p)
    for h in heads:
        if not merged:
            merged.append(h)
            continue
        same = [b for b in merged if h.place and b.place == h.place]
        target = (same or [b for b in merged if not b.generic] or merged)[0]
        gen = target.generic
        ctx.absorb(target, h)
        target.generic = gen
    city = ctx.dateline_place()
    for p in merged:
        if city and not p.generic and (p.place is None or ctx.actors[p.place].venue):
            p.place = city
        if p.place is None and ctx.home_country:
            p.place = ctx.home_country
            ctx.ensure_country(ctx.home_country)
    # a wave of protests with neither date nor town is background, not an event
    merged = [p for p in merged if not (p.generic and p.date is None and not p.counts
                                        and (p.place is None or ctx.actors[p.place].type == "Country"))]
    day, day_text = ctx.dateline_date()
    if day is not None:  # the dateline dates what the report tells without a date of its own
        for p in merged:
            if p.date is None and not p.generic:
                p.date, p.date_text = day, day_text
    _date_from_lead(ctx, merged)
    return _dedupe(ctx, merged)


def _date_from_lead(ctx: Context, merged: list[Ev]) -> None:
    """A protest in a town reported without a date of its own happened on the day of the
    article's first dated protest ("... on Saturday. In Moscow, police detained ...")."""
    lead = next((p for p in sorted(merged, key=lambda e: e.anchor) if p.date is not None and not p.generic), None)
    if lead is None:
        return
    for p in merged:
        if p.date is None and p.place is not None and p.anchor > lead.anchor and not p.generic:
            p.date, p.date_text = lead.date, lead.date_text


def _dedupe(ctx: Context, merged: list[Ev]) -> list[Ev]:
    """Protests made the same (date and place) by the steps above are one."""
    out: list[Ev] = []
    for p in merged:
        twin = next((o for o in out if o.place == p.place and o.date == p.date), None)
        if twin is None:
            out.append(p)
        else:
            ctx.absorb(twin, p)
    return out
