"""What is already known: actors, places and event reports, indexed for resolution.

An :class:`IdentityIndex` holds plain data (keys, names, event signatures), filled from a
store (:mod:`kg.identity.stored`) and from the articles of a batch as they are resolved.
Resolving article by article against an index that holds what the store holds gives the
same keys as resolving the whole batch at once: that is what makes one-by-one ingests
give the graph a batch ingest gives.

Lookups are dictionaries (name key, transliteration key, Wikidata id, surname); fuzzy
matching runs only over surnames, through rapidfuzz's vectorised search.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Indel

from kg.identity.events import NO_DATE, EventSig, Wanted, places_agree, same_event, wanted
from kg.identity.names import (
    NAMED_AFTER_MIN,
    SURNAME_MIN,
    NameMatch,
    match_names,
    match_titles,
    name_key,
    title_key,
    title_tokens,
    translit_key,
    translit_tokens,
)
from kg.identity.romanisation import lookup_keys

__all__ = ["KnownEntity", "Report", "Decisions", "IdentityIndex", "ACTOR", "PLACE"]

ACTOR = "actor"
PLACE = "place"


@dataclass
class KnownEntity:
    """An actor or place already known: its key, canonical label and every name seen."""

    kind: str  # ACTOR | PLACE
    key: str
    label: str
    types: set[str] = field(default_factory=set)  # Person, Organization, Country, Group, Place
    names: set[str] = field(default_factory=set)
    wikidata: str | None = None


@dataclass(frozen=True)
class Report:
    """One article's report of an event: the event key and what the article says."""

    key: str
    article: str
    sig: EventSig


@dataclass
class Decisions:
    """Decisions a person made (``kg merge``, an alias file): they beat automatic matches.

    ``merge`` maps a name key to the key of the actor it names; ``apart`` holds pairs of
    keys that must never be merged.
    """

    merge: dict[str, str] = field(default_factory=dict)
    apart: set[frozenset[str]] = field(default_factory=set)


@dataclass(frozen=True)
class Match:
    """The known entity a new one is resolved to, and why."""

    key: str
    reason: str


class IdentityIndex:
    """Known actors, places and event reports, with the lookups resolution needs.

    Args:
        fetch_reports: called with what to look up (:class:`~kg.identity.events.Wanted`),
            returns every stored report of the events found (so events are read from the
            store only for what a batch's events could be: see :meth:`prefetch`).
        decisions: the user's merge and keep-apart decisions.
    """

    def __init__(self, fetch_reports: Callable[[set[Wanted]], Iterable[Report]] | None = None,
                 decisions: Decisions | None = None) -> None:
        self.entities: dict[tuple[str, str], KnownEntity] = {}
        self.by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_translit: dict[str, set[str]] = defaultdict(set)
        self.by_wikidata: dict[tuple[str, str], str] = {}
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.by_romanisation: dict[str, set[str]] = defaultdict(set)  # Chinese / Korean names (lookup_keys)
        self.by_title: dict[tuple[str, object], set[str]] = defaultdict(set)  # (kind, title key or shape)
        self.place_words: set[str] = set()  # one-word place and country names, transliterated
        self._surnames: list[str] | None = None
        self.reports: dict[str, list[Report]] = defaultdict(list)
        self.events_of: dict[str, set[str]] = defaultdict(set)
        self._fetched: set[Wanted] = set()
        self._known_reports: set[tuple[str, str]] = set()
        self._fetch = fetch_reports
        self.decisions = decisions or Decisions()

    # ------------------------------------------------------------------ actors and places

    def add_entity(self, kind: str, key: str, name: str, type_: str, aliases: Iterable[str] = (),
                   wikidata: str | None = None) -> KnownEntity:
        """Record an actor or place (the first name recorded for a key is its label)."""
        ent = self.entities.get((kind, key))
        if ent is None:
            ent = self.entities[(kind, key)] = KnownEntity(kind, key, name)
        ent.types.add(type_)
        for n in (name, *aliases):
            if n in ent.names:
                continue
            ent.names.add(n)
            nk = name_key(n)
            if nk:
                self.by_name[(kind, nk)].add(key)
            if kind == ACTOR:  # every actor's names: whether it is a person is asked at lookup
                tk = translit_key(n)
                if tk:
                    self.by_translit[tk].add(key)
                for surname in _surnames(translit_tokens(n)):
                    self.by_surname[surname].add(key)
                    self._surnames = None
                for rk in lookup_keys(n):
                    self.by_romanisation[rk].add(key)
            if type_ not in ("Person", "Group"):
                self.by_title[(kind, title_key(n))].add(key)
                self.by_title[(kind, _shape(n))].add(key)
                if type_ in ("Place", "Country") and len(title_tokens(n)) == 1:
                    self.place_words.add(title_key(n))
        if wikidata and ent.wikidata is None:
            ent.wikidata = wikidata
            self.by_wikidata.setdefault((kind, wikidata), key)
        return ent

    def label(self, kind: str, key: str) -> str | None:
        ent = self.entities.get((kind, key))
        return ent.label if ent else None

    def _allowed(self, own: str, other: str) -> bool:
        return frozenset((own, other)) not in self.decisions.apart

    def resolve_entity(self, kind: str, key: str, names: list[str], type_: str,
                       wikidata: str | None = None) -> Match | None:
        """The known entity that ``names`` denote, if another key than ``key``, with the evidence.

        In order: a user decision; the same Wikidata id; the same name (after the fold);
        for persons, the same transliteration key, then a transliteration-aware match of
        the names (a surname alone only when one known person has it).
        """
        for n in names:
            target = self.decisions.merge.get(name_key(n))
            if target:
                return Match(target, f"user decision: {n!r} is {self.label(kind, target) or target}") if target != key else None
        if type_ == "Group":
            return None  # bare group names ("protesters") mean different groups in different articles
        if (kind, key) in self.entities:
            return None
        if wikidata:
            other = self.by_wikidata.get((kind, wikidata))
            if other and other != key and self._allowed(key, other):
                return Match(other, f"same Wikidata id {wikidata}")
        for n in names:
            hits = sorted(k for k in self.by_name.get((kind, name_key(n)), ()) if k != key and self._allowed(key, k)
                          and "Group" not in self.entities[(kind, k)].types)
            if len(hits) == 1:
                return Match(hits[0], f"same name {n!r}")
        if kind == PLACE or type_ in ("Organization", "Country"):
            return self._title_match(kind, key, names)
        if kind != ACTOR or type_ != "Person":
            return None
        for n in names:
            hits = sorted(k for k in self.by_translit.get(translit_key(n), ()) if k != key and self._allowed(key, k)
                          and self._person(k))
            if len(hits) == 1:
                ent = self.entities[(kind, hits[0])]
                return Match(hits[0], f"same transliteration: {n!r} = {self._closest(n, ent)!r}")
        return self._fuzzy(key, names)

    def _title_match(self, kind: str, key: str, names: list[str]) -> Match | None:
        """An organisation or place known under another romanisation of its name
        (:func:`~kg.identity.names.match_titles`); one candidate only, and a place's name
        in the possessive ("Colombia's") is never taken for a person's."""
        for n in names:
            found: dict[str, str] = {}
            for k in sorted(self.by_title.get((kind, title_key(n)), set()) | self.by_title.get((kind, _shape(n)), set())):
                ent = self.entities[(kind, k)]
                if k == key or not self._allowed(key, k) or ent.types & {"Person", "Group"}:
                    continue
                for known in sorted(ent.names):
                    m = match_titles(n, known)
                    if m is not None and not self._place_named(n, known):
                        found[k] = f"{m.reason}: {n!r} ~ {known!r}"
                        break
            if len(found) == 1:
                k, reason = next(iter(found.items()))
                return Match(k, reason)
        return None

    def _place_named(self, a: str, b: str) -> bool:
        """Whether the words in which ``a`` and ``b`` differ include a known place's name."""
        diff: set[str] = set()
        for (x, _), (y, _) in zip(title_tokens(a), title_tokens(b), strict=False):
            if x != y:
                diff |= {x, y}
        return bool(diff & self.place_words)

    def _person(self, key: str) -> bool:
        ent = self.entities.get((ACTOR, key))
        return ent is not None and "Person" in ent.types

    def _closest(self, name: str, ent: KnownEntity) -> str:
        tk = translit_key(name)
        return next((x for x in sorted(ent.names) if translit_key(x) == tk), ent.label)

    def person_matches(self, key: str, name: str) -> list[tuple[str, str, NameMatch]]:
        """Known persons (other than ``key``) with a name that ``name`` may be, with the
        known name and the evidence: candidates by similar surname, checked by
        :func:`~kg.identity.names.match_names`."""
        surnames = _surnames(translit_tokens(name))
        romanised = {k for rk in lookup_keys(name) for k in self.by_romanisation.get(rk, ())}
        if not surnames and not romanised:
            return []
        if self._surnames is None:
            self._surnames = sorted(self.by_surname)
        found = [f for s in surnames for f in process.extract(s, self._surnames, scorer=Indel.normalized_similarity,
                                                               score_cutoff=SURNAME_MIN, limit=None)]
        out: list[tuple[str, str, NameMatch]] = []
        for k in sorted({k for surname, _, _ in found for k in self.by_surname[surname]} | romanised):
            if k == key or not self._allowed(key, k) or not self._person(k):
                continue
            best: tuple[str, NameMatch] | None = None
            for known in sorted(self.entities[(ACTOR, k)].names):
                m = match_names(name, known)
                if m is not None and (best is None or (not m.weak and best[1].weak) or
                                      (m.weak == best[1].weak and m.score > best[1].score)):
                    best = (known, m)
            if best is not None:
                out.append((k, best[0], best[1]))
        return out

    def _fuzzy(self, key: str, names: list[str]) -> Match | None:
        strong: dict[str, tuple[float, str]] = {}
        weak: dict[str, tuple[float, str]] = {}
        for n in names:
            for k, known, m in self.person_matches(key, n):
                bucket = weak if m.weak else strong
                reason = f"{m.reason}: {n!r} ~ {known!r}"
                if k not in bucket or m.score > bucket[k][0]:
                    bucket[k] = (m.score, reason)
        if strong:
            k = max(sorted(strong), key=lambda x: strong[x][0])
            return Match(k, strong[k][1])
        if len(weak) == 1:
            k = next(iter(weak))
            return Match(k, weak[k][1])
        return None

    # ------------------------------------------------------------------ events

    def prefetch(self, sigs: Iterable[EventSig]) -> None:
        """Read (in one go) the stored events that any of ``sigs`` could be: resolving a
        batch's events then needs no more reads."""
        want: set[Wanted] = set()
        for sig in sigs:
            want |= wanted(sig)
        missing = want - self._fetched
        self._fetched |= missing
        if not missing or self._fetch is None:
            return
        for r in self._fetch(missing):
            if (r.key, r.article) not in self._known_reports:
                self.add_report(r)

    def add_report(self, report: Report) -> None:
        """Record one article's report of an event."""
        self._known_reports.add((report.key, report.article))
        self.reports[report.key].append(report)
        s = report.sig
        for k in (*s.participants, s.speaker, s.place):
            if k:
                self.events_of[k].add(report.key)

    def find_event(self, sig: EventSig, article: str) -> Match | None:
        """The known event ``sig`` reports (agreeing with every report of it), or None."""
        self.prefetch([sig])
        keys = {k for k in (*sig.participants, sig.speaker, sig.place) if k}
        candidates: set[str] = set()
        for k in keys:
            candidates |= self.events_of.get(k, set())
        weak: list[Match] = []
        for ekey in sorted(candidates):
            reports = [r for r in self.reports[ekey] if r.article != article]
            if not reports:
                continue
            reason = same_event(sig, merged_sig(reports))
            # every report's place must agree too, so a chain of vague reports cannot drift
            if reason is None or not all(places_agree(sig, r.sig) for r in reports):
                continue
            m = Match(ekey, f"{reason} (reported by {', '.join(sorted({r.article for r in reports}))})")
            if NO_DATE in reason:
                weak.append(m)
            else:
                return m
        return weak[0] if len(weak) == 1 else None


def _surnames(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The words a person may be looked up by: the last one, and the one before it in a name
    of three words or more (a first surname followed by a second: Daniel Ortega Saavedra);
    words of three letters or fewer are too common to look up."""
    cands = tokens[-1:] + (tokens[-2:-1] if len(tokens) >= 3 else ())
    return tuple(t for t in cands if len(t) > 3)


def _shape(name: str) -> tuple[str, ...]:
    """A name's words with every long possessive (a person's name) as ``*``: the
    organisations named after one person under several spellings share it."""
    return tuple("*" if p and len(t) >= NAMED_AFTER_MIN else t for t, p in title_tokens(name))


def merged_sig(reports: list[Report]) -> EventSig:
    """What all reports of one event say together (independent of their order): the
    earliest date and publication date, every participant, the most specific place."""
    sigs = [r.sig for r in reports]
    dates = sorted(s.date for s in sigs if s.date)
    published = sorted(s.published for s in sigs if s.published)
    places = sorted({(s.place_in is None, s.place, s.place_in or "") for s in sigs if s.place})
    speakers = sorted(s.speaker for s in sigs if s.speaker)
    quotes = sorted(s.quote for s in sigs if s.quote)
    participants: frozenset[str] = frozenset().union(*(s.participants for s in sigs))
    return EventSig(sigs[0].type, dates[0] if dates else None, places[0][1] if places else None,
                    (places[0][2] or None) if places else None, participants,
                    speakers[0] if speakers else None, quotes[0] if quotes else None,
                    published[0] if published else None)
