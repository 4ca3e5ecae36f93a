"""Counting every pair of ``shared-events`` (:mod:`kg.stores.pairs`): the terms the counts mirror,
reads of the engine by pattern, and the count of a whole store.

An event counts for labels a < b when actors in its roles carry them and it has a ``pol:`` class
other than ``pol:Event``; its ``types`` are those classes. Labels must be plain strings and classes
IRIs for the counts to give the query's rows exactly: anything else is :class:`Unsupported`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode
from pyoxigraph import Store as OxStore

from kg.stores.pairdb import Counts
from kg.stores.tsv import engine_tsv, tsv_rows, tsv_value

__all__ = ["POL", "ROLES", "Event", "Unsupported", "Reads", "count_all", "events_of_counts", "pairs_of", "add_event"]

POL = "https://w3id.org/polkg/ontology#"
_ROLES = ("participant", "speaker", "addressee", "host", "organizer")
ROLES = tuple(NamedNode(POL + r) for r in _ROLES)
TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_EVENT = POL + "Event"
_XSD_STRING = NamedNode("http://www.w3.org/2001/XMLSchema#string")
Event = tuple[list[str], list[str]]  # its actors' keys and its types, sorted


class Unsupported(Exception):
    """A term the counts cannot mirror exactly (a label not a plain string, a class given as a
    literal of the pol: namespace, a quoted triple)."""


def pairs_of(labels: Iterable[str]) -> list[tuple[str, str]]:
    """Every pair a < b of distinct labels.

    >>> pairs_of(["b", "a", "c", "a"])
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    return list(itertools.combinations(sorted(set(labels)), 2))


def add_event(delta: dict[tuple[str, str], Counts], event: Event | None, labels: dict[str, list[str]], sign: int) -> None:
    """Add (``sign`` 1) or take off (-1) one event's counts: each pair of its actors' labels."""
    if event is None or not event[1]:
        return
    actors, types = event
    for pair in pairs_of(label for x in actors for label in labels.get(x, ())):
        n, per = delta.get(pair, (0, {}))
        for t in types:
            per[t] = per.get(t, 0) + sign
        delta[pair] = (n + sign, per)


def _key(term: object) -> str | None:
    """An event's or actor's key (its N-Triples form); None for a literal (it has no label)."""
    if isinstance(term, (NamedNode, BlankNode)):
        return str(term)
    if isinstance(term, Literal):
        return None
    raise Unsupported(f"a quoted triple in a role: {term}")


def _term(key: str) -> NamedNode | BlankNode:
    return NamedNode(key[1:-1]) if key.startswith("<") else BlankNode(key[2:])


def _label(term: object) -> str:
    if isinstance(term, Literal) and term.language is None and term.datatype == _XSD_STRING:
        return term.value
    raise Unsupported(f"a label that is not a plain string: {term}")


def _type(term: object) -> str | None:
    """The type an event's class gives (``Meeting`` for pol:Meeting), or None."""
    if isinstance(term, NamedNode):
        return term.value[len(POL):] if term.value.startswith(POL) and term.value != _EVENT else None
    if isinstance(term, Literal) and term.value.startswith(POL):
        raise Unsupported(f"a class given as a literal: {term}")
    return None


class Reads:
    """Reads of the union (the engine's default graph) and of named graphs, by pattern."""

    def __init__(self, ox: OxStore) -> None:
        self.ox = ox

    def _objects(self, s: NamedNode | BlankNode | None, p: NamedNode, o: object = None,
                 g: NamedNode | DefaultGraph | None = None) -> list:
        return list(self.ox.quads_for_pattern(s, p, o, DefaultGraph() if g is None else g))  # type: ignore[arg-type]

    def event(self, key: str) -> Event | None:
        """The actors (keys) and types of an event in the union, or None when no role names an actor."""
        e = _term(key)
        actors = {k for p in ROLES for q in self._objects(e, p) if (k := _key(q.object)) is not None}
        if not actors:
            return None
        types = {t for q in self._objects(e, TYPE) if (t := _type(q.object)) is not None}
        return sorted(actors), sorted(types)

    def labels(self, key: str) -> list[str]:
        return sorted({_label(q.object) for q in self._objects(_term(key), LABEL)})

    def events(self, keys: Iterable[str]) -> dict[str, Event | None]:
        """:meth:`event` of each of ``keys`` (by pattern: one SELECT binding them all as VALUES
        is planned as a scan by the engine, a hundred times slower)."""
        return {k: self.event(k) for k in keys}

    def labels_of(self, keys: Iterable[str]) -> dict[str, list[str]]:
        return {k: self.labels(k) for k in keys}

    def events_of(self, key: str) -> set[str]:
        """The events that name the actor ``key`` in a role (in the union)."""
        return {str(q.subject) for p in ROLES for q in self._objects(None, p, _term(key))}

    def subjects(self, graphs: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
        """The subjects of role triples, of class triples and of label triples in ``graphs``."""
        roles: set[str] = set()
        typed: set[str] = set()
        named: set[str] = set()
        for g in graphs:
            graph = NamedNode(g)
            for p in ROLES:
                roles.update(k for q in self._objects(None, p, None, graph) if (k := _key(q.subject)) is not None)
            typed.update(k for q in self._objects(None, TYPE, None, graph) if (k := _key(q.subject)) is not None)
            named.update(k for q in self._objects(None, LABEL, None, graph) if (k := _key(q.subject)) is not None)
        return roles, typed, named


def _field_key(field: str) -> str | None:
    if field.startswith("<<"):
        raise Unsupported(f"a quoted triple: {field}")
    return field if field[:1] in ("<", "_") else None


def count_all(ox: OxStore) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, list[str]],
                                    dict[tuple[str, str], Counts]]:
    """Every event with an actor (its actors' keys, and its types), those actors' labels, and
    every pair's counts (:func:`events_of_counts` makes the record's events of the first two).

    The engine's cost is writing out terms, so each read names as few as it can: the role triples,
    beside them the members of each ``pol:`` class but ``pol:Event`` (the subjects per class, the
    classes first), and then only the labels of the actors found (by pattern, a few thousand
    reads). The engine writes its answers without the interpreter lock, so the reads run on two
    threads (the role triples in two parts, then each class) while this one reads their answers."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        parts = [pool.submit(_text, ox, f"SELECT ?e ?x WHERE {{ VALUES ?p {{ {group} }} ?e ?p ?x }}")
                 for group in _ROLE_GROUPS]
        classes = _classes(ox)
        members = [(name, pool.submit(_text, ox, f"SELECT ?e WHERE {{ ?e {TYPE} {c} }}")) for name, c in classes]
        actors: dict[str, set[str]] = {}
        for part in parts:
            _add_role_rows(actors, part.result())
        named = sorted({x for xs in actors.values() for x in xs})
        names = {x: v for x, v in Reads(ox).labels_of(named).items() if v}
        types: dict[str, set[str]] = {}
        for name, subjects in members:
            for e in actors.keys() & subjects.result().split("\n")[1:]:
                got = types.get(e)
                if got is None:
                    types[e] = {name}
                else:
                    got.add(name)
    return actors, types, names, _count(actors, types, names)


#: The role predicates in two reads of about the same size (participants are most of them).
_ROLE_GROUPS = (str(ROLES[0]), " ".join(str(p) for p in ROLES[1:]))


def events_of_counts(actors: dict[str, set[str]], types: dict[str, set[str]]) -> dict[str, Event]:
    """The events of :func:`count_all` as the record keeps them (actors and types sorted)."""
    return {e: (sorted(xs), sorted(types[e]) if e in types else []) for e, xs in actors.items()}


def _text(ox: OxStore, sparql: str) -> str:
    return engine_tsv(ox, sparql).decode()


def _add_role_rows(actors: dict[str, set[str]], text: str) -> None:
    """Add the (event, actor) rows of a TSV answer to the actors (keys) of each event; a literal
    in a role names no actor."""
    if "<<" in text or '"' in text:  # a quoted triple or a literal somewhere: each field looked at
        for e, x in (line.split("\t") for line in text.split("\n")[1:] if line):
            ek, xk = _field_key(e), _field_key(x)
            if ek is not None and xk is not None:
                actors.setdefault(ek, set()).add(xk)
        return
    # No field holds white space (IRIs, blank nodes, bare numbers), so the words alternate
    # event, actor.
    words = iter(text.split()[2:])
    for e, x in zip(words, words):
        if x[0] != "<" and x[0] != "_":
            continue
        got = actors.get(e)
        if got is None:
            actors[e] = {x}
        else:
            got.add(x)


def _count(actors: dict[str, set[str]], types: dict[str, set[str]],
           labels: dict[str, list[str]]) -> dict[tuple[str, str], Counts]:
    """Every pair's counts over the typed events (what :func:`add_event` of each gives; the common
    cases first: actors of one label each, two of them)."""
    one = {x: v[0] for x, v in labels.items() if len(v) == 1}
    delta: dict[tuple[str, str], Counts] = {}
    for e, typed in types.items():
        xs = actors[e]
        pairs: Iterable[tuple[str, str]]
        if len(xs) == 2:
            x, y = xs
            a, b = one.get(x), one.get(y)
            if a is not None and b is not None:
                if a == b:
                    continue
                pairs = ((a, b) if a < b else (b, a),)
            else:
                pairs = pairs_of(label for x in xs for label in labels.get(x, ()))
        elif len(xs) == 1:
            (x,) = xs
            if x in one or x not in labels:
                continue
            pairs = pairs_of(labels[x])
        else:
            pairs = pairs_of(label for x in xs for label in labels.get(x, ()))
        for pair in pairs:
            got = delta.get(pair)
            if got is None:
                delta[pair] = (1, dict.fromkeys(typed, 1))
            else:
                per = got[1]
                for t in typed:
                    per[t] = per.get(t, 0) + 1
                delta[pair] = (got[0] + 1, per)
    return delta


def _classes(ox: OxStore) -> list[tuple[str, str]]:
    """Each ``pol:`` class but ``pol:Event``: its local name and its term. A class given as a
    literal of the ``pol:`` namespace cannot be mirrored (:class:`Unsupported`)."""
    out = []
    for (c,) in tsv_rows(engine_tsv(ox, f"SELECT DISTINCT ?c WHERE {{ ?e {TYPE} ?c }}")):
        if c.startswith('"') and tsv_value(c).startswith(POL):
            raise Unsupported(f"a class given as a literal: {c}")
        if c.startswith("<" + POL) and c[1:-1] != _EVENT:
            out.append((c[1 + len(POL):-1], c))
    return out
