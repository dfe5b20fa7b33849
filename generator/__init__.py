"""apigen: OpenAPI 3.1 specs -> typed Python clients, pydantic models, mock servers and fuzzing."""

from ._errors import ApigenError, GenerationError, PackagingError, Problem, SpecError, UsageError
from .loading import Operation, Spec, load_spec
from .project import Project
from .validation import check, validate

__all__ = [
    "ApigenError",
    "GenerationError",
    "Operation",
    "PackagingError",
    "Problem",
    "Project",
    "Spec",
    "SpecError",
    "UsageError",
    "check",
    "load_spec",
    "validate",
]
