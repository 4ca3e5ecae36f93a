"""Lists of towns and names a protest places: the items of a list, a town noun's named town
("the southern city of Tyre"), a misread name made a town, and a town's country from the world's
town list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.articles import slug
from kg.extract.context import Context
from kg.extract.towns import load_towns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["MONTHS", "TOWN_NOUNS", "PLURAL_TOWN_NOUNS", "CLAUSE_WORDS", "may_be_town", "address", "such_as",
           "named_town", "more_towns", "aside_list", "town_span", "list_items", "town_at", "town_country",
           "place_countries", "known_town", "surface_list", "names_after", "hyphened"]

MONTHS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "january", "february", "march", "april", "june", "july", "august", "september", "october",
                     "november", "december"})


def may_be_town(tok: Token) -> bool:
    """A capitalised name that may be a town the model did not read as one (not a month: "Oct. 3")."""
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.ent_type_ not in ("DATE", "TIME")
            and tok.lower_.rstrip(".") not in MONTHS)


def address(ctx: Context, item: Token, key: str) -> bool:
    """ "in Ndola, Zambia": a country named after a town and a comma is the town's address,
    not another place of the list."""
    if ctx.actors[key].type != "Country" or item.i < 2 or ctx.doc[item.i - 1].text != ",":
        return False
    before = ctx.tok_actor[item.i - 2]
    return before is not None and ctx.actors[before].type == "Place"


def such_as(prep: Token) -> bool:
    """ "cities such as Cusco", "towns like Cusco": examples of a town noun."""
    return prep.dep_ == "prep" and (
        (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        or (prep.lower_ == "like" and prep.head.lower_ in TOWN_NOUNS))


# plural ways named for the towns they lead to, after a list of those towns' names
_WAYS = frozenset({"highways", "motorways", "expressways", "junctions", "roads"})


def named_town(item: Token) -> list[Token]:
    """A list item as the town it names: "the southern city of Tyre" -> Tyre, "(in Rawalpindi
    and) the residence in Lahore" -> Lahore, "(in Lima and in) other cities such as Cusco and
    Puno" -> Cusco, Puno."""
    if item.pos_ == "NOUN" and item.lower_ in TOWN_NOUNS:
        return [x for c in item.children if c.dep_ == "prep" and (c.lower_ == "of" or such_as(c))
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                for x in ([p] if c.lower_ == "of" and item.lower_ not in PLURAL_TOWN_NOUNS else [p, *list_items(p)])] or [
            c for c in item.children if c.dep_ == "appos" and c.pos_ == "PROPN"] or (  # "the second city, Kitwe"
            [x for c in item.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"
             for x in [c, *list_items(c)] if x.pos_ == "PROPN" and x.ent_type_ != "NORP"]  # "in both Maysan and Dhi Qar provinces"
            if not any(c.lower_ in ("other", "many", "several", "some", "most", "all") for c in item.children) else [])
    if item.pos_ == "NOUN" and item.lower_ in _WAYS:  # "(the A, the B and) the C highways": the town C names
        return [c for c in item.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if item.lower_.rstrip(".") == "etc":  # "Kapan, Spitak etc.": the name the parser hung on "etc"
        return [c for c in item.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if item.pos_ == "NOUN" and item.text[:1].isupper() and item.i > 0 and hyphened(item.doc, item.i, len(item.doc)):
        return [item]  # "Tizi-Ouzou" with "Ouzou" read as a common noun
    if item.pos_ == "NOUN":
        return [p for c in item.children if c.dep_ == "prep" and c.lower_ == "in"
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    return [item]


def more_towns(root: Token) -> list[Token]:
    """Towns named beside a list's head: "the northern city of Haifa and Beer Sheva" (the
    list hangs on "city"), "in Cali ... as well as in Barranquilla" (a second "in" of the
    same verb), "Besides Islamabad, protests started in ...", "In addition to the capital,
    the demonstrations were felt in ..." (the towns added to)."""
    out: list[Token] = []
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        root = root.head  # "in the capital Lima, as well as in ..."
    if root.dep_ != "pobj":
        return out
    prep = root.head
    if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.lower_ in TOWN_NOUNS:
        out += [c for c in list_items(prep.head) if c.pos_ in ("PROPN", "NOUN")]  # "and the residence in Lahore"
    if any(x.dep_ == "cc" and x.lower_ in ("as", "and") for x in root.children):
        # "in the capital Algiers, as well as in Oran and Bejaia": the second "in" hung on the first town
        out += [x for q in root.children if q.dep_ == "prep" and q.lower_ in ("in", "at")
                for p in q.children if p.dep_ == "pobj" and p.pos_ == "PROPN" for x in [p, *list_items(p)]]
    verb = prep.head
    if prep.lower_ == "in" and verb.pos_ in ("VERB", "AUX"):
        for c in verb.children:
            if c.dep_ == "prep" and c.i != prep.i and (
                    (c.lower_ == "in" and any(x.lower_ == "as" and x.dep_ == "cc" for x in root.children))
                    or c.lower_ in ("besides", "beside")):
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "PROPN":
                        out += [p, *list_items(p)]
            if c.dep_ == "prep" and c.i > prep.i and c.lower_ in ("in", "at") and any(
                    x.dep_ == "cc" and x.lower_ == "as" for x in prep.children) or any(
                    x.dep_ == "cc" and x.lower_ in ("as", "and") and prep.i < x.i < c.i and c.dep_ == "prep"
                    and c.lower_ in ("in", "at") for x in verb.children):
                # "in Lima as well as in Cusco", the cc on the first "in" or on the verb
                out += [x for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" for x in [p, *list_items(p)]]
            if c.dep_ == "cc" and c.lower_ == "as" and c.i > prep.i:  # "in Lima, as well as in Arequipa and Cusco"
                out += [x for q in c.children if q.dep_ == "prep" and q.lower_ in ("in", "at")
                        for p in q.children if p.dep_ == "pobj" and p.pos_ == "PROPN" for x in [p, *list_items(p)]]
            if c.dep_ == "prep" and c.i != prep.i and c.lower_ == "in":  # "In addition to Bogotá, ..."
                out += [x for a in c.children if a.dep_ == "pobj" and a.lower_ == "addition"
                        for t in a.children if t.dep_ == "prep" and t.lower_ == "to"
                        for p in t.children if p.dep_ == "pobj" for x in [p, *list_items(p)]]
    return out


TOWN_NOUNS = frozenset({"city", "town", "cities", "towns", "village", "villages", "province", "provinces",
                         "region", "regions", "state", "states", "capital", "port", "department", "departments",
                         "district", "districts", "municipality", "municipalities", "county", "counties",
                         "governorate", "governorates", "prefecture", "prefectures"})


PLURAL_TOWN_NOUNS = frozenset({"cities", "towns", "villages", "provinces", "regions", "states", "departments",
                                "districts", "municipalities", "counties", "governorates", "prefectures"})


CLAUSE_WORDS = frozenset({"whose", "which", "where", "who", "whom", "that", "while", "when"})


def aside_list(ctx: Context, root: Token) -> list[Span]:
    """The names that go on a list of "the departments of A" past asides the parser takes
    for other phrases: "in the departments of Cundinamarca, in the center of the country,
    Antioquia (northwest) and in Valle del Cauca" -> Antioquia, Valle del Cauca. Read on
    the surface up to the next verb or relative word; words in brackets are skipped."""
    if not (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLURAL_TOWN_NOUNS):
        return []
    doc, out, depth, start = ctx.doc, [], 0, None
    end = root.sent.end
    for j in range(root.i + 1, end + 1):
        t = doc[j] if j < end else None
        joiner = t is not None and start is not None and t.lower_ in ("del", "de", "la", "el") and j + 1 < end \
            and doc[j + 1].pos_ == "PROPN"
        if t is not None and depth == 0 and t.pos_ == "PROPN" or joiner:
            start = j if start is None else start
            continue
        if start is not None:
            span = doc[start:j]
            prev = doc[start - 1]
            known = ctx.gaz.lookup(span.text)
            subject = t is not None and t.pos_ in ("VERB", "AUX")  # "..., Hichilema said"
            address = prev.lower_ == "in" and doc[start - 2].lower_ not in (",", "and")  # "Mahabad in Kurdistan province"
            if prev.lower_ in (",", "and", "in") and not subject and not address and (
                    known is None or known.type in ("Place", "Country")):
                out.append(span)
            start = None
        if t is None or t.sent.start != root.sent.start:
            break
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (t.pos_ in ("VERB", "AUX") or t.lower_ in CLAUSE_WORDS or t.text in (";", ":")):
            break
    return out


def town_span(ctx: Context, span: Span) -> str | None:
    """The place a name of a list names (known to the gazetteer, or a new place)."""
    entry = ctx.gaz.lookup(span.text)
    if entry is not None:
        if entry.type not in ("Place", "Country"):
            return None
        rec = ctx.add_actor(entry.key, entry.name, entry.type, span.start_char, entry=entry, alias=span.text, body=False)
    else:
        key = slug(span.text)
        rec = ctx.actors.get(key) or ctx.add_actor(key, span.text, "Place", span.start_char, alias=span.text, body=False)
        sent = span.sent
        if rec.type in ("Organization", "Person") and all(sent.start <= a < sent.end for a, b, k in ctx.mentions if k == key):
            rec.type = "Place"  # an unknown name read as a body, named only in this list
        if rec.type != "Place":
            return None
    ctx.mark(span, rec)
    return rec.key


def list_items(root: Token) -> list[Token]:
    """The items coordinated with ``root`` (through conj and appos links)."""
    out: list[Token] = []
    todo = [root]
    while todo:
        cur = todo.pop()
        for c in cur.children:
            if c.dep_ in ("conj", "appos") and c not in out and c.i != root.i:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def town_at(ctx: Context, tok: Token) -> str | None:
    """The place named by a list item the model misread ("Hod Hasharon" as a person)."""
    first = min([tok.i, *[c.i for c in tok.children if c.dep_ == "compound" and c.i < tok.i]])
    span = ctx.doc[first: tok.i + 1]
    name = span.text
    entry = ctx.gaz.lookup(name)
    if entry is not None and entry.type in ("Place", "Country"):
        rec = ctx.add_actor(entry.key, entry.name, entry.type, span.start_char, entry=entry, alias=name, body=False)
    else:
        key = slug(name)
        rec = ctx.actors.get(key) or ctx.add_actor(key, name, "Place", span.start_char, alias=name, body=False)
        if rec.type in ("Person", "Organization") and entry is None and (known_town(ctx, key) or all(
                ctx.doc[a:b].root.dep_ in ("conj", "appos", "pobj") for a, b, k in ctx.mentions if k == key)):
            # read as a name, used only as a town of the list (or a known town); not a body or a
            # person the gazetteer knows ('the rights group Viasna said', whose statement it spoke)
            rec.type = "Place"
    ctx.mark(span, rec)
    return rec.key


def town_country(ctx: Context, name: str) -> str | None:
    """The country (gazetteer key) of the town called ``name`` in the world's town list, when
    one such town lies in a country the article is about: its home country first, then any
    country it names. None for names of no town, or of towns only elsewhere ("Mesa", Arizona,
    in a report on Colombia)."""
    towns = load_towns().lookup(name)
    if not towns:
        return None
    plausible = [ctx.home_country] if ctx.home_country else []
    plausible += [k for k, _ in sorted(ctx.votes.items(), key=lambda kv: -kv[1]) if k != ctx.home_country]
    keys = []
    for town in towns:
        cname = load_towns().country_name(town)
        entry = ctx.gaz.lookup(cname) if cname else None
        keys.append(entry.key if entry is not None and entry.type == "Country" else None)
    for want in plausible:
        if want in keys:
            return want
    return None


def place_countries(ctx: Context) -> None:
    """Towns the gazetteer does not know get their country from the world's town list
    (:func:`town_country`): "Amara" lies in Iraq, so Iraq's national day contains it."""
    for rec in ctx.actors.values():
        if rec.type == "Place" and rec.country is None and not rec.venue:
            rec.country = town_country(ctx, rec.name)


def known_town(ctx: Context, key: str) -> bool:
    """Whether actor ``key``, read as a person or organisation, is the name of a town of the
    article's countries and not a surname of someone named in full."""
    rec = ctx.actors[key]
    return rec.name not in ctx.surnames and town_country(ctx, rec.name) is not None


_JOINERS = frozenset({"de", "del", "la", "el", "i", "y", "do", "da", "dos", "das"})


def surface_list(ctx: Context, last: Token, first: Span | None = None) -> list[Span]:
    """The names that follow a town on the surface as a closed list the parser broke
    ("including in Belgrade, Novi Sad and Nis" with "Novi Sad" hung on the subject): ", B",
    ", C and D" up to the end of the list. Read only when the list closes with "and" and ends
    the phrase (a full stop, a comma, a date, a preposition), and only names the article's
    gazetteer or the world's town list know as towns of its countries (two in three of them,
    counting ``first``, the list's head, and no name the gazetteer knows as anything else)."""
    doc, sent = ctx.doc, last.sent
    out: list[Span] = []
    j, closed = last.i + 1, False
    while j < sent.end and not closed:
        if doc[j].text == "," and j + 1 < sent.end and doc[j + 1].lower_ == "and":
            j, closed = j + 2, True
        elif doc[j].lower_ == "and":
            j, closed = j + 1, True
        elif doc[j].text == ",":
            j += 1
        else:
            break
        start = j
        while j < sent.end and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
                                or (j > start and doc[j].lower_ in _JOINERS and j + 1 < sent.end and doc[j + 1].pos_ == "PROPN")
                                or (j > start and hyphened(doc, j, sent.end))):
            j += 1
        if j == start or doc[j - 1].ent_type_ in ("DATE", "TIME") or ctx.in_quote[start]:
            return []
        out.append(doc[start:j])
        if j < sent.end and doc[j].lower_.rstrip(".") == "etc":  # "Kapan, Spitak etc."
            j, closed = j + 1, True
    ends = j >= sent.end or doc[j].is_punct or doc[j].pos_ == "ADP" or doc[j].ent_type_ in ("DATE", "TIME")
    items = [*([first] if first is not None else []), *out]
    known = sum(_listed_town(ctx, span) for span in items)
    if not (closed and ends and out and known >= max(2, -(-2 * len(items) // 3)) and not any(
            (e := ctx.gaz.lookup(span.text)) is not None and e.type not in ("Place", "Country") for span in items)):
        return []
    return out


def hyphened(doc: Doc, j: int, end: int) -> bool:
    """Whether token ``j`` is part of a hyphenated name the tokenizer split ("Aix-en-Provence",
    "Tizi-Ouzou", "Ust-Kamenogorsk"): a hyphen touching the words either side, or a word right
    after such a hyphen."""
    if doc[j].text in ("-", "\u2010", "\u2011"):
        return (j + 1 < end and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and doc[j + 1].is_alpha
                and doc[j - 1].is_alpha)
    return doc[j].is_alpha and doc[j - 1].text in ("-", "\u2010", "\u2011") and not doc[j - 1].whitespace_ \
        and j >= 2 and not doc[j - 2].whitespace_


def names_after(ctx: Context, word: Token) -> list[Span]:
    """The closed list of known towns printed after ``word`` ("cities of Armenia including:
    Armavir, Ashtarak, Kapan etc."), read on the surface when the parser broke it."""
    doc, sent = ctx.doc, word.sent
    j = word.i + 1 + (word.i + 1 < sent.end and doc[word.i + 1].text == ":")
    start = j
    while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    if j == start or ctx.in_quote[start]:
        return []
    rest = surface_list(ctx, doc[j - 1], doc[start:j])
    return [doc[start:j], *rest] if rest else []


def _listed_town(ctx: Context, span: Span) -> bool:
    """Whether a name read off a list is a town or country the article's world knows."""
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("'s", "\u2019s"):
        return False
    entry = ctx.gaz.lookup(span.text)
    if entry is not None:
        return entry.type in ("Place", "Country")
    return town_country(ctx, span.text) is not None
