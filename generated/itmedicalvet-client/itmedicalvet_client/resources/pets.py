"""``client.pets``: the pets operations as methods (sync and async, raw and streamed variants).

Each method calls the operation module of the same operation (``itmedicalvet_client.api``), the low-level layer.
"""

from typing import Any

import httpx

from .._runtime.pagination import AsyncPage, Page
from ..api.pets import add_pet as _add_pet
from ..api.pets import list_pets as _list_pets
from ..api.pets import remove_pet as _remove_pet
from ..api.pets import update_pet as _update_pet
from ..client import BaseClient
from ..pydantic_models import (
    AddPetRequest,
    AddPetResponse,
    BooleanResultResponse,
    ErrorResponse,
    ListPetsPagination,
    ListPetsResponse,
    Pet,
    RemovePetRequest,
    UpdatePetMultipartRequest,
    UpdatePetRequest,
    UpdatePetResponse,
)
from ..types import UNSET, Response, Unset

__all__ = [
    "AsyncPetsRawResource",
    "AsyncPetsResource",
    "PetsRawResource",
    "PetsResource",
]


class PetsResource:
    """pets operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def add(
        self,
        app_name: str,
        *,
        body: AddPetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AddPetResponse:
        """Add pet

         Adds a pet to the user identified by `email` (requires authentication). `age` format: "2 years" if
        only in years, or "2 years 2 months" if in years and months both. `weight` format: "10 lbs".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (AddPetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AddPetResponse
        """

        return _add_pet.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        app_name: str,
        *,
        body: UpdatePetRequest | UpdatePetMultipartRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UpdatePetResponse:
        """Update pet

         Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
        pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
        part named `profile`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UpdatePetRequest | UpdatePetMultipartRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            UpdatePetResponse
        """

        return _update_pet.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove(
        self,
        app_name: str,
        *,
        body: RemovePetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BooleanResultResponse:
        """Remove pet

         Removes a pet, identified by the owner's `email` and `pet_id` (requires authentication).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RemovePetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            BooleanResultResponse
        """

        return _remove_pet.sync(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        app_name: str,
        *,
        email: str,
        search_value: str | Unset = UNSET,
        search_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pagination: ListPetsPagination | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Page[ListPetsResponse, Pet]:
        """Get pets

         Lists all the pets of the user whose email is given as the `email` query parameter (requires
        authentication). Supports search (`search_value`, `search_by`) and page-based pagination
        (`pagination`, `page`, `perPage`).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            email (str): Email of the user whose pets are listed.
            search_value (str | Unset): Text to search for.
            search_by (str | Unset): Field to search `search_value` in (values not documented; the
                doc's example is faker text).
            page (int | Unset): Page number (1-based) when `pagination` is 1.
            pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
                `perPage` pets (page `page`), 0 = no pagination.
            per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Page[ListPetsResponse, Pet]
        """

        return _list_pets.first_page(
            app_name=app_name,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPetsResource:
    """Async pets operations."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def add(
        self,
        app_name: str,
        *,
        body: AddPetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AddPetResponse:
        """Add pet

         Adds a pet to the user identified by `email` (requires authentication). `age` format: "2 years" if
        only in years, or "2 years 2 months" if in years and months both. `weight` format: "10 lbs".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (AddPetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AddPetResponse
        """

        return await _add_pet.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        app_name: str,
        *,
        body: UpdatePetRequest | UpdatePetMultipartRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> UpdatePetResponse:
        """Update pet

         Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
        pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
        part named `profile`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UpdatePetRequest | UpdatePetMultipartRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            UpdatePetResponse
        """

        return await _update_pet.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove(
        self,
        app_name: str,
        *,
        body: RemovePetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> BooleanResultResponse:
        """Remove pet

         Removes a pet, identified by the owner's `email` and `pet_id` (requires authentication).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RemovePetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            BooleanResultResponse
        """

        return await _remove_pet.asyncio(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        app_name: str,
        *,
        email: str,
        search_value: str | Unset = UNSET,
        search_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pagination: ListPetsPagination | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[ListPetsResponse, Pet]:
        """Get pets

         Lists all the pets of the user whose email is given as the `email` query parameter (requires
        authentication). Supports search (`search_value`, `search_by`) and page-based pagination
        (`pagination`, `page`, `perPage`).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            email (str): Email of the user whose pets are listed.
            search_value (str | Unset): Text to search for.
            search_by (str | Unset): Field to search `search_value` in (values not documented; the
                doc's example is faker text).
            page (int | Unset): Page number (1-based) when `pagination` is 1.
            pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
                `perPage` pets (page `page`), 0 = no pagination.
            per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            AsyncPage[ListPetsResponse, Pet]
        """

        return await _list_pets.afirst_page(
            app_name=app_name,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class PetsRawResource:
    """pets operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    def add(
        self,
        app_name: str,
        *,
        body: AddPetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[AddPetResponse | Any | ErrorResponse]:
        """Add pet

         Adds a pet to the user identified by `email` (requires authentication). `age` format: "2 years" if
        only in years, or "2 years 2 months" if in years and months both. `weight` format: "10 lbs".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (AddPetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[AddPetResponse | Any | ErrorResponse]
        """

        return _add_pet.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def update(
        self,
        app_name: str,
        *,
        body: UpdatePetRequest | UpdatePetMultipartRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | UpdatePetResponse]:
        """Update pet

         Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
        pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
        part named `profile`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UpdatePetRequest | UpdatePetMultipartRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | UpdatePetResponse]
        """

        return _update_pet.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def remove(
        self,
        app_name: str,
        *,
        body: RemovePetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | BooleanResultResponse | ErrorResponse]:
        """Remove pet

         Removes a pet, identified by the owner's `email` and `pet_id` (requires authentication).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RemovePetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | BooleanResultResponse | ErrorResponse]
        """

        return _remove_pet.sync_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        app_name: str,
        *,
        email: str,
        search_value: str | Unset = UNSET,
        search_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pagination: ListPetsPagination | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | ListPetsResponse]:
        """Get pets

         Lists all the pets of the user whose email is given as the `email` query parameter (requires
        authentication). Supports search (`search_value`, `search_by`) and page-based pagination
        (`pagination`, `page`, `perPage`).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            email (str): Email of the user whose pets are listed.
            search_value (str | Unset): Text to search for.
            search_by (str | Unset): Field to search `search_value` in (values not documented; the
                doc's example is faker text).
            page (int | Unset): Page number (1-based) when `pagination` is 1.
            pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
                `perPage` pets (page `page`), 0 = no pagination.
            per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | ListPetsResponse]
        """

        return _list_pets.sync_detailed(
            app_name=app_name,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncPetsRawResource:
    """Async pets operations, each returning the detailed ``Response`` (status, headers, content, parsed) whatever the status."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    async def add(
        self,
        app_name: str,
        *,
        body: AddPetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[AddPetResponse | Any | ErrorResponse]:
        """Add pet

         Adds a pet to the user identified by `email` (requires authentication). `age` format: "2 years" if
        only in years, or "2 years 2 months" if in years and months both. `weight` format: "10 lbs".

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (AddPetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[AddPetResponse | Any | ErrorResponse]
        """

        return await _add_pet.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def update(
        self,
        app_name: str,
        *,
        body: UpdatePetRequest | UpdatePetMultipartRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | UpdatePetResponse]:
        """Update pet

         Updates a pet, identified by the owner's `email` and `pet_id` (requires authentication). To send a
        pet image, use form-data (multipart/form-data) instead of a raw JSON body, with the image as a file
        part named `profile`.

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (UpdatePetRequest | UpdatePetMultipartRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | UpdatePetResponse]
        """

        return await _update_pet.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def remove(
        self,
        app_name: str,
        *,
        body: RemovePetRequest,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | BooleanResultResponse | ErrorResponse]:
        """Remove pet

         Removes a pet, identified by the owner's `email` and `pet_id` (requires authentication).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            body (RemovePetRequest):
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | BooleanResultResponse | ErrorResponse]
        """

        return await _remove_pet.asyncio_detailed(
            app_name=app_name,
            body=body,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def list(
        self,
        app_name: str,
        *,
        email: str,
        search_value: str | Unset = UNSET,
        search_by: str | Unset = UNSET,
        page: int | Unset = UNSET,
        pagination: ListPetsPagination | Unset = UNSET,
        per_page: int | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Response[Any | ErrorResponse | ListPetsResponse]:
        """Get pets

         Lists all the pets of the user whose email is given as the `email` query parameter (requires
        authentication). Supports search (`search_value`, `search_by`) and page-based pagination
        (`pagination`, `page`, `perPage`).

        Args:
            app_name (str): Identifier of your app (tenant) on the platform, issued by the vendor;
                every route is `/api/v2/{app_name}/...`. An unknown value is answered with 404 "App Not
                Found".
            email (str): Email of the user whose pets are listed.
            search_value (str | Unset): Text to search for.
            search_by (str | Unset): Field to search `search_value` in (values not documented; the
                doc's example is faker text).
            page (int | Unset): Page number (1-based) when `pagination` is 1.
            pagination (ListPetsPagination | Unset): Pagination switch; 1 = return one page of
                `perPage` pets (page `page`), 0 = no pagination.
            per_page (int | Unset): Page size (pets per page) when `pagination` is 1.
            timeout: This call's timeout (seconds or ``httpx.Timeout``); default ``client.timeout``.
            max_retries: This call's retry budget; default ``client.retry_policy.max_retries``.

        Raises:
            errors.APIStatusError: If the server answers with an error status (a subclass per status, e.g. errors.NotFoundError).
            errors.UnexpectedStatusError: If the server answers with a success status the spec does not document.
            errors.APIConnectionError: If no response arrives (errors.APITimeoutError when a timeout expires).

        Returns:
            Response[Any | ErrorResponse | ListPetsResponse]
        """

        return await _list_pets.asyncio_detailed(
            app_name=app_name,
            email=email,
            search_value=search_value,
            search_by=search_by,
            page=page,
            pagination=pagination,
            per_page=per_page,
            client=self._client,
            timeout=timeout,
            max_retries=max_retries,
        )
