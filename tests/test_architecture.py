"""The layout matches ARCHITECTURE.md: every stage subpackage is named there, and no module reaches into a
private module of another subpackage or into a stage to its right."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "generator"
# A stage may import from the stages listed for it (and from generator.errors), never the other way round.
ALLOWED = {
    "spec": set(),
    "validation": {"spec"},
    "codegen": {"spec", "validation"},
    "mocking": {"spec"},
    "fuzzing": {"spec", "mocking"},
    "diffing": {"spec"},
    "release": {"spec", "diffing"},
    "jobs": {"spec", "validation", "codegen", "mocking", "fuzzing", "diffing", "release"},
}


def _subpackages() -> set[str]:
    return {p.parent.name for p in PACKAGE.glob("*/__init__.py")}


def _imports(path: Path) -> list[tuple[int, str]]:
    """Absolute dotted names of every ``generator`` module or name imported by ``path``."""
    module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module.removesuffix(".__init__")
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if name.startswith("generator.")]


def test_architecture_names_every_stage_and_only_real_ones() -> None:
    named = set(re.findall(r"`generator/(\w+)`", (ROOT / "ARCHITECTURE.md").read_text()))
    assert named == _subpackages()
    assert set(ALLOWED) == _subpackages()


def test_no_module_imports_a_private_module_of_another_subpackage() -> None:
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).parts[0] if len(path.relative_to(PACKAGE).parts) > 1 else ""
        for line, name in _imports(path):
            parts = name.split(".")[1:]
            target = parts[0] if len(parts) > 1 and parts[0] in ALLOWED else ""
            private = any(part.startswith("_") and not part.startswith("__") for part in parts[:-1])
            private_name = parts[-1].startswith("_") and not parts[-1].startswith("__")
            if target != own and (private or (private_name and target)):
                offences.append(f"{path.relative_to(ROOT)}:{line}: {name}")
    assert offences == []


def test_stages_import_only_to_their_left() -> None:
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2:
            continue
        own = parts[0]
        for line, name in _imports(path):
            target = name.split(".")[1]
            if target in ALLOWED and target != own and target not in ALLOWED[own]:
                offences.append(f"{path.relative_to(ROOT)}:{line}: {own} imports {name}")
    assert offences == []


def test_no_module_imports_a_private_module_of_a_library() -> None:
    """Not even the standard library's (``re._parser``): a private module may change in any release."""
    offences = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" and node.args:
                names = [str(getattr(node.args[0], "value", ""))]
            else:
                continue
            private = [name for name in names if not name.startswith("generator") and _has_private_part(name)]
            offences += [f"{path.relative_to(ROOT)}:{node.lineno}: {name}" for name in private]
    assert offences == []


def _has_private_part(dotted: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in dotted.split("."))
