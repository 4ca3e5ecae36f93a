"""Quotations in article text: straight or curly double quotes or guillemets, per paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]

_OPEN = "\u201c"
_CLOSE = "\u201d"
_OPENS = (_OPEN, "\u00ab", "\u201e")  # and guillemets: '« We will stay », she said' (closed by » or by a double quote)
_CLOSES = (_CLOSE, "\u00bb", "\u2033")  # and a double prime typed for a closing mark ('“bad faith″')
# ‘...’ not inside a word; an apostrophe inside ("‘Armenia’s choice’") is kept
_SINGLE = re.compile("(?<![\\w\u2019])\u2018((?:[^\u2018\u2019\n]|\u2019(?=\\w))+?)\u2019(?!\\w)")
# 'They beat us,' an activist said: straight single marks around a sentence closed by its
# punctuation (British headline and subhead style); an apostrophe inside ("don't") is kept
_STRAIGHT_SINGLE = re.compile(r"(?<![\w'])'(?=[A-Z])((?:[^'\n]|'(?=\w))+?[,.?!])'(?=\s)")
# will 'probably' go, said it would 'restore ties.': in a text that prints no double quotation
# mark at all, straight single marks around any words are its quotation marks
_ONLY_SINGLE = re.compile(r"(?<![\w'])'(?=\w)((?:[^'\n]|'(?=\w))+?)'(?![\w'])")
_DOUBLE_MARKS = re.compile('["\u201c\u201d\u00ab\u00bb\u2033\u201e]')


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


def _trim(text: str, a: int, b: int) -> int:
    """The end of a quotation part without the spaces before its closing mark."""
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _after_spaces(text: str, at: int) -> int:
    """The start of a quotation part after the spaces that follow its opening mark ('« We')."""
    while at < len(text) and text[at] in " \u00a0\u202f":
        at += 1
    return at


def _unopened(before: str) -> bool:
    """Whether the words before a paragraph's first mark, a closing one, are a quotation whose
    opening mark was left out: a sentence of four words or more, from the paragraph's start,
    closed by a comma or a full stop right before the mark."""
    return len(before.split()) >= 4 and before.rstrip() == before and before[-1:] in (",", ".", "?", "!")


def _opens_word(para: str, at: int) -> bool:
    """Whether the mark at ``at`` stands where a quotation opens: at the paragraph's start or
    after a space, a colon or a bracket, right before a word."""
    return (at == 0 or para[at - 1] in " \t\u00a0:([\u2014\u2013") and at + 1 < len(para) and para[at + 1].isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Quotations in ``text`` (straight or curly double quotes, guillemets), per paragraph.

    A paragraph whose quotation is not closed continues into the next paragraph when
    that one opens with a quotation mark (the wire convention for long quotes).

    >>> t = 'He said: "One. Two," and "three".'
    >>> [t[a:b] for q in find_quotes(t) for a, b in q.parts]
    ['One. Two,', 'three']
    >>> t = '« We stay », she said; « Enough, " he said.'
    >>> [t[a:b] for q in find_quotes(t) for a, b in q.parts]
    ['We stay', 'Enough,']
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
        if pending is not None and not stripped.startswith(('"', *_OPENS)):
            if stripped:
                quotes.append(pending)
                pending = None
        marks = list(re.finditer(r'["\u201c\u201d\u00ab\u00bb\u2033\u201e]', para))
        for n, m in enumerate(marks):
            ch = m.group(0)
            at = pos + m.start()
            if opened_here is None:
                if ch in _CLOSES and pending is None:
                    if n == 0 and _unopened(para[: m.start()]):
                        # 'We are not inclined to ...,” Peskov said.': the opening mark left out
                        head = pos + len(para) - len(stripped)
                        quotes.append(Quote([(head, _trim(text, head, at))]))
                        continue
                    if not (n + 1 < len(marks) and _opens_word(para, m.start())):
                        continue  # '”We stay,” she said': a closing mark printed to open a word opens
                opened_here = _after_spaces(text, at + 1)
            else:
                if ch in _OPENS and n + 1 < len(marks):
                    # an opening mark inside an open quotation: the writer began a new
                    # sentence of the same quotation without closing the last one
                    if pending is None:
                        pending = Quote([])
                    pending.parts.append((opened_here, _trim(text, opened_here, at)))
                    opened_here = _after_spaces(text, at + 1)
                    continue
                # a closing mark (or the paragraph's last mark, printed as an opening one:
                # '"there will be no winners "Putin said')
                part = (opened_here, _trim(text, opened_here, at))
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
    doubles = [(q.start, q.end) for q in quotes]
    for m in _SINGLE.finditer(text):  # 'called it ‘a coup’': single curly marks outside double ones
        a, b = m.start(1), m.end(1)
        if not any(x - 1 <= a and b <= y + 1 for x, y in doubles):
            quotes.append(Quote([(a, b)]))
    singles = _ONLY_SINGLE if _DOUBLE_MARKS.search(text) is None else _STRAIGHT_SINGLE
    for m in singles.finditer(text):
        a, b = m.start(1), m.end(1)
        if not any(x - 1 <= a and b <= y + 1 or a <= x <= b for x, y in doubles):
            quotes.append(Quote([(a, b)]))
    quotes.sort(key=lambda q: q.start)
    out: list[Quote] = []
    for q in quotes:  # a stray mark before a full stop quotes nothing
        q.parts = [(a, b) for a, b in q.parts if any(ch.isalnum() for ch in text[a:b])]
        if q.parts:
            out.append(q)
    return out
