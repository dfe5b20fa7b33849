"""The spec stage: spec files -> one loaded :class:`Spec` (YAML/JSON, multi-file, 3.0 upgraded), with the pieces
every later stage reads it through (JSON pointers, schema walks, JSON Schema validation, the resource model)."""

from .loading import (
    HTTP_METHODS,
    PATH_PARAMETER,
    SPEC_SUFFIXES,
    Operation,
    Spec,
    item_operations,
    load_spec,
    parse_spec,
    template_shape,
)
from .openapi31_view import exposed_operations, openapi31_view, source_for_tools
from .project import Project
from .repairing import Note

__all__ = [
    "HTTP_METHODS",
    "PATH_PARAMETER",
    "SPEC_SUFFIXES",
    "Note",
    "Operation",
    "Project",
    "Spec",
    "exposed_operations",
    "item_operations",
    "load_spec",
    "openapi31_view",
    "parse_spec",
    "source_for_tools",
    "template_shape",
]
