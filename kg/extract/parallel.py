"""spaCy's parse in a second process, so that the rules (and ``kg ingest``'s store work) run
on the other core while the next articles are parsed.

The rules hold the GIL, and so does most of spaCy's Python side: a second thread overlaps
little, a second process overlaps all of it. The child is forked with the loaded pipeline
(no second model load) and sends every parsed document back as ``Doc.to_bytes``, in order;
the parent rebuilds it against its own vocabulary. Same documents, so the same facts.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from kg.extract.errors import ExtractError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["HERE_SHARE", "MIN_ARTICLES", "parse_apart", "worth_a_process"]

#: Fewer articles than this are parsed in-process (a fork costs more than it saves).
MIN_ARTICLES = 8
#: With the parse in a child, this process parses one text in this many itself
#: (:func:`parse_apart`'s ``share``): its rules take about half the parse's time, so a sixth
#: of the parse still leaves it waiting for the child now and then, on a loaded store too.
HERE_SHARE = 6
_EXCLUDE = ["tensor", "user_data"]  # not read by the rules; the tensor is most of the bytes


def worth_a_process(articles: int) -> bool:
    """Whether parsing ``articles`` in a second process pays: enough of them, two cores
    for this process, and fork available (POSIX)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return articles >= MIN_ARTICLES and cores >= 2 and "fork" in multiprocessing.get_all_start_methods()


def _parse(nlp: Language, texts: Sequence[str], batch_size: int, out: Any) -> None:
    try:
        for doc in nlp.pipe(texts, batch_size=batch_size):
            out.put((True, doc.to_bytes(exclude=_EXCLUDE)))
    except BaseException:  # the parent raises it; a child must not print a traceback of its own
        out.put((False, traceback.format_exc(limit=-3)))
    out.close()
    out.join_thread()


def parse_apart(nlp: Language, texts: Sequence[str], *, batch_size: int = 8, ahead: int = 32,
                share: int = 0) -> Iterator[Doc]:
    """``nlp.pipe(texts)`` computed in a forked child process, up to ``ahead`` documents in advance.

    With ``share`` (n > 1), this process parses every n-th text itself, when its turn comes,
    and the child the others: the rules (and ``kg ingest``'s store work) leave this process
    idle for about half of the child's parse, so taking a share of the parse ends the two
    sooner (:data:`HERE_SHARE`). Same documents either way.

    Raises:
        ExtractError: a parse failed, or the child died (its last traceback lines in the message).
    """
    from spacy.tokens import Doc

    def mine(i: int) -> bool:
        return share > 1 and i % share == share - 1

    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue(maxsize=ahead)
    # The child only parses: it never touches the store or the other threads' locks, and it
    # leaves through os._exit (no atexit handlers, nothing of the parent's closed twice).
    theirs = [t for i, t in enumerate(texts) if not mine(i)]
    child = ctx.Process(target=_parse, args=(nlp, theirs, batch_size, out), name="polkg-parse", daemon=True)
    child.start()
    try:
        for i, text in enumerate(texts):
            if mine(i):
                try:
                    doc = nlp(text)
                except Exception as exc:  # as the child reports it: the parse failed, not the caller
                    raise ExtractError(f"parsing failed: {type(exc).__name__}: {exc}") from None
                yield doc
                continue
            while True:
                try:
                    ok, data = out.get(timeout=1.0)
                    break
                except Exception:  # queue.Empty: still parsing, unless the child died
                    if not child.is_alive() and out.empty():
                        raise ExtractError(f"the parsing process stopped (exit code {child.exitcode})") from None
            if not ok:
                raise ExtractError(f"parsing failed: {data.strip().splitlines()[-1]}")
            yield Doc(nlp.vocab).from_bytes(data, exclude=_EXCLUDE)
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        out.close()
