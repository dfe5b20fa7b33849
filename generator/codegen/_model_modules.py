"""The one models module of a large spec, cut into modules an operation can import alone.

datamodel-code-generator writes every class into one module; importing GitHub's (5,000 classes) takes seconds,
and every operation paid it. Here that module's top-level definitions are cut along their reference graph: the
classes of one strongly connected component (a reference cycle) share a module, and a component referenced by
exactly one other joins that one's module (a component schema with the inline classes only it uses). Merged
this way the modules still form a DAG, so each imports only its dependencies and no import cycle exists.
``pydantic_models`` stays, as an index of every public name loaded on first use (PEP 562), so user code does
not change; the operations import straight from the module defining each class.
"""

from __future__ import annotations

import ast
import functools
import keyword
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ._model_code import ModelCode

PACKAGE = "_models"
# At or below this many definitions the models stay one module. Measured (CPU time, median of 7, loaded 2-core
# machine): one mdintegrations operation (96 classes) imports in 0.35 s from one module, 0.22 s split; GitHub's
# (5,000 classes) in 4.3 s from one module. The small clients stay one eagerly loaded module for now: their
# users' code and tests read ``vars(pydantic_models)``, which the lazy index fills only on first use.
SPLIT_ABOVE = 300


@dataclass
class _Definition:
    name: str
    source: str
    uses: frozenset[str]  # every name it reads: other definitions, imported names
    trailer: list[str] = field(default_factory=list)  # statements after all classes (``X.model_rebuild()``)


@dataclass(frozen=True)
class ModelModules:
    """The files of a split models package: relative path -> source, and which module defines each name."""

    files: dict[str, str]
    module_of: dict[str, str]  # public name -> module under ``_models``


def split_models(code: str, index_name: str, *, split_above: int | None = None) -> ModelModules | None:
    """``code`` (the models module) as a package of modules plus the lazy index module ``index_name``; ``None``
    when it is small enough to stay one module, or holds a statement this cut does not know how to place."""
    statements = code.statements if isinstance(code, ModelCode) else ast.parse(code).body
    lines = code.lines if isinstance(code, ModelCode) else code.splitlines()
    imports: list[ast.stmt] = []
    definitions: dict[str, _Definition] = {}
    for node in statements:
        if isinstance(node, ast.Import | ast.ImportFrom):
            imports.append(node)
        elif (name := defined_name(node)) is not None and name not in definitions:
            source = segment(lines, node)
            definitions[name] = _Definition(name, source, names_read(source))
        elif (target := rebuilt(node)) in definitions:
            definitions[target].trailer.append(segment(lines, node))
        else:
            return None
    if len(definitions) <= (SPLIT_ABOVE if split_above is None else split_above):
        return None
    groups = _grouped(definitions)
    module_names = _module_names(groups)
    module_of = {name: module_names[root] for root, members in groups.items() for name in members}
    files = {f"{PACKAGE}/__init__.py": '"""The models, one module per group of classes that reference each other."""\n'}
    order = {name: position for position, name in enumerate(definitions)}
    for root, members in groups.items():
        ordered = [definitions[name] for name in sorted(members, key=order.__getitem__)]  # the generator's order
        files[f"{PACKAGE}/{module_names[root]}.py"] = _module(ordered, imports, module_of, members)
    files[f"{index_name}.py"] = _index(module_of)
    return ModelModules(files, module_of)


_MODELS_IMPORT = re.compile(r"^from (?P<dots>\.+){index} import (?P<names>[\w, ]+)$", re.MULTILINE)


def imports_split(source: str, index_name: str, module_of: Mapping[str, str]) -> str:
    """``source`` with each one-line ``from .<index_name> import A, B`` importing from the modules defining them."""
    pattern = re.compile(_MODELS_IMPORT.pattern.format(index=re.escape(index_name)), re.MULTILINE)

    def split(match: re.Match[str]) -> str:
        by_module: dict[str, list[str]] = {}
        for name in (n.strip() for n in match["names"].split(",")):
            by_module.setdefault(module_of.get(name, ""), []).append(name)
        return "\n".join(
            f"from {match['dots']}{f'{PACKAGE}.{module}' if module else index_name} import {', '.join(names)}"
            for module, names in sorted(by_module.items())
        )

    return pattern.sub(split, source)


def split_imports(source: str, index_name: str) -> dict[str, str]:
    """The classes ``source`` imports from the models, each with the module it imports it from (``""`` for the
    index module ``index_name``): what :func:`imports_split` wrote, read back (one line each, before ruff)."""
    pattern = rf"^from \.+(?:{PACKAGE}\.(?P<module>\w+)|{re.escape(index_name)}) import (?P<names>[\w, ]+)$"
    return {
        name.strip(): match["module"] or ""
        for match in re.finditer(pattern, source, re.MULTILINE)
        for name in match["names"].split(",")
    }


def rewrite_package_imports(
    package_dir: Path, index_name: str, module_of: Mapping[str, str], skip: Collection[str] = ()
) -> None:
    """Point every module of ``package_dir`` (but the models', and those ``skip`` names by path in the package)
    at the modules defining the classes it imports."""
    for path in sorted(package_dir.rglob("*.py")):
        relative = path.relative_to(package_dir)
        if path.name == f"{index_name}.py" or PACKAGE in relative.parts or relative.as_posix() in skip:
            continue
        source = path.read_text()
        if index_name in source:
            rewritten = imports_split(source, index_name, module_of)
            if rewritten != source:
                path.write_text(rewritten)


_INDEX_ENTRY = re.compile(r'^    "(?P<name>\w+)": "(?P<module>\w+)",$', re.MULTILINE)


def module_index(index: str) -> dict[str, str]:
    """Which module defines each name, read back from an index module written by :func:`split_models`."""
    return {match["name"]: match["module"] for match in _INDEX_ENTRY.finditer(index)}


def defined_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.ClassDef):
        return node.name
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    return None


def rebuilt(node: ast.stmt) -> str | None:
    """``X`` of a top-level ``X.something(...)`` call (datamodel-code-generator's ``X.model_rebuild()``)."""
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        func = node.value.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            return func.value.id
    return None


def segment(lines: list[str], node: ast.stmt) -> str:
    start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
    return "\n".join(lines[start - 1 : node.end_lineno])


# datamodel-code-generator's strings (docstrings, descriptions, examples) and the identifiers outside them. Its
# annotations are never quoted (the module has ``from __future__ import annotations``), so a name in a string is
# text, not a reference; reading names by pattern rather than by walking the AST takes GitHub's 5,000 classes
# from seconds to a fraction of one.
_STRING = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_IDENTIFIER = re.compile(r"\b[A-Za-z_]\w*\b")


@functools.lru_cache(maxsize=1 << 15)
def names_read(source: str) -> frozenset[str]:
    """Every identifier ``source`` mentions outside its strings (a superset of the names it reads). Cached: the
    composition of a large spec's chunks and the cut into modules read each of GitHub's 7,000 classes thrice."""
    return frozenset(_IDENTIFIER.findall(_STRING.sub("", source)))


_ALIAS = re.compile(r"^(\w+) = (\w+)$")


def _grouped(definitions: Mapping[str, _Definition]) -> dict[str, set[str]]:
    """The groups of ``definitions`` (see :func:`_groups`), with every plain alias (``Twin = Kept``, a merged
    twin) in the group of the class it names: GitHub's 4,300 aliases were as many one-line modules."""
    aliases = {
        name: match[2] for name, d in definitions.items() if (match := _ALIAS.match(d.source)) and match[2] != name
    }

    def aliased(name: str) -> str:
        seen = {name}
        while name in aliases and aliases[name] in definitions and aliases[name] not in seen:
            name = aliases[name]
            seen.add(name)
        return name

    kept = {name: aliased(name) for name in definitions}
    graph = {
        name: {kept[used] for used in d.uses & definitions.keys()} - {name}
        for name, d in definitions.items()
        if kept[name] == name
    }
    groups = _groups(graph)
    root_of = {member: root for root, members in groups.items() for member in members}
    for name, target in kept.items():
        if target != name:
            groups[root_of[target]].add(name)
    return groups


def renamed(source: str, renames: Mapping[str, str]) -> str:
    """``source`` with the identifiers of ``renames`` renamed outside its strings."""
    if not renames:
        return source
    pattern = re.compile(r"\b(" + "|".join(re.escape(name) for name in renames) + r")\b")
    parts, position = [], 0
    for string in _STRING.finditer(source):
        parts += [pattern.sub(lambda match: renames[match[1]], source[position : string.start()]), string[0]]
        position = string.end()
    return "".join([*parts, pattern.sub(lambda match: renames[match[1]], source[position:])])


def _groups(graph: Mapping[str, set[str]]) -> dict[str, set[str]]:
    """The strongly connected components of ``graph`` (name -> names it uses), each merged into the one
    component using it when only one does; keyed by the root component's first name in sorted order."""
    component_of = _components(graph)
    users: dict[str, set[str]] = {}
    for name, used in graph.items():
        for target in used:
            if component_of[target] != component_of[name]:
                users.setdefault(component_of[target], set()).add(component_of[name])
    parent = {c: next(iter(users[c])) if len(users.get(c, ())) == 1 else c for c in set(component_of.values())}

    def root(c: str) -> str:
        while parent[c] != c:
            c = parent[c]
        return c

    groups: dict[str, set[str]] = {}
    for name, component in component_of.items():
        groups.setdefault(root(component), set()).add(name)
    return dict(sorted(groups.items()))


def _components(graph: Mapping[str, set[str]]) -> dict[str, str]:
    """Tarjan's strongly connected components, iteratively (GitHub's reference chains outrun the recursion
    limit): name -> its component's first name in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    component_of: dict[str, str] = {}
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(graph[successor]))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    members = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == node:
                            break
                    for member in members:
                        component_of[member] = min(members)
    return component_of


def _module_names(groups: Iterable[str]) -> dict[str, str]:
    """A module name per group (its root's name in snake case), unique even where only case tells them apart."""
    taken: set[str] = set()
    names: dict[str, str] = {}
    for root in groups:
        base = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", root).lower().strip("_") or "model"
        if keyword.iskeyword(base) or base[0].isdigit():
            base += "_"
        name, n = base, 2
        while name in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name)
        names[root] = name
    return names


def _module(
    definitions: list[_Definition], imports: list[ast.stmt], module_of: Mapping[str, str], members: set[str]
) -> str:
    used = set().union(*(d.uses for d in definitions))
    header = [line for node in imports if (line := _import_used(node, used))]
    siblings: dict[str, list[str]] = {}
    for name in sorted((used - members) & module_of.keys()):  # not keys() - members: 7,000 names per module
        siblings.setdefault(module_of[name], []).append(name)
    header += [f"from .{module} import {', '.join(names)}" for module, names in sorted(siblings.items())]
    body = [d.source for d in definitions] + [line for d in definitions for line in d.trailer]
    return "\n".join(header) + "\n\n\n" + "\n\n\n".join(body) + "\n"


def _import_used(node: ast.stmt, used: set[str]) -> str:
    if isinstance(node, ast.ImportFrom) and node.module == "__future__":
        return ast.unparse(node)
    assert isinstance(node, ast.Import | ast.ImportFrom)
    kept = [a for a in node.names if (a.asname or a.name.split(".")[0]) in used]
    if not kept:
        return ""
    node = ast.ImportFrom(node.module, kept, node.level) if isinstance(node, ast.ImportFrom) else ast.Import(kept)
    return ast.unparse(node)


def _index(module_of: Mapping[str, str]) -> str:
    """The lazy index: every public name, imported from its module on first use (PEP 562); the
    ``TYPE_CHECKING`` imports let mypy and IDEs see them all."""
    names = sorted(name for name in module_of if not name.startswith("_"))
    lines = [
        '"""Every model of the client, loaded on first use from the module defining it (``_models``)."""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{PACKAGE}.{module_of[name]} import {name} as {name}" for name in names),
        "",
        "_MODULES: dict[str, str] = {",
        *(f'    "{name}": "{module_of[name]}",' for name in names),
        "}",
        "",
        "__all__ = [",
        *(f'    "{name}",' for name in names),
        "]",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        f'    value = getattr(importlib.import_module(f".{PACKAGE}.{{module}}", __package__), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(__all__)",
        "",
    ]
    return "\n".join(lines)
