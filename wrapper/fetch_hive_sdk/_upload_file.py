"""The file of an upload (`client.assets.upload`): checked before anything is sent, then
read in chunks (never whole into memory) as exactly the bytes it held when the upload began.

A file that grows or shrinks while it is read would make the request's body disagree with
its declared length (the HTTP library then fails deep inside, outside the SDK's errors); here
the upload stops with an `InputValidationError` naming `file` instead, and the service never
receives a complete request.
"""

from __future__ import annotations

import io
import os
from typing import IO, Any, cast

from ._errors import InputValidationError

__all__ = ["SizedFile", "upload_parts"]


def _fail(problem: str) -> InputValidationError:
    return InputValidationError(f"file: {problem}", argument="file")


class SizedFile:
    """A binary file read as exactly `size` bytes from its start: what httpx's multipart
    encoder reads (`read`, `seek`, `tell`)."""

    def __init__(self, file: IO[bytes], size: int, name: str) -> None:
        self._file = file
        self._size = size
        self._name = name
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        left = self._size - self._position
        wanted = left if size < 0 else min(size, left)
        if wanted <= 0:
            if left == 0 and self._file.read(1):
                raise self._changed("grew")
            return b""
        chunk = self._file.read(wanted)
        if not chunk:
            raise self._changed("shrank")
        self._position += len(chunk)
        return chunk

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        target = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._size}[whence]
        self._position = max(0, min(self._size, target + offset))
        self._file.seek(self._position)
        return self._position

    def tell(self) -> int:
        return self._position

    def _changed(self, how: str) -> InputValidationError:
        return _fail(
            f"{self._name!r} {how} while it was uploaded ({self._size} bytes when the upload "
            f"began, {self._position} read); the upload was stopped: send it again once the "
            "file no longer changes"
        )


def upload_parts(
    file: object, file_name: str | None, content_type: str | None
) -> tuple[dict[str, Any], IO[bytes] | None]:
    """The multipart parts of an upload (field `file`) and the file to close after it (one
    this SDK opened from a path; None otherwise)."""
    if file_name is not None:
        _part_header(file_name, "file_name", ascii_only=False)
    if content_type is not None:
        _part_header(content_type, "content_type", ascii_only=True)
    opened: IO[bytes] | None = None
    stream: IO[bytes]
    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        if not isinstance(path, str) or not os.path.isfile(path):
            raise _fail(f"no such file: {path!r}")
        try:
            opened = stream = open(path, "rb")  # noqa: SIM115 - closed after the upload
        except OSError as exc:
            raise _fail(f"cannot open {path!r}: {exc.strerror}") from None
        name = file_name or os.path.basename(path)
    elif isinstance(file, bytes | bytearray | memoryview):
        stream = io.BytesIO(bytes(file))
        name = file_name or "upload"
    elif hasattr(file, "read"):
        if isinstance(file, io.TextIOBase):
            raise _fail("open the file in binary mode ('rb')")
        if getattr(file, "closed", False):
            raise _fail("the file is closed")
        try:
            readable = file.readable() if hasattr(file, "readable") else True
        except (OSError, ValueError):
            readable = False
        if not readable:
            raise _fail("the file is not open for reading (open it with 'rb')")
        stream = cast("IO[bytes]", file)  # a binary file object, duck-typed
        name = file_name or os.path.basename(str(getattr(file, "name", "") or "upload"))
    else:
        raise _fail(f"a path, bytes or a binary file object, got {type(file).__name__}")
    size = _size(stream)
    payload: Any = stream if size is None else SizedFile(stream, size, name)
    return {"file": (name, payload, content_type)}, opened


def _size(stream: Any) -> int | None:
    """The file's size, when it can be known without reading it (else httpx sends it in
    chunks of unknown total, and nothing can disagree)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        pass
    try:
        position = stream.tell()
        end = stream.seek(0, os.SEEK_END)
        stream.seek(position)
    except (AttributeError, OSError, ValueError):
        return None
    return int(end)


def _part_header(value: object, argument: str, *, ascii_only: bool) -> None:
    """A part header's value: text without line breaks or other control characters, which
    would add headers of their own to the multipart body; a content type in ASCII."""
    if not isinstance(value, str):
        raise InputValidationError(
            f"{argument}: must be a string, got {type(value).__name__}", argument=argument
        )
    if not value.strip():
        raise InputValidationError(f"{argument}: must not be empty", argument=argument)
    for position, char in enumerate(value):
        if char < " " or char == "\x7f" or (ascii_only and not char.isascii()):
            kind = "a control" if char.isascii() else "a non-ASCII"
            raise InputValidationError(
                f"{argument}: contains {kind} character U+{ord(char):04X} at position "
                f"{position}: it cannot go in a part header",
                argument=argument,
            )
