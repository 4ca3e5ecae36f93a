"""Every saved query orders its rows completely, so its output never depends on the engine's plan.

A row's order must follow from its values alone: the ORDER BY names every column the query
returns (or, for a grouped query, every grouping key). Otherwise two rows that tie on the sort keys
come out in whatever order the engine's plan gives them, and the same store prints differently
from one engine version, store layout or paging (`--offset`) to the next.
"""

from __future__ import annotations

import re

import pytest

from kg.query import saved_queries

_AS = re.compile(r"\bAS\s+(\?\w+)\s*\)", re.IGNORECASE)


def _clause(text: str, start: str, end: str) -> str:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    kw = r"(?<![?$\w])"  # a keyword, not a variable such as ?where
    m = re.search(rf"{kw}{start}\b(.*?)(?:{kw}{end}\b|$)", body, re.DOTALL | re.IGNORECASE)
    assert m, f"no {start} clause"
    return m.group(1)


def _columns(text: str) -> set[str]:
    """The variables a SELECT returns: plain ones and the names given with AS."""
    head = _clause(text, "SELECT", "WHERE")
    aliases = set(_AS.findall(head))
    plain = set(re.findall(r"\?\w+", re.sub(r"\([^()]*(\([^()]*\)[^()]*)*\)", " ", head)))
    return plain | aliases


def _keys(text: str, clause: str, end: str) -> set[str]:
    return set(re.findall(r"\?\w+", _clause(text, clause, end)))


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_query_orders_by_every_column_or_group_key(name):
    text = saved_queries()[name].text
    order = _keys(text, "ORDER BY", "LIMIT")
    if re.search(r"\bGROUP BY\b", text):
        needed = _keys(text, "GROUP BY", "ORDER BY")
    else:
        needed = _columns(text)
    missing = needed - order
    assert not missing, f"{name}: rows that tie on the sort keys but differ in {sorted(missing)} have no fixed order"


def test_columns_reads_plain_variables_and_aliases():
    text = "SELECT DISTINCT ?a (COUNT(DISTINCT ?e) AS ?n) (STR(?x) AS ?b) ?where WHERE { } ORDER BY ?a"
    assert _columns(text) == {"?a", "?n", "?b", "?where"}
