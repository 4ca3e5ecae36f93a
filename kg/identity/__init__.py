"""Identity: the one fold, slug and name key, transliteration-aware name matching, and
event identity. Used by the loader, the extractor, the resolver, the gazetteer, the
evaluator and every name lookup."""

from kg.identity.names import (
    NameMatch,
    fold,
    match_names,
    name_key,
    slug,
    token_similarity,
    translit_key,
    translit_tokens,
)

__all__ = [
    "NameMatch",
    "fold",
    "match_names",
    "name_key",
    "slug",
    "token_similarity",
    "translit_key",
    "translit_tokens",
]
