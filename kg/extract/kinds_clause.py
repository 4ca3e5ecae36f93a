"""Statement kinds read from the parse of one reported or quoted clause: a modal of
obligation demands, a future or a measure of the speaker's own announces, a negated
acceptance rejects (:func:`clause_kind`); whether a clause is about its speaker
(:func:`own_clause`), a hope (:func:`hoped`) or names the speaker's intention
(:func:`intent_object`). Used by :mod:`.kinds` and re-exported there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.context import Context
from kg.extract.coref import actor_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SANCTION_VERBS", "clause_kind", "describes_state", "hoped", "intent_object", "others_believed", "own_clause", "own_subject"]


def clause_kind(ctx: Context, clause: Token, speaker: str | None, *, refusal: bool = False) -> str | None:
    """The kind the parse of a reported clause gives, where a word list cannot see it:
    a modal of obligation demands ("the government must resign"); a future or a decision
    of the speaker's own announces ("he would resign", "we will return"), of anyone else
    predicts ("the government would not ignore it"); a negated recognition or acceptance
    rejects ("the US did not consider Maduro legitimate")."""
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    neg = any(c.dep_ == "neg" for c in clause.children)
    lemma = clause.lemma_.lower()
    if _only_way(clause):
        return "demand"  # "the only solution is for the president to resign": the one way out is asked for
    if aux & {"should", "ought"} and (clause.tag_ == "VBN" and "have" in aux or lemma == "be" and any(
            c.dep_ == "acomp" and c.lower_ == "ashamed" for c in clause.children)):
        return "criticism"  # "they should have acted sooner", "he should be ashamed": a reproach, nothing asked
    own_need = lemma in ("need", "have") and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children) \
        and any(c.dep_ == "xcomp" and (c.lemma_.lower() == "be" or not refusal and lemma == "need") for c in clause.children)  # "we have to be realistic", quoted "we need to find a way"
    if not refusal and aux & {"should"} and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in clause.children):
        return None  # quoted '"... to which we should go together"': the speaker's own side exhorted, nothing asked of anyone
    bare = clause.tag_ == "VB" and not aux or clause.tag_ == "VBN" and aux == {"be"} and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in clause.children)
    if bare and clause.dep_ == "ccomp" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return "demand"  # "insisted that the meeting be held", "asked that he resign": the mandative subjunctive
    if aux & {"must", "should"} or (lemma in ("need", "have") and not own_need or _has_got(clause, aux)) and any(
            c.dep_ == "xcomp" for c in clause.children):
        return "demand"  # "must resign", "we need to go", "we've got to get rid of them"
    if not neg and _necessary(clause):
        return "demand"  # "it is necessary to resume the dialogue", "it was essential that they be released"
    if neg and lemma in L.ACCEPT_VERBS:
        return "rejection"
    if not neg and lemma == "expect" and _expects_of(ctx, clause, speaker):
        return "demand"  # "we expect the authorities to release all detainees": what others are to do, asked
    if not neg and lemma in _SUPPORT_VERBS and not aux & {"will", "would", "shall", "'ll", "\u2019ll", "could", "might",
                                                           "may"} and clause.tag_ != "VBN" and any(
            c.dep_ == "dobj" for c in clause.children) and any(
            c.dep_ == "nsubj" and own_subject(ctx, c, speaker) for c in clause.children):
        return "praise"  # "said he supported the proposal", quoted "we back the decision": support expressed
    if not neg and lemma in L.CONCLUDE_VERBS and any(
            c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in L.AGREEMENT_NOUNS for c in clause.children):
        return "announcement"  # "a consensus was reached that ...", "the sides reached a deal": a result made known
    if not neg and lemma == "be" and any(c.dep_ == "expl" for c in clause.children) and any(
            c.dep_ == "attr" and c.lemma_.lower() in L.AGREEMENT_NOUNS and not any(
                d.lower_ in ("no", "not") for d in c.children) for c in clause.children) and not aux & {
            "will", "would", "could", "may", "might"}:
        return "announcement"  # "there is full agreement that ...", "there was a consensus on ...": a result made known
    if not neg and lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in L.READY_WORDS and any(
            x.dep_ == "xcomp" for x in c.children) for c in clause.children) and own_clause(ctx, clause, speaker):
        return "announcement"  # "he was willing to resign", "we are ready to sign"
    future = bool(aux & {"will", "would", "shall", "'ll", "wo"}) or lemma in L.INTENT_VERBS or _going_to(clause, aux)
    if future and lemma in L.WISH_VERBS:
        return None  # "I would like to ...": a wish, no decision
    if future and any(c.dep_ == "expl" for c in clause.children):
        if any(c.dep_ == "attr" and (c.lemma_.lower() in _CONCESSIONS or c.lower_ in _CONCESSIONS) and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in clause.children):
            return "rejection"  # "there will be no negotiations with them", "there will be no going back"
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() not in {*L.SPEECH_VERBS, *_BELIEF_VERBS}:
            return "claim"  # '"I obtained that there will be no escalation"': a result the speaker asserts
        return "comment"  # "there will be no winners", "said there would be no breakthrough": a forecast, a view
    if lemma == "go" and neg and clause.tag_ == "VBG" and any(
            c.dep_ == "xcomp" for c in clause.children) and own_clause(ctx, clause, speaker):
        return "rejection"  # "we are not going to resign", "I'm not going to accept this": a refusal
    if not neg and any(c.dep_ == "nsubjpass" for c in clause.children) and (
            lemma in L.DETAIN_VERBS or lemma in SANCTION_VERBS) and (aux & {"could", "may", "might"} or future and any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in clause.children)):
        return "demand"  # "said protesters could be prosecuted", "would be arrested if they ...": a warning, do not
    if future and not neg and any(c.dep_ == "nsubjpass" for c in clause.children):
        return "announcement"  # "those responsible will be punished", "access would be denied": a measure
    if not future and not neg and lemma in _MEASURE_VERBS and (
            clause.tag_ == "VBG" and aux & {"am", "are", "is", "'m", "'re", "\u2019m", "\u2019re"}
            or clause.tag_ == "VBN" and aux & {"have", "has", "had", "'ve", "\u2019ve", "'d"} and "been" not in aux
            or clause.tag_ == "VBD" and not aux) and any(
            c.dep_ == "nsubj" and own_subject(ctx, c, speaker) for c in clause.children):
        return "announcement"  # "we are withdrawing the bill", "I have ordered / he said he had ordered an inquiry"
    if refusal and _decision_told(clause, aux, neg):
        return "announcement"  # "the Elysee said Macron proposed that ...", "said Putin had decided to ...": made known
    if future or clause.lemma_.lower() in L.COMMIT_VERBS or _leaves_office(clause):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        own = own_subject(ctx, subj, speaker)
        if not future and not neg and own and subj.dep_ == "nsubj" and clause.tag_ in ("VBP", "VBZ", "VBG"):
            return "announcement"  # "I swear to ...", "the sides commit to ...", "I am quitting ..."
        if not future:
            return None
        if own and subj.dep_ == "nsubj" and not neg and lemma == "be" and any(c.dep_ == "acomp" for c in clause.children):
            return None  # "I will be honest", "we will be happy if ...": a manner of speaking, no decision
        if own and subj.dep_ == "nsubj" and (neg or any(c.lower_ == "never" for c in clause.children)) and _yields(clause):
            return "rejection"  # quoted "we will not give in to blackmail", "we will never bow to the street": a refusal
        if own and subj.dep_ == "nsubj":
            # "said he would not resign", "I will not step down": a refusal (inside a longer
            # quotation, "I will not apply any of them" is one step of what is announced)
            return "rejection" if neg and (refusal or _leaves_office(clause)) else "announcement"
        if neg:
            return "claim"  # "the government wouldn't be able to ignore it": a prediction
    return None




#: Verbs that link a subject to how it stands: "the situation remains tense", "the talks were hard".
_LINK_VERBS = frozenset({"be", "remain", "seem", "appear", "look", "become", "stay", "sound", "feel", "grow", "get"})
#: Events on the ground whose size or manner told is a contested fact, a claim: "the protests were small".
_GROUND_EVENTS = frozenset(L.PROTEST_NOUNS | {"election", "vote", "ballot", "referendum", "turnout", "count", "crowd",
                                              "clash", "violence", "attack", "unrest", "riot", "gathering", "march",
                                              "rally", "crackdown", "response", "arrest", "detention"})
#: Verbs of how things hang together, a view: "much depends on ...", "what matters is ...".
_VIEW_VERBS = frozenset({"depend", "matter", "hinge"})
#: Where things stand, after "at", "in" or "on": "at a turning point", "in a deadlock", "on the brink".
_STATE_NOUNS = frozenset({"point", "crossroads", "impasse", "deadlock", "stalemate", "standstill",
                          "juncture", "stage", "phase", "level", "state", "situation", "mood", "shape", "spirit",
                          "atmosphere", "limbo", "disarray"})
#: Verbs that give their object a state: "the move makes the crisis more serious".
_MAKE_VERBS = frozenset({"make", "keep", "leave", "render"})
#: States that are facts of the ground, told as such: the dead, the missing, a road closed, the guilty.
_FACT_STATES = frozenset({"dead", "alive", "injured", "wounded", "missing", "safe", "unharmed", "responsible",
                          "guilty", "innocent", "involved", "present", "absent", "able", "unable", "ready", "willing",
                          "prepared", "free", "available", "closed", "open", "shut", "empty", "legal", "illegal",
                          "invalid", "valid", "conscious", "unconscious", "hospitalised",
                          "hospitalized", "behind", "aware"})


def describes_state(clause: Token) -> bool:
    """Whether a reported clause tells how things stand or will go, a view, not a fact asserted:
    a subject linked to an adjective ("the situation remains very tense", "the talks had been long
    and difficult", "the climate is more uncertain than ever"), made so ("the move makes the crisis
    even more dangerous") or a forecast ("there would be no breakthrough"). Not a state that is a
    fact of the ground ("three are in critical condition", "four are missing", "the road is
    closed"), a figure ("turnout was high at 61 percent"), nor a view that wraps a clause ("it is
    clear that the vote was rigged": what follows is asserted)."""
    lemma = clause.lemma_.lower()
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in _GROUND_EVENTS or c.lower_ in _GROUND_EVENTS)
           for c in clause.children):
        return False  # "the protests had been small", "the vote was free": what happened on the ground, asserted
    if any(c.dep_ in ("neg", "auxpass") for c in clause.children) and lemma != "be" or any(
            _figure(t) for t in clause.subtree):
        return False  # a figure told: "turnout was high at 61 percent", "three are in critical condition"
    aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if lemma == "be" and aux & {"will", "would", "'ll", "\u2019ll"} and any(c.dep_ == "expl" for c in clause.children):
        return True  # "there would be no breakthrough": a forecast
    if lemma in _VIEW_VERBS and not any(c.dep_ in ("dobj", "ccomp") for c in clause.children):
        return True  # "said much depends on the other side", "that what matters is ..."
    if lemma in _LINK_VERBS:
        preds = [c for c in clause.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"]
        if not preds and any(c.dep_ == "prep" and c.lower_ in ("at", "in", "on") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _STATE_NOUNS for p in c.children) for c in clause.children):
            return True  # "said the region was at a turning point", "the talks are at an impasse"
    elif lemma in _MAKE_VERBS:
        preds = [c for c in clause.children if c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ"]
    else:
        return False
    preds += [c for p in preds for c in p.conjuncts if c.pos_ == "ADJ"]
    return bool(preds) and not any(p.lemma_.lower() in _FACT_STATES or p.lower_ in _FACT_STATES for p in preds) and not any(
        c.dep_ in ("ccomp", "advcl") and c.pos_ in ("VERB", "AUX") and any(
            s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children)
        for x in (clause, *preds) for c in x.children)


def _figure(t: Token) -> bool:
    """Whether a word is a figure told: a number, not a clock time ("10:42 GMT" of a live blog) nor
    the number of a pair or a group named ("the two delegations", "the three countries")."""
    return (t.like_num or t.pos_ == "NUM") and ":" not in t.text and not (t.dep_ == "nummod" and any(
        d.dep_ in ("det", "poss") for d in t.head.children if d.i < t.i))


def _expects_of(ctx: Context, clause: Token, speaker: str | None) -> bool:
    """'We expect the authorities to release them', 'said he expected Moscow to respond': the speaker's
    side expecting an actor (a name, a group, a body, a pronoun) to act; not "we expect the talks to last"."""
    if not any(c.dep_ == "nsubj" and own_subject(ctx, c, speaker) for c in clause.children):
        return False
    who = [c for c in clause.children if c.dep_ in ("dobj", "nsubj") and c.i > clause.i] + [
        g for x in clause.children if x.dep_ in ("ccomp", "xcomp") for g in x.children if g.dep_ == "nsubj"]
    acts = any(x.dep_ in ("ccomp", "xcomp") and any(a.tag_ == "TO" for a in x.children) for x in clause.children)
    return acts and any(w.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or w.lower_ in ("them", "him", "her", "you")
                        or w.lemma_.lower() in L.GROUP_NOUNS or w.lemma_.lower() in L.INSTITUTION_NOUNS for w in who)


#: Verbs of support, which the speaker expresses of something when their subject: "I support the plan".
_SUPPORT_VERBS = frozenset({"support", "back", "endorse", "welcome", "applaud", "hail", "salute"})


#: Giving way to pressure, with the particle some verbs need: "give in", "back down", "bow to", "yield".
_YIELD_VERBS = {"give": "in", "back": "down", "cave": "in", "bow": "", "yield": "", "budge": "", "capitulate": "",
                "surrender": "", "kneel": "", "succumb": "", "relent": "", "retreat": ""}


def _yields(clause: Token) -> bool:
    """Whether a clause's verb is giving way ("give in", "back down", "bow to the pressure")."""
    need = _YIELD_VERBS.get(clause.lemma_.lower())
    return need is not None and (not need or any(c.dep_ == "prt" and c.lower_ == need for c in clause.children))


#: What a speaker names as the one way out: "the only solution", "the only option left".
_WAY_NOUNS = frozenset({"solution", "way", "option", "answer", "remedy", "alternative", "choice", "exit"})


def _only_way(clause: Token) -> bool:
    """'The only solution is for the president to resign', 'said the only way out was to hold new
    elections': the one course named as the way out is asked for (not "the only way is dialogue",
    a view, nor "the only way we know")."""
    return clause.lemma_.lower() == "be" and not any(c.dep_ == "neg" for c in clause.children) and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in _WAY_NOUNS and any(a.lower_ == "only" for a in s.children)
        for s in clause.children) and any(
        c.dep_ in ("xcomp", "ccomp", "advcl", "attr") and c.pos_ in ("VERB", "AUX") for c in clause.children)


#: What is done to those who do not comply: "would be punished / prosecuted / fined".
SANCTION_VERBS = frozenset({"punish", "prosecute", "fine", "ban", "expel", "disperse", "sanction", "charge", "try",
                             "sue", "dismiss", "fire", "shoot", "deport", "sentence", "penalise", "penalize"})


#: Acts of an office or a body, made known when its holder says they are done or under way.
_MEASURE_VERBS = frozenset({"order", "instruct", "decide", "withdraw", "suspend", "launch", "open", "cancel", "lift",
                            "impose", "sign", "approve", "appoint", "submit", "introduce", "extend", "ban", "recall",
                            "expel", "deploy", "dissolve", "postpone", "revoke", "repeal", "scrap", "establish",
                            "allocate", "dispatch", "tender", "accept", "declare", "sever", "freeze"})


#: What a side refuses when it says there will be none: talks, a deal, a step back.
_CONCESSIONS = frozenset({"negotiation", "talk", "dialogue", "compromise", "concession", "deal", "agreement",
                          "retreat", "surrender", "amnesty", "going", "turning", "return", "backing", "pardon"})


#: Verbs of a decision, a commitment or a proposal: what an actor decided, agreed, proposed or promised.
_DECISION_VERBS = frozenset({"decide", "agree", "approve", "propose", "offer", "promise", "pledge", "vow", "commit",
                             "resolve", "adopt", "vote"})


def _decision_told(clause: Token, aux: set[str], neg: bool) -> bool:
    """Whether a reported clause tells a decision, a commitment or a proposal someone made, with
    what was decided ("said Putin had decided to recognise ...", "said Macron proposed that both
    sides ...", "says the president has promised to ..."): a decision made known, an announcement.
    Not a negated one, a modal one ("could agree"), one without its content ("they agreed"), nor
    one told with its failing ("had promised reforms but never delivered them", a reproach)."""
    return not neg and clause.lemma_.lower() in _DECISION_VERBS and clause.tag_ in ("VBD", "VBN", "VBZ") and not (
        aux - {"have", "has", "had", "'s", "\u2019s", "'ve", "\u2019ve"}) and any(
        c.dep_ == "nsubj" for c in clause.children) and any(
        c.dep_ in ("xcomp", "ccomp", "dobj") for c in clause.children) and not any(
        c.dep_ == "conj" and any(n.dep_ == "neg" or n.lower_ == "never" for n in c.children) for c in clause.children)


#: What an impersonal obligation is said to be: "it is necessary / essential / vital to ...".
_NECESSITY_WORDS = frozenset({"necessary", "essential", "vital", "imperative", "crucial", "indispensable", "urgent",
                              "critical", "needed"})
#: What is necessary to say or to know asks nothing of anyone: "it is necessary to note that ...".
_DISCOURSE_VERBS = frozenset({"note", "say", "stress", "remember", "mention", "emphasise", "emphasize", "underline",
                              "understand", "recall", "add", "point", "know", "realise", "realize", "recognise",
                              "recognize", "see"})


def _necessary(clause: Token) -> bool:
    """Whether a clause says impersonally that something must be done: "it is necessary to resume
    the dialogue", "it was essential that the detainees be released", "it is vital to restore
    order" (an obligation with no one named, a demand); not "it is necessary to note that ..."
    (a remark), what the speaker's own side has to do ("it is essential that we maintain ...",
    as "we need to"), nor a necessity of something else ("the reform is necessary"). "Important"
    is no obligation ("it is important to keep talking": a view)."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in clause.children):
        return False
    for c in clause.children:
        if c.dep_ == "acomp" and c.lower_ in _NECESSITY_WORDS and not any(a.dep_ == "neg" for a in c.children):
            what = [x for x in (*c.children, *clause.children) if x.dep_ in ("xcomp", "ccomp") and x.i > c.i]
            return any(w.lemma_.lower() not in _DISCOURSE_VERBS and not any(
                s.dep_ == "nsubj" and s.lower_ in ("we", "i") for s in w.children) for w in what)
    return False


def _leaves_office(clause: Token) -> bool:
    """'resign', 'quit', 'step down', 'step aside', 'leave the post': leaving office (not "leave the country")."""
    lemma = clause.lemma_.lower()
    return lemma in ("resign", "quit", "abdicate") or lemma == "step" and any(
        c.dep_ == "prt" and c.lower_ in ("down", "aside") for c in clause.children) or lemma == "leave" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OFFICE_NOUNS for c in clause.children)


#: What a holder leaves when leaving office: "I am leaving the post of prime minister".
_OFFICE_NOUNS = frozenset({"post", "office", "position", "presidency", "premiership", "seat", "job", "throne"})


def _going_to(clause: Token, aux: set[str]) -> bool:
    """'we are going to hold elections', 'I am going to the palace to submit the resignation': the
    future of "going to" (with a verb to come, not "going to the palace" alone)."""
    return clause.lemma_.lower() == "go" and clause.tag_ == "VBG" and bool(
        aux & {"am", "is", "are", "'m", "'re", "\u2019m", "\u2019re", "was", "were"}) and any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.tag_ == "TO" for a in c.children) for c in clause.children)


def _has_got(clause: Token, aux: set[str]) -> bool:
    """'we've got to', 'he has got to': "got" with a "have" auxiliary, an obligation."""
    return clause.lower_ == "got" and bool(aux & {"have", "has", "'ve", "\u2019ve", "'s", "\u2019s"})


def own_clause(ctx: Context, clause: Token, speaker: str | None) -> bool:
    """Whether a reported clause is about its speaker: its subject is the speaker ("said he
    had no information", "admitted she had joined")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and own_subject(ctx, subj, speaker)


#: What a speaker's side does or is, said with "our": "our struggle", "our party", "our government".
_OWN_EFFORTS = frozenset(L.PROTEST_NOUNS | {"struggle", "fight", "movement", "campaign", "resistance", "party",
                                            "government", "union", "organisation", "organization", "delegation",
                                            "country", "administration", "side", "forces", "army"})


def own_subject(ctx: Context, subj: Token, speaker: str | None) -> bool:
    """Whether a clause's subject is its speaker: "I", "we" (also as one token, "I've"),
    "the sides" of a joint statement, or a name or pronoun that resolves to the speaker."""
    low = subj.lower_.replace("\u2019", "'").split("'")[0]
    if low in ("i", "we") or (subj.lemma_.lower() in ("side", "party") and subj.tag_ == "NNS"):
        return True
    if subj.lemma_.lower() in _OWN_EFFORTS and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children):
        return True  # "our protests will continue", "our party will boycott the vote"
    if speaker is not None and subj.lemma_.lower() in _OWN_EFFORTS and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") and actor_at(ctx, c) in (None, speaker)
            for c in subj.children):
        return True  # "Hariri said his administration had reached a dead end": the speaker's own
    if speaker is None:
        return False
    k = actor_at(ctx, subj)
    if k is None and low in ("it", "they") and subj.dep_ == "nsubj":
        # "the opposition said it would not take part", "protesters said they would stay": a body
        # or a group speaking of itself (a person's "it" is no one: "Putin said it would take time")
        rec = ctx.actors.get(speaker)
        return rec is not None and rec.type in (("Organization", "Country", "Group") if low == "it"
                                                else ("Group", "Organization"))
    return k == speaker or (k is None and low in L.PERSON_PRONOUNS)  # "X said he ...": he is X unless told otherwise


#: What a meeting or a body decides, named as the object of a speech verb ("revealed the decisions taken").
_OUTCOME_NOUNS = frozenset({"decision", "measure", "step", "action", "point", "proposal", "resolution", "outcome",
                            "result", "agreement"})
#: Participles that make those nouns an outcome: "the measures agreed", "the decisions taken".
_OUTCOME_PARTICIPLES = frozenset({"agree", "take", "adopt", "approve", "decide", "reach", "announce"})


def intent_object(verb: Token) -> bool:
    """Whether a speech verb's object names the speaker's own decision or intention
    ("reiterated its willingness to mediate", "stressed his commitment to ..."), or the decisions a
    meeting or a body took ("revealed four key decisions taken at the meeting", "tweeted the
    measures agreed upon", the participle often tagged as a past tense): made known, an announcement."""
    return any(c.dep_ == "dobj" and (
        c.lemma_.lower() in L.INTENT_NOUNS and any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children)
        or c.lemma_.lower() in _OUTCOME_NOUNS and any(a.dep_ == "acl" and a.tag_ in ("VBN", "VBD")
                                                      and a.lemma_.lower() in _OUTCOME_PARTICIPLES for a in c.children))
        for c in verb.children)


def hoped(ctx: Context, clause: Token, speaker: str | None) -> bool:
    """Whether a reported clause is a hope or a wish of the speaker's side ("said he hoped for
    dialogue", "said his government wanted to sign soon"): neither a claim nor a decision."""
    if clause.lower_ in L.HOPE_WORDS:
        return True
    if clause.lemma_.lower() != "want" or any(c.dep_ == "dobj" for c in clause.children):
        return False  # "wanted Maduro to resign" asks something of him
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and (own_subject(ctx, subj, speaker) or any(  # "his government", "our party"
        p.dep_ == "poss" and p.lower_ in ("my", "our", "his", "her") and actor_at(ctx, p) in (None, speaker)
        for p in subj.children))


#: Verbs whose negation tells no failing of anyone: saying, knowing, thinking, being, having.
_NO_FAILING = frozenset({"be", "have", "know", "think", "believe", "expect", "seem", "appear", "see", "need",
                         "intend", "plan", "exclude", "happen", "exist", "matter", "mean", "understand", "remember",
                         "get", "become", "remain", "like", "rule"})


#: Those a speaker deals with, named by their part: "our partners", "our Western colleagues".
_COUNTERPARTS = frozenset({"partner", "counterpart", "interlocutor", "colleague", "ally", "neighbour", "neighbor",
                           "opponent", "rival"})


def others_fail(ctx: Context, clauses: list[Token], speaker: str | None) -> bool:
    """Whether a quoted clause says that someone other than the speaker did not do something
    ("they did not come", "you did not learn the lesson", "the government has never kept its word",
    "our partners prefer not to mention it"): a reproach, criticism. Not a speaker's own side, not what others cannot or will
    not do (ability, a prediction), nor what they did not say, know or have."""
    rec = ctx.actors.get(speaker) if speaker is not None else None
    for t in clauses:
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() in _NO_FAILING or t.lemma_.lower() in L.SPEECH_VERBS:
            continue
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"will", "would", "'ll", "wo", "can", "could", "ca", "may", "might", "shall", "should", "must"} or any(
                c.dep_ == "mark" for c in t.children):
            continue  # "they could not stop it", "if they do not listen": no failing told
        neg = any(c.dep_ == "neg" for c in t.children) or any(
            c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children) for c in t.children) or any(
            c.dep_ == "dobj" and c.lower_ == "nothing" for c in t.children)
        if not neg:
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None or own_subject(ctx, subj, None):
            continue
        if subj.lower_ in ("they", "he", "she", "you") or subj.lemma_.lower() in _COUNTERPARTS:
            return True  # "you did not learn the lesson", "our partners prefer not to mention it"
        k = actor_at(ctx, subj)
        if k is not None and k != speaker and (rec is None or k != rec.country):
            return True
        if subj.lemma_.lower() in L.GROUP_NOUNS or subj.lemma_.lower() in L.INSTITUTION_NOUNS or subj.lower_ in L.FORCES:
            return True
    return False


#: Verbs of expecting and believing: what they hold of others is a view, not a decision made known.
_BELIEF_VERBS = frozenset({"expect", "believe", "think", "trust", "hope", "feel", "assume", "suppose", "doubt",
                           "fear", "reckon", "anticipate"})


def others_believed(ctx: Context, verb: Token, speaker: str | None) -> list[Token]:
    """The clauses a verb of belief holds of someone other than the speaker ("the Kremlin expected
    [the summit will contribute to ...]", "we believe [the French authorities ... will do it]"): a
    future in them is an expectation, which announces nothing (a future of the speaker's own, "we
    expect [we will sign on Monday]", is kept)."""
    if verb.lemma_.lower() not in _BELIEF_VERBS and verb.lower_ not in L.HOPE_WORDS:
        return []
    return [c for c in verb.children if c.dep_ == "ccomp" and not own_clause(ctx, c, speaker) and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in L.PRESENTATIVE for s in c.children)]
