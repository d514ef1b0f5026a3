"""Typed errors: bad input caught before sending, a 429 retried, a 502 reported.

The reference server misbehaves on request: the `X-Reference-Fault` header (sent here with
`extra_headers=`) picks the fault.
"""

import logging

from fetch_hive_sdk import FetchHive, InputValidationError, ProviderError

logging.basicConfig(format="  log: %(message)s")
logging.getLogger("fetch_hive_sdk").setLevel(logging.INFO)

with FetchHive() as client:
    # 1. Invalid metadata: refused on the client, nothing is sent.
    try:
        client.invoke_workflow(deployment="market-report", metadata={"customer": {"id": "cus_123"}})
    except InputValidationError as exc:
        print(f"1. caught before sending: {exc}")

    # 2. A 429 with Retry-After, once: the SDK waits and retries by itself.
    run = client.invoke_workflow(
        deployment="market-report",
        inputs={"topic": "retries"},
        extra_headers={
            "X-Reference-Fault": "flaky; times=1; status=429; retry_after=0.5; key=demo-429"
        },
    )
    print(f"2. 429 retried: {run['run_status']} after {run.retries_taken} retry")

    # 3. The model provider fails: a ProviderError (502) with the service's message.
    try:
        client.invoke_prompt(
            deployment="welcome-email",
            extra_headers={"X-Reference-Fault": "provider_error"},
            max_retries=0,
        )
    except ProviderError as exc:
        print(f"3. reported: {type(exc).__name__} {exc.status_code}: {exc.message}")
