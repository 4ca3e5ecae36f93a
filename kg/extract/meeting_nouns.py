"""The participants a meeting noun names (split from :mod:`kg.extract.meeting_parts`, file size): its
"with"/"between"/"of" phrases (also under a measure: "five hours of talks with X"), the names
compounded on it ("the Putin-Xi summit"), the agents of "hosted by"/"attended by", the people a summit
convenes, or the subjects of the verb that holds it ("held talks"); not the setting of another event
("on the sidelines of the summit") nor onlookers ("went to watch the meeting").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actors_of, coref
from kg.extract.meeting_heads import aide, counted_summit, described_leaders, sent_by_countries
from kg.extract.meeting_partners import comma_pair, name_pairs, partners
from kg.extract.meeting_parts import co_subjects, counted_pair, meet_subject, own_body, parties_of, party_group

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["noun_parts"]


# verbs whose subject takes part in the meeting named by their object ("held talks with")
_HOLD_VERBS = frozenset({"hold", "have", "attend", "join", "conduct", "begin", "start", "open", "chair", "host",
                         "spend", "sit", "move", "resume", "continue", "wrap", "end", "conclude", "reach", "fail",
                         "schedule", "plan", "arrange"})  # "scheduled bilateral meetings with A and B"

# "went to follow the meeting", "skipped the summit": the subject watches or stays away
_ONLOOKER_VERBS = frozenset({"follow", "watch", "monitor", "observe", "cover", "skip", "miss", "await", "snub", "shun"})

# "the summit brought together A and B", "the meeting gathered A and B": the people convened
_CONVENE = frozenset({"bring", "gather", "assemble", "unite", "reunite"})

# "talks hosted by", "a summit attended by": the agent takes part too
_ACL_AGENT = frozenset({"host", "chair", "organise", "organize", "broker", "mediate", "attend", "join"})


def noun_parts(ctx: Context, t: Token) -> tuple[list[str], bool]:
    """The participants of a meeting noun, and whether the noun names any itself ("with",
    "between", "of" phrases) rather than through the verb it hangs from."""
    parts: list[str] = []
    labels: list[str] = []
    with_parts = False  # "held talks with A and B": the holders sit across from them
    for c in [*t.children, *_measure_preps(t)]:
        if c.dep_ == "prep" and c.lower_ in ("with", "between", "of") and not (c.lower_ == "of" and _backdrop(t)) \
                and not any(a.dep_ == "advmod" and a.lower_ in ("together", "along") for a in c.children):
            # not "returned from a summit, together with A and B": the companions of the subject
            # "talks between the presidents of France and Russia, Macron and Putin"
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
            pobjs += [a for p in pobjs for a in p.children if a.dep_ == "appos"]
            if c.lower_ == "between":  # "talks between A and opposition leader B failed": B read as the verb's subject
                pobjs += [x for p in pobjs if any(a.lower_ == "and" and a.dep_ == "cc" for a in p.subtree) for x in t.head.children
                          if x.dep_ in ("nsubj", "nsubjpass") and x.i != t.i and x.left_edge.i == p.right_edge.i + 1]
            if c.lower_ == "of":  # "a summit of four leaders - A, B, C and D"; not "a meeting of the council"
                pobjs = [p for p in pobjs if p.dep_ == "appos" or ctx.typed(ctx.tok_actor[p.i], "Person")]
            # "the first meeting between the two men": the pair of the last meeting (group), not the last
            # pair named together ("their ministers A and B joined them")
            found = [k for p in pobjs if not own_body(ctx, p)
                     for k in (parties_of(ctx, p) if counted_pair(p) else partners(ctx, p) or described_leaders(ctx, p))]
            if len([k for k in found if not ctx.typed(k, "Group")]) < 2 and c.lower_ == "between":
                # "between the presidents of Russia and France, Putin and Macron"; "between A and the leader of protesters, B"
                found += [k for p in pobjs for x in p.subtree if (k := ctx.tok_actor[x.i])
                          and ctx.actors[k].type == "Person" and not ctx.in_quote[x.i]]
            if c.lower_ == "between" and len(found) >= 2 and not any(ctx.typed(k, "Person") for k in found):
                # "talks between the government and the opposition": a side named as a group is a party
                ctx.led_groups.update(k for k in found if ctx.typed(k, "Group") and party_group(ctx, k))
            parts += [k for k in dict.fromkeys(found) if k not in parts]  # "with his counterpart A": A once (noun and apposition)
            with_parts = with_parts or (c.lower_ == "with" and bool(found))
        listed = actors_of(ctx, c) if c.dep_ == "appos" else []
        if sum(ctx.typed(k, "Person") for k in listed) >= 2:
            parts += listed  # "a summit - A, B and C - has begun"; not "a summit, the so-called Normandy Format"
        if c.dep_ in ("compound", "poss", "nmod", "amod") and ctx.tok_actor[c.i]:
            # "the Putin-Xi summit", "a U.S.-Russia summit"; not "a NATO summit", "the G20 summit" (its host body)
            labels += [k for k in actors_of(ctx, c) if ctx.actors[k].type != "Organization"]
            # "the Putin-Biden summit": the first name parsed under the second
            labels += [k for x in c.subtree if x.i != c.i and x.dep_ == "compound" and (k := ctx.tok_actor[x.i])
                       and ctx.typed(k, "Person") and k not in labels and any(h.text == "-" for h in ctx.doc[x.i:c.i])]
    labels = [k for pair in name_pairs(ctx, t) for k in pair] or labels  # "the Putin-Biden summit"
    own = bool(parts) or any(ctx.typed(k, "Person") for k in labels)
    loose = _loose_participles(t)
    for c in [*t.children, *loose]:
        if (c.dep_ in ("acl", "relcl", "dep", "advcl") or c in loose) and c.lemma_.lower() in _ACL_AGENT:
            for a in c.children:  # "talks hosted by Charles Michel", "also attended by Merkel and Macron"
                if a.dep_ == "agent":
                    parts += [k for p in a.children if p.dep_ == "pobj" for k in sent_by_countries(ctx, p) or actors_of(ctx, p)]
    if parts and not own and all(aide(ctx, k) for k in parts):
        parts = []  # "the leaders' meeting, attended only by their ministers A and B": no meeting of A and B
    if sum(ctx.typed(k, "Person") for k in parts) < 2 or any(ctx.typed(k, "Person") for k in labels):
        parts = labels + parts
    if t.dep_ == "ROOT" and (pair := comma_pair(ctx, t)):
        parts, own = pair, True  # "Biden, Xi meet in Bali" read with "meet" a noun
    if not parts:
        parts = _participation(ctx, t)  # "the talks began with the participation of A and B"
        own = bool(parts)
    if not parts:
        parts = counted_summit(ctx, t)  # "the four-way talks": the four leaders the article names
        own = bool(parts)
    gov = t.head
    while (gov.pos_ not in ("VERB", "AUX") or gov.dep_ == "prep") and gov.head.i != gov.i:
        gov = gov.head  # "Following a meeting with X, Y said": the verb above the participle
    if not parts and _held(t, gov):
        # "held talks on Monday with X", "held five hours of talks over dinner with X": the "with"
        # phrase parsed under the verb that holds the talks
        parts = [k for c in gov.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj" and not own_body(ctx, p) for k in actors_of(ctx, p)]
        with_parts = bool(parts)
    if not parts and t.dep_ == "nsubj" and t.head.lemma_.lower() in _CONVENE and (t.head.lemma_.lower() != "bring" or any(
            c.lower_ == "together" for c in t.head.children)):
        # "The summit brought together A, B and C", "the talks gathered A and B": the people it convened
        parts = [k for c in t.head.children if c.dep_ == "dobj" for k in parties_of(ctx, c)]
        own = bool(parts)
    n = len(parts)
    if _backdrop(t) and not own and not any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children) \
            and not _their_start(ctx, t, gov):
        return parts, True  # but "shook hands at the start of their talks": the subjects' own talks
    if gov.pos_ in ("VERB", "AUX") and gov.i != t.i:
        subj = meet_subject(ctx, gov)
        pair = comma_pair(ctx, gov)  # "Kishida, Yoon hold summit"
        if subj is not None and subj.i != t.i or pair:
            # "A and Prime Minister B held talks" parsed with two subjects: both
            subj_actors = pair or list(dict.fromkeys([*parties_of(ctx, subj), *co_subjects(ctx, gov, subj)]))  # type: ignore[arg-type]
            if subj is not None and subj.dep_ == "pobj" and subj.head.dep_ == "agent":
                # "A and B were joined by C and D for talks": the talks of A and B, C and D of their delegations;
                # "A was received by B for talks": both
                joined = [k for c in gov.children if c.dep_ == "nsubjpass" for k in parties_of(ctx, c) if k not in subj_actors]
                subj_actors = joined if gov.lemma_.lower() in ("join", "accompany") and sum(ctx.typed(k, "Person") for k in joined) >= 2 \
                    else subj_actors + joined
            if t.dep_ == "pobj" and (t.head.lower_ in ("after", "before", "following") or t.head.lower_ == "of" and t.head.head.lower_ in (
                    "ahead", "prior")) and not any(ctx.typed(k, "Person") for k in subj_actors):
                subj_actors = []  # "ahead of the meeting with Putin, Seoul accused ...": no party to it
            # "A and B went to follow / watch / skipped the meeting": onlookers and absentees, not its parties
            watched = t.dep_ == "dobj" and gov.lemma_.lower() in _ONLOOKER_VERBS
            holds = gov.lemma_.lower() in _HOLD_VERBS or t.dep_ == "attr" or (
                t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "at", "for", "after", "following") and t.head.head.i == gov.i)
            # "X held talks with Y"; "X and Y met at a summit"; not "a tweet by X set the tone for the summit between A and B"
            if n == 1 or (n == 0 and len(subj_actors) >= 2 and not watched) or (n >= 2 and gov.lemma_.lower() in ("attend", "join", "host")) \
                    or (with_parts and t.dep_ == "dobj" and gov.lemma_.lower() in _HOLD_VERBS) \
                    or (not own and holds and len(subj_actors) >= 2):
                parts = subj_actors + parts
            elif n == 0 and (inviter := _inviter(t, gov)) is not None:
                # "Modi invited Xi to an informal summit in India next year", "invited X to Delhi for talks",
                # "invited X to talks" read as "to talk", "invited X to hold talks"
                parts = subj_actors + [k for c in inviter.children if c.dep_ == "dobj" for k in parties_of(ctx, c)
                                       if k not in subj_actors]
            elif n == 0 and len(subj_actors) == 1 and t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "at") \
                    and t.head.head.i == gov.i and ctx.typed(subj_actors[0], "Person"):
                # "In talks at the Kremlin, Putin told Macron ...": the one spoken to is across the table
                # "Macron said Putin had been frank during their talks": the one who tells of them is the other
                parts = subj_actors + ([k for c in gov.children if c.dep_ in ("dobj", "dative")
                                        for k in actors_of(ctx, c) if ctx.typed(k, "Person")][:1] or _teller(ctx, t, gov, subj_actors[0]))
            elif n == 0 and len(subj_actors) == 1 and ctx.typed(subj_actors[0], "Person"):
                parts = subj_actors + _teller(ctx, t, gov, subj_actors[0])
    poss = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if poss is not None and len(parts) == 1 and with_parts:
        who = coref(ctx, poss, ("Person",))  # "a day after his talks with Putin": the one he stands for
        if who and who not in parts:
            parts = [who, *parts]
    elif len(parts) == 1 and with_parts and t.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        who = _arrived(ctx, t, parts[0])  # "X arrived at the Kremlin. The meeting with Putin lasted five hours"
        parts = [who, *parts] if who else parts
    return parts, own


def _participation(ctx: Context, t: Token) -> list[str]:
    """ "The talks began with the participation of A and B", "A meeting was held with the participation of A
    and B", "the summit, with the participation of A, B and C, opened": the parties it lists."""
    holders = [t, t.head] if t.dep_ in ("nsubj", "nsubjpass") else [t]
    ofs = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
           for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "participation"
           for o in p.children if o.dep_ == "prep" and o.lower_ == "of"]
    found = [k for o in ofs for y in o.children if y.dep_ == "pobj" for x in (y, *y.conjuncts) for k in parties_of(ctx, x)]
    for o in ofs:  # the list read in pieces ("... and Laotian President B" hung on the verb): the people up to the next verb
        end = next((x.i for x in t.doc[o.i + 1:t.sent.end] if x.pos_ in ("VERB", "AUX")), t.sent.end)
        found += [k for a, _b, k in ctx.mentions if o.i < a < end and not ctx.in_quote[a] and ctx.typed(k, "Person")]
    return list(dict.fromkeys(found))


def _inviter(t: Token, gov: Token) -> Token | None:
    """The verb "invite" whose guest is asked to the meeting noun ``t`` ("invited X to a summit", "to Delhi
    for talks", "to talks" read as "to talk", "to hold talks"), or None."""
    if gov.lemma_.lower() == "invite" and (t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and t.head.head.i == gov.i or (
            t.dep_ == "xcomp" and t.head.i == gov.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))):
        return gov
    if t.dep_ == "dobj" and gov.lemma_.lower() in ("hold", "have") and gov.dep_ == "xcomp" and gov.head.lemma_.lower() == "invite":
        return gov.head
    return None


def _arrived(ctx: Context, t: Token, other: str) -> str | None:
    """The person the sentence before ``t`` tells arriving or travelling (its subject), not ``other``."""
    if t.sent.start == 0:
        return None
    prev = ctx.doc[t.sent.start - 1].sent
    verb = prev.root
    if verb.lemma_.lower() not in L.VISIT_VERBS - {"visit", "tour"} | {"come", "reach", "head"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    k = ctx.tok_actor[subj.i] if subj is not None and not ctx.in_quote[subj.i] else None
    return k if k and k != other and ctx.typed(k, "Person") else None


# what measures talks: "five hours of talks with X", "two days of negotiations between A and B"
_MEASURES = frozenset({"hour", "day", "week", "round", "minute", "night"})


def _measure_preps(t: Token) -> list[Token]:
    """ "after five hours of talks with X" parsed with the "with" phrase under the measure: its
    "with" and "between" phrases."""
    if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lemma_.lower() not in _MEASURES:
        return []
    return [c for c in t.head.head.children if c.dep_ == "prep" and c.lower_ in ("with", "between") and c.i > t.i]


def _held(t: Token, gov: Token) -> bool:
    """Whether meeting noun ``t`` is what verb ``gov`` holds: its object ("held talks"), or the object's
    "of" phrase ("held five hours of talks", "a round of talks")."""
    if gov.lemma_.lower() not in _HOLD_VERBS or gov.i == t.i:
        return False
    if t.dep_ == "dobj" and t.head.i == gov.i:
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj" and t.head.head.head.i == gov.i


def _teller(ctx: Context, t: Token, gov: Token, other: str) -> list[str]:
    """ "their talks" told by one of the two: the subject of a verb above the clause of ``gov``."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children):
        return []
    for a in gov.ancestors:
        subj = next((c for c in a.children if c.dep_ == "nsubj"), None) if a.pos_ in ("VERB", "AUX") else None
        k = (coref(ctx, subj, ("Person",)) if subj.pos_ == "PRON" else ctx.tok_actor[subj.i]) if subj is not None else None
        if k and ctx.typed(k, "Person") and k != other and not ctx.in_quote[subj.i]:  # type: ignore[union-attr]
            return [k]
    return []


def _their_start(ctx: Context, t: Token, gov: Token) -> bool:
    """ "A and B shook hands at the start of the summit": two or more people at the opening or close
    of a meeting are its participants (not so on its sidelines or its eve)."""
    if t.head.head.lemma_.lower() not in ("start", "end", "opening", "close", "beginning", "outset"):
        return False
    subj = meet_subject(ctx, gov) if gov.pos_ in ("VERB", "AUX") and gov.i != t.i else None
    return subj is not None and sum(ctx.typed(k, "Person") for k in parties_of(ctx, subj)) >= 2


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
