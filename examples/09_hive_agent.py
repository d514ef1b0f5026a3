"""Start a Hive Agent run over a knowledge base; a local receiver verifies its signed result.

`hive_agents.invoke` answers at once with the run's one-time `webhook_secret`; the report
arrives later as a `hive_agent.completed` callback, checked by
`fetch_hive_sdk.webhooks.WebhookReceiver` (uvicorn on 127.0.0.1) before it is handed over.
"""

import queue
import socket
import threading

import uvicorn
from fetch_hive_sdk import FetchHive
from fetch_hive_sdk.webhooks import WebhookEvent, WebhookReceiver


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
        kb = client.knowledge_bases.create(name="Market notes")
        client.knowledge_bases.items.create(
            kb.id, name="EU bikes", data_content="E-bike sales in the EU grew 12% last year."
        )
        run = client.hive_agents.invoke(
            "market-research",
            "E-bike sales in the EU",
            callback_url=f"http://127.0.0.1:{port}/fetch-hive/callback",
            sources={"knowledge_base_ids": [kb.id]},
            unattended=True,
            budget_policy="stop",
        )
        signing_secrets.append(run.webhook_secret)
        print(f"accepted:  {run.status} {run.request_id} (signing secret received)")

        event = events.get(timeout=30)
        print(f"callback:  {event.event_type} for {event.request_id}, signature verified")
        print(f"report:    {event['data']['output'].splitlines()[0]}")
        print(f"sources:   {len(event['data'].get('sources_used', []))} used")
        client.knowledge_bases.delete(kb.id)
finally:
    server.should_exit = True
    thread.join(timeout=10)
