"""`make demo`: start the reference server on a free loopback port, run every example
against it, stop the server. Each example is a plain script using FETCH_HIVE_API_KEY,
FETCH_HIVE_BASE_URL and FETCH_HIVE_WORKSPACE_ID, as it would against the real service."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fetch_hive_reference.testing import running_server

EXAMPLES = sorted(Path(__file__).resolve().parent.glob("[0-9][0-9]_*.py"))


def main() -> int:
    with running_server(stream_pace=0.03) as server:
        print(f"reference server on {server.base_url} (development key)\n")
        env = {
            **os.environ,
            "FETCH_HIVE_BASE_URL": server.base_url,
            "FETCH_HIVE_API_KEY": server.api_key,
            "FETCH_HIVE_WORKSPACE_ID": server.settings.workspace_id,
        }
        for script in EXAMPLES:
            title = script.stem.split("_", 1)[1].replace("_", " ")
            print(f"=== {script.name}: {title} ===")
            done = subprocess.run([sys.executable, str(script)], env=env, check=False)
            if done.returncode != 0:
                print(f"{script.name} failed with exit code {done.returncode}", file=sys.stderr)
                return done.returncode
            print()
    print("demo complete: server stopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
