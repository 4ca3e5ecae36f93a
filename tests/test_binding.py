"""Where parameters go into a query: the lexing in kg.stores.binding skips strings, IRIs and
comments, so a brace, a keyword or a ``<`` inside them never moves the WHERE group."""

from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from kg.stores.binding import bind_values, has_keyword, query_form, where_group_start


@pytest.mark.parametrize("query", [
    "SELECT ?x WHERE { ?x ?p ?o }",
    "# a comment with { and WHERE {\nSELECT ?x WHERE { ?x ?p ?o }",
    'SELECT ?x WHERE { ?x ?p "} { WHERE {" }',
    "SELECT ?x WHERE { ?x ?p '''a\n} {''' }",
    "SELECT (EXISTS { ?a ?b ?c } AS ?e) ?x WHERE { ?x ?p ?o }",
    "SELECT ?x WHERE { ?x <http://e/p#WHERE> ?o FILTER(?o < 3 && ?x > 1) }",
    "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }",
])
def test_the_where_group_is_found_past_strings_iris_comments_and_expressions(query: str):
    at = where_group_start(query)
    assert query[at - 1] == "{" and query[:at].rstrip("{").rstrip().endswith("WHERE")


def test_a_long_values_list_is_lexed_as_iris():
    """Thousands of bound IRIs (a match's candidate events) are skipped one IRI at a time,
    and what follows them is still found."""
    events = [NamedNode(f"https://w3id.org/polkg/id/event/e{i}") for i in range(20_000)]
    text = bind_values("SELECT ?event WHERE { ?event ?p ?o } # SERVICE", {"event": events})
    assert text.count("<https://w3id.org/polkg/id/event/") == 20_000
    assert query_form(text) == "SELECT" and not has_keyword(text, "SERVICE")
    inner = text.index("{") + 1
    assert where_group_start(text) == inner
    assert has_keyword(text + "\nSERVICE <http://x/> { }", "service")


@pytest.mark.parametrize(("query", "found"), [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ('SELECT * WHERE { ?s ?p "SERVICE" }', False),
    ("SELECT * WHERE { ?s <http://x/SERVICE> ?o }", False),
    ("# SERVICE\nSELECT * WHERE { ?s ?p ?o }", False),
    ("SELECT ?SERVICE WHERE { ?SERVICE ?p ?o }", False),
])
def test_a_keyword_counts_only_outside_strings_iris_comments_and_variables(query: str, found: bool):
    assert has_keyword(query, "SERVICE") is found
