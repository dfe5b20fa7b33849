"""Worker interpreters (``_chunk_worker``) started before their tasks are known.

A worker imports datamodel-code-generator once (0.5 s) before it renders a chunk. Started when the models stage
begins, it does that while this process still merges twins and cuts the chunks, so the import is off the
critical path of a regeneration. Tasks go, in order, to whichever worker is free.

The workers are fresh interpreters, not forks: a fork starts as large as the process holding the whole spec
(GitHub's largest process measured 470 MB with forked chunk workers); multiprocessing's forkserver is state
that a process forked later inherits and cannot use (``ChildProcessError`` when the next large spec's models
render in such a fork); and its spawn and forkserver run an unguarded ``__main__`` again.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

from ..errors import GenerationError

T = TypeVar("T")


class WorkerPool:
    """Up to ``jobs`` workers; each is sent ``warm`` first (a task whose answer is dropped: it makes the worker
    import what the real tasks need)."""

    def __init__(self, jobs: int, warm: tuple[Callable[[Any], object], Any] | None = None) -> None:
        self.jobs = max(1, jobs)
        self.warm = warm
        self._workers: list[_Worker] = []

    def start(self, count: int) -> None:
        """Have ``count`` workers running (at most ``jobs``)."""
        while len(self._workers) < min(count, self.jobs):
            self._workers.append(_Worker(self.warm))

    def map(self, function: Callable[[Any], T], arguments: list[Any]) -> list[T]:
        """``function`` of each of ``arguments`` (both picklable), on the workers, in order."""
        self.start(len(arguments))
        pending = list(enumerate(arguments))
        results: dict[int, T] = {}
        failures: list[BaseException] = []
        lock = threading.Lock()

        def work(worker: _Worker) -> None:
            try:
                worker.serve(pending, lock, function, results)
            except BaseException as exc:  # raised again in the caller's thread
                with lock:
                    pending.clear()
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(worker,)) for worker in self._workers[: len(arguments)]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]
        return [results[index] for index in range(len(arguments))]

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def in_workers(function: Callable[[Any], T], arguments: list[Any], jobs: int) -> list[T]:
    """``function`` of each of ``arguments`` (both picklable), in ``jobs`` worker interpreters, in order."""
    with WorkerPool(jobs) as pool:
        return pool.map(function, arguments)


class _Worker:
    """One worker interpreter, sent its warm-up task as soon as it starts."""

    def __init__(self, warm: tuple[Callable[[Any], object], Any] | None) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}
        command = [sys.executable, "-m", f"{__package__}._chunk_worker"]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.warming = warm is not None
        if warm is not None:
            self._send(warm)

    def serve(
        self, pending: list[tuple[int, Any]], lock: threading.Lock, function: Callable[[Any], T], results: dict[int, T]
    ) -> None:
        """Run tasks from ``pending`` until none is left (another worker failing empties it)."""
        if self.warming:
            self._answer()
            self.warming = False
        while True:
            with lock:
                if not pending:
                    return
                index, argument = pending.pop(0)
            self._send((function, argument))
            results[index] = self._answer()

    def close(self) -> None:
        assert self.process.stdin is not None
        with contextlib.suppress(OSError):  # a worker that stopped already
            self.process.stdin.close()
        self.process.wait()

    def _send(self, task: tuple[Callable[[Any], object], Any]) -> None:
        assert self.process.stdin is not None
        pickle.dump(task, self.process.stdin)
        self.process.stdin.flush()

    def _answer(self) -> Any:
        assert self.process.stdout is not None
        try:
            status, value = pickle.load(self.process.stdout)
        except EOFError:
            raise GenerationError(f"a model chunk worker stopped (exit code {self.process.wait()})") from None
        if status != "ok":
            raise GenerationError(f"in a model chunk worker: {value}")
        return value
