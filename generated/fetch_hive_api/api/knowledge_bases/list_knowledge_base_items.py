from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.knowledge_base_item_list import KnowledgeBaseItemList
from ...types import Response


def _get_kwargs(
    workspace_id: UUID,
    knowledge_base_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/workspaces/{workspace_id}/knowledge_bases/{knowledge_base_id}/items".format(
            workspace_id=quote(str(workspace_id), safe=""),
            knowledge_base_id=quote(str(knowledge_base_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KnowledgeBaseItemList | None:
    if response.status_code == 200:
        response_200 = KnowledgeBaseItemList.from_dict(response.json())

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
) -> Response[ErrorResponse | KnowledgeBaseItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    knowledge_base_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | KnowledgeBaseItemList]:
    """List a knowledge base's items

     Source: fetch-hive-sdk 0.4.1 (`list_knowledge_base_items`) and the published SDK
    spec (answer `{knowledge_base_items: [...]}`). Unknown knowledge base: 422. Not paged.

    Args:
        workspace_id (UUID):
        knowledge_base_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KnowledgeBaseItemList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        knowledge_base_id=knowledge_base_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    knowledge_base_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | KnowledgeBaseItemList | None:
    """List a knowledge base's items

     Source: fetch-hive-sdk 0.4.1 (`list_knowledge_base_items`) and the published SDK
    spec (answer `{knowledge_base_items: [...]}`). Unknown knowledge base: 422. Not paged.

    Args:
        workspace_id (UUID):
        knowledge_base_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KnowledgeBaseItemList
    """

    return sync_detailed(
        workspace_id=workspace_id,
        knowledge_base_id=knowledge_base_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    knowledge_base_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | KnowledgeBaseItemList]:
    """List a knowledge base's items

     Source: fetch-hive-sdk 0.4.1 (`list_knowledge_base_items`) and the published SDK
    spec (answer `{knowledge_base_items: [...]}`). Unknown knowledge base: 422. Not paged.

    Args:
        workspace_id (UUID):
        knowledge_base_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KnowledgeBaseItemList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        knowledge_base_id=knowledge_base_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    knowledge_base_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | KnowledgeBaseItemList | None:
    """List a knowledge base's items

     Source: fetch-hive-sdk 0.4.1 (`list_knowledge_base_items`) and the published SDK
    spec (answer `{knowledge_base_items: [...]}`). Unknown knowledge base: 422. Not paged.

    Args:
        workspace_id (UUID):
        knowledge_base_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KnowledgeBaseItemList
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            knowledge_base_id=knowledge_base_id,
            client=client,
        )
    ).parsed
