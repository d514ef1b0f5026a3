"""Stream a reasoning model's answer to the terminal as it is written."""

import sys

from fetch_hive_sdk import FetchHive

DIM, RESET = ("\x1b[2m", "\x1b[0m") if sys.stdout.isatty() else ("", "")

with FetchHive() as client:
    stream = client.invoke_prompt(
        deployment="reasoning-summary",
        inputs={"topic": "why streaming matters"},
        streaming=True,
    )
    section = None
    with stream:
        for event in stream:
            if event.type in ("reasoning", "response") and event.type != section:
                section = event.type
                label = "thinking" if section == "reasoning" else "answer"
                sys.stdout.write(f"\n{label}: " if label == "answer" else f"{label}: ")
            if event.type == "reasoning":
                sys.stdout.write(f"{DIM}{event.response}{RESET}")
            elif event.type == "response":
                sys.stdout.write(event.response or "")
            sys.stdout.flush()
    print()
    usage = stream.usage
    print(
        f"[stream complete: {usage.total_tokens if usage else '?'} tokens, stop reason {stream.stop_reason}]"
    )
