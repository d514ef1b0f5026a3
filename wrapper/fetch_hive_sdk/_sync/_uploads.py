"""Written by scripts/unasync.py from _async/_uploads.py: do not edit.

`client.assets.upload`: written by hand (a file, not JSON), mixed into the generated
`Assets` namespace (openapi.yaml: `x-fetch-hive-namespaces`, `assets`, `mixin`).

The async source of both clients: `scripts/unasync.py` writes the sync one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack, overload

from .._base_client import NOT_GIVEN, RequestOptions
from .._build import as_refusal, prepare
from .._errors import InputValidationError
from ._namespace import Namespace

if TYPE_CHECKING:
    from os import PathLike
    from typing import BinaryIO, TypeAlias

    from fetch_hive_api.models.asset import Asset

    FileInput: TypeAlias = str | PathLike[str] | bytes | BinaryIO

__all__ = ["AssetUploads"]


class AssetUploads(Namespace):
    """The upload method of `client.assets`."""

    __slots__ = ()

    @overload
    def upload(
        self,
        file: FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset: ...

    @overload
    def upload(
        self,
        workspace_id: str | None,
        file: FileInput,
        /,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset: ...

    def upload(
        self,
        *args: Any,
        file: Any = NOT_GIVEN,
        file_name: str | None = None,
        content_type: str | None = None,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Asset:
        """Upload a file (a path, bytes or a binary file object) as a workspace asset:
        `upload(file)` to the client's workspace, or `upload(workspace_id, file)` (also
        `upload(file, workspace_id=...)`). The file is sent in chunks, never read whole
        into memory; a file opened from a path is closed afterwards. A file that changes
        size while it is sent stops the upload (`InputValidationError`). Not retried when
        the upload may have arrived."""
        from fetch_hive_api.api.assets.upload_asset import OPERATION

        from .._upload_file import upload_parts

        workspace_id, file = _upload_arguments(args, file, workspace_id)
        workspace = self._client._workspace(workspace_id)
        try:
            parts, opened = upload_parts(file, file_name, content_type)
        except InputValidationError as error:
            raise as_refusal(OPERATION, error) from None
        try:
            op = prepare(OPERATION, path={"workspace_id": workspace}, files=parts)
            result: Asset = self._client._send_prepared(OPERATION, op, options, "assets.upload")
            return result
        finally:
            if opened is not None:
                opened.close()


def _upload_arguments(args: tuple[Any, ...], file: Any, workspace_id: Any) -> tuple[Any, Any]:
    """(workspace_id, file) of `upload(file)` or `upload(workspace_id, file)`; a TypeError,
    as Python gives, for a call that fits neither."""
    if len(args) > 2:
        raise TypeError(f"upload() takes 1 or 2 positional arguments but {len(args)} were given")
    if len(args) == 2:
        if workspace_id is not None:
            raise TypeError("upload() got multiple values for argument 'workspace_id'")
        workspace_id, args = args[0], args[1:]
    if args:
        if file is not NOT_GIVEN:
            raise TypeError("upload() got multiple values for argument 'file'")
        file = args[0]
    if file is NOT_GIVEN:
        raise TypeError("upload() missing 1 required argument: 'file'")
    return workspace_id, file
