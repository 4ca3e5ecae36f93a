"""The wheel carries the ontology, the shapes and the saved queries."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("polkg-*.whl"))


def test_wheel_contains_package_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("kg/ontology/polkg.ttl", "kg/ontology/shapes.ttl", "kg/queries/meetings-of.rq", "kg/py.typed",
                   "kg/templates/network.html", "kg/templates/timeline.html", "kg/gazetteer/actors.yaml",
                   "kg/gazetteer/towns.tsv"):
        assert needed in names, needed
    assert sum(n.startswith("kg/queries/") and n.endswith(".rq") for n in names) >= 8


@pytest.mark.slow
def test_installed_wheel_loads_its_ontology_and_queries(wheel, tmp_path):
    venv = tmp_path / "venv"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the wheel, not a source tree
    # The new venv sees this one's packages (the dependencies) but not the source tree.
    site = next(Path(sys.prefix).glob("lib/python3*/site-packages"))
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    (next(venv.glob("lib/python3*/site-packages")) / "deps.pth").write_text(str(site) + "\n")
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True, env=env)
    code = (
        "import kg, kg.terms as t, rdflib, sys\n"
        "assert 'site-packages' in kg.__file__ and 'venv' in kg.__file__, kg.__file__\n"
        "g = rdflib.Graph().parse(t.ontology_path()); s = rdflib.Graph().parse(t.shapes_path())\n"
        "assert len(g) > 300 and len(s) > 50\n"
        "print(len(kg.saved_queries()))\n"
    )
    r = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) >= 8
