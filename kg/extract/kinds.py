"""Statement kinds and addressees: what a statement does (criticism, praise, demand,
rejection, announcement, claim, congratulation, comment) and to whom.

The speech verb gives the kind when it has one ("condemned", "urged"); otherwise the
words said decide, with the parse for what a word list cannot see.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.addressees import addressee_of  # the addressee rules live there
from kg.extract.context import Context
from kg.extract.kinds_clause import (SANCTION_VERBS, clause_kind, describes_state, hoped, intent_object, others_believed,
                                     own_clause)
from kg.extract.kinds_warnings import harm_warning

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["addressee_of", "calls_for", "clause_kind", "cue_kind", "describes_state", "hoped", "intent_object", "kind_of", "others_believed",
           "own_clause",
           "reported_default", "told_as", "verb_kind"]

def _cue_pattern(cue: str) -> str:
    """A cue as a regex: whole words ("lie" not in "believe", "lien"; "coup" not in "couple"), or
    a stem that begins a word when it ends in '*' ("condemn*": condemned, condemnation)."""
    return re.escape(cue[:-1]) if cue.endswith("*") else re.escape(cue) + r"(?![\w-])"


# Each kind's cue words, matched as whole words or stems (see _cue_pattern). A cue after a hyphen
# or an apostrophe is part of another word: "anti-corruption" criticises nobody.
#: Constructions a word list cannot hold, added to their kind's cues: what is left to another actor
#: to do ("it is up to the government to ...", "the ball is in their court") demands; a good verdict on
#: talks ("a very good meeting", "the talks were useful", "described the talks as useful") praises
#: (not "businesslike" nor "frank", which the dev gold reads as remarks on the tone).
_TALKS = r"(?:meeting|talks|conversation|discussion|exchange|visit|dialogue|negotiations|summit)"
_GOOD = r"(?:very\s+|really\s+|extremely\s+|most\s+)?(?:good|great|useful|valuable|helpful|meaningful)"
_CONSTRUCTIONS = {
    "demand": [r"up\s+to\s+(?:the\s+)?\w+(?:\s+\w+)?\s+to\s", r"ball\s+is\s+(?:now\s+)?in\s+\w+(?:\s+\w+)?\s+court"],
    "praise": [r"(?<!not\s)(?<!not\sa\s)" + _GOOD + r"(?:\s+and\s+\w+)?\s+" + _TALKS + r"\b",
               _TALKS + r"\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+" + _GOOD + r"\b",
               _TALKS + r"\b(?:\s+[\w'\u2019-]+){0,6}?\s+as\s+" + _GOOD + r"\b"],  # "described the talks (with X) as useful"
}
_CUES = [(kind, re.compile(r"(?<![\w'\u2019-])(?:" + "|".join([_cue_pattern(c) for c in cues]
                                                              + _CONSTRUCTIONS.get(kind, [])) + ")"))
         for kind, cues in L.KIND_CUES]


# "fulfilling your demand", "met their demands": someone else's demand, which the speaker does not make.
_OTHERS_DEMANDS = re.compile(r"(?<![\w'\u2019])(?:your|their|his|her|its)\s+(?:\w+\s+)?demands?\b")


# "as protesters called for the release of X", "crowds demanding his resignation", "they ... and
# urged supporters to ...": a demand that others made, told as what happened, which the speaker
# reports and does not make. Taken out with the rest of its clause.
_OTHERS_CALLS = re.compile(
    r"(?<![\w'\u2019])(?:" + "|".join(sorted(L.GROUP_NOUNS.values()) + ["crowds?", "people", "demonstrators",
                                                                       "they", "who", "which", "and"])
    + r")\s+(?:had\s+|have\s+|were\s+|are\s+)?(?:called|calling|demanded|demanding|urged|urging)\b[^.;:]*")


# "arrested for vandalism", "charged with terrorism", "an investigation into the violence", "will
# pay for the crimes": the offence a measure answers names no one's disapproval; the measure is
# what is said. Taken out up to the end of its phrase.
_OFFENCE_OF_MEASURE = re.compile(
    r"(?<![\w'\u2019-])(?:arrest|detain|charg|convict|jail|sentenc|punish|pay|paid|investigat|inquir|prosecut|"
    r"tried|probe)\w*(?![^.,;:!?]*\bwith\s+(?:his|her|their|our|my)\s+li(?:fe|ves)\b)\s+(?:for|with|into|over|on)\s+"
    r"[^.,;:!?]*")  # "paid for his courage with his life": a sacrifice, no measure


#: What others will not do that a speaker reproaches them for: listening, talking, answering.
_ENGAGE = r"(?:listen|hear|negotiate|talk|respond|engage|cooperate|compromise|consult|answer|care|meet)"
# "the government did not want to negotiate", "they won't listen", "authorities refused to talk to us":
# someone other than the speaker ("I", "we") who will not engage, a reproach.
_OTHERS_REFUSAL = re.compile(
    r"(?<![\w'\u2019])(?!(?:i|we)\s)\w+\s+(?:(?:has|have|had)\s+|(?:just|simply|even|still)\s+)*"
    r"(?:(?:do|does|did|would|will|could|can)(?:\s+not|n't|n\u2019t)|won't|won\u2019t|cannot|never|refus\w*|"
    r"fail\w*)\s+(?:(?:even|ever|to)\s+)*(?:(?:want|wish|bother|try)\s+to\s+)?" + _ENGAGE
    + r"\w*(?!(?:\s+\w+)?\s+to\s+(?:a|our|the|repeated)?\s*requests?\s+for\s+comment)")  # a reporter's request is no reproach


# "we need to be realistic", "we have to be patient": what the speaker's own side has to be asks nothing of anyone.
_OWN_NEEDS = re.compile(r"(?<![\w'\u2019])(?:we|i)\s+(?:\w+ly\s+|also\s+|still\s+|all\s+)?(?:(?:need|have|had)\s+to\s+be|need\s+to|should)\b")


# "I was wrong", "we were mistaken", "I made a mistake": the speaker's own fault admitted, no reproach of anyone.
_OWN_FAULT = re.compile(r"(?<![\w'\u2019])(?:i|we)\s+(?:(?:was|were|am|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                        r"(?:wrong|mistaken)|(?:have\s+|had\s+)?made\s+(?:a\s+|many\s+|some\s+|serious\s+)*mistakes?)\b")


# "no progress has been made", "little progress": progress denied, no praise.
_NO_PROGRESS = re.compile(r"(?<![\w'\u2019])(?:no|little|without|any|not\s+much)\s+(?:\w+\s+)?progress\b")


# A denial: an accusation called false, or no wrong done ("the charges are baseless", "he did nothing
# wrong", "there is no evidence"), whatever words of reproach go with it.
_DENIAL = re.compile(
    r"(?<![\w'\u2019])(?:(?:did|done|doing|do|does|have|has|had)\s+nothing\s+wrong|no\s+wrongdoing|no\s+evidence|"
    # an accusation named and called false ("called the claims absurd and unfounded", "said claims that it was
    # behind the attack were fake news")
    r"(?:claims?|accusations?|allegations?|charges?|reports?|rumou?rs?)\b[^.;!?]{0,80}?\b(?:unfounded|baseless|"
    r"groundless|untrue|fake\s+news|fabricated|nonsense)|"
    # the speaker's own wrong denied: "we have never interfered in ...", "we did not rig the vote"
    r"(?:we|i)\s+(?:have\s+|had\s+)?(?:never|not|did\s+not|didn't|didn\u2019t|do\s+not|don't|don\u2019t)\s+(?:\w+ly\s+)?"
    r"(?:interfer|meddl|attack|invad|rig|cheat|bribe|fund|financ|arm|provok|incit|violat|kill|tortur|steal|stole|lie|lied)\w*|"
    r"false\s+(?:accusation|allegation|charge|claim)s?|"
    r"(?:is|are|was|were)\s+(?:\w+ly\s+|all\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|fake))\b")


def cue_kind(words: str) -> str | None:
    """The first kind (in :data:`~kg.extract.lexicon.KIND_CUES` order) one of whose cue words
    begins a word of ``words``; someone else's refusal to engage criticises them."""
    low = " " + re.sub(r"(?<=\w) - (?=\w)", "-", words.lower()) + " "  # "anti - corruption" as the parser's tokens join
    low = _OFFENCE_OF_MEASURE.sub(" ", _OTHERS_CALLS.sub(" ", _OTHERS_DEMANDS.sub(" ", low)))
    low = _NO_PROGRESS.sub(" ", _OWN_FAULT.sub(" ", _OWN_NEEDS.sub(" ", low)))
    if _DENIAL.search(low):
        return "rejection"  # "the accusations are baseless", "we did nothing wrong": before any word of reproach
    return next((kind for kind, cues in _CUES
                 if cues.search(low) or kind == "criticism" and _OTHERS_REFUSAL.search(low)), None)


#: What others allege, which a speaker may call false: "called the claims unfounded".
_ACCUSATIONS = frozenset({"claim", "accusation", "allegation", "charge", "report", "rumour", "rumor", "assertion"})


#: What a verdict on a vote or a measure says when it refuses to recognise it.
_VOID_WORDS = frozenset({"illegal", "invalid", "void", "unconstitutional", "illegitimate", "unlawful"})


#: Acts of reproach that are no speech verbs of their own: "lashed out at X, saying ...", '"...,"
#: he said, hitting out at X', "took aim at", "mocked", "ridiculed". Their particle or object
#: when they need one ("lash out", "take aim").
_REPROACH_ACTS = {"lash": "out", "hit": "out", "take": "aim", "mock": "", "ridicule": "", "deride": "",
                  "assail": "", "berate": "", "chide": "", "scold": "", "rebuke": "", "reproach": "",
                  "excoriate": "", "vilify": "", "disparage": "", "belittle": "", "rail": "", "fault": "", "attack": ""}


def _reproach(verb: Token) -> bool:
    """Whether a verb reproaches (see :data:`_REPROACH_ACTS`)."""
    need = _REPROACH_ACTS.get(verb.lemma_.lower())
    return need is not None and (not need or any(c.lower_ == need for c in verb.children))


def verb_kind(verb: Token) -> str | None:
    """The kind a speech verb gives by itself, read with its arguments: "called X 'vandals'"
    names and "declared X illegal" judges (the words decide), "told/asked X to do" orders (a demand), and a participle that
    goes on from a speech verb ("urged them to protest, tweeting ...") is that verb's."""
    lemma = verb.lemma_.lower()
    if lemma == "call" and any(c.dep_ in ("dobj", "oprd") for c in verb.children) and not calls_for(None, verb):
        if any(c.dep_ == "dobj" and c.lemma_.lower() in _ACCUSATIONS for c in verb.children) and _DENIAL.search(
                " ".join(t.lower_ for t in verb.subtree)):
            return "rejection"  # 'called the claims "absurd and unfounded"': an accusation dismissed
        return None
    if lemma in ("declare", "deem") and any(c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ == "ADJ"
                                            for c in verb.children):
        if any(c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ in _VOID_WORDS for c in verb.children):
            return "rejection"  # "declared the referendum illegal": the vote is not recognised
        return None  # "declared the talks a success": a verdict, which the words tell
    if lemma == "declare" and any(c.dep_ == "ccomp" and describes_state(c) for c in verb.children):
        return None  # "the talks were long and hard, the minister declared": "declared" for "said" (translated copy)
    kind = L.SPEECH_VERBS.get(lemma)
    if kind != "praise" and lemma in _AVOWALS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SUPPORT_WORDS and not any(a.dep_ == "neg" for a in c.children)
            for c in verb.children):
        return "praise"  # "announced its support for the strike", "reaffirmed the administration's support for X"
    objs = [c for c in verb.children if c.dep_ == "dobj"] if lemma == "welcome" else []
    if objs and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in _HOST_PLACES)
            for p in c.children) for c in [*verb.children, *(x for o in objs for x in o.children)]):
        return "comment"  # "welcomed them to Geneva", "welcomed the delegation to the palace": a host's greeting
    if lemma == "confirm" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS for c in verb.children):
        return "claim"  # "confirmed the deaths of two students": what happened, told as fact
    if lemma in ("threaten", "warn", "caution") and _threat(verb):
        return "demand"  # "threatened harsh measures", "warned of legal action if ...": do this or else
    if lemma in ("warn", "caution") and harm_warning(verb):
        return "criticism"  # "warned it could bring down democracy", "warned of civil war": the plan disapproved of
    if lemma in ("warn", "caution") and any(c.dep_ == "ccomp" and describes_state(c) for c in verb.children):
        return "comment"  # "warned that there would be no progress", "that the situation was getting worse": a view
    if kind == "announcement" and lemma in L.COMMIT_VERBS and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in L.ACCEPT_VERBS and any(n.dep_ == "neg" for n in c.children)
            for c in verb.children):
        return "rejection"  # "promised not to recognise him", "vowed never to accept the result": a refusal
    if lemma == "dismiss" and _dismisses_people(verb):
        return "criticism"  # "dismissed the protesters as puppets": disparages them; a claim dismissed is rejected
    if kind is None and lemma in ("tell", "ask") and any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return "demand"
    if kind is None and _reproach(verb):
        return "criticism"
    if (kind is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i
            and (verb.head.lemma_.lower() in L.SPEECH_VERBS or _reproach(verb.head))):
        return verb_kind(verb.head)
    return kind


#: Speech verbs that make a stance known by naming it as their object ("announced / reaffirmed /
#: reiterated / pledged its support for X"): praise when the stance is support.
_AVOWALS = frozenset({"announce", "declare", "reaffirm", "reiterate", "affirm", "pledge", "proclaim", "confirm",
                      "offer", "state", "express", "voice", "stress", "emphasise", "emphasize", "underline"})
_SUPPORT_WORDS = frozenset({"support", "backing", "solidarity", "endorsement"})


#: Where a host welcomes visitors: "welcomed him to the palace / the capital".
_HOST_PLACES = frozenset({"city", "capital", "country", "palace", "house", "residence", "office", "villa", "summit",
                          "kremlin", "headquarters", "ministry"})


#: What happened, counted or confirmed: "confirmed the deaths", "confirmed the toll" (not arrests, which
#: the police who made them announce).
_TOLL_NOUNS = frozenset({"death", "killing", "injury", "casualty", "toll", "number", "figure", "report", "incident",
                         "attack", "shooting", "fatality", "loss", "identity", "presence"})


#: What a statement is said to be, in "said ... in a swipe at X", "in an appeal to ...".
_MANNER_NOUNS = {"swipe": "criticism", "rebuke": "criticism", "attack": "criticism", "dig": "criticism",
                 "jab": "criticism", "broadside": "criticism", "tirade": "criticism", "criticism": "criticism",
                 "condemnation": "criticism", "appeal": "demand", "plea": "demand", "tribute": "praise"}
#: Verbs that name what something is taken for, with "as": "describing the talks as useful".
_NAMING_VERBS = frozenset({"describe", "refer", "characterise", "characterize", "portray", "term", "see", "regard"})
#: The kinds that say what a plain "said" did when a participle or a manner phrase tells it.
_TOLD_KINDS = ("criticism", "demand", "rejection", "praise", "congratulation")


def told_as(verb: Token) -> str | None:
    """The kind a plain reporting verb gives a quotation whose own words and parse decide
    nothing, from what goes with the verb: a participle of a speech
    verb of its own kind ('"...," she said, accusing the government of ...', 'criticising the
    plan, he said: "..."', 'he told reporters, urging calm') or a manner phrase ('said in a swipe
    at the minister', 'in an appeal to the army')."""
    for c in verb.children:
        if c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "conj") and (L.SPEECH_VERBS.get(c.lemma_.lower())
                                                                         or _reproach(c)):
            k = verb_kind(c)
            if k in _TOLD_KINDS:
                return k
        if c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _NAMING_VERBS and any(
                p.dep_ == "prep" and p.lower_ == "as" for p in c.children):
            k = cue_kind(" ".join(t.text for t in c.subtree))
            if k in _TOLD_KINDS:
                return k  # '"...," Putin said, describing them as useful and substantive': the verdict given them
        if c.dep_ == "prep" and c.lower_ == "in":
            k = next((_MANNER_NOUNS[p.lemma_.lower()] for p in c.children
                      if p.dep_ == "pobj" and p.lemma_.lower() in _MANNER_NOUNS), None)
            if k:
                return k
    return None


#: What a warning threatens: the speaker's own measures ("warned of legal action").
_MEASURE_NOUNS = frozenset({"action", "measure", "consequence", "sanction", "response", "retaliation", "reprisal",
                            "crackdown", "punishment", "prosecution", "force", "step"})


#: Things that threaten without speaking: "the plan threatens to ...", "the crisis threatens ...".
_DANGERS = frozenset({"plan", "bill", "law", "reform", "overhaul", "move", "decision", "measure", "policy", "proposal",
                      "crisis", "conflict", "war", "violence", "situation", "unrest", "protest", "strike", "escalation"})


def _threat(verb: Token) -> bool:
    """Whether a warning is a threat, which demands: "threatened to arrest them", "threatened
    harsh measures", "warned of legal action", "warned them to leave", "warned that it would
    withdraw its support" (the speaker's own future act). Not "warned that progress is
    unlikely" (a prediction), "warned of a plot" (a danger) nor "warned it would not
    tolerate ..." (what the speaker will not accept, said as a claim)."""
    lemma = verb.lemma_.lower()
    if lemma == "threaten":
        named = verb.dep_ == "relcl" and (verb.head.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or verb.head.pos_ == "PROPN")
        if any(c.dep_ == "nsubj" and (c.lower_ in ("it", "this", "that", "which") and not (named and c.lower_ in (
                "which", "that")) or c.lemma_.lower() in _DANGERS) for c in verb.children):
            return False  # "it threatens to turn the country into a dictatorship": a danger (not "Russia, which threatened")
        return any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
    if any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return True  # "warned protesters to stay away"
    if lemma in ("warn", "caution") and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in (
            "of", "about", "against") for c in verb.children) and any(
            c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or c.lemma_.lower() in L.GROUP_NOUNS
                                  or c.lower_ in L.GROUP_NOUNS) for c in verb.children):
        return True  # "the authorities have warned supporters of Navalny", "warned the protesters": stay away
    if any(c.dep_ == "prep" and c.lower_ in ("of", "against") and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _MEASURE_NOUNS for p in c.children) for c in verb.children):
        return True
    for cl in (c for c in verb.children if c.dep_ == "ccomp"):
        aux = {a.lower_ for a in cl.children if a.dep_ == "aux"}
        if aux & {"will", "would", "'ll", "could", "may", "might", "can"} and any(
                a.dep_ == "auxpass" for a in cl.children) and (
                cl.lemma_.lower() in L.DETAIN_VERBS or cl.lemma_.lower() in SANCTION_VERBS):
            return True  # "warned that anyone blocking roads would / could be arrested": a measure of the speaker's side
        if aux & {"will", "would", "'ll"} and cl.lemma_.lower() == "pay" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("price", "cost") for c in cl.children):
            return True  # "warned that North Korea will pay a price": do this and suffer for it
        subj = next((c for c in cl.children if c.dep_ == "nsubj"), None)
        if aux & {"will", "would", "'ll"} and subj is not None and not any(a.dep_ == "neg" for a in cl.children) and (
                subj.lower_ in ("it", "we", "they", "i") or subj.dep_ == "nsubj" and subj.lower_ in L.PERSON_PRONOUNS
                or subj.lemma_.lower() in L.FORCES or subj.lower_ in L.FORCES) \
                and cl.lemma_.lower() != "be":
            return True
    return False


def _dismisses_people(verb: Token) -> bool:
    """'dismissed the protesters / the protests / the opposition as ...': people or what they do,
    named by a name or a group noun, with the "as" that says what they are taken for."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and any(
        o.pos_ == "PROPN" or o.ent_type_ in ("PERSON", "NORP", "ORG") or o.lemma_.lower() in L.GROUP_NOUNS
        or o.lemma_.lower() in L.PROTEST_NOUNS or o.lower_ in L.PROTEST_NOUNS for o in objs)


def reported_default(verb: Token) -> str:
    """The kind of reported speech that neither the parse nor a cue word decides: a remark
    ("noted that", "stressed that", "explained that") comments; anything else said to be so
    ("said that", "told reporters that") claims; what is done in a statement ("recognised X
    in a statement") is announced."""
    lemma = verb.lemma_.lower()
    if lemma not in L.SPEECH_VERBS and verb.lower_ != "according":
        return "announcement"  # "recognised X's authority in a statement": an act made known
    return "comment" if lemma in L.REMARK_VERBS else "claim"


def kind_of(ctx: Context, verb: Token | None, words: str, default: str = "comment") -> str:
    """The statement kind: the speech verb's own, else the first kind whose cue words occur
    in what was said, else ``default`` (a quotation comments; reported speech claims). A verb
    of assertion ("insisted", "argued", "maintained") claims unless the words blame, praise,
    demand or refuse."""
    if verb is not None:
        k = verb_kind(verb)
        if k == "claim" and verb.lemma_.lower() in L.ASSERT_VERBS:
            # "insisted", "argued": how firmly it is asserted; words of blame, praise, a demand or a refusal decide
            cue = cue_kind(words)
            return cue if cue in ("demand", "criticism", "praise", "rejection") else k
        if k:
            return k
        if verb.lower_ == "according":
            return "claim"
    kind = cue_kind(words)
    if kind is None and verb is not None and verb.lemma_.lower() in L.REPORTING_VERBS:
        kind = told_as(verb)  # '"...," she said, accusing the government of ...': what the words leave open
    if kind is None and default == "comment" and _RHETORICAL.search(words):
        return "criticism"  # '"Why were students beaten?"': a question that reproaches
    return kind or default


#: A question that reproaches rather than asks: "Why were students beaten?", "How can they ...?"
_RHETORICAL = re.compile(r"(?i)(?<![\w'])(?:why|how (?:can|could|dare))\b[^.!?]*\?")


def calls_for(ctx: Context | None, t: Token) -> bool:
    """'called for X', 'called on X to', 'called for X to be done' -- not 'called a strike'."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in ("for", "on") and nxt.dep_ in ("prep", "prt") and nxt.head.i == t.i:
        return True  # 'calling for PM X to step down' (the name misparsed as the object)
    if any(c.dep_ == "dobj" for c in t.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in t.children) or any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in t.children)
