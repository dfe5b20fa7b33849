"""Subclasses that redeclare a field with a type their base's does not admit, written out without the base.

datamodel-code-generator turns ``allOf: [{$ref: Base}, {properties: ...}]`` into ``class Sub(Base)``, and a property
the second part redeclares into a field of ``Sub``. pydantic lets that field take any type, but a type checker
reads it as an override that must fit the base's type: PagerDuty's log entries narrow ``type`` to an enum of
their own, OpenAI's resources make ``status`` a different enum, Box's errors turn a free-form dict into a model.
``mypy --strict`` rejects each ("incompatible types in assignment ... base class defined the type as ...").

Such a class is written as a plain model holding its bases' fields followed by its own, in the order pydantic
gives them (an override keeps its base field's position), so it validates and serialises as before; only
``isinstance(sub, Base)`` no longer holds. A class whose overrides all fit keeps its base.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ._model_code import ModelCode, class_node, subscript_elements, subscripted, union_members
from ._model_modules import names_read

_ROOT = "BaseModel"
# Bases outside the module that make a class a subtype of a builtin a field may be declared as.
_BUILTIN_SUPERTYPES = {"StrEnum": ("str",), "IntEnum": ("int", "float"), "str": ("str",), "int": ("int", "float")}


@dataclass
class _Class:
    node: ast.ClassDef
    bases: list[str]
    docstring: str | None = None
    config: str | None = None
    fields: dict[str, tuple[ast.expr, str]] = field(default_factory=dict)  # name -> (annotation, source lines)
    simple: bool = True  # holds nothing but a docstring, model_config and fields
    mro: list[str] | None = None  # computed once, by _mro


def flatten_conflicting_subclasses(code: ModelCode) -> ModelCode:
    """``code`` (a models module) with every class whose field overrides do not fit its bases' fields rewritten
    as a plain ``BaseModel`` holding all of its fields."""
    subclasses = _subclasses(code)
    if not subclasses:
        return code  # most modules: no parse needed
    lines = code.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):  # the module's last field would run into the next one copied
        lines[-1] += "\n"
    classes = _classes_read(code, lines, subclasses)
    checker = _Compatibility(classes)
    rewrites = {
        name: _flattened(name, classes)
        for name, cls in classes.items()
        if _flattenable(name, classes) and any(checker.conflicts(name, field_name) for field_name in cls.fields)
    }
    if not rewrites:
        return code
    out: list[str] = []
    cursor = 0  # index into lines
    for name, source in sorted(rewrites.items(), key=lambda item: classes[item[0]].node.lineno):
        node = classes[name].node
        start = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1
        out += [*lines[cursor:start], source]
        cursor = node.end_lineno or node.lineno
    return ModelCode("".join(out + lines[cursor:]))


_CLASS_LINE = re.compile(r"^class (\w+)\(([\w, ]*)\):", re.MULTILINE)


def _subclasses(code: str) -> set[str]:
    """The classes of ``code`` with another class of ``code`` among their bases."""
    found = _CLASS_LINE.findall(code)
    names = {name for name, _ in found}
    return {name for name, bases in found if any(base.strip() in names for base in bases.split(","))}


def _classes_read(code: ModelCode, lines: list[str], subclasses: set[str]) -> dict[str, _Class]:
    """The classes the checks and the rewrite read: the subclasses and their ancestors, and the classes their
    fields name with those classes' ancestors (a field's override may be a subclass, or an enum, of its base's
    type). Only those are parsed: Plaid's whole models module as one tree took 90 MB."""
    statements = {node.name: node for node in code.statements if isinstance(node, ast.ClassDef)}
    classes: dict[str, _Class] = {}

    def read_with_ancestors(name: str) -> None:
        pending = [name]
        while pending:
            current = pending.pop()
            if current in classes or current not in statements:
                continue
            classes[current] = _read(class_node(code, statements[current]), lines)
            pending += [base for base in classes[current].bases if base in statements]

    for name in sorted(subclasses):
        read_with_ancestors(name)
    for name in list(classes):
        source = "".join(field_source for _, field_source in classes[name].fields.values())
        for named in sorted(names_read(source) & statements.keys()):
            read_with_ancestors(named)
    return classes


def _read(node: ast.ClassDef, lines: list[str]) -> _Class:
    cls = _Class(node, [ast.unparse(base) for base in node.bases])
    if node.keywords or node.decorator_list:
        cls.simple = False
    for index, statement in enumerate(node.body):
        source = "".join(lines[statement.lineno - 1 : statement.end_lineno])
        if index == 0 and isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
            cls.docstring = source
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            cls.fields[statement.target.id] = (statement.annotation, source)
        elif _assigns(statement, "model_config"):
            cls.config = source
        else:
            cls.simple = False
    return cls


def _assigns(statement: ast.stmt, name: str) -> bool:
    return isinstance(statement, ast.Assign) and any(
        isinstance(target, ast.Name) and target.id == name for target in statement.targets
    )


def _mro(name: str, classes: Mapping[str, _Class]) -> list[str]:
    """The module classes ``name`` inherits from, in Python's method resolution order (C3), itself first."""
    cls = classes[name]
    if cls.mro is None:
        bases = [base for base in cls.bases if base in classes]
        sequences = [*(_mro(base, classes) for base in bases), bases]
        order = [name]
        while sequences := [sequence for sequence in sequences if sequence]:
            head = next(
                (s[0] for s in sequences if not any(s[0] in other[1:] for other in sequences)),
                sequences[0][0],  # no consistent order: Python would refuse the class; any order will do here
            )
            order.append(head)
            sequences = [sequence[1:] if sequence[0] == head else sequence for sequence in sequences]
        cls.mro = order
    return cls.mro


def _flattenable(name: str, classes: Mapping[str, _Class]) -> bool:
    """A module class whose ancestry is made of simple module classes ending at ``BaseModel``."""
    ancestry = _mro(name, classes)
    outside = {base for member in ancestry for base in classes[member].bases if base not in classes}
    configs = {classes[member].config for member in ancestry} - {None}
    # pydantic merges the configs of the bases; one (the generator writes the same in every class) is kept as is
    simple = all(classes[member].simple for member in ancestry) and len(configs) <= 1
    return len(ancestry) > 1 and outside == {_ROOT} and simple


def _flattened(name: str, classes: Mapping[str, _Class]) -> str:
    ancestry = _mro(name, classes)
    fields: dict[str, str] = {}
    for member in reversed(ancestry):  # pydantic collects fields along the reversed MRO
        for field_name, (_, source) in classes[member].fields.items():
            fields[field_name] = source
    own = classes[name]
    config = next((classes[member].config for member in ancestry if classes[member].config), None)
    body = [part for part in (own.docstring, config, *fields.values()) if part] or ["    pass\n"]
    return f"class {name}({_ROOT}):\n" + "".join(body)


class _Compatibility:
    """Whether a field's type in a subclass is one a type checker accepts in place of its bases' type for it."""

    def __init__(self, classes: Mapping[str, _Class]) -> None:
        self._classes = classes

    def conflicts(self, name: str, field_name: str) -> bool:
        ancestry = _mro(name, self._classes)
        declared = next(
            (self._classes[c].fields[field_name][0] for c in ancestry[1:] if field_name in self._classes[c].fields),
            None,
        )
        if declared is None:
            return False
        allowed = list(union_members(declared))
        names = {ast.unparse(member) for member in allowed}
        literals = {value for member in allowed if subscripted(member) == "Literal" for value in _literals(member)}
        if "Any" in names:
            return False
        override = self._classes[name].fields[field_name][0]
        return not all(self._fits(member, names, literals) for member in union_members(override))

    def _fits(self, member: ast.expr, names: set[str], literals: set[object]) -> bool:
        text = ast.unparse(member)
        if text in names or text == "Any" or (text == "int" and "float" in names):
            return True
        if subscripted(member) == "Literal":
            return all(value in literals or _builtin_of(value) & names for value in _literals(member))
        return any(ancestor in names for ancestor in self._supertypes(text))

    def _supertypes(self, name: str) -> Iterator[str]:
        if name not in self._classes:
            return
        for member in _mro(name, self._classes):
            for base in self._classes[member].bases:
                yield base
                yield from _BUILTIN_SUPERTYPES.get(base, ())


def _literals(node: ast.expr) -> list[object]:
    assert isinstance(node, ast.Subscript)
    return [e.value if isinstance(e, ast.Constant) else ast.unparse(e) for e in subscript_elements(node)]


def _builtin_of(value: object) -> set[str]:
    """The builtin types a literal value is an instance of, for a type checker."""
    return {bool: {"bool", "int"}, int: {"int", "float"}, str: {"str"}}.get(type(value), set())
