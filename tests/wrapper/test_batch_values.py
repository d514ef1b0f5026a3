"""A batch's values without a transport (fetch_hive_sdk._batch): `BatchResult` and its JSON
line, `BatchSummary`, and how `BatchPlan` turns a row into a call or refuses it. Batches
over a transport and the reference server: test_batch.py."""

from __future__ import annotations

from typing import Any

import pytest
from fetch_hive_sdk import BatchResult, FetchHiveError, InputValidationError
from fetch_hive_sdk._base_client import RequestOptions
from fetch_hive_sdk._batch import BatchPlan, BatchSummary, _keywords


def plan(kind: str = "prompt", name: str | None = "p", **options: Any) -> BatchPlan:
    settings: dict[str, Any] = {
        "concurrency": None, "plan": None, "arguments": False, "skip": None, "id_field": None,
        "defaults": {},
    }  # fmt: skip
    settings.update(options)
    return BatchPlan(kind, name, **settings)


class Answer(dict[str, Any]):
    retries_taken = 2


def test_a_result_has_no_answer_error_or_time_unless_given() -> None:
    bare = BatchResult(0, "r", {})
    assert (bare.result, bare.error, bare.seconds) == (None, None, 0.0)
    assert bare.ok and bare.tokens == 0 and bare.retries_taken == 0


def test_a_result_of_a_call_that_answered() -> None:
    answer = Answer(usage={"total_tokens": 12}, response="hi")
    outcome = BatchResult(3, "row-3", {"a": 1}, result=answer, seconds=0.1234567)
    assert outcome.ok is True and outcome.error_code is None
    assert outcome.tokens == 12 and outcome.retries_taken == 2
    assert outcome.to_json() == {
        "row_id": "row-3", "index": 3, "status": "ok", "seconds": 0.123457, "retries": 2,
        "tokens": 12, "result": answer, "error": None,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("result", "tokens"),
    [
        ({"usage": {"total_tokens": 5}}, 5),
        ({"usage": {"total_tokens": True}}, 0),
        ({"usage": {"total_tokens": "5"}}, 0),
        ({"usage": {}}, 0),
        ({"usage": 5}, 0),
        ({}, 0),
        ("text", 0),
        (None, 0),
    ],
)
def test_tokens_are_counted_only_when_the_answer_says_so(result: Any, tokens: int) -> None:
    assert BatchResult(0, "r", {}, result=result).tokens == tokens


class Refused(FetchHiveError):
    """An API error as the clients raise them: with a code, a status and its retries."""

    error_code = "too_many_requests"
    status_code = 429
    retries_taken = 4


def test_a_result_of_a_call_that_failed() -> None:
    error = Refused("slow down")
    outcome = BatchResult(1, "r1", "row", error=error, seconds=2.0)
    assert outcome.ok is False and outcome.error_code == "too_many_requests"
    assert outcome.retries_taken == 4
    assert outcome.to_json() == {
        "row_id": "r1", "index": 1, "status": "error", "seconds": 2.0, "retries": 4,
        "tokens": 0, "result": None,
        "error": {"type": "Refused", "error_code": "too_many_requests",
                  "status_code": 429, "message": "slow down"},
    }  # fmt: skip
    refused = BatchResult(2, "r2", "row", error=InputValidationError("row: bad", argument="row"))
    assert refused.error_code == "InputValidationError" and refused.retries_taken == 0
    assert refused.to_json()["error"]["status_code"] is None


def test_the_summary_adds_up_outcomes() -> None:
    summary = BatchSummary()
    assert summary.percentile(0.5) is None
    for seconds, tokens in ((4.0, 1), (1.0, 2), (3.0, 0), (2.0, 4)):
        summary.add(
            BatchResult(0, "r", {}, result={"usage": {"total_tokens": tokens}}, seconds=seconds)
        )
    failed = BatchResult(0, "r", {}, error=InputValidationError("x", argument="row"), seconds=9.0)
    summary.add(failed)
    assert (summary.done, summary.failed, summary.tokens) == (4, 1, 7)
    assert summary.failures == {"InputValidationError": 1}
    assert [summary.percentile(f) for f in (0.0, 0.2, 0.5, 0.9, 1.0)] == [1.0, 1.0, 3.0, 9.0, 9.0]


def test_what_a_plan_refuses_before_anything_is_sent() -> None:
    plan_names = "plan: one of lite, starter, pro (an Enterprise cap is custom: give concurrency=)"
    messages = [
        ("song", "p", {}, "kind: must be one of prompt, workflow, agent, got 'song'"),
        ("prompt", "p", {"arguments": 1}, "arguments: must be True or False"),
        ("prompt", None, {}, "name: the deployment (or agent) is needed unless each row gives "
         "it (arguments=True)"),
        ("prompt", "p", {"defaults": {"streaming": True}},
         "streaming: not in a batch (it reads whole answers)"),
        ("prompt", "p", {"plan": "gold"}, f"{plan_names}, got 'gold'"),
        ("prompt", "p", {"plan": 3}, f"{plan_names}, got 3"),
    ]  # fmt: skip
    for kind, name, options, message in messages:
        with pytest.raises(InputValidationError) as caught:
            plan(kind, name, **options)
        assert caught.value.message == message


def test_the_plan_sets_the_concurrency() -> None:
    assert plan().concurrency == 5
    assert [plan(plan=p).concurrency for p in ("lite", "Starter", "PRO")] == [1, 3, 5]
    assert plan(plan="lite", concurrency=7).concurrency == 7  # given: it wins
    assert plan(name=None, arguments=True).name is None


def test_a_row_becomes_a_call() -> None:
    assert plan().call({"topic": "x"}) == (
        "invoke_prompt",
        {"deployment": "p", "inputs": {"topic": "x"}},
    )
    assert plan("workflow", "w").call({}) == ("invoke_workflow", {"deployment": "w", "inputs": {}})
    assert plan("agent", "a1").call("hello") == (
        "invoke_agent",
        {"agent": "a1", "message": "hello"},
    )
    assert plan("agent", "a1").call({"message": "m", "thread_id": "t"})[1] == {
        "agent": "a1", "message": "m", "thread_id": "t",
    }  # fmt: skip
    with_defaults = plan(defaults={"variant": "v2"})
    assert with_defaults.call({"a": 1})[1] == {
        "variant": "v2",
        "deployment": "p",
        "inputs": {"a": 1},
    }
    by_arguments = plan(name=None, arguments=True)
    assert by_arguments.call({"deployment": "q", "inputs": {}})[1] == {
        "deployment": "q",
        "inputs": {},
    }
    with_id = plan(id_field="id")
    assert with_id.call({"id": 7, "topic": "x"})[1] == {"deployment": "p", "inputs": {"topic": "x"}}


def test_a_row_that_cannot_be_a_call_is_refused_by_row() -> None:
    cases = [
        (plan(), ["x"], 2, "row index 2: must be a dict of inputs, got list"),
        (plan(arguments=True), "x", 0, "row index 0: must be arguments, got str"),
        (plan("agent", "a"), 5, 1, "row index 1: must be a message (str) or arguments (dict), got int"),
        (plan(arguments=True), {"inputs": {}, "streaming": True}, 0,
         "row index 0: 'streaming' is not allowed in a batch"),
        (plan(id_field="id"), ["x"], 5, "row index 5: must be a dict of inputs, got list"),
    ]  # fmt: skip
    for batch, row, index, message in cases:
        with pytest.raises(InputValidationError) as caught:
            batch.call(row, index)
        assert caught.value.message == message and caught.value.argument == "row"


def invoke_agent(*, agent: str, message: str, thread_id: str | None = None, **options: Any) -> None:
    """A stand-in with the shape of the clients' invoke_agent."""


def test_a_row_is_checked_against_the_method_signature() -> None:
    accepted, required = _keywords(invoke_agent)
    assert required == {"agent", "message"}
    assert {"agent", "message", "thread_id"} <= accepted
    assert set(RequestOptions.__annotations__) <= accepted
    batch = plan("agent", "a1")
    batch.check_method(invoke_agent)
    with pytest.raises(InputValidationError) as caught:
        batch.call({"text": "hi", "colour": 1}, 4)
    assert caught.value.message == (
        "row index 4: invoke_agent() needs 'message', takes no 'text', takes no 'colour' "
        "(an agent row is a message, or a dict with 'message')"
    )
    no_name = plan("agent", None, arguments=True)
    no_name.check_method(invoke_agent)
    with pytest.raises(InputValidationError) as caught:
        no_name.call({"message": "m"})
    assert caught.value.message == "row index 0: invoke_agent() needs 'agent'"
    assert caught.value.argument == "row"
    with pytest.raises(InputValidationError) as caught:
        plan("agent", "a", defaults={"colour": 1, "bold": 2}).check_method(invoke_agent)
    assert caught.value.message == (
        "bold, colour: not arguments of invoke_agent() (batch-wide call arguments)"
    )
    assert caught.value.argument == "bold"


def test_rows_are_checked_for_ids_before_the_first_call() -> None:
    with pytest.raises(InputValidationError) as caught:
        plan().checked_rows(5)  # type: ignore[arg-type]
    assert caught.value.message == "rows: must be an iterable of rows, got int"
    assert caught.value.argument == "rows"
    rows = iter([{"id": 1}, {"id": 2}])
    checked = plan(id_field="id").checked_rows(rows)
    assert list(checked) == [{"id": 1}, {"id": 2}] and list(checked) == [{"id": 1}, {"id": 2}]
    as_given = [{"a": 1}]
    assert plan().checked_rows(as_given) is as_given  # no id_field: nothing read now
    assert plan(id_field="id").checked_rows(as_given) is as_given  # a list: read, kept


def test_start_skips_refuses_or_calls() -> None:
    batch = plan(id_field="id", skip={"done"})
    ids = batch.row_ids()
    assert batch.start(0, {"id": "done", "a": 1}, ids) is None
    start = batch.start(1, {"id": "new", "a": 1}, ids)
    assert start is not None and start.error is None and start.row_id == "new"
    assert (start.method, start.call) == ("invoke_prompt", {"deployment": "p", "inputs": {"a": 1}})
    missing = batch.start(2, {"a": 2}, ids)
    assert missing is not None and missing.error is not None
    assert missing.error.message == "row index 2: has no 'id' field (id_field)"
    assert missing.error.argument == "row"
    wrong = plan().start(3, ["not a dict"], plan().row_ids())
    assert wrong is not None and wrong.error is not None and wrong.method == ""
