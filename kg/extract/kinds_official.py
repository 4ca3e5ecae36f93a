"""Statement kinds settled once every statement of an article is found: what the way a
statement was made says about its kind, beyond its speech verb and its words.

- **Official statements.** What a body or an office makes known in a written statement, a message
  to the nation or an address ("said in a statement that ...", "issued a statement saying ...",
  "said in a televised address that ...", "..., the statement said") is an
  announcement (a measure, a decision, a result, a state of affairs it declares), not a claim,
  unless it tells what happened: a simple or past-perfect past of others ("the air force said in
  a statement that he left on Wednesday", "was killed") stays a claim.
- **Measures under way or scheduled.** What a speaker's own side is doing ("Meta said it was
  removing the posts", "Macron said France was giving aid", a defence ministry's "warships were
  moving to the Black Sea"), what an office says is being done
  ("said relief was being provided") and what is set for a day ("the talks are set to focus on
  ...", "is scheduled for Tuesday") are made known (also when words of the clause are quoted), announced: not what is attended to ("said it
  was closely monitoring the situation", a comment) nor what others are doing (a claim).
- **Meetings held.** What an office says of a meeting that took place, began or ended ("the
  two presidents met for an hour, the Kremlin said", "the summit has concluded, according to
  the White House") makes the meeting known: an announcement, not a claim.
- **Critics.** A speaker named as critics or opponents ("critics say", "government critics argue",
  "opponents of the plan say") speaks
  as a critic: what they say is criticism unless it demands or rejects.
- **Answers to a question.** What a speaker says when asked ("Asked whether ..., the spokesman said
  ...", "When asked about ..., X said", "X, asked about ..., said", "Answering a question, ...",
  '"...," X replied') is a remark made on demand, a comment, where the same words volunteered
  would claim or announce; words of blame, praise, a demand or a refusal still decide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context, Ev
from kg.extract.coref import actor_at
from kg.extract.indexes import token_from
from kg.extract.kinds import cue_kind, own_clause
from kg.extract.kinds_rules import public_rule
from kg.extract.reported import reported_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["settle_kinds"]

#: Nouns of a written, official statement.
_STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqu\u00e9", "release", "declaration", "decree",
                              "notice", "circular", "resolution", "message", "address"})
#: Verbs of a decision or a result: a past perfect of these is made known, not told ("had agreed to").
_RESULT_VERBS = frozenset({"agree", "decide", "approve", "sign", "reach", "accept", "adopt", "resolve", "order"})
#: The first or last word of a speaker's name that makes them critics ("government critics", "opponents of the plan").
_CRITIC_NAMES = frozenset({"critics", "opponents"})


def settle_kinds(ctx: Context) -> None:
    """Revise the kinds of the article's statements by how they were made (see the module)."""
    for ev in ctx.events:
        if ev.type != "Statement" or ev.speaker is None:
            continue
        rec = ctx.actors.get(ev.speaker)
        if rec is not None and _CRITIC_NAMES & {rec.name.lower().split()[0], rec.name.lower().split()[-1]} and ev.kind in (
                "claim", "comment", "announcement"):
            ev.kind = "criticism"
            continue
        verb = _token_at(ctx, ev.anchor) if ev.quote is None else _verb_around(ctx, ev.quote[0][0])
        if verb is None:
            continue
        if ev.kind == "claim" and _official(ctx, ev.speaker) and _meeting_held(
                verb.head if verb.lower_ == "according" else reported_clause(verb) if ev.quote is None else None):
            ev.kind = "announcement"  # "the two presidents met for an hour, the Kremlin said": a meeting made known
            continue
        clause = official_clause(verb)
        if ev.kind == "claim" and clause is not None and _reported(ev, clause) and not _tells_past(clause):
            ev.kind = "announcement"
            continue
        clause = reported_clause(verb) if verb.lemma_.lower() in _SAY else None
        if ev.kind == "announcement" and ev.quote is None and clause is not None and _verdict_of_others(
                ctx, clause, ev.speaker):
            ev.kind = cue_kind(" ".join(t.text for t in clause.subtree if t.lower_ not in _FUTURE_AUX)) or "comment"
            continue
        if ev.kind in ("claim", "comment") and clause is not None and _reported(ev, clause) and _measure_under_way(
                ctx, clause, ev.speaker):
            ev.kind = "announcement"
            continue
        if ev.kind == "claim" and ev.quote is None and verb.lower_ == "according" and verb.head.i != verb.i and (
                _official(ctx, ev.speaker) and (_future(verb.head) or verb.head.dep_ == "conj" and _future(verb.head.head))):
            ev.kind = "announcement"  # "the talks will resume next week (, and ...), according to the ministry": a plan
    for ev in ctx.events:
        if ev.type == "Statement" and ev.kind in ("demand", "claim") and public_rule(ctx, ev):
            ev.kind = "announcement"  # "residents must stay indoors from 8 pm, the ministry said": a rule made known
    for ev in ctx.events:
        if ev.type == "Statement" and ev.kind in ("claim", "announcement") and any(
                _answers(v) for v in _verbs_of(ctx, ev)):
            ev.kind = "comment"  # "Asked whether they had exchanged gifts, Peskov said ...": a remark on demand


#: Verbs that give an answer: '"...," Putin answered', 'Answering a question, ...'.
_ANSWER_VERBS = frozenset({"answer", "reply", "respond"})
#: What an answer is given to, and what it is named: "in response to a question", "in reply to questions".
_ANSWER_NOUNS = frozenset({"response", "reply", "answer"})


def _answers(verb: Token) -> bool:
    """Whether a speech verb gives the answer to a question: "Asked whether ..., X said", "When
    asked about ..., X said", "X, asked about the arrests, said", "Answering / Responding to a
    question, X said", "in response to a question", '"...," X answered / replied' (not
    "responded" alone, which also tells a measure taken in response)."""
    if verb.lemma_.lower() in ("answer", "reply"):
        return True
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in [*verb.children, *(a for s in subj for a in s.children if a.dep_ == "acl")]:
        lemma = c.lemma_.lower()
        if c.dep_ in ("advcl", "acl") and lemma == "ask" and c.tag_ in ("VBN", "VBD") and not any(
                x.dep_ in ("nsubj", "dobj") for x in c.children):
            return True  # "Asked whether ...", "When asked about ...": the participle of a question put to the speaker
        if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma in _ANSWER_VERBS:
            return True  # "Answering a question, ...", "Responding to questions from journalists, ..."
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _ANSWER_NOUNS and any(
                    x.dep_ == "prep" and x.lower_ == "to" and any(q.lemma_.lower() == "question" for q in x.children)
                    for x in p.children) for p in c.children):
            return True  # "In response to a question from reporters, ..."
    return False


def _token_at(ctx: Context, offset: int) -> Token | None:
    """The token that starts at character ``offset``, if one does (found by bisection, not a map of the text)."""
    i = token_from(ctx, offset)
    return ctx.doc[i] if i < len(ctx.doc) and ctx.doc[i].idx == offset else None


def _verbs_of(ctx: Context, ev: Ev) -> list[Token]:
    """The speech verbs a statement may be attributed by: its anchor's verb (reported speech), or
    the speech verbs outside quotation marks in the sentences its quotation spans and the one after."""
    if ev.quote is None:
        verb = _token_at(ctx, ev.anchor)
        return [verb] if verb is not None else []
    first = ctx.doc.char_span(ev.quote[0][0], ev.quote[0][1], alignment_mode="expand")
    last = ctx.doc.char_span(ev.quote[-1][0], ev.quote[-1][1], alignment_mode="expand")
    if first is None or last is None:
        return []
    end = last[-1].sent.end
    if end < len(ctx.doc):
        end = ctx.doc[end].sent.end
    return [t for t in ctx.doc[first[0].sent.start:end] if not ctx.in_quote[t.i] and t.pos_ == "VERB"
            and t.lemma_.lower() in L.SPEECH_VERBS]


_FUTURE_AUX = frozenset({"will", "would", "'ll", "\u2019ll"})
#: Events set for a day, whose "will be" makes a plan known ("the visit will be short").
_EVENT_NOUNS = frozenset({"visit", "trip", "vote", "election", "referendum", "session", "conference", "ceremony",
                          "round", "meeting", "summit"})


def _verdict_of_others(ctx: Context, clause: Token, speaker: str) -> bool:
    """Whether a reported clause judges what is to come, of something other than the speaker's
    side ("Macron said the coming days will be crucial", "said the situation would be difficult"): a
    verdict, whose "will" makes nothing known; not what an event set for a day will be ("the next
    round will be in May", "the visit will be short": a plan made known), nor a readiness ("said
    Russia would be ready to continue the talks", "would be open to ...": an intention made known)."""
    return clause.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children) \
        and any(c.dep_ in ("acomp", "attr") and not any(x.dep_ in ("xcomp", "prep") and x.lower_ != "for" for x in c.children)
                for c in clause.children) and not any(
            c.dep_ in ("expl", "neg") for c in clause.children) and not own_clause(ctx, clause, speaker) and not any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in L.MEETING_NOUNS or c.lower_ in L.MEETING_NOUNS or c.lemma_.lower()
                                   in _EVENT_NOUNS) for c in clause.children)


def _verb_around(ctx: Context, start: int) -> Token | None:
    """The reporting verb outside quotation marks whose clause holds the words quoted from ``start``
    ('Peskov said the talks are set to focus on "sensitive issues"')."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    for t in tok.sent:
        if t.lemma_.lower() in _SAY and not ctx.in_quote[t.i]:
            clause = reported_clause(t)
            if clause is not None and clause.i != tok.i and tok in clause.subtree:
                return t
    return None


_SAY = ("say", "tell", "add", "state")


def _reported(ev: Ev, clause: Token) -> bool:
    """Whether a statement is the reported clause: reported speech, or words quoted inside the
    clause ('said the talks are set to focus on "sensitive issues"'), not a quotation of its own."""
    if ev.quote is None:
        return True
    toks = [t for t in clause.subtree if not (t.is_punct or t.is_quote or t.is_space)]
    if not toks:
        return False
    return toks[0].idx <= ev.quote[0][0] < toks[-1].idx + len(toks[-1]) and ev.quote[0][0] > toks[0].idx


def _statement_noun(t: Token) -> bool:
    return t.lemma_.lower() in _STATEMENT_NOUNS or t.lower_ in _STATEMENT_NOUNS


def official_clause(verb: Token) -> Token | None:
    """The clause an official written statement reports through ``verb``: "said in a statement
    [that ...]", "[...], the statement said", "issued a statement [saying ...] / [that ...]";
    None when the verb reports no written statement."""
    kids = list(verb.children)
    clause = next((c for c in kids if c.dep_ == "ccomp"), None)
    if clause is None and verb.dep_ in ("ccomp", "parataxis") and verb.i > verb.head.i:
        clause = verb.head  # "X are exempt from the curfew, the statement said"
    in_written = [p for c in kids if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj" and _statement_noun(p)]
    written = bool(in_written)
    for noun in in_written if clause is None else ():
        # "said in a statement that talks were nearing conclusion": the clause parsed as the noun's
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), clause)
    written = written or any(c.dep_ == "nsubj" and _statement_noun(c) for c in kids)
    if verb.dep_ == "acl" and _statement_noun(verb.head):
        written = True  # "a statement saying ..."
    for noun in (c for c in kids if c.dep_ == "dobj" and _statement_noun(c)):  # "issued a statement that/saying ..."
        written = True
        for c in noun.children:
            if c.dep_ in ("acl", "ccomp") and c.tag_ == "VBG" and c.lemma_.lower() == "say":
                clause = next((x for x in c.children if x.dep_ == "ccomp"), clause)
            elif c.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                clause = c
    return clause if written else None


def _tells_past(clause: Token) -> bool:
    """Whether a reported clause tells what happened: a simple past ("he left", "the situation
    was calm"), a past passive ("four were killed") or a past perfect of anything but a decision,
    a result or a measure ("had attacked", not "had agreed to" nor "had suspended the reform")."""
    aux = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBD" and not aux:
        return True
    if clause.tag_ == "VBN" and any(a in ("was", "were") for a in aux) and "been" not in aux:
        return True
    return clause.tag_ == "VBN" and "had" in aux and clause.lemma_.lower() not in _RESULT_VERBS | _DONE_MEASURES


#: What is attended to rather than done: "monitoring the situation", "following developments".
_ATTENTION_VERBS = frozenset({"monitor", "watch", "follow", "observe", "study", "assess", "consider", "look", "wait",
                              "keep", "analyse", "analyze", "track", "hope", "expect", "think", "feel", "try", "seek",
                              "count", "rely", "listen", "speak", "talk", "ask", "say", "face", "suffer", "lose",
                              "go", "come", "live", "stay", "die", "fight", "struggle"})
#: Units of armed forces, and the bodies that command them.
_UNITS = frozenset({"troop", "warship", "ship", "vessel", "jet", "aircraft", "plane", "unit", "force", "soldier",
                    "battalion", "brigade", "tank", "submarine", "bomber", "fighter", "division", "regiment"})
_MILITARY_BODIES = ("defence", "defense", "army", "military", "navy", "armed forces", "general staff")
#: A schedule: "the talks are set to focus on ...", "the vote is scheduled for March".
_SCHEDULE_VERBS = frozenset({"set", "schedule"})


#: Measures an office takes, made known in the passive by the office ("a curfew has been imposed").
_DONE_MEASURES = frozenset({"impose", "issue", "lift", "extend", "suspend", "cancel", "postpone", "ban", "close",
                            "shut", "restrict", "deploy", "dispatch", "declare", "order", "approve", "sign", "appoint",
                            "dismiss", "withdraw", "revoke", "repeal", "dissolve", "reopen", "introduce", "launch",
                            "establish", "freeze", "sever", "recall", "expel", "allocate", "schedule"})


def _future(clause: Token) -> bool:
    """'will resume', 'would be held', 'is set to / due to / scheduled to': what is to come."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & {"will", "would", "shall", "'ll", "\u2019ll"}) or clause.lemma_.lower() in (
        "set", "schedule", "due") and any(c.dep_ == "xcomp" for c in clause.children)


#: Verbs that hold, open or close a meeting named by their object or subject ("held talks", "the summit ended").
_SESSION_VERBS = frozenset({"hold", "have", "conclude", "end", "finish", "complete", "wrap", "begin", "start", "open",
                            "close"})


def _meeting_held(clause: Token | None) -> bool:
    """Whether a reported clause tells that a meeting took place, began or ended ("the two leaders
    met for an hour", "X and Y held talks", "the summit has concluded"); not how long
    talks lasted (a report of the talks, a claim)."""
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma in L.MEETING_VERBS and lemma != "receive":
        return True
    return lemma in _SESSION_VERBS and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and (c.lemma_.lower() in L.MEETING_NOUNS or c.lower_ in L.MEETING_NOUNS)
        for c in clause.children)


def _official(ctx: Context, speaker: str) -> bool:
    """A body, a country, a force (police, authorities), or a person named with an office (a role, or a
    title of one before the name: "Interior Minister X") or known to the gazetteer, speaks for an office."""
    rec = ctx.actors.get(speaker)
    return rec is not None and (rec.type in ("Organization", "Country")
                                or rec.type == "Person" and bool(rec.role or rec.wikidata or _titled(ctx, speaker))
                                or rec.type == "Group" and any(w in rec.name.lower() for w in L.FORCES))


#: Titles of an office, written before a name ("Interior Minister Carlos Ruiz", "Peru's Prime
#: Minister X", "President X"), that a role found by the parse may miss when the title is a proper noun.
_OFFICE_TITLES = frozenset({"president", "minister", "premier", "chancellor", "governor", "mayor", "prosecutor",
                            "commissioner", "commander", "spokesman", "spokeswoman", "spokesperson", "secretary",
                            "ambassador", "king", "emir", "sheikh"})


def _titled(ctx: Context, speaker: str) -> bool:
    """Whether a mention of the person opens with, or follows within three words, a title of an office,
    or follows one set off by a comma ("the High Commissioner for Peace, Miguel Ceballos")."""
    return any(k == speaker and not ctx.in_quote[a] and (any(
        t.lower_ in _OFFICE_TITLES for t in ctx.doc[max(0, a - 3):a + 1]) or a > 0 and ctx.doc[a - 1].text == "," and any(
        t.lower_ in _OFFICE_TITLES for t in ctx.doc[max(0, a - 6):a - 1])) for a, _b, k in ctx.mentions)


def _measure_under_way(ctx: Context, clause: Token, speaker: str) -> bool:
    """Whether a reported clause makes known a measure under way or scheduled (see the module)."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "neg" for c in clause.children) or aux & {"will", "would", "could", "might", "may", "can"}:
        return False
    lemma = clause.lemma_.lower()
    if lemma in _ATTENTION_VERBS or lemma in L.SPEECH_VERBS:
        return False
    if lemma in _SCHEDULE_VERBS and clause.tag_ == "VBN" and aux and _official(ctx, speaker) and (
            any(c.dep_ == "xcomp" for c in clause.children) or any(
                c.dep_ == "prep" and c.lower_ in ("for", "on") for c in clause.children)):
        return True  # "the talks are set to focus on ...", "the vote is scheduled for March"
    if clause.tag_ == "VBN" and "being" not in aux and any(c.dep_ == "auxpass" for c in clause.children) and (
            lemma in _DONE_MEASURES):
        return _official(ctx, speaker)  # "a curfew has been imposed", "warrants were issued": a measure taken
    passive = clause.tag_ == "VBN" and "being" in aux and not any(c.dep_ == "agent" for c in clause.children)
    if passive:
        return _official(ctx, speaker)  # "relief was being provided", "troops are being deployed"
    if clause.tag_ != "VBG" or not aux & {"is", "are", "was", "were", "am", "'s", "'re", "\u2019s", "\u2019re"}:
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    rec = ctx.actors.get(speaker)
    own_country = rec is not None and rec.country is not None and actor_at(ctx, subj) == rec.country
    if rec is not None and rec.type == "Organization" and subj.lemma_.lower() in _UNITS and any(
            w in rec.name.lower() for w in _MILITARY_BODIES):
        return True  # "the defence ministry said six warships were moving to the Black Sea": its own forces
    return own_country and _official(ctx, speaker) or own_clause(ctx, clause, speaker) and rec is not None and (
        rec.type in ("Organization", "Country") or rec.type == "Group" and any(
            w in rec.name.lower() for w in (*L.FORCES, *L.ARRESTING_BODIES)))  # "police said they were ..."
