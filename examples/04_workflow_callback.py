"""Run a workflow with callback delivery; a local receiver verifies the signed result.

The receiver is `fetch_hive_sdk.webhooks.WebhookReceiver` served by uvicorn on 127.0.0.1.
It checks X-Fetch-Hive-Signature with the `webhook_secret` the invoke returned, and the
output is compared with a direct-delivery run of the same inputs.
"""

import queue
import socket
import threading

import uvicorn
from fetch_hive_sdk import FetchHive
from fetch_hive_sdk.webhooks import WebhookEvent, WebhookReceiver

INPUTS = {"topic": "enterprise AI"}


def free_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


events: "queue.Queue[WebhookEvent]" = queue.Queue()
signing_secrets: list[str] = []  # filled in from the invoke's answer
receiver = WebhookReceiver(lambda: signing_secrets, events.put)
port = free_loopback_port()
server = uvicorn.Server(uvicorn.Config(receiver, host="127.0.0.1", port=port, log_level="warning"))
thread = threading.Thread(target=server.run, daemon=True)
thread.start()

try:
    with FetchHive() as client:
        run = client.invoke_workflow(
            deployment="market-report",
            inputs=INPUTS,
            async_mode=True,
            callback_url=f"http://127.0.0.1:{port}/fetch-hive/callback",
        )
        signing_secrets.append(run["webhook_secret"])
        print(f"accepted:  {run['run_status']} {run['request_id']} (signing secret received)")

        event = events.get(timeout=30)
        print(f"callback:  {event.event_type} for {event.request_id}, signature verified")
        print(f"output:    {event['data']['output']}")

        direct = client.invoke_workflow(deployment="market-report", inputs=INPUTS)
        print(f"same output as direct delivery: {direct['output'] == event['data']['output']}")
finally:
    server.should_exit = True
    thread.join(timeout=10)
