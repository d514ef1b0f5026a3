"""`import fetch_hive_sdk` loads nothing the first call does not need (timing is in bench/)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

HEAVY = (
    "fetch_hive_api",
    "attrs",
    "attr",
    "dateutil",
    "anyio",
    "asyncio",
    "importlib.metadata",
    "fetch_hive_sdk._batch",  # batch runs: loaded by client.batch() or their names
)


def test_import_does_not_load_generated_code_or_its_dependencies() -> None:
    code = (
        "import sys, json; import fetch_hive_sdk; "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


def test_first_call_imports_generated_code_lazily() -> None:
    code = (
        "import sys, httpx; from fetch_hive_sdk import FetchHive; "
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'request_id': 'r', "
        "'response': 'ok'})); "
        "c = FetchHive('k', http_client=httpx.Client(transport=t)); "
        "c.invoke_prompt(deployment='p'); print('fetch_hive_api' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_the_batch_names_load_on_first_use() -> None:
    code = (
        "import sys; import fetch_hive_sdk; before = 'fetch_hive_sdk._batch' in sys.modules; "
        "from fetch_hive_sdk import BatchResult, BatchRunner, AsyncBatchRunner, BatchSummary; "
        "print(before, BatchResult.__module__, 'BatchResult' in fetch_hive_sdk.__all__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "fetch_hive_sdk._batch", "True"]


def _loaded_halves(statement: str) -> list[str]:
    code = (
        f"import sys, json; {statement}; "
        "print(json.dumps(sorted({m.split('.')[1] for m in sys.modules "
        "if m.startswith(('fetch_hive_sdk._sync.', 'fetch_hive_sdk._async.'))})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


def test_each_client_loads_its_own_half_only() -> None:
    assert _loaded_halves("import fetch_hive_sdk") == []
    assert _loaded_halves("from fetch_hive_sdk import FetchHive") == ["_sync"]
    assert _loaded_halves("from fetch_hive_sdk import iter_sse, Stream") == ["_sync"]
    assert _loaded_halves("from fetch_hive_sdk import AsyncFetchHive") == ["_async"]
    assert _loaded_halves("from fetch_hive_sdk import aiter_sse, AsyncStream") == ["_async"]
    # 0.4.1's module names load both, as they did
    assert _loaded_halves("import fetch_hive_sdk.client") == ["_async", "_sync"]


def test_the_lazy_names_are_the_same_objects_everywhere() -> None:
    import fetch_hive_sdk
    from fetch_hive_sdk import client, streaming

    assert fetch_hive_sdk.FetchHive is client.FetchHive
    assert fetch_hive_sdk.AsyncFetchHive is client.AsyncFetchHive
    assert fetch_hive_sdk.Stream is streaming.Stream
    assert fetch_hive_sdk.aiter_sse is streaming.aiter_sse
    assert fetch_hive_sdk.RateLimitInfo.__name__ == "RateLimitInfo"
    for name in fetch_hive_sdk.__all__:  # every public name is its module's object; dir() lists it
        module = fetch_hive_sdk._LAZY_NAMES.get(name)
        if module is not None:
            owner = importlib.import_module(module, "fetch_hive_sdk")
            # == rather than `is`: _events builds the StreamEvent union anew on each read.
            assert getattr(fetch_hive_sdk, name) == getattr(owner, name), name
        else:
            assert name in vars(fetch_hive_sdk), name  # imported eagerly
        assert name in dir(fetch_hive_sdk), name


# What many programs never use, left out of `from fetch_hive_sdk import FetchHive` (each
# half's modules; `_operations` holds the invoke rules, loaded by the first invoke).
ON_FIRST_USE = ("_resources", "_responses", "_streaming", "_uploads")


def _loaded(statement: str) -> list[str]:
    code = (
        f"import sys, json, httpx; {statement}; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('fetch_hive_sdk'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


def test_the_client_import_leaves_namespaces_raw_responses_and_streams_for_first_use() -> None:
    for half, name in (("_sync", "FetchHive"), ("_async", "AsyncFetchHive")):
        loaded = _loaded(f"from fetch_hive_sdk import {name}")
        assert f"fetch_hive_sdk.{half}._client" in loaded
        unloaded = [f"fetch_hive_sdk.{half}.{m}" for m in ON_FIRST_USE]
        unloaded += ["fetch_hive_sdk._operations", "fetch_hive_sdk._sse"]
        assert [m for m in unloaded if m in loaded] == []


def test_each_part_loads_when_first_used() -> None:
    client = (
        "from fetch_hive_sdk import FetchHive; "
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'request_id': 'r', "
        "'response': 'ok'})); c = FetchHive('k', http_client=httpx.Client(transport=t))"
    )
    assert "fetch_hive_sdk._sync._resources" in _loaded(f"{client}; c.knowledge_bases")
    assert "fetch_hive_sdk._sync._responses" in _loaded(
        f"{client}; c.with_raw_response.invoke_prompt(deployment='p')"
    )
    assert "fetch_hive_sdk._operations" in _loaded(f"{client}; c.invoke_prompt(deployment='p')")
