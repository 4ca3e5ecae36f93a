"""Review and correct identity: likely duplicates, and the user's decisions.

* :func:`similar_actors` lists pairs of actor nodes that probably name one person (or
  one organisation), with the evidence, for a person to review.
* :func:`merge_actors` merges one node into another in every article graph and records
  the decision; :func:`keep_apart` records that two nodes are different. Decisions live
  in the store (graph ``{base}graph/user/decisions``), so they work on a remote store
  too, and every later ingest reads them: a user decision beats the automatic match.
* :func:`read_alias_file` reads the same decisions from a YAML file a person keeps::

      same:                      # each list names one actor; the first name is the node
        - [Svetlana Tikhanovskaya, Cichanouskaja, Tichanowska]
      different:                 # pairs that are never merged
        - [Kim Jong Un, Kim Yo Jong]
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode, Triple

from kg.errors import FactError, NotFound
from kg.identity.index import ACTOR, Decisions, IdentityIndex
from kg.identity.names import name_key, slug
from kg.stores import Store
from kg.terms import DEFAULT_BASE, POL, PREFIXES

__all__ = ["Similar", "similar_actors", "merge_actors", "keep_apart", "read_decisions", "read_alias_file",
           "decisions_graph", "apply_alias_file"]

_RDF_TYPE = NamedNode(PREFIXES["rdf"] + "type")
_LABEL = NamedNode(PREFIXES["rdfs"] + "label")
_ALT = NamedNode(PREFIXES["skos"] + "altLabel")


def _pol(name: str) -> NamedNode:
    return NamedNode(str(getattr(POL, name)))


def decisions_graph(base: str = DEFAULT_BASE) -> str:
    """The named graph holding the user's identity decisions."""
    return f"{base}graph/user/decisions"


@dataclass(frozen=True)
class Similar:
    """Two actor nodes that probably name one actor, and why."""

    a: str
    a_label: str
    b: str
    b_label: str
    reason: str
    score: float


def similar_actors(index: IdentityIndex, *, base: str = DEFAULT_BASE) -> list[Similar]:
    """Pairs of distinct actor nodes whose names match (same folded name, same
    transliteration, or a transliteration-aware match of two persons' names), most
    likely first; pairs a user kept apart are left out."""
    out: dict[tuple[str, str], Similar] = {}

    def add(k1: str, k2: str, reason: str, score: float) -> None:
        a, b = sorted((k1, k2))
        if a == b or frozenset((a, b)) in index.decisions.apart:
            return
        ea, eb = index.entities[(ACTOR, a)], index.entities[(ACTOR, b)]
        if "Group" in ea.types or "Group" in eb.types:
            return
        prev = out.get((a, b))
        if prev is None or score > prev.score:
            out[(a, b)] = Similar(f"{base}actor/{a}", ea.label, f"{base}actor/{b}", eb.label, reason, score)

    for (kind, nk), keys in index.by_name.items():
        if kind == ACTOR and len(keys) > 1:
            ks = sorted(keys)
            for i, k1 in enumerate(ks):
                for k2 in ks[i + 1:]:
                    add(k1, k2, f"same name {nk!r}", 1.0)
    for key in sorted(k for (kind, k) in index.entities if kind == ACTOR):
        ent = index.entities[(ACTOR, key)]
        if "Person" not in ent.types:
            continue
        for name in sorted(ent.names):
            for other, known, match in index.person_matches(key, name):
                add(key, other, f"{match.reason}: {name!r} ~ {known!r}", match.score * (0.9 if match.weak else 1.0))
    return sorted(out.values(), key=lambda s: (-s.score, s.a_label, s.b_label))


def _graph_triples(store: Store, graph: str) -> list[Triple]:
    rows = store.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": NamedNode(graph)}).rows
    return [Triple(s, p, o) for s, p, o in rows]  # type: ignore[arg-type]


def _names_of(store: Store, node: NamedNode) -> list[str]:
    rows = store.select("SELECT DISTINCT ?n WHERE { { ?x rdfs:label ?n } UNION { ?x skos:altLabel ?n } }",
                        {"x": node}).rows
    return sorted(str(r[0].value) for r in rows if isinstance(r[0], Literal))


def _record(store: Store, triples: list[Triple], *, base: str) -> None:
    graph = decisions_graph(base)
    existing = _graph_triples(store, graph)
    store.replace_graph(graph, sorted(set(existing) | set(triples), key=str))


def merge_actors(store: Store, keep: str, other: str, *, base: str = DEFAULT_BASE) -> int:
    """Merge actor ``other`` into ``keep`` (IRIs) in every article graph, its label becoming
    an alias, and record the decision for later ingests. Returns the graphs rewritten.

    Raises:
        NotFound: either IRI is not an actor in the store.
    """
    keep_n, other_n = NamedNode(keep), NamedNode(other)
    for node in (keep_n, other_n):
        if not store.select("SELECT ?x WHERE { ?x a pol:Actor }", {"x": node}).rows:
            raise NotFound(f"{node.value}: no such actor in the store; see `kg actors`")
    if keep == other:
        return 0
    names = _names_of(store, other_n)
    keep_labels = set(_names_of(store, keep_n))
    graphs = [str(r[0].value) for r in store.select(  # type: ignore[union-attr]
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { { ?x ?p ?o } UNION { ?s ?p ?x } } }", {"x": other_n}).rows]
    rewritten = 0
    for g in sorted(graphs):
        if g == decisions_graph(base):
            continue
        out: list[Triple] = []
        for t in _graph_triples(store, g):
            s = keep_n if t.subject == other_n else t.subject
            o = keep_n if t.object == other_n else t.object
            p = t.predicate
            if s == keep_n and p == _LABEL and t.subject == other_n and str(getattr(o, "value", "")) not in keep_labels:
                p = _ALT
            out.append(Triple(s, p, o))
        store.replace_graph(g, out)
        rewritten += 1
    m = NamedNode(f"{base}decision/merge-{keep.rsplit('/', 1)[-1]}-{other.rsplit('/', 1)[-1]}")
    triples = [Triple(m, _RDF_TYPE, _pol("Merge")), Triple(m, _pol("mergedInto"), keep_n),
               Triple(m, _pol("mergeReason"), Literal("user decision (kg merge)"))]
    triples += [Triple(m, _pol("mergedName"), Literal(n)) for n in names]
    _record(store, triples, base=base)
    return rewritten


def keep_apart(store: Store, a: str, b: str, *, base: str = DEFAULT_BASE) -> None:
    """Record that actors ``a`` and ``b`` (IRIs) are different: never merged automatically."""
    _record(store, [Triple(NamedNode(a), _pol("notSameAs"), NamedNode(b))], base=base)


def read_decisions(store: Store, *, base: str = DEFAULT_BASE) -> Decisions:
    """The decisions recorded in the store by :func:`merge_actors` and :func:`keep_apart`."""
    g = NamedNode(decisions_graph(base))
    prefix = base + "actor/"
    out = Decisions()
    for target, name in store.select(
            "SELECT ?t ?n WHERE { GRAPH ?g { ?m pol:mergedInto ?t ; pol:mergedName ?n } }", {"g": g}).rows:
        if isinstance(target, NamedNode) and target.value.startswith(prefix) and isinstance(name, Literal):
            out.merge[name_key(name.value)] = target.value[len(prefix):]
    for a, b in store.select("SELECT ?a ?b WHERE { GRAPH ?g { ?a pol:notSameAs ?b } }", {"g": g}).rows:
        if isinstance(a, NamedNode) and isinstance(b, NamedNode):
            out.apart.add(frozenset((a.value.removeprefix(prefix), b.value.removeprefix(prefix))))
    return out


def read_alias_file(path: str | os.PathLike[str]) -> tuple[list[list[str]], list[list[str]]]:
    """The ``same`` and ``different`` lists of an alias file.

    Raises:
        FactError: the file is missing, not YAML, or not lists of names.
    """
    p = Path(path)
    try:
        doc = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise FactError(f"{p}: cannot read the alias file: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise FactError(f"{p}: not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(doc, dict) or set(doc) - {"same", "different"}:
        raise FactError(f"{p}:1: expected the sections `same:` and `different:` (lists of names)")
    lists: dict[str, list[list[str]]] = {}
    for section in ("same", "different"):
        items = doc.get(section) or []
        if not isinstance(items, list) or not all(
                isinstance(x, list) and len(x) >= 2 and all(isinstance(n, str) and n.strip() for n in x) for x in items):
            raise FactError(f"{p}: {section}: give a list of lists of two or more names, e.g. - [Svetlana Tikhanovskaya, Cichanouskaja]")
        lists[section] = items
    return lists["same"], lists["different"]


def apply_alias_file(index: IdentityIndex, path: str | os.PathLike[str]) -> None:
    """Add an alias file's decisions to ``index`` (the first name of a `same` list is the
    node: an actor of that name, else one keyed by its slug)."""
    same, different = read_alias_file(path)

    def key_for(name: str) -> str:
        hits = sorted(index.by_name.get((ACTOR, name_key(name)), ()))
        return hits[0] if len(hits) == 1 else slug(name)

    for names in same:
        target = key_for(names[0])
        for n in names:
            index.decisions.merge[name_key(n)] = target
    for names in different:
        keys = [key_for(n) for n in names]
        for i, k1 in enumerate(keys):
            for k2 in keys[i + 1:]:
                index.decisions.apart.add(frozenset((k1, k2)))

