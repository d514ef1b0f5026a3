"""How hard the property tests search: quick on a developer's machine, deep in CI.

`CI=true` (CI sets it) chooses the deep profile, `HYPOTHESIS_PROFILE` any profile by name
(tests/conftest.py registers them). A test that asks for more examples than the default
says so with `examples(n)`: n under the deep profile, a tenth of it under the others.
"""

from __future__ import annotations

import os

PROFILE = os.environ.get("HYPOTHESIS_PROFILE") or (
    "deep" if os.environ.get("CI", "").lower() == "true" else "quick"
)


def examples(deep: int) -> int:
    return deep if PROFILE == "deep" else max(10, deep // 10)
