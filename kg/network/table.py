"""The events and the actors in them as integer arrays, read once, turned into records on demand.

:func:`~kg.network.data.read_graph_data` keeps who took part in which event as one row
``(event, actor, role)`` of small integers per role statement (events and actors numbered in
sorted order of their IRIs), so the actor network's ties are found with a few NumPy sorts
(:meth:`EventTable.ties`) and the per-event records (:class:`~kg.network.data.EventInfo`,
37,000 of them at a million triples) are built only when a caller asks for the events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from kg.network.data import EventInfo

__all__ = ["EventTable", "Tie"]

#: An actor-network tie: the two actors (sorted), the shared events (sorted) and their types (sorted, distinct).
Tie = tuple[str, str, list[str], list[str]]


def _ids(index: dict[str, int], values: Sequence[str]) -> np.ndarray:
    """The number of each value in ``index`` (-1 for one not there), at C speed."""
    return np.fromiter(map(index.get, values, repeat(-1)), dtype=np.int64, count=len(values))


class EventTable:
    """The events (sorted IRIs and their types) and their ``(event, actor, role)`` rows.

    Args:
        names: the events' IRIs, sorted.
        kinds: each event's type (``Meeting``, ...), in the order of ``names``.
        actors: the actors' IRIs, sorted.
        roles: the role names, sorted.
        pairs: the (event, actor) values of a role's statements, by role name (read in the order
            of ``roles``, so the caller may still be reading the later ones); pairs whose
            subject is not an event or whose object is not an actor are left out.
    """

    def __init__(self, names: list[str], kinds: list[str], actors: list[str], roles: Sequence[str],
                 pairs: Callable[[str], list[tuple[str, str]]]) -> None:
        self.names, self.kinds, self.actors, self.roles = names, kinds, actors, tuple(roles)
        event_id = dict(zip(names, range(len(names)), strict=True))
        actor_id = dict(zip(actors, range(len(actors)), strict=True))
        parts: list[np.ndarray] = [np.zeros((3, 0), dtype=np.int64)]
        for r, role in enumerate(self.roles):
            got = pairs(role)
            if got:
                subjects, objects = zip(*got, strict=True)
                part = np.stack([_ids(event_id, subjects), _ids(actor_id, objects), np.full(len(got), r)])
                parts.append(part[:, (part[0] >= 0) & (part[1] >= 0)])
        rows = np.concatenate(parts, axis=1)
        # sorted by event, actor, role; a repeat (two terms of one value) once
        rows = rows[:, np.lexsort((rows[2], rows[1], rows[0]))]
        keep = np.ones(rows.shape[1], dtype=bool)
        keep[1:] = (np.diff(rows, axis=1) != 0).any(axis=0)
        self.rows = rows[:, keep]

    def infos(self) -> dict[str, EventInfo]:
        """Every event as an :class:`EventInfo` with its IRI, type and roles (actor IRI -> its
        roles, both sorted); the label is the IRI until the details are read."""
        from kg.network.data import EventInfo

        names, actors, roles = self.names, self.actors, self.roles
        infos = [EventInfo(iri, kind, iri) for iri, kind in zip(names, self.kinds, strict=True)]
        last_e, last_a, held = -1, -1, None
        got: list[str] = []
        for e, a, r in zip(*self.rows.tolist(), strict=True):
            if e != last_e:
                held, last_e, last_a = infos[e].roles, e, -1
            if a != last_a:
                got, last_a = [], a
                held[actors[a]] = got  # type: ignore[index]
            got.append(roles[r])
        return dict(zip(names, infos, strict=True))

    def ties(self) -> Iterator[Tie]:
        """The actor network's ties, sorted by their two actors: every pair of actors in one
        event, with the events they share."""
        e, a = self.rows[0], self.rows[1]
        first = np.ones(len(e), dtype=bool)  # an (event, actor) row's first role
        first[1:] = (e[1:] != e[:-1]) | (a[1:] != a[:-1])
        e, a = e[first], a[first]
        start = np.flatnonzero(np.r_[True, e[1:] != e[:-1]]) if len(e) else np.zeros(0, dtype=np.int64)
        size = np.diff(np.r_[start, len(e)])
        two = start[size == 2]  # the common case, without a loop
        us, vs, evs = [a[two]], [a[two + 1]], [e[two]]
        for s, n in zip(start[size > 2].tolist(), size[size > 2].tolist(), strict=True):
            i, j = np.triu_indices(n, 1)
            us.append(a[s + i])
            vs.append(a[s + j])
            evs.append(np.full(len(i), e[s]))
        u, v, ev = np.concatenate(us), np.concatenate(vs), np.concatenate(evs)
        if not len(u):
            return
        order = np.lexsort((ev, v, u))
        u, v, ev = u[order], v[order], ev[order]
        bounds = np.flatnonzero(np.r_[True, (u[1:] != u[:-1]) | (v[1:] != v[:-1]), True])
        names, kinds, actors = self.names, self.kinds, self.actors
        shared = [names[i] for i in ev.tolist()]
        types = [kinds[i] for i in ev.tolist()]
        ul, vl = u.tolist(), v.tolist()
        for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
            kind = types[lo:hi]
            yield (actors[ul[lo]], actors[vl[lo]], shared[lo:hi],
                   kind if hi - lo == 1 else sorted(set(kind)))

