"""Run a workflow and wait for its output (direct delivery)."""

from fetch_hive_sdk import FetchHive

with FetchHive() as client:
    run = client.invoke_workflow(
        deployment="market-report",
        inputs={"topic": "enterprise AI", "companies": [{"name": "Fetch Hive"}]},
        metadata={"customer_id": "cus_123", "region": None},
    )
    print("status: ", run["run_status"])
    print("output: ", run["output"])
    print("request:", run.request_id)
