"""Protest cues that hold only in a report of protests: a crowd's act ("many gathered outside
the county offices", "a crowd set fire to a police post"), roads blocked with no one named
("main roads in the towns of A and B were blocked by burning tyres"), "similar scenes" in a town."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.protest_background import MODALS as _MODALS
from kg.extract.protest_objects import compound_name
from kg.extract.town_lists import may_be_town, town_at, town_country

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["story_cue", "story_cues", "the_crowd", "town_led_place"]

# who acts in the street in a report of protests, named without saying they protest
_CROWDS = frozenset({"crowd", "crowds", "mob", "mobs", "many", "youths", "residents", "others", "locals"})
# what a crowd does in the street
_STREET_ACTS = frozenset({"gather", "block", "barricade", "burn", "torch", "set", "loot", "march", "chant", "throw",
                          "hurl", "pelt", "storm", "occupy", "attack", "ransack", "light", "erect", "turn", "assemble",
                          "converge", "rally", "stone", "vandalise", "vandalize", "smash", "sit", "dance", "wave",
                          "damage"})
# the people of a report's protests named again with "the": "the supporters", "the workers"
_MEMBERS = frozenset({"supporter", "worker", "student", "youth", "activist", "member"})
_ROADS = frozenset({"road", "roads", "highway", "highways", "street", "streets", "junction", "junctions", "bridge",
                    "bridges", "motorway", "motorways", "route", "routes", "thoroughfare", "thoroughfares",
                    "avenue", "avenues", "artery", "arteries", "intersection", "intersections"})
_CLEARERS = frozenset({"police", "army", "troops", "soldiers", "forces", "authorities", "officers", "security",
                       "order", "decision", "government"})
_SCENE_VERBS = frozenset({"witness", "report", "see", "observe", "play", "unfold", "be"})


def story_cues(ctx: Context, sent: Span, found: list[Token]) -> list[Token]:
    """The tokens of ``sent`` not in ``found`` that :func:`story_cue` takes, asked only of its verbs
    and of the nouns it has rules for."""
    poses, lemmas, doc = ctx.poses, ctx.lemmas, ctx.doc
    return [doc[i] for i in range(sent.start, sent.end)
            if (poses[i] == "VERB" or poses[i] == "NOUN" and lemmas[i] in ("crowd", "crowds", "scene", "gathering"))
            and doc[i] not in found and story_cue(ctx, doc[i])]


def story_cue(ctx: Context, t: Token) -> bool:
    """Whether ``t`` reports a gathering in a report already about protests (the caller checks
    that the report has a protest cue)."""
    if ctx.in_quote[t.i] or t.ent_type_ in ("DATE", "TIME"):
        return False
    lemma = t.lemma_.lower()
    # "Eldoret: Youths gathered ...": a line's label the parser took for the verb's head
    labelled = t.dep_ == "acl" and t.head.pos_ == "PROPN" and t.head.i + 1 < t.i and t.doc[t.head.i + 1].text == ":"
    if t.pos_ == "VERB" and (t.dep_ not in ("relcl", "acl", "xcomp", "amod") or labelled) and not any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
        # ("Eldoret: Youths gathered ...": the label read as a second subject before the crowd)
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ in _CROWDS), None) or next(
            (c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None and t.dep_ == "conj" and t.head.pos_ == "VERB":  # "damaged property and set cars on fire"
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and (subj.lower_ in _CROWDS or the_crowd(subj)) and lemma in _STREET_ACTS and (
                lemma != "turn" or any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)) and (
                lemma != "set" or _set_fire(t)):
            # "many gathered outside the county offices", "a crowd set fire to a police post", "the
            # workers set police vehicles on fire in A and B" (the party's supporters told before)
            return True
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and lemma in ("block", "barricade", "cut") and t.tag_ == "VBN" and (
                passive.lower_ in _ROADS or passive.lemma_.lower() in _ROADS) and not any(
                p.lower_ in _CLEARERS or p.lemma_.lower() in _CLEARERS
                for c in t.children if c.dep_ == "agent" for p in c.subtree):
            return True  # "main roads in the towns of A and B were blocked by burning tyres"
    if t.pos_ == "NOUN" and lemma in ("crowd", "crowds") and t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") for c in t.head.children) and not any(
            c.dep_ == "aux" and c.lower_ in _MODALS for c in t.head.children):
        return True  # "the largest crowds were in Tehran, Isfahan and Tabriz"
    if t.pos_ == "NOUN" and lemma in ("crowd", "crowds") and t.dep_ == "dobj" and t.head.lemma_.lower() in (
            "see", "witness", "draw") and any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in t.head.children):
        return True  # "Kisumu saw the largest crowds"
    if t.pos_ == "VERB" and _town_led(ctx, t):
        return True  # "In Cusco, demonstrators burned tyres", "while in Concepcion demonstrators set up barricades"
    if t.pos_ == "NOUN" and lemma == "gathering" and _crowd_gathering(t):
        return True  # "huge gatherings were also seen in A, B and C", "a gathering outside parliament was dispersed"
    if t.pos_ == "NOUN" and lemma == "scene" and t.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.lower_ in ("similar", "such") for c in t.children) and (
            t.head.lemma_.lower() in _SCENE_VERBS or (t.dep_ == "ROOT" and any(
                c.dep_ == "acl" and c.lemma_.lower() in _SCENE_VERBS for c in t.children))):
        return True  # "similar scenes were witnessed in Nakuru and Eldoret", "Similar scenes played out in ..."
    return False


# what the police do to a town's crowd, told with the town first ("in Minsk, police detained 200")
_POLICE_ACTS = frozenset({"fire", "detain", "arrest", "disperse", "use", "beat", "shoot", "charge", "tear-gas", "teargas",
                          "clash", "lob", "spray"})
_POLICE = frozenset({"police", "policeman", "officer", "officers", "troops", "soldier", "soldiers", "force", "forces",
                     "army", "gendarme", "gendarmes", "security"})
_STREET_PEOPLE = frozenset({"protester", "protestor", "demonstrator", "marcher", "student", "youth", "resident",
                            "crowd", "supporter", "activist", "worker", "farmer", "driver", "people", "thousand",
                            "hundred", "dozen", "group", "villager", "woman", "man"})


def _town_led(ctx: Context, t: Token) -> bool:
    """In a report of protests, a clause led by its town ("In Cusco, demonstrators burned tyres", "while in
    Concepcion demonstrators set up barricades", "in Minsk, police detained 200", "In Almaty, police used
    stun grenades"): a crowd's street act or the police's act on a crowd is that town's share of the
    protests. The town comes before the subject, and the verb is no relative or infinitive clause."""
    return town_led_place(ctx, t) is not None


def town_led_place(ctx: Context, t: Token) -> str | None:
    """The town that leads the clause of verb ``t`` (see :func:`_town_led`), or None. The parser may read
    "in Concepcion demonstrators set up barricades" with the town as a compound of the people after it."""
    if t.dep_ in ("relcl", "acl", "xcomp", "amod", "pcomp") or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children):
        return None
    ins = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "in"]
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None) or next(
        (p for c in ins for p in c.children if p.dep_ == "pobj" and p.tag_ == "NNS"), None)  # "in Eldoret youths lit ..."
    if subj is None or ctx.in_quote[subj.i]:
        return None
    lemma, who = t.lemma_.lower(), subj.lemma_.lower()
    street = lemma in _STREET_ACTS and (who in _STREET_PEOPLE or subj.lower_ in _CROWDS or the_crowd(subj))
    police = lemma in _POLICE_ACTS and (who in _POLICE or any(c.lemma_.lower() in _POLICE for c in subj.children
                                                              if c.dep_ == "compound")) and all(
        _on_a_crowd(o) for o in t.children if o.dep_ == "dobj")  # not "police arrested a man suspected of murder"
    if not (street or police):
        return None
    towns = [p for c in ins if c.i < subj.i for p in c.children if p.dep_ == "pobj" and p.i != subj.i]
    towns += [c for c in subj.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.left_edge.i > 0
              and ctx.doc[c.left_edge.i - 1].lower_ == "in"]  # "in Concepcion demonstrators": the town as a compound
    for p in towns:
        k = ctx.tok_actor[p.i]
        if (k is None or ctx.actors[k].type in ("Person", "Organization")) and may_be_town(p) and not ctx.in_quote[p.i] \
                and town_country(ctx, compound_name(p)) is not None:
            k = town_at(ctx, p)  # a town the model read as a people or a product ("in Encarnacion protesters")
        if k is not None and ctx.actors[k].type == "Place" and not ctx.actors[k].venue:
            return k
    return None


# what police fire or use on a crowd
_WEAPONS = frozenset({"gas", "teargas", "bullet", "grenade", "cannon", "baton", "shot", "round", "canister", "pellet",
                      "force", "spray", "water"})


def _on_a_crowd(obj: Token) -> bool:
    """The object of a police act on a crowd: a weapon ("fired rubber bullets"), a number or a plural of
    people ("detained 200", "arrested 30 people", "dispersed the protesters"), not one person."""
    return obj.lemma_.lower() in _WEAPONS or obj.like_num or obj.pos_ == "NUM" or (
        obj.tag_ == "NNS" and obj.lemma_.lower() in _STREET_PEOPLE)


# who a gathering in a report of protests may be "of" ("a gathering of thousands"), not "of world leaders"
_GATHERED = frozenset({"people", "thousand", "thousands", "hundred", "hundreds", "protester", "protesters", "demonstrator",
                       "demonstrators", "supporter", "supporters", "student", "students", "resident", "residents",
                       "citizen", "citizens", "activist", "activists", "youth", "youths", "worker", "workers"})


def _crowd_gathering(t: Token) -> bool:
    """ "Gatherings were also seen in cities such as A and B", "a gathering of thousands outside parliament":
    in a report of protests, people gathered in the street (not "a gathering of military officers", an
    "intelligence gathering", a "family gathering", nor a gathering still to come)."""
    if t.dep_ == "compound" or any(c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.lower_ in _NOT_STREET)
                                   for c in t.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and not any(p.lemma_.lower() in _GATHERED or p.lower_ in _GATHERED
                                                              for p in c.children) for c in t.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.head.children)


# what a gathering is called that is no street gathering ("a private gathering", "a family gathering")
_NOT_STREET = frozenset({"private", "social", "religious", "diplomatic", "official", "annual", "informal", "closed-door",
                         "family", "international", "political", "high-level"})


def the_crowd(subj: Token) -> bool:
    """ "The workers", "the supporters": a plural of the people a report of protests is about, told
    again with "the" (not "the police")."""
    return subj.tag_ == "NNS" and subj.lemma_.lower() in _MEMBERS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _set_fire(t: Token) -> bool:
    """ "set fire to a police post", "set police vehicles on fire", "set cars ablaze"."""
    return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children) or any(
        (c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "fire" for p in c.children))
        or (c.lower_ == "ablaze" and c.dep_ in ("advmod", "oprd", "acomp", "xcomp")) for c in t.children)
