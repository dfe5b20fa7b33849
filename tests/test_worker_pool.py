"""The chunk worker pool: fresh interpreters, warmed before their tasks, answering in order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import GenerationError
from generator.codegen import _worker_pool
from generator.codegen._worker_pool import WorkerPool

from .conftest import REPO


def test_workers_answer_in_order_and_a_failure_is_a_generation_error() -> None:
    assert _worker_pool.in_workers(len, ["a", "bb", "ccc", ""], jobs=2) == [1, 2, 3, 0]
    with pytest.raises(GenerationError, match="in a model chunk worker: ValueError: invalid literal"):
        _worker_pool.in_workers(int, ["1", "x", "3"], jobs=2)


def test_a_warm_up_runs_first_in_each_worker_and_its_answer_is_dropped(tmp_path: Path) -> None:
    """Each worker runs the warm-up task once, before any real task, and the real answers are not shifted."""
    marker = tmp_path / "warmed"
    with WorkerPool(2, warm=(Path.touch, marker)) as pool:
        pool.start(1)
        assert pool.map(len, ["a", "bb", "ccc"]) == [1, 2, 3]
        assert marker.exists()
        assert pool.map(str.upper, ["x"]) == ["X"]  # the same workers serve a second batch


def test_a_failing_warm_up_fails_the_first_batch_as_a_generation_error() -> None:
    with WorkerPool(1, warm=(int, "not a number")) as pool, pytest.raises(GenerationError, match="ValueError"):
        pool.map(len, ["a"])


def test_workers_started_are_capped_by_jobs() -> None:
    with WorkerPool(2) as pool:
        pool.start(5)
        assert len(pool._workers) == 2
        assert pool.map(abs, [-1, -2, -3, -4, -5]) == [1, 2, 3, 4, 5]
    assert pool._workers == []


def test_a_script_without_a_main_guard_runs_once(tmp_path: Path) -> None:
    """The workers are fresh interpreters: they never run the calling program's ``__main__`` again."""
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from generator.codegen import _worker_pool\n"
        f"open({str(tmp_path / 'runs')!r}, 'a').write('run\\n')\n"
        "print(_worker_pool.in_workers(len, ['a', 'bb', 'ccc'], jobs=2))\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[1, 2, 3]" and (tmp_path / "runs").read_text() == "run\n"
