"""Hardening round 3 (issue 21): uploads, ids in paths, callback URLs.

- A file that grows or shrinks while an upload reads it ends in the SDK's own error (never
  h11's `LocalProtocolError`, which `except APIError` and `except httpx.HTTPError` miss),
  over a real socket to the reference server.
- A part header (`content_type`, `file_name`) with a line break, a closed file and a
  write-only file are refused before sending, naming the argument.
- A path id with a control character or of 100,000 characters is refused before sending
  (never httpx's `InvalidURL`).
- Callback URLs follow one rule in the SDK and in the reference server: https, or http to
  a loopback host.
"""

from __future__ import annotations

import inspect
import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _wrapper_support import WS, Recorder, make_client, reply
from fetch_hive_reference.testing import RunningServer, running_server
from fetch_hive_sdk import AsyncFetchHive, FetchHive, InputValidationError

pytestmark = pytest.mark.anyio

ASSET = {"asset": {"id": "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b", "file_name": "a.txt"}}


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with running_server(stream_pace=0) as running:
        yield running


async def _run(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _live(kind: str, server: RunningServer) -> Any:
    cls = FetchHive if kind == "sync" else AsyncFetchHive
    return cls(server.api_key, server.base_url, workspace_id=server.settings.workspace_id)


class ChangingFile(io.FileIO):
    """A real file that grows (or shrinks) on disk right after its first chunk is read."""

    def __init__(self, path: Path, change: str) -> None:
        super().__init__(path, "rb")
        self._path = path
        self._change = change
        self._changed = False

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        chunk = super().read(size)
        if chunk and not self._changed:
            self._changed = True
            if self._change == "grow":
                with self._path.open("ab") as more:
                    more.write(b"x" * 100_000)
            else:
                os.truncate(self._path, 10)
        return chunk


@pytest.mark.parametrize("change", ["grow", "shrink"])
async def test_a_file_that_changes_while_uploaded_is_the_sdks_error(
    kind: str, change: str, server: RunningServer, tmp_path: Path
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"quarterly numbers\n" * 20_000)  # several chunks
    client = _live(kind, server)
    with (
        ChangingFile(path, change) as file,
        pytest.raises(InputValidationError, match=r"grew|shrank") as caught,
    ):
        await _run(client.assets.upload(file))
    assert caught.value.argument == "file"
    # The client is still usable afterwards.
    assert isinstance(await _run(client.assets.list()), list)
    await _run(client.close())


async def test_an_unchanged_file_uploads_whole_over_a_socket(
    kind: str, server: RunningServer, tmp_path: Path
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"quarterly numbers\n" * 20_000)
    client = _live(kind, server)
    asset = await _run(client.assets.upload(path, content_type="text/plain"))
    assert asset.file_size == path.stat().st_size
    await _run(client.close())


BAD_UPLOADS = [
    ("content type CR/LF", {"content_type": "text/plain\r\nX-Injected: 1"}, "content_type", "U+000D"),
    ("content type LF", {"content_type": "text/plain\nX: 1"}, "content_type", "U+000A"),
    ("file name CR/LF", {"file_name": "a.txt\r\nContent-Type: text/html"}, "file_name", "U+000D"),
    ("empty content type", {"content_type": " "}, "content_type", "empty"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "argument", "fragment"),
    [b[1:] for b in BAD_UPLOADS],
    ids=[b[0] for b in BAD_UPLOADS],
)
async def test_a_line_break_in_a_part_header_is_refused(
    kind: str, options: dict[str, Any], argument: str, fragment: str
) -> None:
    recorder = Recorder([reply(200, ASSET)])
    client = make_client(kind, recorder, workspace_id=WS)
    with pytest.raises(InputValidationError, match=re.escape(fragment)) as caught:
        await _run(client.assets.upload(b"data", **options))
    assert caught.value.argument == argument and recorder.requests == []


async def test_a_closed_or_write_only_file_is_refused_naming_file(
    kind: str, tmp_path: Path
) -> None:
    recorder = Recorder([reply(200, ASSET)])
    client = make_client(kind, recorder, workspace_id=WS)
    path = tmp_path / "a.bin"
    path.write_bytes(b"data")
    closed = path.open("rb")
    closed.close()
    with pytest.raises(InputValidationError, match="file: the file is closed"):
        await _run(client.assets.upload(closed))
    with (
        path.open("wb") as write_only,
        pytest.raises(InputValidationError, match="not open for reading") as caught,
    ):
        await _run(client.assets.upload(write_only))
    assert caught.value.argument == "file" and recorder.requests == []


BAD_IDS = [
    ("NUL", "thread\x00one", "U+0000"),
    ("CR/LF", "thread\r\nX-Injected: 1", "U+000D"),
    ("DEL", "thread\x7f", "U+007F"),
    ("100,000 characters", "t" * 100_000, "at most 1024"),
]


@pytest.mark.parametrize(
    ("thread_id", "fragment"), [b[1:] for b in BAD_IDS], ids=[b[0] for b in BAD_IDS]
)
async def test_a_path_id_that_no_service_id_can_be_is_refused(
    kind: str, thread_id: str, fragment: str
) -> None:
    recorder = Recorder([reply(200, {"delegations": []})])
    client = make_client(kind, recorder)
    with pytest.raises(InputValidationError, match=re.escape(fragment)) as caught:
        await _run(client.delegations.list(thread_id))
    assert caught.value.argument == "thread_id" and recorder.requests == []
    with pytest.raises(InputValidationError, match=re.escape(fragment)):  # 0.4.1's name too
        await _run(client.list_thread_delegations(thread_id))


async def test_a_long_but_usable_path_id_is_sent(kind: str) -> None:
    recorder = Recorder([reply(200, {"delegations": []})])
    client = make_client(kind, recorder)
    await _run(client.delegations.list("t" * 1024))
    assert recorder.last.url.path.endswith("/" + "t" * 1024 + "/delegations")


CALLBACKS_ACCEPTED = [
    "https://example.com/cb",
    "http://127.0.0.1:9/cb",
    "http://localhost:9/cb",
    "http://[::1]:9/cb",
    "HTTPS://Example.COM/cb",
]
CALLBACKS_REFUSED = [
    "http://example.com/cb",
    "http://localhost.example.com/cb",
    "http://10.0.0.1/cb",
]


@pytest.mark.parametrize("url", CALLBACKS_ACCEPTED)
async def test_the_sdk_and_the_server_accept_the_same_callback_urls(
    kind: str, url: str, server: RunningServer
) -> None:
    client = _live(kind, server)
    run = await _run(
        client.invoke_workflow(deployment="market-report", async_mode=True, callback_url=url)
    )
    assert run["run_status"] in {"running", "queued"}
    # The server itself, without the SDK's check: the same answer.
    answer = httpx.post(
        server.base_url + "/workflow/invoke",
        headers={"Authorization": f"Bearer {server.api_key}"},
        json={"deployment": "market-report", "async": {"enabled": True, "callback_url": url}},
    )
    assert answer.status_code == 200, answer.text
    await _run(client.close())


@pytest.mark.parametrize("url", CALLBACKS_REFUSED)
async def test_the_sdk_and_the_server_refuse_the_same_callback_urls(
    kind: str, url: str, server: RunningServer
) -> None:
    client = _live(kind, server)
    with pytest.raises(InputValidationError, match="callback_url: must use https"):
        await _run(
            client.invoke_workflow(deployment="market-report", async_mode=True, callback_url=url)
        )
    with pytest.raises(InputValidationError, match="callback_url: must use https"):
        await _run(client.hive_agents.invoke("h", "o", callback_url=url))
    answer = httpx.post(
        server.base_url + "/workflow/invoke",
        headers={"Authorization": f"Bearer {server.api_key}"},
        json={"deployment": "market-report", "async": {"enabled": True, "callback_url": url}},
    )
    assert answer.status_code in (400, 422), answer.text
    await _run(client.close())
