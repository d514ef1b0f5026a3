"""The production receiver recipe of docs/webhooks.md, run as written: uvicorn with two
worker processes on a free loopback port, the Redis replay store on a real redis-server,
duplicate deliveries sent concurrently; every event is handled exactly once.
"""

from __future__ import annotations

import os
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from fetch_hive_sdk.webhooks import sign

DOCS = Path(__file__).parents[2] / "docs" / "webhooks.md"
MARKER = "<!-- production recipe: run as written by tests/webhooks/test_production_recipe.py -->"
SECRET = "whsec_production_recipe_0123456789"
WORKERS = 2

# The user's own module the recipe imports: appends one line per handled event.
RESULTS_MODULE = """
import os


async def save_result(event):
    with open(os.environ["RESULTS_FILE"], "a") as results:  # O_APPEND: whole lines
        results.write(f"{os.getpid()} {event['data']['output']}\\n")
"""


def recipe() -> str:
    text = DOCS.read_text()
    assert MARKER in text, "the recipe marker is missing from docs/webhooks.md"
    match = re.search(r"```python\n(.*?)```", text.split(MARKER, 1)[1], flags=re.S)
    assert match is not None
    return match.group(1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_recipe_handles_each_event_once_across_uvicorn_workers(
    tmp_path: Path, redis_url: str
) -> None:
    (tmp_path / "receiver_app.py").write_text(recipe())
    (tmp_path / "myapp").mkdir()
    (tmp_path / "myapp" / "__init__.py").write_text("")
    (tmp_path / "myapp" / "results.py").write_text(RESULTS_MODULE)
    results = tmp_path / "results.txt"
    results.touch()
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("FETCH_HIVE_")},
        "REDIS_URL": redis_url,
        "FETCH_HIVE_WEBHOOK_SECRET": SECRET,
        "RESULTS_FILE": str(results),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "receiver_app:app", "--workers", str(WORKERS),
         "--host", "127.0.0.1", "--port", str(port), "--app-dir", str(tmp_path),
         "--log-level", "info", "--no-access-log"],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    log: list[str] = []
    try:
        assert server.stderr is not None
        # Ready when every worker has said so (uvicorn's own lines; no polling, no sleeps).
        started = 0
        for line in server.stderr:
            log.append(line)
            started += "Application startup complete" in line
            if started == WORKERS:
                break
        else:
            raise AssertionError("uvicorn exited before its workers started:\n" + "".join(log))
        drain = threading.Thread(target=log.extend, args=(server.stderr,), daemon=True)
        drain.start()
        worker_pids = {
            int(pid) for pid in re.findall(r"Started server process \[(\d+)\]", "".join(log))
        }
        assert len(worker_pids) == WORKERS

        run = uuid.uuid4().hex[:8]  # request ids of our own in the shared Redis
        bodies = []
        for number in range(40):
            request_id = f'"request_id": "req_{run}_{number}", ' if number % 4 else ""
            bodies.append(
                f'{{"event_type": "workflow.completed", {request_id}"data": {{"output": {number}}}}}'.encode()
            )
        deliveries = bodies * 3
        random.Random(7).shuffle(deliveries)
        url = f"http://127.0.0.1:{port}/fetch-hive/callback"

        def deliver(body: bytes) -> httpx.Response:
            # A new connection per delivery, as the service's retries would come.
            return httpx.post(
                url,
                content=body,
                headers={"X-Fetch-Hive-Signature": sign(body, SECRET)},
                timeout=30,
            )

        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(deliver, deliveries))
        forged = httpx.post(url, content=bodies[0], headers={"X-Fetch-Hive-Signature": "0" * 64})
    finally:
        server.send_signal(signal.SIGINT)  # uvicorn stops its workers and exits
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stderr is not None:
            server.stderr.close()

    assert [answer.status_code for answer in answers] == [200] * len(deliveries)
    duplicates = Counter(answer.json()["duplicate"] for answer in answers)
    assert duplicates == {False: 40, True: 80}
    assert forged.status_code == 400
    lines = [line.split() for line in results.read_text().splitlines()]
    handled = Counter(int(output) for _, output in lines)
    assert handled == Counter(range(40))  # each event exactly once, whichever worker
    assert {int(pid) for pid, _ in lines} <= worker_pids
