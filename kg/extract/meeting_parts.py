"""Who takes part in a meeting: the participants a meeting verb or noun names in the parse.

A verb gives its subject (raised through "is expected to", "after meeting"), its object and its
"with" phrase; a noun its "with"/"between"/"of" phrases, the names compounded on it ("the
Putin-Xi summit"), the agents of "hosted by"/"attended by", or the subjects of the verb that
holds it ("held talks"). Counted pairs ("the two leaders") stand for the last meeting of that
many; a delegation's ministers give way to its heads; a leader's own body is no party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actors_of, coref, subject
from kg.extract.meeting_heads import (NUMBERS, aide, counted_summit, described_heads, described_leaders, heads_of_states,
                                     principals, sent_by_countries)
from kg.extract.meeting_partners import comma_pair, name_pairs, led_group, listed_group, partners

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MEETING_WORDS", "TALK_NOUNS", "TOGETHER", "aide", "clean", "counted_summit", "meet_subject", "noun_parts", "parties_of", "party_group",
           "principals", "verb_parts"]

# "took a walk together", "had tea together", "spent more time together": the subjects meet
TOGETHER = frozenset({"spend", "walk", "stroll", "dine", "tour", "have", "take", "ride", "lunch"})
_MEALS = frozenset({"dinner", "lunch", "banquet", "reception", "breakfast", "luncheon"})
# "a face-to-face encounter with X", "the conversation between A and B in the Kremlin" (a call is told apart)
TALK_NOUNS = L.MEETING_NOUNS | {"encounter", "conversation"}
MEETING_WORDS = TALK_NOUNS | L.MEETING_VERBS | L.VISIT_VERBS | L.VISIT_NOUNS | TOGETHER | {"welcome", "sit", "greet", "play",
                                                                                          "shake", "show", "make", "share", "enjoy"}
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


def _counted_pair(tok: Token) -> bool:
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
    found = _named_for_titles(ctx, actors_of(ctx, tok)) or described_leaders(ctx, tok)  # "his Nigerian counterpart"
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
    if n and _counted_pair(tok) and sum(ctx.typed(k, "Person") for k in found) < n:
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
        # nmod of the second name: both
        for c in tok.subtree:
            if c.dep_ == "nmod" and c.i < tok.i and c.head.i in (tok.i, *(x.i for x in tok.children if x.dep_ == "compound")) \
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
        if subj.head.i == t.i:  # "A and B hosted X" parsed with two subjects
            parts += [k for c in t.children if c.dep_ == "nsubj" and c.i != subj.i and c.i < t.i
                      and _titled_subject(ctx, c) is c for k in parties_of(ctx, c)]
        if subj.lower_ in ("who", "that") and t.dep_ == "relcl" and t.head.pos_ in ("PROPN", "NOUN"):
            parts += [k for k in actors_of(ctx, t.head) if k not in parts]  # "Putin and Erdogan, who met in Sochi"
        if subj.lower_ in ("who", "that") and t.dep_ == "relcl" and t.head.dep_ == "conj" and not any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            parts += actors_of(ctx, t.head.head)  # "Modi and Xi Jinping, who met yesterday": both
    holders = [t]
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and c is not subj and not _own_body(ctx, c):
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
                parts += [k for p in objs if not _own_body(ctx, p) for k in partners(ctx, p)]
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
                 and ctx.typed(k, "Person") and k not in subjects), None)


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
            found = [k for p in pobjs if not _own_body(ctx, p)
                     for k in (parties_of(ctx, p) if _counted_pair(p) else partners(ctx, p) or described_leaders(ctx, p))]
            if len([k for k in found if not ctx.typed(k, "Group")]) < 2 and c.lower_ == "between":
                # "between the presidents of Russia and France, Putin and Macron"; "between A and the leader of protesters, B"
                found += [k for p in pobjs for x in p.subtree if (k := ctx.tok_actor[x.i])
                          and ctx.actors[k].type == "Person" and not ctx.in_quote[x.i]]
            if c.lower_ == "between" and len(found) >= 2 and not any(ctx.typed(k, "Person") for k in found):
                # "talks between the government and the opposition": a side named as a group is a party
                ctx.led_groups.update(k for k in found if ctx.typed(k, "Group") and party_group(ctx, k))
            parts += found
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
        parts = counted_summit(ctx, t)  # "the four-way talks": the four leaders the article names
        own = bool(parts)
    gov = t.head
    while (gov.pos_ not in ("VERB", "AUX") or gov.dep_ == "prep") and gov.head.i != gov.i:
        gov = gov.head  # "Following a meeting with X, Y said": the verb above the participle
    if not parts and _held(t, gov):
        # "held talks on Monday with X", "held five hours of talks over dinner with X": the "with"
        # phrase parsed under the verb that holds the talks
        parts = [k for c in gov.children if c.dep_ == "prep" and c.lower_ == "with"
                 for p in c.children if p.dep_ == "pobj" and not _own_body(ctx, p) for k in actors_of(ctx, p)]
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
            subj_actors = pair or parties_of(ctx, subj)  # type: ignore[arg-type]
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
            elif n == 0 and gov.lemma_.lower() == "invite" and t.dep_ == "pobj" and t.head.lower_ == "to" \
                    and t.head.head.i == gov.i:  # "Modi invited Xi to an informal summit in India next year"
                parts = subj_actors + [k for c in gov.children if c.dep_ == "dobj" for k in parties_of(ctx, c)]
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


# groups that are no side of talks: those who keep order, watch or report
_NO_SIDE = frozenset({"police", "officials", "authorities", "witnesses", "residents", "soldiers", "troops", "prosecutors",
                      "detainees", "supporters", "organisers", "organizers"})


def party_group(ctx: Context, k: str) -> bool:
    """Whether group ``k`` can sit at talks as a side (the opposition, protesters, unions, students)."""
    words = {w.lower() for w in [ctx.actors[k].name, *ctx.actors[k].aliases] for w in w.split()}
    return not words & _NO_SIDE


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
