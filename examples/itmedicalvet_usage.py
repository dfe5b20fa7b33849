"""IT Medical Vet: HTTP Basic from the environment, page iteration, a multipart upload."""

from __future__ import annotations

import asyncio
from pathlib import Path

from itmedicalvet_client import AsyncClient, Client, UnprocessableEntityError
from itmedicalvet_client.pydantic_models import ListPetsPagination, Pet, UpdatePetMultipartRequest
from itmedicalvet_client.types import File

APP = "goodcharlie"


def pets_of(email: str) -> list[Pet]:
    with Client() as client:  # ITMEDICALVET_USERNAME / ITMEDICALVET_PASSWORD
        page = client.pets.list(APP, email=email, pagination=ListPetsPagination.VALUE_1, per_page=50)
        return list(page)  # every pet of every page


def upload_photo(email: str, pet_id: int, photo: Path) -> bool:
    with Client() as client, photo.open("rb") as payload:
        body = UpdatePetMultipartRequest(
            email=email, pet_id=pet_id, profile=File(payload=payload, file_name=photo.name, mime_type="image/jpeg")
        )
        try:
            return client.pets.update(APP, body=body).success
        except UnprocessableEntityError as error:
            print(error.body)
            return False


async def count_pets(email: str) -> int:
    async with AsyncClient() as client:
        return len([pet async for pet in await client.pets.list(APP, email=email)])


if __name__ == "__main__":
    print(pets_of("owner@example.com"))
    print(upload_photo("owner@example.com", 3, Path("rex.jpg")))
    print(asyncio.run(count_pets("owner@example.com")))
