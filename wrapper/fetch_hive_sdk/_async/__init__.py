"""The async sources of the clients; `scripts/unasync.py` writes `_sync/` from them."""
