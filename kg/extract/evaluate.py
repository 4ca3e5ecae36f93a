"""Scoring extracted facts against gold facts files: precision, recall and F1.

Matching (one-to-one, greedy in gold order, per article, micro-averaged over articles):

* **actors**: only the actors in an event role count, on both sides (issue 11: only entities
  in an event role are actors): those named by an event's ``participants``, ``host``,
  ``organizer``, ``speaker``, ``addressee``, ``about`` or ``winner`` (a country that is only
  an event's place, or a place's country, is a place). A gold and an extracted actor match
  when their keys are equal or any of their names and aliases are equal after normalisation
  (case, diacritics, a leading "the", punctuation). Actor recall is the recall of this
  category. Event fields that name actors or places are compared through the entities of
  the whole file.
* **meetings** (type Meeting) and **visits** (type Visit): the same set of participants,
  the same place and the same date (a missing date or place must be missing on both
  sides). A place given as a Country actor and one given as a place match by name.
* **protests**: the same place and the same date (both as above).
* **statements**: the same speaker, and
  - gold has a quote: the extracted statement has a quote whose words overlap the gold
    quote's by at least ``QUOTE_MATCH`` (shared words / words of the longer quote, so
    punctuation and the marks do not matter, a truncated quote does not match);
  - gold gives the quote by its first and last words (``quote_start`` and ``quote_end``,
    as the real-article gold in ``data/gold/real`` does so that no quotation is copied
    whole): the extracted quote's words begin with those of ``quote_start`` and end with
    those of ``quote_end`` (see :func:`quote_fragments_match`);
  - gold is reported speech (no quote): the extracted statement has no quote and its
    evidence overlaps the gold evidence in the article (character spans intersect).
  The statement kind is not part of the match; ``kind_accuracy`` reports how often the
  kind of matched statements agrees.

Matching is strict on purpose: a meeting placed in "Russia" does not match gold "Sochi", a
protest dated where the gold has no date does not match. What the gold files annotate (and
so what "right" means) is written down in ``data/gold/README.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.extract.errors import ExtractError
from kg.facts.model import ROLE_FIELDS as ACTOR_ROLES
from kg.identity import name_key, slug
from kg.identity.events import QUOTE_MATCH, quote_similarity, quote_words
from kg.paths import expand_paths

__all__ = ["CATEGORIES", "QUOTE_MATCH", "ROLE_FIELDS", "role_actors", "Score", "Report", "evaluate", "gold_files", "score_article",
           "quote_similarity", "quote_fragments_match"]

CATEGORIES = ("actors", "meetings", "visits", "protests", "statements")


@dataclass
class Score:
    """Counts for one category; precision, recall and F1 derived from them."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.n_pred += other.n_pred
        self.n_gold += other.n_gold

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "predicted": self.n_pred, "gold": self.n_gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ArticleScore:
    article_id: str
    scores: dict[str, Score]
    misses: list[str] = field(default_factory=list)  # gold facts not found
    spurious: list[str] = field(default_factory=list)  # extracted facts not in gold
    kind_agree: int = 0
    kind_total: int = 0
    #: (gold kind, extracted kind, the statement) for every matched statement
    kinds: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Report:
    """Scores per article and in total."""

    articles: list[ArticleScore]
    errors: list[str] = field(default_factory=list)

    def total(self) -> dict[str, Score]:
        out = {c: Score() for c in CATEGORIES}
        for a in self.articles:
            for c in CATEGORIES:
                out[c].add(a.scores[c])
        return out

    @property
    def kind_accuracy(self) -> float:
        agree = sum(a.kind_agree for a in self.articles)
        total = sum(a.kind_total for a in self.articles)
        return agree / total if total else 1.0

    def kind_confusion(self) -> list[str]:
        """The statement-kind confusion matrix of matched statements as lines of text: a row per
        gold kind, a column per extracted kind."""
        pairs = [(g, x) for a in self.articles for g, x, _ in a.kinds]
        if not pairs:
            return []
        kinds = sorted({k for p in pairs for k in p})
        width = max(len(k) for k in kinds)
        lines = ["kind confusion (rows gold, columns extracted):",
                 " " * (width + 2) + " ".join(f"{k[:5]:>5}" for k in kinds)]
        for g in kinds:
            row = [sum(1 for p in pairs if p == (g, x)) for x in kinds]
            lines.append(f"  {g:<{width}} " + " ".join(f"{n:5d}" for n in row))
        return lines

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": {c: s.as_dict() for c, s in self.total().items()},
            "actor_recall": round(self.total()["actors"].recall, 4),
            "statement_kind_accuracy": round(self.kind_accuracy, 4),
            "articles": [{"id": a.article_id, **{c: s.as_dict() for c, s in a.scores.items()},
                          "missed": a.misses, "spurious": a.spurious} for a in self.articles],
            "errors": self.errors,
        }

    def format(self, *, details: bool = False) -> str:
        lines = [f"{'category':<11} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'pred':>5} {'gold':>5}"]
        for c, s in self.total().items():
            lines.append(f"{c:<11} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}   {s.tp:4d} {s.n_pred:5d} {s.n_gold:5d}")
        lines.append(f"actor recall {self.total()['actors'].recall:.3f}; statement kind accuracy "
                     f"{self.kind_accuracy:.3f}; {len(self.articles)} articles")
        if details:
            for a in self.articles:
                for m in a.misses:
                    lines.append(f"  missed   {a.article_id}: {m}")
                for m in a.spurious:
                    lines.append(f"  spurious {a.article_id}: {m}")
                for g, x, m in a.kinds:
                    if g != x:
                        lines.append(f"  kind     {a.article_id}: {m}: gold {g}, extracted {x}")
            lines += self.kind_confusion()
        for e in self.errors:
            lines.append(f"  error: {e}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- matching


def quote_fragments_match(start: str, end: str, quote: str) -> bool:
    """Whether ``quote``'s words begin with those of ``start`` and end with those of ``end``.

    Case, punctuation, quotation marks and the `` ... `` joining an interrupted quote do
    not matter; a quote cut short (or running on past ``end``) does not match.

    >>> quote_fragments_match("We have made progress", "a political evolution",
    ...                       "\u201cWe have made progress on disengagement and a political evolution,\u201d")
    True
    >>> quote_fragments_match("We have made progress", "a political evolution", "We have made progress")
    False
    """
    ws, we, wq = quote_words(start), quote_words(end), quote_words(quote)
    if not ws or not we or len(wq) < max(len(ws), len(we)):
        return False
    return wq[: len(ws)] == ws and wq[len(wq) - len(we):] == we


def _names(ent: dict[str, Any]) -> set[str]:
    names = {name_key(ent["name"])} | {name_key(a) for a in ent.get("aliases") or []}
    return {n for n in names if n}


def _key(ent: dict[str, Any]) -> str:
    return str(ent.get("key") or slug(ent["name"]) or "x")


#: The event fields that give an actor a part in the event (``place`` does not).
ROLE_FIELDS = ("participants", *ACTOR_ROLES, "about")


def role_actors(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The actors of a facts document that some event gives a role, in declaration order."""
    ids: set[str] = set()
    for e in doc.get("events") or []:
        for f in ROLE_FIELDS:
            v = e.get(f)
            ids.update([v] if isinstance(v, str) else [x for x in v or [] if isinstance(x, str)])
    return [a for a in doc.get("actors") or [] if a.get("id") in ids]


def _entities(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {a["id"]: a for a in doc.get("actors") or []}
    out.update({p["id"]: p for p in doc.get("places") or []})
    return out


def _same_entity(g: dict[str, Any], x: dict[str, Any]) -> bool:
    return _key(g) == _key(x) or bool(_names(g) & _names(x))


def _greedy(gold: list[Any], pred: list[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i, g in enumerate(gold):
        for j, x in enumerate(pred):
            if j not in used and same(g, x):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _spans(text: str, evidence: Any) -> list[tuple[int, int]]:
    items = evidence if isinstance(evidence, list) else [evidence]
    out = []
    for ev in items:
        at = text.find(ev)
        if at >= 0:
            out.append((at, at + len(ev)))
    return out


def score_article(gold: dict[str, Any], pred: dict[str, Any], text: str) -> ArticleScore:
    """Score one article's extracted facts document against its gold document."""
    gents, pents = _entities(gold), _entities(pred)
    gactors = role_actors(gold)
    pactors = role_actors(pred)
    scores: dict[str, Score] = {}
    res = ArticleScore(gold["article"]["id"], scores)

    pairs = _greedy(gactors, pactors, _same_entity)
    scores["actors"] = Score(len(pairs), len(pactors), len(gactors))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    res.misses += [f"actor {a['name']}" for i, a in enumerate(gactors) if i not in matched_g]
    res.spurious += [f"actor {a['name']}" for j, a in enumerate(pactors) if j not in matched_p]

    def same_ref(gid: str | None, pid: str | None) -> bool:
        if gid is None or pid is None:
            return gid is None and pid is None
        g, x = gents.get(gid), pents.get(pid)
        return bool(g and x and _same_entity(g, x))

    def same_set(gids: Iterable[str], pids: Iterable[str]) -> bool:
        gl, pl = list(gids), list(pids)
        if len(gl) != len(pl):
            return False
        return len(_greedy(gl, pl, same_ref)) == len(gl)

    def events(doc: dict[str, Any], t: str) -> list[dict[str, Any]]:
        return [e for e in doc.get("events") or [] if e.get("type") == t]

    def same_date(g: dict[str, Any], x: dict[str, Any]) -> bool:
        return str(g.get("date")) == str(x.get("date")) if g.get("date") or x.get("date") else True

    def meeting_like(g: dict[str, Any], x: dict[str, Any]) -> bool:
        return (same_set(g.get("participants") or [], x.get("participants") or [])
                and same_ref(g.get("place"), x.get("place")) and same_date(g, x))

    def protest(g: dict[str, Any], x: dict[str, Any]) -> bool:
        return same_ref(g.get("place"), x.get("place")) and same_date(g, x)

    def statement(g: dict[str, Any], x: dict[str, Any]) -> bool:
        if not same_ref(g.get("speaker"), x.get("speaker")):
            return False
        if g.get("quote"):
            return bool(x.get("quote")) and quote_similarity(g["quote"], x["quote"]) >= QUOTE_MATCH
        if g.get("quote_start"):
            return bool(x.get("quote")) and quote_fragments_match(g["quote_start"], g["quote_end"], x["quote"])
        if x.get("quote"):
            return False
        gs, xs = _spans(text, g["evidence"]), _spans(text, x["evidence"])
        return any(a < d and c < b for a, b in gs for c, d in xs)

    def describe(e: dict[str, Any], ents: dict[str, dict[str, Any]]) -> str:
        def name(i: str | None) -> str:
            return ents[i]["name"] if i in ents else str(i)
        if e["type"] == "Statement":
            if e.get("quote"):
                what = f'"{e["quote"]}"'
            elif e.get("quote_start"):
                what = f'"{e["quote_start"]} ... {e["quote_end"]}"'
            else:
                what = f"(reported: {str(e['evidence'] if isinstance(e['evidence'], str) else e['evidence'][0])[:70]})"
            return f"statement {name(e.get('speaker'))}: {what}"
        parts = ", ".join(name(p) for p in e.get("participants") or [])
        return f"{e['type'].lower()} [{parts}] at {name(e.get('place'))} on {e.get('date')}"

    for cat, etype, same in (("meetings", "Meeting", meeting_like), ("visits", "Visit", meeting_like),
                             ("protests", "Protest", protest), ("statements", "Statement", statement)):
        ge, pe = events(gold, etype), events(pred, etype)
        pairs = _greedy(ge, pe, same)
        scores[cat] = Score(len(pairs), len(pe), len(ge))
        mg = {i for i, _ in pairs}
        mp = {j for _, j in pairs}
        res.misses += [describe(e, gents) for i, e in enumerate(ge) if i not in mg]
        res.spurious += [describe(e, pents) for j, e in enumerate(pe) if j not in mp]
        if cat == "statements":
            res.kind_total = len(pairs)
            res.kind_agree = sum(1 for i, j in pairs if ge[i].get("kind") == pe[j].get("kind"))
            res.kinds = [(str(ge[i].get("kind")), str(pe[j].get("kind")), describe(ge[i], gents)) for i, j in pairs]
    return res


#: A folder's record of where its articles came from (``data/gold/real/sources.yaml``), not a gold file.
SOURCES_FILE = "sources.yaml"


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; each folder replaced by its facts files, leaving out its ``sources.yaml``.

    Raises:
        ExtractError: a folder holds no facts files.
    """
    what = "gold facts files (.yaml, .yml, .json)"
    out: list[Path] = []
    for p in paths:
        found = [f for f in expand_paths([p], (".yaml", ".yml", ".json"), what, error=ExtractError)
                 if not (p.is_dir() and f.name == SOURCES_FILE)]
        if not found:
            raise ExtractError(f"{p}: no {what} in this folder")
        out += found
    return out


def evaluate(gold_dir: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, articles_dir: str | os.PathLike[str] | None = None,
             progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None) -> Report:
    """Extract the article of every gold facts file in ``gold_dir`` (a folder, a file, or
    a list of them) and score it.

    The article is the gold file's ``article.text`` (or the file of the same name in
    ``articles_dir``). When the article has no publication date of its own, the gold
    file's ``article.published`` is used, as a newsroom feed would supply it.

    Raises:
        ExtractError: ``gold_dir`` holds no facts files.
        FactError: a gold file is invalid.
    """
    from kg.extract.api import _facts_for
    from kg.extract.articles import read_article
    from kg.extract.pipeline import load_nlp
    from kg.facts import facts_to_dict, read_facts

    dirs = [Path(gold_dir)] if isinstance(gold_dir, (str, os.PathLike)) else [Path(g) for g in gold_dir]
    files = gold_files(dirs)
    nlp = load_nlp()
    golds = [read_facts(f) for f in files]
    report = Report([])
    items: Iterable[Any] = list(zip(files, golds, strict=True))
    if progress is not None:
        items = progress(items)
    for _f, g in items:
        apath = Path(articles_dir) / g.article.text_path.name if articles_dir else g.article.text_path
        try:
            article = read_article(apath)
        except ExtractError as exc:
            report.errors.append(str(exc))
            continue
        if article.published is None:
            article.published = g.article.published
        article.id = g.article.id
        pred = _facts_for(article, nlp(article.analysed))
        gold = facts_to_dict(g)
        report.articles.append(score_article(gold, pred, article.text))
    return report


def report_json(report: Report) -> str:
    """The report as indented JSON."""
    return json.dumps(report.as_dict(), indent=2)
