"""One function run in a forked process beside the caller, its inputs inherited through the fork.

:class:`concurrent.futures.ProcessPoolExecutor` pickles a call's arguments even when it forks, and unpickles them
in the worker: GitHub's loaded spec took 0.55 s each way, on the critical path of a regeneration. A fork already
holds every object of its parent, so here nothing but the result (and an exception) crosses the pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import TypeVar, cast

from .errors import WorkerLost

T = TypeVar("T")


@contextlib.contextmanager
def forked(function: Callable[[], T], *, nice: int = 0) -> Iterator[Callable[[], T]]:
    """Runs ``function`` in a forked process; yields how to wait for its result (its exception is raised there).

    ``nice``: how much less of the CPU the process claims while others want it (``os.nice``): work with time
    to spare (validation, beside a rendering that takes longer) then leaves the cores to the work that is late.
    Where there is no fork (not Linux) ``function`` runs in this process when waited for. Leaving the block
    without waiting stops the process."""
    if sys.platform != "linux":
        yield function
        return
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_answer, args=(function, sending, nice))
    process.start()
    sending.close()
    answers: list[T] = []

    def wait() -> T:
        if not answers:
            answers.append(cast(T, _received(receiving, process)))
        return answers[0]

    try:
        yield wait
    finally:
        if process.is_alive() and not answers:
            process.terminate()
        process.join()
        receiving.close()


def _answer(function: Callable[[], object], sending: Connection, nice: int) -> None:
    if nice:
        os.nice(nice)
    try:
        answer: tuple[str, object] = ("ok", function())
    except BaseException as exc:  # sent whole: the parent raises it
        answer = ("error", exc)
    try:
        sending.send(answer)
    except Exception as exc:  # an answer that cannot be pickled: its description crosses instead
        sending.send(("error", WorkerLost(f"a forked worker's answer could not be sent back: {exc}")))


def _received(receiving: Connection, process: multiprocessing.process.BaseProcess) -> object:
    try:
        status, value = receiving.recv()
    except EOFError:
        process.join()
        raise WorkerLost(f"a forked worker stopped without an answer (exit code {process.exitcode})") from None
    if status != "ok":
        raise value
    return value
