"""One request as its handler sees it, once the gate has let it through."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from . import errors
from .faults import FaultSpec, ProviderError
from .settings import Settings
from .spec import Operation
from .state import ServerState
from .store import Store


@dataclass(slots=True)
class Call:
    """Credentials, parameters and body checked against openapi.yaml, refusing faults
    applied. (Not frozen: that makes it twice as costly to make, once per request.)"""

    request: Request
    state: ServerState
    operation: Operation
    #: The JSON body (``{}`` for an operation without one).
    body: dict[str, Any]
    path: Mapping[str, str]
    query: Mapping[str, str]
    #: The fault this request runs under (the header's, else the server-wide one).
    fault: FaultSpec | None

    @property
    def settings(self) -> Settings:
        return self.state.settings

    @property
    def store(self) -> Store:
        return self.state.store

    @property
    def provider_fails(self) -> bool:
        """The ``provider_error`` fault: a run that calls a model provider fails with 502."""
        return isinstance(self.fault, ProviderError)

    def workspace(self) -> str:
        """The path's workspace; 404 unless it is the server's workspace (one per key)."""
        workspace_id = self.path["workspace_id"]
        if workspace_id != self.state.settings.workspace_id:
            raise errors.not_found(
                "Workspace not found", "No workspace with this id belongs to the API key."
            )
        return workspace_id
