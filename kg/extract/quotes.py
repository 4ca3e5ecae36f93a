"""Quotations in article text: straight or curly double quotes, per paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]

_OPEN = "\u201c"
_CLOSE = "\u201d"


@dataclass
class Quote:
    """One quotation: its inner spans (without the marks), several when it runs across paragraphs."""

    parts: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text`` (straight or curly double quotes), per paragraph.

    A paragraph whose quotation is not closed continues into the next paragraph when
    that one opens with a quotation mark (the wire convention for long quotes).

    >>> t = 'He said: "One. Two," and "three".'
    >>> [t[a:b] for q in find_quotes(t) for a, b in q.parts]
    ['One. Two,', 'three']
    """
    quotes: list[Quote] = []
    pending: Quote | None = None
    pos = 0
    for para in re.split(r"(\n)", text):
        if para == "\n":
            pos += 1
            continue
        stripped = para.lstrip()
        opened_here: int | None = None
        if pending is not None and not (stripped.startswith('"') or stripped.startswith(_OPEN)):
            if stripped:
                quotes.append(pending)
                pending = None
        i = 0
        for m in re.finditer(r'["\u201c\u201d]', para):
            ch = m.group(0)
            at = pos + m.start()
            if opened_here is None:
                if ch == _CLOSE and pending is None:
                    continue
                opened_here = at + 1
                i += 1
            else:
                if ch == _OPEN:
                    opened_here = at + 1
                    continue
                part = (opened_here, at)
                if pending is not None:
                    pending.parts.append(part)
                    quotes.append(pending)
                    pending = None
                else:
                    quotes.append(Quote([part]))
                opened_here = None
        if opened_here is not None:
            end = pos + len(para.rstrip())
            part = (opened_here, end)
            if pending is None:
                pending = Quote([part])
            else:
                pending.parts.append(part)
        pos += len(para)
    if pending is not None:
        quotes.append(pending)
    return [q for q in quotes if all(b > a for a, b in q.parts)]
