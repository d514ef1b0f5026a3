"""The ``server`` extra: what the reference server needs beyond the SDK, and the one-line
error a user without it gets instead of a ModuleNotFoundError from deep inside.

Standard library only: the pytest plugin imports this module in every user's test run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

INSTALL_HINT = "pip install 'fetch-hive-sdk-python[server]'"

#: Import names of the packages only the ``server`` extra installs.
SERVER_PACKAGES = frozenset(
    {
        "starlette",
        "uvicorn",
        "jsonschema",
        "jsonschema_rs",
        "referencing",
        "yaml",
        "python_multipart",
        "multipart",
    }
)


class ServerExtraMissing(ImportError):
    """The reference server's dependencies are not installed (the ``server`` extra)."""

    def __init__(self, package: str) -> None:
        super().__init__(
            f"the Fetch Hive reference server needs the 'server' extra ({package} is not "
            f"installed): {INSTALL_HINT}",
            name=package,
        )


@contextlib.contextmanager
def needs_server_extra() -> Iterator[None]:
    """Imports inside the block that fail for a package of the extra raise
    ``ServerExtraMissing`` naming the extra; any other import error is left as it is."""
    try:
        yield
    except ModuleNotFoundError as exc:
        package = (exc.name or "").partition(".")[0]
        if package in SERVER_PACKAGES:
            raise ServerExtraMissing(package) from None
        raise
