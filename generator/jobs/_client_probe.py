"""Does a generated client work where a user puts it? Install it into a folder, import every module of it
(pydantic models included) and make one call, in a fresh interpreter that sees only that folder and this
environment's libraries."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..spec.loading import PATH_PARAMETER, Spec, request_path

_TIMEOUT = 300
ATTEMPTS = 5  # operations tried, in order, until one answers 2xx

# Runs in the child. The calls go to the operations, GETs first, those with the fewest arguments first (a made-up
# value fits a path parameter's pattern less often than none at all): required parameters get the value the parent
# found for the operation where it has one of their type (on stdin: "parameters", [method, URL regex, {name: value}]
# triples, names compared without case or punctuation), else a plain value of their (simple) type or their first
# choice (an enum, a Literal), which the mock may well answer with a 404 or 422, so the next one is tried; a
# structured parameter (a model) is validated from the parent's value, or the operation is not tried. A body gets
# the value the parent found for the operation (on stdin: "bodies", [method, URL regex, value, bytes?] with bytes
# in base64): validated into the body's model, wrapped in the client's File for a binary body, as is for text.
# One JSON line per attempt on stdout: the operation, method, URL and status (or the exception it raised).
_PROBE = """
import importlib, inspect, json, pkgutil, re, sys
package_name, call, attempts = sys.argv[1], sys.argv[2] == "call", int(sys.argv[3])
given = json.loads(sys.stdin.read() or "{}") if call else {}
import base64
bodies = [(m, pattern, base64.b64decode(v) if raw else v) for m, pattern, v, raw in given.get("bodies", [])]
known = given.get("parameters", [])
package = importlib.import_module(package_name)
modules = [importlib.import_module(m.name) for m in pkgutil.walk_packages(package.__path__, package_name + ".")]
print("imported", len(modules), file=sys.stderr)
import enum, typing
SIMPLE = {str: "1", int: 1, float: 1.0, bool: True}
def choices(annotation):
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)
    return list(typing.get_args(annotation)) if typing.get_origin(annotation) is typing.Literal else []
def plain(parameter):
    found, item = choices(parameter.annotation), listed(parameter.annotation)
    return found[0] if found else [SIMPLE[item]] if item else SIMPLE.get(parameter.annotation, "1")
def listed(annotation):  # list[str] and the like: the item type, else None
    found = typing.get_args(annotation) if typing.get_origin(annotation) is list else ()
    return found[0] if len(found) == 1 and found[0] in SIMPLE else None
def simple(parameter):
    return parameter.annotation in SIMPLE or bool(choices(parameter.annotation)) or listed(parameter.annotation)
def for_operation(triples, method, url):
    path = re.split("[#?]", url, maxsplit=1)[0]
    return next((value for m, pattern, value in triples if m == method and re.fullmatch(pattern, path)), None)
def body_of(method, url):
    return for_operation(bodies, method, url)
def key(name):
    return re.sub("[^a-z0-9]", "", name.lower())
def of_type(annotation, value):
    if listed(annotation):
        return isinstance(value, list) and bool(value) and all(of_type(listed(annotation), v) for v in value)
    if annotation is bool or isinstance(value, bool):
        return annotation is bool and isinstance(value, bool)
    return isinstance(value, {str: str, int: int, float: (int, float)}.get(annotation, ()))
import datetime, uuid
PARSED = {uuid.UUID: uuid.UUID, datetime.date: datetime.date.fromisoformat}
PARSED[datetime.datetime] = datetime.datetime.fromisoformat
def valued(parameter, values):
    value = values.get(key(parameter.name), plain)
    if value is plain or choices(parameter.annotation):
        return plain(parameter)
    if of_type(parameter.annotation, value):
        return value
    try:  # a typed path parameter (format: uuid, date-time): its value as the client takes it
        return PARSED[parameter.annotation](value.replace("Z", "+00:00"))
    except Exception:
        return plain(parameter)
def built(annotation, value):
    if typing.get_origin(annotation) is list and isinstance(value, list):  # a JSON array of models
        validate = getattr((typing.get_args(annotation) or (None,))[0], "model_validate", None)
        return [validate(item) for item in value] if validate is not None else value
    for kind in getattr(annotation, "__args__", None) or (annotation,):
        validate = getattr(kind, "model_validate", None)
        if validate is not None:
            return validate(value)
    if annotation in (dict, list) or getattr(annotation, "__origin__", None) in (dict, list):
        return value
    raise TypeError(f"no way to build a {annotation} argument")
import io, types
FILE = getattr(sys.modules.get(package_name + ".types"), "File", None)  # the client's wrapper of a binary body
def members(annotation):  # File | Unset -> (File, Unset); anything else -> (annotation,)
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    return typing.get_args(annotation) if union else (annotation,)
def is_file(kind):
    return FILE is not None and kind is FILE
def body_built(annotation, value):
    kinds = members(annotation)
    if isinstance(value, bytes | str) and any(map(is_file, kinds)):
        payload = io.BytesIO(value if isinstance(value, bytes) else value.encode())
        return next(filter(is_file, kinds))(payload=payload)
    if isinstance(value, str) and str in kinds or isinstance(value, bytes) and bytes in kinds:
        return value
    return built(annotation, value)
def placeholder(annotation):
    for kind in members(annotation):
        if hasattr(kind, "model_construct"):
            return kind.model_construct()
        if is_file(kind):
            return kind(payload=io.BytesIO(b""))
        if typing.get_origin(kind) is list:
            return []
    return {}
def stand_in(parameter):  # a value of the argument's type, for the method and URL only
    return plain(parameter) if simple(parameter) else placeholder(parameter.annotation)
def argument(parameter, values):
    if simple(parameter) or parameter.kind is parameter.POSITIONAL_OR_KEYWORD or parameter.annotation in PARSED:
        return valued(parameter, values)
    return built(parameter.annotation, values[key(parameter.name)])  # a structured argument: its schema's value
def candidate(module):
    sync = getattr(module, "sync_detailed", None)
    if sync is None:
        return None
    params = inspect.signature(sync).parameters.values()
    positional = [p for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    required = [p for p in params if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    required = [p for p in required if p.name not in ("client", "body")]
    body = next((p for p in params if p.kind is p.KEYWORD_ONLY and p.name == "body"), None)
    body_needed = body is not None and body.default is body.empty
    try:  # method and URL first (they say which values fit): the arguments are stood in for, unvalidated
        stood = {"body": stand_in(body)} if body_needed else {}
        request = module._get_kwargs(*map(stand_in, positional), **{p.name: stand_in(p) for p in required}, **stood)
        found = for_operation(known, str(request["method"]).lower(), str(request["url"])) or {}
        values = {key(name): value for name, value in found.items()}
        args = [argument(p, values) for p in positional]
        kwargs = {p.name: argument(p, values) for p in required}
        request = module._get_kwargs(*args, **kwargs, **stood)
    except Exception:  # a structured argument the parent has no value for, or one the client refused
        return None
    method, url = str(request["method"]).lower(), str(request["url"])
    value = body_of(method, url) if body is not None else None
    if value is not None:  # an optional body is sent too: the operation may need it all the same
        try:
            kwargs["body"] = body_built(body.annotation, value)
        except Exception:
            value = None
    if value is None and body_needed:
        if not simple(body):
            return None
        kwargs["body"] = plain(body)
    return (method != "get", len(args) + len(kwargs), module.__name__, sync, args, kwargs, method, url)
if call:
    found = sorted(filter(None, map(candidate, modules)), key=lambda c: c[:3])
    for _, _, name, sync, args, kwargs, method, url in found[:attempts]:
        tried = {"operation": name, "method": method, "url": url}
        try:
            with package.Client() as client:
                response = sync(*args, client=client, **kwargs)
        except Exception as exc:
            print(json.dumps({**tried, "error": f"{type(exc).__name__}: {exc}"[:300]}), flush=True)
            continue
        parsed = type(response.parsed).__name__ if response.parsed is not None else None
        print(json.dumps({**tried, "status": int(response.status_code), "parsed": parsed}), flush=True)
        if 200 <= response.status_code < 300:
            break
"""
NOTHING_CALLABLE = (
    "nothing callable: every operation needs a body or a structured argument that no value of its schema builds"
)
NO_PATH_OPERATION = "nothing to call: the spec has no path operation"


@dataclass(frozen=True)
class Attempt:
    """One call through the client: which operation, and the status it got or the exception it raised."""

    operation: str
    method: str
    url: str
    status: int | None = None
    error: str | None = None
    parsed: str | None = None  # the type of the body the client returned (None: no body)

    def said(self) -> str:
        return f"{self.method.upper()} {self.url} " + (f"answered {self.status}" if self.error is None else "raised")


@dataclass(frozen=True)
class ProbeResult:
    stage: str  # the last stage that passed: "install" | "import" | "call" (a documented 2xx through the client)
    error: str | None = None  # one line, when the next stage failed
    attempts: tuple[Attempt, ...] = ()
    callable: bool = True  # False: no operation could be called without a body or a structured argument

    @property
    def status(self) -> int | None:
        """The status of the last call that got an answer."""
        return next((a.status for a in reversed(self.attempts) if a.status is not None), None)

    @property
    def operation(self) -> str | None:
        return self.attempts[-1].operation if self.attempts else None


def install(project_dir: Path, target: Path) -> str | None:
    """pip-install the client (no dependencies: they are this environment's) into ``target``; the error or None."""
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index"]
    command += ["--disable-pip-version-check", "--target", str(target), str(project_dir)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    return None if result.returncode == 0 else _last_line(result.stderr or result.stdout)


def probe(
    spec: Spec,
    site: Path,
    base_url: str | None,
    environment: Mapping[str, str],
    *,
    reached: Callable[[], int] | None = None,
) -> ProbeResult:
    """Import the client installed in ``site`` and, given a ``base_url``, call operations through it until one
    answers a 2xx its operation documents. ``reached`` counts the requests the server got: a status no request
    to it explains (a proxy, another server on the port) is no call that reached it."""
    env = {**os.environ, **environment, "PYTHONPATH": str(site)}
    if base_url:
        env[f"{spec.env_prefix}_BASE_URL"] = base_url
    command = [sys.executable, "-c", _PROBE, spec.package_name, "call" if base_url else "import", str(ATTEMPTS)]
    bodies = _bodies(spec) if base_url else []
    given = json.dumps({"bodies": bodies, "parameters": _parameters(spec)}) if base_url else ""
    before = reached() if reached else 0
    result = subprocess.run(
        command, input=given, capture_output=True, text=True, env=env, timeout=_TIMEOUT, check=False
    )
    imported = "imported " in result.stderr
    if result.returncode != 0:
        return ProbeResult("import" if imported else "install", _last_line(result.stderr))
    if not base_url:
        return ProbeResult("import")
    attempts = tuple(Attempt(**json.loads(line)) for line in result.stdout.splitlines() if line.startswith("{"))
    if not attempts:
        return ProbeResult("import", _nothing_callable(spec, bodies), callable=False)
    answered = [a for a in attempts if a.status is not None]
    if answered and reached is not None and reached() == before:
        return ProbeResult("import", f"{answered[-1].said()}, but no request reached the server", attempts)
    success = next((a for a in answered if 200 <= (a.status or 0) < 300), None)
    if success is None:
        last = attempts[-1]
        detail = f": {last.error}" if last.error else ""
        failed = f"no documented 2xx in {len(attempts)} call(s); last: {last.said()}{detail}"
        return ProbeResult("import", failed, attempts)
    documented = _documented_response(spec, success)
    if documented is None:
        return ProbeResult("import", f"{success.said()}, a status its operation does not document", attempts)
    if success.parsed is None and _has_json_body(spec, documented):
        untyped = f"{success.said()}, but the client returned no typed body for its documented JSON"
        return ProbeResult("import", untyped, attempts)
    return ProbeResult("call", None, attempts)


def _nothing_callable(spec: Spec, bodies: list[tuple[str, str, Any, bool]]) -> str:
    """Why no call was made: no operation's arguments could be built (the first operation whose required body no
    value of its schema fits is named), or there is no operation to call (a spec of webhooks only, such as Adyen's
    notification specs: the API calls those, the client does not)."""
    if any(spec.operations(webhooks=False)):
        built = {(method, pattern) for method, pattern, _, _ in bodies}
        for op in spec.operations(webhooks=False):
            body = spec.resolve(op.data.get("requestBody"))
            needed = isinstance(body, Mapping) and body.get("required") is True
            if needed and (op.method, _path_pattern(op.path)) not in built:
                first = f"{op.method.upper()} {op.path}"
                return f"{NOTHING_CALLABLE} (first: {first}, whose body no value of its schema builds)"
        return NOTHING_CALLABLE
    webhooks = sum(1 for _ in spec.operations())
    return f"{NO_PATH_OPERATION} (webhooks only: {webhooks})" if webhooks else NO_PATH_OPERATION


def _bodies(spec: Spec) -> list[tuple[str, str, Any, bool]]:
    """[method, path regex, body, whether it is bytes (in base64)] for every operation with a body the mock
    accepts: JSON-like values, text, and bytes for a binary body."""
    from ..mocking import request_body_examples

    found = []
    for (method, path), (_, value) in request_body_examples(spec).items():
        raw = isinstance(value, bytes)
        if raw or _json_like(value):  # not bytes of a file part: the client builds those from other types
            found.append((method, _path_pattern(path), base64.b64encode(value).decode() if raw else value, raw))
    return found


def _parameters(spec: Spec) -> list[tuple[str, str, dict[str, Any]]]:
    """[method, path regex, {parameter name: value}] for every operation with required parameters the mock has
    values for: scalars, lists, and objects that a structured argument (a model) is built from."""
    from ..mocking import parameter_examples

    found = []
    for (method, path), values in parameter_examples(spec).items():
        sendable = {name: value for name, value in values.items() if _json_like(value)}
        if sendable:
            found.append((method, _path_pattern(path), sendable))
    return found


def _json_like(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _path_pattern(template: str) -> str:
    """A regex of the request paths ``template`` matches (a ``#fragment`` or ``?query`` in a key is no path)."""
    path = request_path(template)
    return PATH_PARAMETER.sub("[^/]+", re.escape(path).replace("\\{", "{").replace("\\}", "}"))


def _documented_response(spec: Spec, attempt: Attempt) -> Mapping[str, Any] | None:
    """The response the operation ``attempt`` called (matched by method and URL) documents for its status."""
    path = urlsplit(attempt.url).path
    operations = sorted(spec.operations(webhooks=False), key=lambda op: op.path.count("{"))  # literal first
    for op in operations:
        if op.method == attempt.method and re.fullmatch(_path_pattern(op.path), path):
            responses = {str(code).upper(): value for code, value in (op.data.get("responses") or {}).items()}
            for code in (str(attempt.status), f"{str(attempt.status)[0]}XX", "DEFAULT"):
                if code in responses:
                    found = spec.resolve(responses[code])
                    return found if isinstance(found, Mapping) else {}
            return None
    return None


def _has_json_body(spec: Spec, response: Mapping[str, Any]) -> bool:
    """Whether ``response`` documents a JSON body with a schema (what a generated client types)."""
    content = response.get("content")
    for media_type, entry in content.items() if isinstance(content, Mapping) else ():
        essence = str(media_type).split(";", 1)[0].strip().lower()
        json_like = essence == "application/json" or essence.endswith("+json")
        if json_like and isinstance(entry, Mapping) and entry.get("schema") is not None:
            return True
    return False


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
