"""Stream a reasoning model's answer to the terminal as it is written."""

import sys

from fetch_hive_sdk import FetchHive

with FetchHive() as client:
    stream = client.invoke_prompt(
        deployment="reasoning-summary",
        inputs={"topic": "why streaming matters"},
        streaming=True,
    )
    with stream:
        for event in stream:
            if event.type == "reasoning":
                sys.stdout.write(f"\x1b[2m{event.response}\x1b[0m")  # dim: the model thinking
            elif event.type == "response":
                sys.stdout.write(event.response or "")
            sys.stdout.flush()
    print()
    usage = stream.usage
    print(f"[stream complete: {usage.total_tokens if usage else '?'} tokens]")
