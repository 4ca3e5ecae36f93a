"""The facts format: one reviewable YAML (or JSON) file per article, and its validation.

* :mod:`kg.facts.model`: the records (:class:`Facts`, :class:`Actor`, :class:`Event` ...);
* :mod:`kg.facts.document`: the YAML/JSON reader that keeps every field's line;
* :mod:`kg.facts.checker`: field checks shared by every section;
* :mod:`kg.facts.validate`: the article, actors and places; :func:`read_facts`, :func:`parse_facts`;
* :mod:`kg.facts.events`: the events section;
* :mod:`kg.facts.writer`: :func:`dump_facts`, the canonical YAML.

This package knows nothing of RDF. Errors are :class:`~kg.errors.FactError` with a
message of the form ``FILE:LINE: FIELD: problem; what to do``.
"""

from kg.facts.model import Actor, ArticleMeta, Event, Facts, Place
from kg.facts.validate import parse_facts, read_article_text, read_facts
from kg.facts.writer import dump_facts, facts_to_dict

__all__ = [
    "ArticleMeta",
    "Actor",
    "Place",
    "Event",
    "Facts",
    "read_facts",
    "parse_facts",
    "facts_to_dict",
    "dump_facts",
    "read_article_text",
]
