"""Events by a word of their label, without scanning every label at each reading.

``evidence --param match=WORD`` keeps the events whose label contains the word, case ignored
(``CONTAINS(LCASE(?l), LCASE(STR(?match)))``). The engine has no index of words, so each
reading scans every label of the store (about 0.2 s of CPU at a million triples, more than
the rest of a rare word's answer). A reader of an on-disk store records every label and its
subject (the events', and the actors' and places' too, for a cheaper read) once per state of
the store folder (:mod:`kg.stores.answers`, as it records other answers; any write changes the
state) and finds a word's candidates in that record, in Python: a label whose lower case holds
the word's (Python's ``str.lower`` and the engine's ``LCASE`` both apply Unicode's full
lower-case mapping; a test compares them). The saved query then runs with the candidates bound
as ``VALUES`` (a few index lookups each) and applies its own type and filter to them, so the
rows are exactly the saved query's (:func:`kg.query._prepare_saved`). With more than
:data:`MAX_BOUND` candidates the query's match form runs instead (the columns read whole),
with the candidates joined first in place of its scan of every label, up to :data:`MAX_JOINED`.
"""

from __future__ import annotations

from typing import AnyStr

from pyoxigraph import Literal, NamedNode

from kg.stores import Store, Term
from kg.stores.answers import answer_key
from kg.stores.binding import bind_values, values_clause, where_group_start
from kg.stores.tsv import tsv_value

__all__ = ["LABELS", "MAX_BOUND", "MAX_JOINED", "candidates", "joined", "match_form"]

#: Every label and its subject, recorded per state of an on-disk store: the events' and the others'
#: (a superset, read at half the cost of the events' alone: 0.18 s against 0.38-0.45 s at 1M).
LABELS = "SELECT ?event ?l WHERE { ?event rdfs:label ?l }"
#: More candidate events than this: the match form reads the columns whole (faster than lookups).
MAX_BOUND = 1000
#: Up to this many, the match form takes the candidates as a group it joins by hash before its
#: label filter, instead of scanning every label. At 1M triples (benchmarks/scale.py, CPU, 1 Dec)
#: 7,062-9,514 candidates: 0.56-0.74 s against 0.89-1.06 s; 11,283: 0.96 s against 0.92 s;
#: 39,010: 4.3 s against 1.7 s (the engine's joins of so many bound events grow faster).
MAX_JOINED = 10_000
_SPECIAL = ("\\", '"', "\t", "\n", "\r")
#: The only characters outside ASCII whose lower case holds an ASCII one: İ (i and a dot) and the Kelvin sign.
_TO_ASCII = ("\u0130".encode(), "\u212a".encode())


def _labels(store: Store) -> bytes | None:
    """The TSV results of :data:`LABELS`: recorded for the store's state, or read and recorded."""
    if not store.records_answers():
        return None
    key = answer_key(LABELS)
    data = store.recorded_tsv(key)
    if data is None:
        data = store.select_tsv(LABELS)
        store.record_answer(key, data)
    return data


def _label_text(cell: str) -> str:
    """A TSV label's characters (``"a \\"b\\""@en`` -> ``a "b"``); a quoted triple, which the
    engine's ``LCASE`` refuses, none."""
    try:
        return tsv_value(cell)
    except ValueError:
        return ""


def _lines_holding(text: AnyStr, word: AnyStr, newline: AnyStr, tab: AnyStr) -> set[int]:
    """Start offsets of the lines of ``text`` that hold ``word`` after their first tab."""
    found: set[int] = set()
    at = text.find(word)
    while at >= 0:
        start = text.rfind(newline, 0, at) + 1
        first_tab = text.find(tab, start)
        if first_tab < 0:
            break
        if first_tab >= at:  # in the line's IRI: look again from its label on
            at = text.find(word, first_tab + 1)
            continue
        found.add(start)
        end = text.find(newline, at)
        at = -1 if end < 0 else text.find(word, end + 1)
    return found


def candidates(store: Store, word: str) -> list[NamedNode] | None:
    """The subjects whose label may contain ``word`` (case ignored), sorted, from the record of
    every label: the events among them are a superset of the query's; None on a store that records no answers (in memory, remote, a writer)."""
    data = _labels(store)
    if data is None:
        return None
    body = data[data.find(b"\n") + 1:]
    key = word.lower()
    iris: set[str] = set()
    if any(c in key for c in _SPECIAL):  # the TSV escapes these: compare each label unescaped
        for line in body.decode("utf-8").split("\n"):
            iri, tab, cell = line.partition("\t")
            if tab and key in _label_text(cell).lower():
                iris.add(iri)
    elif key.isascii() and not any(c in body for c in _TO_ASCII):
        # the common case: the bytes lower-cased at C speed (ASCII letters only; no other
        # character's lower case holds an ASCII one but those two), offsets kept
        for start in _lines_holding(body.lower(), key.encode("ascii"), b"\n", b"\t"):
            iris.add(body[start:body.find(b"\t", start)].decode("utf-8"))
    else:
        text = body.decode("utf-8")
        lowered = text.lower()
        if len(lowered) == len(text):  # the lower-cased text's offsets are the text's
            iris = {text[at:text.find("\t", at)] for at in _lines_holding(lowered, key, "\n", "\t")}
        else:  # a character whose lower case is longer: line by line
            for line in text.split("\n"):
                iri, tab, cell = line.partition("\t")
                if tab and key in cell.lower():
                    iris.add(iri)
    return sorted(NamedNode(i[1:-1]) for i in iris if i.startswith("<") and i.endswith(">"))


def match_form(store: Store, text: str, form: str, match: Term) -> str:
    """What to run for a saved query's ``match`` given alone (``# match-form: FORM``): its
    ``text`` with the word's candidate events bound, when the record of the labels finds few,
    else ``form`` (the labels filtered first, the columns read whole), with the candidates
    joined first while they are not too many."""
    found = candidates(store, match.value) if isinstance(match, (Literal, NamedNode)) else None
    if found is None or len(found) > MAX_JOINED:
        return form
    if len(found) > MAX_BOUND:
        return joined(form, found)
    return bind_values(text, {"event": found})


def joined(form: str, events: list[NamedNode]) -> str:
    """The match form with ``events`` (a superset of those its filter keeps) as the group that
    opens its WHERE: the engine joins them to its label filter by hash, so it reads those events'
    labels, not every one. The rows are the form's."""
    at = where_group_start(form)
    return f"{form[:at]} {{ SELECT ?event WHERE {{ {values_clause('event', events)} }} }} {form[at:]}"
