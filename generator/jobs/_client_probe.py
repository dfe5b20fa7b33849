"""Does a generated client work where a user puts it? Install it into a folder, import every module of it
(pydantic models included) and make one call, in a fresh interpreter that sees only that folder and this
environment's libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..spec.loading import Spec

_TIMEOUT = 300

# Runs in the child. The call goes to the first operation (GETs first) that needs no body: required parameters
# get a plain value of their (simple) type, which the mock may well answer with a 404 or 422.
_PROBE = """
import importlib, inspect, json, pkgutil, sys
package_name, call = sys.argv[1], sys.argv[2] == "call"
package = importlib.import_module(package_name)
modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(package.__path__, package_name + ".")]
print("imported", len(modules), file=sys.stderr)
SIMPLE = {str: "1", int: 1, float: 1.0, bool: True}
def plain(parameter):
    return SIMPLE.get(parameter.annotation, "1")
def simple(parameter):
    return parameter.annotation in SIMPLE
def candidate(module):
    sync = getattr(module, "sync_detailed", None)
    if sync is None:
        return None
    params = inspect.signature(sync).parameters.values()
    required = [p for p in params if p.kind is p.KEYWORD_ONLY and p.name != "client" and p.default is p.empty]
    if not all(simple(p) for p in required):
        return None
    args = [plain(p) for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    kwargs = {p.name: plain(p) for p in required}
    method = str(module._get_kwargs(*args, **kwargs)["method"]).lower()
    return (method != "get", module.__name__, sync, args, kwargs)
if call:
    found = sorted(filter(None, map(candidate, modules)), key=lambda c: c[:2])
    if not found:
        print(json.dumps({"status": None}))
        sys.exit(0)
    _, name, sync, args, kwargs = found[0]
    with package.Client() as client:
        response = sync(*args, client=client, **kwargs)
    print(json.dumps({"status": int(response.status_code), "operation": name}))
"""


@dataclass(frozen=True)
class ProbeResult:
    stage: str  # the last stage that passed: "install" | "import" | "call"
    error: str | None = None  # one line, when the next stage failed
    status: int | None = None  # the HTTP status of the call; None when no operation could be called blind
    operation: str | None = None  # the module it called


def install(project_dir: Path, target: Path) -> str | None:
    """pip-install the client (no dependencies: they are this environment's) into ``target``; the error or None."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index"]
    command += ["--disable-pip-version-check", "--target", str(target), str(project_dir)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    return None if result.returncode == 0 else _last_line(result.stderr or result.stdout)


def probe(spec: Spec, site: Path, base_url: str | None, environment: Mapping[str, str]) -> ProbeResult:
    """Import the client installed in ``site`` and, given a ``base_url``, call one operation through it."""
    env = {**os.environ, **environment, "PYTHONPATH": str(site)}
    if base_url:
        env[f"{spec.env_prefix}_BASE_URL"] = base_url
    command = [sys.executable, "-c", _PROBE, spec.package_name, "call" if base_url else "import"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=_TIMEOUT, check=False)
    imported = "imported " in result.stderr
    if result.returncode != 0:
        return ProbeResult("import" if imported else "install", _last_line(result.stderr))
    if not base_url:
        return ProbeResult("import")
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    # status None: every operation needs a body or an argument of a non-simple type; nothing to call, no failure
    return ProbeResult("call", status=outcome["status"], operation=outcome.get("operation"))


def credential_environment(spec: Spec, values: Mapping[str, str], origin: str) -> dict[str, str]:
    """The generated client's credential variables (``<API>_API_KEY`` ...) set to ``values`` by argument name,
    and its token URL pointed at the mock (at ``origin``) when the spec's is on another host."""
    environment = {f"{spec.env_prefix}_{name.upper()}": value for name, value in values.items()}
    for scheme in ((spec.document.get("components") or {}).get("securitySchemes") or {}).values():
        flow = (spec.resolve(scheme).get("flows") or {}).get("clientCredentials") or {}
        token_url = urlsplit(str(flow.get("tokenUrl", "")))
        if token_url.netloc:  # the mock serves an absolute token URL's path on its own origin
            environment[f"{spec.env_prefix}_TOKEN_URL"] = origin + token_url.path
    return environment


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "failed without a message"
