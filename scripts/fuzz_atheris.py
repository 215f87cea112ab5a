"""Coverage-guided fuzzing of the readers with atheris (libFuzzer), beside the property-based
tests of tests/test_fuzz.py: the bytes of a file read as JSONL, gzip, HTML or plain text
(``read_bytes``), HTML to text, and the text check, must each give records or a
:class:`~detente.errors.DetenteError` with a one-line reason, never another exception, and
within ``BOUND`` seconds an input.

    python scripts/fuzz_atheris.py -runs=100000 [-max_len=4096] [corpus dir ...]

``make soak`` runs it when atheris installs (docs/reliability.md). A crash prints the
input's bytes (libFuzzer writes it to ``crash-*``) and exits non-zero.
"""

from __future__ import annotations

import sys
import time

import atheris

with atheris.instrument_imports():
    from detente.errors import DetenteError
    from detente.io.html import html_to_text
    from detente.io.readers import read_bytes
    from detente.knowledge.words import LanguageWords
    from detente.stages.validate import text_problem

#: the most one input may take (the readers and the check are linear; a slow input is a finding)
BOUND = 5.0
#: the names the bytes are read under: each picks a reader by its suffix (and by content)
NAMES = ("fuzz.jsonl", "fuzz.jsonl.gz", "fuzz.html", "fuzz.txt")
LANGUAGE = LanguageWords.load()


def one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = NAMES[fdp.ConsumeIntInRange(0, len(NAMES) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    started = time.perf_counter()
    try:
        records = list(read_bytes(body, name, max_line_bytes=2048))
    except DetenteError as exc:
        exc.one_line()
        records = []
    for rec in records:
        if (rec.article is None) == (rec.error is None):
            raise AssertionError(f"a record with both or neither of article and error: {rec!r}")
        if rec.error is not None:
            rec.error.one_line()
        elif rec.article is not None:
            problem = text_problem(rec.article.text, LANGUAGE)
            if problem is not None and not isinstance(problem, DetenteError):
                raise AssertionError(f"text_problem gave {problem!r}")
    text = body.decode("utf-8", "replace")
    try:
        html_to_text(text)
    except DetenteError as exc:
        exc.one_line()
    took = time.perf_counter() - started
    if took > BOUND:
        raise AssertionError(f"{len(body)} bytes read as {name} took {took:.1f} s (bound {BOUND} s)")


def main() -> None:
    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
