"""Field checks shared by every section of a facts file: each converts one value or fails
with ``FILE:LINE: FIELD: problem; what to do``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import FactError

#: Control characters a facts file may not hold in any text (tabs and line breaks excepted).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
from kg.facts.document import LineList, LineMap

__all__ = ["CONTROL", "Checker", "Context", "kind_of", "short"]


class Checker:
    """Walks the parsed document, converting values and collecting the first error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, line: int, path: str, problem: str, hint: str) -> FactError:
        return FactError(f"{self.source}:{line}: {path}: {problem}; {hint}")

    @staticmethod
    def line_of(container: Any, key: str | int | None = None) -> int:
        if isinstance(container, LineMap):
            if isinstance(key, str) and key in container.key_lines:
                return container.key_lines[key]
            return container.line
        if isinstance(container, LineList):
            if isinstance(key, int) and key < len(container.item_lines):
                return container.item_lines[key]
            return container.line
        return 1

    def mapping(self, value: Any, path: str, line: int, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(line, path, f"expected a mapping, got {kind_of(value)}", "write `key: value` lines")
        for key in value:
            if key not in allowed:
                raise self.fail(
                    self.line_of(value, key), f"{path}.{key}", "unknown field",
                    f"allowed fields are: {', '.join(allowed)}",
                )
        return value

    def string(self, m: dict[str, Any], key: str, path: str, *, required: bool = False,
               pattern: re.Pattern[str] | None = None, hint: str = "") -> str | None:
        value = m.get(key)
        if value is None:
            if required:
                raise self.fail(self.line_of(m, key), f"{path}.{key}", "missing required field", hint or f"add `{key}:`")
            return None
        if type(value) is not str and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
            raise self.fail(self.line_of(m, key), f"{path}.{key}", f"expected text, got {kind_of(value)}",
                            hint or "write a quoted string")
        text = str(value)
        if not text.strip():
            raise self.fail(self.line_of(m, key), f"{path}.{key}", "is empty", hint or "give a value or remove the field")
        if CONTROL.search(text):
            self.no_control(text, self.line_of(m, key), f"{path}.{key}")
        # fullmatch: a pattern's `$` would otherwise let a trailing line break through.
        if pattern is not None and not pattern.fullmatch(text):
            raise self.fail(self.line_of(m, key), f"{path}.{key}", f"invalid value {text[:80]!r}", hint)
        return text

    def no_control(self, text: str, line: int, where: str) -> None:
        """Refuse control characters (tabs and line breaks excepted): they have no place in
        news facts and would reach terminals, XML files and IRIs."""
        m = CONTROL.search(text)
        if m:
            raise self.fail(line, where, f"holds the control character U+{ord(m.group(0)):04X}",
                            "remove it (it is invisible; retype the text)")

    def strings(self, m: dict[str, Any], key: str, path: str, *, allow_single: bool = True) -> tuple[str, ...]:
        value = m.get(key)
        if value is None:
            return ()
        single = isinstance(value, (str, int)) and not isinstance(value, bool) and allow_single
        if single:
            value = [value]
        if not isinstance(value, list):
            raise self.fail(self.line_of(m, key), f"{path}.{key}", f"expected a list, got {kind_of(value)}",
                            "write `[a, b]` or one `- item` per line")
        out = []
        for i, item in enumerate(value):
            text = item if type(item) is str else str(item)
            if (type(item) is not str and (isinstance(item, bool) or not isinstance(item, (str, int)))) \
                    or not text.strip() or CONTROL.search(text):
                where, at = ((f"{path}.{key}", self.line_of(m, key)) if single
                             else (f"{path}.{key}[{i}]", self.line_of(value, i)))
                if isinstance(item, bool) or not isinstance(item, (str, int)) or not text.strip():
                    raise self.fail(at, where, "expected non-empty text, got "
                                    f"{kind_of(item) if text.strip() else 'nothing'}", "write a string")
                self.no_control(text, at, where)
            out.append(text)
        return tuple(out)

    def date(self, m: dict[str, Any], key: str, path: str) -> dt.date | None:
        if key not in m or m[key] is None:
            return None
        value = m[key]
        line = self.line_of(m, key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(line, f"{path}.{key}", f"invalid date {value!r}", "write a real calendar date as YYYY-MM-DD")

    def count(self, m: dict[str, Any], key: str, path: str) -> int | None:
        if key not in m or m[key] is None:
            return None
        value = m[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(self.line_of(m, key), f"{path}.{key}", f"invalid count {value!r}", "write a non-negative whole number (the best figure; a lower bound for 'more than N')")
        return value


def kind_of(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"{type(value).__name__} {value!r}"


def short(text: str, limit: int = 60) -> str:
    """``text`` cut to ``limit`` characters for an error message."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass
class Context:
    """What validating one file's sections shares: the checker, the article text, declared ids."""

    c: Checker
    text: str
    text_path: Path
    declared: dict[str, str] = field(default_factory=dict)  # local id -> "actor:<Type>" | "place"
    event_ids: dict[str, str] = field(default_factory=dict)  # event id -> its type

    def section(self, top: dict[str, Any], name: str) -> list[Any]:
        """The list under ``name`` at the top level (empty when absent)."""
        value = top.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.c.fail(self.c.line_of(top, name), name, f"expected a list, got {kind_of(value)}",
                              "write one `- ...` entry per item")
        return value

    def verbatim(self, m: dict[str, Any], key: str, path: str, value: str | None) -> None:
        """Fail unless ``value`` occurs in the article text exactly as given."""
        if value is not None and value not in self.text:
            raise self.c.fail(self.c.line_of(m, key), f"{path}.{key}", f"{short(value)!r} is not in the article text",
                              f"copy the words exactly as printed in {str(self.text_path)!r}")

    def actor_ref(self, m: dict[str, Any], key: str, path: str, value: str) -> str:
        """``value`` if it is the id of a declared actor."""
        if not self.declared.get(value, "").startswith("actor:"):
            what = "is a place, not an actor" if value in self.declared else "unknown actor id"
            known = ", ".join(sorted(k for k, v in self.declared.items() if v.startswith("actor:"))) or "none"
            raise self.c.fail(self.c.line_of(m, key), path, f"{what} {value!r}",
                              f"declare it under actors (known ids: {known})")
        return value

