"""A function run in a forked process: its inputs inherited, its result or exception sent back."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest

from generator import GenerationError
from generator.errors import WorkerLost
from generator.forking import forked

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="forks only where the pipeline forks: Linux")


class _Unpicklable:
    def __reduce__(self) -> str:
        raise TypeError("not picklable")


def test_the_result_comes_back_from_another_process_without_pickling_the_inputs() -> None:
    inputs = [_Unpicklable(), 41]  # would fail a ProcessPoolExecutor: its arguments are pickled
    with forked(lambda: (os.getpid(), inputs[1] + 1)) as wait:
        pid, answer = wait()
        assert wait() == (pid, answer)  # waited twice: the same answer
    assert answer == 42 and pid != os.getpid()


def test_an_exception_is_raised_in_the_caller() -> None:
    def fail() -> None:
        raise GenerationError("models the operations use were not generated: X")

    with forked(fail) as wait, pytest.raises(GenerationError, match="were not generated: X"):
        wait()


def test_a_result_that_cannot_be_sent_is_a_worker_lost_error() -> None:
    with forked(_Unpicklable) as wait, pytest.raises(WorkerLost, match="could not be sent back"):
        wait()


def test_a_worker_killed_before_answering_is_a_worker_lost_error() -> None:
    def die() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    with forked(die) as wait, pytest.raises(WorkerLost, match="exit code -9"):
        wait()


def test_leaving_without_waiting_stops_the_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"

    def wait_forever() -> None:
        pid_file.write_text(str(os.getpid()))
        signal.pause()

    with forked(wait_forever):
        while not pid_file.exists():
            time.sleep(0.01)
    with pytest.raises(ProcessLookupError):  # stopped and reaped
        os.kill(int(pid_file.read_text()), 0)


def test_a_nice_worker_runs_at_a_lower_priority() -> None:
    with forked(lambda: os.nice(0), nice=5) as wait:
        assert wait() == min(os.nice(0) + 5, 19)  # 19: the lowest priority there is
