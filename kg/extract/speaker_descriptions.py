"""Speakers named by a definite description of a person ("the 35-year-old politician said",
"the opposition leader said") that no title, role or earlier introduction resolves: the
one person the text named just before (issue 11: a description resolves to the full
named actor already mentioned); critics of a body named by its noun ("government critics"),
who are not that body."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.actor_gender import name_gender
from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.coref import actor_at, coref, untagged_person
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["critics_group", "data_source", "description_speaker", "misread_speaker", "possessed_spokesman", "speaker_before", "titled_before", "unannounced_author", "unnamed_person", "unnamed_title",
           "verbless_subject"]

#: Nouns of a description that stand for one person: titles of office and what a person is.
#: Not the unnamed sources ("the official", "the analyst"): those are people of their own.
PERSON_DESCRIPTIONS = frozenset({
    "president", "minister", "premier", "leader", "chancellor", "governor", "mayor", "ambassador", "envoy",
    "prosecutor", "commissioner", "general", "king", "queen", "pope", "judge", "chairman", "chairwoman", "senator",
    "lawyer", "commander", "dictator", "politician", "activist", "candidate", "lawmaker", "legislator", "cleric",
    "singer", "economist", "banker", "businessman", "businesswoman", "billionaire", "tycoon", "veteran",
    "head", "founder", "campaigner", "dissident", "journalist", "blogger", "star", "writer", "priest", "monarch",
    "chief",
})
_AGE = re.compile(r"^\d{1,3}-year-old$")


def description_speaker(ctx: Context, noun: Token) -> str | None:
    """'Guaido spoke in Caracas. The 35-year-old politician said ...' (or "the 35-year-old
    said", the age alone): a singular noun with
    "the" that describes a person stands for the person named in this sentence before it or
    in the sentence before, when exactly one person is named there (when none is, in the
    two sentences before that, in its paragraph)."""
    known = ctx.tok_actor[noun.i]
    bare_age = noun.lower_ == "old" and noun.pos_ == "ADJ" and any(  # "the 38-year-old said": no noun at all
        c.lower_ == "year" and any(n.like_num for n in c.children) for c in noun.lefts)
    if not bare_age and (noun.pos_ != "NOUN" or noun.tag_ != "NN") or ctx.in_quote[noun.i] or known and ctx.actors[known].type != "Group":
        return None  # a singular read as a group ("the activist") may still be one person
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children):
        return None
    aged = bare_age or any(_AGE.match(t.lower_) or t.lower_ == "old" and t.i >= 2 and t.nbor(-1).lower_ in ("year", "-")
                           for t in noun.lefts)
    if noun.lemma_.lower() not in PERSON_DESCRIPTIONS and not aged:
        return None
    if any(c.dep_ == "prep" or c.dep_ == "poss" or c.dep_ == "appos" for c in noun.children):
        return None  # "the leader of the party", "the party's leader": someone else's office
    people: set[str] = set()
    para = ctx.text.rfind("\n", 0, noun.idx)  # the wider window stays in the paragraph
    for back in (1, 3):  # the sentence before; when it names no one, the two before it too
        start = sentences_back(noun, back)
        people = {key for a, _b, key in ctx.mentions
                  if start <= a < noun.i and not ctx.in_quote[a] and ctx.actors[key].type == "Person"
                  and (back == 1 or ctx.doc[a].idx > para)}
        if people:
            break
    return people.pop() if len(people) == 1 else None


#: What a person quoted in a report is, beside titles: "the teacher said", "the student added".
_TRADES = frozenset({"teacher", "student", "professor", "lecturer", "doctor", "nurse", "engineer", "farmer", "worker",
                     "driver", "vendor", "shopkeeper", "retiree", "pensioner", "mother", "father", "protester",
                     "protestor", "demonstrator", "organiser", "organizer", "coordinator", "secretary", "spokesman"})


#: One title under its other spellings ("Kremlin spokesman X ... the spokesperson said").
_SAME_TITLE = {"spokeswoman": "spokesman", "spokesperson": "spokesman"}


def titled_before(ctx: Context, noun: Token) -> str | None:
    """'Prime Minister Saad Hariri met them. ... "...," the prime minister said': a definite
    title ("the prime minister", "the Kremlin spokesman", "the teacher") stands for the person
    last named with that title before it: the title's words printed right before the name
    ("Prime Minister X", "Russia's foreign minister, X"), in apposition after it ("X, a
    teacher,") or as the person's known role. So does a title after a nationality with no
    article, as translated wires print it ("Armenian PM said", "Kazakh President said"): the
    person of that country named before with that title. Not someone else's office ("the
    president of France", "the party's leader")."""
    if noun.tag_ not in ("NN", "NNP") or ctx.in_quote[noun.i] or (
            noun.lower_ not in _ONE_PERSON | _TRADES):
        return None
    nation = _title_nation(ctx, noun)
    bare = noun.tag_ == "NN" and not any(c.dep_ in ("det", "compound", "amod", "nummod") for c in noun.children)
    if not (bare or nation or any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children)) or any(
            c.dep_ in ("prep", "poss", "appos") for c in noun.children):
        return None  # "the prime minister", or a bare '"...," spokesperson said' (a translation's)
    mods = [c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod") and c.is_alpha
            and not (nation and c.lower_ in ctx.gaz.by_demonym)]
    need = {x for w in (*mods, noun.lower_) for x in _TITLE_WORDS.get(w, (_SAME_TITLE.get(w, w),))}
    for a, b, key in reversed(ctx.mentions):
        if a >= noun.i or b > noun.i or ctx.in_quote[a] or ctx.actors[key].type != "Person":
            continue
        sent = ctx.doc[a].sent
        window = {t.lower_ for t in ctx.doc[max(sent.start, a - 5): b]}
        if nation and ctx.actors[key].country != nation and not (ctx.actors[key].country is None and _names_country(ctx, window, nation)):
            continue  # "Armenian PM": a person of Armenia, or named beside it ("Prime Minister of Armenia X")
        if b < sent.end and ctx.doc[b].text == ",":
            after = ctx.doc[b + 1: min(b + 9, sent.end)]
            window |= {t.lower_ for t in after[: next((i for i, t in enumerate(after) if t.is_punct), len(after))]}
        window |= set((ctx.actors[key].role or "").lower().split())
        if need <= {x for w in window for x in _TITLE_WORDS.get(w, (_SAME_TITLE.get(w, w),))}:
            return key
    return None


#: Titles printed as an abbreviation: "PM" is the prime minister, "FM" the foreign minister.
_TITLE_WORDS = {"pm": ("prime", "minister"), "fm": ("foreign", "minister")}


def _names_country(ctx: Context, words: set[str], country: str) -> bool:
    entry = ctx.gaz.entries.get(country)
    return entry is not None and any(n.lower() in words for n in (entry.name, *entry.demonyms))


def _title_nation(ctx: Context, noun: Token) -> str | None:
    """The country of a title printed after a nationality with no article ("Armenian PM
    said", "Kazakh Foreign Minister said"): the nationality's country, else None."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None
    first = next((c for c in noun.lefts if c.dep_ in ("amod", "compound")), None)
    if first is None or first.i != noun.left_edge.i:
        return None
    return ctx.gaz.by_demonym.get(first.lower_)


def earlier_unnamed(ctx: Context, noun: Token, speaker: Callable[[Token], str | None]) -> str | None:
    """'One person was killed, a police official said. / "...," said the official, who asked
    not to be identified.': "the official" (a source, a spokesman, a witness) is the unnamed
    one who spoke just before, in this sentence or the three before: who that one speaks for."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ONE_PERSON or not any(
            c.lower_ == "the" and c.dep_ == "det" for c in noun.children):
        return None
    start = sentences_back(noun, 3)
    for t in reversed(ctx.doc[start: noun.i]):
        if (t.pos_ == "NOUN" and t.lemma_.lower() == noun.lemma_.lower() and t.dep_ == "nsubj" and not ctx.in_quote[t.i]
                and any(c.lower_ in ("a", "an", "one") for c in t.children) and t.head.lemma_.lower() in L.SPEECH_VERBS):
            return speaker(t.head)
    return None


def titled_later_by_copula(ctx: Context, noun: Token) -> str | None:
    """'Sri Lanka's acting president on Monday declared ... / X became acting president on
    Friday': a country's title with no name ("Peru's interim president said") stands for the
    person the text later says became (or is) that title, with its words ("acting")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in L.ROLE_NOUNS or ctx.in_quote[noun.i]:
        return None
    need = {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod") and c.is_alpha} | {noun.lower_}
    for a, b, key in ctx.mentions:
        root = ctx.doc[a:b].root
        if a <= noun.i or ctx.in_quote[a] or ctx.actors[key].type != "Person" or root.dep_ != "nsubj" or (
                root.head.lemma_ not in ("become", "be")):
            continue
        for attr in (c for c in root.head.children if c.dep_ == "attr" and c.lemma_.lower() == noun.lemma_.lower()):
            words = {t.lower_ for t in attr.lefts if t.dep_ in ("compound", "amod")} | {attr.lower_}
            if need <= words and not any(c.dep_ in ("poss", "prep") and c.lower_ not in ("'s", "of") for c in attr.children):
                return key
    return None


#: Plural nouns of people against what their modifier names ("government critics" are no
#: part of the government).
_AGAINST_NOUNS = frozenset({"critic", "opponent", "detractor"})


def critics_group(ctx: Context, subj: Token) -> str | None:
    """'an institution that government critics say ...': critics of a body named by its
    noun are a group of the home country named as printed, not the body."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in _AGAINST_NOUNS or ctx.tok_actor[subj.i]:
        return None
    mods = [c for c in subj.lefts if c.dep_ in ("compound", "amod") and c.is_alpha
            and (c.is_lower or c.i == c.sent.start)]
    home = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    if not mods or home is None or not any(ctx.tok_actor[m.i] for m in mods):
        return None
    printed = " ".join(t.lower_ for t in ctx.doc[mods[0].i: subj.i + 1])
    demonym = home.demonyms[0] if home.demonyms else home.name
    rec = ctx.add_actor(slug(f"{home.key}-{printed}"), f"{demonym} {printed}", "Group", subj.idx, alias=printed)
    return rec.key


#: Nouns of one unnamed person who speaks ("a spokesman said", "a Dominican friar told
#: Efe", "one minister said"), beyond the titles above.
_ONE_PERSON = PERSON_DESCRIPTIONS | frozenset({
    "official", "source", "spokesman", "spokeswoman", "spokesperson", "representative", "friar", "monk", "nun",
    "imam", "bishop", "diplomat", "aide", "adviser", "advisor", "figure", "witness", "eyewitness", "resident", "pm",
})


def unnamed_person(ctx: Context, noun: Token) -> str | None:
    """'a spokesman said', '"...," a Dominican friar who marched told Efe', 'one minister
    told reporters': a single person the text does not name, known by the description
    (its adjectives and noun modifiers, a nationality kept), when no rule found an actor."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in _ONE_PERSON or ctx.tok_actor[noun.i] or ctx.in_quote[noun.i]:
        return None
    if not any(c.lower_ in ("a", "an") and c.dep_ == "det" or c.lower_ == "one" and c.dep_ == "nummod"
               for c in noun.children):
        return None
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_alpha
            and (c.is_lower or c.pos_ == "ADJ" or c.ent_type_ == "NORP") and not ctx.tok_actor[c.i]]
    start = mods[0].i if mods else noun.i
    if any(ctx.tok_actor[t.i] or not t.is_alpha for t in ctx.doc[start: noun.i]):
        return None  # "a Georgian Dream official": the body's, found by other rules
    words = [t.text if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() and t.i != t.sent.start else t.lower_
             for t in ctx.doc[start: noun.i + 1]]
    printed = " ".join(words)
    rec = ctx.add_actor(slug(printed), printed, "Person", noun.idx, alias=noun.lower_)
    rec.aliases.add(f"a {noun.lower_}")
    return rec.key


def verbless_subject(ctx: Context, verb: Token) -> str | None:
    """'(Addressing the rally,) opposition leader X, who is leading the protests, called for
    ...': a speech verb the parser hung on the relative clause's last noun ("protests,
    called") in a sentence it left with no finite main verb is the predicate of the named
    subject the relative clause describes."""
    root = verb.sent.root
    finite = root.pos_ in ("VERB", "AUX") and not (
        root.tag_ == "VBG" and root.i == verb.sent.start and not any(c.dep_ == "nsubj" for c in root.children))
    if verb.dep_ != "acl" or finite or verb.i < 1 or ctx.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "the protests, called by the unions"
    h = verb.head
    while h.i != root.i and h.dep_ != "relcl":
        h = h.head
    named = h.head
    if h.i == root.i or ctx.in_quote[named.i] or named.i > verb.i:
        return None
    known = [key for key, rec in ctx.actors.items() if rec.type == "Person" and rec.name.split()[-1] == named.text]
    k = ctx.tok_actor[named.i] or (known[0] if len(known) == 1 else untagged_person(ctx, named))
    return k if k and ctx.actors[k].type in ("Person", "Organization", "Country") else None


def speaker_before(ctx: Context, pron: Token) -> str | None:
    """'X, who leads the protests, called for Y's resignation. He said ...': "he" or "she"
    opening a sentence is the person whose statement the sentence before carries, of the
    pronoun's sex when known (the parse may have left X no mention there); "they" so opening
    a sentence is the body or group whose statement the sentence before carries ('The rights
    commission said 21 had been killed. They announced that ...')."""
    sent = pron.sent
    if pron.lower_ not in ("he", "she", "they") or pron.i != sent.start or sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1].sent
    types = ("Organization", "Group") if pron.lower_ == "they" else ("Person",)
    found = {e.speaker for e in ctx.events if e.type == "Statement" and e.speaker
             and prev.start_char <= e.anchor < prev.end_char and ctx.actors[e.speaker].type in types}
    if pron.lower_ == "they":
        return found.pop() if len(found) == 1 else None
    sex = "m" if pron.lower_ == "he" else "f"
    found = {k for k in found if name_gender(ctx.actors[k].name) in (None, sex)}
    return found.pop() if len(found) == 1 else None


#: Words of a body's name: a name with one of them is no person's.
_BODY_WORDS = frozenset({"ministry", "party", "council", "union", "front", "movement", "association", "committee",
                         "commission", "court", "office", "agency", "group", "bank", "police", "army", "forces",
                         "news", "times", "post", "press", "tv", "radio", "international", "watch", "league",
                         "alliance", "coalition", "federation", "foundation", "institute", "university", "house"})


def misread_speaker(ctx: Context, pron: Token) -> str | None:
    """'Resila Onyango said 105 people were arrested. "...," she said.': "he" or "she" whom
    no person resolves is the last speaker before, in this sentence or the two before, whose
    name the model read as an organisation's though it is two or three plain words of a
    person's name (retyped a person)."""
    if pron.lower_ not in ("he", "she") or ctx.in_quote[pron.i]:
        return None
    start = sentences_back(pron, 2)
    for a, b, key in reversed(ctx.mentions):
        if a >= pron.i or a < start or ctx.in_quote[a]:
            continue
        rec = ctx.actors[key]
        root = ctx.doc[a:b].root
        if rec.type == "Person":
            return None  # a person named nearer: not ours to guess
        words = rec.name.split()
        if (rec.type == "Organization" and root.dep_ == "nsubj" and root.head.lemma_.lower() in _SPEECH_LEMMAS
                and 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
                and not {w.lower() for w in words} & _BODY_WORDS and rec.wikidata is None
                and name_gender(rec.name) in (None, "m" if pron.lower_ == "he" else "f")):
            rec.type = "Person"
            return key
    return None


#: Verbs whose subject is seen speaking: any speech verb ("Nika Melia urged ... He also called on ...").
_SPEECH_LEMMAS = frozenset(L.SPEECH_VERBS)


_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor"})


def possessed_spokesman(ctx: Context, noun: Token) -> str | None:
    """'his spokesman said', 'the prime minister's spokesman said': the spokesman speaks for
    the person the possessive stands for (as 'Kobakhidze's spokesman' does); a person the
    text does not name gives a spokesman named as printed ("prime minister's spokesman")."""
    if noun.lemma_.lower() not in _SPOKES or noun.tag_ != "NN" or ctx.in_quote[noun.i]:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PRON":
        return coref(ctx, poss, ("Person",)) if poss.lower_ in ("his", "her") else None
    k = actor_at(ctx, poss)
    if k:
        return k if ctx.actors[k].type in ("Person", "Organization", "Country") else None
    words = [t for t in poss.subtree if t.dep_ != "det" and not t.is_punct]
    if not words or not all(t.is_alpha or t.dep_ == "case" for t in words) or any(ctx.tok_actor[t.i] for t in words):
        return None
    printed = "".join(t.text_with_ws if t.dep_ != "case" else t.text + " " for t in words).strip().lower()
    printed = printed.replace(" 's", "'s").replace(" \u2019s", "\u2019s") + " " + noun.lower_
    rec = ctx.add_actor(slug(printed), printed, "Person", noun.idx, alias=noun.lower_)
    return rec.key


#: Nouns of numbers a body publishes: "according to figures from the health ministry".
_DATA_NOUNS = frozenset({"figure", "data", "tally", "count", "estimate", "statistic", "toll", "report", "number"})


def data_source(ctx: Context, noun: Token, body: Callable[[Context, Token], str | None]) -> str | None:
    """'according to figures from the health ministry', 'according to official data from X':
    the body whose numbers they are (``body`` names an unnamed one, "the health ministry")."""
    if noun.lemma_.lower() not in _DATA_NOUNS or noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            for p in c.children:
                if p.dep_ == "pobj" and not ctx.in_quote[p.i]:
                    k = actor_at(ctx, p) or (body(ctx, p) if p.pos_ == "NOUN" else None)
                    return k if k and ctx.actors[k].type != "Place" else None
    return None


def unannounced_author(ctx: Context, noun: Token) -> str | None:
    """'X ordered a curfew ... / ... are exempt from the curfew, the statement said.': "the
    statement" the text never introduced is the word of the subject of the sentence right
    before (or two before) whose main verb is an act, when that subject is a named person
    or body."""
    if noun.lemma_.lower() not in ("statement", "communique", "decree", "order") or not any(
            c.lower_ == "the" for c in noun.children):
        return None
    start = noun.sent.start
    for _ in range(2):
        if start == 0:
            return None
        sent = ctx.doc[start - 1].sent
        start = sent.start
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.pos_ == "VERB" and subj is not None and not ctx.in_quote[subj.i] and subj.pos_ == "PROPN":
            k = actor_at(ctx, subj)
            if k and ctx.actors[k].type in ("Person", "Organization", "Country"):
                return k
    return None


def speaking_place(ctx: Context, subj: Token) -> str | None:
    """'Catalonia said 90% of voters favored independence': a region named as the subject of
    a speech verb speaks through its government, an actor of its own (the gold conventions'
    Organization) beside the place where events happen. A capital stands for its country
    (handled before); a town is left alone ("Minsk said" is rare and ambiguous)."""
    k = ctx.tok_actor[subj.i]
    if k is None or subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.ent_type_ not in ("GPE", "LOC"):
        return None
    rec = ctx.actors[k]
    entry = ctx.gaz.lookup(rec.name)
    if rec.type != "Place" or entry is not None and (entry.capital or entry.type != "Place"):
        return None
    if any(c.dep_ in ("compound", "amod", "det", "poss") for c in subj.children) or subj.dep_ == "compound":
        return None
    return ctx.add_actor(slug(f"{k}-government"), rec.name, "Organization", subj.idx).key


#: Titles of an office that, with "the" or a country's possessive and no name anywhere in the
#: text, stand for the one unnamed holder ("the interior minister said", "Peru's defence minister
#: acknowledged"): a person of their own, known by the title.
_OFFICE_TITLES = frozenset({"president", "minister", "premier", "chancellor", "governor", "mayor", "ambassador",
                            "envoy", "prosecutor", "commissioner", "commander", "spokesman", "spokeswoman",
                            "spokesperson", "secretary"})


def unnamed_title(ctx: Context, noun: Token) -> str | None:
    """'Four protesters were killed, the interior minister said', 'Peru's defence minister
    acknowledged that ...': a definite title of an office whose holder the text never names
    is that person, known by the title (of the possessor's country, else the article's):
    "Peruvian interior minister", also "interior minister" as printed."""
    if noun.tag_ != "NN" or noun.lower_ not in _OFFICE_TITLES or ctx.in_quote[noun.i]:
        return None
    if ctx.tok_actor[noun.i] and ctx.actors[ctx.tok_actor[noun.i] or ""].type != "Country":
        return None
    poss = [c for c in noun.children if c.dep_ == "poss"]
    country = None
    if poss:
        k = ctx.tok_actor[poss[0].i]
        if k is None or ctx.actors[k].type != "Country":
            return None  # "the party's spokesman": the body's, found by other rules
        country = k
    elif not any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children):
        return None
    if any(c.dep_ in ("prep", "appos", "relcl") or c.dep_ == "acl" and c.lemma_.lower() not in L.SPEECH_VERBS for c in noun.children):
        return None  # "the president of the commission", "the minister, X,": someone else's or named
    mods = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_alpha and not ctx.tok_actor[c.i]]
    if any(not (m.is_lower or m.lower_ in ctx.gaz.by_demonym) for m in mods):
        return None
    demonym_country = next((ctx.gaz.by_demonym[m.lower_] for m in mods if m.lower_ in ctx.gaz.by_demonym), None)
    country = country or demonym_country or ctx.home_country
    entry = ctx.gaz.entries.get(country) if country else None
    if entry is None:
        return None
    title = " ".join(m.lower_ for m in mods if m.lower_ not in ctx.gaz.by_demonym) + (" " if mods else "") + noun.lower_
    title = title.strip()
    if title == noun.lower_ and noun.lower_ not in ("president", "premier", "chancellor"):
        return None  # "the minister said": which minister the text does not say
    if any(rec.type == "Person" and rec.role and title in rec.role.lower() for rec in ctx.actors.values()):
        return None
    demonym = entry.demonyms[0] if entry.demonyms else entry.name
    rec = ctx.add_actor(slug(f"{entry.key}-{title}"), f"{demonym} {title}", "Person", noun.idx, alias=title)
    rec.country = entry.key
    ctx.tok_actor[noun.i] = rec.key
    bisect.insort(ctx.mentions, (noun.i, noun.i + 1, rec.key))
    return rec.key

