"""Hand-built spaCy ``Doc``s for rule tests that run without a model (as spaCy's own tests do).

A parse is written one token per line::

    word  TAG  dep  head  [lemma]  [ENT]

``head`` is the index of the head token (the root points at itself); the coarse POS
comes from the fine tag; ``lemma`` defaults to the lowercased word (``-`` keeps the
default); ``ENT`` is an IOB entity tag such as ``B-PERSON`` (``O`` when omitted).
Spaces between tokens are read off ``text``, which must hold the words in order.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_POS = {"NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VBD": "VERB", "VBZ": "VERB",
        "VBP": "VERB", "VB": "VERB", "VBG": "VERB", "VBN": "VERB", "MD": "AUX", "IN": "ADP", "DT": "DET",
        "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RBR": "ADV", "RBS": "ADV", "CD": "NUM", "PRP": "PRON", "PRP$": "PRON", "CC": "CCONJ", "RB": "ADV", "TO": "PART",
        "POS": "PART", "WDT": "PRON", "WP": "PRON", "WRB": "SCONJ", ".": "PUNCT", ",": "PUNCT", "``": "PUNCT",
        "''": "PUNCT", ":": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "HYPH": "PUNCT", "_SP": "SPACE",
        "RP": "ADP", "EX": "PRON"}
_AUX = frozenset({"be", "have", "will", "would", "do", "can", "could", "shall", "should", "may", "might", "must"})


@lru_cache(maxsize=1)
def _vocab() -> Any:
    """English lexical attributes (lower case, like_num, is_punct ...), no model."""
    from spacy.lang.en import English

    return English().vocab


def make_doc(text: str, parse: str) -> Any:
    """The ``Doc`` of ``text`` with the tokens, tags, lemmas, parse and entities of ``parse``."""
    from spacy.tokens import Doc

    rows = [line.split() for line in parse.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    spaces: list[bool] = []
    pos = 0
    for w in words:
        at = text.index(w, pos)
        assert not text[pos:at].strip(), f"text between tokens: {text[pos:at]!r} before {w!r}"
        if spaces:
            spaces[-1] = at > pos
        pos = at + len(w)
        spaces.append(False)
    assert not text[pos:].strip(), f"text after the last token: {text[pos:]!r}"
    spaces[-1] = pos < len(text)
    tags = [r[1] for r in rows]
    lemmas = [r[4] if len(r) > 4 and r[4] != "-" else r[0].lower() for r in rows]
    pos_ = [("AUX" if lem in _AUX and _POS.get(t) == "VERB" else _POS.get(t, "X")) for t, lem in zip(tags, lemmas)]
    ents = [r[5] if len(r) > 5 else "O" for r in rows]
    doc = Doc(_vocab(), words=words, spaces=spaces, tags=tags, pos=pos_, lemmas=lemmas,
              deps=[r[2] for r in rows], heads=[int(r[3]) for r in rows], ents=ents)
    assert doc.text == text[: len(doc.text)]
    return doc


def parse_table(doc: Any) -> str:
    """The ``parse`` string of a parsed ``Doc`` (to write a test from a model's output)."""
    lines = []
    for t in doc:
        ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
        lemma = "-" if t.lemma_ == t.text.lower() else t.lemma_
        lines.append(f"{t.text} {t.tag_} {t.dep_} {t.head.i} {lemma} {ent}")
    return "\n".join(lines)


def small_gazetteer() -> Any:
    """A gazetteer of a few entries, so rule tests do not depend on data/gazetteer."""
    from kg.extract.gazetteer import Entry, Gazetteer

    gaz = Gazetteer()
    for e in (
        Entry("belarus", "Belarus", "Country", demonyms=["Belarusian"]),
        Entry("russia", "Russia", "Country", demonyms=["Russian"]),
        Entry("minsk", "Minsk", "Place", country="belarus", capital=True),
        Entry("sochi", "Sochi", "Place", country="russia"),
        Entry("alexander-lukashenko", "Alexander Lukashenko", "Person", aliases=["Lukashenko", "Lukashenka"],
              country="belarus"),
        Entry("vladimir-putin", "Vladimir Putin", "Person", aliases=["Putin"], country="russia"),
        Entry("sviatlana-tsikhanouskaya", "Sviatlana Tsikhanouskaya", "Person",
              aliases=["Tikhanovskaya", "Svetlana Tikhanovskaya", "Tsikhanouskaya"], country="belarus"),
    ):
        gaz.add(e)
    return gaz


def run_rules(text: str, parse: str, published: str = "2020-09-14") -> dict[str, Any]:
    """The facts the rules make of a hand-built ``Doc`` (no model, the small gazetteer)."""
    import datetime as dt

    from kg.extract.articles import parse_article
    from kg.extract.rules import extract_facts

    doc = make_doc(text, parse)
    article = parse_article(text, article_id="t")
    article.published = dt.date.fromisoformat(published)
    return extract_facts(doc, article, small_gazetteer())


def names(facts: dict[str, Any]) -> dict[str, str]:
    """Local id -> name of every actor and place of a facts document."""
    return {a["id"]: a["name"] for a in facts["actors"] + facts.get("places", [])}


def events(facts: dict[str, Any], etype: str) -> list[dict[str, Any]]:
    """The events of one type, their actor and place ids replaced by names."""
    n = names(facts)
    out = []
    for e in facts["events"]:
        if e["type"] != etype:
            continue
        e = dict(e)
        for f in ("speaker", "addressee", "place", "host", "organizer"):
            if f in e:
                e[f] = n[e[f]]
        if "participants" in e:
            e["participants"] = sorted(n[p] for p in e["participants"])
        out.append(e)
    return out
