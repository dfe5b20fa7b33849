"""The spec stage: spec files -> one loaded :class:`Spec` (YAML/JSON, multi-file, 3.0 upgraded), with the pieces
every later stage reads it through (JSON pointers, schema walks, JSON Schema validation, the resource model)."""

from .loading import HTTP_METHODS, PATH_PARAMETER, SPEC_SUFFIXES, Operation, Spec, load_spec, parse_spec, template_shape
from .project import Project

__all__ = [
    "HTTP_METHODS",
    "PATH_PARAMETER",
    "SPEC_SUFFIXES",
    "Operation",
    "Project",
    "Spec",
    "load_spec",
    "parse_spec",
    "template_shape",
]
