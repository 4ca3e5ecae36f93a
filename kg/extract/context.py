"""The per-article state every rule phase reads and writes (:class:`Context`).

One :class:`Context` is made per parsed article. The phases (``actors``, ``places``,
``statements``, ``meetings``, ``protests``, ``output``) are functions of it; they share
the actors found so far, which token names which actor, the quotations, the date
phrases and the events. Every offset is into ``article.text`` (the analysed text has the
same offsets), so evidence and quotes are sliced from the original verbatim.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.articles import Article, slug
from kg.extract.dates import find_dates, resolve_date
from kg.extract.furniture import dateline_city, dateline_date_span
from kg.extract.dates import DatePhrase
from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.indexes import MentionList
from kg.extract.quotes import find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorRec", "Ev", "Context"]


@dataclass
class ActorRec:
    """An actor (or place) of the article: ``key`` is its global identity slug."""

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
    weak: bool = False  # declared only when it has a role in an event ("officials", "witnesses")


@dataclass
class Ev:
    """An event under construction; spans are character offsets into the text."""

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
    #: its clause tells a time that is no day ("overnight", "in the wake of"): no other mention's day is given to it
    no_day: bool = False
    part_of: int | None = None


class Context:
    """Everything the rules know about one article while they run."""

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
        self._mentions = MentionList()  # (token start, token end, key), sorted
        self.events: list[Ev] = []
        self.dates: list[tuple[DatePhrase, Span]] = []
        self.home_country: str | None = None
        self.votes: dict[str, int] = {}  # country key -> mentions, for the home country
        self.surnames: dict[str, str] = {}  # first or last name -> key of the full-named person
        self.headlines: list[tuple[int, int]] = []
        self.meetings: list[Ev] | None = None  # the meetings found so far ("the two leaders")
        self.last_speaker: str | None = None  # speaker of the previous quotation
        # descriptions already tied to an actor ("the anti-corruption body, the National
        # Accountability Bureau"; "police sources"): head lemma -> key, for "the sources said"
        self.described: dict[str, str] = {}
        # groups named by one noun with joined words ("medical and security sources"): the first
        # group's key -> the others', each of which speaks with it
        self.joint_groups: dict[str, list[str]] = {}
        # groups that take part in talks through their leaders ("held talks with opposition leaders")
        self.led_groups: set[str] = set()
        # groups merged into another (supporters.merge_supporters): a later mention made under the old key is the other's
        self.merged: dict[str, str] = {}
        # per-article indexes and memos, built on first use and gone with the article (see indexes.py):
        # the date phrases' starts and tokens (stamped with the dates list's identity and length) ...
        self.date_index: tuple[tuple[int, int], list[int], bool, frozenset[int]] | None = None
        self.token_offsets: list[int] | None = None  # ... the character offset of each token
        # whether a person reports for an outlet, asked with the number of mentions then (outlets.py)
        self.reporters: dict[tuple[str, int], bool] = {}
        self.norms: dict[tuple[int, int], str] = {}  # an evidence span's words normalised (reported_events.py)
        self._lemmas: list[str] | None = None
        self._lowers: list[str] | None = None
        self._poses: list[str] | None = None
        self._ent_types: list[str] | None = None
        self.foreign: dict[int, bool] = {}  # a sentence (by its first token) -> whether it is in another language

    # Each token's lemma (lower case), lower-case form and coarse tag, read once per article: a loop
    # over the text that asks these of every token to find its few candidates reads the lists,
    # and makes a Token (and asks the parse) only for those (Token.pos_ and .lemma_ look the
    # string up on every read).
    @property
    def lemmas(self) -> list[str]:
        """``t.lemma_.lower()`` of every token ``t``, by index."""
        if self._lemmas is None:
            self._lemmas = [t.lemma_.lower() for t in self.doc]
        return self._lemmas

    @property
    def lowers(self) -> list[str]:
        """``t.lower_`` of every token ``t``, by index."""
        if self._lowers is None:
            self._lowers = [t.lower_ for t in self.doc]
        return self._lowers

    @property
    def poses(self) -> list[str]:
        """``t.pos_`` of every token ``t``, by index."""
        if self._poses is None:
            self._poses = [t.pos_ for t in self.doc]
        return self._poses

    @property
    def ent_types(self) -> list[str]:
        """``t.ent_type_`` of every token ``t``, by index (the rules never change the entities of the Doc)."""
        if self._ent_types is None:
            self._ent_types = [t.ent_type_ for t in self.doc]
        return self._ent_types

    def retag(self, tok: Token, pos: str, tag: str, lemma: str) -> None:
        """Set a token's coarse tag, tag and lemma (a misread word put right), in the lists too."""
        tok.pos_, tok.tag_, tok.lemma_ = pos, tag, lemma
        if self._poses is not None:
            self._poses[tok.i] = pos
        if self._lemmas is not None:
            self._lemmas[tok.i] = lemma.lower()

    @property
    def mentions(self) -> list[tuple[int, int, str]]:
        """The actor mentions (token start, token end, key), sorted: a list that finds a range's by bisection."""
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[tuple[int, int, str]]) -> None:
        self._mentions = value if isinstance(value, MentionList) else MentionList(value)

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions that start at a token in ``[start, end)``, in the list's order (a sentence's:
        ``mentions_in(sent.start, sent.end)``), without reading the others."""
        return self._mentions.starting(start, end)

    def sent_span(self, sent: Span) -> tuple[int, int]:
        """A sentence's character span without surrounding space, closing quote marks kept."""
        toks = [t for t in sent if not t.is_space]
        if not toks:
            return sent.start_char, sent.end_char
        end = toks[-1].idx + len(toks[-1].text)
        while end < len(self.text) and self.text[end] in '"\u201d\u2019)' and toks[-1].text in '.!?,"\u201d':
            end += 1
        return toks[0].idx, end

    def add_actor(self, key: str, name: str, type_: str, pos: int, *, entry: Entry | None = None,
                  alias: str | None = None, body: bool = True) -> ActorRec:
        """The actor ``key`` (made on first mention; a gazetteer ``entry`` gives its details)."""
        while key in self.merged and key not in self.actors:
            key = self.merged[key]  # "the protesters" made again after they were found to be the supporters
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

    def mark(self, ent: Span, rec: ActorRec) -> None:
        """Record that the tokens of ``ent`` name ``rec``."""
        for t in ent:
            self.tok_actor[t.i] = rec.key
        self.mentions.append((ent.start, ent.end, rec.key))

    def vote_country(self, key: str) -> None:
        """Count a mention of country ``key`` towards the article's home country."""
        self.votes[key] = self.votes.get(key, 0) + 1

    def in_headline(self, at: int) -> bool:
        """Whether offset ``at`` lies in a headline line (see :meth:`find_headlines`)."""
        return any(a <= at < b for a, b in self.headlines)

    def find_headlines(self) -> None:
        """Short lines without a final full stop among the first lines: headline,
        kicker, caption. Their wording is a summary, not a report: statements found there
        are dropped and protests found there join the body's protest."""
        self.headlines = []
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

    def paragraph_index(self) -> Callable[[int], int]:
        """A function from a character offset to the number of its line."""
        breaks = [m.start() for m in re.finditer(r"\n", self.art.analysed)]
        return lambda pos: bisect.bisect_left(breaks, pos)

    def typed(self, key: str | None, type_: str) -> bool:
        """Whether ``key`` names an actor of ``type_`` ("Person", "Country", ...)."""
        return bool(key) and self.actors[key].type == type_  # type: ignore[index]

    def place_contains(self, outer: str | None, inner: str | None) -> bool:
        """Whether place ``inner`` lies in ``outer`` (or either is unknown)."""
        if outer is None or inner is None:
            return True
        if outer == inner:
            return True
        rec = self.actors.get(inner)
        if rec is not None and rec.type == "Place" and rec.country is None and outer == self.home_country:
            return True  # a town the gazetteer does not know, in the article's country
        return bool(rec and rec.country == outer)

    def capital_of(self, country: str) -> str | None:
        """The key of the country's capital (added as a place), if the gazetteer knows it."""
        for e in self.gaz.entries.values():
            if e.type == "Place" and e.capital and e.country == country:
                self.add_actor(e.key, e.name, "Place", 10**9, entry=e, body=False)
                return e.key
        return None

    def dateline_place(self) -> str | None:
        """The wire dateline's town, added as a place; None without a dateline."""
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

    def home_group(self, canon: str) -> str | None:
        """The key of the group ``canon`` ("protesters") of the article's country, made if needed."""
        home = self.gaz.entries.get(self.home_country) if self.home_country else None
        if home is None:
            return None
        demonym = home.demonyms[0] if home.demonyms else home.name
        key = slug(f"{home.key}-{canon}")
        rec = self.add_actor(key, f"{demonym} {canon}", "Group", 10**9, body=False)
        rec.aliases.add(canon)
        return rec.key

    def dateline_date(self) -> tuple[dt.date | None, str | None]:
        """The day of the wire dateline ("NAIROBI, Jun 20 -"), resolved against publication."""
        span = dateline_date_span(self.text)
        if span is None:
            return None, None
        found = find_dates(self.text, span[0], span[1])
        if not found:
            return None, None
        return resolve_date(found[0], self.art.published), self.text[found[0].start:found[0].end]

    def ensure_country(self, key: str) -> None:
        """Declare the gazetteer country ``key`` as an actor if it is not one yet."""
        if key not in self.actors:
            e = self.gaz.entries.get(key)
            if e:
                self.add_actor(e.key, e.name, "Country", 10**9, entry=e, body=True)

    def absorb(self, o: Ev, m: Ev) -> None:
        """Merge event ``m`` into ``o`` (the same real-world event reported twice)."""
        for e in m.evidence:
            if e not in o.evidence:
                o.evidence.append(e)
        # a more specific place refines a meeting or visit ("Russia" -> "Sochi"); a protest
        # "across France" stays national when one city's march is mentioned
        if m.place and (o.place is None or (o.type != "Protest" and self.place_contains(o.place, m.place) and o.place != m.place)):
            o.place = m.place
        if o.date is None and m.date:
            o.date, o.date_text = m.date, m.date_text
        o.no_day = o.date is None and (o.no_day or m.no_day)  # one undated mention tells "overnight": the gathering's time
        for k, v in m.counts.items():
            o.counts.setdefault(k, v)
        if o.organizer is None:
            o.organizer = m.organizer
        for p in m.participants:
            if p not in o.participants and o.type != "Visit":
                o.participants.append(p)


def norm_media(name: str) -> str:
    """A medium's name for lookups in ``lexicon.MEDIA``."""
    return re.sub(r"^the ", "", name.lower()).strip()
