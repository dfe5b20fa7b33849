"""Files of a generated client that openapi-python-client cannot produce, rendered with our own Jinja step.

- ``templates/package/*.jinja`` -> the distribution's ``pyproject.toml`` and ``README.md``;
- ``templates/runtime/**.jinja`` -> runtime modules inside the package (auth, retries, errors, pagination),
  rendered with spec data that openapi-python-client's templates cannot see (security schemes, servers,
  ``x-pagination``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import snake_case

from .loading import Spec


def write_distribution_files(spec: Spec, project_dir: Path, templates_dir: Path) -> None:
    context = distribution_context(spec)
    _render_tree(templates_dir / "package", project_dir, context)
    _render_tree(templates_dir / "runtime", project_dir / spec.package_name, context)


def _render_tree(source: Path, target: Path, context: dict[str, Any]) -> None:
    """Render every ``*.jinja`` below ``source`` to the same relative path (minus ``.jinja``) below ``target``."""
    if not source.is_dir():
        return
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(source),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # renders Python, TOML and Markdown, not HTML
    )
    for template in sorted(source.rglob("*.jinja")):
        relative = template.relative_to(source)
        output = target / relative.with_suffix("")
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(env.get_template(relative.as_posix()).render(context))


def distribution_context(spec: Spec) -> dict[str, Any]:
    """Everything the package and runtime templates may use; plain data, sorted, so output is deterministic."""
    info = spec.document.get("info") or {}
    servers = spec.document.get("servers") or [{}]
    schemes = (spec.document.get("components") or {}).get("securitySchemes") or {}
    root_security = spec.document.get("security") or []
    operations = [
        {
            "operation_id": op.operation_id,
            "module": snake_case(str((op.data.get("tags") or ["default"])[0])),
            "function": snake_case(op.operation_id or ""),
            "method": op.method.upper(),
            "path": op.path,
            "summary": " ".join(str(op.data.get("summary", "")).split()).replace("|", "\\|"),
            "security": op.data.get("security", root_security),
            "pagination": op.data.get("x-pagination"),
        }
        for op in spec.operations(webhooks=False)
    ]
    return {
        "api": spec.name,
        "title": spec.title,
        "version": spec.version,
        "description": str(info.get("description", "")).strip(),
        "project_name": spec.project_name,
        "package_name": spec.package_name,
        "base_url": str(servers[0].get("url", "http://localhost")),
        "operations": operations,
        "paginated_operations": [op for op in operations if op["pagination"]],
        "security_schemes": {name: dict(spec.resolve(scheme)) for name, scheme in sorted(schemes.items())},
        "root_security": root_security,
        "env_prefix": spec.name.upper(),
        "first_operation": operations[0] if operations else None,
    }
