"""Ask an agent a question: it searches (tool events), then answers, in a thread."""

import sys

from fetch_hive_sdk import FetchHive

AGENT = "8d0c4f8e-5e8a-4a57-9a35-2b1f1d3c6e71"

with FetchHive() as client:
    stream = client.invoke_agent(
        agent=AGENT,
        message="What changed in our Q3 pipeline? Please search.",
        thread_id="demo-thread",
        streaming=True,
    )
    with stream:
        for event in stream:
            if event.type == "tool":
                print(f"[tool] {event.tool}({event['tool_input']}) -> {event.observation}")
            elif event.type == "response":
                sys.stdout.write(event.response or "")  # the answer, as it is written
                sys.stdout.flush()
    print()

    # The same thread remembers the conversation; the non-streaming answer lists tool calls.
    answer = client.invoke_agent(
        agent=AGENT, message="And what did you search for?", thread_id="demo-thread"
    )
    print("follow-up: ", answer["response"])
    print("tool calls:", [call.tool_name for call in answer.tool_calls or []])
