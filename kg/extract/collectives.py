"""Speakers named by a common noun that is no actor of the article yet.

News reports let collectives speak ("analysts say", "rights groups said", "traders
complained that ...") and refer back to a named body by its kind ("the party said", "the
company says"). :func:`collective_speaker` gives such a subject an actor: a group of the
article's home country named as printed, or the body named just before.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.coref import described_before
from kg.extract.lexicon import ABROAD
from kg.extract.lexicon import SMALL_NUMBERS as _SMALL_NUMBERS
from kg.extract.spans import sentences_back

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["collective_speaker", "crowd_speaker", "kind_named", "members_body", "printed_body", "states_group"]

#: People who speak as a collective when named in the plural ("bishops said", "analysts say").
#: Journalists, reporters and correspondents are not here: their account is their outlet's.
PEOPLE_NOUNS = frozenset({
    "bishop", "priest", "cleric", "imam", "pastor", "monk", "nun", "nurse", "medic", "paramedic", "physician",
    "surgeon", "lawyer", "attorney", "judge", "analyst", "expert", "observer", "diplomat", "researcher",
    "scientist", "economist", "critic", "campaigner", "advocate", "villager", "citizen", "voter", "parent",
    "relative", "survivor", "trader", "merchant", "vendor", "shopkeeper", "businessman", "employer",
    "employee", "driver", "politician", "legislator", "parliamentarian", "senator", "mayor", "governor",
    "commander", "rebel", "militant", "insurgent", "fighter", "volunteer", "rescuer", "firefighter",
    "academic", "professor", "intellectual", "artist", "eyewitness", "bystander", "participant", "neighbour",
    "neighbor", "delegate", "negotiator", "mediator", "inspector", "investigator", "veteran", "monitor",
    "group", "organisation", "organization", "ngo", "charity", "association", "federation", "church",
    "elder", "opponent",
})
#: People who speak as a collective only with a word saying which ("church leaders", "family
#: members", "hospital sources", "coalition partners"): alone ("leaders said") they are the leaders named before.
_MODIFIED_NOUNS = frozenset({"leader", "member", "source", "partner", "ambassador", "envoy"})
#: Nouns for a body of any kind ("the group said"), which stand only for a body the text
#: named with that noun.
_GROUP_KINDS = frozenset({"group", "organisation", "organization", "ngo", "watchdog"})
#: Kinds of body that, as "the <kind>", stand for the organisation named just before.
BODY_KINDS = frozenset({"party", "company", "firm", "chain", "movement", "coalition", "alliance", "association",
                        "federation", "network", "charity", "bloc", "campaign", "operator", "retailer",
                        "broadcaster", "bank", "club", "foundation", "institute", "agency"})


def collective_speaker(ctx: Context, subj: Token) -> str | None:
    """The actor a common-noun subject of a speech verb stands for when no other rule
    found one: "the party" for the organisation named in the sentences before, "rights
    groups" for a new group of the home country, in the writer's hedge on a thing too ("a
    bill that critics say ...": the real-article gold counts it as their statement)."""
    if subj.lower_ in ("that", "who", "which") and subj.head.dep_ == "relcl" and subj.head.head.i < subj.i:
        subj = subj.head.head  # "an international community that denounces ...": its antecedent
    if ctx.in_quote[subj.i] or ctx.tok_actor[subj.i]:
        return None
    if subj.tag_ in ("NNPS", "NNP", "NNS") and any(c.lower_ in ("many", "most", "some") for c in subj.children) and (
            subj.lower_ in ctx.gaz.by_demonym or subj.lower_[-1:] == "s" and subj.lower_[:-1] in ctx.gaz.by_demonym):
        # "according to many Senegalese", "most Zambians say": the people of a country, a group
        rec = ctx.add_actor(slug(subj.text), subj.text, "Group", subj.idx, alias=f"many {subj.text}")
        ctx.tok_actor[subj.i] = rec.key
        return rec.key
    if subj.pos_ != "NOUN" and subj.lower_ not in ("ngo", "ngos"):
        return None
    states = states_group(ctx, subj)
    if states:
        return states
    lemma = subj.lemma_.lower()
    if lemma == "community" and [c.lower_ for c in subj.children if c.dep_ in ("amod", "compound")] == ["international"]:
        rec = ctx.add_actor("international-community", "international community", "Group", subj.idx)
        ctx.tok_actor[subj.i] = rec.key
        return rec.key  # "the international community has condemned ...": a collective of its own
    if subj.tag_ == "NN" and lemma in BODY_KINDS | _GROUP_KINDS and any(c.lower_ == "the" for c in subj.children):
        # "the group said": the organisation the text named with that noun ("the OVD-Info
        # monitoring group", "Viasna, a rights group"), else the one named just before
        return described_before(ctx, subj) or (_body_before(ctx, subj) if lemma in BODY_KINDS else None)
    if subj.tag_ in ("NN", "NNP") and lemma in _GROUP_KINDS and any(c.lower_ in ("a", "an") for c in subj.children):
        # "according to an NGO", "a rights group said": the body named with that noun, else one as printed
        mods = [c for c in subj.lefts if c.dep_ in ("compound", "amod")]
        if not mods and lemma != "ngo":
            return None
        # "..., a monitoring group said." in the lede, "The OVD-Info monitoring group" below
        return _named_with(ctx, subj, mods) or _printed_body(ctx, subj)
    if subj.tag_ == "NNS" and lemma in _MODIFIED_NOUNS and _joined_words(subj):
        return _joined_collectives(ctx, subj)
    if subj.tag_ == "NNS" and (lemma in PEOPLE_NOUNS or lemma in _MODIFIED_NOUNS and any(
            c.dep_ in ("compound", "amod") and c.is_alpha and c.i == subj.i - 1 for c in subj.lefts)):
        return _home_collective(ctx, subj)
    return printed_body(ctx, subj)


#: Nouns of a public body that, with "the" or a possessive and no name, speak as the body
#: printed ("the city's urban guard said", "the electoral council said"), when the text
#: named no body with that noun before.
_PRINTED_BODY_NOUNS = frozenset({"guard", "council", "union", "board", "directorate", "department", "prefecture",
                                 "municipality", "inspectorate", "tribunal", "secretariat", "legislature"})
#: Plural nouns of bodies that, counted ("the four parties", "the three unions"), speak as one group.
_COUNTED_BODY_NOUNS = frozenset({"party", "union", "organisation", "organization", "group"})


#: Plural nouns of states and their leaders that speak as a group of many countries ("several
#: countries expressed concern", "Western governments said", "world leaders condemned").
_STATE_NOUNS = frozenset({"country", "nation", "government", "state", "leader"})
#: The words that make them many states, not the home country's own ("its leaders").
_MANY_STATES = frozenset({"several", "many", "some", "other", "western", "foreign", "world", "european", "african",
                          "arab", "asian", "latin", "neighbouring", "neighboring", "regional", "donor", "allied"})


def states_group(ctx: Context, subj: Token) -> str | None:
    """'Several countries across the world have expressed concern', 'Western governments
    urged calm': many states named by a plural noun and a word saying which speak as one
    group, named as printed."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in _STATE_NOUNS or ctx.in_quote[subj.i]:
        return None
    mods = [c for c in subj.lefts if c.dep_ in ("amod", "det", "compound") and c.is_alpha]
    if not mods or not any(m.lower_ in _MANY_STATES for m in mods) or any(ctx.tok_actor[m.i] for m in mods):
        return None
    printed = " ".join(t.lower_ for t in ctx.doc[mods[0].i: subj.i + 1])
    rec = ctx.add_actor(slug(printed), printed[:1].upper() + printed[1:], "Group", subj.idx, alias=printed)
    ctx.tok_actor[subj.i] = rec.key
    bisect.insort(ctx.mentions, (subj.i, subj.i + 1, rec.key))
    return rec.key


def printed_body(ctx: Context, subj: Token) -> str | None:
    """'The city's urban guard said', 'the four parties issued a statement': a body named by
    its noun with "the" or a possessive, the one the text named with that noun before, else
    a body as printed (its adjectives, noun modifiers and count; no article, no possessor)."""
    if subj.pos_ != "NOUN" or ctx.in_quote[subj.i] or ctx.tok_actor[subj.i]:
        return None
    lemma = subj.lemma_.lower()
    definite = any(c.lower_ == "the" and c.dep_ == "det" or c.dep_ == "poss" and c.pos_ != "PRON" for c in subj.children)
    if not definite or any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in subj.children):
        return None
    counted = subj.tag_ == "NNS" and lemma in _COUNTED_BODY_NOUNS and any(
        c.dep_ == "nummod" and c.lower_ in _SMALL_NUMBERS for c in subj.children)
    words = [c for c in subj.lefts if c.dep_ in ("amod", "compound", "nummod") and c.is_alpha and c.is_lower]
    owned = any(c.dep_ == "poss" for c in subj.children) and lemma in BODY_KINDS and words
    if not counted and not (subj.tag_ == "NN" and (lemma in _PRINTED_BODY_NOUNS or owned)):
        return None  # "the country's bar association"; not a bare "the party"
    known = described_before(ctx, subj)
    if known:
        return known
    if any(ctx.tok_actor[c.i] for c in subj.lefts if c.dep_ == "compound"):
        return None  # "the Barcelona city council": the named body's, found by other rules
    printed = " ".join([*(w.lower_ for w in words), subj.lower_])
    rec = ctx.add_actor(slug(printed), printed, "Group" if counted else "Organization", subj.idx, alias=printed)
    ctx.tok_actor[subj.i] = rec.key
    bisect.insort(ctx.mentions, (subj.i, subj.i + 1, rec.key))
    return rec.key


def _named_with(ctx: Context, subj: Token, mods: list[Token]) -> str | None:
    """The one organisation the article names anywhere with the noun of ``subj`` and its
    words ("the OVD-Info monitoring group", "OVD-Info, a monitoring group")."""
    want = [m.lower_ for m in mods]
    found = set()
    for a, b, key in ctx.mentions:
        if ctx.in_quote[a] or ctx.actors[key].type != "Organization" or a <= subj.i < b:
            continue
        root = ctx.doc[a:b].root
        near = [c for c in root.children if c.dep_ in ("appos", "compound")]
        if root.dep_ in ("compound", "appos"):
            near.append(root.head)
        for n in near:
            if n.pos_ == "NOUN" and n.lemma_.lower() == subj.lemma_.lower() and not ctx.tok_actor[n.i] and all(
                    w in {c.lower_ for c in n.lefts} for w in want):
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _printed_body(ctx: Context, subj: Token) -> str:
    """An unnamed body as the text prints it, without its article ("NGO", "rights group")."""
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ in ("compound", "amod") or t.i == subj.i]
    printed = " ".join(t.text for t in words)
    rec = ctx.add_actor(slug(printed), printed, "Organization", subj.idx, alias=printed)
    ctx.tok_actor[subj.i] = rec.key
    bisect.insort(ctx.mentions, (subj.i, subj.i + 1, rec.key))
    return rec.key


def _body_before(ctx: Context, subj: Token) -> str | None:
    """'... Shoprite stores were looted. The company says ...': the organisation named last,
    in this sentence or the three before, for "the <kind>" with no other words."""
    if [c.lower_ for c in subj.children] != ["the"]:
        return None
    start = sentences_back(subj, 3)
    named = _kind_named_before(ctx, subj, start)  # "the chain Auchan" before the AFP reporter
    if named:
        return named
    lemma = subj.lemma_.lower()
    for a, _b, key in reversed(ctx.mentions):
        if start <= a < subj.i and not ctx.in_quote[a] and ctx.actors[key].type == "Organization" and not (
                (last := ctx.actors[key].name.split()[-1].lower()) in _STATE_BODIES and last != lemma):
            return key  # not "the Santiago Appeals Court" for "the party": a court is no party
    return None


#: Last words of the names of a state's institutions, which "the party", "the company" or "the
#: movement" never stands for ("... appeared before the Islamabad High Court ... the party called").
_STATE_BODIES = frozenset({"court", "tribunal", "ministry", "parliament", "senate", "assembly", "council", "commission",
                           "committee", "office", "government", "army", "police", "agency", "service", "authority",
                           "bank", "university", "hospital", "embassy", "presidency", "cabinet", "prosecutor"})


def _kind_named_before(ctx: Context, subj: Token, start: int) -> str | None:
    """'looters ransacked a French chain Auchan supermarket ... The chain says': the name
    printed right after the same noun before ("the retailer Shoprite"), an organisation
    even when the tagger read it as no name of one."""
    for t in reversed(ctx.doc[start: subj.sent.start]):
        if t.lemma_.lower() != subj.lemma_.lower() or t.pos_ != "NOUN" or ctx.in_quote[t.i] or t.i + 1 >= len(ctx.doc):
            continue
        run = []
        for n in ctx.doc[t.i + 1: t.i + 4]:
            if n.pos_ not in ("PROPN", "NOUN") or not n.text[:1].isupper():
                break
            run.append(n)
        if not run or any(ctx.typed(ctx.tok_actor[n.i], "Person") for n in run):
            return None  # a name read as a place is the kind's name all the same ("chain Auchan")
        known = ctx.tok_actor[run[0].i]
        known = known if known and ctx.actors[known].type == "Organization" else None
        name = " ".join(n.text for n in run)
        return known or ctx.add_actor(slug(f"{name}-{subj.lemma_.lower()}"), name, "Organization", run[0].idx,
                                      alias=f"the {subj.lower_}").key
    return None


def _joined_words(noun: Token) -> list[Token]:
    """The words, joined by "and", that each tell which of the people of a plural noun speak
    ("medical and security sources", "Security and medical sources": the parse hangs the
    second word on the first), in the order printed; none when the noun has no such pair."""
    mod = next((c for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and any(
        x.dep_ == "cc" and x.lower_ == "and" for x in c.children)), None)
    if mod is None:
        return []
    words = [mod, *(c for c in mod.conjuncts if c.i < noun.i and c.is_alpha)]
    return sorted(words, key=lambda t: t.i) if len(words) > 1 and all(
        not any(x.dep_ in ("amod", "compound") for x in w.children) for w in words) else []


def _joined_collectives(ctx: Context, noun: Token) -> str | None:
    """'according to medical and security sources': a group of the home country for each
    word ("medical sources", "security sources"), each of which speaks (the first returned,
    the others in ``ctx.joint_groups``); "the sources said" after is all of them."""
    home = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    if home is None:
        return None
    demonym = home.demonyms[0] if home.demonyms else home.name
    keys: list[str] = []
    for w in _joined_words(noun):
        printed = f"{w.lower_} {noun.lower_}"
        rec = ctx.add_actor(slug(f"{home.key}-{printed}"), f"{demonym} {printed}", "Group", noun.idx, alias=printed)
        keys.append(rec.key)
    ctx.tok_actor[noun.i] = keys[0]
    bisect.insort(ctx.mentions, (noun.i, noun.i + 1, keys[0]))
    ctx.described.setdefault(noun.lemma_.lower(), keys[0])  # "the sources said": those named before
    ctx.joint_groups[keys[0]] = keys[1:]
    return keys[0]


def _home_collective(ctx: Context, subj: Token) -> str | None:
    """'Human rights groups said': a group of the home country named by the noun with the
    words that describe it ('rights groups', 'Catholic bishops'), printed as the text has it."""
    home = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    if home is None:
        return None
    start = subj.i
    while start > subj.sent.start:
        prev = ctx.doc[start - 1]
        if prev.dep_ not in ("compound", "amod") or not prev.is_alpha or ctx.tok_actor[prev.i] or not (
                prev.head.i == subj.i or start <= prev.head.i < subj.i):
            break
        start -= 1
    if start > subj.sent.start and _abroad(ctx, ctx.doc[start - 1], home.key) and ctx.doc[start - 1].head.i == subj.i:
        start -= 1  # "European officials": the model's NORP, taken for the Union's name
    words = [t.lower_ if t.i == t.sent.start or not t.text[:1].isupper() else t.text for t in ctx.doc[start: subj.i + 1]]
    printed = " ".join(words)
    if any(_abroad(ctx, t, home.key) for t in ctx.doc[start: subj.i]):
        # "Western diplomats", "Russian diplomats" in a report from Georgia: not the home country's
        rec = ctx.add_actor(slug(printed), printed[:1].upper() + printed[1:], "Group", subj.idx, alias=printed)
    else:
        demonym = home.demonyms[0] if home.demonyms else home.name
        rec = ctx.add_actor(slug(f"{home.key}-{printed}"), f"{demonym} {printed}", "Group", subj.idx, alias=printed)
    rec.aliases.add(subj.lower_)
    ctx.tok_actor[subj.i] = rec.key
    bisect.insort(ctx.mentions, (subj.i, subj.i + 1, rec.key))
    return rec.key


def _abroad(ctx: Context, tok: Token, home_key: str) -> bool:
    """Whether ``tok``, a word describing a group, places it outside the home country: a word of
    abroad or another country's demonym ("Russian" in a report from Georgia)."""
    other = ctx.gaz.by_demonym.get(tok.lower_)
    return tok.lower_ in ABROAD or (other is not None and other != home_key)


#: People who, in the plural with "from" or "of" a body, speak for it ("officials from the party").
_MEMBER_NOUNS = frozenset({"official", "member", "leader", "representative", "spokesman", "spokeswoman", "spokesperson"})
#: Bodies a person has, named "the <noun> of X" ("the party of former prime minister X").
_PERSONS_BODIES = frozenset({"party", "campaign", "office", "movement"})


def members_body(ctx: Context, subj: Token) -> str | None:
    """'Officials from the party of former Prime Minister X say', 'members of the Y union
    said': people of a body speak for the body: a named organisation, the person's body
    ("X's party", as "X's party said" names it), or a body named by its noun."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in _MEMBER_NOUNS or ctx.in_quote[subj.i]:
        return None
    prep = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "with")), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is None or body.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "conj" for c in body.children):
        return None
    k = ctx.tok_actor[body.i]
    if k:
        return k if ctx.actors[k].type == "Organization" else None
    if body.pos_ != "NOUN" or body.tag_ != "NN":
        return None
    owner_prep = next((c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if owner_prep is not None:
        # the person named after "of" (the parser may hang "Pakistan's former prime minister X" apart)
        people = [ctx.tok_actor[t.i] if not t.is_punct else None for t in ctx.doc[owner_prep.i + 1: subj.head.i]
                  if t.is_punct or ctx.typed(ctx.tok_actor[t.i], "Person")]
        o = people[0] if people else None
        if body.lemma_.lower() not in _PERSONS_BODIES or not o:
            return None
        name = f"{ctx.actors[o].name}'s {body.lower_}"
        return ctx.add_actor(slug(name), name, "Organization", body.idx, alias=f"{body.lower_} of {ctx.actors[o].name}").key
    if body.lemma_.lower() in BODY_KINDS:
        return described_before(ctx, body) or _body_before(ctx, body)
    return printed_body(ctx, body)


#: Kinds of body printed before a body's name the model did not read as one ("the NGO Temblores").
_NAME_KINDS = frozenset({"ngo", "group", "organisation", "organization", "watchdog", "association", "movement",
                         "collective", "coalition", "network", "foundation", "observatory", "charity", "union",
                         "website", "monitor"})


def kind_named(ctx: Context, tok: Token) -> str | None:
    """'according to the NGO Temblores', 'the watchdog Forum said': a proper name no rule made
    an actor, with the kind of body printed before it as a compound, is that organisation; so
    is the name set in apposition to the kind ('according to the monitoring group OVD-Info',
    which the model took for a product)."""
    if tok.pos_ == "NOUN" and tok.lower_ in _NAME_KINDS and not ctx.in_quote[tok.i]:
        app = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None)
        if app is None or ctx.tok_actor[app.i]:
            return ctx.tok_actor[app.i] if app is not None else None
        run = list(ctx.doc[tok.i + 1: app.right_edge.i + 1])
        if app.left_edge.i != tok.i + 1 or not all(t.text[:1].isupper() or t.text == "-" for t in run):
            return None
        return _name_run(ctx, run, tok)
    if tok.pos_ != "PROPN" or ctx.in_quote[tok.i] or ctx.tok_actor[tok.i]:
        return None
    kinds = [c for c in tok.lefts if c.dep_ == "compound" and c.lower_ in _NAME_KINDS]
    if not kinds:
        return None
    run = [t for t in ctx.doc[kinds[-1].i + 1: tok.i + 1] if t.text[:1].isupper() or t.is_punct]
    if len(run) != tok.i - kinds[-1].i or not run:
        return None
    return _name_run(ctx, run, kinds[-1])


def _name_run(ctx: Context, run: list[Token], kind: Token) -> str:
    """An organisation named by the words of ``run``, the kind of body printed before it."""
    tok = run[-1]
    name = ctx.doc[run[0].i: tok.i + 1].text
    rec = ctx.add_actor(slug(name), name, "Organization", run[0].idx, alias=f"{kind.text} {name}")
    for t in run:
        ctx.tok_actor[t.i] = rec.key
    bisect.insort(ctx.mentions, (run[0].i, tok.i + 1, rec.key))
    return rec.key


#: Nouns of a crowd counted or named as a mass ("tens of thousands of Peruvians", "the crowd").
_CROWD_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "crowd", "throng", "multitude"})
#: What a crowd is made of when it is the protest's own people ("thousands of people", "of students").
_CROWD_PEOPLE = frozenset({"people", "person", "citizen", "resident", "student", "worker", "youth", "protester",
                           "protestor", "demonstrator", "marcher", "woman", "man"})
#: Speech verbs a crowd says something with: it asks, blames or refuses, it does not report.
_CROWD_KINDS = frozenset({"demand", "criticism", "rejection"})


def crowd_speaker(ctx: Context, subj: Token, verb: Token) -> str | None:
    """'Tens of thousands of Peruvians called for the president's resignation', 'The crowd
    demanded that the bill be withdrawn': a crowd counted or named as a mass (of people, of
    the country's people, or of no one said) that demands, denounces or rejects is the
    protesters, in a report that tells a protest in that sentence or the two before."""
    from kg.extract.lexicon import GATHER_VERBS, PROTEST_NOUNS, PROTEST_VERBS, SPEECH_VERBS

    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in _CROWD_NOUNS or ctx.in_quote[subj.i] or ctx.tok_actor[subj.i]:
        return None
    if subj.head.i != verb.i or subj.dep_ != "nsubj":
        return None  # "thousands rallied to denounce ..., organisers said": the purpose of a protest, another rule's
    if SPEECH_VERBS.get(verb.lemma_.lower()) not in _CROWD_KINDS:
        return None
    of = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(not (p.lemma_.lower() in _CROWD_PEOPLE or p.lower_ in ctx.gaz.by_demonym
                or p.lower_[-1:] == "s" and p.lower_[:-1] in ctx.gaz.by_demonym) for p in of):
        return None  # "thousands of Bolsonaro supporters": who they are is named, another rule's
    words = ctx.doc[sentences_back(verb, 2): verb.sent.end]
    if not any(t.lemma_.lower() in PROTEST_VERBS | GATHER_VERBS | PROTEST_NOUNS and not ctx.in_quote[t.i] for t in words):
        return None
    return ctx.home_group("protesters")
