"""Rules over a parsed article: actors, statements, meetings, visits, protests, detentions.

Input: a spaCy ``Doc`` of the article's *analysed* text (same offsets as the original)
and the gazetteer. Output: a facts document (plain dict, the facts-file structure).
Every evidence, quote, date and count phrase is sliced from the original text, so
it is verbatim by construction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.extract import lexicon as L
from kg.extract.articles import Article, slug
from kg.extract.dates import DatePhrase, find_dates, resolve_date
from kg.extract.gazetteer import Entry, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_facts", "QUOTE_GAP"]

QUOTE_GAP = " ... "
# Single words NER tags ORG inside titles ("Secretary of State"), not organisations.
_TITLES = frozenset({"General", "President", "Minister", "Prime", "Chief", "Secretary", "Spokesman", "Spokeswoman",
                     "Senator", "Governor", "Mayor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "King",
                     "Queen", "Prince", "Chancellor", "Ambassador", "Commander", "Colonel", "Lieutenant", "Judge",
                     "Representative", "Rep.", "Sen.", "Gen.", "Foreign", "Defence", "Defense", "Interior", "Deputy"})
_TIME_SHIFT = frozenset({"after", "before", "since", "until", "ahead"})
_MEETING_WORDS = L.MEETING_NOUNS | L.MEETING_VERBS | L.VISIT_VERBS | L.VISIT_NOUNS | {"welcome"}
_VENUES = frozenset({"estate", "palace", "residence", "hotel", "square", "stadium", "centre", "center", "hall",
                     "airport", "building", "house", "castle", "villa", "dacha", "park"})
_GENERIC_ORGS = frozenset({"Ministry", "Court", "Commission", "Parliament", "Government", "Army", "Embassy",
                           "Council", "Assembly", "Committee", "Office", "Presidency", "Service", "Agency"})
_ORG_STOP = frozenset({"State", "Department", "Ministry", "Office", "Interior", "Defence", "Defense",
                       "Foreign", "Justice", "Government", "Cabinet", "Presidency"})
_OPEN = "\u201c"
_CLOSE = "\u201d"


# --------------------------------------------------------------------------- data


@dataclass
class ActorRec:
    key: str
    name: str
    type: str  # Person | Organization | Country | Group | Place
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    wikidata: str | None = None
    country: str | None = None
    first: int = 10**9
    in_body: bool = False  # mentioned outside quotations
    venue: bool = False  # a building or square ("the Filoli estate"), not a town


@dataclass
class Quote:
    parts: list[tuple[int, int]]  # inner spans (without the marks)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass
class Ev:
    type: str
    evidence: list[tuple[int, int]]
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    anchor: int = 0
    speaker: str | None = None
    addressee: str | None = None
    kind: str | None = None
    quote: list[tuple[int, int]] | None = None
    host: str | None = None
    organizer: str | None = None
    counts: dict[str, tuple[int, str]] = field(default_factory=dict)
    generic: bool = False
    part_of: int | None = None


# --------------------------------------------------------------------------- quotes


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text`` (straight or curly double quotes), per paragraph.

    A paragraph whose quotation is not closed continues into the next paragraph when
    that one opens with a quotation mark (the wire convention for long quotes).

    >>> t = 'He said: "One. Two," and "three".'
    >>> [t[a:b] for q in find_quotes(t) for a, b in q.parts]
    ['One. Two,', 'three']
    """
    quotes: list[Quote] = []
    pending: Quote | None = None
    pos = 0
    for para in re.split(r"(\n)", text):
        if para == "\n":
            pos += 1
            continue
        stripped = para.lstrip()
        opened_here: int | None = None
        if pending is not None and not (stripped.startswith('"') or stripped.startswith(_OPEN)):
            if stripped:
                quotes.append(pending)
                pending = None
        i = 0
        for m in re.finditer(r'["\u201c\u201d]', para):
            ch = m.group(0)
            at = pos + m.start()
            if opened_here is None:
                if ch == _CLOSE and pending is None:
                    continue
                opened_here = at + 1
                i += 1
            else:
                if ch == _OPEN:
                    opened_here = at + 1
                    continue
                part = (opened_here, at)
                if pending is not None:
                    pending.parts.append(part)
                    quotes.append(pending)
                    pending = None
                else:
                    quotes.append(Quote([part]))
                opened_here = None
        if opened_here is not None:
            end = pos + len(para.rstrip())
            part = (opened_here, end)
            if pending is None:
                pending = Quote([part])
            else:
                pending.parts.append(part)
        pos += len(para)
    if pending is not None:
        quotes.append(pending)
    return [q for q in quotes if all(b > a for a, b in q.parts)]


# --------------------------------------------------------------------------- counts

_QWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100}
_MULT = {"thousand": 1000, "million": 1_000_000, "hundred": 100}
_COUNT_RE = re.compile(
    r"\b(?:(?:more than|over|at least|nearly|almost|about|around|some|up to|roughly|an estimated|"
    r"approximately|fewer than|less than|as many as) )?"
    r"(?:tens of thousands|hundreds of thousands|several thousand|several hundred|thousands|hundreds|dozens|"
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a hundred)(?: (?:million|thousand|hundred))?)\b",
    re.I,
)


def count_value(phrase: str) -> int | None:
    """The number a count phrase stands for (a lower bound for vague phrases).

    >>> [count_value(p) for p in ["tens of thousands", "more than 500", "nearly 7,000", "two hundred", "1.2 million"]]
    [10000, 500, 7000, 200, 1200000]
    """
    p = phrase.lower()
    for words, v in (("hundreds of thousands", 100000), ("tens of thousands", 10000), ("several thousand", 1000),
                     ("several hundred", 100), ("thousands", 1000),
                     ("hundreds", 100), ("dozens", 24)):
        if words in p:
            return v
    m = re.search(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|a hundred|[a-z]+)(?: (million|thousand|hundred))?$", p)
    if not m:
        return None
    num = m.group(1)
    if num[0].isdigit():
        base = float(num.replace(",", ""))
    elif num in _QWORDS:
        base = _QWORDS[num]
    else:
        return None
    if m.group(2):
        base *= _MULT[m.group(2)]
    return int(base)


# --------------------------------------------------------------------------- extractor


class _Extractor:
    def __init__(self, doc: Doc, article: Article, gaz: Gazetteer) -> None:
        self.doc = doc
        self.art = article
        self.text = article.text
        self.gaz = gaz
        self.actors: dict[str, ActorRec] = {}
        self.tok_actor: list[str | None] = [None] * len(doc)
        self.quotes = find_quotes(article.analysed)
        self.in_quote = [False] * len(doc)
        for q in self.quotes:
            for a, b in q.parts:
                for t in doc.char_span(a, b, alignment_mode="expand") or []:
                    self.in_quote[t.i] = True
        self.mentions: list[tuple[int, int, str]] = []  # (token start, token end, key)
        self.events: list[Ev] = []
        self.dates: list[tuple[DatePhrase, Span]] = []
        self.home_country: str | None = None

    # ---- helpers
    def span_text(self, a: int, b: int) -> str:
        return self.text[a:b]

    def sent_span(self, sent: Span) -> tuple[int, int]:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            return sent.start_char, sent.end_char
        end = toks[-1].idx + len(toks[-1].text)
        while end < len(self.text) and self.text[end] in '"\u201d\u2019)' and toks[-1].text in '.!?,"\u201d':
            end += 1
        return toks[0].idx, end

    def add_actor(self, key: str, name: str, type_: str, pos: int, *, entry: Entry | None = None,
                  alias: str | None = None, body: bool = True) -> ActorRec:
        rec = self.actors.get(key)
        if rec is None:
            rec = ActorRec(key=key, name=entry.name if entry else name, type=entry.type if entry else type_,
                           role=entry.role if entry else None, wikidata=entry.wikidata if entry else None,
                           country=entry.country if entry else None)
            self.actors[key] = rec
        rec.first = min(rec.first, pos)
        rec.in_body = rec.in_body or body
        if alias and alias != rec.name:
            rec.aliases.add(alias)
        return rec

    # ---- actors
    def find_actors(self) -> None:
        doc, gaz = self.doc, self.gaz
        persons: list[tuple[Span, str]] = []
        for ent in self._merged_ents():
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"):
                continue
            name = re.sub(r"^(?:the|The)\s+", "", ent.text).strip()
            name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name).strip()
            if not name or not re.search(r"[A-Za-z]", name) or "\n" in name or re.search(r"\d\s*(?:%|percent|per cent)", name):
                continue
            body = not all(self.in_quote[t.i] for t in ent)
            entry = gaz.entries.get(ent.ent_id_) if ent.ent_id_ else gaz.lookup(name)
            if ent.label_ == "NORP" or (entry is None and name.lower() in gaz.by_demonym):
                key = gaz.by_demonym.get(name.lower())
                if key:
                    self._country_votes(key)
                continue
            if entry is not None:
                if entry.type == "Place":
                    if entry.capital and entry.country and ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.pos_ in ("VERB", "AUX"):
                        cen = gaz.entries.get(entry.country)
                        if cen:
                            self._mark(ent, self.add_actor(cen.key, cen.name, "Country", ent.start_char, entry=cen, alias=name, body=body))
                            continue
                    self._mark(ent, self.add_actor(entry.key, entry.name, "Place", ent.start_char, entry=entry, alias=name, body=body))
                    if entry.country:
                        self._country_votes(entry.country)
                    continue
                self._mark(ent, self.add_actor(entry.key, entry.name, entry.type, ent.start_char, entry=entry, alias=name, body=body))
                if entry.type == "Country":
                    self._country_votes(entry.key)
                elif entry.country:
                    self._country_votes(entry.country)
                continue
            head = ent.root.head
            if (entry is None and ent.root.dep_ == "compound" and head.i == ent.end and head.lemma_.lower() in _VENUES
                    and ent.label_ in ("GPE", "FAC", "ORG", "LOC")):
                # "the Filoli estate", "the Planalto palace": a venue named by its owner word
                venue = self.doc[ent.start: head.i + 1]
                rec = self.add_actor(slug(venue.text), venue.text, "Place", ent.start_char, alias=venue.text, body=body)
                rec.venue = True
                self._mark(venue, rec)
                continue
            if ent.label_ in ("ORG", "GPE", "PERSON", "FAC") and self._locative(ent):
                rec = self.add_actor(slug(name), name, "Place", ent.start_char, alias=name, body=body)
                rec.venue = rec.venue or ent.label_ == "FAC"
                self._mark(ent, rec)
                continue
            if ent.label_ == "PERSON":
                if len(name) < 3 or name.lower() == name or len(ent) > 5 or re.search(r"\d", name):
                    continue
                persons.append((ent, name))
            elif ent.label_ == "ORG":
                if len(name) < 2 or name.isdigit() or name in _ORG_STOP:
                    continue
                prev = doc[ent.start - 1] if ent.start > 0 else None
                if prev is not None and prev.text.lower() in gaz.by_demonym and name.split()[-1] in _GENERIC_ORGS:
                    ent = doc[ent.start - 1: ent.end]  # "Russian" + "Foreign Ministry"
                    name = ent.text
                persons.append((ent, name))  # decided below: may be a misread surname
            elif ent.label_ == "GPE":
                persons.append((ent, name))  # decided below: a place, or a misread surname
        # persons: full names first, then short forms attach to them
        full: dict[str, str] = {}  # last token -> key
        for rec in self.actors.values():
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
        self.surnames = full
        for ent, name in sorted(persons, key=lambda p: p[0].start):
            body = not all(self.in_quote[t.i] for t in ent)
            parts = name.split()
            if ent.label_ == "PERSON":
                if len(parts) >= 2:
                    key = slug(name)
                    # "Vladimir Putin" may be listed only under an alias spelling
                    rec = self.add_actor(key, name, "Person", ent.start_char, alias=name, body=body)
                elif parts[0] in full:
                    rec = self.actors.get(full[parts[0]]) or self.add_actor(full[parts[0]], parts[0], "Person", ent.start_char)
                    rec.aliases.add(parts[0])
                    rec.in_body = rec.in_body or body
                else:
                    rec = self.add_actor(slug(name), name, "Person", ent.start_char, alias=name, body=body)
                self._mark(ent, rec)
            elif ent.label_ == "GPE":
                if len(parts) == 1 and parts[0] in full and full[parts[0]] in self.actors:
                    self._mark(ent, self.actors[full[parts[0]]])  # "met Navalnaya" read as a place
                else:
                    self._mark(ent, self.add_actor(slug(name), name, "Place", ent.start_char, alias=name, body=body))
            else:  # ORG
                if len(parts) == 1 and parts[0] in full:
                    rec = self.actors.get(full[parts[0]])
                    if rec:
                        self._mark(ent, rec)
                        continue
                self._mark(ent, self.add_actor(slug(name), name, "Organization", ent.start_char, alias=name, body=body))
        # people's names used alone must be the full name's person
        for rec in list(self.actors.values()):
            if rec.type == "Person" and rec.name in rec.aliases:
                rec.aliases.discard(rec.name)
        self._groups()

    _ORG_HEADS = frozenset({"Society", "Association", "International", "Council", "Commission", "Union", "Party",
                            "Front", "Committee", "Federation", "Institute", "Centre", "Center", "Foundation",
                            "League", "Movement", "Network", "Watch", "Agency", "Bank", "Court", "Service",
                            "Assembly", "Congress", "Chamber", "Confederation", "Authority", "Office"})

    def _merged_ents(self) -> list[Span]:
        """The model's entities, with 'Amnesty International' + 'Kenya' and 'Law Society'
        + 'of' + 'Kenya' joined into one organisation."""
        from spacy.tokens import Span as _Span

        ents = []
        for e in self.doc.ents:
            end = e.end
            while (end + 1 < len(self.doc) and self.doc[end].text == "-" and not self.doc[end - 1].whitespace_
                   and not self.doc[end].whitespace_ and self.doc[end + 1].text[:1].isupper()
                   and not self.doc[end + 1].ent_type_):
                end += 2  # "OVD-Info", "Copa-Cogeca": the model stopped at the hyphen
            ents.append(e if end == e.end else _Span(self.doc, e.start, end, label=e.label_))
        out: list[Span] = []
        i = 0
        while i < len(ents):
            e = ents[i]
            nxt = ents[i + 1] if i + 1 < len(ents) else None
            if (nxt is not None and e.label_ in ("ORG", "FAC") and nxt.label_ == "GPE" and e[-1].text in self._ORG_HEADS
                    and (nxt.start == e.end or (nxt.start == e.end + 1 and self.doc[e.end].lower_ in ("of", "in", "for")))):
                out.append(_Span(self.doc, e.start, nxt.end, label="ORG"))
                i += 2
                continue
            out.append(e)
            i += 1
        return out

    def _locative(self, ent: Span) -> bool:
        """An unknown name used as a place: 'in Kisumu', 'in Mombasa and Kisumu'."""
        root = ent.root
        if root.dep_ == "conj":
            k = self.tok_actor[root.head.i]
            return bool(k and self.actors[k].type == "Place")
        if ent.label_ == "FAC" and root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "near", "outside", "inside"):
            return True
        return (root.dep_ == "pobj" and root.head.lower_ in ("in", "near") and ent.label_ != "PERSON"
                and not any(t.text in self._ORG_HEADS for t in ent))

    def _country_votes(self, key: str) -> None:
        self._votes = getattr(self, "_votes", {})
        self._votes[key] = self._votes.get(key, 0) + 1

    def _mark(self, ent: Span, rec: ActorRec) -> None:
        for t in ent:
            self.tok_actor[t.i] = rec.key
        self.mentions.append((ent.start, ent.end, rec.key))

    def _groups(self) -> None:
        votes = getattr(self, "_votes", {})
        if votes:
            self.home_country = max(sorted(votes), key=lambda k: votes[k])
        home = self.gaz.entries.get(self.home_country) if self.home_country else None
        demonym = home.demonyms[0] if home and home.demonyms else None
        for t in self.doc:
            if self.tok_actor[t.i] or t.pos_ not in ("NOUN", "PROPN") or self.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            if t.lower_ == "police" or lemma in L.GROUP_NOUNS:
                canon = L.GROUP_NOUNS.get(lemma, "police")
                if canon == "opposition" and (
                        t.dep_ == "compound" and t.head.lemma_.lower() in ("leader", "figure", "politician", "candidate")
                        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
                        or any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)):
                    continue  # "his opposition to the plan" is a stance, not a group
                name = f"{demonym} {canon}" if demonym else canon.capitalize()
                key = slug(f"{home.key}-{canon}") if home else slug(canon)
                rec = self.add_actor(key, name, "Group", t.idx, alias=t.text.lower())
                rec.aliases.add(canon)
                self.tok_actor[t.i] = key
                self.mentions.append((t.i, t.i + 1, key))
            elif lemma in L.INSTITUTION_NOUNS and (t.pos_ == "NOUN" or t.is_lower):
                self._institution(t, home)
        self.mentions.sort()

    def _institution(self, t: Token, home: Entry | None) -> None:
        """'the interior ministry', "China's foreign ministry", 'the Russian government'."""
        country: Entry | None = None
        mods: list[Token] = []
        # "Russia's foreign ministry spokeswoman": the parser may hang "Russia's" on the
        # last noun, so look at the words just left of the institution noun too
        left: list[Token] = []
        j = t.i - 1
        while j >= max(0, t.i - 4):
            w = self.doc[j]
            if w.pos_ in ("DET", "PUNCT", "VERB", "AUX", "ADP", "PRON") and w.tag_ != "POS":
                break
            left.append(w)
            j -= 1
        for c in sorted({*t.children, *left}, key=lambda x: x.i):
            if c.i > t.i or (c.dep_ not in ("amod", "compound", "poss", "nmod") and c not in left) or c.tag_ == "POS":
                continue
            k = self.gaz.by_demonym.get(c.text.lower())
            ck = self.tok_actor[c.i]
            if k:
                country = self.gaz.entries.get(k)
            elif ck and self.actors[ck].type == "Country":
                country = self.gaz.entries.get(ck)
                if country is None:
                    return
            elif c.dep_ in ("amod", "compound") and c.is_lower and c.is_alpha:
                mods.append(c)
        if country is None:
            if t.lemma_.lower() != "ministry":
                return
            country = home
        if country is None:  # "two defence ministry sources": a ministry of a country we do not know
            if not mods:
                return
            phrase = " ".join([*(m.text for m in sorted(mods, key=lambda m: m.i)), t.text.lower()])
            key = slug(phrase)
            rec = self.add_actor(key, phrase, "Organization", t.idx, alias=phrase)
            start = min([t.i, *(m.i for m in mods)])
            for i in range(start, t.i + 1):
                self.tok_actor[i] = key
            self.mentions.append((start, t.i + 1, key))
            return
        demonym = country.demonyms[0] if country.demonyms else country.name
        phrase = " ".join([*(m.text for m in sorted(mods, key=lambda m: m.i)), t.text.lower()])
        name = f"{demonym} {phrase}"
        entry = self.gaz.lookup(name)
        key = entry.key if entry else slug(f"{country.key}-{phrase}")
        start = min([t.i, *(m.i for m in mods)])
        printed = self.doc[min(c.i for c in t.lefts if c.dep_ != "det") if any(c.dep_ != "det" for c in t.lefts) else t.i: t.i + 1].text
        # no bare "foreign ministry" alias: it would make every country's ministry one
        rec = self.add_actor(key, name, "Organization", t.idx, entry=entry)
        if printed.lower() != phrase.lower():
            rec.aliases.add(printed)
        for i in range(start, t.i + 1):
            self.tok_actor[i] = key
        self.mentions.append((start, t.i + 1, key))

    # ---- roles
    def find_roles(self) -> None:
        seen: set[str] = set()
        for a, b, key in self.mentions:
            rec = self.actors[key]
            if rec.type != "Person" or key in seen:
                continue
            span = self.doc[a:b]
            role = self._role_for(span)
            if role:
                seen.add(key)
                if not rec.role:
                    rec.role = role

    def _role_for(self, span: Span) -> str | None:
        root = span.root
        left = [c for c in root.lefts if c.i < span.start and c.dep_ in ("compound", "amod", "nmod")]
        if left:
            start = min(c.left_edge.i for c in left)
            toks = [t for t in self.doc[start:span.start] if t.dep_ not in ("det", "poss", "punct") and not self.in_quote[t.i]]
            if toks and any(t.pos_ == "NOUN" for t in toks) and len(toks) <= 8:
                return self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
        head = root.head if root.dep_ == "appos" else None
        cands = [head] if head is not None else []
        cands += [c for c in root.children if c.dep_ == "appos"]
        for c in cands:
            if c.pos_ == "NOUN" and not self.tok_actor[c.i]:
                toks = [t for t in c.subtree if t.i < span.start or t.i >= span.end]
                toks = [t for t in toks if not (t.i >= span.start and t.i < span.end)]
                sub = [t for t in toks if t.dep_ not in ("det", "punct", "relcl") and t.i < (span.start if c.i < span.start else len(self.doc))]
                sub = [t for t in sub if not any(t.i >= x.i for x in c.subtree if x.dep_ == "relcl")]
                if sub and len(sub) <= 8:
                    s = min(t.i for t in sub)
                    e = max(t.i for t in sub)
                    return self.text[self.doc[s].idx: self.doc[e].idx + len(self.doc[e].text)].strip(" ,")
        return None

    # ---- resolving a token to an actor
    def actor_at(self, tok: Token, *, depth: int = 0) -> str | None:
        if depth > 3:
            return None
        k = self.tok_actor[tok.i]
        if k:
            return k if self.actors[k].type != "Place" else None
        low = tok.lower_
        if tok.pos_ == "PROPN" and tok.text in getattr(self, "surnames", {}) and tok.dep_ != "compound":
            key = self.surnames[tok.text]  # a surname the model did not tag ("..., Lapid said")
            if key in self.actors:
                return key
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.text[:1].isupper():
            return self._untagged_person(tok)
        if low in L.PERSON_PRONOUNS and tok.pos_ == "PRON":
            return self.coref(tok, ("Person",))
        if low in L.ORG_PRONOUNS and tok.pos_ == "PRON":
            return self.coref(tok, ("Organization", "Country"), subjects_only=True)
        if low in ("who", "which", "that") and tok.head.dep_ == "relcl":
            return self.actor_at(tok.head.head, depth=depth + 1)
        for c in tok.children:
            if c.dep_ == "appos":
                k = self.actor_at(c, depth=depth + 1)
                if k:
                    return k
        if tok.like_num or tok.lemma_.lower() in ("thousand", "hundred", "dozen", "ten", "million", "some", "many"):
            for c in tok.children:  # "thousands of opposition supporters"
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.actor_at(p, depth=depth + 1)
        mods = [x for c in tok.children if c.dep_ in ("compound", "poss", "nmod", "amod")
                for x in c.subtree if self.tok_actor[x.i] and x.i < tok.i]
        # "The Copa-Cogeca farmers' organisation": the named organisation, not the group
        for c in sorted(mods, key=lambda c: (self.actors[self.tok_actor[c.i]].type == "Group", -c.i)):  # type: ignore[index]
            k = self.tok_actor[c.i]
            if k and self.actors[k].type != "Place":
                return k
        if tok.pos_ == "NOUN":
            # "A reporter for Komsomolskaya Pravda tabloid, Dmitry Smirnov, wrote": the person
            # in apposition somewhere inside the subject phrase
            for x in tok.subtree:
                if x.dep_ == "relcl" or self.in_quote[x.i]:
                    break
                k = self.tok_actor[x.i]
                if k and x.dep_ == "appos" and self.actors[k].type == "Person":
                    return k
        if tok.lemma_.lower() in L.SPEECH_NOUNS and tok.pos_ == "NOUN":
            for c in tok.children:  # "according to a statement from the Kremlin"
                if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                    for p in c.children:
                        if p.dep_ == "pobj" and self.tok_actor[p.i] and self.actors[self.tok_actor[p.i]].type != "Place":
                            return self.tok_actor[p.i]
        if tok.lemma_.lower() in L.ROLE_NOUNS and tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
            # "the Venezuelan leader": the latest person of that country
            for c in tok.children:
                country = self.gaz.by_demonym.get(c.text.lower()) if c.dep_ in ("amod", "compound") else None
                if country:
                    for a, b, key in reversed(self.mentions):
                        rec = self.actors[key]
                        if a < tok.i and rec.type == "Person" and rec.country == country and not self.in_quote[a]:
                            return key
        if tok.lemma_.lower() in L.ROLE_NOUNS and tok.pos_ == "NOUN":
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "from"):
                    for p in c.children:
                        if p.dep_ == "pobj" and self.tok_actor[p.i] and self.actors[self.tok_actor[p.i]].type != "Place":
                            return self.tok_actor[p.i]
            if any(c.lower_ == "the" for c in tok.children):
                return self.coref(tok, ("Person",), role=tok.lemma_.lower())
        return None

    def _untagged_person(self, tok: Token) -> str | None:
        """A speaker the model did not tag: "General Waker-Uz-Zaman said" -> a person
        named by the capitalised words (and hyphens) ending at the subject, titles dropped."""
        start = tok.i
        while start > 0:
            prev = self.doc[start - 1]
            if prev.text == "-" and not prev.whitespace_ and start - 2 >= 0 and not self.doc[start - 2].whitespace_:
                start -= 2
                continue
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.text not in _TITLES and not self.tok_actor[prev.i]:
                start -= 1
                continue
            break
        span = self.doc[start: tok.i + 1]
        if not 1 <= len(span.text.replace("-", " ").split()) <= 4 or self.doc[start].text in _TITLES:
            return None
        known = getattr(self, "surnames", {}).get(tok.text)
        if known in self.actors:
            return known  # "Pashinyan said": the Nikol Pashinyan named before
        name = span.text
        rec = self.add_actor(slug(name), name, "Person", span.start_char, alias=name)
        for t in span:
            self.tok_actor[t.i] = rec.key
        import bisect

        bisect.insort(self.mentions, (span.start, span.end, rec.key))
        return rec.key

    def coref(self, tok: Token, types: tuple[str, ...], *, subjects_only: bool = False,
              role: str | None = None) -> str | None:
        """Resolve a pronoun or a bare role noun: the main-clause subject that follows it
        in the same sentence ("Speaking in Barcelona, where he was ..., Macron said"),
        else the latest matching subject of the last three sentences, else (unless
        ``subjects_only``) the latest matching mention."""
        def ok(key: str) -> bool:
            rec = self.actors[key]
            return rec.type in types and (not role or bool(rec.role and role in rec.role.lower()))

        if role is None:
            root = tok.sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i > tok.i and subj.pos_ != "PRON" and tok.i not in {x.i for x in subj.subtree}:
                k = self.tok_actor[subj.i]
                if k and ok(k):
                    return k
        sent_start = tok.sent.start
        window = sent_start
        for _ in range(3):
            if window <= 0:
                break
            window = self.doc[window - 1].sent.start
        fallback: str | None = None
        for a, b, key in reversed(self.mentions):
            if a >= tok.i or self.in_quote[a] or not ok(key):
                continue
            r = self.doc[a:b].root
            is_subj = r.dep_ in ("nsubj", "nsubjpass") or (r.dep_ == "appos" and r.head.dep_ in ("nsubj", "nsubjpass"))
            if is_subj and a >= window:
                return key
            if fallback is None:
                fallback = key
        return None if subjects_only else fallback

    def actors_of(self, tok: Token) -> list[str]:
        """The actor at ``tok`` and at its conjuncts ("Putin and Lukashenko"); "the two
        leaders" is the last pair of people named together."""
        if (tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in L.PAIR_NOUNS
                and not self.tok_actor[tok.i] and any(c.lower_ in ("two", "both", "the") for c in tok.children)):
            pair = self._last_pair(tok)
            if pair:
                return pair
        out: list[str] = []
        misread = [c for c in tok.children if c.dep_ in ("nmod", "compound") and any(x.dep_ == "cc" for x in c.children)]
        for t in [*misread, tok, *[c for c in tok.conjuncts]]:
            k = self.actor_at(t)
            if k and k not in out:
                out.append(k)
        return out

    def _last_pair(self, tok: Token) -> list[str] | None:
        window = tok.sent.start
        for _ in range(2):
            if window > 0:
                window = self.doc[window - 1].sent.start
        for a, b, key in reversed(self.mentions):
            if a >= tok.i or a < window or self.actors[key].type != "Person" or self.in_quote[a]:
                continue
            root = self.doc[a:b].root
            for c in root.conjuncts:
                k2 = self.tok_actor[c.i]
                if k2 and k2 != key and self.actors[k2].type == "Person":
                    return sorted({key, k2}, key=lambda k: min(x for x, _, kk in self.mentions if kk == k))
        last = getattr(self, "_meetings", None)
        if last:
            return list(last[-1].participants)
        return None

    def subject(self, verb: Token, depth: int = 0) -> Token | None:
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c
        for c in verb.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        for c in verb.children:
            if c.dep_ == "nsubjpass" and verb.lemma_ == "quote":
                return c
        h = verb.head
        if verb.dep_ == "xcomp" and h.pos_ == "ADJ" and h.head.i != h.i and depth < 3:
            return self.subject(h.head, depth + 1)  # "the leaders were due to hold talks"
        if (verb.dep_ == "conj" and verb.lemma_.lower() in L.SPEECH_VERBS and h.dep_ == "ccomp"
                and h.head.lemma_.lower() in L.SPEECH_VERBS and depth < 3):
            # "X said Lithuania would never recognise him and called for a new vote"
            return self.subject(h.head, depth + 1)
        if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            found = self.subject(verb.head, depth + 1)
            if found is None and verb.dep_ == "conj":
                found = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
            return found
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        # a misparsed subject ("... and detainees gave accounts"): the noun right before the verb
        if verb.i > 0:
            prev = verb.doc[verb.i - 1]
            if prev.pos_ in ("NOUN", "PROPN") and self.tok_actor[prev.i]:
                return prev
        return None

    # ---- dates
    def index_dates(self) -> None:
        for s in self.doc.sents:
            a, b = s.start_char, s.end_char
            for d in find_dates(self.art.analysed, a, b):
                span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
                if span is not None and not any(self.in_quote[t.i] for t in span):
                    self.dates.append((d, span))

    def clause_path(self, tok: Token, *, wide: bool = False) -> list[Token]:
        """``tok`` and its ancestors up to the verb heading its clause. Verbs without a
        subject of their own and not finite are climbed through ("farmers drove ...,
        setting fires ... to protest": the protest is dated by "drove ... on Thursday").
        ``wide`` climbs from the first verb into the clause it depends on, as an
        infinitive, adverbial or participle clause ("agreed on Wednesday ..., as the two
        leaders met"; "flew ... for talks")."""
        path = [tok]
        cur = tok
        verbs = 0
        while cur.head.i != cur.i:
            if not wide and cur.pos_ in ("VERB", "AUX") and (self._heads_clause(cur, cur.i == tok.i) or verbs >= 3):
                break
            if wide and (cur.lower_ in _TIME_SHIFT or any(c.dep_ == "mark" and c.lower_ in _TIME_SHIFT for c in cur.children)):
                break  # "said on Wednesday, a day after protesters stormed ...": another time
            cur = cur.head
            path.append(cur)
            if cur.pos_ in ("VERB", "AUX"):
                verbs += 1
                if wide and (cur.dep_ not in ("xcomp", "advcl", "acl", "pcomp") or verbs >= 2):
                    break
        return path

    @staticmethod
    def _heads_clause(v: Token, is_trigger: bool = False) -> bool:
        """A verb with its own subject, or a finite one, heads its clause; a trigger verb
        conjoined to another and sharing its subject does not ("gathered in X and
        marched": the march is in X), while a noun in such a conjunct's object keeps to
        its own verb ("met him on Monday and praised the handling of the protests")."""
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
        if is_trigger and v.dep_ == "conj" and not own_subject:
            return False
        if v.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ in ("aux", "auxpass") and c.lower_ != "to")
                   for c in v.children)

    def _reaches(self, tok: Token, pset: set[int], steps: int = 5) -> bool:
        """Whether ``tok`` hangs off the clause ``pset`` through nouns and prepositions only
        ("on the sidelines of the summit in Brussels" -> "met")."""
        cur = tok
        for _ in range(steps):
            if cur.i in pset:
                return True
            if cur.head.i == cur.i:
                return False
            if cur.dep_ in ("pobj", "prep", "dobj", "attr", "compound", "nmod", "appos", "npadvmod", "amod") or cur.pos_ == "ADP":
                cur = cur.head
            else:
                return False
        return cur.i in pset

    def _attach_point(self, span: Span) -> Token:
        cur = span.root
        while cur.head.i != cur.i and (span.start <= cur.head.i < span.end or cur.head.dep_ == "prep" or cur.head.pos_ == "ADP"):
            cur = cur.head
        return cur.head if cur.head.i != cur.i else cur

    def date_for(self, tok: Token, sent: Span) -> tuple[dt.date | None, str | None]:
        found = self._date_on(self.clause_path(tok), sent)
        if found[1] is None:
            found = self._date_on(self.clause_path(tok, wide=True), sent)
        return found

    def _date_on(self, path: list[Token], sent: Span) -> tuple[dt.date | None, str | None]:
        pset = {t.i for t in path}
        for d, span in self.dates:
            if span.start < sent.start or span.end > sent.end:
                continue
            att = self._attach_point(span)
            self._date_att = att
            if att.i in pset or span.root.i in pset or (span.root.head.i in pset) or self._reaches(att, pset, 4):
                future = self.is_future(path) or (
                    att.i == path[0].i and any(t.lemma_.lower() in L.FUTURE_VERBS for t in path[1:])) or (
                    len(path) > 2 and path[0].pos_ == "NOUN" and path[1].lower_ == "for"
                    and path[2].lemma_.lower() in L.FUTURE_VERBS) or (
                    len(path) > 1 and path[0].dep_ == "dobj" and path[1].lemma_.lower() in L.FUTURE_VERBS - {"promise"})
                return resolve_date(d, self.art.published, future=future), self.text[d.start:d.end]
        return None, None

    def is_future(self, path: list[Token]) -> bool:
        for i, t in enumerate(path):
            # "vowed to gather on Friday", "were due to hold talks on Tuesday" -- but not
            # "promised a loan on Monday": the intention verb must govern the clause below it
            if (t.lemma_ in L.FUTURE_VERBS or t.lower_ == "due") and i > 0 and path[i - 1].dep_ == "xcomp":
                return True
            if t.pos_ in ("VERB", "AUX"):
                for c in t.children:
                    if c.lower_ in ("will", "shall", "'ll") or (c.dep_ == "aux" and c.lower_ == "to" and t.dep_ == "ROOT"):
                        return True
        return False

    _PLACE_PREPS = frozenset({"in", "at", "near", "outside", "across", "to", "into", "throughout", "around",
                              "of", "through", "inside", "on"})

    def place_for(self, tok: Token, sent: Span, *, include_to: bool = True, exclude: set[str] | None = None) -> str | None:
        """The place a trigger happens at: a place (or country) in a locative phrase
        attached to the trigger's clause, to the trigger noun's own phrase, or to the
        object of the trigger verb ("met X in Vilnius"); "Barcelona, where he was
        attending a summit"; "the capital" for the article's country."""
        path = self.clause_path(tok)
        pset = {t.i for t in path}
        sub = {t.i for t in tok.subtree} if tok.pos_ in ("NOUN", "PROPN") else set()
        best: tuple[int, int, str] | None = None
        for a, b, key in self.place_mentions(sent):
            if exclude and key in exclude:
                continue
            rec = self.actors[key]
            root = self.doc[a:b].root
            if root.dep_ == "compound" and root.head.dep_ == "pobj":
                root = root.head  # "at the Filoli estate" parsed with the name as a compound
            prep = root.head if root.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in self._PLACE_PREPS:
                continue
            if prep.lower_ == "to" and not include_to:
                continue
            if prep.lower_ == "on" and rec.type != "Place":
                continue
            target = prep.head
            if prep.lower_ == "of":  # "the resort of Sochi", "the streets of Minsk"
                if target.dep_ == "pobj" and target.head.pos_ == "ADP":
                    target = target.head.head
                elif target.dep_ in ("dobj", "nsubj") and target.head.i in pset:
                    target = target.head
                else:
                    continue
            obj_phrase = False
            if tok.pos_ == "VERB":
                cur = target
                for _ in range(4):
                    if cur.dep_ in ("dobj", "attr") and cur.head.i == tok.i:
                        obj_phrase = True
                        break
                    if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
                        break
                    cur = cur.head
            near = obj_phrase or target.i in pset or target.i in sub or self._reaches(target, pset) or (
                target.dep_ == "pobj" and target.head.lower_ in self._PLACE_PREPS and target.head.head.i in pset) or (
                target.head.i in pset and target.dep_ in ("dobj", "attr", "appos", "npadvmod") and tok.pos_ == "VERB")
            if near:
                rank = (0 if rec.type == "Place" and rec.country else 1 if rec.type == "Place" else 2, abs(a - tok.i))
                if best is None or rank < best[:2]:
                    best = (*rank, key)
        if best:
            return best[2]
        # "Barcelona, where he was attending a summit"
        for anc in path:
            if anc.dep_ == "relcl" and any(c.lower_ == "where" for c in anc.children):
                k = self.tok_actor[anc.head.i]
                if k and self.actors[k].type in ("Place", "Country"):
                    return k
        return None

    def place_mentions(self, sent: Span) -> list[tuple[int, int, str]]:
        """Place and country mentions of a sentence, outside quotations, plus "the capital"."""
        out = [(a, b, k) for a, b, k in self.mentions if sent.start <= a and b <= sent.end
               and self.actors[k].type in ("Place", "Country") and not self.in_quote[a]]
        for t in sent:
            if t.lower_ == "capital" and t.pos_ == "NOUN" and t.dep_ == "pobj" and not self.in_quote[t.i]:
                country = None
                for c in t.children:
                    k = self.gaz.by_demonym.get(c.text.lower())
                    if k:
                        country = k
                country = country or self.home_country
                cap = self.capital_of(country) if country else None
                if cap:
                    out.append((t.i, t.i + 1, cap))
        return out

    def capital_of(self, country: str) -> str | None:
        for e in self.gaz.entries.values():
            if e.type == "Place" and e.capital and e.country == country:
                self.add_actor(e.key, e.name, "Place", 10**9, entry=e, body=False)
                return e.key
        return None

    def place_contains(self, outer: str | None, inner: str | None) -> bool:
        if outer is None or inner is None:
            return True
        if outer == inner:
            return True
        rec = self.actors.get(inner)
        if rec is not None and rec.type == "Place" and rec.country is None and outer == self.home_country:
            return True  # a town the gazetteer does not know, in the article's country
        return bool(rec and rec.country == outer)

    # ---- statements
    def find_statements(self) -> None:
        doc = self.doc
        for t in doc:  # create untagged speakers first, so "he said" can resolve to them
            if t.pos_ == "VERB" and t.lemma_.lower() in L.SPEECH_VERBS and not self.in_quote[t.i]:
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ == "PROPN" and not self.tok_actor[subj.i]:
                    self._untagged_person(subj)
        used_verbs: set[int] = set()
        last: Ev | None = None
        last_para = -1
        para_of = self._paragraph_index()
        for q in self.quotes:
            first_tok = doc.char_span(q.start, q.end, alignment_mode="expand")
            if first_tok is None:
                continue
            s_open = doc[first_tok.start].sent
            s_close = doc[first_tok.end - 1].sent
            scope = doc[s_open.start: s_close.end]
            self._last_speaker = last.speaker if last is not None else None
            verb, speaker = self._attribute(q, scope)
            para = para_of(q.start)
            if speaker is None and verb is None:
                noun = next((t for t in scope if not self.in_quote[t.i] and t.lemma_.lower() in L.SPEECH_NOUNS and t.pos_ == "NOUN"), None)
                if noun is not None:
                    subj = self.subject(s_open.root) if s_open.root.pos_ in ("VERB", "AUX") else None
                    speaker = self.actor_at(subj) if subj is not None else None
                elif last is not None and last.speaker and para - last_para <= 1 and self._bare(q, scope):
                    speaker = last.speaker
                    if para == last_para and last.quote is not None:
                        last.quote.extend(q.parts)
                        last.evidence.append(self.sent_span(scope))
                        continue
            if speaker is None:
                continue
            quote_words = " ".join(self.text[a:b] for a, b in q.parts)
            if len(quote_words.split()) < 2 and not (verb is not None and self._governs(verb, q)):
                continue  # a scare-quoted word, not a quotation
            if verb is not None:
                used_verbs.add(verb.i)
                if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in L.SPEECH_VERBS:
                    used_verbs.add(verb.head.i)  # "criticised the visit, saying ... "quote"": one statement
            kind = self._kind(verb, quote_words)
            addressee = self._addressee(verb, speaker) if verb is not None else None
            ev = Ev("Statement", [self._evidence(scope, verb)], speaker=speaker, kind=kind,
                    quote=list(q.parts), addressee=addressee, anchor=q.start)
            d, dtxt = self.date_for(verb, verb.sent) if verb is not None else (None, None)
            ev.date, ev.date_text = d, dtxt
            if (last is not None and last.speaker == speaker and para == last_para and last.quote is not None
                    and verb is not None and last.anchor < q.start and self._same_sentence_group(last, scope)):
                last.quote.extend(q.parts)
                continue
            self.events.append(ev)
            last, last_para = ev, para
        self._reported(used_verbs)

    def _governs(self, verb: Token, q: Quote) -> bool:
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return False
        return verb.i in {a.i for a in span.root.ancestors}

    def _same_sentence_group(self, last: Ev, scope: Span) -> bool:
        return any(a <= scope.start_char < b + 2 or a <= scope.end_char <= b for a, b in last.evidence)

    def _paragraph_index(self):  # type: ignore[no-untyped-def]
        breaks = [m.start() for m in re.finditer(r"\n", self.art.analysed)]
        import bisect

        return lambda pos: bisect.bisect_left(breaks, pos)

    def _bare(self, q: Quote, scope: Span) -> bool:
        outside = [t for t in scope if not self.in_quote[t.i] and not t.is_punct and not t.is_space]
        return len(outside) <= 1

    def _attribute(self, q: Quote, scope: Span) -> tuple[Token | None, str | None]:
        cands: list[tuple[int, Token]] = []
        for t in scope:
            if self.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            if lemma == "accord" and t.lower_ == "according":
                cands.append((self._dist(t, q), t))
            elif lemma in L.SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
                if lemma == "call" and not self._call_for(t) and not self._governs(t, q):
                    continue
                if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                    continue
                cands.append((self._dist(t, q), t))
        qspan = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        governing = {a.i for a in qspan.root.ancestors} if qspan is not None else set()
        for _, verb in sorted(cands, key=lambda c: (c[1].i not in governing, c[0])):
            sp = self._speaker(verb)
            if sp:
                return verb, sp
            subj = self.subject(verb)
            last = getattr(self, "_last_speaker", None)
            if subj is not None and last and subj.lemma_.lower() in L.SPEECH_NOUNS:
                return verb, last  # '"...," the statement said.'
        return None, None

    def _dist(self, t: Token, q: Quote) -> int:
        if t.idx < q.start:
            return q.start - t.idx
        return t.idx - q.end

    def _call_for(self, t: Token) -> bool:
        """'called for X', 'called on X to', 'called for X to be done' -- not 'called a strike'."""
        if any(c.dep_ == "dobj" for c in t.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in t.children) or any(
            c.dep_ in ("xcomp", "advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for c in t.children)

    def _speaker(self, verb: Token) -> str | None:
        if verb.lower_ == "according":
            for c in verb.children:
                if c.lower_ == "to":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.actor_at(p)
            nxt = verb.nbor(1) if verb.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for p in nxt.children:
                    if p.dep_ == "pobj":
                        return self.actor_at(p)
            return None
        subj = self.subject(verb)
        k = self.actor_at(subj) if subj is not None and not self.in_quote[subj.i] else None
        if k is None and verb.i > 0 and not any(c.dep_ == "nsubj" for c in verb.children):
            # a misparsed subject: "..., the Thai Lawyers for Human Rights group said."
            prev = verb.doc[verb.i - 1]
            if prev.pos_ in ("NOUN", "PROPN") and not self.in_quote[prev.i]:
                k = self.actor_at(prev)
        return k

    def _kind(self, verb: Token | None, words: str) -> str:
        if verb is not None:
            k = L.SPEECH_VERBS.get(verb.lemma_.lower())
            if k:
                return k
            if verb.lower_ == "according":
                return "claim"
        low = " " + words.lower() + " "
        for kind, cues in L.KIND_CUES:
            if any(c in low for c in cues):
                return kind
        return "comment"

    def _addressee(self, verb: Token, speaker: str) -> str | None:
        lemma = verb.lemma_.lower()
        cands: list[Token] = []
        if lemma in L.ADDRESSEE_VERBS:
            cands += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if lemma in ("call", "appeal"):
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "to"):
                    cands += [p for p in c.children if p.dep_ == "pobj"]
        for c in cands:
            k = self.actor_at(c)
            if k and k != speaker and self.actors[k].type != "Group" and norm_media(self.actors[k].name) not in L.MEDIA:
                return k
        return None

    def _evidence(self, scope: Span, verb: Token | None) -> tuple[int, int]:
        a, b = self.sent_span(scope)
        if verb is not None:
            va, vb = self.sent_span(verb.sent)
            a, b = min(a, va), max(b, vb)
        return a, b

    def _reported(self, used: set[int]) -> None:
        for t in self.doc:
            if t.i in used or self.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            verb: Token | None = None
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and t.nbor(1).lower_ == "to":
                verb = t
            elif t.pos_ == "VERB" and lemma in L.SPEECH_VERBS and lemma not in L.QUOTE_ONLY_VERBS:
                if lemma == "call" and not self._call_for(t):
                    continue
                if lemma == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
                    continue
                if lemma in L.NEEDS_CLAUSE and t.dep_ != "relcl" and not (
                        any(c.dep_ in ("ccomp", "xcomp") for c in t.children) or t.dep_ in ("parataxis",)
                        or (t.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in t.children))
                        or (t.head.i != t.i and t.head.i < t.i and t.dep_ in ("ccomp",) and lemma in ("say", "write", "add", "tell", "note"))
                        or lemma in ("claim", "insist", "warn", "deny", "confirm") and any(c.dep_ == "dobj" for c in t.children)):
                    continue
                if lemma in ("welcome", "thank") and not any(c.dep_ == "dobj" for c in t.children):
                    continue
                if self._welcomes_guest(t):
                    continue
            elif t.pos_ == "NOUN" and lemma in L.SPEECH_EVENT_NOUNS:
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                        for p in c.children:
                            k = self.actor_at(p) if p.dep_ == "pobj" else None
                            if k and self.actors[k].type != "Group":
                                self._add_reported(t, k, L.SPEECH_EVENT_NOUNS[lemma])
                continue
            elif t.pos_ == "VERB" and lemma in L.CONCERN_VERBS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in L.CONCERN_NOUNS | L.PRAISE_NOUNS for c in t.children):
                sp = self._speaker(t)
                praise = any(c.dep_ == "dobj" and c.lemma_.lower() in L.PRAISE_NOUNS for c in t.children)
                if sp:
                    self._add_reported(t, sp, "praise" if praise else "criticism")
                continue
            elif t.pos_ == "VERB" and lemma in L.LIGHT_SPEECH_VERBS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in L.SPEECH_NOUNS for c in t.children):
                verb = None
                sp = self._speaker(t)
                if sp:
                    self._add_reported(t, sp, "claim")
                continue
            else:
                continue
            if verb is None:
                verb = t
            if self._reports_other(verb):
                continue
            if (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and verb.head.lemma_.lower() in L.SPEECH_VERBS
                    and self.subject(verb.head) is not None):
                continue  # "criticized the meeting, saying ...": one statement
            sp = self._speaker(verb)
            if not sp:
                continue
            if self._inside_other_speech(verb, sp):
                continue
            kind = L.SPEECH_VERBS.get(lemma) or self._kind(None, self._complement_text(verb))
            if verb.lower_ == "according":
                kind = "claim"
            self._add_reported(verb, sp, kind)

    def _complement_text(self, verb: Token) -> str:
        """What a reporting verb reports: its clause without the subject."""
        subj = self.subject(verb)
        skip = {t.i for t in subj.subtree} if subj is not None else set()
        return " ".join(t.text for t in verb.subtree if t.i not in skip)

    def _inside_other_speech(self, verb: Token, speaker: str) -> bool:
        """'Peskov said ... that Ukraine had refused to negotiate': Peskov's claim, not a
        statement by Ukraine."""
        if verb.dep_ not in ("ccomp", "conj"):
            return False
        for anc in verb.ancestors:
            if anc.pos_ == "VERB" and anc.lemma_.lower() in L.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in anc.children):
                other = self._speaker(anc)
                return other is not None and other != speaker
        return False

    def _reports_other(self, verb: Token) -> bool:
        """'Wang urged ..., the ministry said': the outer verb only gives the source of
        another actor's statement, which is the statement."""
        if verb.lemma_.lower() not in ("say", "add", "tell", "write", "state", "report"):
            return False
        for c in verb.children:
            if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in L.SPEECH_VERBS and any(
                    x.dep_ == "nsubj" for x in c.children):
                sub = self.subject(c)
                if sub is not None and self.actor_at(sub) not in (None, self.actor_at(self.subject(verb)) if self.subject(verb) is not None else None):
                    return True
        h = verb.head
        if verb.dep_ in ("ccomp", "parataxis") and h.i < verb.i and h.lemma_.lower() in L.SPEECH_VERBS:
            sub = self.subject(h)
            return sub is not None and self.actor_at(sub) is not None
        return False

    def _clause_span(self, verb: Token) -> tuple[int, int]:
        """The reporting clause: the verb's phrase with its subject (and, for a relative
        clause, the noun it describes), within the sentence; the sentence when short."""
        sent = verb.sent
        toks = list(verb.subtree)
        if verb.dep_ == "relcl":
            toks += [verb.head]
        subj = self.subject(verb)
        if subj is not None and sent.start <= subj.i < sent.end:
            toks += list(subj.subtree) if subj.i < verb.i else [subj]
        toks = [t for t in toks if not t.is_space]
        a, b = min(t.i for t in toks), max(t.i for t in toks)
        if b - a < 3:
            return self.sent_span(sent)
        start, end = self.doc[a].idx, self.doc[b].idx + len(self.doc[b].text)
        while end < len(self.text) and self.text[end] in '"\u201d\u2019' :
            end += 1
        return start, end

    def _add_reported(self, verb: Token, speaker: str, kind: str) -> None:
        sent = verb.sent
        ev = Ev("Statement", [self._clause_span(verb)], speaker=speaker, kind=kind, anchor=verb.idx,
                addressee=self._addressee(verb, speaker))
        ev.date, ev.date_text = self.date_for(verb, sent)
        self.events.append(ev)

    # ---- meetings and visits
    def find_meetings(self) -> None:
        meetings: list[Ev] = []
        visits: list[Ev] = []
        self._meetings = meetings
        for t in self.doc:
            if self.in_quote[t.i]:
                continue
            lemma = t.lemma_.lower()
            low = t.lower_
            if not (lemma in _MEETING_WORDS or low in _MEETING_WORDS):
                continue
            sent = t.sent
            parts: list[str] = []
            if t.pos_ == "VERB" and (lemma in L.MEETING_VERBS or self._welcomes_guest(t)):
                subj = self.subject(t)
                if subj is not None:
                    parts += self.actors_of(subj)
                for c in t.children:
                    if c.dep_ in ("dobj",):
                        parts += self.actors_of(c)
                    if c.dep_ == "prep" and c.lower_ == "with":
                        parts += [k for p in c.children if p.dep_ == "pobj" for k in self.actors_of(p)]
            elif t.pos_ in ("NOUN", "PROPN") and (lemma in L.MEETING_NOUNS or low in L.MEETING_NOUNS) and t.dep_ != "compound":
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                        parts += [k for p in c.children if p.dep_ == "pobj" for k in self.actors_of(p)]
                    if c.dep_ in ("compound", "poss", "nmod", "amod") and self.tok_actor[c.i]:
                        parts += self.actors_of(c)
                    if c.dep_ == "acl" and c.lemma_.lower() in ("host", "chair", "organise", "organize", "broker", "mediate"):
                        for a in c.children:  # "talks hosted by Charles Michel"
                            if a.dep_ == "agent":
                                parts += [k for p in a.children if p.dep_ == "pobj" for k in self.actors_of(p)]
                gov = t.head
                while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
                    gov = gov.head
                if gov.pos_ in ("VERB", "AUX") and gov.i != t.i:
                    subj = self.subject(gov)
                    if subj is not None:
                        subj_actors = self.actors_of(subj)
                        if parts or len(subj_actors) >= 2:
                            parts = subj_actors + parts
            elif lemma in L.VISIT_VERBS and t.pos_ == "VERB":
                self._visit(t, visits)
                continue
            elif lemma in L.VISIT_NOUNS and t.pos_ == "NOUN":
                self._visit(t, visits)
                continue
            else:
                continue
            parts = [p for i, p in enumerate(parts) if p not in parts[:i] and self.actors[p].type in ("Person", "Organization", "Country")]
            if len(parts) < 2:
                if not parts and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in t.children):
                    # "The meeting at the Filoli estate was ...": the meeting just reported
                    place = self.place_for(t, sent, include_to=False)
                    if meetings and place and (meetings[-1].place is None or self.place_contains(meetings[-1].place, place)):
                        meetings[-1].place = place
                        meetings[-1].evidence.append(self.sent_span(sent))
                continue
            d, dtxt = self.date_for(t, sent)
            place = self.place_for(t, sent, include_to=True)
            ev = Ev("Meeting", [self.sent_span(sent)], participants=parts, place=place, date=d, date_text=dtxt, anchor=t.idx)
            meetings.append(ev)
            if (lemma in ("host", "receive") or self._welcomes_guest(t)) and t.pos_ == "VERB":
                subj = self.subject(t)
                host = self.actor_at(subj) if subj is not None else None
                for c in t.children:
                    if c.dep_ == "dobj":
                        for guest in self.actors_of(c):
                            if guest != host and self.actors[guest].type == "Person":
                                visits.append(Ev("Visit", [self.sent_span(sent)], participants=[guest], place=place,
                                                 date=d, date_text=dtxt, anchor=t.idx, host=host))
        self.events += self._merge_meetings(meetings, visits)

    def _welcomes_guest(self, t: Token) -> bool:
        """'welcomed Narendra Modi to the White House': hosting a visitor, not praise."""
        if t.lemma_.lower() != "welcome":
            return False
        guest = any(c.dep_ == "dobj" and self.actor_at(c) and self.actors[self.actor_at(c)].type == "Person"  # type: ignore[index]
                    for c in t.children)
        return guest and any(c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in t.children)

    def _visit(self, t: Token, visits: list[Ev]) -> None:
        sent = t.sent
        if t.pos_ == "VERB":
            subj = self.subject(t)
            who = self.actor_at(subj) if subj is not None else None
        else:
            who = next((self.actor_at(c) for c in t.children if c.dep_ == "poss" and self.actor_at(c)), None)
        if not who or self.actors[who].type != "Person":
            return
        dest: str | None = None
        if t.lemma_.lower() == "visit":
            for c in t.children:
                if c.dep_ == "dobj" and self.tok_actor[c.i] and self.actors[self.tok_actor[c.i]].type in ("Place", "Country"):
                    dest = self.tok_actor[c.i]
        if dest is None:
            dest = self.place_for(t, sent, include_to=True)
        if dest is None:
            return
        d, dtxt = self.date_for(t, sent)
        visits.append(Ev("Visit", [self.sent_span(sent)], participants=[who], place=dest, date=d, date_text=dtxt, anchor=t.idx))

    def _merge_meetings(self, meetings: list[Ev], visits: list[Ev]) -> list[Ev]:
        merged: list[Ev] = []
        for m in meetings:
            for o in merged:
                if set(m.participants) <= set(o.participants) or set(o.participants) <= set(m.participants):
                    if m.date and o.date and m.date != o.date:
                        continue
                    if not (self.place_contains(m.place, o.place) or self.place_contains(o.place, m.place)):
                        continue
                    self._absorb(o, m)
                    for p in m.participants:
                        if p not in o.participants:
                            o.participants.append(p)
                    break
            else:
                merged.append(m)
        vmerged: list[Ev] = []
        for v in visits:
            for o in vmerged:
                if o.participants == v.participants and (not v.date or not o.date or v.date == o.date) and (
                        self.place_contains(o.place, v.place) or self.place_contains(v.place, o.place)):
                    self._absorb(o, v)
                    break
            else:
                vmerged.append(v)
        for m in merged:
            for v in vmerged:
                if v.participants[0] not in m.participants:
                    continue
                if m.date and v.date and m.date != v.date:
                    continue
                if v.place and m.place and self.actors[m.place].country == v.place:
                    v.place = m.place  # "a visit to Brazil" for talks in Brasilia
                if self.place_contains(m.place, v.place):
                    if v.place and (m.place is None or self.actors[m.place].type == "Country"):
                        m.place = v.place
                    if m.date is None and v.date:
                        m.date, m.date_text = v.date, v.date_text
                    if v.date is None and m.date:
                        v.date, v.date_text = m.date, m.date_text
                    others = [p for p in m.participants if p != v.participants[0]]
                    if len(others) == 1 and v.host is None:
                        v.host = others[0]
        city = self._dateline_place()
        if city:
            for e in merged + vmerged:
                if e.place is None or self.actors[e.place].venue:
                    e.place = city  # events are placed in towns: the venue's town is the dateline's
        return merged + vmerged

    def _absorb(self, o: Ev, m: Ev) -> None:
        for e in m.evidence:
            if e not in o.evidence:
                o.evidence.append(e)
        # a more specific place refines a meeting or visit ("Russia" -> "Sochi"); a protest
        # "across France" stays national when one city's march is mentioned
        if m.place and (o.place is None or (o.type != "Protest" and self.place_contains(o.place, m.place) and o.place != m.place)):
            o.place = m.place
        if o.date is None and m.date:
            o.date, o.date_text = m.date, m.date_text
        for k, v in m.counts.items():
            o.counts.setdefault(k, v)
        if o.organizer is None:
            o.organizer = m.organizer
        for p in m.participants:
            if p not in o.participants and o.type != "Visit":
                o.participants.append(p)

    # ---- protests and detentions
    def find_protests(self) -> None:
        doc = self.doc
        protests: list[Ev] = []
        counts = self._counts()
        for sent in doc.sents:
            triggers = [t for t in sent if self._is_protest(t)]
            sent_counts = [c for c in counts if sent.start <= c[0].i < sent.end]
            used_counts: set[int] = set()
            for t in triggers:
                d, dtxt = self.date_for(t, sent)
                place = self.place_for(t, sent, include_to=False)
                plural = t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.pos_ == "NOUN"
                ev = Ev("Protest", [self.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=t.idx)
                ev.generic = plural and d is None and (place is None or self.actors[place].type == "Country")
                ev.organizer = self._organizer(t)
                ppl = [k for a, b, k in self.mentions if sent.start <= a < sent.end and self.actors[k].type == "Group"
                       and self.actors[k].name.endswith(("protesters", "opposition", "strikers", "activists"))]
                ev.participants = list(dict.fromkeys(ppl))
                for tok, phrase, value in sent_counts:
                    if tok.i in used_counts:
                        continue
                    role = self._count_role(tok, t, triggers)
                    if role:
                        ev.counts.setdefault(role, (value, phrase))
                        used_counts.add(tok.i)
                protests.append(ev)
                if place is not None:
                    for extra in self._conj_places(place, sent):
                        twin = Ev("Protest", list(ev.evidence), place=extra, date=d, date_text=dtxt, anchor=t.idx)
                        twin.participants = list(ev.participants)
                        protests.append(twin)
            # detentions reported without a protest word in the same sentence
            for tok, phrase, value in sent_counts:
                if tok.i in used_counts:
                    continue
                verb = self._governing_verb(tok)
                if verb is not None and verb.lemma_.lower() in L.DETAIN_VERBS:
                    d, dtxt = self.date_for(verb, sent)
                    place = self.place_for(verb, sent, include_to=False)
                    det = Ev("Detention", [self.sent_span(sent)], place=place, date=d, date_text=dtxt, anchor=verb.idx)
                    det.counts["detained_count"] = (value, phrase)
                    for c in counts:
                        if sent.start <= c[0].i < sent.end and c[0].i != tok.i:
                            v2 = self._governing_verb(c[0])
                            if v2 is not None and v2.lemma_.lower() in L.DEATH_VERBS:
                                det.counts.setdefault("death_count", (c[2], c[1]))
                    subj = self.subject(verb)
                    if subj is not None and self.actor_at(subj):
                        det.participants.append(self.actor_at(subj))  # type: ignore[arg-type]
                    self.events.append(det)
        self.events += self._merge_protests(protests)

    def _conj_places(self, place: str, sent: Span) -> list[str]:
        out: list[str] = []
        for a, b, k in self.mentions:
            if k == place and sent.start <= a < sent.end:
                root = self.doc[a:b].root
                others = list(root.conjuncts)
                if root.dep_ == "pobj":  # "in St Petersburg and in Yakutsk"
                    others += [p for c in root.head.conjuncts for p in c.children if p.dep_ == "pobj"]
                for c in others:
                    k2 = self.tok_actor[c.i]
                    if k2 and k2 != place and self.actors[k2].type in ("Place", "Country") and k2 not in out:
                        out.append(k2)
                break
        return out

    def _is_protest(self, t: Token) -> bool:
        if self.in_quote[t.i] or t.ent_type_ == "DATE":
            return False
        lemma = t.lemma_.lower()
        low = t.lower_
        if t.pos_ == "NOUN" and (lemma in L.PROTEST_NOUNS or low in L.PROTEST_NOUNS):
            if t.dep_ == "compound":
                return False
            if lemma == "strike" and any(c.lower_ in ("hunger", "air", "missile", "drone") for c in t.children):
                return False
            if lemma == "march" and t.text[0].isupper() and t.i > t.sent.start:
                return False
            return True
        if t.pos_ == "VERB" and lemma in L.PROTEST_VERBS:
            subj = self.subject(t)
            return subj is not None and (self.actor_at(subj) is not None or subj.pos_ in ("NOUN", "NUM") or subj.like_num)
        if t.pos_ == "VERB" and lemma in L.DISPERSE_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("protester", "demonstrator", "protestor", "crowd", "rally")
                for c in t.children):
            return True
        if t.pos_ == "VERB" and lemma not in L.SPEECH_VERBS and lemma not in ("be", "have", "do", "say") and t.dep_ not in ("relcl", "acl"):
            # "protesters stormed the residence", "demonstrators blocked the road"
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                heads = [subj, *[p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
                if any(h.lemma_.lower() in L.PROTESTER_NOUNS for h in heads):
                    return True
        if t.pos_ == "VERB" and lemma in L.GATHER_VERBS:
            subj = self.subject(t)
            if subj is not None:
                heads = [subj, *[p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]]
                if any(h.lemma_.lower() in ("protester", "demonstrator", "protestor", "marcher") for h in heads):
                    return True
        if t.pos_ == "VERB" and lemma == "take" and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "streets" for p in c.children) for c in t.children):
            return True
        return False

    def _organizer(self, t: Token) -> str | None:
        for c in t.children:
            if c.dep_ == "acl" and c.lemma_.lower() in L.ORGANISE_VERBS:
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj":
                                return self.actor_at(p)
        if t.dep_ == "dobj" and t.head.lemma_.lower() in L.ORGANISE_VERBS:
            subj = self.subject(t.head)
            if subj is not None:
                return self.actor_at(subj)
        return None

    def _counts(self) -> list[tuple[Token, str, int]]:
        out: list[tuple[Token, str, int]] = []
        for m in _COUNT_RE.finditer(self.art.analysed):
            span = self.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(self.in_quote[t.i] for t in span):
                continue
            if any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") for t in span):
                continue
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            if nxt is not None and nxt.lower_ in ("years", "year", "days", "day", "weeks", "months", "percent", "%", "km", "kilometres", "miles", "hours"):
                continue
            value = count_value(m.group(0))
            if value is None:
                continue
            out.append((span[-1], self.text[m.start():m.end()], value))
        return out

    def _governing_verb(self, tok: Token) -> Token | None:
        cur = tok
        for _ in range(4):
            if cur.head.i == cur.i:
                return cur if cur.pos_ in ("VERB", "AUX") else None
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                return cur
        return None

    def _count_role(self, tok: Token, trig: Token, triggers: list[Token]) -> str | None:
        verb = self._governing_verb(tok)
        vl = verb.lemma_.lower() if verb is not None else ""
        if vl in L.DETAIN_VERBS:
            return "detained_count"
        if vl in L.DEATH_VERBS:
            return "death_count"
        head = tok.head
        people = head.lemma_.lower() in ("people", "person", "protester", "demonstrator", "supporter", "marcher", "worker",
                                         "student", "woman", "man", "resident", "citizen", "activist", "voter")
        if vl in L.PARTICIPATE_VERBS or tok.i in {x.i for x in trig.subtree} or people or vl in L.PROTEST_VERBS:
            # the nearest protest word takes the figure
            near = min(triggers, key=lambda x: (0 if verb is not None and x.i in {y.i for y in verb.subtree} else 1, abs(x.i - tok.i)))
            return "participant_count" if near.i == trig.i else None
        return None

    def _merge_protests(self, protests: list[Ev]) -> list[Ev]:
        merged: list[Ev] = []
        heads = [p for p in protests if self.in_headline(p.anchor)]
        for p in protests:
            if self.in_headline(p.anchor):
                continue
            target: Ev | None = None
            if p.date is not None:
                target = next((o for o in merged if o.date == p.date and (
                    self.place_contains(o.place, p.place) or self.place_contains(p.place, o.place))), None)
                if target is None:
                    target = next((o for o in merged if o.date is None and not o.generic and o.place and p.place and
                                   (self.place_contains(o.place, p.place) or self.place_contains(p.place, o.place))), None)
            elif p.place is not None and self.actors[p.place].type == "Place":
                target = next((o for o in reversed(merged) if o.place and not o.generic and (
                    self.place_contains(o.place, p.place) or self.place_contains(p.place, o.place))), None)
                if target is not None and target.place != p.place and self.actors[target.place].type == "Country" \
                        and target.date is not None:
                    # "In Moscow, 40,000 gathered": the national protest's event in that city
                    p.date, p.date_text = target.date, target.date_text
                    target = next((o for o in merged if o.place == p.place and o.date == p.date), None)
            elif p.generic:
                anchor_tok = self.doc.char_span(p.anchor, p.anchor + 1, alignment_mode="expand")
                definite = anchor_tok is not None and any(c.lower_ in ("the", "these", "those") for c in anchor_tok.root.children)
                specific = [o for o in merged if not o.generic]
                if definite and specific:
                    target = specific[-1]
                else:
                    target = next((o for o in merged if o.generic), None)
            else:
                target = next((o for o in reversed(merged) if not o.generic), None)
                if target is None:
                    target = next((o for o in merged if o.generic), None)
            if target is None:
                merged.append(p)
            else:
                gen = target.generic
                self._absorb(target, p)
                target.generic = gen and p.generic
        # "protesters stormed parliament" with neither date nor place: the day's protest
        dated = [p for p in merged if p.date is not None and not p.generic]
        for p in [p for p in merged if p.date is None and p.place is None and not p.generic]:
            if dated:
                self._absorb(dated[0], p)
                merged.remove(p)
        for h in heads:
            if not merged:
                merged.append(h)
                continue
            same = [b for b in merged if h.place and b.place == h.place]
            target = (same or [b for b in merged if not b.generic] or merged)[0]
            gen = target.generic
            self._absorb(target, h)
            target.generic = gen
        city = self._dateline_place()
        for p in merged:
            if city and not p.generic and (p.place is None or self.actors[p.place].venue):
                p.place = city
            if p.place is None and self.home_country:
                p.place = self.home_country
                self._ensure_country(self.home_country)
        return merged

    def _dateline_place(self) -> str | None:
        from kg.extract.articles import dateline_city

        name = dateline_city(self.text)
        if not name:
            return None
        e = self.gaz.lookup(name)
        if e is not None and e.type == "Place":
            self.add_actor(e.key, e.name, "Place", 10**9, entry=e, body=False)
            return e.key
        key = slug(name)
        if key in self.actors:
            return key if self.actors[key].type == "Place" else None
        self.add_actor(key, name, "Place", 10**9, alias=name, body=False)
        return key

    def _ensure_country(self, key: str) -> None:
        if key not in self.actors:
            e = self.gaz.entries.get(key)
            if e:
                self.add_actor(e.key, e.name, "Country", 10**9, entry=e, body=True)

    # ---- output
    def find_headlines(self) -> None:
        """Short lines without a final full stop among the first lines: headline,
        kicker, caption. Their wording is a summary, not a report: statements found there
        are dropped and protests found there join the body's protest."""
        self.headlines: list[tuple[int, int]] = []
        pos = 0
        seen = 0
        for line in self.art.analysed.splitlines(keepends=True):
            body = line.strip()
            if body:
                seen += 1
                if seen > 4:
                    break
                if len(body) < 160 and not re.search(r"[.!?\"\u201d]$", body):
                    a = pos + line.index(body[0])
                    self.headlines.append((a, a + len(body)))
            pos += len(line)

    def in_headline(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.headlines)

    def run(self) -> dict[str, Any]:
        self.find_headlines()
        self.find_actors()
        self.find_roles()
        self.index_dates()
        self.find_statements()
        self.find_meetings()
        self.find_protests()
        return self.to_facts()

    def to_facts(self) -> dict[str, Any]:
        used: set[str] = set()
        self.events = [e for e in self.events if not (e.type == "Statement" and self.in_headline(e.anchor))]
        events_out: list[dict[str, Any]] = []
        self.events.sort(key=lambda e: e.anchor)
        for e in self.events:
            d: dict[str, Any] = {"type": e.type}
            if e.type in ("Meeting", "Visit", "Protest", "Detention") and e.participants:
                d["participants"] = [self._id(p) for p in e.participants]
                used.update(e.participants)
            if e.place:
                self._ensure_country(e.place) if self.actors.get(e.place) is None else None
                d["place"] = self._id(e.place)
                used.add(e.place)
            if e.date_text:
                if e.date:
                    d["date"] = e.date
                d["date_text"] = e.date_text
            if e.type == "Visit" and e.host:
                d["host"] = self._id(e.host)
                used.add(e.host)
            if e.type == "Protest" and e.organizer:
                d["organizer"] = self._id(e.organizer)
                used.add(e.organizer)
            for cname in ("participant_count", "detained_count", "death_count"):
                if cname in e.counts:
                    d[cname] = e.counts[cname][0]
                    d[cname + "_text"] = e.counts[cname][1]
            if e.type == "Statement":
                d["speaker"] = self._id(e.speaker)  # type: ignore[arg-type]
                used.add(e.speaker)  # type: ignore[arg-type]
                if e.addressee:
                    d["addressee"] = self._id(e.addressee)
                    used.add(e.addressee)
                d["kind"] = e.kind or "comment"
                if e.quote:
                    d["quote"] = QUOTE_GAP.join(self._clean_quote(a, b) for a, b in e.quote)
            ev = [self.text[a:b].strip() for a, b in e.evidence]
            ev = [x for i, x in enumerate(ev) if x and x not in ev[:i]]
            d["evidence"] = ev[0] if len(ev) == 1 else ev
            key = self._event_key(e)
            if key:
                d["key"] = key
            events_out.append(d)
        return {"article": self.art.meta(), **self._declarations(used), "events": events_out}

    def _clean_quote(self, a: int, b: int) -> str:
        s = self.text[a:b]
        s = s.strip()
        s = re.sub(r"[,.;:\s]+$", "", s)
        return s

    def _id(self, key: str) -> str:
        return re.sub(r"[^a-z0-9_-]", "-", key.lower()).strip("-") or "x"

    def _event_key(self, e: Ev) -> str | None:
        if e.type == "Meeting" and e.date:
            return "meeting." + e.date.isoformat() + "." + ".".join(sorted(e.participants))
        if e.type == "Visit" and e.date and e.place:
            return f"visit.{e.date.isoformat()}.{e.participants[0]}.{self._country_or_self(e.place)}"
        if e.type == "Protest" and e.date and e.place:
            return f"protest.{e.date.isoformat()}.{e.place}"
        if e.type == "Statement" and e.quote and e.speaker:
            words = " ".join(self.text[a:b] for a, b in e.quote)
            norm = " ".join(re.findall(r"[a-z0-9']+", words.lower()))
            return f"statement.{e.speaker}." + hashlib.sha1(norm.encode()).hexdigest()[:12]
        return None

    def _country_or_self(self, key: str) -> str:
        rec = self.actors.get(key)
        return rec.country if rec and rec.country else key

    def _declarations(self, used: set[str]) -> dict[str, Any]:
        actors: list[dict[str, Any]] = []
        places: list[dict[str, Any]] = []
        needed = set(used)
        for k, rec in self.actors.items():
            if rec.in_body and rec.type != "Place":
                needed.add(k)
        for k in list(needed):
            rec = self.actors.get(k)
            if rec and rec.type == "Place" and rec.country and rec.country in self.actors:
                needed.add(rec.country)
        for k in sorted(needed, key=lambda k: (self.actors[k].first, k) if k in self.actors else (10**9, k)):
            rec = self.actors.get(k)
            if rec is None:
                continue
            aliases = sorted(a for a in rec.aliases if a != rec.name)
            if rec.type == "Place":
                p: dict[str, Any] = {"id": self._id(k), "name": rec.name}
                if aliases:
                    p["aliases"] = aliases
                if rec.wikidata:
                    p["wikidata"] = rec.wikidata
                if rec.country and rec.country in self.actors:
                    p["country"] = self._id(rec.country)
                p["key"] = k
                places.append(p)
            else:
                a: dict[str, Any] = {"id": self._id(k), "name": rec.name, "type": rec.type}
                if rec.role:
                    a["role"] = rec.role
                if aliases:
                    a["aliases"] = aliases
                if rec.wikidata:
                    a["wikidata"] = rec.wikidata
                a["key"] = k
                actors.append(a)
        out: dict[str, Any] = {"actors": actors}
        if places:
            out["places"] = places
        return out


def norm_media(name: str) -> str:
    return re.sub(r"^the ", "", name.lower()).strip()


def extract_facts(doc: Doc, article: Article, gaz: Gazetteer) -> dict[str, Any]:
    """The facts document (the facts-file structure, ``text`` not set) for one parsed article."""
    return _Extractor(doc, article, gaz).run()

