"""The command line: exit codes, one-line errors, help for every command, bad stores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

from .conftest import BUNDLED_FACTS, ROOT


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env=env).invoke(cli, list(args))


def _all_commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", _all_commands())
def test_every_command_has_help_and_is_in_the_readme(name):
    r = run(name, "--help")
    assert r.exit_code == 0
    assert len(cli.commands[name].help or "") > 20
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kg {name}" in readme, f"README.md does not document `kg {name}`"


def test_usage_errors_exit_2(tmp_path):
    assert run("load").exit_code == 2
    assert run("query", "--store", str(tmp_path / "s"), "--format", "xml", "ASK {}").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_store_from_environment(tmp_path):
    spec = str(tmp_path / "envstore")
    assert run("load", str(BUNDLED_FACTS), env={"KG_STORE": spec}).exit_code == 0
    r = run("stats", env={"KG_STORE": spec})
    assert r.exit_code == 0 and "articles: 1" in r.output and spec in r.output


def test_memory_store_is_throwaway():
    r = run("load", "--store", "memory", str(BUNDLED_FACTS))
    assert r.exit_code == 0 and "loaded lukashenko-putin-sochi" in r.output


def test_read_commands_do_not_create_a_store(tmp_path):
    r = run("query", "--store", str(tmp_path / "none"), "ASK { ?s ?p ?o }")
    assert r.exit_code == 1
    assert "no store here yet" in r.stderr and r.stderr.count("\n") == 1
    assert not (tmp_path / "none").exists()


def test_corrupt_store_is_one_line(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "CURRENT").write_text("garbage\n")
    r = run("stats", "--store", str(bad))
    assert r.exit_code == 1 and "corrupt" in r.stderr and r.stderr.count("\n") == 1
    afile = tmp_path / "file"
    afile.write_text("x")
    r = run("load", "--store", str(afile), str(BUNDLED_FACTS))
    assert r.exit_code == 1 and "not a store folder" in r.stderr


def test_locked_store_is_reported_not_waited_on_forever(tmp_path):
    spec = str(tmp_path / "locked")
    assert run("load", "--store", spec, str(BUNDLED_FACTS)).exit_code == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import pyoxigraph,sys,time; s=pyoxigraph.Store({spec!r}); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        r = run("load", "--store", spec, str(BUNDLED_FACTS), env={"KG_LOCK_WAIT": "0.2"})
        assert r.exit_code == 1
        assert "store is in use by another process" in r.stderr and r.stderr.count("\n") == 1
    finally:
        holder.kill()
        holder.wait()
    r = run("stats", "--store", spec)
    assert r.exit_code == 0 and "articles: 1" in r.output


def test_errors_have_no_traceback_in_a_real_process(tmp_path):
    kg = Path(sys.executable).with_name("kg")
    r = subprocess.run([str(kg), "load", "--store", str(tmp_path / "s"), str(tmp_path / "missing.yaml")],
                       capture_output=True, text=True, env={**os.environ, "KG_STORE": ""})
    assert r.returncode == 1
    assert r.stderr.startswith("Error: ") and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "missing.yaml:0: file not found" in r.stderr


def test_folder_of_facts(tmp_path):
    r = run("load", "--store", str(tmp_path / "s"), str(BUNDLED_FACTS.parent))
    assert r.exit_code == 0 and "lukashenko-putin-sochi" in r.output
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run("load", "--store", str(tmp_path / "s"), str(empty))
    assert r.exit_code == 1 and "no .yaml, .yml or .json facts files" in r.stderr


def test_actors_and_events_commands(tmp_path):
    spec = str(tmp_path / "s")
    run("load", "--store", spec, str(BUNDLED_FACTS))
    r = run("actors", "--store", spec, "--type", "Person")
    assert r.exit_code == 0 and "Alexander Lukashenko" in r.output and "Belarusian police" not in r.output
    r = run("events", "--store", spec, "--type", "Protest", "--from", "2020-09-01")
    assert r.exit_code == 0 and "March of Heroes" in r.output and "(1 row)" in r.output
    r = run("events", "--store", spec, "--actor", "Bachelet")
    assert r.exit_code == 0 and "2020-09-14" in r.output
    r = run("events", "--store", spec, "--from", "yesterday")
    assert r.exit_code == 2


def test_python_dash_m_kg_is_the_kg_command(tmp_path: Path):
    """``python -m kg`` runs the same command: its usage names ``kg``, and a bad path is one
    ``Error:`` line with exit 1, as from the script."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("Usage: kg ")
    r = subprocess.run([sys.executable, "-m", "kg", "load", "--store", str(tmp_path / "s"), str(tmp_path / "missing.yaml")],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1 and r.stderr.count("Error:") == 1 and "missing.yaml" in r.stderr and "Traceback" not in r.stderr
