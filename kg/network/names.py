"""One name lookup for actors and places, used by every command that takes a name.

The rule (:func:`find_actor`, :func:`find_place`):

1. the IRI, or a label or an alias exactly as written; failing that, a label or an alias
   compared with case, accents and hyphens ignored ("lukashenka" finds "Alexander
   Lukashenko" when that alias is known);
2. failing that, the same name in another romanisation (:func:`kg.identity.translit_key`:
   "Tichanowskaja" finds "Tikhanovskaya"), when exactly one has it;
3. failing that, a word-for-word part of a label or alias ("Tikhanovskaya" finds
   "Svetlana Tikhanovskaya"), when exactly one has it;
4. otherwise an error: :class:`AmbiguousName` listing every candidate, or
   :class:`~kg.errors.NotFound` with "did you mean" suggestions.

On a store, the IRI and the name as written are looked up in the engine first (bound
lookups on its indexes, no scan); every name is read (one SELECT, labels and aliases only)
only when neither finds anything. The type and roles that describe the candidates of an
ambiguous name are read for those alone.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from pyoxigraph import Literal, NamedNode

from kg.errors import KGError, NotFound
from kg.identity import fold, translit_key
from kg.network.data import LABEL, POL, ActorInfo, GraphData
from kg.stores import Store
from kg.stores.binding import bind_values
from kg.terms import PREFIXES

__all__ = ["AmbiguousName", "find_actor", "find_place", "fold_name", "read_names"]

_ACTOR_CLASSES = tuple(POL + c for c in ("Person", "Organization", "Country", "Group"))
# OPTIONAL keeps the engine on the instances' own triples (a plain join scans every label).
_NAMES = {
    "actor": "SELECT ?x ?p ?n WHERE { ?x a pol:Actor . OPTIONAL { VALUES ?p { rdfs:label skos:altLabel } ?x ?p ?n } }",
    "place": "SELECT ?x ?p ?n WHERE { ?x a pol:Place . OPTIONAL { VALUES ?p { rdfs:label skos:altLabel } ?x ?p ?n } }",
}
# The instances with ?n as a label or an alias, and whether ?x is one: lookups on the engine's
# indexes, the value bound as VALUES (written by the engine's serialiser, never formatted in).
_EXACT = {kind: f"SELECT DISTINCT ?x WHERE {{ VALUES ?p {{ rdfs:label skos:altLabel }} ?x ?p ?n . ?x a {cls} }}"
          for kind, cls in (("actor", "pol:Actor"), ("place", "pol:Place"))}
_IS = {"actor": "ASK { ?x a pol:Actor }", "place": "ASK { ?x a pol:Place }"}


class AmbiguousName(KGError):
    """A name matches more than one actor (or place)."""


def fold_name(text: str) -> str:
    """A name with case, accents and punctuation folded away (:func:`kg.identity.fold`).

    >>> fold_name("Łukašenka-Lukashenko")
    'lukasenka lukashenko'
    """
    return fold(text)


def read_names(store: Store, kind: str = "actor", only: list[str] | None = None) -> dict[str, ActorInfo]:
    """Every actor (or place) with its label and aliases, keyed by IRI: one SELECT (or one
    bound lookup for each of the IRIs ``only``, when given).

    The label is the smallest one (an empty label counts as the IRI), as in
    :func:`kg.network.read_graph_data`; type and roles are left empty.
    """
    labels: dict[str, list[str]] = defaultdict(list)
    alts: dict[str, set[str]] = defaultdict(set)
    rows = store.select(_NAMES[kind]).rows if only is None else \
        [row for iri in only for row in store.select(bind_values(_NAMES[kind], {"x": NamedNode(iri)})).rows]
    for x, p, n in rows:
        if not isinstance(x, NamedNode):
            continue
        labels.setdefault(x.value, [])  # every instance, named or not
        if p is not None and n is not None:
            (labels[x.value].append if p.value == LABEL else alts[x.value].add)(n.value)
    out: dict[str, ActorInfo] = {}
    for iri in sorted(labels):
        label = min((lab or iri for lab in labels[iri]), default=iri)
        out[iri] = ActorInfo(iri, label, "", aliases=tuple(sorted(alts[iri] - {label})))
    return out


def _describe(a: ActorInfo) -> str:
    extra = ", ".join(x for x in (a.type, "; ".join(a.roles)) if x)
    return f"{a.label} ({extra})" if extra else a.label


def _described(store: Store, a: ActorInfo) -> ActorInfo:
    """``a`` with the type and roles :func:`kg.network.read_graph_data` would give it."""
    rows = store.select("SELECT ?p ?o WHERE { ?x ?p ?o FILTER(?p IN (rdf:type, pol:role)) }",
                        {"x": NamedNode(a.iri)}).rows
    classes = [o.value for p, o in rows if p is not None and o is not None and p.value != POL + "role"
               and o.value in _ACTOR_CLASSES]
    roles = tuple(sorted({o.value for p, o in rows if p is not None and o is not None and p.value == POL + "role"}))
    type_ = min(classes).removeprefix(POL) if classes else "Actor"
    return ActorInfo(a.iri, a.label, type_, roles, a.aliases)


def _expand_iri(name: str, known: dict[str, ActorInfo]) -> str | None:
    """``name`` as a known IRI: the IRI itself, ``<iri>``, or a prefixed name such as ``actor:x``."""
    iri = name[1:-1] if name.startswith("<") and name.endswith(">") else name
    if iri in known:
        return iri
    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES and PREFIXES[prefix] + local in known:
        return PREFIXES[prefix] + local
    return None


def _suggestions(wanted: str, names: dict[str, set[str]], known: dict[str, ActorInfo]) -> list[str]:
    """Labels of those whose names contain ``wanted`` or look like it (at most 5)."""
    close = [n for n in sorted(names) if wanted and wanted in n]
    close += difflib.get_close_matches(wanted, sorted(names), n=5, cutoff=0.6)
    shown: list[str] = []
    for c in close:
        for iri in sorted(names[c]):
            if known[iri].label not in shown:
                shown.append(known[iri].label)
    return shown[:5]


def _matches(name: str, names: dict[str, set[str]], known: dict[str, ActorInfo]) -> list[str]:
    """Steps 1-3 of the rule (after the IRI): the IRIs the first step that finds any gives."""
    wanted = fold_name(name)
    hits = sorted(i for i in names.get(wanted, ()) if name in (known[i].label, *known[i].aliases))
    hits = hits or sorted(names.get(wanted, ()))
    if not hits and wanted:
        key = translit_key(name)
        hits = sorted({i for n, iris in names.items() if translit_key(n) == key for i in iris}) if key else []
    if not hits and wanted:
        padded = f" {wanted} "
        hits = sorted({i for n, iris in names.items() if padded in f" {n} " for i in iris})
    return hits


def _iri_forms(name: str) -> list[str]:
    """The IRIs ``name`` may stand for, in :func:`_expand_iri`'s order."""
    forms = [name[1:-1] if name.startswith("<") and name.endswith(">") else name]
    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES:
        forms.append(PREFIXES[prefix] + local)
    return forms


def _find_in_store(store: Store, name: str, kind: str) -> str:
    """:func:`_find` on a store: the IRI and the name as written are looked up in the engine
    (bound lookups); every name is read only when neither finds one."""
    for form in _iri_forms(name):
        try:
            node = NamedNode(form)
        except ValueError:
            continue
        if store.query(bind_values(_IS[kind], {"x": node})) is True:
            return form
    rows = store.select(bind_values(_EXACT[kind], {"n": Literal(name)})).rows
    known = read_names(store, kind, only=[x.value for (x,) in rows if isinstance(x, NamedNode)])
    if any(name in (a.label, *a.aliases) for a in known.values()):
        return _find(name, known, kind, store)  # step 1 decides: the answer every name would give
    return _find(name, read_names(store, kind), kind, store)


def _find(name: str, known: dict[str, ActorInfo], kind: str, store: Store | None) -> str:
    iri = _expand_iri(name, known)
    if iri is not None:
        return iri
    names: dict[str, set[str]] = defaultdict(set)
    for iri, a in known.items():
        for n in (a.label, *a.aliases):
            names[fold_name(n)].add(iri)
    hits = _matches(name, names, known)
    if len(hits) == 1:
        return hits[0]
    if hits:
        found = [known[h] if store is None or kind != "actor" else _described(store, known[h]) for h in hits]
        listed = "; ".join(_describe(a) for a in found)
        raise AmbiguousName(f"{name!r} matches {len(hits)} {kind}s: {listed}; use a fuller name or the IRI")
    shown = _suggestions(fold_name(name), names, known)
    hint = (f"; did you mean {', '.join(shown)}?" if shown else
            "; see `kg actors` for the known names" if kind == "actor" else "")
    raise NotFound(f"no {kind} named {name!r}{hint}")


def find_actor(source: Store | GraphData, name: str) -> str:
    """Resolve a name, alias or IRI to one actor IRI (the rule is in the module docstring).

    Args:
        source: a store (the IRI and the name as written looked up in the engine, every name
            read with one SELECT only when neither is found) or :class:`GraphData`.
        name: a label ("Alexander Lukashenko"), an alias ("lukashenka"), whole words of
            either ("Tikhanovskaya"), the actor's IRI or a prefixed name (``actor:vladimir-putin``).

    Returns:
        The actor's IRI.

    Raises:
        NotFound: no actor has that name; the message suggests the closest names.
        AmbiguousName: several actors have that name; the message lists them.
    """
    if isinstance(source, GraphData):
        return _find(name, source.actors, "actor", None)
    return _find_in_store(source, name, "actor")


def find_place(store: Store, name: str) -> str:
    """Resolve a place's name, alias or IRI to one place IRI, by the same rule as
    :func:`find_actor` (countries are places too)."""
    return _find_in_store(store, name, "place")
