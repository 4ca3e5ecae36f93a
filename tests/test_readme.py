"""The README shows what polkg prints: its shell sessions and its Python example are run and compared.

Every indented block of ``$ command`` lines in README.md is run, in README order, in one
scratch copy of the checkout (so a later command sees what an earlier one stored), and each
command's output must be the lines shown under it. A shown output ending in ``…`` only has
to begin with the lines above it. A block right after an HTML comment
``<!-- not run: REASON -->`` is skipped (a server, the spaCy model, or an illustrative file
that is not in the repository); the reason says where that behaviour is tested instead.
The ``python`` block runs too, and what it prints must be the block shown after it.

After a change that alters the output, refresh the README (cog-style) and review the diff:

    python tests/test_readme.py --update
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHOWN_ROOT = "/path/to/polkg"
SKIP = re.compile(r"<!-- not run: .+ -->")


@dataclass
class Command:
    line: int  # index in README of the `$ ...` line
    text: str
    shown: list[str] = field(default_factory=list)


@dataclass
class PythonBlock:
    code: str
    shown_start: int  # README line indexes of the output block shown after it
    shown: list[str]


def parse(lines: list[str]) -> tuple[list[Command], PythonBlock | None]:
    """The commands of the README's sessions (skipped blocks left out) and its Python example."""
    commands: list[Command] = []
    python: PythonBlock | None = None
    i = 0
    while i < len(lines):
        if lines[i].startswith("    $ ") and (i == 0 or not lines[i - 1].startswith("    ")):
            before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
            block_end = i
            while block_end < len(lines) and lines[block_end].startswith("    "):
                block_end += 1
            if not SKIP.fullmatch(before.strip()):
                for j in range(i, block_end):
                    if lines[j].startswith("    $ "):
                        commands.append(Command(j, lines[j][6:]))
                    else:
                        commands[-1].shown.append(lines[j][4:].rstrip())
            i = block_end
        elif lines[i] == "```python":
            end = lines.index("```", i + 1)
            code = "\n".join(lines[i + 1:end]) + "\n"
            start = end + 1
            while start < len(lines) and not lines[start].startswith("    "):
                start += 1
            stop = start
            while stop < len(lines) and lines[stop].startswith("    "):
                stop += 1
            python = PythonBlock(code, start, [x[4:] for x in lines[start:stop]])
            i = stop
        else:
            i += 1
    return commands, python


def _sandbox(tmp: Path) -> dict[str, str]:
    for name in ("data", "ontology"):
        shutil.copytree(ROOT / name, tmp / name)
    (tmp / "exports").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT)
    env["COLUMNS"] = "200"
    return env


def run(command: str, tmp: Path, env: dict[str, str]) -> list[str]:
    """What ``command`` prints (stdout and stderr, as a terminal shows them), paths as the README shows them.

    ``kg`` commands run in this process through click's runner (no interpreter start-up per
    command); anything else runs in bash.
    """
    try:
        words = shlex.split(command, comments=True)
    except ValueError:  # not a plain command line: bash decides
        words = []
    if words[:1] == ["kg"] and not set("|&;<>") & set(command):
        from click.testing import CliRunner

        from kg.cli import cli

        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            r = CliRunner().invoke(cli, words[1:], env={k: None for k in os.environ if k.startswith("KG_")})
        finally:
            os.chdir(cwd)
        out = r.output
    else:
        p = subprocess.run(["bash", "-c", command], cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
        out = p.stdout + p.stderr
    out = out.replace(str(tmp), SHOWN_ROOT)
    return [x.rstrip() for x in out.rstrip("\n").split("\n")] if out.strip() else []


def matches(shown: list[str], actual: list[str]) -> bool:
    if shown and shown[-1].strip() == "…":
        return actual[: len(shown) - 1] == shown[:-1]
    return actual == shown


def _results(tmp: Path) -> tuple[list[str], list[tuple[Command, list[str]]], PythonBlock | None, list[str]]:
    lines = README.read_text(encoding="utf-8").split("\n")
    commands, python = parse(lines)
    env = _sandbox(tmp)
    results = [(c, run(c.text, tmp, env)) for c in commands]
    printed: list[str] = []
    if python is not None:
        (tmp / "example.py").write_text(python.code, encoding="utf-8")
        printed = run(f"{sys.executable} example.py", tmp, env)
    return lines, results, python, printed


@pytest.mark.slow
def test_readme_sessions_print_what_the_readme_shows(tmp_path):
    _lines, results, python, printed = _results(tmp_path)
    assert len(results) > 20
    wrong = [f"$ {c.text}\n  shown:  {c.shown}\n  actual: {actual}" for c, actual in results
             if not matches(c.shown, actual)]
    assert not wrong, "README differs (python tests/test_readme.py --update):\n" + "\n".join(wrong)
    assert python is not None and printed == python.shown


def test_layout_names_every_module():
    text = README.read_text(encoding="utf-8")
    layout = text[text.index("Layout of `kg/`"):].split("\n\n")[1].split("\n")
    listed: set[str] = set()
    package = ""
    for line in layout:
        word = line.split()[0]
        if line.startswith("    kg/"):
            package = word if word.endswith("/") else ""
            listed.add(word)
        elif package:
            listed.add(package + word)
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "kg").rglob("*.py")}
    assert sorted(modules - listed) == [], "add them to the README's layout"
    assert sorted(x for x in listed - modules if x.endswith(".py")) == [], "remove them from the README's layout"


def update() -> None:
    """Rewrite the README's shown outputs with what the commands print now."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="polkg-readme-") as tmp:
        lines, results, python, printed = _results(Path(tmp))
    for c, actual in reversed(results):
        if matches(c.shown, actual):
            continue
        lines[c.line + 1: c.line + 1 + len(c.shown)] = ["    " + x for x in actual]
        print(f"updated: $ {c.text}")
    if python is not None and printed != python.shown:
        lines[python.shown_start: python.shown_start + len(python.shown)] = ["    " + x for x in printed]
        print("updated: the python example's output")
    README.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit(__doc__)
    sys.path.insert(0, str(ROOT))  # this checkout's kg, whatever is installed
    update()
