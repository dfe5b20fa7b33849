"""Distribution files of a generated client: pyproject.toml, README.md (from ``templates/package``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import snake_case

from .loading import Spec


def write_distribution_files(spec: Spec, project_dir: Path, templates_dir: Path) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir / "package"),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # renders TOML and Markdown, not HTML
    )
    context = distribution_context(spec)
    for name in ("pyproject.toml", "README.md"):
        (project_dir / name).write_text(env.get_template(f"{name}.jinja").render(context))


def distribution_context(spec: Spec) -> dict[str, Any]:
    info = spec.document.get("info") or {}
    servers = spec.document.get("servers") or [{}]
    operations = [
        {
            "module": snake_case(str((op.data.get("tags") or ["default"])[0])),
            "function": snake_case(op.operation_id or ""),
            "method": op.method.upper(),
            "path": op.path,
            "summary": " ".join(str(op.data.get("summary", "")).split()).replace("|", "\\|"),
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
        "first_operation": operations[0] if operations else None,
    }
