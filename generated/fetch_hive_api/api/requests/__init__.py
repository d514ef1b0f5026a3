"""The operations tagged `requests`: one descriptor (`OPERATION`) per module."""
