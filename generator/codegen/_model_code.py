"""Reading the models module datamodel-code-generator writes: its syntax tree, parsed once for every pass that
needs it (GitHub's 3.5 MB module takes a second to parse), and its annotations (``Annotated[A | B, Field(...)]``)."""

from __future__ import annotations

import ast
import functools
import keyword
import re
from collections.abc import Iterator


class ModelCode(str):
    """The source of a models module that keeps its syntax tree once parsed: a ``str`` to every caller, and the
    passes after datamodel-code-generator (and the cut into modules) share one parse."""

    @functools.cached_property
    def tree(self) -> ast.Module:
        return ast.parse(self)

    @functools.cached_property
    def lines(self) -> list[str]:
        """The module's lines, split once: each class parsed alone is read from them (:func:`class_node`)."""
        return self.splitlines()

    @functools.cached_property
    def statements(self) -> list[ast.stmt]:
        """The module's top-level statements, with the lines they hold in it; a class is only its name and lines
        (see :func:`top_level`)."""
        return top_level(self)

    def edited(self, text: str) -> ModelCode:
        """``text``, this code with edits inside its lines (a default wrapped in a call): its top-level statements
        keep their lines, so they are not read again."""
        code = ModelCode(text)
        if text.count("\n") == self.count("\n"):
            code.__dict__["statements"] = self.statements
        return code


def top_level(code: str) -> list[ast.stmt]:
    """The top-level statements of ``code``, each parsed alone, its line numbers those of ``code``; a class comes
    as a shell holding its name and lines. GitHub's 3.5 MB models module parsed whole took a second and a hundred
    megabytes, and the passes that cut and edit it read few of its classes' bodies: :func:`class_node` parses one.

    A statement starts on a line that starts with neither space, comment nor closing bracket; a stretch that does
    not parse alone (a decorator, a line a string or bracket carries on) is read together with the next one.
    """
    lines = code.splitlines()
    starts = [n for n, line in enumerate(lines) if line and not line[0].isspace() and line[0] not in "#)]}"]
    statements: list[ast.stmt] = []
    index = 0
    while index < len(starts):
        following = index + 1
        while True:
            first, end = starts[index], starts[following] if following < len(starts) else len(lines)
            while end > first + 1 and not lines[end - 1].strip():
                end -= 1
            parsed = _statement(lines, first, end)
            if parsed is not None or following >= len(starts):
                statements += parsed if parsed is not None else ast.parse(code).body[len(statements) :]
                break
            following += 1
        index = following
    return statements


_CLASS = re.compile(r"class (\w+)\b")


def _statement(lines: list[str], first: int, end: int) -> list[ast.stmt] | None:
    """The statements of ``lines[first:end]``, ``None`` when they do not parse alone."""
    if end == first + 1 and (alias := _alias(lines[first], first + 1)) is not None:
        return [alias]
    text = "\n".join(lines[first:end])
    found = _CLASS.match(text)
    if found and text.count('"""') % 2 == 0 and text.count("'''") % 2 == 0 and lines[end - 1][:1].isspace():
        shell = ast.ClassDef(name=found[1], bases=[], keywords=[], body=[ast.Pass()], decorator_list=[])
        shell.lineno, shell.end_lineno, shell.col_offset, shell.end_col_offset = first + 1, end, 0, len(lines[end - 1])
        return [shell]
    try:
        body = ast.parse(text).body
    except SyntaxError:
        return None
    for node in body:
        ast.increment_lineno(node, first)
    return body


_ALIAS = re.compile(r"(\w+) = (\w+)")


def _alias(line: str, lineno: int) -> ast.Assign | None:
    """``Twin = Kept`` (GitHub's 4,300 merged twins) as the node ``ast.parse`` makes of it, built without parsing."""
    found = _ALIAS.fullmatch(line)
    if found is None or not all(_plain_name(name) for name in found.groups()):
        return None
    target, value = found.groups()
    start = len(target) + 3

    def name(identifier: str, ctx: ast.expr_context, col: int) -> ast.Name:
        return ast.Name(
            identifier, ctx, lineno=lineno, col_offset=col, end_lineno=lineno, end_col_offset=col + len(identifier)
        )

    node = ast.Assign([name(target, ast.Store(), 0)], name(value, ast.Load(), start), None)
    node.lineno, node.end_lineno, node.col_offset, node.end_col_offset = lineno, lineno, 0, len(line)
    return node


def _plain_name(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


def class_node(code: str, shell: ast.stmt) -> ast.ClassDef:
    """The class whose statement (a shell of :func:`top_level`) is ``shell``, parsed, with ``code``'s lines."""
    lines = code.lines if isinstance(code, ModelCode) else code.splitlines()
    start = min([shell.lineno, *(d.lineno for d in getattr(shell, "decorator_list", []))])
    node = ast.parse("\n".join(lines[start - 1 : shell.end_lineno])).body[-1]
    ast.increment_lineno(node, start - 1)
    assert isinstance(node, ast.ClassDef)
    return node


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
