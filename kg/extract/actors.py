"""Phase 1: the actors an article names (groups and institutions: groups.py; how an unknown name
is used: name_uses.py; people's roles: actor_roles.py).

Named entities are resolved through the gazetteer (every spelling of a known name has
one key); unknown names become people, organisations or places by how they are used;
group nouns ("protesters", "police") and institutions ("the interior ministry") become
actors of the article's home country. Fills ``ctx.actors``, ``ctx.tok_actor`` and
``ctx.mentions``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import lexicon as L
from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.groups import find_groups
from kg.extract.role_titles import OCCUPATIONS
from kg.extract.untagged import ORG_KIND_NOUNS
from kg.extract.entity_spans import merged_ents
from kg.extract.name_uses import country_owner, list_places, locative, metonym
from kg.extract.spans import VENUE_WORDS, is_venue_name
from kg.identity.names import fold, match_names
from kg.extract.tidy import introduces, merge_fragments, repoint, resolve_short_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["find_actors"]

_GENERIC_ORGS = frozenset({"Ministry", "Court", "Commission", "Parliament", "Government", "Army", "Embassy",
                           "Council", "Assembly", "Committee", "Office", "Presidency", "Service", "Agency"})
_ORG_STOP = frozenset({"State", "Department", "Ministry", "Office", "Interior", "Defence", "Defense",
                       "Foreign", "Justice", "Government", "Cabinet", "Presidency"})

#: Nouns of a body named after its leader ("the Trump administration", "the Navalny team").
_LEADERS_BODIES = frozenset({"administration", "organization", "organisation", "team", "campaign", "camp",
                             "foundation"})

_PERSON_TITLES = frozenset({"PM", "MP", "President", "Presidents", "Prime", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms",
                            "Ms.", "Dr", "Dr.", "General", "Gen.", "Senator", "Sen.", "Governor", "Mayor", "Chancellor",
                            "King", "Queen", "Prince", "Leaders", "Leader", "Premier", "Chief", "Executive",
                            "Vice", "Deputy", "Secretary", "Gen", "Lt", "Lt.", "Col", "Col.", "Maj", "Maj.", "Adm", "Adm.",
                            "Brig", "Brig.", "Capt", "Capt.", "Gov.", "Colonel", "Lieutenant", "Admiral", "Marshal",
                            # religious titles: "Monsignor X", "Cardinal X" name X ("Sheikh" begins names: Sheikh Hasina)
                            "Monsignor", "Msgr", "Msgr.", "Mgr", "Mgr.", "Bishop", "Archbishop", "Cardinal", "Reverend",
                            "Rev.", "Imam", "Rabbi", "Ayatollah"})
_NOT_ORGS = frozenset(L.MEETING_NOUNS | L.PROTEST_NOUNS)
#: Venue words of roads and squares, whose name word is never their owner, even one the model
#: reads as a person's ("the Ayalon freeway", "the Kenyatta avenue").
_ROAD_WORDS = frozenset({"freeway", "motorway", "expressway", "highway", "avenue", "street", "road", "boulevard",
                         "bridge", "square"})


def _occupation(tok: Token) -> bool:
    """'Journalist' of "Journalist Maria Ressa said": what the person is, capitalised, no given name."""
    return tok.is_title and tok.lower_ in OCCUPATIONS


def _nationality_title(ctx: Context, ent: Span) -> bool:
    """Whether ``ent`` is a nationality, a person's title and a name ("Kazakh President
    Tokayev", "Ugandan Prime Minister X"): capitalised words after the title, none a title."""
    if len(ent) < 3 or ent[0].lower_ not in ctx.gaz.by_demonym or ent[1].text not in _PERSON_TITLES:
        return False
    rest = [t for t in ent[1:] if t.text not in _PERSON_TITLES]
    return bool(rest) and rest[0].i > ent[1].i and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) and all(
        t.text in _PERSON_TITLES for t in ent[1: rest[0].i - ent.start])


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span as _Span

    return _Span(doc, start, end, label=label)


def find_actors(ctx: Context) -> None:
    doc, gaz = ctx.doc, ctx.gaz
    persons: list[tuple[Span, str]] = []
    for ent in merged_ents(ctx):
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
            continue
        if ent.label_ in ("PERSON", "ORG") and _nationality_title(ctx, ent):
            # "Kazakh President Tokayev" read as one name (an ORG): the person after the nationality and title
            ent = _span(doc, ent.start + 1, ent.end, "PERSON")
        while ent.label_ == "PERSON" and len(ent) > 1 and (ent[0].text in _PERSON_TITLES or _occupation(ent[0])):
            # "PM Karen Karapetyan", "Chief Executive Carrie Lam", "Journalist Maria Ressa"
            ent = _span(doc, ent.start + 1, ent.end, ent.label_)
        if ent.label_ in ("PERSON", "ORG") and len(ent) > 1 and (
                ent[0].lower_ in ORG_KIND_NOUNS and (ent[0].is_lower or ent[0].is_upper)
                or ent[0].lower_[:-1] in ORG_KIND_NOUNS and ent[0].lower_[-1] == "s" and not ent[0].is_title):
            # "the NGOs Temblores and Indepaz", "the NGO Temblores": a body after its kind
            # (not "Organization for Security and ...", whose kind word is its name's)
            ent = _span(doc, ent.start + 1, ent.end, "ORG")
        if ent.label_ == "PERSON" and _the_common_name(ctx, ent):
            # "at the Seminary in Managua": a building or a body, never a person's name
            ent = _span(doc, ent.start, ent.end, "FAC" if ent.root.head.lower_ in _AT_PREPS else "ORG")
        if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].text == "Pope" and len(ent) <= 2:
            ent = _span(doc, ent.start - 1, ent.end, ent.label_)  # "Pope Francis": a pope's name is his title's
        if ent.label_ == "ORG" and len(ent) == 1 and (ent.text.lower() in _NOT_ORGS or ent.text in _PERSON_TITLES):
            continue  # "Talks between Putin and Macron ended", "The Presidents of Russia and Ukraine"
        paren = next((t.i for t in ent if t.text == "("), None)
        if paren is not None and paren > ent.start:
            ent = _span(doc, ent.start, paren, ent.label_)  # "Union of Tea Growers (SNPT": the name before
        name = re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
        name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name).strip()
        if ent.label_ in ("GPE", "LOC") and re.search(r"\S \s*[Cc]ity$", name) and ent[-1].lower_ == "city":
            ent = _span(doc, ent.start, ent.end - 1, ent.label_)  # "Wuhan city"
            name = name[: -len("city")].strip()
        if not name or not re.search(r"[A-Za-z]", name) or "\n" in name or re.search(r"\d\s*(?:%|percent|per cent)", name):
            continue
        if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and ent[0].tag_ in ("NNS", "NNPS") \
                and ent[0].lemma_.lower() in L.GROUP_NOUNS:
            continue  # "Supporters of ... stormed": a group noun capitalised, left to find_groups
        if ent.label_ in ("PERSON", "ORG") and _foreign_sentence(ctx, ent.sent):
            continue  # "Contudo, depredações e invasões ...": a sentence in another language, no English name
        if len(ent) == 1 and ent.label_ in ("PERSON", "ORG") and ent[0].pos_ == "ADJ" and ent[0].dep_ == "amod" \
                and ent[0].head.pos_ == "NOUN":
            continue  # "the Leftist president": an adjective capitalised, no name
        body = not all(ctx.in_quote[t.i] for t in ent)
        entry = gaz.entries.get(ent.ent_id_) if ent.ent_id_ else gaz.lookup(name)
        if ent.label_ in ("PERSON", "ORG") and ent.root.dep_ == "compound" and ent.root.head.i == ent.end \
                and ent.root.head.lower_ in _LEADERS_BODIES and (entry is None or entry.type == "Person"):
            # "the Trump administration", "the Navalny organization": a body named after its leader
            org = f"{name.split()[-1]} {ent.root.head.lower_}"
            ctx.mark(doc[ent.start: ent.end + 1],
                     ctx.add_actor(slug(org), org, "Organization", ent.start_char, alias=org, body=body))
            continue
        if (ent.label_ == "ORG" and ent.root.dep_ == "compound" and ent.root.head.i == ent.end
                and ent.root.head.lower_ == "leaders" and (entry is None or entry.type == "Organization")):
            # "EU leaders called on Ukraine", "NATO leaders": the body's leaders, a group of their own
            rec = ctx.add_actor(slug(f"{name} leaders"), f"{name} leaders", "Group", ent.start_char, alias=f"{name} leaders",
                                body=body)
            if entry is not None:
                rec.aliases.add(f"{entry.name} leaders")
            ctx.mark(doc[ent.start: ent.end + 1], rec)
            continue
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and entry is None and name.endswith("s") \
                and name.lower()[:-1] in gaz.by_demonym:  # "Ordinary Bolivians are calling on ...": a people, no person
            ctx.mark(ent, ctx.add_actor(slug(name), name, "Group", ent.start_char, alias=name, body=body))
            ctx.vote_country(gaz.by_demonym[name.lower()[:-1]])
            continue
        if ent.label_ == "NORP" or (entry is None and name.lower() in gaz.by_demonym):
            key = gaz.by_demonym.get(name.lower()) or (gaz.by_demonym.get(name.lower()[:-1]) if name.endswith("s") else None)
            if key:  # "Venezuelan", "Venezuelans"
                ctx.vote_country(key)
            continue
        if entry is not None:
            if entry.type == "Place":
                if entry.capital and entry.country and metonym(ent.root):
                    cen = gaz.entries.get(entry.country)
                    if cen:
                        ctx.mark(ent, ctx.add_actor(cen.key, cen.name, "Country", ent.start_char, entry=cen, alias=name, body=body))
                        continue
                ctx.mark(ent, ctx.add_actor(entry.key, entry.name, "Place", ent.start_char, entry=entry, alias=name, body=body))
                if entry.country:
                    ctx.vote_country(entry.country)
                continue
            ctx.mark(ent, ctx.add_actor(entry.key, entry.name, entry.type, ent.start_char, entry=entry, alias=name, body=body))
            if entry.type == "Country":
                ctx.vote_country(entry.key)
            elif entry.country:
                ctx.vote_country(entry.country)
            continue
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if entry is None and ent.label_ in ("ORG", "GPE") and nxt is not None and (
                nxt.pos_ == "NOUN" and nxt.lemma_.lower() in L.MEETING_NOUNS | {"format"}):
            continue  # "the Normandy format", "a Normandy summit": the talks' name, no actor
        head = ent.root.head
        if (entry is None and ent.root.dep_ == "compound" and head.i == ent.end and head.lemma_.lower() in VENUE_WORDS
                and (ent.label_ in ("GPE", "FAC", "ORG", "LOC") or head.lemma_.lower() in _ROAD_WORDS)):
            # "the Filoli estate", "the Planalto palace", "the Ayalon freeway": a venue named by its owner word
            venue = ctx.doc[ent.start: head.i + 1]
            rec = ctx.add_actor(slug(venue.text), venue.text, "Place", ent.start_char, alias=venue.text, body=body)
            rec.venue = True
            ctx.mark(venue, rec)
            continue
        if (entry is None and ent.root.dep_ == "conj" and ent.root.head.dep_ == "compound"
                and ent.root.head.head.lemma_.lower() in VENUE_WORDS
                and (ent.label_ in ("GPE", "FAC", "ORG", "LOC") or ent.root.head.head.lemma_.lower() in _ROAD_WORDS)):
            # "the Ayalon and Begin freeways": one of the venues a venue word ends
            venue_name = f"{name} {ent.root.head.head.text}"
            rec = ctx.add_actor(slug(venue_name), venue_name, "Place", ent.start_char, alias=name, body=body)
            rec.venue = True
            ctx.mark(ent, rec)
            continue
        if entry is None and (is_venue_name(name) or is_venue_name(name.split(" of ")[0]) or any(
                c.dep_ == "appos" and c.lemma_.lower() in VENUE_WORDS for c in ent.root.children)):
            # "Kenyatta Avenue", "Villa La Grange", "Maidan, Kiev's main square"
            rec = ctx.add_actor(slug(name), name, "Place", ent.start_char, alias=name, body=body)
            rec.venue = True
            ctx.mark(ent, rec)
            continue
        if ent.label_ in ("ORG", "GPE", "PERSON", "FAC", "LOC") and locative(ctx, ent):
            rec = ctx.add_actor(slug(name), name, "Place", ent.start_char, alias=name, body=body)
            rec.venue = rec.venue or ent.label_ == "FAC"
            ctx.mark(ent, rec)
            continue
        if ent.label_ == "PERSON":
            if len(name) < 3 or name.lower() == name or len(name.split()) > 5 or re.search(r"\d", name):
                continue
            persons.append((ent, name))
        elif ent.label_ == "ORG":
            if len(name) < 2 or name.isdigit() or name in _ORG_STOP:
                continue
            prev = doc[ent.start - 1] if ent.start > 0 else None
            if prev is not None and prev.text.lower() in gaz.by_demonym and name.split()[-1] in _GENERIC_ORGS:
                ent = doc[ent.start - 1: ent.end]  # "Russian" + "Foreign Ministry"
                name = ent.text
            elif name.split()[-1] == "Ministry" and (owner := country_owner(ctx, ent)) is not None:
                name = f"{owner} {name}"  # "Spain's Interior Ministry": the Spanish Interior Ministry
            persons.append((ent, name))  # decided below: may be a misread surname
        elif ent.label_ == "GPE":
            persons.append((ent, name))  # decided below: a place, or a misread surname
    # persons: full names first, then short forms attach to them
    full: dict[str, str] = {}  # last token -> key
    for rec in ctx.actors.values():
        if rec.type == "Person":
            for n in [rec.name, *rec.aliases]:
                if len(n.split()) >= 2:
                    full.setdefault(n.split()[-1], rec.key)
                    full.setdefault(n.split()[0], rec.key)
    for ent, name in persons:
        if ent.label_ == "PERSON" and len(name.split()) >= 2:  # GPE/ORG misreadings come later
            key = slug(name)
            full.setdefault(name.split()[-1], key)
            full.setdefault(name.split()[0], key)
    ctx.surnames = full
    # "Yanukovych refused ...", "met with Yanukovych": a one-word name the model took for an
    # unknown place, that acts as only a person can, is a person wherever it is named
    people = {name for ent, name in persons if ent.label_ == "GPE" and len(ent) == 1 and _acts_as_person(ent)}
    for ent, name in sorted(persons, key=lambda p: p[0].start):
        body = not all(ctx.in_quote[t.i] for t in ent)
        parts = name.split()
        if ent.label_ == "PERSON":
            if len(parts) >= 2:
                key = slug(name)
                # "Vladimir Putin" may be listed only under an alias spelling
                rec = ctx.add_actor(key, name, "Person", ent.start_char, alias=name, body=body)
            elif parts[0] in full and not _someone_else(ctx, ent, full[parts[0]]):
                rec = ctx.actors.get(full[parts[0]]) or ctx.add_actor(full[parts[0]], parts[0], "Person", ent.start_char)
                rec.aliases.add(parts[0])
                rec.in_body = rec.in_body or body
            else:  # "Hezbollah and Amal overran": a one-word name joined only to bodies is one too
                kind = "Organization" if _among_bodies(ent) else "Person"
                rec = ctx.add_actor(slug(name), name, kind, ent.start_char, alias=name, body=body)
            ctx.mark(ent, rec)
        elif ent.label_ == "GPE":
            if name in people and not (parts[0] in full and full[parts[0]] in ctx.actors):
                ctx.mark(ent, ctx.add_actor(slug(name), name, "Person", ent.start_char, alias=name, body=body))
            elif len(parts) == 1 and parts[0] in full and _someone_else(ctx, ent, full[parts[0]]):
                # "Yulia, a 40-year-old protester": a person the model took for a place
                ctx.mark(ent, ctx.add_actor(slug(name), name, "Person", ent.start_char, alias=name, body=body))
            elif len(parts) == 1 and parts[0] in full and full[parts[0]] in ctx.actors:
                ctx.mark(ent, ctx.actors[full[parts[0]]])  # "met Navalnaya" read as a place
            else:
                ctx.mark(ent, ctx.add_actor(slug(name), name, "Place", ent.start_char, alias=name, body=body))
        else:  # ORG
            if len(parts) == 1 and parts[0] in full:
                named = ctx.actors.get(full[parts[0]])
                if named:
                    ctx.mark(ent, named)
                    continue
            if _conjoined_people(ctx, ent, full):
                continue
            ctx.mark(ent, ctx.add_actor(slug(name), name, "Organization", ent.start_char, alias=name, body=body))
    # people's names used alone must be the full name's person
    for rec in list(ctx.actors.values()):
        if rec.type == "Person" and rec.name in rec.aliases:
            rec.aliases.discard(rec.name)
    merge_fragments(ctx)
    _merge_spellings(ctx)
    resolve_short_names(ctx)
    list_places(ctx)
    find_groups(ctx)


#: Prepositions of the building something happens in ("at the Seminary").
_AT_PREPS = frozenset({"at", "in", "inside", "outside", "near"})


def _the_common_name(ctx: Context, ent: Span) -> bool:
    """Whether one-word person ``ent`` follows "the" ("at the Seminary", "the Assembly said"):
    a person's name takes no article, so the word names a building or a body (not a name the
    gazetteer knows, not the surname of a person the article names in full)."""
    if len(ent) != 1 or ent.start == 0 or ctx.doc[ent.start - 1].lower_ != "the" or not ent[0].is_title:
        return False
    if ctx.gaz.lookup(ent.text) is not None:
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ctx.doc.ents)


def _among_bodies(ent: Span) -> bool:
    """Whether one-word person ``ent`` is listed with organisations only ("Hezbollah and Amal",
    "Hamas, Fatah and Amal"): a body the model read as a person."""
    if len(ent) != 1:
        return False
    root = ent.root
    first = root.head if root.dep_ == "conj" else root
    items = [first, *first.conjuncts]
    others = [t for t in items if t.i != root.i]
    return bool(others) and all(t.ent_type_ == "ORG" for t in others)


def _conjoined_people(ctx: Context, ent: Span, full: dict[str, str]) -> bool:
    """'held talks with Parmelin and Cassis', read as one body: names joined by 'and' (or
    commas), each the surname of a person the article names in full, are those people."""
    cuts = [t.i for t in ent if t.lower_ == "and" or t.text == ","]
    if not cuts:
        return False
    pieces = [ctx.doc[a:b] for a, b in zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end], strict=True) if b > a]
    keys = [full.get(p.text) if len(p) == 1 else None for p in pieces]
    if len(pieces) < 2 or not all(k is not None and k in ctx.actors for k in keys):
        return False
    for p, k in zip(pieces, keys, strict=True):
        ctx.mark(p, ctx.actors[k])  # type: ignore[index]
    return True


def _merge_spellings(ctx: Context) -> None:
    """'Serzh Sargsyan' and 'Serzj Sargsyan', 'Vladimir Putin' and 'Vladimir Poutine', 'Nicolas
    Maduro' and 'Nicolas Maduro Moros' in one article: two spellings of one full name (issue 11's
    transliteration match, or one adding a second surname; not a surname alone) are one person,
    under the gazetteer's name when it knows one of them."""
    people = sorted((r for r in ctx.actors.values() if r.type == "Person" and len(r.name.split()) >= 2),
                    key=lambda r: (ctx.gaz.entries.get(r.key) is None, r.first))
    for i, keep in enumerate(people):
        for other in people[i + 1:]:
            if keep.key not in ctx.actors or other.key not in ctx.actors or ctx.gaz.entries.get(other.key) is not None:
                continue
            m = match_names(keep.name, other.name)  # weak here: one adds a second surname (Maduro Moros)
            if m is not None and m.score >= 0.9:
                repoint(ctx, other.key, keep.key)


#: Verbs whose subject only a person is (a place "said" is its government, but a town unknown to
#: the gazetteer is not a state's voice): "Yanukovych refused to pull back riot police".
_PERSON_VERBS = frozenset({"meet", "refuse", "resign", "insist", "vow", "sign", "tell", "promise", "reply", "flee"})


def _acts_as_person(ent: Span) -> bool:
    """Whether one-word entity ``ent`` (read as a place) acts as only a person does: the subject
    of meeting, refusing or telling, or the one met ("met with X", "talks with X")."""
    root, head = ent.root, ent.root.head
    if root.tag_ != "NNP":
        return False
    if root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in _PERSON_VERBS:
        return True
    return (root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in ("meet", "talk", "talks")
            or root.dep_ == "dobj" and head.lemma_.lower() == "meet")


def _someone_else(ctx: Context, ent: Span, key: str) -> bool:
    """'Yulia, a 40-year-old protester, said': a given name alone, introduced as someone new,
    is not the person of that given name named in full elsewhere (a surname would be)."""
    rec = ctx.actors.get(key)
    words = rec.name.split() if rec else key.split("-")
    return len(ent) == 1 and fold(ent.text) == fold(words[0]) and fold(ent.text) != fold(words[-1]) and introduces(ent)


def _foreign_sentence(ctx: Context, sent: Span) -> bool:
    """Whether ``sent`` is written in another language ("Contudo, depredações e invasões de
    prédios públicos ... fogem à regra."): a letter English does not write, and eight
    lower-case words or more of which hardly one is an English function word (a headline has
    few of those, but all in ASCII; a list of names has few lower-case words). Read once per sentence
    (``ctx.foreign``), not once per name in it."""
    if sent.start not in ctx.foreign:
        words = [] if sent.text.isascii() else [t for t in sent if t.is_alpha and t.is_lower]
        ctx.foreign[sent.start] = len(words) >= 8 and sum(1 for t in words if t.lower_ in _ENGLISH_FUNCTION) * 10 < len(words)
    return ctx.foreign[sent.start]


#: English function words, which any English sentence of some length holds a few of.
_ENGLISH_FUNCTION = frozenset({"the", "an", "of", "to", "in", "and", "or", "is", "are", "was", "were", "be", "been",
                               "has", "have", "had", "that", "this", "it", "he", "she", "they", "we", "you", "his",
                               "her", "their", "its", "with", "for", "at", "by", "from", "not", "but", "said",
                               "will", "would", "who", "which", "after", "into", "about", "than", "more"})
