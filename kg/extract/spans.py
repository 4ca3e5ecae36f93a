"""What a named entity of the model really covers, before it becomes an actor.

The small English model cuts names into pieces and takes words around them for names:
"Interior Minister Antoine Felix Abdoulaye Diome" comes as "Interior" (ORG), "Antoine
Felix" (PERSON) and "Diome" (ORG); "External Affairs Minister Sushma Swaraj" gives an
organisation "External Affairs"; "Kenyatta Avenue", "the Blaise Diagne avenue", "Villa
La Grange" are people or organisations to it. :func:`fix_entity` repairs such a span: a
person's name runs over the whole chain of proper nouns, a ministry named only as a
title's portfolio is no organisation, a street, square or building is a place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["VENUE_WORDS", "fix_entity", "is_venue_name", "sentences_back", "titled_names"]

#: Nouns of buildings, streets and open spaces: "the Filoli estate", "Kaplan Street".
VENUE_WORDS = frozenset({"estate", "palace", "residence", "hotel", "square", "stadium", "centre", "center", "hall",
                         "airport", "building", "house", "castle", "villa", "dacha", "park", "avenue", "street",
                         "road", "boulevard", "field", "cosmodrome", "museum", "hospital", "monument", "bridge",
                         "station", "mosque", "cathedral", "church", "temple", "highway", "roundabout", "plaza",
                         "freeway", "motorway", "expressway", "zone", "spaceport"})
# Venue words that also end the names of bodies ("the Carter Center", "the White House").
_ALSO_BODIES = frozenset({"centre", "center", "house", "hall", "residence", "estate", "building", "church"})
# Words that open the name of a building ("Villa La Grange", "Hotel Metropol").
_VENUE_FIRST = frozenset({"villa", "hotel", "palace", "castle", "fort", "camp"})
# Person titles that introduce a name: "Interior Minister X", "the Minister of Finance".
_TITLES = frozenset({"Minister", "Secretary", "President", "Spokesman", "Spokeswoman", "Spokesperson", "Chief",
                     "Director", "Commissioner", "Ambassador", "Governor", "Mayor", "Chancellor", "Premier"})
# Documents and days are not actors: "the Minsk Agreements", "International Workers' Day".
_NOT_ACTORS = frozenset({"agreement", "agreements", "accord", "accords", "treaty", "protocol", "day", "week",
                         "declaration", "charter", "constitution", "ordinance", "decree"})
# Days and months the model sometimes takes for names ("Colombo, Sri Lanka, Monday, July 18").
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "june", "july", "august", "september", "october", "november",
                       "december"})


def is_venue_name(name: str) -> bool:
    """Whether ``name`` is that of a street, square or building ("Kenyatta Avenue",
    "Villa La Grange", "Hubei Provincial Museum").

    >>> is_venue_name("Kenyatta Avenue"), is_venue_name("Villa La Grange"), is_venue_name("Ousmane Sonko")
    (True, True, False)
    """
    words = name.split()
    if len(words) < 2:
        return False
    return words[-1].lower() in VENUE_WORDS - _ALSO_BODIES or words[0].lower() in _VENUE_FIRST


def fix_entity(ent: Span) -> Span | None:
    """The span and label ``ent`` should have, or None when it names no actor."""
    from spacy.tokens import Span as _Span

    doc = ent.doc
    label = ent.label_
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if label in ("PRODUCT", "WORK_OF_ART", "EVENT") and nxt is not None and nxt.lower_ in _BODY_NOUNS | {"monitoring"}:
        return _Span(doc, ent.start, ent.end, label="ORG")  # "the OVD Info monitoring group"
    if label not in ("PERSON", "ORG", "GPE", "FAC", "LOC"):
        return ent
    if len(ent) == 1 and ent[0].lower_ in _CALENDAR and ent[0].text[:1].isupper():
        return None  # a day or a month, never an actor
    if ent[0].lower_ in _PRONOUNS or ent[0].lower_.split("'")[0].split("\u2019")[0] in _PRONOUNS:
        return None  # "....I've decided": a pronoun run into the text before it
    skip = 1 if ent[0].lower_ == "the" else 0
    if len(ent) > skip + 2 and ent[skip].lower_ == "pro" and ent[skip + 1].text == "-":
        ent = _Span(doc, ent.start + skip + 2, ent.end, label=label)  # "pro-Awami League supporters"

    prev = doc[ent.start - 1] if ent.start > 0 else None
    start, end = ent.start, ent.end
    if label in ("PERSON", "ORG") and (ent[0].text in _LEAD_TITLES or label == "PERSON" and ent[0].text in _OPENERS):
        # "PM Modi", "President Xi", "Monsignor Carlos Ruiz" taken whole: the person without the title
        while start < end and (doc[start].text in _LEAD_TITLES or doc[start].text in _OPENERS):
            start += 1
        if start == end:
            return None
        if _namelike(doc[start:end]):
            return _Span(doc, start, end, label="PERSON")
        start = ent.start
    if label == "ORG" and not _person_after_portfolio(ent):
        if ent[skip].text in _TITLES:
            return None  # "the Minister of Finance": a role, not an organisation
        if prev is not None and prev.text == "of" and ent.start >= 2 and doc[ent.start - 2].text in _TITLES:
            return None  # "Minister of the Farm of the time"
        if nxt is not None and nxt.text in _TITLES and (ent[-1].text in _PORTFOLIOS or ent[-1].text == "Affairs"):
            # "External Affairs Minister Sushma Swaraj": the title's portfolio
            return None
        if prev is not None and prev.like_num and len(ent) == 1:
            return None  # "0200 GMT"
    last = ent[-1].lower_.strip("'\u2019")
    if last in _NOT_ACTORS or (nxt is not None and nxt.lower_ in ("day",) and label == "ORG"):
        return None
    start, end = ent.start, ent.end
    if label == "PERSON":
        # "Ness" + "Ziona": a proper noun the model left out on the left
        while (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper()
               and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
               and not doc[start - 1].ent_type_ and doc[start - 1].text not in _ANY_TITLE):
            start -= 1
    # a person's name runs over the proper nouns it modifies ("Antoine Felix" + "Abdoulaye Diome")
    if label == "PERSON":
        while (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
               and doc[end].text not in _ANY_TITLE
               and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end
               and doc[end].ent_type_ in ("", "PERSON", "ORG") and end - start < 5):
            end += 1
    if label == "PERSON":
        # "Interior Antoine ...": the portfolio word the model took for a name
        while end - start > 2 and doc[start].text in _PORTFOLIOS:
            start += 1
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 2].text != "-":
            end -= 1  # "Diome al": a word of the cut-off sentence
    elif label == "ORG" and end - start >= 4 and ent[0].lower_ == "the" and ent[1].text in _PORTFOLIOS \
            and _namelike(doc[start + 2: end]):
        start, label = start + 2, "PERSON"  # "the Minister of the Interior Antoine Diome"
    elif label == "ORG" and end - start >= 3 and ent[0].text in _PORTFOLIOS and _namelike(doc[start + 1: end]):
        start, label = start + 1, "PERSON"
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    return _Span(doc, start, end, label=label)


def _person_after_portfolio(ent: Span) -> bool:
    """'the Interior Antoine Diome' (of "the Minister of the Interior Antoine Diome")."""
    skip = 2 if ent[0].lower_ == "the" else 1
    return len(ent) >= skip + 2 and ent[skip - 1].text in _PORTFOLIOS and _namelike(ent[skip:])


def _namelike(span: Span) -> bool:
    """Proper nouns in title case, none of them a word of an institution's name."""
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in _INSTITUTION_WORDS for t in span)


_INSTITUTION_WORDS = frozenset({"Ministry", "Department", "Office", "Council", "Committee", "Service", "Agency",
                                "Commission", "Court", "Bank", "Party", "Union", "Army", "Police", "Forces"})
# Titles that open a person's name in the model's spans ("PM Modi", "President Xi").
_LEAD_TITLES = frozenset({"PM", "President", "Prime", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
                          "General", "Gen.", "Senator", "Sen.", "Governor", "Mayor", "Chancellor", "King", "Queen",
                          "Prince", "Premier", "Vice", "Deputy"})
# Portfolio words of a minister's title ("Interior Minister", "Minister of the Interior").
_PORTFOLIOS = frozenset({"Interior", "Foreign", "Defence", "Defense", "Finance", "Justice", "Home", "Economy",
                         "Health", "Education", "Energy", "Agriculture", "Trade", "Labour", "Labor"})
# Any word of a title, never taken into a name on its left ("Judge Moraes", "Ambassador Luo").
_ANY_TITLE = _LEAD_TITLES | _TITLES | _PORTFOLIOS | frozenset({
    "Judge", "Justice", "Colonel", "Lieutenant", "Commander", "Captain", "Ambassador", "Representative", "Rep.",
    "Speaker", "Cardinal", "Pope", "Bishop", "Rabbi", "Imam", "Professor", "Prof.", "Envoy", "Chairman", "Leader"})
# Nouns after a name that make it a body: "the OVD Info monitoring group".
_BODY_NOUNS = frozenset({"group", "organisation", "organization", "agency", "party", "movement", "union", "network",
                         "watchdog", "monitor", "ngo", "coalition", "alliance", "association", "foundation"})
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


# Titles that open a person's name ("PM Prayut ...", "Monsignor Silvio Baez").
_OPENERS = (_LEAD_TITLES | _ANY_TITLE | frozenset({"Monsignor", "Father", "Archbishop", "Rev.", "Reverend"})) \
    - _PORTFOLIOS - frozenset({"Prime", "Vice", "Deputy", "Justice", "Leader", "Representative"})
_OPENER_FORMS = frozenset(w.lower() for w in _OPENERS)
# Last words of a body's or a territory's name, after which a title's name may begin:
# "the Governor of the Primorsky Territory Oleg Ivanov".
_NAME_ENDS = _INSTITUTION_WORDS | _PORTFOLIOS | frozenset({
    "Territory", "Region", "Province", "Oblast", "Krai", "Republic", "Federation", "Resources", "Affairs",
    "Development", "Security", "Relations", "Emergencies", "Defence", "Defense", "Staff", "Intelligence", "State"})


def _name_run(doc: Doc, i: int) -> int:
    """The end of the run of title-case proper nouns from token ``i`` (hyphenated pieces
    written without spaces, "Chan-O-Cha", are one name)."""
    j = i
    while j < len(doc):
        t = doc[j]
        if t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in _ANY_TITLE and t.is_alpha:
            j += 1
        elif (t.text == "-" and j > i and not t.whitespace_ and not doc[j - 1].whitespace_ and j + 1 < len(doc)
              and doc[j + 1].text[:1].isupper()):
            j += 1
        else:
            break
    while j > i and doc[j - 1].text == "-":
        j -= 1
    return j


def titled_names(doc: Doc, is_place: Callable[[str], bool], lowers: Sequence[str] | None = None) -> list[tuple[int, int]]:
    """People's names the model left untagged or ran into the body or territory of their title:
    a run of two to four proper nouns right after a title ("PM Prayut Chan-O-Cha",
    "Monsignor Silvio Baez"), or ending a title's "of" phrase after the name of a body or
    a place ("the President of Ukraine Mykola Ivanenko", "the head of the Ministry of
    Natural Resources Ivan Petrov"). Token spans (start, end). ``lowers`` (each token's lower-case
    form, the Context's list) spares a Token for every word that is neither a title nor "of"."""
    out: list[tuple[int, int]] = []
    for i in range(len(doc)):
        if lowers is not None and lowers[i] != "of" and lowers[i] not in _OPENER_FORMS:
            continue
        t = doc[i]
        if t.text in _OPENERS and t.i + 1 < len(doc) and not doc[t.i + 1].ent_type_:
            end = _name_run(doc, t.i + 1)
            words = [w for w in doc[t.i + 1: end] if w.text != "-"]
            if 2 <= len(words) <= 4 and all(not w.ent_type_ and w.text not in _INSTITUTION_WORDS for w in words):
                out.append((t.i + 1, end))
            continue
        # a title in capitals or not ("the prime minister of Armenia Nikol Pashinyan", "the acting PM of ...")
        if t.lower_ != "of" or t.i == 0 or not (doc[t.i - 1].text.capitalize() in _TITLES or doc[t.i - 1].text == "PM"
                                                or doc[t.i - 1].lower_ in ("head", "chief")):
            continue
        start = t.i + 2 if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "the" else t.i + 1
        # the whole chain of capitalised words of the "of" phrase ("Ministry of Natural Resources ...")
        end = start
        while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].lower_ == "of"):
            end += 1
        for cut in range(end - 2, start, -1):
            name = doc[cut:end]
            if len(name) > 3:
                break
            before = doc[start:cut]
            # "the Ministry of Transport Ivan Petrov": a portfolio of one or more words, then a
            # name of two (the commonest)
            portfolio = len(name) == 2 and any(w.lower_ == "of" for w in before) and before[0].text in _INSTITUTION_WORDS
            if (before[-1].text in _NAME_ENDS or is_place(before.text) or portfolio) and _namelike(name) \
                    and not is_place(name.text) and all(w.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE") for w in name):
                out.append((cut, end))
                break
    return out


def sentences_back(tok: Token, n: int) -> int:
    """Where the sentence ``n`` sentences before ``tok``'s starts (its own for 0; the document's
    start when there are fewer): the window a back-reference searches."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start
