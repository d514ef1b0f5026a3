from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.knowledge_base_create_request import KnowledgeBaseCreateRequest
from ...models.knowledge_base_envelope import KnowledgeBaseEnvelope
from ...types import Response


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: KnowledgeBaseCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/workspaces/{workspace_id}/knowledge_bases".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KnowledgeBaseEnvelope | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[ErrorResponse | KnowledgeBaseEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: KnowledgeBaseCreateRequest,
) -> Response[ErrorResponse | KnowledgeBaseEnvelope]:
    """Create a knowledge base

     Source: the published SDK spec 0.2.8/0.2.9 (body `{knowledge_base: {...}}`).
    Assumptions of this SDK: the wire values of `search_type`, the defaults and ranges of
    the search settings (see `KnowledgeBaseCreate`), 404 for an unknown workspace and 422
    for an invalid body.

    Args:
        workspace_id (UUID):
        body (KnowledgeBaseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KnowledgeBaseEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: KnowledgeBaseCreateRequest,
) -> ErrorResponse | KnowledgeBaseEnvelope | None:
    """Create a knowledge base

     Source: the published SDK spec 0.2.8/0.2.9 (body `{knowledge_base: {...}}`).
    Assumptions of this SDK: the wire values of `search_type`, the defaults and ranges of
    the search settings (see `KnowledgeBaseCreate`), 404 for an unknown workspace and 422
    for an invalid body.

    Args:
        workspace_id (UUID):
        body (KnowledgeBaseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KnowledgeBaseEnvelope
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: KnowledgeBaseCreateRequest,
) -> Response[ErrorResponse | KnowledgeBaseEnvelope]:
    """Create a knowledge base

     Source: the published SDK spec 0.2.8/0.2.9 (body `{knowledge_base: {...}}`).
    Assumptions of this SDK: the wire values of `search_type`, the defaults and ranges of
    the search settings (see `KnowledgeBaseCreate`), 404 for an unknown workspace and 422
    for an invalid body.

    Args:
        workspace_id (UUID):
        body (KnowledgeBaseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KnowledgeBaseEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: KnowledgeBaseCreateRequest,
) -> ErrorResponse | KnowledgeBaseEnvelope | None:
    """Create a knowledge base

     Source: the published SDK spec 0.2.8/0.2.9 (body `{knowledge_base: {...}}`).
    Assumptions of this SDK: the wire values of `search_type`, the defaults and ranges of
    the search settings (see `KnowledgeBaseCreate`), 404 for an unknown workspace and 422
    for an invalid body.

    Args:
        workspace_id (UUID):
        body (KnowledgeBaseCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KnowledgeBaseEnvelope
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
