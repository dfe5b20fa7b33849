"""Peak memory of a 20 MB binary download through a committed client: whole (``sync``) vs streamed (``stream``).

A loopback server sends ``--megabytes`` MB in 64 KiB chunks made on the fly (so the server holds almost
nothing itself) as innovatrics' ``download_license``. tracemalloc measures the peak of Python allocations
during each call: ``sync`` holds the body (and httpx's list of chunks while it joins them); ``stream`` with
``write_to_file`` should hold one chunk at a time. Prints the figures and writes ``reports/bench/download.json``.

Run: ``python benchmarks/bench_download.py [--megabytes N]``
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import tracemalloc
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "generated" / "innovatrics-client"))

from _common import write  # noqa: E402
from starlette.responses import StreamingResponse  # noqa: E402
from starlette.types import Receive, Scope, Send  # noqa: E402

from generator.mocking import serve_on_loopback  # noqa: E402

CHUNK = bytes(range(256)) * 256  # 64 KiB


def app_sending(megabytes: int) -> Callable[[Scope, Receive, Send], Any]:
    chunks = megabytes * 1024 * 1024 // len(CHUNK)

    async def body() -> AsyncIterator[bytes]:
        for _ in range(chunks):
            yield CHUNK

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        headers = {"Content-Disposition": 'attachment; filename="license.bin"'}
        response = StreamingResponse(body(), media_type="application/octet-stream", headers=headers)
        await response(scope, receive, send)

    return app


def peak_mib(call: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        call()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def measure(url: str, folder: Path, megabytes: int) -> list[dict[str, Any]]:
    package = importlib.import_module("innovatrics_client")
    download_license = importlib.import_module("innovatrics_client.api.license_details.download_license")
    with package.Client(base_url=url, username="u", password="p") as client:
        download_license.sync(1, client=client)  # warm up: connections, imports

        def whole() -> None:
            download_license.sync(1, client=client).payload.read()

        def streamed() -> None:
            with download_license.stream(1, client=client) as download:
                download.write_to_file(folder / str(download.file_name))

        return [
            {"metric": f"sync() peak, {megabytes} MB", "value": round(peak_mib(whole), 1), "unit": "MiB"},
            {
                "metric": f"stream().write_to_file() peak, {megabytes} MB",
                "value": round(peak_mib(streamed), 2),
                "unit": "MiB",
                "goal": "a few chunks, not the body",
            },
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--megabytes", type=int, default=20, help="size of the download")
    args = parser.parse_args()
    with serve_on_loopback(app_sending(args.megabytes)) as url, tempfile.TemporaryDirectory() as folder:
        rows = measure(url, Path(folder), args.megabytes)
    write("download", rows)


if __name__ == "__main__":
    main()
