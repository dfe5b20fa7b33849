"""A worker that renders model chunks in an interpreter of its own (``python -m generator.codegen._chunk_worker``).

It reads pickled ``(function, argument)`` tasks from stdin until it closes, and answers each with a pickled
``("ok", result)`` or ``("error", message)``. A fresh interpreter holds nothing of the process that started it
(GitHub's spec and everything read from it), and unlike multiprocessing's spawn and forkserver it never runs the
starting program's ``__main__`` again (a script calling :func:`generator.generate` without a ``__main__`` guard
would run once more in every worker).
"""

from __future__ import annotations

import pickle
import sys
from typing import BinaryIO


def serve(tasks: BinaryIO, answers: BinaryIO) -> None:
    while True:
        try:
            function, argument = pickle.load(tasks)
        except EOFError:
            return
        try:
            answer: tuple[str, object] = ("ok", function(argument))
        except Exception as exc:  # sent back whole: the parent raises it as a generation error
            answer = ("error", f"{type(exc).__name__}: {exc}")
        pickle.dump(answer, answers)
        answers.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
