"""The generation pipeline: validated specs -> ``generated/<api>-client/``, atomically, in parallel, cached.

Every API is rendered into a scratch folder (see ``_placing``); only when all of them succeeded are the
renderings put in place of ``generated/``'s. A stamp file records a fingerprint of the inputs (spec, templates,
generator code, tool versions) and of the output tree, so an unchanged API is skipped without rendering it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import GenerationError, Problem, UsageError
from ..forking import forked
from ..spec.loading import Spec
from ..spec.project import Project
from ._placing import place, scratch_folder
from ._trees import file_count as count_files
from ._trees import holds, remember, tree_digest, tree_files

if TYPE_CHECKING:
    import jinja2

    from ._model_chunks import ChunkCache
    from ._model_modules import ModelModules
    from ._reuse import Reuse
    from .model_generation import ModelsInput

STAMP = ".apigen.json"
_TOOLS = ("datamodel-code-generator", "ruff", "jinja2")
# The modules whose code shapes the output; editing any of them invalidates every cached client.
# Every module of these stages shapes a client (a cached client was validated by these rules and loaded by this
# code; new rules must look again), so the cache key covers all of them, not a hand-kept list.
_RENDERING_PACKAGES = ("spec", "validation", "codegen")


@dataclass(frozen=True)
class Coverage:
    """How much of the spec the client covers: operations generated / in the spec, success bodies typed (as
    exactly as their schema says) / documented."""

    operations: int
    operations_in_spec: int
    typed: int
    documented: int

    def __str__(self) -> str:
        return (
            f"{self.operations}/{self.operations_in_spec} operations generated, "
            f"{self.typed}/{self.documented} success bodies typed"
        )


@dataclass(frozen=True)
class Outcome:
    api: str
    status: str  # "generated" | "unchanged"
    files: int
    seconds: float
    skipped: tuple[Problem, ...] = ()  # what was typed loosely in a non-strict spec, located in it
    coverage: Coverage | None = None  # for a generated client


@dataclass(frozen=True)
class Rendering:
    api: str
    seconds: float
    skipped: tuple[Problem, ...]
    coverage: Coverage | None = None
    models_key: str = ""  # what the models were rendered from (see models_key), recorded in the stamp
    reused: tuple[str, ...] = ()  # files copied formatted from the earlier client (the models, when their key held)
    sources: Mapping[str, Any] = field(default_factory=dict)  # of the operation and resource modules (_reuse)
    files: int = 0  # in the client, once stamped
    outputs: str = ""  # the digest of its files, once stamped


@dataclass(frozen=True)
class Drift:
    api: str
    file: str
    change: str  # "changed" | "missing" | "unexpected"

    def __str__(self) -> str:
        return f"{self.api}: {self.change}: {self.file}"


Progress = Callable[[Outcome], None]
Rendered = Callable[[str, float], None]  # (api, seconds) as each API's rendering finishes


def render(spec: Spec, project_dir: Path, templates_dir: Path, *, formatted: bool = True) -> list[Problem]:
    """Render the whole client distribution of ``spec`` into the empty-or-missing ``project_dir``.

    ``formatted=False`` leaves the ruff pass to the caller, which can then format many clients in one run.
    Returns what had to be typed loosely (warnings; a strict spec raises :class:`GenerationError` instead).
    """
    return render_covered(spec, project_dir, templates_dir, formatted=formatted)[0]


def render_covered(
    spec: Spec,
    project_dir: Path,
    templates_dir: Path,
    *,
    formatted: bool = True,
    previous: Path | None = None,
    cache: Cache | None = None,
) -> tuple[list[Problem], Coverage]:
    """:func:`render`, and the client's :class:`Coverage` of the spec.

    ``previous``: an intact earlier rendering of this client; its models are reused when their key is unchanged.
    ``cache``: where a large spec's model chunks are kept between runs (see ``_model_chunks``).
    """
    skipped, coverage, *_ = _render_keyed(
        spec, project_dir, templates_dir, formatted=formatted, previous=previous, cache=cache
    )
    return skipped, coverage


@dataclass(frozen=True)
class Cache:
    """Where the model chunks of each API are kept between runs; ``read=False`` renders them all again (and
    still keeps them)."""

    folder: Path
    read: bool = True

    def models(self, api: str) -> ChunkCache:
        from ._model_chunks import ChunkCache

        return ChunkCache(self.folder / api / "models", read=self.read, version=_code_digest())

    def templates(self) -> jinja2.BytecodeCache:
        """Where the client templates are kept compiled (0.2 s to compile each run otherwise). jinja2 keys them
        by file and source alone, so our code's digest names them: options the environment is built with change
        the compiled code. Those of an earlier digest are dropped."""
        import jinja2

        folder = self.folder / "templates"
        prefix = _code_digest()[:16]
        for stale in folder.glob("*.cache") if folder.is_dir() else []:
            if not stale.name.startswith(prefix):
                stale.unlink(missing_ok=True)
        folder.mkdir(parents=True, exist_ok=True)
        return jinja2.FileSystemBytecodeCache(str(folder), pattern=f"{prefix}-%s.cache")


def _render_keyed(
    spec: Spec,
    project_dir: Path,
    templates_dir: Path,
    *,
    formatted: bool,
    previous: Path | None,
    cache: Cache | None = None,
) -> tuple[list[Problem], Coverage, str, tuple[str, ...], dict[str, Any]]:
    """:func:`render_covered`, the models key, the files (relative to ``project_dir``) copied formatted from
    ``previous``, and the sources of the operation and resource modules (see ``_reuse``)."""
    # Imported here: the generators are slow to import, and a no-op `apigen generate` never needs them.
    from .client_generation import expected_classes, generate_client, parse_client
    from .distribution import distribution_context, write_distribution_files

    package_dir = project_dir / spec.package_name
    project_dir.mkdir(parents=True, exist_ok=True)
    parsed = parse_client(spec)
    context = distribution_context(spec, parsed.operations)
    # The operations are rendered against the classes the models module will define, while a large spec's
    # models render in a second process: the classes expected, or, when some of those are missing, the ones it
    # defines. Those are guessed from the earlier client's models (reused or rendered again, a change rarely adds
    # or drops a class); should the guess be wrong, the operations are rendered again against the right set.
    key = models_key(spec, parsed.models)
    reusable = _reusable(previous, spec.package_name, key)
    expected = expected_classes(parsed)
    guess = reusable[3] if reusable is not None else _earlier_classes(previous, spec.package_name)
    typed_against = expected if guess is None or expected <= guess else guess
    chunks = cache.models(spec.name) if cache is not None else None
    reuse = _earlier_modules(previous, spec.package_name, templates_dir)

    compiled = cache.templates() if cache is not None else None

    def operations(typed_against: set[str], reuse: Reuse) -> tuple[list[Problem], tuple[int, ...], dict[str, str]]:
        return generate_client(parsed, package_dir, templates_dir / "client", typed_against, context, reuse, compiled)

    with _models_beside(spec, parsed.models, reusable, chunks) as models:
        skipped, covered, module_keys = operations(typed_against, reuse)
        code, model_problems, split, defined = models()
    module_of = split.module_of if split is not None else {}
    if _typed_amiss(typed_against, expected, defined, package_dir) or not reuse.still_placed(module_of):
        shutil.rmtree(package_dir)
        typed_against = _to_type_against(expected, defined)
        reuse = reuse.nothing()  # a module taken may import a class from where it no longer is: render them all
        skipped, covered, module_keys = operations(typed_against, reuse)
    _check_no_model_lost(spec, defined, package_dir, reuse)
    _write_models(package_dir, code, split, reuse.taken)
    skipped += model_problems
    write_distribution_files(spec, project_dir, templates_dir, context)
    if formatted:
        format_tree(project_dir.parent, [project_dir])
    reused = [f"{spec.package_name}/{name}" for name in _model_files(code, split)] if reusable else []
    reused += [f"{spec.package_name}/{name}" for name in reuse.taken]
    sources = _sources(package_dir, module_keys, reuse)
    return skipped, Coverage(*covered), key, tuple(sorted(reused)), sources


def _typed_amiss(typed_against: set[str], expected: set[str], defined: set[str], package_dir: Path) -> bool:
    """Whether the operations rendered into ``package_dir`` against ``typed_against`` differ from a rendering
    against the classes the models module ``defined``: an operation imports a class it does not define, or one
    it defines (of those the operations may name, the ``expected``) was not typed against. A class expected but
    not written that no operation imports changes nothing (Plaid's ``Warning_``, written ``Warning``): the
    operations are not rendered again for it."""
    from .model_generation import missing_names

    if typed_against == _to_type_against(expected, defined):
        return False
    return bool((defined & expected) - typed_against) or bool(missing_names(defined, package_dir))


def _to_type_against(expected: set[str], defined: set[str]) -> set[str]:
    """The classes the operations are typed against once the models module ``defined`` its classes: the
    ``expected`` ones when it wrote them all."""
    return expected if expected <= defined else defined


def _earlier_modules(previous: Path | None, package_name: str, templates_dir: Path) -> Reuse:
    """The operation and resource modules of the intact earlier client ``previous``, by their sources."""
    from ._reuse import Reuse, Source

    recorded = _read_stamp(previous).get(_SOURCES) if previous is not None else None
    found = {name: Source.from_json(data) for name, data in (recorded if isinstance(recorded, dict) else {}).items()}
    earlier = {name: source for name, source in found.items() if source is not None}
    package = previous / package_name if previous is not None and earlier else None
    return Reuse(package, earlier, _code_digest() + _folder_digest(templates_dir / "client"))


def _sources(package_dir: Path, keys: Mapping[str, str], reuse: Reuse) -> dict[str, Any]:
    """The source of each operation and resource module (``keys`` by path in the package), as the stamp keeps
    it: a taken module's is its earlier one; a rendered one's imports are read from it (pointed at the modules
    defining them, not yet formatted)."""
    from ._model_modules import split_imports
    from ._reuse import Source
    from .model_generation import MODULE_NAME

    def source(name: str, key: str) -> Source:
        if name in reuse.taken:
            return reuse.earlier[name]
        return Source(key, split_imports((package_dir / name).read_text(), MODULE_NAME))

    return {name: source(name, key).as_json() for name, key in sorted(keys.items())}


def _model_files(code: str, split: ModelModules | None) -> list[str]:
    """The models' files, relative to the package."""
    from .model_generation import MODULE_NAME

    return list(split.files) if split is not None else [f"{MODULE_NAME}.py"]


# Above this many schemas the models render in a forked process (GitHub's 969 schemas take
# datamodel-code-generator 14 s): its copy of the document is its own to edit, which spares a deep copy.
# Below it a fork costs more than it saves.
_LARGE_SPEC_SCHEMAS = 200
# The models module's source, why it holds none, its modules when it is large enough to split, the names it
# defines (read once, where it was rendered: parsing GitHub's 3.5 MB module takes seconds).
Models = tuple[str, list[Problem], "ModelModules | None", set[str]]


@contextlib.contextmanager
def _models_beside(
    spec: Spec, input_: ModelsInput, reusable: Models | None, cache: ChunkCache | None
) -> Iterator[Callable[[], Models]]:
    """Yields how to get the models module of ``spec``: the ``reusable`` ones of an earlier rendering, else
    rendered meanwhile in a forked process for a large spec, else rendered here when asked."""
    if reusable is not None:
        yield lambda: reusable
        return
    schemas = (spec.document.get("components") or {}).get("schemas") or {}
    if len(schemas) <= _LARGE_SPEC_SCHEMAS or sys.platform != "linux":
        yield lambda: _models(spec, input_, cache=cache)
        return
    with forked(lambda: _models(spec, input_, private=True, cache=cache)) as wait:  # the fork's copy is its own
        yield wait


def _models(spec: Spec, input_: ModelsInput, *, private: bool = False, cache: ChunkCache | None = None) -> Models:
    """The models module of ``spec``, and its split into modules (in the worker: cutting GitHub's takes seconds)."""
    from ._model_modules import split_models
    from .model_generation import MODULE_NAME, defined_names, render_models

    code, problems = render_models(spec, input_, private=private, cache=cache)
    split = split_models(code, MODULE_NAME)
    # a plain str: the code's syntax tree (hundreds of MB for GitHub's) is not sent back from the worker
    return str(code), problems, split, set(split.module_of) if split else defined_names(code)


def models_key(spec: Spec, input_: ModelsInput) -> str:
    """Hash of everything the models are rendered from: the schemas datamodel-code-generator reads (it reads
    ``components`` only, never an operation), the names chosen for them, what of the spec their module names,
    our code and the tools' versions. An operation's description, say, leaves it unchanged."""
    components = json.dumps(input_.document.get("components") or {}, sort_keys=True, default=str)
    if _REF_OUTSIDE_COMPONENTS.search(components):  # a schema pointing into paths: the whole document counts
        components = json.dumps(input_.document, sort_keys=True, default=str)
    digest = hashlib.sha256(components.encode() + b"\0")
    for part in (sorted(input_.field_names.items()), [spec.package_name, spec.title, spec.path.name, spec.strict]):
        digest.update(json.dumps(part, sort_keys=True, default=str).encode() + b"\0")
    digest.update(_code_digest().encode())
    return digest.hexdigest()


_REF_OUTSIDE_COMPONENTS = re.compile(r'"\$ref": "(?!#/components/)')


def _reusable(previous: Path | None, package_name: str, key: str) -> Models | None:
    """The models of the earlier rendering ``previous``, when they were rendered from ``key`` (their files are
    formatted already; formatting is idempotent, so reusing them writes what rendering them would)."""
    from ._model_modules import PACKAGE, ModelModules, module_index
    from .model_generation import MODULE_NAME, defined_names

    stamp = _read_stamp(previous) if previous is not None else {}
    if previous is None or stamp.get("models") != key or _FILE_KEYS not in stamp:  # no keys: written before them
        return None
    package = previous / package_name
    index = (package / f"{MODULE_NAME}.py").read_text()
    if not (package / PACKAGE).is_dir():
        return index, [], None, defined_names(index)
    module_of = module_index(index)
    files = {f"{MODULE_NAME}.py": index}
    files |= {p.relative_to(package).as_posix(): p.read_text() for p in sorted((package / PACKAGE).glob("*.py"))}
    return index, [], ModelModules(files, module_of), set(module_of)


def _earlier_classes(previous: Path | None, package_name: str) -> set[str] | None:
    """The classes the models of the intact earlier client ``previous`` define (public ones, when split)."""
    from ._model_modules import PACKAGE, module_index
    from .model_generation import MODULE_NAME, defined_names

    if previous is None or not (previous / package_name / f"{MODULE_NAME}.py").is_file():
        return None
    index = (previous / package_name / f"{MODULE_NAME}.py").read_text()
    return set(module_index(index)) if (previous / package_name / PACKAGE).is_dir() else defined_names(index)


def _write_models(package_dir: Path, code: str, split: ModelModules | None, taken: Collection[str]) -> None:
    """One models module, or the split package of them and the operations importing from it (but those
    ``taken`` from the earlier client: they import from the split package already)."""
    from ._model_modules import rewrite_package_imports
    from .model_generation import MODULE_NAME

    if split is None:
        (package_dir / f"{MODULE_NAME}.py").write_text(code)
        return
    for name, source in split.files.items():
        (package_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (package_dir / name).write_text(source)
    rewrite_package_imports(package_dir, MODULE_NAME, split.module_of, skip=taken)


def _check_no_model_lost(spec: Spec, defined: set[str], package_dir: Path, reuse: Reuse) -> None:
    """Every class an operation imports must be in the models module: else the client would not import. What a
    module taken from the earlier client imports is read from its record, not from the module."""
    from .model_generation import missing_names

    recorded = {name for taken in reuse.taken for name in reuse.earlier[taken].imports}
    missing = sorted(set(missing_names(defined, package_dir, reuse.taken)) | (recorded - defined))
    if missing:
        raise GenerationError(f"{spec.path}: models the operations use were not generated: {', '.join(missing)}")


def format_tree(cwd: Path, project_dirs: list[Path]) -> None:
    """ruff fix + format over ``project_dirs``, each under its own generated ``pyproject.toml`` settings."""
    format_files(cwd, project_dirs)


# Paths per ruff run: GitHub's 2,800 files would near the command-line limits of some systems.
_RUFF_BATCH = 1000


def format_files(cwd: Path, paths: list[Path]) -> None:
    """ruff fix + format over ``paths`` (folders or files), each under its client's ``pyproject.toml`` settings."""
    # The same pinned ruff, always from this interpreter, so the output does not depend on PATH. Scratch
    # folders live in a git-ignored place, hence --no-respect-gitignore.
    targets = [str(path.relative_to(cwd)) for path in paths]
    for start in range(0, len(targets), _RUFF_BATCH):
        for args in (["check", "--fix-only", "--exit-zero"], ["format"]):
            batch = targets[start : start + _RUFF_BATCH]
            command = [sys.executable, "-m", "ruff", *args, "--no-cache", "--quiet", "--no-respect-gitignore", *batch]
            result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
            if result.returncode != 0:
                raise GenerationError(f"ruff {args[0]} failed in {cwd}: {result.stderr.strip()}")


def fingerprint(spec_source: bytes, templates_dir: Path, api: str = "") -> str:
    """Hash of everything that shapes a client: the spec's bytes, templates, our rendering code, tool versions,
    and the API's changelog (copied into the package as CHANGELOG.md)."""
    digest = hashlib.sha256()
    digest.update(spec_source)
    # Same path as distribution.changelog_file; not imported from there: that module is slow to import.
    changelog = templates_dir.parent / "changelogs" / f"{api}.md"
    if api and changelog.is_file():
        digest.update(b"changelog\0" + changelog.read_bytes())
    digest.update(_folder_digest(templates_dir).encode())
    digest.update(_code_digest().encode())
    return digest.hexdigest()


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _code_digest() -> str:
    """Hash of our rendering code and the versions of the tools it drives."""
    digest = hashlib.sha256()
    package_root = Path(__file__).parent.parent
    for package in _RENDERING_PACKAGES:
        for module in sorted((package_root / package).rglob("*.py")):
            digest.update(module.relative_to(package_root).as_posix().encode() + b"\0" + module.read_bytes())
    for tool in _TOOLS:
        digest.update(f"{tool}=={dist_version(tool)}".encode())
    return digest.hexdigest()


def _read_stamp(client_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((client_dir / STAMP).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# The stamp's entry holding each file's key (see _file_keys), by path in the client.
_FILE_KEYS = "files"
# The stamp's entry holding the sources of the operation and resource modules, by path in the package (_reuse).
_SOURCES = "sources"


def _write_stamp(
    client_dir: Path, inputs: str, spec_files: list[str], rendering: Rendering, files: Mapping[str, str]
) -> str:
    """Stamp ``client_dir``; returns the digest of its files."""
    outputs = tree_digest(client_dir, STAMP)
    stamp: dict[str, Any] = {"inputs": inputs, "models": rendering.models_key, "outputs": outputs}
    stamp |= {_FILE_KEYS: dict(files), _SOURCES: dict(rendering.sources)}
    if spec_files:
        stamp[_SPEC_FILES] = spec_files
    (client_dir / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n")
    return outputs


# The stamp's entry naming the files a multi-file spec was read from besides its root (relative to the root's
# folder): a no-op run reads them to tell whether the spec changed, without parsing it.
_SPEC_FILES = "spec_files"


def spec_input(spec: Spec) -> tuple[bytes, list[str]]:
    """The bytes a client is rendered from, and the files besides the root they come from. A one-file spec's are its
    source; a multi-file spec's source is the bundle, which only parsing every file makes, so its are the bytes of
    each file it was read from, root first."""
    if spec.origins is None:
        return spec.source, []
    others = sorted(os.path.relpath(path, spec.path.parent) for path in spec.files[1:])
    return _files_bytes(spec.path, others), others


def _files_bytes(root: Path, others: list[str]) -> bytes:
    parts = [root.read_bytes()]
    parts += [name.encode() + b"\0" + (root.parent / name).read_bytes() for name in others]
    return b"\0".join(parts)


def _stamped_input(project: Project, api: str) -> bytes | None:
    """What :func:`spec_input` gives for ``api`` now, read from the files its stamp names (``None``: one is gone)."""
    others = _read_stamp(project.client_dir(api)).get(_SPEC_FILES) or []
    try:
        return _files_bytes(project.spec_path(api), [str(name) for name in others])
    except OSError:
        return None


def is_current(project: Project, api: str, spec_source: bytes) -> bool:
    """True when generated/<api>-client was rendered from exactly these inputs and has not been edited since."""
    client_dir = project.client_dir(api)
    stamp = _read_stamp(client_dir)
    return stamp.get("inputs") == fingerprint(spec_source, project.templates_dir, api) and _holds_stamped(
        project, api, stamp
    )


def _holds_stamped(project: Project, api: str, stamp: Mapping[str, Any]) -> bool:
    """Whether the client of ``api`` holds the files its ``stamp`` was written with (not edited since)."""
    outputs = stamp.get("outputs")
    client_dir = project.client_dir(api)
    return isinstance(outputs, str) and holds(client_dir, STAMP, outputs, _outputs_memo(project, api))


def _outputs_memo(project: Project, api: str) -> Path:
    return project.cache_dir / api / "outputs.json"


def up_to_date(project: Project, apis: Iterable[str]) -> list[str]:
    """The APIs whose generated client is current; checked from the spec bytes alone, before any parsing."""
    return [
        api for api in apis if (read := _stamped_input(project, api)) is not None and is_current(project, api, read)
    ]


def file_count(project: Project, api: str) -> int:
    return count_files(project.client_dir(api), STAMP)


def _render_job(
    spec: Spec, project_dir: Path, templates_dir: Path, previous: Path | None, cache: Cache | None
) -> Rendering:
    started = time.perf_counter()
    skipped, coverage, key, reused, sources = _render_keyed(
        spec, project_dir, templates_dir, formatted=False, previous=previous, cache=cache
    )
    return Rendering(spec.name, time.perf_counter() - started, tuple(skipped), coverage, key, reused, sources)


def render_all(
    specs: list[Spec],
    scratch: Path,
    templates_dir: Path,
    jobs: int | None,
    rendered: Rendered | None = None,
    previous: Mapping[str, Path] | None = None,
    cache: Cache | None = None,
) -> dict[str, Rendering]:
    """Render every spec into ``scratch/<api>-client`` (in parallel), format them in one ruff run, stamp them.

    Returns each API's rendering (seconds for rendering only: the shared ruff pass is not apportioned).
    ``rendered`` hears of each API as soon as it is rendered. ``previous``: intact earlier renderings by API,
    whose parts an unchanged key lets us reuse; ``cache``: where large specs' model chunks are kept.
    """
    if not (templates_dir / "client").is_dir():
        raise UsageError(
            f"no client templates in {templates_dir}: generate from a checkout of apigen (or copy its templates/)"
        )
    earlier = previous or {}
    targets = [(spec, scratch / spec.project_name, templates_dir, earlier.get(spec.name), cache) for spec in specs]
    note = rendered or (lambda api, seconds: None)
    done: dict[str, Rendering] = {}
    if len(targets) <= 1 or jobs == 1:
        for target in targets:
            result = _render_job(*target)
            done[result.api] = result
            note(result.api, result.seconds)
    else:
        workers = min(len(targets), jobs or multiprocessing.cpu_count())
        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for future in as_completed([pool.submit(_render_job, *target) for target in targets]):
                result = future.result()
                done[result.api] = result
                note(result.api, result.seconds)
    keys = {
        spec.name: _reuse_formatted(project_dir, previous_dir, done[spec.name].reused)
        for spec, project_dir, _, previous_dir, _ in targets
    }
    format_files(scratch, [path for to_format, _ in keys.values() for path in to_format])
    for spec, project_dir, _, _, _ in targets:
        read, spec_files = spec_input(spec)
        inputs = fingerprint(read, templates_dir, spec.name)
        outputs = _write_stamp(project_dir, inputs, spec_files, done[spec.name], keys[spec.name][1])
        done[spec.name] = dataclasses.replace(done[spec.name], files=len(keys[spec.name][1]), outputs=outputs)
    return done


def _reuse_formatted(
    project_dir: Path, previous: Path | None, reused: tuple[str, ...]
) -> tuple[list[Path], dict[str, str]]:
    """The files of the rendered ``project_dir`` still to format (the others are the formatted files of the
    intact ``previous`` client they were rendered as), and every file's key. The ``reused`` files were copied
    formatted from ``previous`` already: they keep the keys they were written from."""
    from ._file_keys import rendered_keys, reuse_formatted

    previous_keys = (_read_stamp(previous).get(_FILE_KEYS) if previous is not None else None) or {}
    kept = {name: previous_keys[name] for name in reused if name in previous_keys}
    rendered = [path for path in tree_files(project_dir, STAMP) if path.relative_to(project_dir).as_posix() not in kept]
    keys = rendered_keys(project_dir, _code_digest(), rendered)
    return reuse_formatted(project_dir, keys, previous, previous_keys), keys | kept


def generate(
    project: Project,
    specs: Iterable[Spec],
    *,
    force: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    gate: Callable[[], None] | None = None,
) -> list[Outcome]:
    """Regenerate the clients of ``specs`` whose inputs changed; all or nothing. ``gate`` is called once
    everything is rendered, before ``generated/`` is touched: it raises to keep it as it was (the specs'
    validation, run beside the rendering)."""
    specs = list(specs)
    outcomes: list[Outcome] = []
    stale = []
    for spec in specs:
        if not force and is_current(project, spec.name, spec_input(spec)[0]):
            outcome = Outcome(spec.name, "unchanged", file_count(project, spec.name), 0.0)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
        else:
            stale.append(spec)
    if not stale:
        return outcomes
    with _folder_kept_on_success(project.generated_dir), scratch_folder(project.generated_dir) as scratch:
        intact = {} if force else {spec.name: project.client_dir(spec.name) for spec in stale if _intact(project, spec)}
        cache = Cache(project.cache_dir, read=not force)
        renderings = render_all(stale, scratch, project.templates_dir, jobs, previous=intact, cache=cache)
        if gate is not None:
            gate()
        for spec in stale:  # every API rendered: only now touch generated/
            done = renderings[spec.name]
            client_dir = project.client_dir(spec.name)
            place(scratch / spec.project_name, client_dir, STAMP, unchanged=done.reused if spec.name in intact else ())
            remember(client_dir, STAMP, done.outputs, _outputs_memo(project, spec.name))
            outcome = Outcome(spec.name, "generated", done.files, done.seconds, done.skipped, done.coverage)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes


@contextlib.contextmanager
def _folder_kept_on_success(folder: Path) -> Iterator[None]:
    """``folder``, made if missing, and removed again if the run fails while it is still empty: a first run on
    an invalid spec leaves no empty ``generated/`` behind."""
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        yield
    except BaseException:
        if made and not any(folder.iterdir()):
            folder.rmdir()
        raise


def _intact(project: Project, spec: Spec) -> bool:
    """True when the client of ``spec`` in generated/ is as its stamp says it was written (not edited since)."""
    client_dir = project.client_dir(spec.name)
    return client_dir.is_dir() and _holds_stamped(project, spec.name, _read_stamp(client_dir))


def check(
    project: Project, specs: Iterable[Spec], *, jobs: int | None = None, rendered: Rendered | None = None
) -> list[Drift]:
    """Render ``specs`` afresh (ignoring the cache) and list every file that differs from ``generated/``."""
    specs = list(specs)
    with scratch_folder() as scratch:
        render_all(specs, scratch, project.templates_dir, jobs, rendered)
        drifts: list[Drift] = []
        for spec in specs:
            drifts.extend(compare_trees(spec.name, scratch / spec.project_name, project.client_dir(spec.name)))
    return drifts


def compare_trees(api: str, expected: Path, actual: Path) -> list[Drift]:
    want, have = _listing(expected), _listing(actual)
    drifts = [Drift(api, name, "missing") for name in sorted(want.keys() - have.keys())]
    drifts += [Drift(api, name, "unexpected") for name in sorted(have.keys() - want.keys())]
    drifts += [
        Drift(api, name, "changed")
        for name in sorted(want.keys() & have.keys())
        if want[name].read_bytes() != have[name].read_bytes()
    ]
    return drifts


def _listing(root: Path) -> dict[str, Path]:
    """Every output file under ``root`` (the stamp included: it records the inputs) by relative name."""
    if not root.exists():
        return {}
    files = {p.relative_to(root).as_posix(): p for p in tree_files(root, STAMP)}
    if (root / STAMP).is_file():
        files[STAMP] = root / STAMP
    return files
