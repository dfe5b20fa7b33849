"""apigen: OpenAPI 3.1 specs -> typed Python clients, pydantic models, mock servers and fuzzing."""

from .errors import (
    ApigenError,
    FetchError,
    GenerationError,
    PackagingError,
    Problem,
    SpecError,
    UsageError,
    WorkerLost,
)
from .spec.loading import Operation, Spec, load_spec
from .spec.project import Project

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .validation import check, validate


def __getattr__(name: str) -> object:
    # Validation pulls in jsonschema and openapi-spec-validator (~0.4 s); import it only when asked for.
    if name in ("check", "validate"):
        from . import validation

        return getattr(validation, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ApigenError",
    "FetchError",
    "GenerationError",
    "Operation",
    "PackagingError",
    "Problem",
    "Project",
    "Spec",
    "SpecError",
    "UsageError",
    "WorkerLost",
    "check",
    "load_spec",
    "validate",
]
