"""fetch-hive-sdk 0.4.1's interface, behind one door (to delete at 1.0).

What code written for 0.4.1 calls, and nothing else:
- `_async_methods.py`: its resource methods under its names and argument order
  (`client.create_knowledge_base(workspace_id, {...})`), returning the whole answer.
  Generated from openapi.yaml's `x-fetch-hive-legacy` extensions; `_sync_methods.py` is
  written from it by scripts/unasync.py. Both clients mix them in.
- `_streams_async.py` / `_streams_sync.py`: its async generators `ainvoke_prompt_stream` and
  `ainvoke_agent_stream`, written by hand for each client.
- `_arguments.py`: the check that names a missing argument of those methods.

The module names `fetch_hive_sdk.client` and `fetch_hive_sdk.streaming` (0.4.1's) stay
outside, as two-line re-exports.
"""
