"""SPARQL with bound parameters and the saved queries (results are printed by :mod:`kg.results`).

Parameters are bound as terms by the store (see :mod:`kg.stores.binding`), never formatted
into the query text, so a value like ``x" } ; DROP ALL`` is just an odd string.

Saved queries live in ``kg/queries/NAME.rq``; their header comments document them::

    # title: Meetings of an actor
    # param: actor  name or alias of the actor (case and accents ignored)
    # example: kg query --saved meetings-of --param actor=Lukashenko
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from kg.busy import busy_query, parts_of, sorted_reader
from kg.errors import NotFound, QueryError, UsageError
from kg.firstrows import MAX_ROWS, FirstRows, TopCounts, first_rows, first_rows_of, stream_rows
from kg.labelfind import match_form
from kg.stores import SelectResult, SelectStream, Store, Term
from kg.stores.binding import bind_values, has_keyword
from kg.recorded import Whole, recorded_page, recorded_stream
from kg.results import format_result, table_lines, term_text, write_result
from kg.terminal import visible
from kg.terms import PREFIXES

__all__ = [
    "SavedQuery",
    "saved_queries",
    "get_saved_query",
    "parse_param",
    "run_query",
    "run_saved",
    "stream_saved",
    "resolve_name",
    "list_actors",
    "list_events",
    "format_result",
    "stream_query",
    "write_result",
    "table_lines",
    "term_text",
]

_XSD = PREFIXES["xsd"]
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INT_RE = re.compile(r"^-?\d+$")
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class SavedQuery:
    """A shipped query with its documentation."""

    name: str
    title: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> description
    optional: frozenset[str] = frozenset()
    example: str = ""
    lookups: dict[str, str] = field(default_factory=dict)  # parameter -> "actor" | "place"
    #: The text run when no parameter is given, on Oxigraph (``# without-params: FILE``), or None.
    whole: str | None = None
    #: ``# recorded: whole``: its whole answer without parameters is recorded per store state
    #: (:mod:`kg.recorded`): every page after the first reading is a read of that record.
    recorded: bool = False
    #: The text run on Oxigraph when a name resolves to a busy subject (``# busy-form: FILE``,
    #: :mod:`kg.busy`), or None.
    busy: str | None = None
    #: ``# recorded: whole pairs``: that answer is also read from the pair counts the store's
    #: writers keep (:mod:`kg.stores.pairs`), so the first page after a write is read, not counted.
    pairs: bool = False
    #: The text run on Oxigraph when the one parameter given is ``match``, a word of the labels
    #: (``# match-form: FILE``: the labels filtered first, the columns read whole), or None.
    match: str | None = None


#: Header tags naming another text of the same query, run in place of it in one case (no
#: parameter given; a name resolved to a busy subject; ``match`` given alone): ``# TAG: FILE``,
#: a path under kg/queries/ whose header shows it gives the same rows in the same order.
FORMS = ("without-params", "busy-form", "match-form")
_TAG = re.compile(rf"#\s*(title|param|optional|example|lookup|recorded|{'|'.join(FORMS)}):\s*(.*)$")


def _form(path: str) -> str:
    """The text of ``path`` (``a/b.rq``) under kg/queries/."""
    return resources.files("kg").joinpath("queries", *path.split("/")).read_text(encoding="utf-8")


def _parse_saved(name: str, text: str) -> SavedQuery:
    title, example, recorded, pairs = name, "", False, False
    params: dict[str, str] = {}
    optional: set[str] = set()
    lookups: dict[str, str] = {}
    forms: dict[str, str] = {}
    for line in text.splitlines():
        m = _TAG.match(line)
        if not m:
            continue
        tag, rest = m.groups()
        if tag == "recorded":
            recorded = rest.split()[:1] == ["whole"]
            pairs = recorded and rest.split()[1:2] == ["pairs"]
        elif tag in FORMS:
            forms[tag] = _form(rest.split()[0])
        elif tag == "lookup":
            pname, _, kind = rest.strip().partition(" ")
            lookups[pname] = kind.strip()
        elif tag == "title":
            title = rest.strip()
        elif tag == "example":
            example = rest.strip()
        else:
            pname, _, desc = rest.strip().partition(" ")
            params[pname] = desc.strip()
            if tag == "optional":
                optional.add(pname)
    return SavedQuery(name, title, text, params, frozenset(optional), example, lookups,
                      forms.get("without-params"), recorded, forms.get("busy-form"), pairs, forms.get("match-form"))


@functools.lru_cache(maxsize=1)
def _read_saved() -> tuple[tuple[str, SavedQuery], ...]:
    folder = resources.files("kg").joinpath("queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = _parse_saved(name, entry.read_text(encoding="utf-8"))
    return tuple(out.items())


def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped with polkg, by name (read once per process)."""
    return dict(_read_saved())


def get_saved_query(name: str) -> SavedQuery:
    """The saved query called ``name``.

    Raises:
        NotFound: no such query; the message lists the known ones.
    """
    queries = saved_queries()
    if name not in queries:
        raise NotFound(f"no saved query {name!r}; known: {', '.join(queries)} (kg query --list)")
    return queries[name]


def parse_param(text: str) -> tuple[str, Term]:
    """Turn ``name=value`` into a variable name and an RDF term.

    ``<iri>`` gives an IRI, ``prefix:local`` with a polkg prefix gives that IRI,
    ``YYYY-MM-DD`` an ``xsd:date``, a whole number an ``xsd:integer``, anything else a
    plain string.

    >>> parse_param("from=2020-09-01")[1]
    <Literal value=2020-09-01 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#date>>
    >>> parse_param("actor=Lukashenko")
    ('actor', <Literal value=Lukashenko datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VAR_NAME.match(name):
        raise UsageError(f"--param {visible(text)!r}: expected NAME=VALUE, e.g. --param actor=Lukashenko")
    try:
        return name, to_term(value)
    except UsageError as exc:
        raise UsageError(f"--param {name}: {exc}") from None


def to_term(value: str) -> Term:
    """A parameter value as an RDF term (see :func:`parse_param`).

    Raises:
        UsageError: ``<...>`` or ``prefix:local`` that is not a valid IRI.
    """
    if value.startswith("<") and value.endswith(">"):
        return _iri(value[1:-1], value)
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//") and " " not in value:
        return _iri(PREFIXES[prefix] + local, value)
    if _DATE_RE.match(value):
        return Literal(value, datatype=NamedNode(_XSD + "date"))
    if _INT_RE.match(value):
        return Literal(value, datatype=NamedNode(_XSD + "integer"))
    return Literal(value)


def _iri(iri: str, given: str) -> NamedNode:
    try:
        return NamedNode(iri)
    except ValueError as exc:
        raise UsageError(f"{visible(given)!r} is not a valid IRI ({exc}); write <http://...> without spaces, "
                         "quotes, braces or angle brackets inside, or a plain name") from None


def check_service(sparql: str, allow_service: bool) -> None:
    """Refuse a query that would call another endpoint (``SERVICE``) unless allowed.

    Nothing reaches the network unless the user points polkg at it: a query file found
    somewhere may not make the engine fetch from a server the user never chose.
    """
    if not allow_service and has_keyword(sparql, "SERVICE"):
        raise UsageError("the query calls another endpoint (SERVICE <...>), which sends data over the network; "
                         "pass --allow-service if you mean it")


def stream_query(store: Store, sparql: str, params: dict[str, Term] | None = None, *,
                 allow_service: bool = False) -> SelectStream | bool | list[Triple]:
    """Like :func:`run_query`, but SELECT rows arrive as the engine finds them (for a result
    too large to hold, or to start printing at once)."""
    _check_params(sparql, params)
    check_service(sparql, allow_service)
    return store.query_stream(sparql, params)


def _check_params(sparql: str, params: dict[str, Term] | None) -> None:
    query_vars = set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", sparql))
    for name in params or {}:
        if name not in query_vars:
            raise QueryError(f"--param {name}: the query has no variable ?{name}; "
                             f"its variables are {', '.join(sorted(query_vars)) or 'none'}")


def run_query(store: Store, sparql: str, params: dict[str, Term] | None = None, *,
              allow_service: bool = False) -> SelectResult | bool | list[Triple]:
    """Run ``sparql`` (the polkg prefixes are predeclared) with ``params`` bound.

    ``SERVICE`` (a federated call to another endpoint) is refused unless ``allow_service``.
    """
    _check_params(sparql, params)
    check_service(sparql, allow_service)
    return store.query(sparql, params)


def _prepare_saved(store: Store, name: str, params: dict[str, Term] | None, limit: int | None,
                   offset: int | None) -> tuple[str, dict[str, Term], str | None, dict[str, NamedNode]]:
    """The saved query's text with its names resolved and bound, the other parameters, the
    busy form's whole text when that form runs (:mod:`kg.busy`: its answer is recorded) and the
    names resolved (parameter -> IRI).

    A parameter the query documents as a name (``# lookup: actor actor``) is resolved first,
    once, by the one name lookup (:mod:`kg.network.names`), and the query runs with the IRI
    found (written by the engine's serialiser: an IRI the store itself returned, never the
    text typed) bound as ``VALUES`` on Oxigraph, and in place of the variable elsewhere
    (:func:`with_iris`: Virtuoso's ``FILTER`` in an ``OPTIONAL`` does not see a ``VALUES``
    outside it, and Oxigraph plans some queries far slower with the constant); so the graph
    is read from that actor or place on.
    """
    q = get_saved_query(name)
    params = dict(params or {})
    for p in params:
        if p not in q.params:
            known = ", ".join(q.params) or "none"
            raise QueryError(f"saved query {name!r} takes no parameter {p!r}; its parameters: {known}")
    missing = [p for p in q.params if p not in params and p not in q.optional]
    if missing:
        raise QueryError(f"saved query {name!r} needs --param {missing[0]}=... ({q.params[missing[0]]})")
    busy: str | None = None
    resolved: dict[str, NamedNode] = {}
    if not params and q.whole is not None and _two_phase_engine(store):
        text = q.whole  # the same rows, shaped for the whole answer (see the file's header)
    else:
        resolved = {p: resolve_name(store, q.lookups[p], params.pop(p).value) for p in list(params)
                    if p in q.lookups}
        profile = getattr(store, "profile", None)  # a remote store's engine; None: embedded Oxigraph
        if profile is None or profile.name == "oxigraph":  # a busy actor's form: kg/busy.py
            form = busy_query(store, q.busy, resolved)
            if form is None and q.match is not None and set(params) == {"match"}:
                form = match_form(store, q.text, q.match, params["match"])
            text = bind_values(form or q.text, resolved)
            busy = text if form is not None and not params else None
        else:
            text = with_iris(q.text, resolved)
    for word, value in (("LIMIT", limit), ("OFFSET", offset)):
        if value is not None:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise UsageError(f"--{word.lower()} must be a whole number of rows, 0 or more, not {value!r}")
            text += f"\n{word} {value}"
    return text, params, busy, resolved


# A string, an IRI, a comment or a variable, in that order (so a ``?x`` inside a string is not one).
_LEXEME = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                     r'|<[^<>"{}|^`\\\s]*>|#[^\n]*|[?$]([A-Za-z_][A-Za-z0-9_]*)')


def with_iris(text: str, iris: dict[str, NamedNode]) -> str:
    """``text`` with each variable ``?name`` of ``iris`` replaced by its IRI (``<...>``, written
    by the engine's serialiser); strings, IRIs and comments are left as they are.

    >>> with_iris('SELECT ?e WHERE { ?e ?p ?actor FILTER(?x != "?actor") } # ?actor',
    ...           {"actor": NamedNode("http://ex.org/a")})
    'SELECT ?e WHERE { ?e ?p <http://ex.org/a> FILTER(?x != "?actor") } # ?actor'
    """
    if not iris:
        return text
    return _LEXEME.sub(lambda m: str(iris[m.group(1)]) if m.group(1) in iris else m.group(0), text)


def resolve_name(store: Store, kind: str, name: str) -> NamedNode:
    """The IRI of the one actor or place (``kind``) called ``name`` (see :mod:`kg.network.names`)."""
    from kg.network.names import find_actor, find_place

    return NamedNode(find_place(store, name) if kind == "place" else find_actor(store, name))


def run_saved(store: Store, name: str, params: dict[str, Term] | None = None, *, limit: int | None = None,
              offset: int | None = None) -> SelectResult | bool | list[Triple]:
    """Run a saved query, checking its documented parameters and resolving the names among them.

    Args:
        store: the store to ask.
        name: the saved query (:func:`saved_queries`).
        params: parameter name -> term (:func:`to_term`); a name parameter may be a plain
            string (a name, resolved by the one lookup) or the IRI itself.
        limit, offset: at most ``limit`` rows, after skipping ``offset`` (in the query's order).

    Raises:
        QueryError: an unknown or missing parameter.
        NotFound, AmbiguousName: no actor / place, or several, have that name.
    """
    whole = _recorded(store, name, params)
    pairs = get_saved_query(name).pairs
    fast = (recorded_page(store, whole, limit, offset, pairs=pairs) if whole else None) \
        or _first_page(store, name, params, limit, offset)
    if fast is not None:
        return fast
    text, rest, busy, resolved = _prepare_saved(store, name, params, limit, offset)
    page = None if busy is None else recorded_page(store, busy, limit, offset, read=_busy_read(store, name, busy, resolved))
    return page if page is not None else run_query(store, text, rest)


def _busy_read(store: Store, name: str, busy: str, resolved: dict[str, NamedNode]) -> Whole | None:
    """How the whole answer of a busy form is read when none is recorded (:func:`kg.busy.sorted_reader`)."""
    q = get_saved_query(name)
    parts = [bind_values(part, resolved) for part in parts_of(q.busy or "")]
    return sorted_reader(store, busy, q.text, parts)


def stream_saved(store: Store, name: str, params: dict[str, Term] | None = None, *, limit: int | None = None,
                 offset: int | None = None) -> SelectStream | bool | list[Triple]:
    """Like :func:`run_saved`, but the rows arrive as the engine finds them (a listing's first
    rows read at once, see :mod:`kg.firstrows`)."""
    whole = _recorded(store, name, params)
    recorded = recorded_stream(store, whole, limit, offset, pairs=get_saved_query(name).pairs) if whole else None
    if recorded is not None:
        return recorded
    fast = _first_page(store, name, params, limit, offset)
    if fast is not None:
        return SelectStream(fast.variables, iter(fast.rows))
    plan = _plan(name, params)
    if plan is not None and limit is None and offset is None and _two_phase_engine(store):
        streamed = stream_rows(store, get_saved_query(name).text, plan, params)
        if streamed is not None:
            return streamed
    text, rest, busy, resolved = _prepare_saved(store, name, params, limit, offset)
    recorded = None if busy is None else recorded_stream(store, busy, limit, offset,
                                                         read=_busy_read(store, name, busy, resolved))
    return recorded if recorded is not None else stream_query(store, text, rest)


def _two_phase_engine(store: Store) -> bool:
    """Whether the two phases may run: on Oxigraph, embedded or a server (another engine may order
    a date with a time zone apart from the plain dates it equals, so it runs the full query)."""
    profile = getattr(store, "profile", None)
    return profile is None or profile.name == "oxigraph"


def _first_page(store: Store, name: str, params: dict[str, Term] | None, limit: int | None,
                offset: int | None) -> SelectResult | None:
    """A page of a listing (``limit`` rows after ``offset``, no parameters but those its plan
    takes) read in two phases (:mod:`kg.firstrows`); None when the full query must run."""
    plan = _plan(name, params)
    if plan is None or not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0 \
            or not _two_phase_engine(store):
        return None
    skip = offset or 0
    if not isinstance(skip, int) or isinstance(skip, bool) or skip < 0 or skip + limit > MAX_ROWS:
        return None
    result = first_rows(store, get_saved_query(name).text, plan, skip + limit, params)
    return None if result is None else SelectResult(result.variables, result.rows[skip:])


def _recorded(store: Store, name: str, params: dict[str, Term] | None) -> str | None:
    """The text whose whole answer is recorded (:mod:`kg.recorded`) for ``name`` run with ``params``, if any."""
    q = get_saved_query(name)
    return q.whole if q.recorded and not params and _two_phase_engine(store) else None


def _plan(name: str, params: dict[str, Term] | None) -> FirstRows | TopCounts | None:
    """The saved query's two-phase plan, if it has one that takes ``params`` (a plan's ``when``
    names the parameters it takes; a name looked up is never one)."""
    q = get_saved_query(name)
    plan = first_rows_of(q.text)
    if plan is None or not params:
        return plan
    takes = plan.when if isinstance(plan, TopCounts) else {}
    ok = all(p in takes and p not in q.lookups and not isinstance(v, BlankNode) for p, v in params.items())
    return plan if ok else None


def list_actors(store: Store, type_: str | None = None) -> SelectResult | bool | list[Triple]:
    """Actors with type, role, aliases and event counts (saved query ``actors``), of one class if given."""
    return run_saved(store, "actors", {"type": to_term(f"pol:{type_}")} if type_ else {})


def list_events(store: Store, *, type_: str | None = None, actor: str | None = None, date_from: str | None = None,
                date_to: str | None = None) -> SelectResult | bool | list[Triple]:
    """Events in date order (saved query ``events``), or one actor's (saved query ``timeline``).

    ``actor`` is looked up by :func:`kg.network.names.find_actor`, the rule every command uses,
    so ``kg events --actor X`` lists exactly the events of ``kg timeline X``.
    """
    if actor is not None:
        if type_ or date_from or date_to:
            raise QueryError("--actor cannot be combined with --type/--from/--to; give one or the other")
        return run_saved(store, "timeline", {"actor": Literal(actor)})
    params: dict[str, Term] = {}
    for name, value in (("from", date_from), ("to", date_to)):
        if value:
            term = to_term(value)
            if not isinstance(term, Literal) or term.datatype.value != _XSD + "date":
                raise QueryError(f"--{name} {value!r} is not a date; use YYYY-MM-DD")
            params[name] = term
    if type_:
        params["type"] = to_term(f"pol:{type_}")
    return run_saved(store, "events", params)


def read_query_arg(arg: str) -> str:
    """Inline SPARQL, or the text of a file when ``arg`` names one."""
    p = Path(arg)
    if arg.endswith((".rq", ".sparql")) or (len(arg) < 256 and "\n" not in arg and p.is_file()):
        try:
            return p.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"{arg}: query file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{arg}: cannot read the query file: {exc}") from None
    return arg
