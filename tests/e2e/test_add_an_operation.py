"""Adding an endpoint costs a spec edit, `make regenerate` and one server handler.

The test copies the repository to a temporary folder, adds `GET
/public/workspaces/{workspace_id}/assets/{id}` to its openapi.yaml (with the extensions
that name its SDK method and CLI command) and a handler to its reference server, runs
`make regenerate` there, and calls the new operation through `FetchHive`, `AsyncFetchHive`
and `fetch-hive` against that copy's server over a real socket. Nothing under wrapper/ is
edited by hand: the copy's wrapper/ differs from this one in generated files only.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "fhk_add_an_operation"
WORKSPACE = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"
# Written by `make regenerate`: the only files of wrapper/ a spec edit may change.
GENERATED_SOURCES = {
    "fetch_hive_sdk/_async/_resources.py",
    "fetch_hive_sdk/_sync/_resources.py",
    "fetch_hive_sdk/_legacy/_async_methods.py",
    "fetch_hive_sdk/_legacy/_sync_methods.py",
    "fetch_hive_sdk/_cli_commands.py",
}

NEW_OPERATION = """\
  /public/workspaces/{workspace_id}/assets/{id}:
    get:
      operationId: getAsset
      x-fetch-hive-sdk: {method: assets.get}
      x-fetch-hive-envelope: asset
      x-fetch-hive-cli: {command: assets get}
      tags: [assets]
      summary: Get one asset
      description: An asset of the workspace, by its id.
      parameters:
        - $ref: "#/components/parameters/WorkspaceId"
        - name: id
          in: path
          required: true
          description: The asset's UUID.
          schema:
            type: string
            format: uuid
      responses:
        "200":
          description: The asset.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/AssetEnvelope"
        "404":
          $ref: "#/components/responses/NotFound"
"""

NEW_HANDLER = """

@handles("getAsset")
async def get_asset(call: Call) -> Response:
    doc = call.store.get(ASSET, call.path["id"], parent_id=call.workspace())
    if doc is None:
        raise errors.not_found("Asset not found", "No asset with this id in the workspace.")
    return json_answer({"asset": public(doc)})
"""

CALLS = """\
import asyncio, sys
from fetch_hive_sdk import AsyncFetchHive, FetchHive

with FetchHive() as client:
    asset = client.assets.upload(b"quarterly numbers", file_name="q.txt")
    fetched = client.assets.get(asset.id)
    assert fetched.id == asset.id and fetched.file_name == "q.txt", fetched
    raw = client.with_raw_response.assets.get(asset.id)
    assert raw.status_code == 200 and raw.parse().id == asset.id

async def main() -> None:
    async with AsyncFetchHive() as client:
        fetched = await client.assets.get(asset.id)
        assert fetched.file_name == "q.txt", fetched

asyncio.run(main())
print(asset.id)
"""


def _copy_of_the_repository(into: Path) -> Path:
    copy = into / "repo"
    shutil.copytree(
        ROOT, copy, symlinks=True,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", ".vendor", ".bench", "__pycache__", ".mypy_cache", ".ruff_cache",
            ".pytest_cache", ".hypothesis", ".schemathesis", ".check-generated", "dist", "build",
        ),
    )  # fmt: skip
    # The same environment (copytree keeps the files' times, so make sees it up to date).
    (copy / ".venv").symlink_to(ROOT / ".venv")
    return copy


def _environment(copy: Path) -> dict[str, str]:
    paths = [copy / "wrapper", copy / "generated", copy / "reference_server"]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(map(str, paths)),
        "FETCH_HIVE_API_KEY": API_KEY,
        "FETCH_HIVE_WORKSPACE_ID": WORKSPACE,
    }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = _copy_of_the_repository(tmp_path_factory.mktemp("add-an-operation"))
    spec = copy / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    anchor = "  /public/search_services/countries:\n"
    assert text.count(anchor) == 1
    spec.write_text(text.replace(anchor, NEW_OPERATION + anchor), encoding="utf-8")
    handlers = copy / "reference_server" / "fetch_hive_reference" / "handlers" / "assets.py"
    source = handlers.read_text(encoding="utf-8").replace(
        "from .. import catalogues\n", "from .. import catalogues, errors\n"
    )
    handlers.write_text(source + NEW_HANDLER, encoding="utf-8")
    result = subprocess.run(
        ["make", "regenerate"], cwd=copy, capture_output=True, text=True, check=False,
        env={**os.environ, "MAKEFLAGS": ""},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


@pytest.fixture(scope="module")
def server(copy: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "fetch_hive_reference", "--port", str(port), "--api-key", API_KEY,
         "--workspace-id", WORKSPACE, "--log-level", "warning"],
        env=_environment(copy), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/openapi.yaml", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the copy's server did not start"
                time.sleep(0.05)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_nothing_under_wrapper_was_edited_by_hand(copy: Path) -> None:
    changed = set()

    def walk(compared: filecmp.dircmp[str], where: str) -> None:
        for name in compared.left_only + compared.right_only + compared.diff_files:
            changed.add(f"{where}{name}")
        for name, sub in compared.subdirs.items():
            walk(sub, f"{where}{name}/")

    walk(filecmp.dircmp(ROOT / "wrapper", copy / "wrapper", ignore=["__pycache__"]), "")
    assert changed and changed <= GENERATED_SOURCES, sorted(changed)
    # The descriptor was generated too.
    assert (copy / "generated/fetch_hive_api/api/assets/get_asset.py").is_file()


def test_the_new_operation_through_both_clients(copy: Path, server: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CALLS], env={**_environment(copy), "FETCH_HIVE_BASE_URL": server},
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_the_new_operation_through_the_cli(copy: Path, server: str) -> None:
    environment = {**_environment(copy), "FETCH_HIVE_BASE_URL": server}
    uploaded = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "assets", "upload", str(copy / "LICENSE"), "--json"],
        env=environment, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    asset_id = json.loads(uploaded.stdout)["id"]
    shown = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "assets", "get", asset_id, "--json"],
        env=environment, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["file_name"] == "LICENSE"
    help_text = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "assets", "--help"],
        env=environment, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "get one asset" in help_text
    missing = subprocess.run(
        [sys.executable, "-m", "fetch_hive_sdk.cli", "assets", "get",
         "00000000-0000-4000-8000-000000000000"],
        env=environment, capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 1 and "HTTP 404" in missing.stderr
