"""What the reference server does at start-up, and what it leaves for later (issue 23; the
time itself is measured by `make bench`, never asserted): the parsed spec kept in a cache
file named by the spec's hash, one loaded spec per file and content in a process, schemas
compiled when a request first needs them, httpx and jsonschema loaded when first needed."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from fetch_hive_reference.app import create_app
from fetch_hive_reference.settings import Settings
from fetch_hive_reference.spec import ApiSpec, find_spec_file

SPEC = find_spec_file()

#: Loads the spec at argv[1] in a fresh process and prints its title and where it came from.
LOAD = """
import json, sys
from pathlib import Path
from fetch_hive_reference.spec import ApiSpec
spec = ApiSpec.load(Path(sys.argv[1]))
print(json.dumps({"title": spec.document["info"]["title"], "yaml": "yaml" in sys.modules}))
"""


def _load_in_a_process(spec: Path, cache_home: Path) -> dict[str, object]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", LOAD, str(spec)], capture_output=True, text=True, env=env, check=True
    )
    loaded: dict[str, object] = json.loads(done.stdout)
    return loaded


def _cache_file(cache_home: Path, spec: Path) -> Path:
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()
    return cache_home / "fetch-hive-reference" / f"openapi-{digest}.json"


def test_the_parsed_spec_is_cached_by_the_hash_of_its_bytes(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(SPEC.read_bytes())
    cache_home = tmp_path / "cache"
    first = _load_in_a_process(spec, cache_home)
    cached = _cache_file(cache_home, spec)
    assert first == {"title": "Fetch Hive public API", "yaml": True}
    assert json.loads(cached.read_text()) == yaml.safe_load(SPEC.read_text())
    # The next start reads the cache file (not the YAML): a title changed there shows.
    document = json.loads(cached.read_text())
    document["info"]["title"] = "from the cache"
    cached.write_text(json.dumps(document))
    assert _load_in_a_process(spec, cache_home) == {"title": "from the cache", "yaml": False}
    # A changed spec has another hash: parsed again, the old cache file ignored.
    spec.write_text(SPEC.read_text().replace("title: Fetch Hive public API", "title: Changed", 1))
    assert _load_in_a_process(spec, cache_home) == {"title": "Changed", "yaml": True}
    assert _cache_file(cache_home, spec).is_file()


def test_a_broken_or_unwritable_cache_is_no_error(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(SPEC.read_bytes())
    cache_home = tmp_path / "cache"
    cached = _cache_file(cache_home, spec)
    cached.parent.mkdir(parents=True)
    cached.write_text('{"info": ')  # cut short
    assert _load_in_a_process(spec, cache_home)["title"] == "Fetch Hive public API"
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("a file where the cache folder would go")
    assert _load_in_a_process(spec, not_a_folder)["title"] == "Fetch Hive public API"


def test_a_process_loads_each_spec_once(tmp_path: Path) -> None:
    assert ApiSpec.load() is ApiSpec.load(SPEC)
    copy = tmp_path / "openapi.yaml"
    copy.write_bytes(SPEC.read_bytes())
    assert ApiSpec.load(copy) is not ApiSpec.load()  # another file
    assert ApiSpec.load(copy) is ApiSpec.load(copy)
    copy.write_text(SPEC.read_text() + "\n# changed\n")
    changed = ApiSpec.load(copy)
    assert changed is not ApiSpec.load(SPEC) and changed.raw_text.endswith("# changed\n")


def test_schemas_are_compiled_when_a_request_first_needs_them() -> None:
    spec = ApiSpec(yaml.safe_load(SPEC.read_text()), SPEC)  # a spec of its own
    app = create_app(Settings(), spec=spec)
    checks = {
        op.operation_id: op.body_validator
        for op in spec.operations.values()
        if op.body_validator is not None
    }
    assert not [name for name, check in checks.items() if "compiled" in vars(check)]
    transport = httpx.ASGITransport(app=app)

    async def invoke() -> int:
        async with httpx.AsyncClient(transport=transport, base_url="http://reference") as client:
            response = await client.post(
                "/v1/prompt/invoke",
                json={"deployment": "welcome"},
                headers={"Authorization": "Bearer fhk_local_dev_key"},
            )
            return response.status_code

    assert asyncio.run(invoke()) == 200
    assert [name for name, check in checks.items() if "compiled" in vars(check)] == ["invokePrompt"]


#: Makes the app in a fresh process, answers one valid prompt through ASGI calls (no HTTP
#: client library), and tells which libraries were loaded.
FIRST_ANSWER = """
import asyncio, json, sys
from fetch_hive_reference.app import create_app

app = create_app()
loaded_at_start = {name: name in sys.modules for name in ("httpx", "jsonschema", "yaml")}
scope = {
    "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
    "scheme": "http", "path": "/v1/prompt/invoke", "raw_path": b"/v1/prompt/invoke",
    "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1), "server": ("r", 80),
    "headers": [(b"authorization", b"Bearer fhk_local_dev_key"),
                (b"content-type", b"application/json")],
}
messages = [{"type": "http.request", "body": b'{"deployment": "w"}', "more_body": False}]
sent = []

async def receive():
    return messages.pop(0) if messages else {"type": "http.disconnect"}

async def send(message):
    sent.append(message)

asyncio.run(app(scope, receive, send))
print(json.dumps({"status": sent[0]["status"], "at_start": loaded_at_start,
                  "after": {name: name in sys.modules for name in ("httpx", "jsonschema")}}))
"""


def test_a_valid_first_request_needs_neither_httpx_nor_jsonschema(tmp_path: Path) -> None:
    cache_home = tmp_path / "cache"
    _load_in_a_process(SPEC, cache_home)  # the cache file made: YAML is not needed either
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_ANSWER], capture_output=True, text=True, env=env, check=True
    )
    found = json.loads(done.stdout)
    assert found == {
        "status": 200,
        "at_start": {"httpx": False, "jsonschema": False, "yaml": False},
        "after": {"httpx": False, "jsonschema": False},
    }


@pytest.mark.parametrize(
    "body",
    [{"deployment": 5}, {"deployment": "w", "async": {"enabled": True, "callback_url": "no uri"}}],
)
def test_invalid_requests_are_still_explained(body: dict[str, object]) -> None:
    app = create_app(Settings())
    transport = httpx.ASGITransport(app=app)

    async def invoke() -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://reference") as client:
            return await client.post(
                "/v1/workflow/invoke",
                json=body,
                headers={"Authorization": "Bearer fhk_local_dev_key"},
            )

    answer = asyncio.run(invoke())
    assert answer.status_code == 422
    assert answer.json()["error"] in {"Invalid request", "callback_url must be a valid URL"}
