"""The sync clients, written by `scripts/unasync.py` from `_async/` (never edit them)."""
