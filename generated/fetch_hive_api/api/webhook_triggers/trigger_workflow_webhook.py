from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.trigger_accepted import TriggerAccepted
from ...models.workflow_webhook_trigger_request import WorkflowWebhookTriggerRequest
from ...types import Response


def _get_kwargs(
    workflow_endpoint_id: str,
    variant_id: str,
    *,
    body: WorkflowWebhookTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflow/webhooks/{workflow_endpoint_id}/variants/{variant_id}".format(
            workflow_endpoint_id=quote(str(workflow_endpoint_id), safe=""),
            variant_id=quote(str(variant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TriggerAccepted | None:
    if response.status_code == 202:
        response_202 = TriggerAccepted.from_dict(response.json())

        return response_202

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TriggerAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_endpoint_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowWebhookTriggerRequest,
) -> Response[ErrorResponse | TriggerAccepted]:
    """Start a workflow run with the deployment's webhook secret

     Needs no API key: the deployment's webhook secret goes in the
    `X-Fetch-Hive-Webhook-Secret` header, or in the `secret` query parameter for tools
    that cannot set headers. Always callback delivery. A body without `inputs` carries
    the start inputs as its top-level fields (see `WorkflowWebhookTriggerRequest`; the
    documentation's sentence is cut off). Assumption of this SDK: the answer is 202
    `{request_id, run_status}` as for the agent trigger.

    Args:
        workflow_endpoint_id (str):
        variant_id (str):
        body (WorkflowWebhookTriggerRequest): Documented: when the body has an `inputs` object, it
            holds the workflow's start
            inputs. The docs' sentence for a body without `inputs` is cut off after "Fetch Hive
            treats". Assumption of this SDK: the body's other top-level fields (all but `async`,
            `metadata` and `user`) are then the start inputs, so tools that cannot nest their
            payload can still start a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerAccepted]
    """

    kwargs = _get_kwargs(
        workflow_endpoint_id=workflow_endpoint_id,
        variant_id=variant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_endpoint_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowWebhookTriggerRequest,
) -> ErrorResponse | TriggerAccepted | None:
    """Start a workflow run with the deployment's webhook secret

     Needs no API key: the deployment's webhook secret goes in the
    `X-Fetch-Hive-Webhook-Secret` header, or in the `secret` query parameter for tools
    that cannot set headers. Always callback delivery. A body without `inputs` carries
    the start inputs as its top-level fields (see `WorkflowWebhookTriggerRequest`; the
    documentation's sentence is cut off). Assumption of this SDK: the answer is 202
    `{request_id, run_status}` as for the agent trigger.

    Args:
        workflow_endpoint_id (str):
        variant_id (str):
        body (WorkflowWebhookTriggerRequest): Documented: when the body has an `inputs` object, it
            holds the workflow's start
            inputs. The docs' sentence for a body without `inputs` is cut off after "Fetch Hive
            treats". Assumption of this SDK: the body's other top-level fields (all but `async`,
            `metadata` and `user`) are then the start inputs, so tools that cannot nest their
            payload can still start a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerAccepted
    """

    return sync_detailed(
        workflow_endpoint_id=workflow_endpoint_id,
        variant_id=variant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_endpoint_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowWebhookTriggerRequest,
) -> Response[ErrorResponse | TriggerAccepted]:
    """Start a workflow run with the deployment's webhook secret

     Needs no API key: the deployment's webhook secret goes in the
    `X-Fetch-Hive-Webhook-Secret` header, or in the `secret` query parameter for tools
    that cannot set headers. Always callback delivery. A body without `inputs` carries
    the start inputs as its top-level fields (see `WorkflowWebhookTriggerRequest`; the
    documentation's sentence is cut off). Assumption of this SDK: the answer is 202
    `{request_id, run_status}` as for the agent trigger.

    Args:
        workflow_endpoint_id (str):
        variant_id (str):
        body (WorkflowWebhookTriggerRequest): Documented: when the body has an `inputs` object, it
            holds the workflow's start
            inputs. The docs' sentence for a body without `inputs` is cut off after "Fetch Hive
            treats". Assumption of this SDK: the body's other top-level fields (all but `async`,
            `metadata` and `user`) are then the start inputs, so tools that cannot nest their
            payload can still start a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerAccepted]
    """

    kwargs = _get_kwargs(
        workflow_endpoint_id=workflow_endpoint_id,
        variant_id=variant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_endpoint_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    body: WorkflowWebhookTriggerRequest,
) -> ErrorResponse | TriggerAccepted | None:
    """Start a workflow run with the deployment's webhook secret

     Needs no API key: the deployment's webhook secret goes in the
    `X-Fetch-Hive-Webhook-Secret` header, or in the `secret` query parameter for tools
    that cannot set headers. Always callback delivery. A body without `inputs` carries
    the start inputs as its top-level fields (see `WorkflowWebhookTriggerRequest`; the
    documentation's sentence is cut off). Assumption of this SDK: the answer is 202
    `{request_id, run_status}` as for the agent trigger.

    Args:
        workflow_endpoint_id (str):
        variant_id (str):
        body (WorkflowWebhookTriggerRequest): Documented: when the body has an `inputs` object, it
            holds the workflow's start
            inputs. The docs' sentence for a body without `inputs` is cut off after "Fetch Hive
            treats". Assumption of this SDK: the body's other top-level fields (all but `async`,
            `metadata` and `user`) are then the start inputs, so tools that cannot nest their
            payload can still start a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerAccepted
    """

    return (
        await asyncio_detailed(
            workflow_endpoint_id=workflow_endpoint_id,
            variant_id=variant_id,
            client=client,
            body=body,
        )
    ).parsed
