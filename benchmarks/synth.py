"""Synthetic news facts for benchmarks and load tests: articles + facts files that validate.

Actors are drawn with a Zipf-like popularity (a few leaders appear in many articles, most
people in one or two), names from realistic first/last-name pools, dates cluster around
"crises" over five years, and every event's evidence, quote, date phrase and crowd figure is
copied verbatim into the article text, so the files pass ``kg load``'s checks.

Python API::

    from benchmarks.synth import generate, triples_per_article
    files = generate("/tmp/synth", articles=100, seed=1)      # -> list of facts file paths
    files = generate_triples("/tmp/synth", 100_000)             # ~100k triples

Command line: ``python benchmarks/synth.py OUT_DIR --triples 100000``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
from pathlib import Path

__all__ = ["generate", "generate_triples", "TRIPLES_PER_ARTICLE"]

FIRST = ("Alexander Vladimir Svetlana Maria Olga Ivan Dmitry Anna Sergei Elena Jean Marie Pierre Luis Ana "
         "Carlos Lucia Ahmed Fatima Mehmet Ayse Wang Li Chen Kofi Amara William Sarah James Emily Hans Greta "
         "Lars Ingrid Tomas Jana Pavel Irina Nikolai Yulia Recep Antonio Giorgia Olaf Ursula Emmanuel").split()
LAST = ("Ivanov Petrova Smirnov Kovalenko Novak Dubois Martin Garcia Rodriguez Silva Santos Yilmaz Kaya Wang "
        "Zhang Mensah Okafor Smith Johnson Brown Muller Schmidt Larsen Hansen Horvat Kowalski Nowak Popescu "
        "Georgiou Rossi Bianchi Costa Tanaka Sato Kim Park Nguyen Haddad Mansour Abdi Osei Banda Fischer").split()
ROLES = ("President of {c}", "Prime Minister of {c}", "Foreign Minister of {c}", "opposition leader in {c}",
         "Interior Minister of {c}", "spokesperson of the government of {c}")
COUNTRIES = ("Belarus Russia Ukraine Poland Lithuania Georgia Armenia Turkey France Germany Brazil Venezuela Kenya "
             "Nigeria China Indonesia Serbia Hungary Moldova Kazakhstan").split()
CITIES = {c: [f"{c[:4]}{s}" for s in ("grad", "ville", "burg", "opol", "stad")] for c in COUNTRIES}
CITIES.update({"Belarus": ["Minsk", "Brest", "Grodno", "Gomel"], "Russia": ["Moscow", "Sochi", "Kazan"],
               "France": ["Paris", "Lyon", "Marseille"], "Kenya": ["Nairobi", "Mombasa"]})
TOPICS = ("integration", "energy", "security", "trade", "sanctions", "elections", "migration", "pensions")
KINDS = ("criticism", "praise", "demand", "rejection", "claim", "comment", "announcement")
CROWDS = ((1000, "about a thousand"), (5000, "some 5,000"), (10000, "tens of thousands"),
          (100000, "more than 100,000"), (500, "several hundred"), (20000, "nearly 20,000"))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TRIPLES_PER_ARTICLE = 212  # measured average of generate(); used by generate_triples


class _World:
    """Shared actors with skewed popularity, so articles overlap like real coverage does."""

    def __init__(self, rng: random.Random, people: int) -> None:
        self.rng = rng
        self.people = []
        used: set[str] = set()
        while len(self.people) < people:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name in used:
                name = f"{name} {rng.choice('ABCDEFGHJKLMNPRSTVW')}."
                if name in used:
                    continue
            used.add(name)
            country = rng.choice(COUNTRIES)
            self.people.append((name, rng.choice(ROLES).format(c=country), country))
        weights = [1.0 / (i + 1) ** 1.1 for i in range(people)]  # Zipf-like
        # Accumulated once: random.choices would redo it on every draw (quadratic at 10M triples);
        # choices() with cum_weights draws exactly as with weights, so the files are unchanged.
        self.cum_weights = list(itertools.accumulate(weights))
        start = dt.date(2019, 1, 1)
        self.crises = [start + dt.timedelta(days=rng.randrange(5 * 365)) for _ in range(12)]

    def person(self) -> tuple[str, str, str]:
        return self.rng.choices(self.people, cum_weights=self.cum_weights)[0]

    def date(self) -> dt.date:
        # 80% of coverage within a few weeks of a crisis, the rest anywhere.
        if self.rng.random() < 0.8:
            return self.rng.choice(self.crises) + dt.timedelta(days=int(self.rng.gauss(0, 10)))
        return dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randrange(5 * 365))


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-").replace("--", "-")


def _article(world: _World, n: int, events: int) -> tuple[str, dict]:
    rng = world.rng
    published = world.date()
    aid = f"synth-{n:07d}"
    actors: dict[str, dict] = {}
    places: dict[str, dict] = {}
    sentences: list[str] = []

    def person() -> str:
        name, role, _country = world.person()
        local = _slug(name)
        if local not in actors:
            actors[local] = {"id": local, "name": name, "type": "Person", "role": role,
                             "aliases": [name.split()[-1]]}
        return local

    def country(name: str) -> str:
        local = _slug(name)
        actors.setdefault(local, {"id": local, "name": name, "type": "Country"})
        return local

    def place(cname: str) -> str:
        city = rng.choice(CITIES[cname])
        local = _slug(city)
        places.setdefault(local, {"id": local, "name": city, "country": country(cname)})
        return local

    def when(ev: dict) -> str:
        back = rng.randrange(0, 6)
        day = published - dt.timedelta(days=back)
        phrase = "on " + WEEKDAYS[day.weekday()] if back else "today"
        ev["date"] = day.isoformat()
        ev["date_text"] = phrase
        return phrase

    out_events = []
    for i in range(events):
        kind = rng.choices(("Meeting", "Protest", "Statement", "Visit"), (3, 2, 4, 1))[0]
        ev: dict = {"type": kind}
        if kind == "Meeting":
            a, b = person(), person()
            while b == a:
                b = person()
            cname = rng.choice(COUNTRIES)
            where = place(cname)
            phrase = when(ev)
            topic = rng.choice(TOPICS)
            s = (f"{actors[a]['name']} met {actors[b]['name']} in {places[where]['name']} {phrase} "
                 f"for talks on {topic} ({aid}/{i}).")
            ev.update(participants=[a, b], place=where, topics=[topic])
        elif kind == "Visit":
            a = person()
            cname = rng.choice(COUNTRIES)
            where = place(cname)
            phrase = when(ev)
            s = f"{actors[a]['name']} travelled to {places[where]['name']} {phrase} ({aid}/{i})."
            ev.update(participants=[a], place=where)
        elif kind == "Protest":
            cname = rng.choice(COUNTRIES)
            group = f"{cname} protesters"
            gl = _slug(group)
            actors.setdefault(gl, {"id": gl, "name": group, "type": "Group", "key": gl})
            where = place(cname)
            phrase = when(ev)
            count, count_text = rng.choice(CROWDS)
            s = f"Police said {count_text} people marched in {places[where]['name']} {phrase} ({aid}/{i})."
            ev.update(participants=[gl], organizer=gl, place=where, participant_count=count,
                      participant_count_text=count_text)
        else:
            a, b = person(), person()
            skind = rng.choice(KINDS)
            quote = f"we will not accept this {rng.choice(TOPICS)} policy ({aid}/{i})"
            phrase = when(ev)
            s = f"\"{quote.capitalize()},\" {actors[a]['name']} told {actors[b]['name']} {phrase}."
            ev.update(speaker=a, kind=skind, quote=quote.capitalize())
            if b != a:
                ev["addressee"] = b
        ev["evidence"] = s
        sentences.append(s)
        out_events.append(ev)
    text = f"Synthetic report {aid}\n\n" + "\n\n".join(sentences) + "\n"
    facts = {"article": {"id": aid, "title": f"Synthetic report {n}", "published": published.isoformat(),
                         "publisher": "Synthetic Wire", "language": "en", "text": f"../articles/{aid}.txt"},
             "actors": list(actors.values()), "places": list(places.values()), "events": out_events}
    return text, facts


def generate(out_dir: str | Path, articles: int, *, seed: int = 0, events: int = 8, people: int | None = None,
             fmt: str = "yaml") -> list[Path]:
    """Write ``articles`` synthetic articles and their facts files; return the facts paths.

    Files go to ``OUT/articles/synth-NNNNNNN.txt`` and ``OUT/facts/synth-NNNNNNN.yaml``
    (or ``.json`` with ``fmt="json"``). Same arguments, same files.
    """
    rng = random.Random(seed)
    world = _World(rng, people or max(50, articles // 2))
    out = Path(out_dir)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    (out / "facts").mkdir(parents=True, exist_ok=True)
    paths = []
    if fmt == "yaml":
        import yaml

        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    for n in range(articles):
        text, facts = _article(world, n, events)
        (out / "articles" / f"{facts['article']['id']}.txt").write_text(text, encoding="utf-8")
        path = out / "facts" / f"{facts['article']['id']}.{fmt}"
        if fmt == "json":
            path.write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            path.write_text(yaml.dump(facts, Dumper=dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths


def generate_triples(out_dir: str | Path, triples: int, *, seed: int = 0, fmt: str = "yaml") -> list[Path]:
    """About ``triples`` triples' worth of synthetic articles (see :func:`generate`)."""
    return generate(out_dir, max(1, round(triples / TRIPLES_PER_ARTICLE)), seed=seed, fmt=fmt)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--triples", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--format", choices=("yaml", "json"), default="yaml")
    args = ap.parse_args()
    paths = generate_triples(args.out, args.triples, seed=args.seed, fmt=args.format)
    print(f"wrote {len(paths)} facts files to {Path(args.out) / 'facts'}")


if __name__ == "__main__":
    main()
