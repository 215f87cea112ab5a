"""The one exception hierarchy of detente.

Every error raised by the library is a :class:`DetenteError`. Each carries, where known,
the article id, the pipeline stage and the input line it concerns, so that a shell (the
CLI, an API) can report it in one line and keep the failed record with its reason.
Exit codes live here too, so that every shell maps errors the same way.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error detente raises on purpose."""

    #: process exit status the CLI uses for this kind of error (see docs/cli.md)
    exit_code = 70

    def __init__(
        self,
        message: str,
        *,
        article_id: str | None = None,
        stage: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.article_id = article_id
        self.stage = stage
        self.line = line

    def with_context(
        self, *, article_id: str | None = None, stage: str | None = None, line: int | None = None
    ) -> DetenteError:
        """Fill in context that was not known where the error was raised."""
        self.article_id = self.article_id or article_id
        self.stage = self.stage or stage
        self.line = self.line if self.line is not None else line
        return self

    def one_line(self) -> str:
        """A single-line description: where, then what."""
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.article_id:
            where.append(f"article {self.article_id}")
        if self.stage:
            where.append(f"stage {self.stage}")
        prefix = f"{', '.join(where)}: " if where else ""
        return prefix + " ".join(self.message.split())

    def __str__(self) -> str:
        return self.one_line()


class InputError(DetenteError):
    """The input cannot be coded: empty, binary, badly encoded, too large, not English..."""

    exit_code = 65  # EX_DATAERR


class EmptyInputError(InputError):
    """No text to code."""


class BinaryInputError(InputError):
    """The input looks like binary data, not text."""


class EncodingError(InputError):
    """The input is not valid UTF-8."""


class InputTooLargeError(InputError):
    """One article is longer than the coder accepts."""


class BudgetError(InputTooLargeError):
    """One article is over a budget of the coder: sentences, tokens, or wall time (docs/reliability.md)."""


class NotEnglishError(InputError):
    """The text does not look like English."""


class RecordError(InputError):
    """A JSONL record is not a JSON object, or lacks its text."""


class GoldFormatError(InputError):
    """A gold-standard file does not follow the gold format."""


class SourceNotFoundError(DetenteError):
    """An input path does not exist or cannot be read."""

    exit_code = 66  # EX_NOINPUT


class ModelUnavailableError(DetenteError):
    """The spaCy model package is not installed."""

    exit_code = 69  # EX_UNAVAILABLE


class ExtraUnavailableError(DetenteError):
    """An optional extra a command needs is not installed (Ray for ``detente batch --engine ray``)."""

    exit_code = 69  # EX_UNAVAILABLE


class ModelError(DetenteError):
    """The trained event model is missing, of another format, or cannot be trained."""

    exit_code = 78  # EX_CONFIG


class KnowledgeError(DetenteError):
    """A data file (patterns, actors, ontology) is malformed."""

    exit_code = 78  # EX_CONFIG


class StoreError(DetenteError):
    """The event store cannot be opened, migrated, read or written."""

    exit_code = 74  # EX_IOERR


class QueryError(InputError):
    """A query or an actor name the store cannot answer (not read-only SQL, unknown actor)."""


class NotFoundError(QueryError):
    """An event, article or watchlist the store does not hold (exit 65 like other queries; HTTP 404)."""


class AuthError(DetenteError):
    """A request without a valid token (HTTP 401)."""

    exit_code = 77  # EX_NOPERM


class OptionError(DetenteError):
    """An option the caller chose cannot be honoured (a stage that cannot be left out)."""

    exit_code = 2  # as argparse's usage errors


class PipelineError(DetenteError):
    """The pipeline is assembled wrongly, or a stage broke its contract."""

    exit_code = 70  # EX_SOFTWARE


#: exit status when some records of a batch failed and the rest were coded
EXIT_PARTIAL = 3
#: exit status for command-line usage errors (argparse's own)
EXIT_USAGE = 2
