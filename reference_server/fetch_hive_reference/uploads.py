"""Multipart uploads: read one file part, refuse it over the size limit, check the form
against the operation's ``multipart/form-data`` schema in openapi.yaml.

The size limit is enforced while the body streams in: a declared ``Content-Length`` beyond it
is refused before anything is read, and a chunked body is cut off as soon as it passes it,
so an oversized upload never sits whole in memory. Over the limit: 413 ``File too large``.
"""

from __future__ import annotations

import mimetypes
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass

from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from . import errors
from .spec import FormSchema, Operation

#: Room for the multipart framing (boundaries, part headers) around the file itself.
FRAMING_ALLOWANCE = 64 * 1024


@dataclass(frozen=True)
class Upload:
    file_name: str
    content_type: str
    content: bytes

    @property
    def asset_type(self) -> str:
        """``image``, ``audio``, ``video`` or ``document`` (this server's classification)."""
        major = self.content_type.split("/", 1)[0]
        return major if major in {"image", "audio", "video"} else "document"


def too_large(limit: int) -> errors.ApiError:
    return errors.ApiError(
        413, "File too large", f"The file has more than {limit} bytes.", "payload_too_large"
    )


def _no_file() -> errors.ApiError:
    return errors.validation_error("No file provided", "Send the file in the form field 'file'.")


async def _limited(stream: AsyncIterator[bytes], limit: int) -> AsyncGenerator[bytes, None]:
    received = 0
    async for chunk in stream:
        received += len(chunk)
        if received > limit + FRAMING_ALLOWANCE:
            raise too_large(limit)
        yield chunk


async def read_upload(request: Request, operation: Operation, limit: int) -> Upload:
    """The one file of a multipart body, checked against ``operation``'s form schema."""
    form = operation.form
    if form is None:
        raise RuntimeError(f"{operation.operation_id} has no multipart/form-data body")
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise errors.validation_error(
            "Invalid request", "Send the file as multipart/form-data.", 400
        )
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit + FRAMING_ALLOWANCE:
        raise too_large(limit)
    parser = MultiPartParser(
        request.headers,
        _limited(request.stream(), limit),
        max_files=len(form.files) or 1,
        max_fields=len(form.fields),
        max_part_size=64 * 1024,
    )
    try:
        parts = await parser.parse()
    except MultiPartException as exc:
        raise errors.validation_error("Invalid form", str(exc), 422) from None
    try:
        return await _the_file(parts, form, limit)
    finally:
        await parts.close()


async def _the_file(parts: FormData, form: FormSchema, limit: int) -> Upload:
    items = list(parts.multi_items())
    names = [name for name, _ in items]
    unknown = sorted(set(names) - form.files - form.fields)
    if unknown:
        raise errors.validation_error(
            "Invalid form", f"Unknown form field(s): {', '.join(unknown)}."
        )
    [file_field] = sorted(form.files)  # the upload operation has exactly one file field
    files = [value for name, value in items if name == file_field]
    if len(files) != 1 or not isinstance(files[0], UploadFile):
        raise _no_file()
    upload = files[0]
    content = await upload.read(limit + 1)
    if len(content) > limit:
        raise too_large(limit)
    file_name = upload.filename or "upload.bin"
    content_type = upload.content_type or "application/octet-stream"
    if content_type == "application/octet-stream":  # what generic clients send: guess better
        content_type = mimetypes.guess_type(file_name)[0] or content_type
    return Upload(file_name=file_name, content_type=content_type, content=content)
