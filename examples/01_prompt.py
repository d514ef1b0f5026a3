"""Run a prompt deployment and read the answer, typed or as the documented mapping."""

from fetch_hive_sdk import FetchHive

with FetchHive() as client:  # FETCH_HIVE_API_KEY and FETCH_HIVE_BASE_URL from the environment
    result = client.invoke_prompt(
        deployment="welcome-email",
        inputs={"name": "Alice", "product": "Fetch Hive"},
        metadata={"customer_id": "cus_123", "plan": "enterprise", "trial": False},
    )
    print("answer:   ", result["response"])  # the documented mapping access
    print("model:    ", result.model)  # the same answer, typed
    print("tokens:   ", result.usage.total_tokens if result.usage else "n/a")
    print("request:  ", result.request_id)
