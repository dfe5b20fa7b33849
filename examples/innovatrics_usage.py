"""Innovatrics: HTTP Basic from INNOVATRICS_USERNAME / INNOVATRICS_PASSWORD, a licence file download."""

from __future__ import annotations

import asyncio
from pathlib import Path

from innovatrics_client import Client, NotFoundError
from innovatrics_client.api.license_details import download_license


def save_license(license_id: int, target: Path) -> int:
    with Client() as client:  # or Client(username=..., password=...)
        try:
            licence = download_license.sync(license_id, client=client)
        except NotFoundError:
            return 0
        return target.write_bytes(licence.payload.read())


async def asave_license(license_id: int, target: Path) -> int:
    async with Client(max_retries=0) as client:
        licence = await download_license.asyncio(license_id, client=client)
        return target.write_bytes(licence.payload.read())


if __name__ == "__main__":
    print(save_license(1, Path("license.lic")))
    print(asyncio.run(asave_license(1, Path("license.lic"))))
