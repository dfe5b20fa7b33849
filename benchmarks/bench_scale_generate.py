"""Big specs through `apigen generate`, each beside `openapi-python-client generate` alone on the same spec, in the
same run (issue 25): GitHub's REST API (1,223 operations, 969 schemas) and Plaid's (2,275 schemas).

Per spec: validate; full generation (wall, peak RSS); a no-op regeneration; importing one operation module, the
package, and every model, each in a fresh interpreter; regeneration after changing one property of one schema and
after changing one operation's description, and whether that output is byte-identical to a full regeneration
of the changed spec. Goals (issue 25): generation no slower than openapi-python-client, peak memory <= 1.5x its;
one operation module <= 0.3 s, the package <= 1 s; one property <= 3 s, one description <= 2 s; byte-identical.

Every command runs as a subprocess; its peak resident memory is that of the largest process it ran
(``ru_maxrss`` of the children of a one-command wrapper). A spec absent from the shared corpus (``$APIGEN_CORPUS``
or ``../shared/corpus``) is skipped.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from _common import REPO, write

from generator.jobs.corpus import default_folder

CORPUS = default_folder(REPO)
SPECS = {"github": CORPUS / "large" / "github.json", "plaid": CORPUS / "flagship" / "plaid.yaml"}

# Runs one command and reports its wall time, the CPU time of every process it ran (user + sys: on a shared
# machine the wall time counts the other jobs too) and the peak RSS of the largest process it started. The
# wrapper is a child subreaper (Linux): a process the command leaves behind (a multiprocessing forkserver, say)
# is handed to it and reaped by it, so its CPU time counts too.
_WRAPPER = """
import ctypes, json, os, resource, subprocess, sys, time
PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
seconds = time.perf_counter() - started
while True:  # the orphans handed over: wait for every one, so that their usage is counted
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak, cpu = max(usage.ru_maxrss, 0) / 1024, usage.ru_utime + usage.ru_stime
figures = {"seconds": seconds, "cpu": cpu, "peak_mb": peak, "code": done.returncode, "err": done.stderr[-2000:]}
print(json.dumps(figures))
"""

# Imports one module in a fresh interpreter; prints the seconds the import took (start-up excluded).
_IMPORT = """
import importlib, sys, time
sys.path.insert(0, sys.argv[1])
started = time.perf_counter()
module = importlib.import_module(sys.argv[2])
for name in sys.argv[3:]:
    getattr(module, name)
print(time.perf_counter() - started)
"""
# An operation's model imports, one line or parenthesized (formatted): from the index or a split module.
_MODEL_IMPORT = re.compile(
    r"^from \.\.\.(?:pydantic_models|_models\.\w+) import \(?(?P<names>[\w,\s]+?)\)?$", re.MULTILINE
)
_INDEX_ENTRY = re.compile(r'^    "(\w+)": "\w+",$', re.MULTILINE)


def measure(command: list[str], cwd: Path) -> dict[str, Any]:
    result = subprocess.run([sys.executable, "-c", _WRAPPER, *command], cwd=cwd, capture_output=True, text=True)
    figures: dict[str, Any] = json.loads(result.stdout)
    if figures["code"] != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{figures['err']}")
    return figures


def import_seconds(path: Path, module: str, *names: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT, str(path), module, *names], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"import {module} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.strip())


def load(path: Path) -> dict[str, Any]:
    text = path.read_text()
    if path.suffix == ".json":
        data: dict[str, Any] = json.loads(text)
        return data
    loaded: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader)
    return loaded


def change_property(document: dict[str, Any]) -> str:
    """Make one string property of one component schema nullable (its model's field type changes)."""
    for name, schema in document["components"]["schemas"].items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and prop.get("type") == "string" and not prop.get("nullable"):
                prop["nullable"] = True
                return f"{name}.{prop_name}"
    raise SystemExit("no string property to change")


def change_description(document: dict[str, Any]) -> str:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                operation["description"] = (operation.get("description") or "") + " (changed)"
                return f"{method.upper()} {path}"
    raise SystemExit("no operation to change")


def project(root: Path, api: str, document: dict[str, Any]) -> Path:
    (root / "specs").mkdir(parents=True, exist_ok=True)
    (root / "specs" / f"{api}.json").write_text(json.dumps(document, indent=1))
    if not (root / "templates").exists():
        (root / "templates").symlink_to(REPO / "templates")
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def package_dir(client: Path) -> Path:
    return next(p for p in sorted(client.iterdir()) if (p / "__init__.py").is_file())


def import_figures(client: Path) -> dict[str, float]:
    """One operation module (the first, and the one importing the most models), the package, every model."""
    package = package_dir(client)
    modules = sorted(p for p in (package / "api").rglob("*.py") if p.name != "__init__.py")

    def dotted(path: Path) -> str:
        return ".".join(path.relative_to(client).with_suffix("").parts)

    def model_count(path: Path) -> int:
        return sum(len(m["names"].replace(",", " ").split()) for m in _MODEL_IMPORT.finditer(path.read_text()))

    heaviest = max(modules, key=model_count)
    models_module = f"{package.name}.pydantic_models"
    figures = {
        "first operation module": import_seconds(client, dotted(modules[0])),
        f"heaviest operation module ({model_count(heaviest)} models)": import_seconds(client, dotted(heaviest)),
        "package": import_seconds(client, package.name),
    }
    code = (package / "pydantic_models.py").read_text()
    names = re.findall(r"^class (\w+)", code, re.MULTILINE) or _INDEX_ENTRY.findall(code)  # one module, or split
    figures[f"every model, {len(names)} names (pydantic_models)"] = import_seconds(client, models_module, *names)
    return figures


def opc_import_figures(package: Path) -> dict[str, float]:
    """openapi-python-client's package (``--meta none`` writes it straight into the output folder)."""
    modules = sorted(p for p in (package / "api").rglob("*.py") if p.name != "__init__.py")
    first = ".".join(modules[0].relative_to(package.parent).with_suffix("").parts)
    return {
        "first operation module": import_seconds(package.parent, first),
        "package": import_seconds(package.parent, package.name),
    }


def bench(api: str, spec_path: Path) -> list[dict[str, Any]]:
    apigen = [sys.executable, "-m", "generator"]
    rows: list[dict[str, Any]] = []

    def row(metric: str, value: float, unit: str, goal: str = "") -> None:
        rows.append({"metric": f"{api}: {metric}", "value": value, "unit": unit, **({"goal": goal} if goal else {})})

    document = load(spec_path)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        root = project(base / "a", api, document)
        spec_file, opc_out = str(root / "specs" / f"{api}.json"), str(base / "opc_client")
        opc = measure(
            ["openapi-python-client", "generate", "--path", spec_file, "--output-path", opc_out, "--meta", "none"], base
        )
        validate = measure([*apigen, "validate", api], root)
        generate = measure([*apigen, "generate", api, "--force"], root)
        noop = measure([*apigen, "generate", api], root)
        client = root / "generated" / f"{api}-client"
        imports = import_figures(client)
        opc_imports = opc_import_figures(base / "opc_client")

        changed_property = change_property(document)
        project(root, api, document)
        by_property = measure([*apigen, "generate", api], root)
        after_property = tree(client)
        reference = project(base / "b", api, document)
        measure([*apigen, "generate", api, "--force"], reference)
        property_identical = after_property == tree(reference / "generated" / f"{api}-client")

        changed_operation = change_description(document)
        project(root, api, document)
        by_description = measure([*apigen, "generate", api], root)
        after_description = tree(client)
        shutil.rmtree(reference)
        reference = project(base / "b", api, document)
        measure([*apigen, "generate", api, "--force"], reference)
        description_identical = after_description == tree(reference / "generated" / f"{api}-client")

    row("apigen validate", validate["seconds"], "s", "<= 5")
    row("openapi-python-client generate alone", opc["seconds"], "s")
    row("openapi-python-client peak RSS", opc["peak_mb"], "MB")
    row("apigen generate --force (client, models, ruff, package)", generate["seconds"], "s")
    row("apigen generate / openapi-python-client", generate["seconds"] / opc["seconds"], "x", "<= 1.0")
    row("openapi-python-client generate alone, CPU (user+sys)", opc["cpu"], "s")
    row("apigen generate --force, CPU (user+sys, all processes)", generate["cpu"], "s")
    row("apigen generate peak RSS (largest process)", generate["peak_mb"], "MB")
    row("apigen generate peak RSS / opc", generate["peak_mb"] / opc["peak_mb"], "x", "<= 1.5")
    row("no-op regeneration", noop["seconds"], "s", "<= 0.3")
    for what, seconds in imports.items():
        goal = "<= 1" if what == "package" else "<= 0.3" if "operation" in what else ""
        row(f"import {what} (fresh interpreter)", seconds, "s", goal)
    for what, seconds in opc_imports.items():
        row(f"openapi-python-client: import {what}", seconds, "s")
    row(f"regenerate after one property changed ({changed_property})", by_property["seconds"], "s", "<= 3")
    row("  ... CPU (user+sys, all processes)", by_property["cpu"], "s")
    row("  ... output identical to a full regeneration", float(property_identical), "bool", ">= 1")
    row(f"regenerate after one description changed ({changed_operation})", by_description["seconds"], "s", "<= 2")
    row("  ... CPU (user+sys, all processes)", by_description["cpu"], "s")
    row("  ... output identical to a full regeneration", float(description_identical), "bool", ">= 1")
    return rows


def main() -> None:
    apis = sys.argv[1:] or list(SPECS)
    rows: list[dict[str, Any]] = []
    for api in apis:
        if not SPECS[api].is_file():
            print(f"scale_generate: {api} skipped, no {SPECS[api]} (set APIGEN_CORPUS)")
            continue
        rows += bench(api, SPECS[api])
    if rows:
        write("scale_generate", rows)


if __name__ == "__main__":
    main()
