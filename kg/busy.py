"""Saved queries for a busy actor: the same answer, read by whole predicates instead of per event.

A saved query such as ``timeline`` reads each event of its actor through one index lookup
per column (label, class, source, date...). For an actor in a few events that is the fastest
way; for one in thousands it is not: a lookup costs Oxigraph some twenty times more than the
next triple of a scan, so at a million triples the busiest actor's timeline took two seconds,
and at ten million (the store no longer cached) two minutes. And the sort compared the
events' labels by reading them from the store again at every comparison.

The file that ``# busy-form: busy/NAME.rq`` names in the header of ``kg/queries/NAME.rq``
(read with the query, :mod:`kg.query`) is the same query (same columns, same rows, same order:
the tests compare them) written for that case: each column's predicate is
read whole in a subquery and joined by hash, a type that a table of the query lists is taken
from it rather than from the class's IRI turned into a string per event, and the long strings
the sort compares first are copied into a key of the query's own (``CONCAT("~", ?x)`` orders
as ``?x`` does and is compared in memory). It runs on Oxigraph (embedded or a server; other
engines get the saved query) when the resolved subject is busy: the object of at least
:data:`MIN_TRIPLES` triples, and of at least one in :data:`SHARE` of as many triples as the
store has ``pol:source`` triples (one per event, statement, mention...). Two counts, both read
from one index: the second only for a subject past the first.

Even so, the busiest actor's ``timeline`` at a million triples costs about a second (8,824
rows: the joins, the sort, the rows turned into terms), so a reader of an on-disk store records
a busy form's whole answer for the state of the store folder it read, as it records the
``shared-events`` listing (:mod:`kg.recorded`, :mod:`kg.stores.answers`; :func:`kg.query.run_saved`):
every later reading of that actor, paged or not, is a read of the record until anything writes.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from kg.stores import Store
from kg.stores.binding import bind_values

__all__ = ["MIN_TRIPLES", "SHARE", "is_busy", "busy_query"]

#: A subject in fewer triples than this is read by the saved query itself (a lookup per event).
MIN_TRIPLES = 1000
#: ... and so is one in fewer than 1 in SHARE of as many triples as there are ``pol:source`` ones.
SHARE = 20


def _count(store: Store, sparql: str, params: dict[str, NamedNode] | None = None) -> int:
    """The integer ``sparql`` selects, its ``params`` bound as ``VALUES`` (as the saved query
    binds them: so the engine reads the index from the IRI on, not every triple)."""
    rows = store.select(bind_values(sparql, params or {})).rows
    value = rows[0][0] if rows and rows[0] else None
    return int(value.value) if isinstance(value, Literal) else 0


def is_busy(store: Store, iri: NamedNode) -> bool:
    """Whether ``iri`` is the object of so large a share of the store's triples that reading
    whole predicates beats one lookup per event (see the module's note)."""
    n = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?x ?p ?o }", {"o": iri})
    if n < MIN_TRIPLES:
        return False
    return n * SHARE >= _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?x pol:source ?y }")


def busy_query(store: Store, text: str | None, resolved: dict[str, NamedNode]) -> str | None:
    """``text``, a saved query's busy form (``# busy-form:``, None when it has none), when a
    resolved name is busy; else None."""
    if text is None or not resolved or not any(is_busy(store, iri) for iri in resolved.values()):
        return None
    return text
