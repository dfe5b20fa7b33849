"""What the README states and a test can check: its commands, flags, paths, exit codes, URLs and nox sessions."""

from __future__ import annotations

import ast
import re

import click
import pytest
import typer

from generator.jobs.cli import EXIT_CODES, app
from generator.mocking import DOCS_PREFIX

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CLI = typer.main.get_group(app)
HELP_FLAGS = ("-h", "--help")

# Code spans (`...`) and the lines of fenced code blocks: where the README quotes commands and paths.
FENCED = re.findall(r"^```[a-z]*\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE)
SPANS = re.findall(r"(?<!`)`([^`\n]+)`(?!`)", re.sub(r"^```.*?^```", "", README, flags=re.DOTALL | re.MULTILINE))
CODE = SPANS + [line for block in FENCED for line in block.splitlines()]

# `apigen <command> ...` up to the end of the span, a shell operator or a closing parenthesis.
INVOCATIONS = sorted({m.strip() for text in CODE for m in re.findall(r"\bapigen( [^&;#)]*)?", text) if m.strip()})
FLAG = re.compile(r"(?<![\w/.-])(--?[A-Za-z][\w-]*)")

# Folders the commands write; a fresh clone has none of them (they are git-ignored).
OUTPUTS = ("reports/", "dist/")
# Names the README gives as illustrations, not as files of this repository.
ILLUSTRATIONS = {"specs/Acme-Pay.json"}


def _flags(command: click.Command) -> set[str]:
    return {opt for param in command.params for opt in (*param.opts, *param.secondary_opts)} | set(HELP_FLAGS)


def test_readme_quotes_apigen_commands() -> None:
    assert len(INVOCATIONS) >= 10, INVOCATIONS  # the parser finds the CLI reference table


@pytest.mark.parametrize("invocation", INVOCATIONS)
def test_every_command_and_flag_the_readme_names_exists(invocation: str) -> None:
    words = invocation.split()
    command: click.Command = CLI
    if words and not words[0].startswith("-"):
        assert words[0] in CLI.commands, f"README names `apigen {words[0]}`, which does not exist"
        command = CLI.commands[words[0]]
        subcommands = getattr(command, "commands", None)  # a sub-app (`apigen docs pull`): a group of commands
        if subcommands is not None and len(words) > 1:
            assert words[1] in subcommands, f"README names `apigen {words[0]} {words[1]}`, which does not exist"
            command = subcommands[words[1]]
    unknown = set(FLAG.findall(invocation)) - _flags(command)
    assert not unknown, f"`apigen {invocation}`: no such flag(s) {sorted(unknown)} in `apigen {words[0]} --help`"


MEDIA_TYPE = re.compile(r"(application|text|image|audio|video|multipart|font|model)/[\w.+-]+")


def _repository_paths() -> list[str]:
    """Backquoted repository paths and link targets; placeholders (<api>), URLs, URL paths and paths outside the
    repository (../shared, .../simple/) are left out."""
    links = re.findall(r"\]\(([^)#]+)\)", README)
    quoted = [
        span
        for span in SPANS
        if "/" in span and " " not in span and not span.startswith(("/", "-")) and not MEDIA_TYPE.fullmatch(span)
    ]
    paths = {p for p in links + quoted if "<" not in p and "://" not in p and not p.startswith((".", *OUTPUTS))}
    return sorted(paths - ILLUSTRATIONS)


@pytest.mark.parametrize("path", _repository_paths())
def test_every_path_the_readme_names_exists(path: str) -> None:
    assert (REPO / path).exists(), f"README names {path}, which is not in the repository"


def test_runtime_output_folders_are_git_ignored() -> None:
    ignored = (REPO / ".gitignore").read_text().splitlines()
    assert all(f"/{folder}" in ignored for folder in OUTPUTS)


def test_every_file_the_readme_names_exists() -> None:
    """Bare file names (`bench_mock.py`, `.ci/run`) exist somewhere in the repository."""
    names = {span for span in SPANS if re.fullmatch(r"[\w.-]+\.(py|md|yaml|txt|png|toml)", span)}
    assert names
    tracked = {p.name for p in REPO.rglob("*") if ".venv" not in p.parts and ".nox" not in p.parts}
    assert sorted(names - tracked) == []


def test_the_api_table_names_each_spec_and_vendor_doc() -> None:
    rows = re.findall(r"^\| [^|]+ \| `(specs/\w+\.yaml)` \| `(vendor-docs/[\w.-]+)` \|$", README, flags=re.MULTILINE)
    specs = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "specs").glob("*.yaml") if ".docs." not in p.name)
    assert sorted(spec for spec, _ in rows) == specs
    assert all((REPO / doc).is_file() for _, doc in rows)


def test_exit_codes_are_the_ones_the_cli_maps() -> None:
    assert EXIT_CODES in " ".join(README.split())


def test_mock_urls_are_where_the_mock_serves_them() -> None:
    for url_path in re.findall(r"`(/[\w/.-]+)`", README):
        assert url_path.startswith(DOCS_PREFIX + "/"), f"README says the mock serves {url_path}"
    assert f"`{DOCS_PREFIX}/docs`" in README


def test_nox_sessions_the_readme_names_exist() -> None:
    tree = ast.parse((REPO / "noxfile.py").read_text())
    sessions = {node.name for node in tree.body if isinstance(node, ast.FunctionDef) and node.decorator_list}
    named = set(re.findall(r"nox -s (\w+)", README))
    assert named and named <= sessions
