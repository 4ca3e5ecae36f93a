"""Groups and institutions named by common nouns: the actors of ``find_actors``'s last step.

"Protesters", "the police", "security forces", "PTI supporters" are groups of the country
they name or of the article's home country (the country its places and names vote for);
"the interior ministry", "China's foreign ministry", "the government" are institutions of
theirs. Fills ``ctx.actors``, ``ctx.tok_actor`` and ``ctx.mentions`` like the named actors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import ActorRec, Context
from kg.extract.furniture import dateline_city
from kg.extract.gazetteer import Entry
from kg.extract.supporters import (allies, conjoined_owners, merge_supporters, printed_owner, pronoun_owner,
                                   titled_owner)
from kg.extract.tidy import acts, repoint

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["find_groups"]

# Bodies that, named without a country, are the article's home country's ("the government").
_HOME_BODIES = frozenset({"government", "parliament", "military", "army"})
# Bodies that, named by a common noun without a country, are the home country's when they act
# ("the constitutional court had suspended the vote", "according to the prosecution").
_ACTING_BODIES = frozenset({"court", "commission", "prosecution", "congress", "senate", "assembly", "judiciary",
                            "legislature"})


#: Common nouns that name one country's same body: its military is its army, its parliament
#: its national assembly ("the Algerian military" of one report is "the Algerian army" of the next).
_SAME_BODY = {"military": ("army", "armed forces"), "army": ("military", "armed forces"),
              "parliament": ("national assembly", "legislature"), "legislature": ("parliament", "national assembly")}


def find_groups(ctx: Context) -> None:
    """Group nouns ("protesters", "police", "security forces") and institutions ("the
    interior ministry", "the government") as actors of their country, the article's home
    country unless they name their own."""
    votes = ctx.votes
    if votes:
        top = max(votes.values())
        tied = sorted(k for k, v in votes.items() if v == top)
        towns = sorted((r.first, r.country) for r in ctx.actors.values() if r.type == "Place" and r.country in tied)
        # a tie goes to the country of the first town named: where the story happens
        ctx.home_country = towns[0][1] if len(tied) > 1 and towns else tied[0]
    else:  # "DHAKA, Bangladesh (AP) -- Police fired ...": a body that names no country, the dateline's
        city = dateline_city(ctx.text)
        entry = ctx.gaz.lookup(city) if city else None
        if entry is not None and entry.type in ("Place", "Country"):
            ctx.home_country = entry.country if entry.type == "Place" else entry.key
    home = ctx.gaz.entries.get(ctx.home_country) if ctx.home_country else None
    demonym = home.demonyms[0] if home and home.demonyms else None
    poses, lowers = ctx.poses, ctx.lowers
    for i in range(len(ctx.doc)):
        if poses[i] != "NOUN" and poses[i] != "PROPN" or ctx.tok_actor[i] or ctx.in_quote[i]:
            continue
        t = ctx.doc[i]
        lemma = _group_lemma(ctx, t)
        forces = _forces(t)
        if lemma == "ally" and t.tag_ == "NNS":
            allies(ctx, t)
            continue
        if lemma == "leader" and t.tag_ == "NNS":
            _national_leaders(ctx, t)
            continue
        if forces == "air force":
            _institution(ctx, t, home, phrase="air force")
        elif t.lower_ == "police" or lemma in L.GROUP_NOUNS or forces:
            canon = forces or L.GROUP_NOUNS.get(lemma, "police")
            if lemma in L.PLURAL_GROUPS and t.tag_ not in ("NNS", "NNPS"):
                continue
            if _one_person(ctx, t) or _one_member(t):
                continue
            union = _named_union(ctx, t) if lemma == "union" else None
            union = union or next((k for c in t.lefts if c.dep_ == "compound" and (k := ctx.tok_actor[c.i])
                                   and ctx.actors[k].type == "Organization"), None)  # "the UGTT union said"
            union = union if lemma == "union" else None
            if union is not None:  # "the Kenya National Union of Teachers ... the teachers' union said": that union
                ctx.tok_actor[t.i] = union
                ctx.mentions.append((t.i, t.i + 1, union))
                continue
            if lemma in L.TRADE_GROUPS and any(c.dep_ == "poss" and (c.pos_ == "PRON" or (
                    (ck := ctx.tok_actor[c.i]) is not None and ctx.actors[ck].type == "Person")) for c in t.children):
                continue  # "Khan's lawyers", "his lawyers": a person's own, not the trade
            if canon == "opposition" and (
                    t.dep_ == "compound" and t.head.lemma_.lower() in ("leader", "figure", "politician", "candidate")
                    or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
                    or any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)):
                continue  # "his opposition to the plan" is a stance, not a group
            name = f"{demonym} {canon}" if demonym else canon.capitalize()
            key = slug(f"{home.key}-{canon}") if home else slug(canon)
            own = _own_country(ctx, t)
            if own is not None and own is not home:  # "Zambian police" in a report from elsewhere
                name, key = f"{own.demonyms[0] if own.demonyms else own.name} {canon}", slug(f"{own.key}-{canon}")
            abroad = next((c for c in t.lefts if c.dep_ in ("amod", "compound") and c.lower_ in L.ABROAD), None)
            if abroad is not None and (own is None or own.type != "Country"):  # "Western officials", "foreign troops"
                name, key = f"{abroad.text.capitalize()} {canon}", slug(f"{abroad.lower_}-{canon}")
            whose = [c for c in t.lefts if c.dep_ in ("compound", "poss", "nmod") and ctx.tok_actor[c.i]]
            whose = whose or [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                              if p.dep_ == "pobj" and ctx.tok_actor[p.i]]  # "supporters of Jair Bolsonaro"
            if lemma == "supporter" and not whose:
                whose = titled_owner(ctx, t) or printed_owner(ctx, t) or pronoun_owner(ctx, t)
            owner = ctx.actors[ctx.tok_actor[whose[-1].i]] if lemma == "supporter" and whose else None  # type: ignore[index]
            if owner is not None and owner.type == "Group":
                continue  # "opposition supporters" are the opposition
            if owner is not None and owner.type in ("Person", "Organization"):
                # "PTI supporters", "Sonko supporters", "Hezbollah and Amal supporters"
                owners = [owner, *conjoined_owners(ctx, whose[-1])]
                name = " and ".join(o.name for o in owners) + " supporters"
                key = slug("-".join(o.key for o in owners) + "-supporters")
                # "Navalny supporters" of "Alexei Navalny"
                short = owner.name.split()[-1] if owner.type == "Person" or not whose else whose[-1].text
                rec = ctx.add_actor(key, name, "Group", t.idx, alias=f"{short} supporters")
                for n in sorted({owner.name, *owner.aliases}):  # the same group in either word order
                    rec.aliases.update({f"supporters of {n}", f"{n} supporters"} - {rec.name})
            town = _town_of(ctx, t) if canon == "police" else None
            if town is not None:  # "Islamabad police", "police in the capital Dhaka"
                name, key = f"{town.name} police", slug(f"{town.key}-police")
            rec = ctx.add_actor(key, name, "Group", t.idx, alias=t.text.lower())
            described = _described(ctx, t)
            if described:  # "riot police", "striking workers": the text's own name for the group
                rec.aliases.add(described)
            rec.aliases.add(canon)
            rec.weak = lemma in L.PLURAL_GROUPS and (rec.weak or rec.first == t.idx)
            ctx.tok_actor[t.i] = key
            ctx.mentions.append((t.i, t.i + 1, key))
        elif (lemma in L.INSTITUTION_NOUNS or lemma in _HOME_BODIES or lemma in _ACTING_BODIES) \
                and (t.pos_ == "NOUN" or t.is_lower) and not _stance_of(t):
            _institution(ctx, t, home)
    for i in range(len(ctx.doc)):  # "military sources said": the adjective names the body they speak for
        if lowers[i] != "military" or poses[i] != "ADJ":
            continue
        t = ctx.doc[i]
        if (t.dep_ == "amod" and not ctx.tok_actor[t.i]
                and not ctx.in_quote[t.i] and t.head.lemma_.lower() in L.SOURCE_NOUNS and t.head.tag_ == "NNS"):
            _institution(ctx, t, home)
    ctx.mentions.sort()
    _surname_owners(ctx)
    merge_supporters(ctx)


def _surname_owners(ctx: Context) -> None:
    """'Bolsonaro supporters storm ...' in a headline, 'supporters of former President Jair
    Bolsonaro' in the body: the one word a supporters group was named by before the person was
    (made an organisation of that name) is the person's surname, and the two groups are one."""
    for org in [r for r in ctx.actors.values() if r.type == "Organization" and " " not in r.name]:
        person = ctx.surnames.get(org.name)
        rec = ctx.actors.get(person) if person else None
        if rec is None or rec.type != "Person" or rec.name.split()[-1] != org.name:
            continue
        old, new = slug(f"{org.key}-supporters"), slug(f"{rec.key}-supporters")
        if old not in ctx.actors or new not in ctx.actors:
            continue
        repoint(ctx, old, new)
        repoint(ctx, org.key, rec.key)


def _group_lemma(ctx: Context, t: Token) -> str:
    """The lemma of ``t``, or, for a capitalised plural opening a sentence that the model took
    for a name ('Students, unions and farmers marched ...', after a dateline), the group noun
    it is ('student')."""
    lemma = t.lemma_.lower()
    if lemma in L.GROUP_NOUNS or t.pos_ != "PROPN" or not t.is_title or t.ent_type_ not in ("", "NORP"):
        return lemma
    first = t.is_sent_start or all(w.is_space or w.is_punct for w in ctx.doc[t.sent.start: t.i])
    low = t.lower_
    if first and low.endswith("s"):
        for cand in (low[:-1], low[:-2]):
            if cand in L.GROUP_NOUNS:
                return cand
    return lemma


#: Nouns for one member of a group ("an activist", "the student"): singular, one person, not
#: the group, unless that person speaks for it ("one protester said", "according to a student").
_MEMBER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "activist", "striker", "worker",
                           "farmer", "student", "teacher", "doctor", "miner", "pensioner", "detainee"})
#: People named by their stance towards a body ("government critics", "regime opponents"):
#: the body is what they are for or against, not who speaks.
_STANCE_NOUNS = frozenset({"critic", "opponent", "detractor", "foe", "supporter", "loyalist", "sympathiser",
                           "sympathizer"})


def _one_member(t: Token) -> bool:
    """'Police detained an activist', 'the student was shot': a singular member noun standing
    alone names one person, not the group -- except as the one who acts or speaks for it ('one
    protester said', '"...," confides a protester', 'according to a student') and as a
    modifier ('student protests')."""
    if t.tag_ != "NN" or t.lemma_.lower() not in _MEMBER_NOUNS or t.dep_ in ("nsubj", "compound", "amod", "nmod", "poss"):
        return False
    if t.dep_ == "dobj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children):
        return False  # '"...," confides a protester': the subject after its verb, read as an object
    return not (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according")


def _stance_of(t: Token) -> bool:
    """'government critics say': the institution noun only modifies people by their stance."""
    return t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in _STANCE_NOUNS and t.head.tag_ == "NNS"


def _described(ctx: Context, t: Token) -> str | None:
    """The group noun with the lower-case words that describe it just before it ('riot
    police', 'striking workers', 'university students'), when there are any."""
    start = t.i
    while start > 0:
        w = ctx.doc[start - 1]
        lower = w.is_lower or (w.is_sent_start and w.text[1:].islower())  # "Striking workers ..." opening a sentence
        if w.head.i != t.i or w.dep_ not in ("amod", "compound") or not lower or not w.is_alpha \
                or ctx.tok_actor[w.i] or w.lower_ in ctx.gaz.by_demonym:
            break
        start -= 1
    return ctx.doc[start: t.i + 1].text.lower() if start < t.i else None  # lower-cased whole


def _one_person(ctx: Context, t: Token) -> bool:
    """A singular member noun that describes one named person, not the group: 'history
    teacher Ana Ruiz', 'Ana Ruiz, a 29-year-old student', 'the activist, Ana Ruiz'."""
    if t.tag_ != "NN" or t.lower_ in ("police", "opposition", "union") or t.lemma_.lower() in ("police", "opposition", "union"):
        return False

    def person(x: Token) -> bool:
        k = ctx.tok_actor[x.i]
        return bool(k and ctx.actors[k].type == "Person")

    if t.dep_ == "appos" and person(t.head):
        return True
    if t.dep_ in ("compound", "nmod") and person(t.head):
        return True
    return any(c.dep_ == "appos" and person(c) for c in t.children)


def _forces(t: Token) -> str | None:
    """'security forces', 'armed forces', 'air force': the forces a noun names, if any."""
    if t.lemma_.lower() != "force" or t.pos_ != "NOUN":
        return None
    mods = {c.lower_ for c in t.children if c.dep_ in ("compound", "amod")}
    if "air" in mods:
        return "air force"
    if t.tag_ == "NNS" and mods & {"security", "armed"}:
        return "security forces" if "security" in mods else "armed forces"
    return None


def _own_country(ctx: Context, t: Token) -> Entry | None:
    """The country a group noun names as its own: 'Zambian police', "Kenya's police"."""
    for c in t.children:
        if c.dep_ not in ("amod", "compound", "poss", "nmod") or c.i > t.i:
            continue
        k = ctx.gaz.by_demonym.get(c.text.lower())
        if k is None and ctx.tok_actor[c.i] and ctx.actors[ctx.tok_actor[c.i]].type == "Country":  # type: ignore[index]
            k = ctx.tok_actor[c.i]
        if k is not None:
            return ctx.gaz.entries.get(k)
    return None


def _town_of(ctx: Context, t: Token) -> ActorRec | None:
    """The town whose police ``t`` is: 'Islamabad police', 'police in the capital Dhaka'."""
    cands = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
    for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of")):
        for p in prep.children:
            if p.dep_ == "pobj":
                cands += [p, *(a for a in p.children if a.dep_ == "appos")]
                cands += [x for x in p.subtree if x.dep_ in ("appos", "compound") and x.i > p.i]
    for c in cands:
        k = ctx.tok_actor[c.i]
        rec = ctx.actors.get(k) if k else None
        if rec is not None and rec.type == "Place" and not rec.venue:
            return rec
    return None


def _institution(ctx: Context, t: Token, home: Entry | None, *, phrase: str | None = None) -> None:
    """'the interior ministry', "China's foreign ministry", 'the Russian government'."""
    country: Entry | None = None
    mods: list[Token] = []
    # "Russia's foreign ministry spokeswoman": the parser may hang "Russia's" on the
    # last noun, so look at the words just left of the institution noun too
    left: list[Token] = []
    j = t.i - 1
    while j >= max(0, t.i - 4):
        w = ctx.doc[j]
        if w.pos_ in ("DET", "PUNCT", "VERB", "AUX", "ADP", "PRON") and w.tag_ != "POS":
            break
        left.append(w)
        j -= 1
    for c in sorted({*t.children, *left}, key=lambda x: x.i):
        if c.i > t.i or (c.dep_ not in ("amod", "compound", "poss", "nmod") and c not in left) or c.tag_ == "POS":
            continue
        k = ctx.gaz.by_demonym.get(c.text.lower())
        ck = ctx.tok_actor[c.i]
        if k:
            country = ctx.gaz.entries.get(k)
        elif ck and ctx.actors[ck].type == "Country":
            country = ctx.gaz.entries.get(ck)
            if country is None:
                return
        elif c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha and c.pos_ != "VERB":
            mods.append(c)
    implied = country is None
    named = _named_body(ctx, t) if implied and not mods and phrase is None else None
    if named is not None:  # "Belarus's Interior Ministry said ... The ministry said": that ministry
        ctx.tok_actor[t.i] = named
        ctx.mentions.append((t.i, t.i + 1, named))
        return
    if country is None:
        # "the ministry", "the government", "a government source": the home country's
        if t.lemma_.lower() not in ("ministry", *_HOME_BODIES, *_ACTING_BODIES) and phrase is None:
            return
        if t.lemma_.lower() in _ACTING_BODIES and (t.tag_ == "NNS" or not _acts_as_body(t) or any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)):  # "a court has dissolved"
            return
        if t.lemma_.lower() in _HOME_BODIES:
            if t.tag_ == "NNS":
                return  # "leftist governments": not one body
            mods = []  # "the old government" is the government
        country = home
    if country is None:  # "two defence ministry sources": a ministry of a country we do not know
        if not mods:
            return
        phrase = " ".join([*(m.text for m in sorted(mods, key=lambda m: m.i)), t.text.lower()])
        key = slug(phrase)
        rec = ctx.add_actor(key, phrase, "Organization", t.idx, alias=phrase)
        start = min([t.i, *(m.i for m in mods)])
        for i in range(start, t.i + 1):
            ctx.tok_actor[i] = key
        ctx.mentions.append((start, t.i + 1, key))
        return
    demonym = country.demonyms[0] if country.demonyms else country.name
    phrase = phrase or " ".join([*(m.text for m in sorted(mods, key=lambda m: m.i)), t.text.lower()])
    name = f"{demonym} {phrase}"
    entry = ctx.gaz.lookup(name)
    key = entry.key if entry else slug(f"{country.key}-{phrase}")
    start = min([t.i, *(m.i for m in mods)])
    printed = ctx.doc[min(c.i for c in t.lefts if c.dep_ != "det") if any(c.dep_ != "det" for c in t.lefts) else t.i: t.i + 1].text
    # no bare "foreign ministry" alias: it would make every country's ministry one
    known = key in ctx.actors
    rec = ctx.add_actor(key, name, "Organization", t.idx, entry=entry)
    if implied and t.lemma_.lower() in _HOME_BODIES:
        # named without its country, the body is an actor of the article only when it acts
        rec.weak = (rec.weak or not known) and not acts(ctx.doc[t.i: t.i + 1])
    elif not rec.weak or not implied:
        rec.weak = False
    if printed.lower() != phrase.lower():
        rec.aliases.add(printed)
    rec.aliases.update(f"{demonym} {other}" for other in _SAME_BODY.get(phrase.lower(), ()))
    for i in range(start, t.i + 1):
        ctx.tok_actor[i] = key
    ctx.mentions.append((start, t.i + 1, key))


#: Institution nouns that, as "the <noun>", stand for the one body of that kind the text named.
_NAMED_KINDS = frozenset({"ministry", "committee", "commission", "council", "court", "front", "assembly", "congress",
                          "agency", "office", "service", "presidency", "embassy"})


def _named_body(ctx: Context, t: Token) -> str | None:
    """The organisation 'the <noun>' stands for: the one organisation named before it whose
    name ends with that noun ('the Interior Ministry ... the ministry', 'the Constitutional
    Council ... the council'); None when there is none or more than one."""
    lemma = t.lemma_.lower()
    if lemma not in _NAMED_KINDS or t.tag_ != "NN" or not any(c.lower_ == "the" for c in t.children):
        return None
    found = {k for a, _b, k in ctx.mentions if a < t.i and not ctx.in_quote[a] and ctx.actors[k].type == "Organization"
             and ctx.actors[k].name.split()[-1].lower() == lemma and len(ctx.actors[k].name.split()) > 1}
    return found.pop() if len(found) == 1 else None


def _named_union(ctx: Context, t: Token) -> str | None:
    """The union 'the union' or "the teachers' union" stands for: the one organisation named
    before it whose name holds 'Union' (and the members' word, when one is given: 'Union of
    Teachers', 'Teachers Union'); None when there is none or more than one."""
    if t.tag_ != "NN" or not any(c.lower_ == "the" for c in t.subtree if c.i < t.i):
        return None
    members = {c.lemma_.lower() for c in t.children if c.dep_ in ("poss", "compound") and c.pos_ == "NOUN"}
    found = set()
    for a, _b, k in ctx.mentions:
        words = {w.lower().rstrip("s") for w in ctx.actors[k].name.split()}
        if a < t.i and not ctx.in_quote[a] and ctx.actors[k].type == "Organization" and "union" in words \
                and all(m.rstrip("s") in words for m in members):
            found.add(k)
    return found.pop() if len(found) == 1 else None


def _acts_as_body(t: Token) -> bool:
    """'the court suspended', 'the commission's ruling', 'according to the prosecution'."""
    return acts(t.doc[t.i: t.i + 1]) or (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according")



def _national_leaders(ctx: Context, t: Token) -> None:
    """'called on Lebanese leaders to ...': a country's leaders named by its demonym are a
    group of that country (the one addressed or speaking), not anyone named."""
    demonyms = [c for c in t.children if c.dep_ == "amod" and c.i < t.i and c.lower_ in ctx.gaz.by_demonym]
    if len(demonyms) != 1 or any(c.dep_ in ("compound", "poss") for c in t.children):
        return
    entry = ctx.gaz.entries.get(ctx.gaz.by_demonym[demonyms[0].lower_])
    if entry is None or entry.type != "Country":
        return
    demonym = entry.demonyms[0] if entry.demonyms else entry.name
    rec = ctx.add_actor(slug(f"{entry.key}-leaders"), f"{demonym} leaders", "Group", demonyms[0].idx, alias="leaders")
    rec.aliases.add(f"{demonyms[0].text} leaders")
    for i in (demonyms[0].i, t.i):
        ctx.tok_actor[i] = rec.key
    ctx.mentions.append((demonyms[0].i, t.i + 1, rec.key))
