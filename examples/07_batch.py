"""A batch over a small dataset from the terminal: `fetch-hive batch`, its progress bar and
summary, each result saved as a JSON line, then a rerun that resumes (nothing is paid twice)."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as folder:
    rows = Path(folder) / "customers.jsonl"
    out = Path(folder) / "results.jsonl"
    names = ["Alice", "Bob", "Chidi", "Dana", "Eve", "Farah", "Goro", "Hana", "Ivan", "Jun"]
    rows.write_text(
        "".join(json.dumps({"name": name, "product": "Fetch Hive"}) + "\n" for name in names)
    )
    command = [sys.executable, "-m", "fetch_hive_sdk.cli", "batch", "prompt", "welcome-email",
               "--input", str(rows), "--out", str(out), "--plan", "starter"]  # fmt: skip
    subprocess.run(command, check=True)  # the progress bar and the summary go to stderr
    first = json.loads(out.read_text().splitlines()[0])
    print(f"saved {len(out.read_text().splitlines())} results, e.g. row {first['index']}: "
          f"{first['result']['response']!r}")  # fmt: skip
    print("rerun of the same command (resumes: rows already done are skipped):")
    subprocess.run(command, check=True)
