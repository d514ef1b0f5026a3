"""One contestant's worker process: `_worker.py MODULE FACTORY ARGUMENTS_JSON`.

Builds the contestant with `MODULE.FACTORY(**arguments)`, which returns a function taking
no argument and returning one measurement (a dict of numbers, e.g. {"seconds": 0.12});
prints `{"ready": true}`, then answers each `run` line on stdin with one measurement (a
JSON line) until `quit`. Errors come back as `{"error": ...}`.
"""

from __future__ import annotations

import importlib
import json
import sys
import traceback


def main() -> None:
    module_name, factory_name, arguments = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    try:
        measure = getattr(importlib.import_module(module_name), factory_name)(**arguments)
    except Exception:
        print(json.dumps({"error": traceback.format_exc()}), flush=True)
        return
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip() == "quit":
            return
        try:
            print(json.dumps(measure()), flush=True)
        except Exception:
            print(json.dumps({"error": traceback.format_exc()}), flush=True)
            return


if __name__ == "__main__":
    main()
