"""`import fetch_hive_sdk` loads nothing the first call does not need (timing is in bench/)."""

from __future__ import annotations

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
