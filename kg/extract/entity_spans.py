"""The model's named entities put right before ``find_actors`` reads them (split from
``actors``, file size): names run on past a hyphen ("OVD-Info"), a body joined with the
country that ends its name ("Amnesty International Kenya"), people the model cut or missed
(titled names, names in a list of people), a town's body without its town ("Bangkok's
Thammasat University")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import Context
from kg.extract.gazetteer import Entry
from kg.extract.spans import fix_entity, titled_names
from kg.extract.untagged import ORG_KIND_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["ORG_HEADS", "merged_ents"]

_NO_ENTRY = Entry("", "", "")
ORG_HEADS = frozenset({"Society", "Association", "International", "Council", "Commission", "Union", "Party",
                       "Front", "Committee", "Federation", "Institute", "Centre", "Center", "Foundation",
                       "League", "Movement", "Network", "Watch", "Agency", "Bank", "Court", "Service",
                       "Assembly", "Congress", "Chamber", "Confederation", "Authority", "Office", "Platform",
                       "Group", "Mission", "Coalition", "Alliance", "Forum", "Fund"})


# the second syllable of a hyphenated Korean given name, in lower case ("Jae-in", "Suk-yeol",
# "Ki-moon", "Duck-soo", "Jae-myung"): an initial, a vowel and a final of the romanisations in use
_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|sh)?(?:[aeiou]|ae|eo|eu|oe|ui|wa|wo|we|wi|ya|yo|yu|ye|yeo|ee|oo)"
                       r"(?:ng|n|m|k|l|p|t|r)?")
# English words of that shape a name is hyphenated with ("Putin-run", "Kremlin-led")
_NOT_SYLLABLE = frozenset({"run", "led", "bet", "pal", "man", "men", "yet", "set", "tie", "war", "era", "due",
                           "ban", "cut", "hit", "pet", "pro", "sit", "sun", "use", "win", "won", "wet", "put"})


def _given_syllable(tok: Token) -> bool:
    """Whether ``tok`` (after a hyphen in a person's name) is the lower-case second syllable of
    a Korean given name rather than an English word hyphenated to the name ("Putin-backed")."""
    t = tok.text
    return (tok.is_lower and tok.is_alpha and len(t) <= 5 and t not in _NOT_SYLLABLE
            and _SYLLABLE.fullmatch(t) is not None)


def merged_ents(ctx: Context) -> list[Span]:
    """The model's entities, with 'Amnesty International' + 'Kenya' and 'Law Society'
    + 'of' + 'Kenya' joined into one organisation."""
    from spacy.tokens import Span as _Span

    ents = []
    for e in ctx.doc.ents:
        end = e.end
        while (end + 1 < len(ctx.doc) and ctx.doc[end].text == "-" and not ctx.doc[end - 1].whitespace_
               and not ctx.doc[end].whitespace_ and not ctx.doc[end + 1].ent_type_
               and (ctx.doc[end + 1].text[:1].isupper() or (e.label_ == "PERSON" and _given_syllable(ctx.doc[end + 1])))):
            end += 2  # "OVD-Info", "Moon Jae-in": the model stopped at the hyphen
        ents.append(e if end == e.end else _Span(ctx.doc, e.start, end, label=e.label_))
    # "the website OVD-Info", "the NGO Temblores": a name the model took for a product or a work,
    # after a word of a kind of body, is the body's
    ents = [_Span(ctx.doc, e.start, e.end, label="ORG") if e.label_ in ("PRODUCT", "WORK_OF_ART") and e.start > 0
            and ctx.doc[e.start - 1].lower_ in ORG_KIND_NOUNS else e for e in ents]
    ents = [x for e in ents for x in _kind_listed(ctx, e)]
    # "President Joko Widodo said": a name the model took for a body, right after a person's title
    ents = [_Span(ctx.doc, e.start, e.end, label="PERSON") if _titled_body(ctx, e) else e for e in ents]
    ents = _after_role_nouns(ctx, ents)
    ents = sorted([*ents, *_dropped_names(ctx, ents)], key=lambda e: e.start)
    fixed: list[Span] = []
    for e in ents:
        f = fix_entity(e)
        if f is not None and not (fixed and f.start < fixed[-1].end):
            fixed.append(f)
    ents = _with_listed_people(ctx, _with_titled_names(ctx, [x for e in fixed for x in _without_place_owner(ctx, e)]))
    out: list[Span] = []
    i = 0
    while i < len(ents):
        e = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (nxt is not None and e.label_ == "ORG" and nxt.label_ == "ORG" and nxt.start == e.end + 1
                and ctx.doc[e.end].lower_ == "and" and e[-1].tag_ == "NNPS" and e[-1].text not in ORG_HEADS
                and nxt[-1].text in ORG_HEADS and ctx.gaz.lookup(e.text) is None):
            # "the Garment Manufacturers and Exporters Association": one body of two kinds of members
            out.append(_Span(ctx.doc, e.start, nxt.end, label="ORG"))
            i += 2
            continue
        if (nxt is not None and e.label_ in ("ORG", "FAC") and nxt.label_ == "GPE" and (e[-1].text in ORG_HEADS or _of_members(e))
                and (nxt.start == e.end or (nxt.start == e.end + 1 and ctx.doc[e.end].lower_ in ("of", "in", "for")))):
            out.append(_Span(ctx.doc, e.start, nxt.end, label="ORG"))
            i += 2
            continue
        out.append(e)
        i += 1
    return out


_LABELS = {"Person": "PERSON", "Organization": "ORG", "Country": "GPE"}
#: Titles only a person bears, before a name ("President Joko Widodo").
_PERSON_TITLES = frozenset({"President", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Senator",
                            "Governor", "Mayor", "Chancellor", "Premier", "Spokesman", "Spokeswoman", "Ambassador"})


def _kind_listed(ctx: Context, e: Span) -> list[Span]:
    """'the NGOs Provea and Foro Penal': the bodies a plural kind noun lists, one entity each
    (the model reads them as one name or one work)."""
    from spacy.tokens import Span as _Span

    prev = ctx.doc[e.start - 1] if e.start > 0 else None
    if prev is None or not prev.lower_.endswith("s") or prev.lower_[:-1] not in ORG_KIND_NOUNS or not any(
            t.lower_ == "and" for t in e):
        return [e]
    cuts = [t.i for t in e if t.lower_ == "and" or t.text == ","]
    bounds = zip([e.start, *(c + 1 for c in cuts)], [*cuts, e.end], strict=True)
    return [_Span(ctx.doc, a, b, label="ORG") for a, b in bounds if b > a]


def _titled_body(ctx: Context, e: Span) -> bool:
    """Whether ORG entity ``e`` is a name of two or three words right after a person's title
    that names no body ('President Joko Widodo', not 'President Volodymyr Zelensky's Office')."""
    words = [t for t in e if t.text != "-"]  # "Kassym-Jomart Tokayev": a hyphenated given name is one
    if e.label_ != "ORG" or e.start == 0 or ctx.doc[e.start - 1].text not in _PERSON_TITLES or not 2 <= len(words) <= 3:
        return False
    entry = ctx.gaz.lookup(e.text)
    return (all(t.is_alpha and t.is_title and t.text not in ORG_HEADS for t in words)
            and (entry is None or entry.type == "Person")
            and not (e.end < len(ctx.doc) and ctx.doc[e.end].tag_ == "POS"))


def _dropped_names(ctx: Context, ents: list[Span]) -> list[Span]:
    """Known names (the gazetteer's) in runs of proper nouns no entity covers: 'Amnesty
    International and Human Rights Watch condemned ...', read by the model as one body, keeps
    only the name the gazetteer's long patterns found."""
    from spacy.tokens import Span as _Span

    doc = ctx.doc
    poses, lowers = ctx.poses, ctx.lowers
    covered = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in covered and poses[j] == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        if j - i >= 2:  # one word alone is too often a common word capitalised
            for a in range(i, j - 1):
                b = next((b for b in range(min(j, a + 5), a + 1, -1)
                          if (e := ctx.gaz.lookup(doc[a:b].text)) is not None and e.type in _LABELS), None)
                if b is not None and all(x.i not in covered for x in doc[a:b]):
                    out.append(_Span(doc, a, b, label=_LABELS[ctx.gaz.lookup(doc[a:b].text).type]))  # type: ignore[union-attr]
                    covered.update(range(a, b))
        if j > i and j < len(doc) and lowers[j] in _CLASS_NOUNS and doc[j - 1].dep_ == "compound" \
                and doc[j - 1].head.i == j and not ctx.in_quote[i] and not any(x in covered for x in range(i, j)):
            # "the UGTT union said", "the Islamist Ennahda party": a body named before its class noun
            out.append(_Span(doc, i, j, label="ORG"))
            covered.update(range(i, j))
        elif j - i >= 2 and doc[j - 1].text in ORG_HEADS and not any(x in covered for x in range(i, j)) and not ctx.in_quote[i]:
            # "The Civil Human Rights Front (CHRF), which organised ...": a body's name the model missed
            out.append(_Span(doc, i, j, label="ORG"))
            covered.update(range(i, j))
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and _acronym(doc[j + 1].text):
                out.append(_Span(doc, j + 1, j + 2, label="ORG"))  # its acronym, which tidy makes an alias
                covered.add(j + 1)
        i = max(j, i + 1)
    return out


#: Class nouns after a body's own name ("the UGTT union", "the Ennahda party").
_CLASS_NOUNS = frozenset({"party", "union", "movement", "alliance", "coalition", "bloc", "militia", "faction"})


#: Lower-case nouns of a person's role, which a name follows ("army spokeswoman Flavia Byekwaso").
_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "leader", "commander", "activist",
                         "lawmaker", "lawyer", "analyst", "researcher", "director", "official", "organiser",
                         "organizer", "chairman", "chairwoman", "secretary", "ambassador", "envoy", "candidate"})


def _after_role_nouns(ctx: Context, ents: list[Span]) -> list[Span]:
    """A name of two or three capitalised words right after a lower-case role noun is a person's,
    whatever the model took its words for ('Army spokeswoman Flavia Byekwaso said': a place and a
    body; 'opposition leader Kizza Besigye')."""
    from spacy.tokens import Span as _Span

    doc = ctx.doc
    lowers = ctx.lowers
    for i in range(len(doc)):
        if lowers[i] not in _ROLE_NOUNS or ctx.in_quote[i]:
            continue
        t = doc[i]
        if not t.is_lower:
            continue
        end = t.i + 1
        while end < len(doc) and end - t.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].is_title:
            end += 1
        run = doc[t.i + 1: end]
        if not 2 <= len(run) <= 3 or (end < len(doc) and doc[end].pos_ == "PROPN") or run[-1].head.i != t.i and t.head.i != run[-1].i:
            continue
        if any(e.label_ == "PERSON" and e.start <= run.start and run.end <= e.end for e in ents) \
                or (entry := ctx.gaz.lookup(run.text)) is not None and entry.type != "Person" \
                or any(x.text in ORG_HEADS or ctx.gaz.lookup(x.text) is not None for x in run):
            continue
        ents = [e for e in ents if e.end <= run.start or e.start >= run.end] + [_Span(doc, run.start, run.end, label="PERSON")]
    return sorted(ents, key=lambda e: e.start)


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def _of_members(e: Span) -> bool:
    """'the Association of Banks', 'the Federation of Trade Unions': a body named after the
    members it unites, whose name runs on with their country ('... in Lebanon')."""
    return len(e) >= 3 and e[-1].tag_ == "NNPS" and any(t.lower_ == "of" for t in e[1:-1])


def _with_titled_names(ctx: Context, ents: list[Span]) -> list[Span]:
    """``ents`` with the people :func:`titled_names` finds: an entity the name was run into
    ("Ukraine Volodymyr ...", "the Ministry of ... Ivan Petrov") gives way to the person."""
    from spacy.tokens import Span as _Span

    def is_place(name: str) -> bool:
        return (ctx.gaz.lookup(re.sub(r"^(?:the|The)\s+", "", name)) or _NO_ENTRY).type in ("Place", "Country")

    for a, b in titled_names(ctx.doc, is_place, ctx.lowers):
        # a person's entity that starts at the name stays; one that runs the title's body or
        # country into it ("Armenia Karen Karapetyan", "National Intelligence Dan Coats") gives way
        if any(e.label_ == "PERSON" and e.start == a and b <= e.end for e in ents):
            continue
        ents = [e for e in ents if e.end <= a or e.start >= b]
        ents.append(_Span(ctx.doc, a, b, label="PERSON"))
    return sorted(ents, key=lambda e: e.start)


def _without_place_owner(ctx: Context, ent: Span) -> list[Span]:
    """"Bangkok's Thammasat University": the body without the town or country that owns it,
    and that town or country, named there as a place of its own ("at Bangkok's Democracy
    Monument" names Bangkok)."""
    from spacy.tokens import Span as _Span

    if ent.label_ not in ("ORG", "FAC"):
        return [ent]
    for k, t in enumerate(ent):
        if t.tag_ == "POS" and 0 < k < len(ent) - 1:
            owner = re.sub(r"^(?:the|The)\s+", "", ent[:k].text)
            if (ctx.gaz.lookup(owner) or _NO_ENTRY).type in ("Place", "Country"):
                first = ent.start + (1 if ent[0].lower_ == "the" else 0)
                return [_Span(ctx.doc, first, ent.start + k, label="GPE"), _Span(ctx.doc, ent.start + k + 1, ent.end, label=ent.label_)]
            break
    return [ent]


def _with_listed_people(ctx: Context, ents: list[Span]) -> list[Span]:
    """A name of two to four proper nouns in a list of people ("Kim Yo Jong, Ri Pyong Chol,
    Pak Jong Chon and ...") is a person's, whatever the model took its pieces for."""
    from spacy.tokens import Span as _Span

    doc = ctx.doc
    person = {t.i for e in ents if e.label_ == "PERSON" for t in e}
    poses = ctx.poses
    for i in range(len(doc)):
        if poses[i] != "PROPN" or i in person or ctx.in_quote[i]:
            continue
        t = doc[i]
        # a list's first name too ("leaders Nika Melia and Giorgi Vashadze", the first read as a body)
        listed = t.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in t.children)
        if not listed:
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        words = doc[start: t.i + 1]
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if not 2 <= len(words) <= 4 or not all(w.text[:1].isupper() and w.is_alpha for w in words) \
                or ctx.gaz.lookup(words.text) is not None or (start > 0 and doc[start - 1].lower_ == "the") \
                or (after is not None and after.lower_ in ("of", "for")):  # "the Thai Lawyers for Human Rights"
            continue
        sides = [*([t.head] if t.dep_ == "conj" else []), *(c for c in t.children if c.dep_ == "conj")]
        if not any(x.i in person for x in sides):
            continue
        ents = [e for e in ents if e.end <= start or e.start > t.i]
        ents.append(_Span(doc, start, t.i + 1, label="PERSON"))
        person.update(range(start, t.i + 1))
    return sorted(ents, key=lambda e: e.start)
