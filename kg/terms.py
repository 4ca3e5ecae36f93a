"""The polkg vocabulary: namespaces, prefixes and where the ontology files live.

Every ``POL.x`` and ``KIND.x`` used in the code must be declared here, and every
term declared here must be defined in ``ontology/polkg.ttl`` (a test checks both).
``_fail = True`` turns a typo into an ``AttributeError`` instead of a new IRI.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "POL",
    "KIND",
    "SEM",
    "SCHEMA",
    "PROV",
    "FOAF",
    "SKOS",
    "WD",
    "PREFIXES",
    "ONTOLOGY_IRI",
    "DEFAULT_BASE",
    "EVENT_TYPES",
    "ACTOR_TYPES",
    "STATEMENT_KINDS",
    "ontology_path",
    "shapes_path",
]


class POL(DefinedNamespace):
    """The polkg ontology namespace (``pol:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/polkg/ontology#")

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Group: URIRef
    Place: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Protest: URIRef
    Statement: URIRef
    Detention: URIRef
    Election: URIRef
    Article: URIRef
    Mention: URIRef
    Merge: URIRef
    StatementKind: URIRef
    StatementKindScheme: URIRef

    # contract properties
    participant: URIRef
    organizer: URIRef
    speaker: URIRef
    addressee: URIRef
    about: URIRef
    quote: URIRef
    kind: URIRef
    location: URIRef
    date: URIRef
    topic: URIRef
    participantCount: URIRef
    detainedCount: URIRef
    deathCount: URIRef
    role: URIRef
    source: URIRef
    evidence: URIRef
    published: URIRef

    # added terms
    host: URIRef  # Visit -> Actor that receives the visitor
    winner: URIRef  # Election -> Actor declared the winner
    partOf: URIRef  # Event -> Event (a detention during a protest)
    reportedSpeech: URIRef  # Statement -> xsd:boolean: paraphrased, no direct quote
    dateText: URIRef  # the date phrase as printed
    participantCountText: URIRef
    detainedCountText: URIRef
    deathCountText: URIRef
    mentionText: URIRef  # Mention -> the exact text found in the article
    startOffset: URIRef  # Mention -> xsd:integer, character offset (inclusive)
    endOffset: URIRef  # Mention -> xsd:integer, character offset (exclusive)
    inArticle: URIRef  # Mention -> Article
    title: URIRef  # Article -> string
    url: URIRef  # Article -> IRI
    publisher: URIRef  # Article -> string
    author: URIRef  # Article -> string, the byline as printed
    sha256: URIRef  # Article -> string, hex SHA-256 of the document as fetched (the HTML page)
    language: URIRef  # Article -> string (BCP 47)
    articleId: URIRef  # Article -> the local id used for its named graph
    wikidata: URIRef  # annotation: owl:sameAs targets are Wikidata entities
    mergedInto: URIRef  # Merge -> the actor, place or event an article's name or report was resolved to
    mergeReason: URIRef  # Merge -> string: the evidence for the merge
    mergedName: URIRef  # Merge -> string: a name a user decision resolves to the merge's target
    notSameAs: URIRef  # Actor -> Actor: a user decision that two nodes are different actors
    decidedIn: URIRef  # Merge -> Article whose ingest made the decision


class KIND(DefinedNamespace):
    """Statement kinds, a SKOS concept scheme (``kind:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/polkg/kind/")

    criticism: URIRef
    praise: URIRef
    demand: URIRef
    rejection: URIRef
    claim: URIRef
    comment: URIRef
    congratulation: URIRef
    announcement: URIRef


SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_IRI = "https://w3id.org/polkg/ontology"
DEFAULT_BASE = "https://w3id.org/polkg/id/"

PREFIXES: dict[str, str] = {
    "pol": str(POL._NS),
    "kind": str(KIND._NS),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": str(SKOS),
    "sem": str(SEM),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "foaf": str(FOAF),
    "wd": str(WD),
}
# Instance prefixes: one per kind of node, so exports read `actor:vladimir-putin`.
INSTANCE_KINDS = ("actor", "place", "event", "article", "mention", "graph")
PREFIXES.update({k: f"{DEFAULT_BASE}{k}/" for k in INSTANCE_KINDS})

ACTOR_TYPES = ("Person", "Organization", "Country", "Group")
EVENT_TYPES = ("Meeting", "Visit", "Protest", "Statement", "Detention", "Election")
STATEMENT_KINDS = (
    "criticism",
    "praise",
    "demand",
    "rejection",
    "claim",
    "comment",
    "congratulation",
    "announcement",
)


def _ontology_dir() -> Path:
    # Installed (wheel or editable): the top-level ontology/ folder is the package data
    # kg.ontology. Run from a source checkout without installing: ../ontology.
    try:
        return Path(str(resources.files("kg.ontology")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology"


def ontology_path() -> Path:
    """Path of ``polkg.ttl`` (shipped inside the package, also in a wheel)."""
    return _ontology_dir() / "polkg.ttl"


def shapes_path() -> Path:
    """Path of the SHACL ``shapes.ttl``."""
    return _ontology_dir() / "shapes.ttl"
