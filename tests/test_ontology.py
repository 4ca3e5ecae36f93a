"""The ontology, the SHACL shapes and kg/terms.py agree, and the shapes catch malformed graphs.

(a) every term of ``kg.terms.POL`` / ``KIND`` is defined in ontology/polkg.ttl and
    every pol:/kind: IRI the ontology or the shapes use is declared in kg/terms.py;
(b) both files parse with rdflib and pyoxigraph;
(c) the class hierarchy and the alignments (SEM, schema.org, PROV-O, FOAF, CAMEO, PLOVER);
(d) the SHACL shapes accept a well-formed graph and report each kind of malformed one
    on the right node, with a message a user understands.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pyoxigraph
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg import terms
from kg.terms import FOAF, KIND, POL, PROV, SCHEMA, SEM, WD

SH = Namespace("http://www.w3.org/ns/shacl#")
# a plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes module attributes
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
POLSH = Namespace("https://w3id.org/polkg/shapes#")
PID = Namespace(terms.DEFAULT_BASE)

REPO_ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"

POL_NAMES = sorted(n for n in POL.__annotations__ if not n.startswith("_"))
KIND_NAMES = sorted(n for n in KIND.__annotations__ if not n.startswith("_"))
DECLARED = {POL[n] for n in POL_NAMES} | {KIND[n] for n in KIND_NAMES}


def _files() -> tuple[Path, Path]:
    """The installed ontology files, or the source checkout's while packaging is not wired."""
    if importlib.util.find_spec("kg.ontology") is not None:
        return terms.ontology_path(), terms.shapes_path()
    return REPO_ONTOLOGY_DIR / "polkg.ttl", REPO_ONTOLOGY_DIR / "shapes.ttl"


ONTOLOGY_FILE, SHAPES_FILE = _files()


def _parse(path: Path) -> Graph:
    # kg.terms.ontology_path() must give a real file (a namespace package without
    # __init__.py yields a MultiplexedPath whose str() is no file name)
    assert path.is_file(), f"ontology file not found: {path}"
    return Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return _parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _parse(SHAPES_FILE)


def _en_literals(g: Graph, s: URIRef, p: URIRef) -> list[str]:
    return [str(o) for o in g.objects(s, p) if isinstance(o, Literal) and o.language == "en"]


def _in_namespaces(term: object) -> bool:
    return isinstance(term, URIRef) and (
        str(term).startswith(str(POL._NS)) or str(term).startswith(str(KIND._NS))
    )


# --------------------------------------------------------------------------------------------
# (a) terms.py and the ontology cannot drift apart
# --------------------------------------------------------------------------------------------


def test_terms_py_declares_terms():
    # guards the iteration below: an empty or renamed namespace would make every check vacuous
    assert {"Actor", "Event", "participant", "source", "evidence", "published"} <= set(POL_NAMES)
    assert set(KIND_NAMES) == set(terms.STATEMENT_KINDS)


def _curie(term: URIRef) -> str:
    for prefix, ns in (("pol", str(POL._NS)), ("kind", str(KIND._NS))):
        if str(term).startswith(ns):
            return f"{prefix}:{str(term)[len(ns):]}"
    return str(term)


@pytest.mark.parametrize("term", sorted(DECLARED), ids=_curie)
def test_every_declared_term_has_english_label_and_definition(ontology, term):
    assert _en_literals(ontology, term, RDFS.label), f"{term} has no rdfs:label @en in polkg.ttl"
    assert _en_literals(ontology, term, SKOS.definition), f"{term} has no skos:definition @en"
    assert len(_en_literals(ontology, term, RDFS.label)) == 1, f"{term} has several English labels"


@pytest.mark.parametrize("name", POL_NAMES)
def test_every_pol_term_has_one_owl_kind(ontology, name):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    types = set(ontology.objects(POL[name], RDF.type))
    if name == "StatementKindScheme":
        assert SKOS.ConceptScheme in types
        assert not types & kinds
    else:
        assert len(types & kinds) == 1, f"pol:{name} has types {types}"


def test_property_kinds(ontology):
    object_props = {
        "about", "addressee", "decidedIn", "evidence", "host", "inArticle", "kind", "location", "mergedInto", "notSameAs",
        "organizer", "participant", "partOf", "source", "speaker", "url", "winner",
    }  # fmt: skip
    annotation_props = {"wikidata"}
    properties = {n for n in POL_NAMES if n[0].islower()}
    assert object_props <= properties
    for name in sorted(properties):
        if name in object_props:
            expected = OWL.ObjectProperty
        elif name in annotation_props:
            expected = OWL.AnnotationProperty
        else:
            expected = OWL.DatatypeProperty
        assert (POL[name], RDF.type, expected) in ontology, f"pol:{name} should be {expected}"


@pytest.mark.parametrize(
    "prop, domain, range_",
    [
        (POL.participant, POL.Event, POL.Actor),
        (POL.speaker, POL.Statement, POL.Actor),
        (POL.location, POL.Event, POL.Place),
        (POL.source, POL.Event, POL.Article),
        (POL.evidence, POL.Event, POL.Mention),
        (POL.inArticle, POL.Mention, POL.Article),
        (POL.kind, POL.Statement, POL.StatementKind),
        (POL.date, POL.Event, XSD.date),
        (POL.published, POL.Article, XSD.date),
        (POL.participantCount, POL.Event, XSD.integer),
        (POL.detainedCount, POL.Event, XSD.integer),
        (POL.deathCount, POL.Event, XSD.integer),
        (POL.startOffset, POL.Mention, XSD.integer),
        (POL.endOffset, POL.Mention, XSD.integer),
        (POL.reportedSpeech, POL.Statement, XSD.boolean),
    ],
)
def test_domains_and_ranges(ontology, prop, domain, range_):
    assert set(ontology.objects(prop, RDFS.domain)) == {domain}
    assert set(ontology.objects(prop, RDFS.range)) == {range_}


@pytest.mark.parametrize("which", ["ontology", "shapes"])
def test_every_pol_and_kind_iri_used_is_declared_in_terms_py(ontology, shapes, which):
    g = ontology if which == "ontology" else shapes
    used = {t for triple in g for t in triple if _in_namespaces(t)}
    undeclared = used - DECLARED
    assert not undeclared, f"{which} uses terms missing from kg/terms.py: {sorted(undeclared)}"


def test_ontology_defines_exactly_the_declared_terms(ontology):
    defined = {s for s in ontology.subjects() if _in_namespaces(s)}
    assert defined == DECLARED, (
        f"defined but not declared: {sorted(defined - DECLARED)}; "
        f"declared but not defined: {sorted(DECLARED - defined)}"
    )


def test_ontology_header(ontology):
    onto = URIRef(terms.ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert ontology.value(onto, OWL.versionIRI) is not None
    assert _en_literals(ontology, onto, DCTERMS.title)
    assert _en_literals(ontology, onto, DCTERMS.description)
    assert isinstance(ontology.value(onto, DCTERMS.license), URIRef)
    assert str(ontology.value(onto, DCTERMS.creator)) == "polkg"


# --------------------------------------------------------------------------------------------
# (b) both files parse with rdflib and with pyoxigraph
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE], ids=lambda p: p.name)
def test_parses_identically_with_rdflib_and_pyoxigraph(path):
    assert path.is_file(), f"{path} is missing"
    rdflib_graph = Graph().parse(path, format="turtle")
    oxi_triples = set(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(rdflib_graph) > 50
    assert len(oxi_triples) == len(rdflib_graph)


def test_pyoxigraph_store_answers_hierarchy_queries():
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY_FILE), format=pyoxigraph.RdfFormat.TURTLE)
    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in terms.PREFIXES.items())
    assert store.query(prefixes + "ASK { pol:Country rdfs:subClassOf+ sem:Actor }")
    assert store.query(prefixes + "ASK { pol:Detention rdfs:subClassOf+ sem:Event }")
    assert not store.query(prefixes + "ASK { pol:Place rdfs:subClassOf+ pol:Actor }")


# --------------------------------------------------------------------------------------------
# (c) class hierarchy and alignments
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", terms.EVENT_TYPES)
def test_event_classes_are_events(ontology, name):
    assert (POL[name], RDFS.subClassOf, POL.Event) in ontology


@pytest.mark.parametrize("name", terms.ACTOR_TYPES)
def test_actor_classes_are_actors(ontology, name):
    assert (POL[name], RDFS.subClassOf, POL.Actor) in ontology


def test_country_is_actor_and_place(ontology):
    assert (POL.Country, RDFS.subClassOf, POL.Actor) in ontology
    assert (POL.Country, RDFS.subClassOf, POL.Place) in ontology
    assert (POL.Place, RDFS.subClassOf, POL.Actor) not in ontology


@pytest.mark.parametrize(
    "s, p, o",
    [
        (POL.Actor, RDFS.subClassOf, SEM.Actor),
        (POL.Actor, RDFS.subClassOf, PROV.Agent),
        (POL.Person, RDFS.subClassOf, SCHEMA.Person),
        (POL.Person, RDFS.subClassOf, FOAF.Person),
        (POL.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (POL.Organization, RDFS.subClassOf, FOAF.Organization),
        (POL.Country, RDFS.subClassOf, SCHEMA.Country),
        (POL.Place, RDFS.subClassOf, SEM.Place),
        (POL.Place, RDFS.subClassOf, SCHEMA.Place),
        (POL.Event, RDFS.subClassOf, SEM.Event),
        (POL.Event, RDFS.subClassOf, SCHEMA.Event),
        (POL.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (POL.Article, RDFS.subClassOf, PROV.Entity),
        (POL.StatementKind, RDFS.subClassOf, SKOS.Concept),
        (POL.participant, RDFS.subPropertyOf, SEM.hasActor),
        (POL.speaker, RDFS.subPropertyOf, SEM.hasActor),
        (POL.location, RDFS.subPropertyOf, SEM.hasPlace),
        (POL.source, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (POL.partOf, RDFS.subPropertyOf, SEM.subEventOf),
        (POL.date, RDFS.subPropertyOf, SEM.hasTimeStamp),
        (POL.published, RDFS.subPropertyOf, SCHEMA.datePublished),
        (POL.Country, POL.wikidata, WD.Q6256),
    ],
)
def test_alignments(ontology, s, p, o):
    assert (s, p, o) in ontology


@pytest.mark.parametrize(
    "name, cameo, plover",
    [
        ("Meeting", "CAMEO 04 ", "PLOVER CONSULT"),
        ("Visit", "CAMEO 042 ", "PLOVER CONSULT (mode visit)"),
        ("Protest", "CAMEO 14 ", "PLOVER PROTEST"),
        ("Statement", "CAMEO 01 ", "PLOVER none"),
        ("Detention", "CAMEO 173 ", "PLOVER COERCE (mode arrest)"),
        ("Election", "CAMEO none", "PLOVER none"),
    ],
)
def test_event_classes_carry_cameo_and_plover(ontology, name, cameo, plover):
    notes = [str(n) for n in ontology.objects(POL[name], SKOS.note)]
    assert any(n.startswith(cameo) for n in notes), notes
    assert any(n.startswith(plover) for n in notes), notes


CAMEO_NOTATION = {
    "criticism": "111",
    "praise": "051",
    "demand": "10",
    "rejection": "12",
    "claim": "010",
    "comment": "010",
    "congratulation": "051",
    "announcement": "010",
}


def test_statement_kind_scheme(ontology):
    scheme = POL.StatementKindScheme
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    members = set(ontology.subjects(SKOS.inScheme, scheme))
    assert members == {KIND[k] for k in terms.STATEMENT_KINDS}
    assert set(CAMEO_NOTATION) == set(terms.STATEMENT_KINDS)
    # every concept is reachable from the scheme's top concepts
    tops = set(ontology.objects(scheme, SKOS.hasTopConcept))
    reachable = set(tops)
    for member in members:
        if any(b in tops for b in ontology.objects(member, SKOS.broader)):
            reachable.add(member)
    assert reachable == members


@pytest.mark.parametrize("name", sorted(CAMEO_NOTATION))
def test_statement_kind_concept(ontology, name):
    concept = KIND[name]
    assert (concept, RDF.type, SKOS.Concept) in ontology
    assert (concept, RDF.type, POL.StatementKind) in ontology
    assert _en_literals(ontology, concept, SKOS.prefLabel) == [name]
    notations = list(ontology.objects(concept, SKOS.notation))
    assert notations == [Literal(CAMEO_NOTATION[name])]
    notes = [str(n) for n in ontology.objects(concept, SKOS.note)]
    assert any(n.startswith(f"CAMEO {CAMEO_NOTATION[name]} ") for n in notes), notes
    assert any(n.startswith("PLOVER ") for n in notes), notes
    assert _en_literals(ontology, concept, RDFS.comment), "say why this CAMEO code was chosen"


def test_shapes_kind_list_is_the_scheme(shapes):
    lists = [o for o in shapes.objects(POLSH.StatementKind, SH["in"])]
    assert len(lists) == 1
    assert set(Collection(shapes, lists[0])) == {KIND[k] for k in terms.STATEMENT_KINDS}


# --------------------------------------------------------------------------------------------
# (d) SHACL shapes
# --------------------------------------------------------------------------------------------

_CONTAINER_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.property, SH.severity}


def test_every_shape_is_a_violation_with_a_message(shapes):
    all_shapes = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
        | set(shapes.objects(None, SH.property))
    )
    assert len(all_shapes) > 20
    for shape in all_shapes:
        assert (shape, SH.severity, SH.Violation) in shapes, f"{shape} lacks sh:severity"
        constraints = set(shapes.predicates(shape)) - _CONTAINER_KEYS - {SH.message}
        if constraints:
            assert _en_literals(shapes, shape, SH.message), f"{shape} lacks an sh:message @en"


# A small, well-formed graph as the loader writes it (see kg/load.py and the ontology).
ART = PID["article/sochi"]
MENTION = PID["mention/sochi/0-60"]
LUKASHENKO = PID["actor/alexander-lukashenko"]
PUTIN = PID["actor/vladimir-putin"]
RUSSIA = PID["actor/russia"]
OPPOSITION = PID["actor/opposition"]
PROTESTERS = PID["actor/protesters"]
SOCHI = PID["place/sochi"]
MEETING = PID["event/sochi-talks"]
VISIT = PID["event/sochi-visit"]
STATEMENT = PID["event/usurper-statement"]
REPORTED = PID["event/praise-statement"]
PROTEST = PID["event/march"]
DETENTION = PID["event/march-detentions"]
ELECTION = PID["event/election"]


def good_graph() -> Graph:
    g = Graph()
    add = g.add
    date = Literal("2020-09-14", datatype=XSD.date)

    add((ART, RDF.type, POL.Article))
    add((ART, RDFS.label, Literal("Lukashenko to meet Putin for talks")))
    add((ART, POL.title, Literal("Lukashenko to meet Putin for talks")))
    add((ART, POL.published, date))
    add((ART, POL.url, URIRef("https://example.org/news/sochi")))
    add((ART, POL.publisher, Literal("AFP")))
    add((ART, POL.language, Literal("en")))
    add((ART, POL.articleId, Literal("sochi")))

    add((MENTION, RDF.type, POL.Mention))
    add((MENTION, POL.mentionText, Literal("Belarusian President Alexander Lukashenko on Monday flew")))
    add((MENTION, POL.startOffset, Literal(0)))
    add((MENTION, POL.endOffset, Literal(60)))
    add((MENTION, POL.inArticle, ART))

    for node, cls, label in [
        (LUKASHENKO, POL.Person, "Alexander Lukashenko"),
        (PUTIN, POL.Person, "Vladimir Putin"),
        (OPPOSITION, POL.Organization, "Coordination Council"),
        (PROTESTERS, POL.Group, "protesters"),
        (RUSSIA, POL.Country, "Russia"),
    ]:
        add((node, RDF.type, cls))
        add((node, RDF.type, POL.Actor))
        add((node, RDFS.label, Literal(label)))
    add((RUSSIA, RDF.type, POL.Place))
    add((LUKASHENKO, SKOS.altLabel, Literal("Lukashenka")))
    add((LUKASHENKO, POL.role, Literal("President of Belarus")))
    add((LUKASHENKO, OWL.sameAs, WD.Q3045))

    add((SOCHI, RDF.type, POL.Place))
    add((SOCHI, RDFS.label, Literal("Sochi")))
    add((SOCHI, SCHEMA.containedInPlace, RUSSIA))

    for event, cls in [
        (MEETING, POL.Meeting),
        (VISIT, POL.Visit),
        (STATEMENT, POL.Statement),
        (REPORTED, POL.Statement),
        (PROTEST, POL.Protest),
        (DETENTION, POL.Detention),
        (ELECTION, POL.Election),
    ]:
        add((event, RDF.type, cls))
        add((event, RDF.type, POL.Event))
        add((event, RDFS.label, Literal(f"{cls.split('#')[-1]} event")))
        add((event, POL.source, ART))
        add((event, POL.evidence, MENTION))

    add((MEETING, POL.participant, LUKASHENKO))
    add((MEETING, POL.participant, PUTIN))
    add((MEETING, POL.location, SOCHI))
    add((MEETING, POL.date, date))
    add((MEETING, POL.dateText, Literal("on Monday")))
    add((MEETING, POL.topic, Literal("integration")))

    add((VISIT, POL.participant, LUKASHENKO))
    add((VISIT, POL.host, PUTIN))
    add((VISIT, POL.location, SOCHI))

    add((STATEMENT, POL.speaker, OPPOSITION))
    add((STATEMENT, POL.addressee, PUTIN))
    add((STATEMENT, POL.about, MEETING))
    add((STATEMENT, POL.kind, KIND.criticism))
    add((STATEMENT, POL.quote, Literal("dialogue with a usurper")))

    add((REPORTED, POL.speaker, PUTIN))
    add((REPORTED, POL.about, RUSSIA))
    add((REPORTED, POL.kind, KIND.congratulation))
    add((REPORTED, POL.reportedSpeech, Literal(True)))

    add((PROTEST, POL.participant, PROTESTERS))
    add((PROTEST, POL.organizer, OPPOSITION))
    add((PROTEST, POL.participantCount, Literal(10000)))
    add((PROTEST, POL.participantCountText, Literal("tens of thousands")))
    add((PROTEST, POL.deathCount, Literal(0)))
    add((PROTEST, POL.deathCountText, Literal("no one was killed")))

    add((DETENTION, POL.partOf, PROTEST))
    add((DETENTION, POL.location, RUSSIA))
    add((DETENTION, POL.detainedCount, Literal(500)))
    add((DETENTION, POL.detainedCountText, Literal("more than 500")))

    add((ELECTION, POL.participant, LUKASHENKO))
    add((ELECTION, POL.winner, LUKASHENKO))
    return g


def _results(data: Graph, shapes: Graph) -> tuple[bool, list[dict]]:
    # inplace: the data graphs are throwaway, and not cloning them keeps the test fast
    conforms, report, _text = validate(data, shacl_graph=shapes, inference="none", inplace=True)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.append(
            {
                "focus": report.value(r, SH.focusNode),
                "message": " ".join(str(m) for m in report.objects(r, SH.resultMessage)),
                "severity": report.value(r, SH.resultSeverity),
            }
        )
    return conforms, out


def test_good_graph_conforms(shapes):
    conforms, results = _results(good_graph(), shapes)
    assert conforms, results


def _rdfs_types(data: Graph, ontology: Graph) -> Graph:
    """``data`` plus the pol: types its domains, ranges and subclass axioms entail (RDFS 2, 3, 9).

    A few lines instead of pySHACL's inference="rdfs", which takes many seconds on the ontology.
    """
    g = Graph()
    g += data
    for prop, domain in ontology.subject_objects(RDFS.domain):
        for s in data.subjects(prop, None):
            g.add((s, RDF.type, domain))
    for prop, range_ in ontology.subject_objects(RDFS.range):
        if isinstance(range_, URIRef) and str(range_).startswith(str(POL._NS)):
            for o in data.objects(None, prop):
                g.add((o, RDF.type, range_))
    while True:
        new = {
            (s, RDF.type, sup)
            for s, cls in g.subject_objects(RDF.type)
            for sup in ontology.objects(cls, RDFS.subClassOf)
            if isinstance(sup, URIRef) and (s, RDF.type, sup) not in g
        }
        if not new:
            return g
        for triple in new:
            g.add(triple)


def test_good_graph_conforms_with_the_types_the_ontology_entails(ontology, shapes):
    # the ontology's domains and ranges must not type anything into a shape violation
    entailed = _rdfs_types(good_graph(), ontology)
    assert (MEETING, RDF.type, SEM.Event) in entailed  # the closure did run
    assert (KIND.criticism, RDF.type, POL.StatementKind) in entailed
    conforms, results = _results(entailed, shapes)
    assert conforms, results


def _set(g: Graph, s, p, o) -> None:
    g.set((s, p, o))


Mutation = Callable[[Graph], None]

VIOLATIONS: list[tuple[str, Mutation, list[tuple[URIRef, str]]]] = [
    (
        "meeting-with-one-participant",
        lambda g: g.remove((MEETING, POL.participant, PUTIN)),
        [(MEETING, "A meeting needs at least two participants")],
    ),
    (
        "statement-with-two-speakers",
        lambda g: g.add((STATEMENT, POL.speaker, PUTIN)),
        [(STATEMENT, "A statement needs exactly one speaker")],
    ),
    (
        "statement-without-speaker",
        lambda g: g.remove((REPORTED, POL.speaker, None)),
        [(REPORTED, "A statement needs exactly one speaker")],
    ),
    (
        "speaker-not-an-actor",
        lambda g: _set(g, STATEMENT, POL.speaker, SOCHI),
        [(STATEMENT, "the speaker must be an actor")],
    ),
    (
        "negative-participant-count",
        lambda g: _set(g, PROTEST, POL.participantCount, Literal(-5)),
        [(PROTEST, "must be a whole number, 0 or more")],
    ),
    (
        "participant-count-not-a-number",
        lambda g: _set(g, PROTEST, POL.participantCount, Literal("tens of thousands")),
        [(PROTEST, "pol:participantCount")],
    ),
    (
        "negative-detained-count",
        lambda g: _set(g, DETENTION, POL.detainedCount, Literal(-1)),
        [(DETENTION, "people detained (pol:detainedCount) must be a whole number, 0 or more")],
    ),
    (
        "decimal-death-count",
        lambda g: _set(g, PROTEST, POL.deathCount, Literal("2.5", datatype=XSD.decimal)),
        [(PROTEST, "pol:deathCount")],
    ),
    (
        "string-date",
        lambda g: _set(g, MEETING, POL.date, Literal("2020-09-14")),
        [(MEETING, "is not a calendar date")],
    ),
    (
        "datetime-date",
        lambda g: _set(g, MEETING, POL.date, Literal("2020-09-14T10:00:00", datatype=XSD.dateTime)),
        [(MEETING, "is not a calendar date")],
    ),
    (
        "date-without-date-text",
        lambda g: g.remove((MEETING, POL.dateText, None)),
        [(MEETING, "add pol:dateText")],
    ),
    (
        "count-without-count-text",
        lambda g: g.remove((DETENTION, POL.detainedCountText, None)),
        [(DETENTION, "add pol:detainedCountText")],
    ),
    (
        "actor-with-two-labels",
        lambda g: g.add((LUKASHENKO, RDFS.label, Literal("Lukashenka"))),
        [(LUKASHENKO, "An actor needs exactly one canonical name")],
    ),
    (
        "actor-without-label",
        lambda g: g.remove((PROTESTERS, RDFS.label, None)),
        [(PROTESTERS, "An actor needs exactly one canonical name")],
    ),
    (
        "same-as-not-wikidata",
        lambda g: _set(g, LUKASHENKO, OWL.sameAs, URIRef("https://example.org/lukashenko")),
        [(LUKASHENKO, "must be a Wikidata entity IRI")],
    ),
    (
        "place-without-label",
        lambda g: g.remove((SOCHI, RDFS.label, None)),
        [(SOCHI, "A place needs a name")],
    ),
    (
        "place-in-a-non-country",
        lambda g: _set(g, SOCHI, SCHEMA.containedInPlace, PUTIN),
        [(SOCHI, "must be a pol:Country")],
    ),
    (
        "event-without-source",
        lambda g: g.remove((VISIT, POL.source, None)),
        [(VISIT, "has no source article")],
    ),
    (
        "source-not-an-article",
        lambda g: _set(g, VISIT, POL.source, MENTION),
        [(VISIT, "has no source article")],
    ),
    (
        "event-without-evidence",
        lambda g: g.remove((ELECTION, POL.evidence, None)),
        [(ELECTION, "has no evidence")],
    ),
    (
        "event-without-label",
        lambda g: g.remove((ELECTION, RDFS.label, None)),
        [(ELECTION, "The event has no name")],
    ),
    (
        "participant-not-an-actor",
        lambda g: g.add((PROTEST, POL.participant, SOCHI)),
        [(PROTEST, "is not an actor")],
    ),
    (
        "location-not-a-place",
        lambda g: _set(g, VISIT, POL.location, PUTIN),
        [(VISIT, "is not a place")],
    ),
    (
        "part-of-not-an-event",
        lambda g: _set(g, DETENTION, POL.partOf, SOCHI),
        [(DETENTION, "pol:partOf must point to another event")],
    ),
    (
        "host-not-an-actor",
        lambda g: _set(g, VISIT, POL.host, SOCHI),
        [(VISIT, "The host of the visit")],
    ),
    (
        "organizer-not-an-actor",
        lambda g: _set(g, PROTEST, POL.organizer, MEETING),
        [(PROTEST, "The organizer of the protest")],
    ),
    (
        "winner-not-an-actor",
        lambda g: _set(g, ELECTION, POL.winner, SOCHI),
        [(ELECTION, "The winner of the election")],
    ),
    (
        "statement-without-kind",
        lambda g: g.remove((STATEMENT, POL.kind, None)),
        [(STATEMENT, "A statement needs exactly one kind")],
    ),
    (
        "kind-outside-the-scheme",
        lambda g: _set(g, STATEMENT, POL.kind, URIRef(str(KIND._NS) + "insult")),
        [(STATEMENT, "A statement needs exactly one kind")],
    ),
    (
        "statement-with-two-kinds",
        lambda g: g.add((STATEMENT, POL.kind, KIND.demand)),
        [(STATEMENT, "A statement needs exactly one kind")],
    ),
    (
        "statement-with-two-quotes",
        lambda g: g.add((STATEMENT, POL.quote, Literal("a second quote"))),
        [(STATEMENT, "A statement has at most one quote")],
    ),
    (
        "about-a-place",
        lambda g: _set(g, STATEMENT, POL.about, SOCHI),
        [(STATEMENT, "must be an event (pol:Event) or an actor")],
    ),
    (
        "addressee-not-an-actor",
        lambda g: _set(g, STATEMENT, POL.addressee, ART),
        [(STATEMENT, "The addressee of the statement")],
    ),
    (
        "reported-speech-not-boolean",
        lambda g: _set(g, REPORTED, POL.reportedSpeech, Literal("yes")),
        [(REPORTED, "pol:reportedSpeech must be a single boolean")],
    ),
    (
        "meeting-not-typed-event",
        lambda g: g.remove((MEETING, RDF.type, POL.Event)),
        # the statement about the meeting is then about something that is no event either
        [
            (MEETING, "is not also typed pol:Event"),
            (STATEMENT, "must be an event (pol:Event) or an actor"),
        ],
    ),
    (
        "person-not-typed-actor",
        lambda g: g.remove((PUTIN, RDF.type, POL.Actor)),
        # Putin is then no actor: his own type check fails, and so do the events he is party to
        [
            (PUTIN, "is not also typed pol:Actor"),
            (MEETING, "is not an actor"),
            (VISIT, "The host of the visit"),
            (STATEMENT, "The addressee of the statement"),
            (REPORTED, "the speaker must be an actor"),
        ],
    ),
    (
        "country-not-typed-place",
        lambda g: g.remove((RUSSIA, RDF.type, POL.Place)),
        [(RUSSIA, "is not also typed pol:Place"), (DETENTION, "is not a place")],
    ),
    (
        "mention-without-text",
        lambda g: g.remove((MENTION, POL.mentionText, None)),
        [(MENTION, "A mention needs exactly one pol:mentionText")],
    ),
    (
        "mention-with-negative-offset",
        lambda g: _set(g, MENTION, POL.startOffset, Literal(-1)),
        [(MENTION, "pol:startOffset, a character offset that is a whole number, 0 or more")],
    ),
    (
        "mention-without-end-offset",
        lambda g: g.remove((MENTION, POL.endOffset, None)),
        [(MENTION, "A mention needs exactly one pol:endOffset")],
    ),
    (
        "mention-offsets-reversed",
        lambda g: _set(g, MENTION, POL.startOffset, Literal(70)),
        [(MENTION, "must be smaller than its pol:endOffset")],
    ),
    (
        "mention-without-article",
        lambda g: g.remove((MENTION, POL.inArticle, None)),
        [(MENTION, "A mention must belong to exactly one article")],
    ),
    (
        "article-without-id",
        lambda g: g.remove((ART, POL.articleId, None)),
        [(ART, "An article needs exactly one pol:articleId")],
    ),
    (
        "article-with-two-ids",
        lambda g: g.add((ART, POL.articleId, Literal("other"))),
        [(ART, "An article needs exactly one pol:articleId")],
    ),
    (
        "article-with-two-publication-dates",
        lambda g: g.add((ART, POL.published, Literal("2020-09-15", datatype=XSD.date))),
        [(ART, "at most one publication date")],
    ),
    (
        "article-published-as-string",
        lambda g: _set(g, ART, POL.published, Literal("14 September 2020")),
        [(ART, "at most one publication date (pol:published), and it must be an xsd:date")],
    ),
    (
        "article-url-as-string",
        lambda g: _set(g, ART, POL.url, Literal("https://example.org/news/sochi")),
        [(ART, "must be an IRI, not a string")],
    ),
]


@pytest.mark.parametrize(
    "mutate, expected", [(m, e) for _, m, e in VIOLATIONS], ids=[n for n, _, _ in VIOLATIONS]
)
def test_shapes_report_malformed_graph(shapes, mutate, expected):
    data = good_graph()
    mutate(data)
    assert set(data) != set(good_graph()), "the mutation changed nothing"
    conforms, results = _results(data, shapes)
    assert not conforms
    assert all(r["severity"] == SH.Violation for r in results)
    for focus, message in expected:
        assert any(r["focus"] == focus and message in r["message"] for r in results), (
            f"no violation on {focus} saying {message!r}; got {results}"
        )
    # nothing else is reported: each malformation is caught by the shape meant for it
    got = {r["focus"] for r in results}
    assert got == {focus for focus, _ in expected}, results
