from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.workflow_invoke_request import WorkflowInvokeRequest
from ...models.workflow_run import WorkflowRun
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowInvokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflow/invoke",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WorkflowRun | None:
    if response.status_code == 200:
        response_200 = WorkflowRun.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = WorkflowRun.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

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

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | WorkflowRun]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInvokeRequest,
) -> Response[ErrorResponse | WorkflowRun]:
    """Run a workflow deployment

     Runs a workflow deployment. Without `async` the call waits for the run and returns
    its `output`. With `async.enabled: true` it returns at once with `run_status`
    `running` (or `queued` at the plan's concurrency cap) and the `webhook_secret`;
    Fetch Hive later POSTs a signed completion event to `async.callback_url` (see the
    `completion` callback). Workflows with a human-in-the-loop step must use callback
    delivery: a synchronous call is a validation error.

    The status code of a callback-mode answer is not documented (the agent trigger
    documents 202). Assumption of this SDK: the service answers 200 or 202, with the
    same body.

    Args:
        body (WorkflowInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowRun]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInvokeRequest,
) -> ErrorResponse | WorkflowRun | None:
    """Run a workflow deployment

     Runs a workflow deployment. Without `async` the call waits for the run and returns
    its `output`. With `async.enabled: true` it returns at once with `run_status`
    `running` (or `queued` at the plan's concurrency cap) and the `webhook_secret`;
    Fetch Hive later POSTs a signed completion event to `async.callback_url` (see the
    `completion` callback). Workflows with a human-in-the-loop step must use callback
    delivery: a synchronous call is a validation error.

    The status code of a callback-mode answer is not documented (the agent trigger
    documents 202). Assumption of this SDK: the service answers 200 or 202, with the
    same body.

    Args:
        body (WorkflowInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowRun
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInvokeRequest,
) -> Response[ErrorResponse | WorkflowRun]:
    """Run a workflow deployment

     Runs a workflow deployment. Without `async` the call waits for the run and returns
    its `output`. With `async.enabled: true` it returns at once with `run_status`
    `running` (or `queued` at the plan's concurrency cap) and the `webhook_secret`;
    Fetch Hive later POSTs a signed completion event to `async.callback_url` (see the
    `completion` callback). Workflows with a human-in-the-loop step must use callback
    delivery: a synchronous call is a validation error.

    The status code of a callback-mode answer is not documented (the agent trigger
    documents 202). Assumption of this SDK: the service answers 200 or 202, with the
    same body.

    Args:
        body (WorkflowInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WorkflowRun]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowInvokeRequest,
) -> ErrorResponse | WorkflowRun | None:
    """Run a workflow deployment

     Runs a workflow deployment. Without `async` the call waits for the run and returns
    its `output`. With `async.enabled: true` it returns at once with `run_status`
    `running` (or `queued` at the plan's concurrency cap) and the `webhook_secret`;
    Fetch Hive later POSTs a signed completion event to `async.callback_url` (see the
    `completion` callback). Workflows with a human-in-the-loop step must use callback
    delivery: a synchronous call is a validation error.

    The status code of a callback-mode answer is not documented (the agent trigger
    documents 202). Assumption of this SDK: the service answers 200 or 202, with the
    same body.

    Args:
        body (WorkflowInvokeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WorkflowRun
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
