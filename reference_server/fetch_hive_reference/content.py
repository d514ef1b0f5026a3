"""Deterministic answers: the same request always gives the same text, tools and usage.

Naming conventions: a deployment, agent or Hive Agent name that starts with one of
``PREFIXES`` (case-insensitive) chooses a behaviour: ``reasoning-`` answers with reasoning
text, ``image-`` (workflows) returns the image-output object, ``hitl-`` (workflows) needs
callback delivery, ``fail-`` makes the run fail, ``missing-`` does not exist, ``text-tools-``
(agents) sends each tool's input as a string of serialised JSON. Only prefixes count, so
``failover-report`` is an ordinary deployment.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

PROVIDER = "fetch-hive-reference"
CHAT_MODEL = "fetch-hive-reference-chat-1"
REASONING_MODEL = "fetch-hive-reference-reasoning-1"
AGENT_MODEL = "fetch-hive-reference-agent-1"
IMAGE_MODEL = "fetch-hive-reference-image-1"
ASSET_HOST = "https://assets.fetch-hive-reference.invalid"

_TOKEN = re.compile(r"\w+|[^\w\s]")
_CHUNK = re.compile(r"\S+\s*|\s+")
_NAMESPACE = uuid.UUID("6f1c8a52-3d0e-4b8f-9a61-0c2d7e5b4a19")
# Made once: json.dumps with an option makes an encoder per call.
_sorted_json = json.JSONEncoder(sort_keys=True).encode
#: How JSON answers are encoded (the bytes Starlette's JSONResponse makes).
encode_answer = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def count_tokens(text: str) -> int:
    """Tokens as this server counts them: words and punctuation marks."""
    return len(_TOKEN.findall(text))


def chunks(text: str) -> list[str]:
    """Word-sized pieces whose concatenation is exactly ``text``."""
    return _CHUNK.findall(text)


#: The behaviours a name can choose, and the prefix that chooses each.
PREFIXES = {
    "reasoning": "reasoning-",
    "image": "image-",
    "hitl": "hitl-",
    "fail": "fail-",
    "missing": "missing-",
    "text_tools": "text-tools-",
}

#: A persistent thread gets a ``summary`` event once its history reaches this share of the
#: context limit (the docs: "when the history nears the context window").
SUMMARY_SHARE = 0.8


def has_trait(name: str, trait: str) -> bool:
    """True when ``name`` starts with the prefix of ``trait`` (case-insensitive)."""
    return name.lower().startswith(PREFIXES[trait])


def is_missing(name: str) -> bool:
    return has_trait(name, "missing")


def _compact(value: object, limit: int = 60) -> str:
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe_inputs(inputs: Mapping[str, Any]) -> str:
    if not inputs:
        return "no inputs"
    return ", ".join(f"{key} = {_compact(value)}" for key, value in inputs.items())


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def _digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:4], "big")


@dataclass(frozen=True)
class Completion:
    """A model answer: what invoke and stream answers are built from. Frozen: a prompt's
    completion is cached and shared by the requests that ask for it again."""

    model: str
    response: str
    prompt_tokens: int
    reasoning: str | None = None
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    tool_events: list[dict[str, Any]] = field(default_factory=list)
    artifacts: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] | None = None

    @functools.cached_property
    def _output_tokens(self) -> tuple[int, int]:
        """(completion tokens, reasoning tokens among them), counted once."""
        reasoning_tokens = count_tokens(self.reasoning or "")
        return count_tokens(self.response) + reasoning_tokens, reasoning_tokens

    @functools.cached_property
    def answer_rest(self) -> str:
        """The members of a JSON answer that follow its ``duration``: the reasoning (when
        there is some), the response, the usage and the stop reason. Encoded once per
        completion: a prompt's completion is shared by the requests that repeat it."""
        rest: dict[str, Any] = {} if self.reasoning is None else {"reasoning": self.reasoning}
        rest.update(response=self.response, usage=self.usage(), stop_reason="completed")
        return encode_answer(rest)[1:-1]

    def usage(self, duration: float | None = None) -> dict[str, Any]:
        completion, reasoning_tokens = self._output_tokens
        usage: dict[str, Any] = {}
        if duration is not None:
            usage["duration"] = duration
        usage.update(
            prompt_tokens={"total_tokens": self.prompt_tokens, "cached_tokens": 0},
            completion_tokens={"total_tokens": completion, "reasoning_tokens": reasoning_tokens},
            total_tokens=self.prompt_tokens + completion,
        )
        return usage


#: Prompt completions kept for the prompts asked again, at most this many (then forgotten
#: all at once: a dict's single operations need no lock when servers share the process).
PROMPT_CACHE_SIZE = 1024
_prompt_cache: dict[tuple[str, str | None, str], Completion] = {}


def prompt_completion(
    deployment: str, variant: str | None, inputs: Mapping[str, Any]
) -> Completion:
    """The same deployment, variant and inputs always give the same completion: a prompt
    asked again costs a look-up instead of building, counting and encoding its answer.
    The key holds the inputs' repr: for values read from JSON, equal reprs mean the same
    keys in the same order with values of the same types (1, 1.0, True and "1" differ)."""
    inputs_text = repr(inputs)
    if len(inputs_text) > 4096:  # large inputs: not worth keeping
        return new_prompt_completion(deployment, variant, inputs)
    key = (deployment, variant, inputs_text)
    completion = _prompt_cache.get(key)
    if completion is None:
        completion = new_prompt_completion(deployment, variant, inputs)
        if len(_prompt_cache) >= PROMPT_CACHE_SIZE:
            _prompt_cache.clear()
        _prompt_cache[key] = completion
    return completion


def new_prompt_completion(
    deployment: str, variant: str | None, inputs: Mapping[str, Any]
) -> Completion:
    label = f"{deployment}/{variant or 'default'}"
    reasoning = None
    if has_trait(deployment, "reasoning"):
        reasoning = (
            f"The {label} prompt received {len(inputs)} input(s). "
            "A short reply that names each of them answers it."
        )
    response = f"Reply from {label}: {describe_inputs(inputs)}."
    prompt_text = f"{deployment} {variant or ''} {_sorted_json(inputs)}"
    return Completion(
        model=REASONING_MODEL if reasoning else CHAT_MODEL,
        response=response,
        reasoning=reasoning,
        prompt_tokens=count_tokens(prompt_text),
    )


def workflow_output(deployment: str, variant: str | None, inputs: Mapping[str, Any]) -> Any:
    """A string, or the image-output object for image deployments."""
    if has_trait(deployment, "image"):
        asset_id = stable_id("image", deployment, variant or "", json.dumps(inputs, sort_keys=True))
        return {
            "settings": {"model": IMAGE_MODEL, "provider": PROVIDER, "image_count": 1},
            "assets": [
                {
                    "id": asset_id,
                    "file_url": f"{ASSET_HOST}/{asset_id}/image.png",
                    "file_name": "image.png",
                    "file_size": 50_000 + _digest(asset_id) % 450_000,
                    "file_type": "image/png",
                }
            ],
        }
    return f"Workflow {deployment}/{variant or 'default'} finished with {describe_inputs(inputs)}."


def workflow_failure(deployment: str) -> str:
    return (
        f"Step 2 of {deployment} failed (the reference server fails names starting with 'fail-')."
    )


@dataclass
class AgentTurn:
    """What the agent knows when it answers one message."""

    agent: str
    message: str
    thread_id: str | None = None
    context: Sequence[Mapping[str, Any]] = ()
    from_thread: bool = False
    attachment_count: int = 0
    #: Tokens the model can read; a thread nearing it is summarised (``summary`` event).
    context_limit: int = 128_000

    def history_tokens(self) -> int:
        history = " ".join(str(item["content"]) for item in self.context)
        return count_tokens(f"{history} {self.message}")

    def nears_context_limit(self) -> bool:
        return self.from_thread and self.history_tokens() >= SUMMARY_SHARE * self.context_limit


_WORKFLOW_REQUEST = re.compile(r"([A-Za-z0-9][\w-]*)\s+workflow", re.IGNORECASE)
_NOT_A_NAME = frozenset({"the", "a", "an", "this", "that", "my", "our", "run", "start", "your"})
#: The tools an agent can call, and what in a message makes it call them.
SEARCH_TOOL = "google_search"
WORKFLOW_TOOL = "run_workflow"


def requested_workflow(message: str) -> str | None:
    """The workflow a message asks the agent to run: "run the market-report workflow"."""
    if "workflow" not in message.lower():
        return None
    match = _WORKFLOW_REQUEST.search(message)
    name = match.group(1).lower() if match else ""
    return name if name and name not in _NOT_A_NAME else "background-task"


def wants_search(message: str) -> bool:
    return "?" in message or "search" in message.lower()


def planned_tools(message: str) -> list[tuple[str, dict[str, Any]]]:
    """The tool calls a message leads to, in order, with their inputs."""
    tools: list[tuple[str, dict[str, Any]]] = []
    if wants_search(message):
        tools.append((SEARCH_TOOL, {"query": _compact(message, 200)}))
    workflow = requested_workflow(message)
    if workflow is not None:
        tools.append((WORKFLOW_TOOL, {"workflow": workflow}))
    return tools


def tool_id(agent: str, tool: str, detail: str) -> str:
    return "tool_" + stable_id("tool", agent, tool, detail)[:8]


def agent_completion(
    turn: AgentTurn,
    *,
    model: str = AGENT_MODEL,
    delegations: Mapping[str, str] | None = None,
    denied: Sequence[str] = (),
) -> Completion:
    """The agent's answer. ``delegations``: workflow name -> delegation id of the workflows
    that run in the background; ``denied``: tools a human refused (they are not called)."""
    delegations = delegations or {}
    parts = [f'{turn.agent} received: "{_compact(turn.message, 200)}".']
    tool_calls: list[dict[str, Any]] = []
    tool_events: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    lowered = turn.message.lower()

    if wants_search(turn.message) and SEARCH_TOOL in denied:
        parts.append(f"{SEARCH_TOOL} was not called: its approval was denied.")
    elif wants_search(turn.message):
        query = _compact(turn.message, 200)
        results = 1 + _digest(turn.agent, query) % 5
        observation = json.dumps(
            {"results": results, "top": f"Reference result about {query}"}, separators=(",", ":")
        )
        tool_input = _tool_input(turn.agent, {"query": query})
        tool_calls.append(
            {"tool_name": "google_search", "tool_input": tool_input, "observation": observation}
        )
        tool_events.append(
            {
                "type": "tool",
                "tool_id": tool_id(turn.agent, SEARCH_TOOL, query),
                "tool": "google_search",
                "tool_type": "search",
                "tool_input": tool_input,
                "observation": observation,
            }
        )
        parts.append(f"A search found {results} result(s).")

    workflow = requested_workflow(turn.message)
    if workflow is not None and WORKFLOW_TOOL in denied:
        parts.append(f"{WORKFLOW_TOOL} was not called: its approval was denied.")
    elif workflow is not None:
        call, sentence = _workflow_call(turn.agent, workflow, delegations.get(workflow))
        tool_calls.append(call)
        tool_events.append(
            {
                "type": "tool",
                "tool_id": tool_id(turn.agent, WORKFLOW_TOOL, workflow),
                "tool": WORKFLOW_TOOL,
                "tool_type": "workflow",
                "tool_input": call["tool_input"],
                "observation": call["observation"],
            }
        )
        parts.append(sentence)

    if "export" in lowered:
        artifact_id = stable_id("artifact", turn.agent, turn.message)
        artifacts.append(
            {
                "id": artifact_id,
                "file_url": f"{ASSET_HOST}/{artifact_id}/export.csv",
                "file_name": "export.csv",
                "file_type": "text/csv",
                "file_size": 64 + len(turn.message),
                "asset_type": "document",
                "origin": "tool",
                "tool_id": "tool_" + artifact_id[:8],
                "tool_name": "file_export",
            }
        )
        parts.append("The export is attached as export.csv.")

    if turn.attachment_count:
        parts.append(f"{turn.attachment_count} attachment(s) read.")

    summary = None
    if turn.context:
        users = [item for item in turn.context if item["role"] == "user"]
        earlier = (users or list(turn.context))[-1]
        source = f"thread {turn.thread_id}" if turn.from_thread else "the given messages"
        parts.append(
            f"Context: {len(turn.context)} earlier message(s) from {source}; "
            f'the last one ({earlier["role"]}) said "{_compact(earlier["content"], 80)}".'
        )
        if turn.nears_context_limit():
            summary = {
                "type": "summary",
                "summary_text": (
                    f"Summary of {len(turn.context)} earlier message(s) in thread "
                    f"{turn.thread_id} ({turn.history_tokens()} tokens)."
                ),
                "original_token_count": turn.history_tokens(),
                "context_limit": turn.context_limit,
                "model": model,
                "provider": PROVIDER,
            }

    reasoning = None
    if has_trait(turn.agent, "reasoning"):
        reasoning = f"The user wrote {count_tokens(turn.message)} token(s); answer directly."

    context_text = " ".join(str(item["content"]) for item in turn.context)
    return Completion(
        model=model,
        response=" ".join(parts),
        reasoning=reasoning,
        prompt_tokens=count_tokens(f"{turn.message} {context_text}"),
        tool_calls=tool_calls,
        tool_events=tool_events,
        artifacts=artifacts,
        summary=summary,
    )


def _tool_input(agent: str, arguments: dict[str, Any]) -> dict[str, Any] | str:
    """A tool's input as the agent sends it: the object, or (a ``text-tools-`` agent) a
    string holding it as JSON; the spec accepts both shapes."""
    if has_trait(agent, "text_tools"):
        return json.dumps(arguments, separators=(",", ":"))
    return arguments


def _workflow_call(
    agent: str, workflow: str, delegation_id: str | None
) -> tuple[dict[str, Any], str]:
    """The ``run_workflow`` tool call: synchronous, or handed to a background delegation."""
    tool_input = _tool_input(agent, {"workflow": workflow})
    if delegation_id is not None:
        observation = {"status": "pending", "delegation_id": delegation_id}
        sentence = f"The {workflow} workflow runs in the background (delegation {delegation_id})."
    elif has_trait(workflow, "fail"):
        observation = {"run_status": "failed", "error": workflow_failure(workflow)}
        sentence = f"The {workflow} workflow failed."
    else:
        observation = {"run_status": "completed", "output": workflow_output(workflow, None, {})}
        sentence = f"The {workflow} workflow finished."
    call = {
        "tool_name": WORKFLOW_TOOL,
        "tool_input": tool_input,
        "observation": json.dumps(observation, separators=(",", ":")),
    }
    return call, sentence
