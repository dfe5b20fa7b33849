"""Swagger UI for the mocked spec, with assets from the ``swagger_ui_bundle`` package (no CDN).

``swagger_ui_bundle`` ships Swagger UI 4.15, which renders OpenAPI 3.0 only, so the UI is fed a 3.0 view
of the spec (``openapi-ui.json``: nullable types, single examples, servers pointing at the mock). The
spec itself is served unchanged as ``openapi.yaml`` (source bytes) and ``openapi.json``.
"""

from __future__ import annotations

import functools
import html
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from ..spec.loading import Spec

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} (mock)</title>
  <link rel="stylesheet" href="{assets}/swagger-ui.css">
  <link rel="icon" type="image/png" href="{assets}/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="{assets}/swagger-ui-bundle.js"></script>
  <script src="{assets}/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({{
      url: {spec_url},
      dom_id: "#swagger-ui",
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
      layout: "StandaloneLayout",
      persistAuthorization: true
    }});
  </script>
</body>
</html>
"""


def swagger_ui_assets() -> Path:
    from swagger_ui_bundle import swagger_ui_path

    return Path(str(swagger_ui_path))


def docs_mount(spec: Spec, prefix: str, mock_base: str) -> Mount:
    """Swagger UI, its assets and the spec, under ``prefix`` (one route in front of the mock)."""
    assets = f"{prefix}/assets"
    page = _PAGE.format(title=html.escape(spec.title), assets=assets, spec_url=json.dumps(f"{prefix}/openapi-ui.json"))
    document = dict(spec.document)

    @functools.cache
    def ui_spec() -> dict[str, Any]:  # on first use: a second of start-up on GitHub's spec, seldom asked for
        return downgrade_for_swagger_ui(spec.document, mock_base)

    async def docs(_request: Request) -> Response:
        return HTMLResponse(page)

    async def yaml_spec(_request: Request) -> Response:
        return Response(spec.source, media_type="application/yaml")

    async def json_spec(_request: Request) -> Response:
        return JSONResponse(document)

    async def ui_json(_request: Request) -> Response:
        return JSONResponse(ui_spec())

    routes: list[BaseRoute] = [
        Route("/docs", docs, methods=["GET"]),
        Route("/openapi.yaml", yaml_spec, methods=["GET"]),
        Route("/openapi.json", json_spec, methods=["GET"]),
        Route("/openapi-ui.json", ui_json, methods=["GET"]),
        Mount("/assets", app=StaticFiles(directory=swagger_ui_assets()), name="swagger-ui-assets"),
    ]
    return Mount(prefix, routes=routes)


def aliases(prefix: str, spec_paths: set[str]) -> dict[str, str]:
    """Unprefixed ``/docs``, ``/openapi.yaml`` and ``/openapi.json`` -> their prefixed places, unless spec paths."""
    names = ("/docs", "/openapi.yaml", "/openapi.json")
    return {name: f"{prefix}{name}" for name in names if name not in spec_paths}


def downgrade_for_swagger_ui(document: Mapping[str, Any], mock_base: str) -> dict[str, Any]:
    """A best-effort OpenAPI 3.0.3 view of a 3.1 document, for display only."""
    view: dict[str, Any] = _to_30(dict(document))  # a new tree: every dict and list is rebuilt, no copy needed
    view["openapi"] = "3.0.3"
    view.pop("webhooks", None)
    view.pop("jsonSchemaDialect", None)
    (view.get("info") or {}).pop("summary", None)
    ((view.get("info") or {}).get("license") or {}).pop("identifier", None)
    view["servers"] = [{"url": mock_base or "/", "description": "this mock"}]
    return view


def _to_30(node: Any) -> Any:
    if isinstance(node, list):
        return [_to_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _to_30(value) for key, value in node.items()}
    kind = result.get("type")
    if isinstance(kind, list):
        concrete = [t for t in kind if t != "null"]
        if "null" in kind:
            result["nullable"] = True
        if len(concrete) == 1:
            result["type"] = concrete[0]
        else:
            result.pop("type")
            if concrete:
                result["anyOf"] = [{"type": t} for t in concrete]
    if isinstance(result.get("examples"), list):
        examples = result.pop("examples")
        if examples:
            result.setdefault("example", examples[0])
    if "const" in result:
        result["enum"] = [result.pop("const")]
    for bound, flag in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(result.get(bound), int | float) and not isinstance(result.get(bound), bool):
            result[flag] = result[bound]
            result[bound] = True
    for key in ("$schema", "$id", "contentEncoding", "contentMediaType", "prefixItems", "unevaluatedProperties"):
        result.pop(key, None)
    return result
