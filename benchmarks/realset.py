"""The real-article dev set (`data/gold/real/`): check the text cache, score the extractor.

    .venv/bin/python benchmarks/realset.py check
    .venv/bin/python benchmarks/realset.py eval [--split dev|frozen|all] [-v] [--json] [--tree DIR] [--ids A,B]

The article texts are never committed: they live in the git-ignored `.real-cache/<id>.txt`
at the top of the repository, and `data/gold/real/sources.yaml` records for each its URL,
the search query that found it and its first words, so it can be fetched again.

`check` lists the texts missing from the cache and the texts that do not start with their
first words (exit 1 if any) and how to fetch them again; it also checks `sources.yaml`
(fields, order, the split rule) and that no gold file copies more than 8 words of the text
in one field.

`eval` runs the extractor on the cached texts exactly as `kg evaluate` does (read the
article, the publication date from `sources.yaml` when the text has none, the spaCy
pipeline, the rules) and scores it with `kg evaluate`'s matching, for the dev and the
frozen split separately: precision, recall and F1 per category, actor recall and
statement-kind accuracy. `-v` lists the missed and spurious facts, the kind errors and the
kind confusion matrix (gold x extracted) of the dev split only:
the frozen split is the held-out part, and its errors are never printed. `--tree DIR`
extracts with the `kg` package of another checkout (e.g. a worktree of an older commit)
and scores with this one. `--fields` counts the unmatched meetings and visits of each split
by the field that fails (only the date, only the place, only the participants, or more): counts
only, so it is allowed on the frozen split too; protests, which match on place and day alone, are
counted by why they fail (:func:`protest_causes`). `--ids A,B,...` scores only those articles (still
each split apart: the first run of a batch of new reports). Without a cache `eval` says so and exits 0 (CI has no cache).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold" / "real"
SOURCES = GOLD / "sources.yaml"
CACHE = ROOT / ".real-cache"
SPLITS = ("dev", "frozen")
#: The most words a gold file may copy from an article in one field.
MAX_WORDS = 8
_FIELDS = ("id", "story", "url", "query", "first_words", "published", "split")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# Gold fields copied from the text; each must stay a fragment.
_COPIED = ("evidence", "quote_start", "quote_end", "date_text", "participant_count_text",
           "detained_count_text", "death_count_text")


@dataclass(frozen=True)
class Source:
    """One article of the set: where it came from and which split it belongs to."""

    id: str
    story: str
    url: str
    query: str
    first_words: str
    published: dt.date | None
    split: str

    @property
    def text_path(self) -> Path:
        return CACHE / f"{self.id}.txt"

    @property
    def gold_path(self) -> Path:
        return GOLD / f"{self.id}.yaml"

    def refetch(self) -> str:
        return (f"    search corpus=pages, query: {self.query}\n"
                f"    take the result at {self.url}\n"
                f"    save its text exactly as returned to .real-cache/{self.id}.txt")


def split_of(url: str) -> str:
    """The fixed split rule: frozen when sha1(url) is 0 mod 3, else dev.

    >>> split_of("https://example.org/a"), split_of("https://example.org/l")
    ('dev', 'frozen')
    """
    return "frozen" if int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def starts_with(text: str, first_words: str) -> bool:
    """Whether ``text`` begins with ``first_words`` (whitespace-insensitive)."""
    want = first_words.split()
    return bool(want) and text.split()[: len(want)] == want


def read_sources(path: Path = SOURCES) -> list[Source]:
    """The entries of ``sources.yaml``, checked.

    Raises:
        ValueError: a missing or unknown field, a bad id, an id out of order or twice,
            more than 8 first words, or a split that breaks the rule.
    """
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of articles")
    out: list[Source] = []
    for i, m in enumerate(data):
        where = f"{path}: entry {i + 1}"
        if not isinstance(m, dict):
            raise ValueError(f"{where}: expected a mapping")
        where += f" ({m.get('id')})"
        unknown = sorted(set(m) - set(_FIELDS))
        missing = [f for f in _FIELDS if f != "published" and not m.get(f)]
        if unknown or missing:
            raise ValueError(f"{where}: unknown fields {unknown}, missing fields {missing}")
        published = m.get("published")
        if published is not None and not isinstance(published, dt.date):
            raise ValueError(f"{where}: published must be a date (YYYY-MM-DD)")
        src = Source(str(m["id"]), str(m["story"]), str(m["url"]), str(m["query"]), str(m["first_words"]),
                     published, str(m["split"]))
        if not _ID.match(src.id):
            raise ValueError(f"{where}: id must be lower-case letters, digits and '-'")
        if out and src.id <= out[-1].id:
            raise ValueError(f"{where}: ids must be unique and sorted (after {out[-1].id!r})")
        if len(src.first_words.split()) > MAX_WORDS:
            raise ValueError(f"{where}: first_words has more than {MAX_WORDS} words")
        if src.split != split_of(src.url):
            raise ValueError(f"{where}: split is {src.split!r} but the rule (sha1(url) mod 3) gives {split_of(src.url)!r}")
        out.append(src)
    return out


def copied_too_long(gold_path: Path) -> list[str]:
    """Fields of a gold file that copy more than ``MAX_WORDS`` words, or a whole ``quote``."""
    import yaml

    doc = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    problems = []
    for i, e in enumerate(doc.get("events") or []):
        if e.get("quote") is not None:
            problems.append(f"events[{i}].quote: give quote_start and quote_end instead of the whole quote")
        for f in _COPIED:
            values = e.get(f)
            for v in values if isinstance(values, list) else [values]:
                if v is not None and len(str(v).split()) > MAX_WORDS:
                    problems.append(f"events[{i}].{f}: {len(str(v).split())} words (at most {MAX_WORDS})")
    return problems


def copied_runs(gold_path: Path, text: str) -> list[str]:
    """Stretches of the text longer than ``MAX_WORDS`` words that a gold file's fragments
    rebuild together (fragments that overlap or touch, with only spaces or punctuation
    between them): the 8-word rule holds for what is copied in all, not only field by field."""
    import yaml

    doc = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    covered = [False] * len(text)
    for e in doc.get("events") or []:
        for f in _COPIED:
            values = e.get(f)
            for v in values if isinstance(values, list) else [values]:
                at = text.find(str(v)) if v is not None else -1
                if at >= 0:
                    covered[at:at + len(str(v))] = [True] * len(str(v))
    runs, i = [], 0
    while i < len(text):
        if not covered[i]:
            i += 1
            continue
        j = i
        while j < len(text) and (covered[j] or not text[j].isalnum()):
            j += 1
        while j > i and not covered[j - 1]:
            j -= 1
        if len(text[i:j].split()) > MAX_WORDS:
            runs.append(f"{len(text[i:j].split())} words copied in a row from {' '.join(text[i:j].split()[:4])!r}")
        i = j
    return runs


def select(sources: list[Source], ids: str | None) -> list[Source]:
    """The entries named in ``ids`` (comma-separated), in the order of ``sources``; all when ``ids`` is None.

    Raises:
        ValueError: an id that ``sources`` does not hold, or no id at all.
    """
    if ids is None:
        return sources
    wanted = [i.strip() for i in ids.split(",") if i.strip()]
    unknown = sorted(set(wanted) - {s.id for s in sources})
    if unknown or not wanted:
        raise ValueError(f"--ids: no article {', '.join(unknown) or '(none given)'} in {SOURCES.name}")
    return [s for s in sources if s.id in set(wanted)]


# --------------------------------------------------------------------------- field taxonomy

#: The fields of a meeting or visit that ``kg evaluate`` compares.
_EVENT_FIELDS = ("participants", "place", "date")


def field_misses(gold: dict[str, Any], pred: dict[str, Any], etype: str) -> dict[str, int]:
    """Counts of the unmatched ``etype`` events of one article by the fields that fail.

    Events are first matched as ``kg evaluate`` does; then each unmatched predicted event is
    classed by the unmatched gold event it comes nearest to: ``pred only <field>`` (the other two
    fields agree), ``pred <field> right, others wrong`` (only that one agrees), or ``pred nothing
    near`` (no field agrees with any unmatched gold). Each unmatched gold event that no predicted
    one comes within one field of counts as ``gold missed outright``. Only counts leave this
    function, so it may be run on the frozen split."""
    from kg.extract.evaluate import _entities, _greedy, _same_entity

    gents, pents = _entities(gold), _entities(pred)

    def ref(gid: str | None, pid: str | None) -> bool:
        if gid is None or pid is None:
            return gid is None and pid is None
        g, x = gents.get(gid), pents.get(pid)
        return bool(g and x and _same_entity(g, x))

    def agree(g: dict[str, Any], x: dict[str, Any]) -> dict[str, bool]:
        gp, xp = list(g.get("participants") or []), list(x.get("participants") or [])
        return {"participants": len(gp) == len(xp) and len(_greedy(gp, xp, ref)) == len(gp),
                "place": ref(g.get("place"), x.get("place")),
                "date": str(g.get("date")) == str(x.get("date")) if g.get("date") or x.get("date") else True}

    ge = [e for e in gold.get("events") or [] if e.get("type") == etype]
    pe = [e for e in pred.get("events") or [] if e.get("type") == etype]
    pairs = _greedy(ge, pe, lambda g, x: all(agree(g, x).values()))
    ug = [g for i, g in enumerate(ge) if i not in {a for a, _ in pairs}]
    up = [x for j, x in enumerate(pe) if j not in {b for _, b in pairs}]
    mg = [g for i, g in enumerate(ge) if i in {a for a, _ in pairs}]
    out: dict[str, int] = {}
    near_gold: set[int] = set()
    for x in up:
        best = max(((sum(a.values()), i, a) for i, g in enumerate(ug) for a in [agree(g, x)]),
                   key=lambda b: b[0], default=None)
        twin = max(((sum(a.values()), a) for g in mg for a in [agree(g, x)]), key=lambda b: b[0], default=None)
        if (best is None or best[0] < 2) and twin is not None and twin[0] >= 2:
            label = "pred within one field of a gold already matched: " + \
                ", ".join(f for f in _EVENT_FIELDS if not twin[1][f]) + " differs"
        elif best is None or best[0] == 0:
            label = "pred nothing near"
        else:
            wrong = [f for f in _EVENT_FIELDS if not best[2][f]]
            g = ug[best[1]]
            label = ("pred only " if len(wrong) == 1 else "pred " + "+".join(f for f in _EVENT_FIELDS if best[2][f])
                     + " right, ") + "; ".join(f"{f} wrong{_detail(g, x, f, gents, pents)}" for f in wrong)
            if len(wrong) == 1:
                near_gold.add(best[1])
        out[label] = out.get(label, 0) + 1
    missed = sum(1 for i in range(len(ug)) if i not in near_gold)
    if missed:
        out["gold missed outright (no pred within one field)"] = missed
    return out


def _detail(g: dict[str, Any], x: dict[str, Any], fld: str, gents: dict[str, Any], pents: dict[str, Any]) -> str:
    """How the one wrong field differs: missing, extra, or another value."""
    if fld == "participants":
        n, m = len(g.get("participants") or []), len(x.get("participants") or [])
        return " (pred has fewer)" if m < n else " (pred has more)" if m > n else " (same number, one differs)"
    if not x.get(fld):
        return " (pred has none)"
    if not g.get(fld):
        return " (gold has none)"
    if fld == "place":
        def kind(e: dict[str, Any] | None) -> str:
            return "country" if e and e.get("type") == "Country" else "town"
        return f" (gold a {kind(gents.get(g['place']))}, pred a {kind(pents.get(x['place']))})"
    return " (another date)"


# --------------------------------------------------------------------------- check


def check(sources: list[Source]) -> int:
    """Print the state of the cache and the gold files; 1 when a text is missing or wrong."""
    from kg.errors import KGError
    from kg.facts import read_facts

    missing = [s for s in sources if not s.text_path.is_file()]
    wrong = [s for s in sources if s.text_path.is_file()
             and not starts_with(s.text_path.read_text(encoding="utf-8"), s.first_words)]
    known = {s.id for s in sources}
    bad_gold: list[str] = [f"{p.name}: no entry in sources.yaml" for p in sorted(GOLD.glob("*.yaml"))
                           if p != SOURCES and p.stem not in known]
    no_gold = [s.id for s in sources if not s.gold_path.is_file()]
    for s in sources:
        if not s.gold_path.is_file():
            continue
        bad_gold += [f"{s.gold_path.name}: {p}" for p in copied_too_long(s.gold_path)]
        if s.text_path.is_file() and s not in wrong:
            bad_gold += [f"{s.gold_path.name}: {r}" for r in copied_runs(s.gold_path, s.text_path.read_text(encoding="utf-8"))]
            try:
                facts = read_facts(s.gold_path)
            except KGError as exc:
                bad_gold.append(str(exc))
                continue
            if facts.article.id != s.id or facts.article.text_path.resolve() != s.text_path.resolve():
                bad_gold.append(f"{s.gold_path.name}: article.id must be {s.id!r} and article.text "
                                f"../../../.real-cache/{s.id}.txt")
    by_split = {sp: sum(1 for s in sources if s.split == sp) for sp in SPLITS}
    print(f"{len(sources)} articles ({by_split['dev']} dev, {by_split['frozen']} frozen) in {SOURCES.relative_to(ROOT)}; "
          f"cache {CACHE}: {len(sources) - len(missing)} present")
    for label, items in (("missing from the cache", missing), ("not starting with their first_words", wrong)):
        if items:
            print(f"\n{len(items)} texts {label}; fetch them again with the search tool:")
            for s in items:
                print(f"  {s.id} (first words: {s.first_words!r})\n{s.refetch()}")
    if no_gold:
        print(f"\nnot annotated yet: {', '.join(no_gold)}")
    for b in bad_gold:
        print(f"gold problem: {b}")
    if missing or wrong or bad_gold:
        return 1
    print("all texts present and matching their first words")
    return 0


# --------------------------------------------------------------------------- eval


def extract_facts(jobs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Facts documents for ``[{"id", "path", "published"}]``, extracted the way ``kg evaluate``
    does (the publication date given when the article has none). Uses only functions the
    extractor has had since the first commit scored here, so it runs in an older tree too."""
    from kg.extract.api import _facts_for
    from kg.extract.articles import read_article
    from kg.extract.pipeline import load_nlp

    nlp = load_nlp()
    out: dict[str, dict[str, Any]] = {}
    for job in jobs:
        article = read_article(Path(job["path"]))
        if article.published is None and job.get("published"):
            article.published = dt.date.fromisoformat(job["published"])
        article.id = job["id"]
        out[job["id"]] = _facts_for(article, nlp(article.analysed))
    return out


def _extract_in(tree: Path, jobs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Run :func:`extract_facts` with the ``kg`` package of another checkout."""
    env = dict(os.environ, PYTHONPATH=str(tree.resolve()))
    res = subprocess.run([sys.executable, str(Path(__file__).resolve()), "_extract"], input=json.dumps(jobs),
                         capture_output=True, text=True, env=env, check=False)
    if res.returncode != 0:
        raise SystemExit(f"Error: extraction in {tree} failed:\n{res.stderr.strip()}")
    return json.loads(res.stdout)  # type: ignore[no-any-return]


def evaluate_split(sources: list[Source], tree: Path | None = None,
                   fields: dict[str, dict[str, int]] | None = None, refused: list[str] | None = None) -> Any:
    """Extract and score ``sources`` (those with a cached text and a gold file); a Report.
    With ``fields``, add each event type's :func:`field_misses` counts to it; with ``refused``,
    add the ids whose facts the loader refuses (``kg extract`` and ``kg ingest`` would lose them)."""
    from kg.extract.evaluate import Report, score_article
    from kg.errors import FactError
    from kg.facts import facts_to_dict, parse_facts, read_facts

    jobs = [{"id": s.id, "path": str(s.text_path), "published": s.published.isoformat() if s.published else None}
            for s in sources]
    preds = _extract_in(tree, jobs) if tree else extract_facts(jobs)
    report = Report([])
    for s in sources:
        gold = read_facts(s.gold_path)
        pred = json.loads(json.dumps(preds[s.id], default=str))  # dates as ISO text on both routes
        if refused is not None:
            try:
                article = {**pred.get("article", {}), "text": str(s.text_path)}
                parse_facts({**pred, "article": article}, source=s.id, text=gold.text)
            except FactError as exc:
                refused.append(f"{s.id} ({str(exc).split(': ', 1)[-1][:160]})")
        report.articles.append(score_article(facts_to_dict(gold), pred, gold.text))
        for etype, counts in (fields or {}).items():
            found = protest_causes if etype == "Protest" else lambda g, x, t=etype: field_misses(g, x, t)
            for label, n in found(facts_to_dict(gold), pred).items():
                counts[label] = counts.get(label, 0) + n
    return report


def _dated(sources: list[Source]) -> str:
    """How many texts the reader (of this tree) dates itself, and how many more it gives a day inferred
    from their own full dates."""
    from kg.extract.articles import read_article

    arts = [read_article(s.text_path) for s in sources]
    stated = sum(1 for a in arts if a.published is not None)
    inferred = sum(1 for a in arts if a.published is None and getattr(a, "anchor", None) is not None)
    return f"publication date found by the reader in {stated}, a day inferred from the text's dates in {inferred},"


def protest_causes(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, int]:
    """Counts (never which facts) of why protests fail to match in one article: gold protests
    whose place no predicted protest names (split by whether any predicted actor or place
    names it), whose place is predicted only on another day, or with no place; predicted
    protests at a place no gold protest has (country-level or not), or only on another day.
    Protests match on place and day alone, so this replaces :func:`field_misses` for them."""
    from kg.extract.evaluate import _entities, _greedy, _same_entity

    gents, pents = _entities(gold), _entities(pred)

    def same(gid: Any, pid: Any) -> bool:
        if gid is None or pid is None:
            return gid is None and pid is None
        g, x = gents.get(gid), pents.get(pid)
        return bool(g and x and _same_entity(g, x))

    def day(e: dict[str, Any]) -> str:
        return str(e.get("date")) if e.get("date") else ""

    def country(ents: dict[str, Any], pid: Any) -> str:
        return " (country)" if pid in ents and ents[pid].get("type") == "Country" else ""

    ge = [e for e in gold.get("events") or [] if e.get("type") == "Protest"]
    pe = [e for e in pred.get("events") or [] if e.get("type") == "Protest"]
    pairs = _greedy(ge, pe, lambda g, x: same(g.get("place"), x.get("place")) and day(g) == day(x))
    mg, mp = {i for i, _ in pairs}, {j for _, j in pairs}
    out: dict[str, int] = {}
    for i, g in enumerate(ge):
        if i in mg:
            continue
        if g.get("place") is None:
            label = "gold missed: no place"
        elif any(same(g["place"], x.get("place")) for x in pe):
            label = "gold missed: its place predicted on another day" + (" (gold undated)" if not day(g) else "")
        elif any(same(g["place"], k) for k in pents):
            label = "gold missed: place named, no protest there" + country(gents, g["place"])
        else:
            label = "gold missed: place never named by a fact" + country(gents, g["place"])
        out[label] = out.get(label, 0) + 1
    for j, x in enumerate(pe):
        if j in mp:
            continue
        if x.get("place") is None:
            label = "pred spurious: no place"
        elif any(same(g.get("place"), x["place"]) for g in ge):
            label = "pred spurious: a gold place on another day" + (" (pred undated)" if not day(x) else "")
        else:
            label = "pred spurious: place of no gold protest" + country(pents, x["place"])
        out[label] = out.get(label, 0) + 1
    return out


def run_eval(sources: list[Source], split: str, verbose: bool, as_json: bool, tree: Path | None,
             by_field: bool = False, by_kind: bool = False, no_published: bool = False) -> int:
    if not CACHE.is_dir() or not any(CACHE.glob("*.txt")):
        print(f"skipped: no article cache at {CACHE} (the texts are never committed; "
              "`python benchmarks/realset.py check` says how to fetch them)")
        return 0
    usable = [s for s in sources if s.gold_path.is_file() and s.text_path.is_file()
              and starts_with(s.text_path.read_text(encoding="utf-8"), s.first_words)]
    skipped = sorted({s.id for s in sources} - {s.id for s in usable})
    if skipped:
        print(f"not scored (no gold yet, or text missing or wrong; see `check`): {', '.join(skipped)}", file=sys.stderr)
    wanted = SPLITS if split == "all" else (split,)
    out: dict[str, Any] = {}
    for sp in wanted:
        part = [s for s in usable if s.split == sp]
        if not part:
            print(f"== {sp}: no scored articles")
            continue
        fields: dict[str, dict[str, int]] | None = {"Meeting": {}, "Visit": {}, "Protest": {}} if by_field else None
        if no_published:  # as `kg ingest` of the bare text: only the dates the reader finds itself
            part = [replace(s, published=None) for s in part]
        refused: list[str] = []
        report = evaluate_split(part, tree, fields, refused)
        if as_json:
            d = report.as_dict()
            if sp == "frozen":  # held out: scores only
                d["articles"] = [{k: v for k, v in a.items() if k not in ("missed", "spurious")} for a in d["articles"]]
            out[sp] = d
            continue
        print(f"== {sp}: {len(part)} articles ({', '.join(sorted({s.story for s in part}))})")
        if no_published:
            print(f"  {_dated(part)} of {len(part)} texts (none from sources.yaml)")
        print(report.format(details=verbose and sp == "dev"))
        if refused:  # the ids of the frozen split too: a refused article is a bug, not a score
            print(f"  REFUSED by the loader (kg extract / kg ingest would lose them): {len(refused)} of {len(part)}: "
                  f"{', '.join(refused)}")
        if by_kind and not (verbose and sp == "dev"):  # counts only: allowed on the frozen split too
            print("\n".join("  " + line for line in report.kind_confusion()))
        if verbose and sp == "frozen":
            print("  (frozen split: misses are not listed; it is the held-out part)")
        for etype, counts in (fields or {}).items():
            print(f"  unmatched {etype.lower()}s by field (counts only):")
            for label, n in sorted(counts.items()):
                print(f"    {n:3d}  {label}")
        print()
    if as_json:
        print(json.dumps(out, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_extract"]:  # internal: extraction for --tree, JSON in and out
        print(json.dumps(extract_facts(json.load(sys.stdin)), default=str))
        return 0
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("check", help="list texts missing from the cache or not matching their first words")
    ev = sub.add_parser("eval", help="score the extractor on the cached texts, dev and frozen separately")
    ev.add_argument("--split", choices=("dev", "frozen", "all"), default="all")
    ev.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious facts (dev split only)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--fields", action="store_true",
                    help="count unmatched meetings and visits by the field that fails (aggregates; any split)")
    ev.add_argument("--kinds", action="store_true",
                    help="print the statement-kind confusion matrix (counts only; any split)")
    ev.add_argument("--tree", type=Path, help="extract with the kg package of this checkout (scored with this one)")
    ev.add_argument("--ids", help="score only these articles (comma-separated ids), each split apart")
    ev.add_argument("--no-published", action="store_true",
                    help="give the extractor no publication date from sources.yaml (as `kg ingest` of the bare "
                         "text: only the dates the reader finds in the text itself)")
    args = ap.parse_args(argv)
    try:
        sources = read_sources()
        if args.cmd == "eval":
            sources = select(sources, args.ids)
    except (OSError, ValueError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    if args.cmd == "check":
        return check(sources)
    return run_eval(sources, args.split, args.verbose, args.json, args.tree, args.fields, args.kinds,
                    args.no_published)


if __name__ == "__main__":
    sys.exit(main())
