"""The operations tagged `webhook_triggers`: one descriptor (`OPERATION`) per module."""
