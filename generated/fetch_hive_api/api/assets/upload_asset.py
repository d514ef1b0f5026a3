from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_envelope import AssetEnvelope
from ...models.asset_upload import AssetUpload
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_id: UUID,
    *,
    body: AssetUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/workspaces/{workspace_id}/assets".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AssetEnvelope.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

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
) -> Response[AssetEnvelope | ErrorResponse]:
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
    body: AssetUpload,
) -> Response[AssetEnvelope | ErrorResponse]:
    """Upload a file as a workspace asset

     Uploads a file and creates a workspace-scoped asset that can be used as a Hive
    Agent source (`sources.asset_ids`) or as a knowledge-base item (`asset_id`).
    `multipart/form-data`; 422 "no file provided" is documented. Assumptions of this
    SDK: the form field is named `file`; the part's filename and content type become
    `file_name` and `file_type`; a file over the size limit is refused with 413 (the
    service's limit is not documented; the reference server's default is 10 MiB).

    Args:
        workspace_id (UUID):
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetEnvelope | ErrorResponse]
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
    body: AssetUpload,
) -> AssetEnvelope | ErrorResponse | None:
    """Upload a file as a workspace asset

     Uploads a file and creates a workspace-scoped asset that can be used as a Hive
    Agent source (`sources.asset_ids`) or as a knowledge-base item (`asset_id`).
    `multipart/form-data`; 422 "no file provided" is documented. Assumptions of this
    SDK: the form field is named `file`; the part's filename and content type become
    `file_name` and `file_type`; a file over the size limit is refused with 413 (the
    service's limit is not documented; the reference server's default is 10 MiB).

    Args:
        workspace_id (UUID):
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetEnvelope | ErrorResponse
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
    body: AssetUpload,
) -> Response[AssetEnvelope | ErrorResponse]:
    """Upload a file as a workspace asset

     Uploads a file and creates a workspace-scoped asset that can be used as a Hive
    Agent source (`sources.asset_ids`) or as a knowledge-base item (`asset_id`).
    `multipart/form-data`; 422 "no file provided" is documented. Assumptions of this
    SDK: the form field is named `file`; the part's filename and content type become
    `file_name` and `file_type`; a file over the size limit is refused with 413 (the
    service's limit is not documented; the reference server's default is 10 MiB).

    Args:
        workspace_id (UUID):
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetEnvelope | ErrorResponse]
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
    body: AssetUpload,
) -> AssetEnvelope | ErrorResponse | None:
    """Upload a file as a workspace asset

     Uploads a file and creates a workspace-scoped asset that can be used as a Hive
    Agent source (`sources.asset_ids`) or as a knowledge-base item (`asset_id`).
    `multipart/form-data`; 422 "no file provided" is documented. Assumptions of this
    SDK: the form field is named `file`; the part's filename and content type become
    `file_name` and `file_type`; a file over the size limit is refused with 413 (the
    service's limit is not documented; the reference server's default is 10 MiB).

    Args:
        workspace_id (UUID):
        body (AssetUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
