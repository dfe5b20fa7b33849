"""The one exception tree of the pipeline.

    ApigenError                  anything the tool itself could not do
    ├── SpecError                a spec file is unreadable or invalid (carries Problems)
    ├── GenerationError          a code generator failed on a valid spec
    ├── PackagingError           build / twine / install failed
    ├── AlreadyPublishedError    the index already has a version we were asked to publish
    ├── FetchError               a remote page (a vendor's doc) could not be fetched
    ├── WorkerLost               a forked worker ended without an answer (killed, out of memory)
    └── UsageError               the user asked for something that does not exist

Only the CLI turns these into messages and exit codes; library code raises them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One finding in one spec file, located by line and JSON pointer."""

    file: Path
    line: int | None
    pointer: str
    message: str
    rule: str = "structure"
    severity: str = "error"  # "error" blocks the pipeline; "warning" is reported and the spec is used

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else f"{self.file}"
        label = "warning: " if self.is_warning else ""
        return f"{where}: {self.pointer or '/'}: [{self.rule}] {label}{self.message}"

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    def as_warning(self) -> Problem:
        return dataclasses.replace(self, severity="warning")


class ApigenError(Exception):
    """Base class of every error the pipeline raises on purpose."""


class SpecError(ApigenError):
    """A spec could not be loaded or failed validation."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.pointer, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))


class GenerationError(ApigenError):
    """A code generator rejected a spec that passed validation."""


class PackagingError(ApigenError):
    """Building, checking, installing or publishing a client failed."""


class AlreadyPublishedError(ApigenError):
    """Publishing was refused: the index already has this version (bump ``info.version`` to publish again)."""


class FetchError(ApigenError):
    """A vendor's doc page could not be fetched (unreachable, timed out, HTTP error); the message is one line."""


class WorkerLost(ApigenError):
    """A forked process ended without an answer (killed, out of memory, or its result could not be sent)."""


class UsageError(ApigenError):
    """The user named an API, file or option that does not exist."""
