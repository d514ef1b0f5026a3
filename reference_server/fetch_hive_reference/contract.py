"""schemathesis settings for the contract run against the reference server (`make contract-test`).

The settings: the API key for ``ApiKeyAuth``; for the webhook triggers a
fixed deployment in the path and that deployment's webhook secret; auth warnings are failures,
so a missing or wrong key fails the run instead of printing a warning.
"""

from __future__ import annotations

from typing import Any

from .callbacks import webhook_secret
from .catalogues import SERVICE_NAMES, models
from .settings import Settings

#: Deployment each trigger operation is run against (path parameters).
TRIGGER_TARGETS: dict[str, tuple[str, dict[str, str]]] = {
    "triggerWorkflowWebhook": (
        "workflow",
        {"workflow_endpoint_id": "market-report", "variant_id": "v1"},
    ),
    "triggerPromptWebhook": ("prompt", {"prompt_endpoint_id": "welcome-email", "variant_id": "v2"}),
    "triggerAgentWebhook": ("agent", {"agent_id": "8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71"}),
}

#: Warnings that end the run with a failure. ``missing_auth``: every positive request got 401/403.
#: ("missing test data" and "validation mismatch" are not among them: outside the stateful
#: phase the id-based operations below only ever see invented ids, answered 404/422 as
#: documented; schemathesis applies warning settings run-wide, not per operation.)
FAIL_ON_WARNINGS = ["missing_auth", "unused_openapi_auth"]

#: Operations that read or change one stored resource by its id. Outside the stateful phase
#: schemathesis invents the ids, and the documented answer to an unknown id is a 404 or a 422
#: ("not found"): for these operations those answers are accepted and the "missing test data"
#: and "validation mismatch" warnings (every positive case refused) do not fail the run. The
#: stateful phase gives them real ids through the spec's links (create -> get/update/delete).
ID_OPERATIONS = (
    "getAgentDelegation",
    "cancelAgentDelegation",
    "getToolActionApproval",
    "decideToolActionApproval",
    "getKnowledgeBase",
    "updateKnowledgeBase",
    "deleteKnowledgeBase",
    "searchKnowledgeBase",
    "listKnowledgeBaseItems",
    "createKnowledgeBaseItem",
    "getKnowledgeBaseItem",
    "updateKnowledgeBaseItem",
    "deleteKnowledgeBaseItem",
    "regenerateKnowledgeBaseItem",
    "getAgent",
    "updateAgent",
    "deleteAgent",
    "createAgentChat",
    "getAgentChat",
    "updateAgentChat",
    "deleteAgentChat",
    "clearAgentChatMessages",
    "listAgentChatMessages",
    # Not ids, but checked like them: an unknown cursor and an unknown model are 422s.
    "listToolActionApprovals",
    "createAgent",
    "updateAgent",
)
ID_OPERATION_STATUSES = ["2xx", "401", "404", "409", "422", "429"]

#: Agent messages that start a background workflow (a delegation), drawn for part of the
#: invokes (the rest stay generated): the answer's `pending_delegations` then feed the links
#: to getAgentDelegation and cancelAgentDelegation in the stateful phase.
WORKFLOW_MESSAGES = [
    "Please run the market-report workflow",
    "run the report workflow",
    "Run the quarterly workflow in the background",
]
#: Thread ids for part of the invokes (a thread allows background work); one holds a `/`.
THREAD_IDS = ["thread-cus_123-2026-11", "team/q3"]


def schemathesis_config(
    settings: Settings,
    *,
    api_key: str | None = None,
    max_examples: int = 100,
    seed: int | None = None,
    known_request_id: str | None = None,
    known_workflow_run: str | None = None,
) -> dict[str, Any]:
    """The configuration as a dict (the layout of ``schemathesis.toml``).

    ``api_key`` overrides the key schemathesis sends (to prove a wrong key fails the run);
    ``known_request_id`` is a run that exists, used for ``GET /public/requests/{id}``;
    ``known_workflow_run`` a workflow run's request id for ``GET /workflow_runs/{id}``.
    """
    key = settings.api_key if api_key is None else api_key
    operations = []
    for operation_id, (kind, path) in TRIGGER_TARGETS.items():
        name = next(iter(path.values()))
        secret = webhook_secret(settings.secret_seed, kind, name)
        if api_key is not None and api_key != settings.api_key:
            secret = "whsec_wrong"
        operations.append(
            {
                "include-operation-id": operation_id,
                "parameters": {f"path.{param}": value for param, value in path.items()},
                "headers": {"X-Fetch-Hive-Webhook-Secret": secret},
            }
        )
    if known_request_id is not None:
        operations.append(
            {"include-operation-id": "getRequest", "parameters": {"path.id": known_request_id}}
        )
    if known_workflow_run is not None:
        operations.append(
            {
                "include-operation-id": "getWorkflowRunLegacy",
                "parameters": {"path.id": known_workflow_run},
            }
        )
    operations.append(
        {
            "include-operation-id": list(ID_OPERATIONS),
            "checks": {"positive_data_acceptance": {"expected-statuses": ID_OPERATION_STATUSES}},
        }
    )
    # Known values where the spec leaves a free string the server checks: the model catalogue
    # (an unknown model is the documented 422) and the search services (unknown: 404).
    operations.append(
        {
            "include-operation-id": ["createAgent", "updateAgent"],
            "parameters": {"body.agent.llm_model": {"dictionary": "models"}},
        }
    )
    operations.append(
        {
            "include-operation-id": "invokeAgent",
            "parameters": {
                "body.message": {"dictionary": "workflow_messages", "probability": 0.5},
                "body.thread_id": {"dictionary": "thread_ids", "probability": 0.5},
            },
        }
    )
    operations.append(
        {
            "include-operation-id": "getSearchServiceCountries",
            "parameters": {"path.service": {"dictionary": "search_services"}},
        }
    )
    config: dict[str, Any] = {
        "generation": {"max-examples": max_examples, "database": "none"},
        "checks": {"enabled": True},
        "auth": {"openapi": {"ApiKeyAuth": {"bearer": key}}},
        "warnings": {"fail-on": FAIL_ON_WARNINGS},
        # Run in-process, schemathesis would read the server's source for string literals and
        # try them: the naming conventions (`fail`, `hitl`, `missing`...) whose documented
        # errors (502, 422, 404) are deliberate. Off, so that any run (the live one cannot read
        # source) tests the same behaviour.
        "analysis": {"constants": {"enabled": False}},
        # Every workspace-scoped operation runs in the server's one workspace.
        "parameters": {"path.workspace_id": settings.workspace_id},
        "dictionaries": {
            "models": {"values": [m["slug"] for m in models(settings.context_limit)]},
            "search_services": {"values": list(SERVICE_NAMES)},
            "workflow_messages": {"values": WORKFLOW_MESSAGES},
            "thread_ids": {"values": THREAD_IDS},
        },
        "operations": operations,
    }
    if seed is not None:
        config["seed"] = seed
    return config
