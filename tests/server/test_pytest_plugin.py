"""The pytest plugin, as a user meets it: a sample test file run by pytest (pytester)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

USER_TESTS = """
import httpx
import pytest
from fetch_hive_sdk import AuthenticationError, ProviderError, RateLimitError
from fetch_hive_sdk.webhooks import construct_event


@pytest.fixture
def anyio_backend():
    return "asyncio"


def test_the_client_talks_to_the_local_server(fetch_hive_client, fetch_hive_server):
    result = fetch_hive_client.invoke_prompt(deployment="welcome", inputs={"name": "Ann"})
    assert "Ann" in result["response"]
    assert fetch_hive_server.base_url.startswith("http://127.0.0.1:")
    assert [run.request_id for run in fetch_hive_server.runs()] == [result["request_id"]]


@pytest.mark.fetch_hive_fault("daily_cap; limit=7")
def test_a_fault_marker(fetch_hive_client):
    with pytest.raises(RateLimitError) as info:
        fetch_hive_client.invoke_prompt(deployment="welcome")
    assert info.value.error_code == "api_rate_limit_exceeded"
    assert info.value.body["limit"] == 7


def test_the_fault_fixture(fetch_hive_client, fetch_hive_fault):
    fetch_hive_fault("provider_error")
    with pytest.raises(ProviderError):
        fetch_hive_client.invoke_agent(agent="helper", message="hi", max_retries=0)
    fetch_hive_fault(None)
    assert fetch_hive_client.invoke_agent(agent="helper", message="hi")["response"]


def test_nothing_leaks_from_the_tests_before(fetch_hive_client, fetch_hive_server):
    assert fetch_hive_server.settings.fault is None
    assert fetch_hive_server.runs() == []  # the runs of earlier tests are forgotten
    assert fetch_hive_client.invoke_prompt(deployment="welcome")["response"]


@pytest.mark.fetch_hive_settings(plan="lite", api_key="fhk_other_key")
def test_a_settings_marker(fetch_hive_server, fetch_hive_client):
    assert fetch_hive_server.settings.workflow_cap == 1
    # The client fixture follows the server's key.
    assert fetch_hive_client.invoke_prompt(deployment="welcome")["response"]


def test_settings_are_back_to_the_session_ones(fetch_hive_server):
    assert fetch_hive_server.settings.workflow_cap == 5
    response = httpx.post(
        fetch_hive_server.base_url + "/prompt/invoke",
        json={"deployment": "welcome"},
        headers={"Authorization": "Bearer fhk_other_key"},
    )
    assert response.status_code == 401


def test_callbacks_reach_the_receiver_signed(fetch_hive_client, fetch_hive_callback_receiver):
    run = fetch_hive_client.invoke_workflow(
        deployment="report", async_mode=True, callback_url=fetch_hive_callback_receiver.url
    )
    [callback] = fetch_hive_callback_receiver.wait_for(1)
    event = construct_event(callback.body, callback.headers, run["webhook_secret"])
    assert event.event_type == "workflow.completed"
    assert event.request_id == run["request_id"]


def test_a_wrong_key_is_refused(fetch_hive_server):
    from fetch_hive_sdk import FetchHive

    with FetchHive(api_key="fhk_wrong", base_url=fetch_hive_server.base_url) as client:
        with pytest.raises(AuthenticationError):
            client.invoke_prompt(deployment="welcome")


@pytest.mark.anyio
async def test_the_async_client(fetch_hive_async_client):
    result = await fetch_hive_async_client.invoke_agent(agent="helper", message="hello there")
    assert "hello there" in result["response"]


def test_the_clients_know_the_workspace(fetch_hive_client):
    kb = fetch_hive_client.knowledge_bases.create(name="Handbook")
    assert [k.id for k in fetch_hive_client.knowledge_bases.list()] == [kb.id]


@pytest.mark.anyio
async def test_the_async_client_knows_the_workspace(fetch_hive_async_client):
    # Nothing is left by the test before: every test starts with no stored resources.
    assert await fetch_hive_async_client.knowledge_bases.list() == []
"""


def test_a_user_suite_uses_every_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user_suite=USER_TESTS)
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=11)


def test_the_session_settings_can_be_overridden(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
import pytest

@pytest.fixture(scope="session")
def fetch_hive_server_settings():
    return {"stream_pace": 0, "api_key": "fhk_suite_key", "concurrency_cap": 2}
"""
    )
    pytester.makepyfile(
        test_settings="""
def test_settings(fetch_hive_server, fetch_hive_client):
    assert fetch_hive_server.api_key == "fhk_suite_key"
    assert fetch_hive_server.settings.workflow_cap == 2
    assert fetch_hive_client.invoke_workflow(deployment="w")["run_status"] == "completed"
"""
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_the_markers_are_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--markers")
    result.stdout.fnmatch_lines(
        ["@pytest.mark.fetch_hive_fault(spec):*", "@pytest.mark.fetch_hive_settings*"]
    )


#: Loading the plugin and reporting what it added to `sys.modules` (after pytest's own).
IMPORT_PROBE = """
import json, sys
import pytest
before = set(sys.modules)
import fetch_hive_reference.pytest_plugin
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_loading_the_plugin_imports_only_the_standard_library() -> None:
    """Every pytest run of every user loads the plugin: it must not need the server extra."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE], capture_output=True, text=True, check=True
    )
    added = json.loads(done.stdout)
    ours = {name for name in added if name.split(".")[0] == "fetch_hive_reference"}
    assert ours == {
        "fetch_hive_reference",
        "fetch_hive_reference._extra",
        "fetch_hive_reference.pytest_plugin",
    }
    others = {name.split(".")[0] for name in added} - {"fetch_hive_reference"}
    assert others <= sys.stdlib_module_names, others - sys.stdlib_module_names


#: A conftest that hides one package of the server extra, as in an install without it.
WITHOUT_STARLETTE = """
import sys

sys.modules["starlette"] = None  # `import starlette` now fails as if it were not installed
"""


def test_without_the_extra_only_the_tests_asking_for_a_fixture_fail(
    pytester: pytest.Pytester,
) -> None:
    pytester.makeconftest(WITHOUT_STARLETTE)
    pytester.makepyfile(
        test_foreign="def test_unrelated():\n    assert 1 + 1 == 2\n",
        test_uses_server=(
            "def test_server(fetch_hive_server):\n    pass\n\n\n"
            "def test_receiver(fetch_hive_callback_receiver):\n    pass\n"
        ),
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, errors=2)
    output = result.stdout.str()
    # Each error is that one line, under the test's header.
    result.stdout.fnmatch_lines(
        ["*ERROR at setup of test_server*", MISSING_EXTRA, "*ERROR at setup of test_receiver*"]
    )
    # Counted as whole lines: the short summary repeats the text after "- Failed: " (in full
    # when CI is set, where pytest does not truncate it to the terminal's width).
    assert output.splitlines().count(MISSING_EXTRA) == 2, output
    assert "Traceback" not in output and "ModuleNotFoundError" not in output
    assert "During handling" not in output


#: The one line a user without the server extra reads, whatever they tried.
MISSING_EXTRA = (
    "the Fetch Hive reference server needs the 'server' extra (starlette is not installed): "
    "pip install 'fetch-hive-sdk-python[server]'"
)
HIDE_STARLETTE = "import sys; sys.modules['starlette'] = None; "


def test_without_the_extra_the_package_names_the_extra_to_install(tmp_path: Path) -> None:
    attempts = [
        "from fetch_hive_reference import create_app",
        "import fetch_hive_reference.testing",
    ]
    for attempt in attempts:
        code = HIDE_STARLETTE + f"import fetch_hive_reference; {attempt}"
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path
        )
        assert done.returncode == 1
        last = done.stderr.strip().splitlines()[-1]
        assert last == f"fetch_hive_reference._extra.ServerExtraMissing: {MISSING_EXTRA}"


def test_without_the_extra_the_server_command_says_so_in_one_line(tmp_path: Path) -> None:
    code = (
        HIDE_STARLETTE + "from fetch_hive_reference.__main__ import main; "
        "raise SystemExit(main(sys.argv[1:]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--port", "0"], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"python -m fetch_hive_reference: error: {MISSING_EXTRA}"]
    helped = subprocess.run(
        [sys.executable, "-c", code, "--help"], capture_output=True, text=True, cwd=tmp_path
    )
    assert helped.returncode == 0 and "--state PATH" in helped.stdout
