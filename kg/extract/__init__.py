"""Article text in, facts out: the extraction pipeline (needs the ``extract`` extra).

Importing this package does not import spaCy; the model loads on first use.
"""

from __future__ import annotations

from kg.extract.api import ExtractResult, extract_article, extract_articles, extract_text, write_facts
from kg.extract.errors import ArticleError, ExtractError, GazetteerError, ModelError

__all__ = [
    "ExtractResult",
    "extract_article",
    "extract_articles",
    "extract_text",
    "write_facts",
    "ArticleError",
    "ExtractError",
    "GazetteerError",
    "ModelError",
]
