from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_service_catalogue import SearchServiceCatalogue
from ...types import Response


def _get_kwargs(
    service: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/search_services/{service}/countries".format(
            service=quote(str(service), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchServiceCatalogue | None:
    if response.status_code == 200:
        response_200 = SearchServiceCatalogue.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SearchServiceCatalogue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SearchServiceCatalogue]:
    """The country catalogue of one search service

     Public; needs no API key. Known services: `google_search`, `google_news`,
    `google_ai_mode`, `google_ai_overview`, `bing_search` (published SDK spec); any
    other is the documented 404 "unsupported service". Assumption of this SDK: the
    answer is the service's catalogue object (as one entry of
    `listSearchServiceCountries`).

    Args:
        service (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchServiceCatalogue]
    """

    kwargs = _get_kwargs(
        service=service,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    service: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SearchServiceCatalogue | None:
    """The country catalogue of one search service

     Public; needs no API key. Known services: `google_search`, `google_news`,
    `google_ai_mode`, `google_ai_overview`, `bing_search` (published SDK spec); any
    other is the documented 404 "unsupported service". Assumption of this SDK: the
    answer is the service's catalogue object (as one entry of
    `listSearchServiceCountries`).

    Args:
        service (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchServiceCatalogue
    """

    return sync_detailed(
        service=service,
        client=client,
    ).parsed


async def asyncio_detailed(
    service: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SearchServiceCatalogue]:
    """The country catalogue of one search service

     Public; needs no API key. Known services: `google_search`, `google_news`,
    `google_ai_mode`, `google_ai_overview`, `bing_search` (published SDK spec); any
    other is the documented 404 "unsupported service". Assumption of this SDK: the
    answer is the service's catalogue object (as one entry of
    `listSearchServiceCountries`).

    Args:
        service (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchServiceCatalogue]
    """

    kwargs = _get_kwargs(
        service=service,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    service: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SearchServiceCatalogue | None:
    """The country catalogue of one search service

     Public; needs no API key. Known services: `google_search`, `google_news`,
    `google_ai_mode`, `google_ai_overview`, `bing_search` (published SDK spec); any
    other is the documented 404 "unsupported service". Assumption of this SDK: the
    answer is the service's catalogue object (as one entry of
    `listSearchServiceCountries`).

    Args:
        service (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchServiceCatalogue
    """

    return (
        await asyncio_detailed(
            service=service,
            client=client,
        )
    ).parsed
