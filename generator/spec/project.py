"""Where things live: the specs, templates and generated folders of one checkout."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from .loading import SPEC_SUFFIXES, Spec, load_spec, root_file


def spec_files(folder: Path) -> list[Path]:
    """Every spec below ``folder`` (``.json``, ``.yaml``, ``.yml``), in a stable order; a folder below it holding a
    root file (``openapi.yaml``) is one multi-file spec, listed by its root: its other files are its pieces."""
    files = sorted(p for p in folder.rglob("*") if p.suffix in SPEC_SUFFIXES and not p.name.startswith("."))
    files = [p for p in files if p.is_file()]
    roots = {p for p in files if p.parent != folder and root_file(p.parent) == p}
    multi_file = {root.parent for root in roots}
    return [p for p in files if p in roots or multi_file.isdisjoint(p.parents)]


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def discover(cls, start: Path | None = None) -> Project:
        """The nearest folder holding ``specs/`` (``APIGEN_ROOT`` wins when set)."""
        if env := os.environ.get("APIGEN_ROOT"):
            return cls(Path(env).resolve())
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "specs").is_dir():
                return cls(folder)
        raise UsageError(f"no specs/ folder in {here} or its parents; run apigen inside a project checkout")

    @property
    def specs_dir(self) -> Path:
        return self.root / "specs"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    @property
    def cache_dir(self) -> Path:
        """What a run keeps for the next one (speed only, never output): git-ignored."""
        return self.root / ".apigen-cache"

    @property
    def reports_dir(self) -> Path:
        return self.root / "reports"

    def api_names(self) -> list[str]:
        """Every spec in ``specs/`` (``<api>.yaml``, ``.yml`` or ``.json``, or a folder ``<api>/`` whose root is
        ``openapi.yaml``: the folder's other files are its pieces), skipping fragments and docs lists."""
        return sorted(self._spec_files())

    def spec_path(self, api: str) -> Path:
        return self._spec_files().get(api, self.specs_dir / f"{api}.yaml")

    def _spec_files(self) -> dict[str, Path]:
        found: dict[str, Path] = {}
        for path in sorted(self.specs_dir.iterdir()) if self.specs_dir.is_dir() else []:
            if path.name.startswith(("_", ".")) or ".docs." in path.name:
                continue
            if path.is_dir():
                api, root = path.name, root_file(path)
                if root is None:
                    continue  # a folder of shared pieces, not an API
            elif path.suffix in SPEC_SUFFIXES:
                api, root = path.stem, path
            else:
                continue
            if api in found:
                first = found[api].relative_to(self.specs_dir)
                raise UsageError(f"two specs for API {api!r}: {first} and {root.relative_to(self.specs_dir)}; keep one")
            found[api] = root
        return found

    def select(self, apis: list[str] | None) -> list[str]:
        """Validate user-given API names (all APIs when none given)."""
        known = self.api_names()
        if not apis:
            return known
        unknown = [a for a in apis if a not in known]
        if unknown:
            raise UsageError(f"unknown API {', '.join(unknown)}; known: {', '.join(known) or '(none)'}")
        return list(dict.fromkeys(apis))

    def load(self, api: str) -> Spec:
        return load_spec(self.spec_path(api), api)

    def client_dir(self, api: str) -> Path:
        return self.generated_dir / f"{api}-client"
