"""Innovatrics: HTTP Basic from INNOVATRICS_USERNAME / INNOVATRICS_PASSWORD, a licence file download."""

from __future__ import annotations

import asyncio
from pathlib import Path

from innovatrics_client import AsyncClient, Client, NotFoundError


def save_license(license_id: int, target: Path) -> int:
    with Client() as client:  # or Client(username=..., password=...)
        try:
            with client.streaming.license_details.download(license_id) as download:  # chunk by chunk
                return download.write_to_file(target)
        except NotFoundError:
            return 0


async def asave_license(license_id: int, target: Path) -> int:
    async with AsyncClient(max_retries=0) as client:
        licence = await client.license_details.download(license_id)  # whole, in memory
        return target.write_bytes(licence.payload.read())


if __name__ == "__main__":
    print(save_license(1, Path("license.lic")))
    print(asyncio.run(asave_license(1, Path("license.lic"))))
