from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tool_action_approval_envelope import ToolActionApprovalEnvelope
from ...models.tool_action_decision import ToolActionDecision
from ...types import Response


def _get_kwargs(
    workspace_id: UUID,
    id: UUID,
    *,
    body: ToolActionDecision,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/workspaces/{workspace_id}/tool_action_approvals/{id}/decide".format(
            workspace_id=quote(str(workspace_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ToolActionApprovalEnvelope | None:
    if response.status_code == 200:
        response_200 = ToolActionApprovalEnvelope.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | ToolActionApprovalEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ToolActionDecision,
) -> Response[ErrorResponse | ToolActionApprovalEnvelope]:
    """Decide a tool-action approval (the paused run goes on)

     Source: fetch-hive-sdk 0.4.1 (`decide_tool_action_approval(workspace_id,
    approval_id, decision)` sends `{"decision": ...}`; its docstring: "`decision` is
    `allow_once` or `deny`. An API-key run resumes on the server after this call").
    Assumptions of this SDK: the answer `{tool_action_approval}` (now `approved` or
    `denied`), 404 for an unknown id and 409 for an approval already decided.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (ToolActionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolActionApprovalEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ToolActionDecision,
) -> ErrorResponse | ToolActionApprovalEnvelope | None:
    """Decide a tool-action approval (the paused run goes on)

     Source: fetch-hive-sdk 0.4.1 (`decide_tool_action_approval(workspace_id,
    approval_id, decision)` sends `{"decision": ...}`; its docstring: "`decision` is
    `allow_once` or `deny`. An API-key run resumes on the server after this call").
    Assumptions of this SDK: the answer `{tool_action_approval}` (now `approved` or
    `denied`), 404 for an unknown id and 409 for an approval already decided.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (ToolActionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolActionApprovalEnvelope
    """

    return sync_detailed(
        workspace_id=workspace_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ToolActionDecision,
) -> Response[ErrorResponse | ToolActionApprovalEnvelope]:
    """Decide a tool-action approval (the paused run goes on)

     Source: fetch-hive-sdk 0.4.1 (`decide_tool_action_approval(workspace_id,
    approval_id, decision)` sends `{"decision": ...}`; its docstring: "`decision` is
    `allow_once` or `deny`. An API-key run resumes on the server after this call").
    Assumptions of this SDK: the answer `{tool_action_approval}` (now `approved` or
    `denied`), 404 for an unknown id and 409 for an approval already decided.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (ToolActionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolActionApprovalEnvelope]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: UUID,
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ToolActionDecision,
) -> ErrorResponse | ToolActionApprovalEnvelope | None:
    """Decide a tool-action approval (the paused run goes on)

     Source: fetch-hive-sdk 0.4.1 (`decide_tool_action_approval(workspace_id,
    approval_id, decision)` sends `{"decision": ...}`; its docstring: "`decision` is
    `allow_once` or `deny`. An API-key run resumes on the server after this call").
    Assumptions of this SDK: the answer `{tool_action_approval}` (now `approved` or
    `denied`), 404 for an unknown id and 409 for an approval already decided.

    Args:
        workspace_id (UUID):
        id (UUID):
        body (ToolActionDecision):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolActionApprovalEnvelope
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
