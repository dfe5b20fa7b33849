"""A large spec's models rendered in chunks: each chunk a function of its own document, cached by it, and the
chunks' classes composed into what one rendering would hold."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import load_spec
from generator.codegen import _model_chunks, _model_modules, model_generation
from generator.codegen._model_chunks import Chunk, ChunkCache, Reading, chunk_documents, compose, read
from generator.codegen.client_generation import parse_client
from generator.codegen.generating import Cache, render_covered

from .conftest import REPO, snapshot


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def test_adding_a_schema_moves_only_the_edges_of_its_own_chunk() -> None:
    names = [f"Schema{n:04}" for n in range(2000)]
    before = _model_chunks._cut(names)
    after = _model_chunks._cut([*names, "Schema0999a"])
    assert len(before) > 5
    changed = [chunk for chunk in after if chunk not in before]
    assert len(changed) == 1 and "Schema0999a" in changed[0]
    assert sum(map(len, after)) == 2001 and all(len(chunk) <= 2 * _model_chunks._CHUNK_SCHEMAS for chunk in after)


def test_a_chunk_holds_what_its_schemas_reference_and_the_discriminators_over_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_model_chunks, "_cut", lambda names: [[name] for name in sorted(names)])
    schemas = {
        "Cat": {"type": "object", "properties": {"kind": {"type": "string"}, "toy": _ref("Toy")}},
        "Toy": {"type": "object", "properties": {"name": {"type": "string"}}},
        "Pet": {"oneOf": [_ref("Cat")], "discriminator": {"propertyName": "kind"}},
        "Alone": {"type": "object", "properties": {"n": {"type": "integer"}}},
        "Part": {"allOf": [{"$ref": "#/components/schemas/Whole/allOf/0"}]},  # a reference into a schema
        "Whole": {"allOf": [{"type": "object"}]},
        "a/b": {"type": "string"},
        "Slashed": {"type": "array", "items": {"$ref": "#/components/schemas/a~1b"}},
    }
    chunks = {next(iter(chunk.members)): chunk for chunk in chunk_documents(_document(schemas), "salt")}
    held = {name: set(chunk.document["components"]["schemas"]) for name, chunk in chunks.items()}
    assert held["Cat"] == {"Cat", "Toy", "Pet"}  # Pet's discriminator rewrites Cat's tag field
    assert held["Toy"] == {"Toy"} and held["Alone"] == {"Alone"}
    assert held["Part"] == {"Part", "Whole"} and held["Slashed"] == {"Slashed", "a/b"}
    assert "paths" not in chunks["Cat"].document  # an operation's edit does not reach a chunk's key

    assert chunks["Cat"].document["components"]["schemas"]["Toy"] == _stand_in(type="object")  # Cat reads only its name

    schemas["Toy"]["properties"]["name"]["maxLength"] = 5
    again = {next(iter(chunk.members)): chunk for chunk in chunk_documents(_document(schemas), "salt")}
    assert {name for name in chunks if chunks[name].key != again[name].key} == {"Toy"}
    schemas["Cat"]["properties"]["lives"] = {"type": "integer"}
    again = {next(iter(chunk.members)): chunk for chunk in chunk_documents(_document(schemas), "salt")}
    assert {name for name in chunks if chunks[name].key != again[name].key} == {"Cat", "Toy", "Pet"}
    assert {chunk.key for chunk in chunk_documents(_document(schemas), "other salt")}.isdisjoint(
        chunk.key for chunk in again.values()
    )


def test_a_chunk_holds_only_what_its_schemas_reference_outside_the_schemas(monkeypatch: pytest.MonkeyPatch) -> None:
    """The paths, webhooks and named examples stay out of a chunk's document (GitHub's made each 4 MB), but for
    what one of its schemas references there (GitHub's ``examples`` keyword holding a ``$ref``), whole."""
    monkeypatch.setattr(_model_chunks, "_cut", lambda names: [[name] for name in sorted(names)])
    schemas = {
        "Rule": {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "examples": [{"$ref": "#/components/examples/rule"}],
        },
        "Plain": {"type": "object", "properties": {"b": {"type": "string"}}},
        "Odd": {"type": "object", "properties": {"c": {"$ref": "#/paths/~1pets/get/x-schema"}}},
    }
    document = _document(schemas) | {"x-webhooks": {"hook": {}}, "tags": [{"name": "t"}]}
    document["paths"] = {"/pets": {"get": {"x-schema": _ref("Plain")}}}
    document["components"] |= {"examples": {"rule": {"value": {"a": "x"}}, "other": {"value": 1}}}
    chunks = {next(iter(chunk.members)): chunk.document for chunk in chunk_documents(document, "salt")}
    assert chunks["Plain"].keys() == {"openapi", "components"}
    assert chunks["Plain"]["components"].keys() == {"schemas"}
    assert chunks["Rule"]["components"]["examples"] == {"rule": {"value": {"a": "x"}}}
    assert "paths" not in chunks["Rule"] and "x-webhooks" not in chunks["Rule"]
    # A reference into the paths that leads back to a schema the chunk does not hold: the whole document counts.
    assert chunks["Odd"]["paths"] == document["paths"] and chunks["Odd"]["components"]["examples"].keys() == {
        "rule",
        "other",
    }


def _stand_in(**kept: Any) -> dict[str, Any]:
    return {**kept, "properties": {"apigen_stand_in": {}}}


def test_a_schema_only_referenced_is_a_stand_in_unless_more_of_it_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_model_chunks, "_cut", lambda names: [[name] for name in sorted(names)])
    plain = {"type": ["object", "null"], "title": "t", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    schemas = {
        "User": {"type": "object", "properties": {n: _ref(n) for n in ("Plain", "Base", "Tagged", "Warning_")}},
        "Plain": plain,
        "Base": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "Sub": {"allOf": [_ref("Base"), {"properties": {"x": {"type": "string"}}}]},  # reads Base's fields
        "Tagged": {"type": "object", "properties": {"kind": {"type": "string"}}},
        "Union": {"oneOf": [_ref("Tagged")], "discriminator": {"propertyName": "kind"}},  # rewrites Tagged's tag
        "Warning_": {"type": "object", "properties": {"a": {"type": "string"}}},  # written as class Warning
    }
    user = next(c for c in chunk_documents(_document(schemas), "salt") if c.members == {"User"})
    held = user.document["components"]["schemas"]
    assert held["Plain"] == _stand_in(type=["object", "null"], title="t")  # still a class, still nullable
    assert {name for name, schema in held.items() if schema == schemas[name]} == {
        "User",
        "Base",
        "Tagged",
        "Union",
        "Warning_",
    }


def test_a_stand_in_class_is_never_kept() -> None:
    body = "    model_config = ConfigDict(extra='allow')\n"
    reading = Reading(
        [],
        [],
        {
            "Warning": "class Warning(BaseModel):\n    apigen_stand_in: Any | None = None",
            "User": (f"class User(BaseModel):\n{body}    warning: Warning"),
        },
    )
    assert compose([_chunk({"User"}, {"User", "Warning_"})], [reading]) is None  # its reader falls back whole


def _chunk(members: set[str], schemas: set[str]) -> Chunk:
    return Chunk(frozenset(members), {"components": {"schemas": {name: {} for name in schemas}}}, "key")


_HEADER = "# generated by datamodel-codegen:\n#   filename:  t.json\n\nfrom __future__ import annotations\n\n"


def test_a_class_invented_under_a_name_another_chunk_uses_is_renamed_where_it_is_read() -> None:
    commit = _HEADER + "from pydantic import BaseModel\n\n\nclass Status(BaseModel):\n    state: str\n"
    job = (
        _HEADER
        + "from enum import StrEnum\n\nfrom pydantic import BaseModel\n\n\n"
        + 'class Status(StrEnum):\n    """Status of the job."""\n\n    QUEUED = "queued"\n\n\n'
        + 'class Job(BaseModel):\n    status: Status = Status.QUEUED\n    note: str = "Status"\n\n\n'
        + "Job.model_rebuild()\n"
    )
    code = compose([_chunk({"Status"}, {"Status"}), _chunk({"Job"}, {"Job"})], [read(commit), read(job)])
    assert code is not None
    assert "class Status(BaseModel):" in code and "class Status1(StrEnum):" in code
    assert 'status: Status1 = Status1.QUEUED\n    note: str = "Status"' in code  # text in strings is left
    assert '"""Status of the job."""' in code and code.rstrip().endswith("Job.model_rebuild()")
    assert "from enum import StrEnum" in code and code.count("from pydantic import BaseModel") == 1
    compile(code, "composed", "exec")


def test_classes_that_do_not_fit_together_are_rendered_whole() -> None:
    # Owner reads Pet, which its chunk rendered for it; the chunk owning Pet did not keep it under that name
    owner = (
        _HEADER
        + "from pydantic import BaseModel\n\n\nclass Pet(BaseModel):\n    a: int\n\n\n"
        + "class Owner(BaseModel):\n    pet: Pet\n"
    )
    pets = _HEADER + "from pydantic import BaseModel\n\n\nclass PetModel(BaseModel):\n    a: int\n"
    assert compose([_chunk({"Owner"}, {"Owner", "Pet"}), _chunk({"Pet"}, {"Pet"})], [read(owner), read(pets)]) is None


_DISCRIMINATED = """
openapi: 3.1.0
info: {title: Zoo, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: the pets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
components:
  schemas:
    Pet:
      oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
      discriminator: {propertyName: kind}
    Cat:
      type: object
      required: [kind]
      properties: {kind: {type: string}, lives: {type: integer}, status: {type: string, enum: [wild, tame]}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, good: {type: boolean}, status: {type: string, enum: [stray, homed]}}
    Status: {type: object, properties: {state: {type: string}}}
"""


@pytest.fixture
def every_schema_its_own_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The most a spec can be cut: every schema is a chunk, every class's readers live in other chunks."""
    monkeypatch.setattr(_model_chunks, "CHUNK_ABOVE", 0)
    monkeypatch.setattr(model_generation, "CHUNK_ABOVE", 0)
    monkeypatch.setattr(_model_chunks, "_cut", lambda names: [[name] for name in sorted(names)])
    monkeypatch.setattr(_model_modules, "SPLIT_ABOVE", 0)


@pytest.mark.usefixtures("every_schema_its_own_chunk")
def test_a_discriminated_union_across_chunks_reads_its_members(tmp_path: Path) -> None:
    spec_file = tmp_path / "zoo.yaml"
    spec_file.write_text(_DISCRIMINATED)
    client = tmp_path / "zoo-client"
    render_covered(load_spec(spec_file), client, REPO / "templates", cache=Cache(tmp_path / "cache"))
    probe = (
        "from zoo_client.pydantic_models import Pet, Cat, Status\n"
        "pet = Pet.model_validate({'kind': 'Cat', 'lives': 9, 'status': 'wild'})\n"
        "assert isinstance(pet.root, Cat), pet\n"
        "assert Status.model_validate({'state': 'x'}).state == 'x'\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=client, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.usefixtures("every_schema_its_own_chunk")
def test_a_regeneration_renders_the_chunks_a_change_reached_and_writes_what_a_full_one_does(tmp_path: Path) -> None:
    document = yaml.safe_load((REPO / "specs" / "mdintegrations.yaml").read_text())
    spec_file = tmp_path / "mdintegrations.json"
    spec_file.write_text(json.dumps(document))
    cache = Cache(tmp_path / "cache")
    render_covered(load_spec(spec_file), tmp_path / "first", REPO / "templates", cache=cache)
    cached = sorted(p.name for p in (tmp_path / "cache" / "mdintegrations" / "models").iterdir())
    assert len(cached) > 50

    _, schema = next((n, s) for n, s in document["components"]["schemas"].items() if "properties" in s)
    prop = next(iter(schema["properties"].values()))
    prop["description"] = "changed " + str(prop.get("description", ""))
    spec_file.write_text(json.dumps(document))
    spec = load_spec(spec_file)
    render_covered(spec, tmp_path / "again", REPO / "templates", cache=cache)
    now = sorted(p.name for p in (tmp_path / "cache" / "mdintegrations" / "models").iterdir())
    rendered = set(now) - set(cached)  # the chunks whose documents hold the changed schema
    assert 0 < len(rendered) < len(cached) / 5
    assert len(now) == len(cached)  # one rendering per chunk is kept: a changed chunk's earlier one is gone
    render_covered(spec, tmp_path / "whole", REPO / "templates", cache=Cache(tmp_path / "cache", read=False))
    assert snapshot(tmp_path / "again") == snapshot(tmp_path / "whole")


def test_the_cache_writes_whole_files_and_keeps_only_the_last_run(tmp_path: Path) -> None:
    cache = ChunkCache(tmp_path / "c")
    reading = Reading(["# header"], ["from x import y"], {"A": "A = y"}, {"A": ["A.model_rebuild()"]})
    cache.put("a", reading)
    cache.put("b", None)  # a rendering no chunk can place is remembered as such
    assert cache.get("a") == (reading,) and cache.get("b") == (None,) and cache.get("zz") is None
    assert ChunkCache(tmp_path / "c", read=False).get("a") is None  # --force: rendered again
    cache.keep_only(["b"])
    assert cache.get("a") is None and cache.get("b") == (None,)
    assert not list((tmp_path / "c").glob("*.tmp"))
    shutil.rmtree(tmp_path / "c")
    cache.keep_only(["b"])  # no folder yet: nothing to drop


def test_a_class_read_when_the_module_runs_comes_before_its_reader_whichever_chunk_kept_it() -> None:
    events = (
        _HEADER
        + "from pydantic import BaseModel\n\n\nclass Opened(BaseModel):\n    n: int\n\n\nEvent = Opened | Closed\n"
    )
    closed = (
        _HEADER
        + "from pydantic import BaseModel\n\n\nclass Base(BaseModel):\n    n: int\n\n\n"
        + "class Closed(Base):\n    m: int\n"
    )
    chunks = [
        _chunk({"Opened", "Event"}, {"Opened", "Event", "Closed"}),
        _chunk({"Closed", "Base"}, {"Closed", "Base"}),
    ]
    code = compose(chunks, [read(events), read(closed)])
    assert code is not None
    assert code.index("class Base(") < code.index("class Closed(") < code.index("Event = Opened | Closed")
    namespace: dict[str, object] = {}
    exec(compile(code, "composed", "exec"), namespace)
    assert namespace["Event"] is not None


def test_a_cached_reading_another_version_wrote_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "odd.json").write_text('{"header": []}')  # a reading of another shape: render again
    (tmp_path / "c" / "cut.json").write_text('{"header": [')
    cache = ChunkCache(tmp_path / "c")
    assert cache.get("odd") is None and cache.get("cut") is None


def test_the_code_and_tools_versions_are_part_of_every_chunk_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_model_chunks, "CHUNK_ABOVE", 0)
    monkeypatch.setattr(model_generation, "CHUNK_ABOVE", 0)
    spec_file = tmp_path / "zoo.yaml"
    spec_file.write_text(_DISCRIMINATED)
    spec = load_spec(spec_file)
    parsed = parse_client(spec)
    keys = []
    for version in ("one", "two"):
        cache = ChunkCache(tmp_path / version, version=version)
        model_generation.render_models(spec, parsed.models, cache=cache)
        keys.append({path.name for path in (tmp_path / version).iterdir()})
    assert keys[0] and keys[0].isdisjoint(keys[1])


def _render_zoo(spec_file: Path, client: Path) -> bool:
    render_covered(load_spec(spec_file), client, REPO / "templates", cache=Cache(client.parent / "cache", read=False))
    return (client / "zoo_client" / "pydantic_models.py").is_file()


@pytest.mark.usefixtures("every_schema_its_own_chunk")
def test_chunks_render_again_in_a_process_forked_after_they_rendered(tmp_path: Path) -> None:
    """The chunk workers share no state with the process that starts them: a process forked from one that
    rendered chunks (the models of a large spec render in such a fork) renders them too."""
    spec_file = tmp_path / "zoo.yaml"
    spec_file.write_text(_DISCRIMINATED)
    assert _render_zoo(spec_file, tmp_path / "here" / "zoo-client")
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
        assert pool.submit(_render_zoo, spec_file, tmp_path / "forked" / "zoo-client").result()
