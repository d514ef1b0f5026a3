from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tool_action_approval_list import ToolActionApprovalList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: UUID,
    *,
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["agent_id"] = agent_id

    params["run_id"] = run_id

    params["request_id"] = request_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/workspaces/{workspace_id}/tool_action_approvals".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ToolActionApprovalList | None:
    if response.status_code == 200:
        response_200 = ToolActionApprovalList.from_dict(response.json())

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
) -> Response[ErrorResponse | ToolActionApprovalList]:
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
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ToolActionApprovalList]:
    """List tool-action approvals

     Tool calls waiting for (or given) a human decision, for agents invoked with
    `tool_approval: "policy"`. Source: fetch-hive-sdk 0.4.1 (`list_tool_action_approvals`
    and its query parameters); no docs page and no published-spec entry exist.
    Assumptions of this SDK: the answer `{tool_action_approvals, next_cursor}`, the
    approval object (`ToolActionApproval`), `status` defaulting to `pending` (0.4.1's
    docstring says "the server defaults status to pending"), and the paging: answers are
    ordered by creation, hold at most `limit` approvals (default 50, at most 100) and
    give a `next_cursor` to pass as `cursor` while more remain (`null` on the last page).

    Args:
        workspace_id (UUID):
        status (str | Unset):
        agent_id (str | Unset):
        run_id (str | Unset):
        request_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolActionApprovalList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        status=status,
        agent_id=agent_id,
        run_id=run_id,
        request_id=request_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ToolActionApprovalList | None:
    """List tool-action approvals

     Tool calls waiting for (or given) a human decision, for agents invoked with
    `tool_approval: "policy"`. Source: fetch-hive-sdk 0.4.1 (`list_tool_action_approvals`
    and its query parameters); no docs page and no published-spec entry exist.
    Assumptions of this SDK: the answer `{tool_action_approvals, next_cursor}`, the
    approval object (`ToolActionApproval`), `status` defaulting to `pending` (0.4.1's
    docstring says "the server defaults status to pending"), and the paging: answers are
    ordered by creation, hold at most `limit` approvals (default 50, at most 100) and
    give a `next_cursor` to pass as `cursor` while more remain (`null` on the last page).

    Args:
        workspace_id (UUID):
        status (str | Unset):
        agent_id (str | Unset):
        run_id (str | Unset):
        request_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolActionApprovalList
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        status=status,
        agent_id=agent_id,
        run_id=run_id,
        request_id=request_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | ToolActionApprovalList]:
    """List tool-action approvals

     Tool calls waiting for (or given) a human decision, for agents invoked with
    `tool_approval: "policy"`. Source: fetch-hive-sdk 0.4.1 (`list_tool_action_approvals`
    and its query parameters); no docs page and no published-spec entry exist.
    Assumptions of this SDK: the answer `{tool_action_approvals, next_cursor}`, the
    approval object (`ToolActionApproval`), `status` defaulting to `pending` (0.4.1's
    docstring says "the server defaults status to pending"), and the paging: answers are
    ordered by creation, hold at most `limit` approvals (default 50, at most 100) and
    give a `next_cursor` to pass as `cursor` while more remain (`null` on the last page).

    Args:
        workspace_id (UUID):
        status (str | Unset):
        agent_id (str | Unset):
        run_id (str | Unset):
        request_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolActionApprovalList]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        status=status,
        agent_id=agent_id,
        run_id=run_id,
        request_id=request_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | ToolActionApprovalList | None:
    """List tool-action approvals

     Tool calls waiting for (or given) a human decision, for agents invoked with
    `tool_approval: "policy"`. Source: fetch-hive-sdk 0.4.1 (`list_tool_action_approvals`
    and its query parameters); no docs page and no published-spec entry exist.
    Assumptions of this SDK: the answer `{tool_action_approvals, next_cursor}`, the
    approval object (`ToolActionApproval`), `status` defaulting to `pending` (0.4.1's
    docstring says "the server defaults status to pending"), and the paging: answers are
    ordered by creation, hold at most `limit` approvals (default 50, at most 100) and
    give a `next_cursor` to pass as `cursor` while more remain (`null` on the last page).

    Args:
        workspace_id (UUID):
        status (str | Unset):
        agent_id (str | Unset):
        run_id (str | Unset):
        request_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolActionApprovalList
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            status=status,
            agent_id=agent_id,
            run_id=run_id,
            request_id=request_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
