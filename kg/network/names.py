"""One name lookup for actors, used by every command that takes an actor's name.

The rule (:func:`find_actor`):

1. the actor's IRI, or its label or an alias, compared with case, accents and hyphens
   ignored ("lukashenka" finds "Alexander Lukashenko" when that alias is known);
2. failing that, the same name in another romanisation (:func:`kg.identity.translit_key`:
   "Tichanowskaja" finds "Tikhanovskaya"), when exactly one actor has it;
3. failing that, a word-for-word part of a label or alias ("Tikhanovskaya" finds
   "Svetlana Tikhanovskaya"), when exactly one actor has it;
4. otherwise an error: :class:`AmbiguousName` listing every candidate, or
   :class:`~kg.errors.NotFound` with "did you mean" suggestions.
"""

from __future__ import annotations

import difflib
from collections import defaultdict

from kg.errors import KGError, NotFound
from kg.identity import fold, translit_key
from kg.network.data import ActorInfo, GraphData, read_actors
from kg.stores import Store
from kg.terms import PREFIXES

__all__ = ["AmbiguousName", "find_actor", "fold_name"]


class AmbiguousName(KGError):
    """A name matches more than one actor."""


def fold_name(text: str) -> str:
    """A name with case, accents and punctuation folded away (:func:`kg.identity.fold`).

    >>> fold_name("Łukašenka-Lukashenko")
    'lukasenka lukashenko'
    """
    return fold(text)


def _describe(a: ActorInfo) -> str:
    extra = ", ".join(x for x in (a.type, "; ".join(a.roles)) if x)
    return f"{a.label} ({extra})" if extra else a.label


def _actors(source: Store | GraphData) -> dict[str, ActorInfo]:
    return source.actors if isinstance(source, GraphData) else read_actors(source)


def _expand_iri(name: str, actors: dict[str, ActorInfo]) -> str | None:
    """``name`` as an actor IRI: the IRI itself, ``<iri>``, or a prefixed name such as ``actor:x``."""
    iri = name[1:-1] if name.startswith("<") and name.endswith(">") else name
    if iri in actors:
        return iri
    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES and PREFIXES[prefix] + local in actors:
        return PREFIXES[prefix] + local
    return None


def _ambiguous(name: str, hits: list[str], actors: dict[str, ActorInfo]) -> AmbiguousName:
    listed = "; ".join(_describe(actors[h]) for h in hits)
    return AmbiguousName(f"{name!r} matches {len(hits)} actors: {listed}; use a fuller name or the IRI")


def _suggestions(wanted: str, names: dict[str, set[str]], actors: dict[str, ActorInfo]) -> list[str]:
    """Labels of the actors whose names contain ``wanted`` or look like it (at most 5)."""
    close = [n for n in sorted(names) if wanted and wanted in n]
    close += difflib.get_close_matches(wanted, sorted(names), n=5, cutoff=0.6)
    shown: list[str] = []
    for c in close:
        for iri in sorted(names[c]):
            if actors[iri].label not in shown:
                shown.append(actors[iri].label)
    return shown[:5]


def find_actor(source: Store | GraphData, name: str) -> str:
    """Resolve a name, alias or IRI to one actor IRI (the rule is in the module docstring).

    Args:
        source: a store or :class:`GraphData`.
        name: a label ("Alexander Lukashenko"), an alias ("lukashenka"), whole words of
            either ("Tikhanovskaya"), the actor's IRI or a prefixed name (``actor:vladimir-putin``).

    Returns:
        The actor's IRI.

    Raises:
        NotFound: no actor has that name; the message suggests the closest names.
        AmbiguousName: several actors have that name; the message lists them.
    """
    actors = _actors(source)
    iri = _expand_iri(name, actors)
    if iri is not None:
        return iri
    wanted = fold_name(name)
    names: dict[str, set[str]] = defaultdict(set)
    for iri, a in actors.items():
        for n in (a.label, *a.aliases):
            names[fold_name(n)].add(iri)
    hits = sorted(names.get(wanted, ()))
    if not hits and wanted:
        key = translit_key(name)
        hits = sorted({i for n, iris in names.items() if translit_key(n) == key for i in iris}) if key else []
    if not hits and wanted:
        padded = f" {wanted} "
        hits = sorted({i for n, iris in names.items() if padded in f" {n} " for i in iris})
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise _ambiguous(name, hits, actors)
    shown = _suggestions(wanted, names, actors)
    hint = f"; did you mean {', '.join(shown)}?" if shown else "; see `kg actors` for the known names"
    raise NotFound(f"no actor named {name!r}{hint}")
