"""The Fetch Hive public API as Python data, generated from openapi.yaml by `make regenerate`.

- `fetch_hive_api.models`: a model per schema, each a dict holding the wire JSON with typed
  attributes (`fetch_hive_runtime.APIObject`);
- `fetch_hive_api.api`: a typed descriptor per operation (`fetch_hive_runtime.OperationSpec`),
  which the SDK (`fetch_hive_sdk`) sends, its CLI turns into commands and the tests walk.

Nothing here imports the SDK: this package is built on `fetch_hive_runtime` alone.
"""
