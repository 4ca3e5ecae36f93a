"""``python -m kg``: the ``kg`` command (for a venv whose scripts are not on the path)."""

from kg.cli import cli

if __name__ == "__main__":
    cli(prog_name="kg")
