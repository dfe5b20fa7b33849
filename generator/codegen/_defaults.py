"""Field defaults written as a value of the field's type, where datamodel-code-generator writes the raw JSON value.

A property whose type needs a root model (a constrained branch of an ``anyOf``: OpenAI's ``n: anyOf: [{type:
integer, minimum: 1}, {type: null}], default: 1``) gets the field ``n: N | None = 1``. pydantic validates the
default into ``N`` (``validate_default``), but the value in the class is an ``int``, which is not an ``N``:
``mypy --strict`` rejects the assignment. Here such a default becomes ``N(1)``: the same value once validated,
and of the declared type. Enum defaults are the generator's own business (``deserialize_default_values``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from ._model_code import ModelCode, class_node, subscript_elements, subscripted, union_members

_BUILTIN_VALUES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "None": (type(None),),
    "list": (list,),
    "dict": (dict,),
}


def root_model_defaults(code: ModelCode) -> ModelCode:
    """``code`` (a models module) with every literal field default that only a root model of the field's type
    admits wrapped in that root model. The default is built when the class is, so only a root model defined
    before the class, of classes defined before it, is used."""
    if "(RootModel[" not in code:
        return code
    lines = code.lines
    classes = [
        class_node(code, node) if _may_matter(lines, node) else node
        for node in code.statements
        if isinstance(node, ast.ClassDef)
    ]
    roots = _Roots(classes)
    edits: list[tuple[ast.expr, str]] = []
    for index, node in enumerate(classes):
        for statement in node.body:
            default = statement.value if isinstance(statement, ast.AnnAssign) else None
            if default is None or (isinstance(default, ast.Constant) and default.value is None):
                continue
            assert isinstance(statement, ast.AnnAssign)
            wrapper = _wrapper(statement.annotation, default, roots.before(index))
            if wrapper is not None:
                edits.append((default, wrapper))
    return code.edited(_apply(code, edits)) if edits else code


# A field with a default that is not ``None`` (datamodel-code-generator writes a field on one line).
_DEFAULTED = re.compile(r"^(?:    \w+: .*|\s+[)\]]) = (?!None$)", re.MULTILINE)


def _may_matter(lines: list[str], shell: ast.stmt) -> bool:
    """Whether a class is a root model or has a field default: the only classes this pass reads the body of."""
    text = "\n".join(lines[shell.lineno - 1 : shell.end_lineno])
    return "RootModel[" in text or _DEFAULTED.search(text) is not None


class _Roots:
    """The module's root models, each with the position from which a class may build one."""

    def __init__(self, classes: list[ast.ClassDef]) -> None:
        position = {node.name: index for index, node in enumerate(classes)}
        self._annotations: dict[str, ast.expr] = {}
        self._ready: dict[str, int] = {}
        for index, node in enumerate(classes):
            annotation = _root_annotation(node)
            if annotation is not None:
                names = [position.get(n.id, -1) for n in ast.walk(annotation) if isinstance(n, ast.Name)]
                self._annotations[node.name] = annotation
                self._ready[node.name] = max([index, *names])

    def before(self, index: int) -> Callable[[str], ast.expr | None]:
        """The root annotation of a root model a class at ``index`` may build (``None`` for any other name)."""
        return lambda name: self._annotations[name] if self._ready.get(name, index) < index else None


def _root_annotation(node: ast.ClassDef) -> ast.expr | None:
    """The ``root`` annotation of a ``RootModel`` subclass."""
    if not any(isinstance(base, ast.Subscript) and ast.unparse(base.value) == "RootModel" for base in node.bases):
        return None
    return next(
        (
            s.annotation
            for s in node.body
            if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name) and s.target.id == "root"
        ),
        None,
    )


def _wrapper(annotation: ast.expr, default: ast.expr, roots: Callable[[str], ast.expr | None]) -> str | None:
    """The root model to wrap ``default`` in: none when a member of the annotation admits it as it is."""
    try:
        value = ast.literal_eval(default)
    except (ValueError, TypeError):
        return None  # a call or a name (an enum member): already typed
    members = list(union_members(annotation))
    if any(_admits(member, value, roots, wrap=False) for member in members):
        return None
    return next((ast.unparse(m) for m in members if _admits(m, value, roots, wrap=True)), None)


def _admits(member: ast.expr, value: object, roots: Callable[[str], ast.expr | None], *, wrap: bool) -> bool:
    """Whether a value of ``member`` may be ``value`` as it is (``wrap=False``), or once wrapped in ``member``, a
    root model (``wrap=True``)."""
    name = subscripted(member) or ast.unparse(member)
    if wrap:
        root = roots(name)
        return root is not None and any(_admits(inner, value, roots, wrap=False) for inner in union_members(root))
    if name == "Any":
        return True
    if name == "Literal" and isinstance(member, ast.Subscript):
        return any(
            isinstance(e, ast.Constant) and e.value == value and type(e.value) is type(value)
            for e in subscript_elements(member)
        )
    kinds = _BUILTIN_VALUES.get(name)
    return kinds is not None and isinstance(value, kinds)


def _apply(code: str, edits: list[tuple[ast.expr, str]]) -> str:
    """``code`` with each default expression ``node`` replaced by ``wrapper(node's source)``."""
    lines = code.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode()))
    data = code.encode()
    for node, wrapper in sorted(edits, key=lambda edit: (edit[0].lineno, edit[0].col_offset), reverse=True):
        start = offsets[node.lineno - 1] + node.col_offset
        end = offsets[(node.end_lineno or node.lineno) - 1] + (node.end_col_offset or 0)
        data = data[:start] + f"{wrapper}(".encode() + data[start:end] + b")" + data[end:]
    return data.decode()
