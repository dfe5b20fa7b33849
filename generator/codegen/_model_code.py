"""Reading the models module datamodel-code-generator writes: its syntax tree, parsed once for every pass that
needs it (GitHub's 3.5 MB module takes a second to parse), and its annotations (``Annotated[A | B, Field(...)]``)."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator


class ModelCode(str):
    """The source of a models module that keeps its syntax tree once parsed: a ``str`` to every caller, and the
    passes after datamodel-code-generator (and the cut into modules) share one parse."""

    @functools.cached_property
    def tree(self) -> ast.Module:
        return ast.parse(self)

    @functools.cached_property
    def top_level(self) -> list[ast.stmt]:
        """The module's statements, for their kinds, names and lines only (see :meth:`edited`)."""
        return self.tree.body

    def edited(self, text: str) -> ModelCode:
        """``text``, this code with edits inside its lines (a default wrapped in a call): its top-level statements
        keep their lines, so the cut into modules reads them without parsing GitHub's module a second time."""
        code = ModelCode(text)
        if text.count("\n") == self.count("\n"):
            code.__dict__["top_level"] = self.top_level
        return code


def union_members(annotation: ast.expr) -> Iterator[ast.expr]:
    """The members of a (possibly ``Annotated``) union annotation: ``Annotated[A | B, ...]`` -> A, B."""
    if subscripted(annotation) == "Annotated":
        assert isinstance(annotation, ast.Subscript)
        inner = annotation.slice
        yield from union_members(inner.elts[0] if isinstance(inner, ast.Tuple) else inner)
    elif isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        yield from union_members(annotation.left)
        yield from union_members(annotation.right)
    else:
        yield annotation


def subscripted(node: ast.expr) -> str | None:
    """The name a subscription subscripts (``Literal`` for ``Literal["a"]``), else ``None``."""
    return ast.unparse(node.value) if isinstance(node, ast.Subscript) else None


def subscript_elements(node: ast.Subscript) -> list[ast.expr]:
    """``Literal["a", "b"]`` -> the nodes of ``"a"`` and ``"b"``."""
    return list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
