"""Who takes part in a meeting: the participants a meeting verb or noun names in the parse.

A verb gives its subject (raised through "is expected to", "after meeting"), its object and its
"with" phrase; a noun (:mod:`kg.extract.meeting_nouns`) its "with"/"between"/"of" phrases, the
names compounded on it ("the Putin-Xi summit"), the agents of "hosted by"/"attended by", or the
subjects of the verb that holds it ("held talks"). Counted pairs ("the two leaders") stand for
the last meeting of that many; a delegation's ministers give way to its heads; a leader's own
body is no party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actors_of, subject
from kg.extract.meeting_guests import described_guest
from kg.extract.meeting_heads import (NUMBERS, aide, described_heads, described_leaders, heads_of_states, principals,
                                     sent_by_countries)
from kg.extract.meeting_partners import comma_pair, led_group, listed_group, partners

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MEETING_WORDS", "TALK_NOUNS", "TOGETHER", "aide", "clean", "counted_pair", "meet_subject", "own_body", "parties_of",
           "party_group", "principals", "verb_parts"]

# "took a walk together", "had tea together", "spent more time together": the subjects meet
TOGETHER = frozenset({"spend", "walk", "stroll", "dine", "din", "tour", "have", "take", "ride", "lunch", "attend"})  # "din": "dined"
_MEALS = frozenset({"dinner", "lunch", "banquet", "reception", "breakfast", "luncheon"})
# "a face-to-face encounter with X", "the conversation between A and B in the Kremlin" (a call is told apart)
TALK_NOUNS = L.MEETING_NOUNS | {"encounter", "conversation"}
MEETING_WORDS = TALK_NOUNS | L.MEETING_VERBS | L.VISIT_VERBS | L.VISIT_NOUNS | TOGETHER | {"welcome", "sit", "greet", "play",
                                                                                          "shake", "show", "make", "share", "enjoy"}
def meet_subject(ctx: Context, t: Token) -> Token | None:
    raised = t
    while raised.dep_ == "xcomp" and raised.head.i != raised.i:
        raised = raised.head  # "where he is expected to hold talks": "he", not the place the clause hangs on
        found = next((c for c in raised.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    subj = subject(ctx, t)
    if subj is not None:
        return _titled_subject(ctx, subj)
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


def _titled_subject(ctx: Context, subj: Token) -> Token:
    """ "EU foreign-policy chief A was meeting X" parsed with the title and the name as two subjects:
    the name, not the body the title names."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in L.ROLE_NOUNS or ctx.typed(ctx.tok_actor[subj.i], "Person"):
        return subj
    return next((c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i and c.left_edge.i == subj.i + 1
                 and ctx.typed(ctx.tok_actor[c.i], "Person")), subj)


def counted_pair(tok: Token) -> bool:
    """ "the two leaders", "both men": a counted plural of people."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in L.PAIR_NOUNS and any(c.lower_ in NUMBERS for c in tok.children)


def parties_of(ctx: Context, tok: Token) -> list[str]:
    """ "The three men met", "both leaders": the participants of the last meeting of that many;
    "A, B, C and D met" parsed as an apposition and its conjuncts: all four."""
    heads = heads_of_states(ctx, tok) or listed_group(ctx, tok) or sent_by_countries(ctx, tok)
    if heads:
        return heads
    n = next((NUMBERS[c.lower_] for c in tok.children if c.lower_ in NUMBERS), None)
    if n and tok.tag_ == "NNS" and tok.lemma_.lower() in L.PAIR_NOUNS and ctx.meetings:
        last = next((m for m in reversed(ctx.meetings) if len(m.participants) == n), None)
        if last is not None:
            return list(last.participants)
    guest = described_guest(ctx, tok)  # "his guest", "the visiting president"
    found = [guest] if guest else _named_for_titles(ctx, actors_of(ctx, tok)) or described_leaders(ctx, tok)  # "his Nigerian counterpart"
    found += [g for x in tok.conjuncts if (g := described_guest(ctx, x)) and g not in found]  # "A and his guest"
    if tok.tag_ == "NNS" or not any(ctx.typed(k, "Person") for k in found):
        found = described_heads(ctx, tok) or found  # "the US and Russian presidents", "the Ukrainian leader"
    # "X and opposition leaders held talks": the group they lead takes part (the conjunct also under a title)
    for x in dict.fromkeys((tok, *tok.conjuncts, *(c for c in tok.subtree if c.dep_ == "conj"))):
        at = ctx.tok_actor[x.i]
        led = led_group(ctx, x) if at is None or ctx.actors[at].type == "Group" else None
        if led is not None and not any(ctx.typed(k, "Person") and k == at for k in found):
            named = listed_group(ctx, x, any_words=True)  # the leaders the article lists by name
            if named:
                found = [k for k in found if k != led] + [k for k in named if k not in found]
                continue
            ctx.led_groups.add(led)
            found = found if led in found else [*found, led]
    if n and counted_pair(tok) and sum(ctx.typed(k, "Person") for k in found) < n:
        named = _last_people(ctx, tok, n)  # "Putin gave Kim a tour before the two leaders sat down": no meeting before
        if len(named) == n:
            return named
    if all(ctx.actors[k].type in ("Place", "Country") for k in found):
        # a dateline read as the subject ("WUHAN, China: Modi and Xi ... will spend the day together")
        found = [k for c in tok.children if c.dep_ == "appos" for k in actors_of(ctx, c) if ctx.typed(k, "Person")] or found
    if tok.lemma_.lower() in L.ROLE_NOUNS and not ctx.tok_actor[tok.i] and (not found or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
        # "President of Russia Vladimir Putin, ... and French President Emmanuel Macron" headed by the title;
        # "The president of France, Emmanuel Macron, and his counterpart, Vladimir Putin" 
        skip = {x.i for c in tok.subtree if c.dep_ in ("relcl", "acl") for x in c.subtree}
        found = list(dict.fromkeys([*found, *(k for x in tok.subtree if x.i not in skip and (k := ctx.tok_actor[x.i])
                                              and ctx.typed(k, "Person") and not ctx.in_quote[x.i])]))
    if found and any(c.lemma_.lower() in L.PAIR_NOUNS and not ctx.tok_actor[c.i] and set(actors_of(ctx, c)) <= set(found)
                     for c in tok.conjuncts):
        # "Putin and his Ukrainian counterpart Volodymyr Zelensky" parsed with the name under Putin
        found += [k for c in tok.children if c.dep_ == "appos" and (k := ctx.tok_actor[c.i])
                  and ctx.typed(k, "Person") and k not in found]
    if len(found) >= 2 and all(ctx.typed(k, "Person") for k in found):
        # "Putin, President of Ukraine Volodymyr Zelensky, Merkel and Macron": a name under a title's "of"
        found += dict.fromkeys(k for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in L.ROLE_NOUNS
                               for x in c.subtree if (k := ctx.tok_actor[x.i]) and ctx.typed(k, "Person") and k not in found)
    if len(found) == 1 and ctx.typed(found[0], "Person"):
        # "Japanese Prime Minister A and South Korean President B" parsed with the first title and name as an
        # nmod of the second name, or "A and Jordan's King B" with A and the country as B's possessor: both
        for c in tok.subtree:
            if c.dep_ in ("nmod", "poss") and c.i < tok.i and c.head.i in (tok.i, *(x.i for x in tok.children if x.dep_ == "compound")) \
                    and any(x.lower_ == "and" and x.dep_ == "cc" for x in c.subtree):
                found += [k for x in c.subtree if (k := ctx.tok_actor[x.i]) and ctx.typed(k, "Person")
                          and not ctx.in_quote[x.i] and k not in found]
        for c in tok.children:
            listed = actors_of(ctx, c) if c.dep_ == "appos" else []
            if len(listed) >= 2 and all(ctx.typed(k, "Person") for k in listed):
                found += [k for k in listed if k not in found]
    return found


def _named_for_titles(ctx: Context, found: list[str]) -> list[str]:
    """ "A and Lithuanian President B met", "A and Indian Prime Minister B": a title the model read as a
    person of its own ("Lithuanian President") stands for the person named right after it."""
    out: list[str] = []
    for k in found:
        name = ctx.actors[k].name.split()
        if ctx.typed(k, "Person") and name and name[-1].lower() in L.ROLE_NOUNS and all(
                w[:1].isupper() for w in name):
            ends = {b for a, b, key in ctx.mentions if key == k}
            k = next((key for a, b, key in ctx.mentions if a in ends and key != k and ctx.typed(key, "Person")), k)
        if k not in out:
            out.append(k)
    return out


def _last_people(ctx: Context, tok: Token, n: int) -> list[str]:
    """The last ``n`` people named before ``tok`` in its sentence and the one before, outside quotations."""
    start = ctx.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
    out: list[str] = []
    for a, _b, k in reversed(ctx.mentions):
        if start <= a < tok.i and not ctx.in_quote[a] and ctx.typed(k, "Person") and k not in out \
                and not _common_noun(ctx.actors[k].name):  # not "Minister" of "Prime Minister" read as a name
            out.append(k)
    return list(reversed(out[:n])) if len(out) >= n else []


def verb_parts(ctx: Context, t: Token) -> list[str]:
    parts: list[str] = comma_pair(ctx, t)  # "Biden, Xi meet in Bali"
    subj = meet_subject(ctx, t) if not parts else None
    if subj is not None:
        parts += parties_of(ctx, subj)
        parts += co_subjects(ctx, t, subj)  # "A and B hosted X" parsed with two subjects
        if subj.lower_ in ("who", "that") and t.dep_ == "relcl" and t.head.pos_ in ("PROPN", "NOUN"):
            parts += [k for k in actors_of(ctx, t.head) if k not in parts]  # "Putin and Erdogan, who met in Sochi"
        if subj.lower_ in ("who", "that") and t.dep_ == "relcl" and t.head.dep_ == "conj" and not any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            parts += actors_of(ctx, t.head.head)  # "Modi and Xi Jinping, who met yesterday": both
    if t.dep_ == "conj" and any(c.dep_ == "auxpass" for c in t.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        # "X landed in Y and was received by Z": the subject of the first verb is the one received (one
        # guest; "the two leaders arrived and were received by Z": the host greets them for their talks)
        shared = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        guests = parties_of(ctx, shared) if shared is not None and shared is not subj else []
        parts += guests if len(guests) == 1 and ctx.typed(guests[0], "Person") else []
    holders = [t]
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and c is not subj and not own_body(ctx, c):
            # "where Putin met him"; "He was met by the governor": the one just named who is met
            him = _object_pronoun(ctx, c, parts) if c.pos_ == "PRON" and (
                c.lower_ in ("him", "her") or c.lower_ in ("he", "she") and c.dep_ == "nsubjpass") else None
            parts += [him] if him else partners(ctx, c, parties=parties_of)
        if c.dep_ == "dobj" and c.lemma_.lower() in _MEALS and t.lemma_.lower() == "host":
            holders.append(c)  # "Xi hosted a dinner for Modi"
    for x in holders:
        for prep in x.children:
            if prep.dep_ == "prep" and (prep.lower_ == "with" and x is t or prep.lower_ == "for" and len(holders) > 1):
                # "met with visiting Qatari Emir X" parsed with the guest as the participle's object
                objs = [p for p in prep.children if p.dep_ == "pobj"] + [o for p in prep.children if p.dep_ == "pcomp"
                                                                         and p.lower_ == "visiting" for o in p.children if o.dep_ == "dobj"]
                parts += [k for p in objs if not own_body(ctx, p) for k in partners(ctx, p)]
    return parts


def co_subjects(ctx: Context, verb: Token, subj: Token) -> list[str]:
    """ "A and Prime Minister B held talks" parsed with two subjects of the verb: the parties of the
    subjects other than ``subj`` (the one :func:`meet_subject` gives) before the verb."""
    if subj.head.i != verb.i:
        return []
    return [k for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i and c.i < verb.i
            and _titled_subject(ctx, c) is c for k in parties_of(ctx, c)]


def own_body(ctx: Context, p: Token) -> bool:
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
                 and ctx.typed(k, "Person") and k not in subjects), None)


# groups that are no side of talks: those who keep order, watch or report
_NO_SIDE = frozenset({"police", "officials", "authorities", "witnesses", "residents", "soldiers", "troops", "prosecutors",
                      "detainees", "supporters", "organisers", "organizers"})


def party_group(ctx: Context, k: str) -> bool:
    """Whether group ``k`` can sit at talks as a side (the opposition, protesters, unions, students)."""
    words = {w.lower() for w in [ctx.actors[k].name, *ctx.actors[k].aliases] for w in w.split()}
    return not words & _NO_SIDE


def clean(ctx: Context, parts: list[str]) -> list[str]:
    parts = [p for i, p in enumerate(parts) if p not in parts[:i] and (
        ctx.actors[p].type in ("Person", "Organization", "Country") or p in ctx.led_groups)
             and not _common_noun(ctx.actors[p].name)]
    if sum(ctx.actors[p].type == "Person" for p in parts) >= 2:
        # "the presidents of Russia and France, Putin and Macron": the leaders meet, not their countries
        parts = [p for p in parts if ctx.actors[p].type != "Country"]
    return parts


def _common_noun(name: str) -> bool:
    """ "Talks", "Presidents": a capitalised word the model read as a name."""
    low = name.lower()
    return low in MEETING_WORDS or low.rstrip("s") in L.PAIR_NOUNS or low.rstrip("s") in L.ROLE_NOUNS
