"""The operations tagged `models`: one descriptor (`OPERATION`) per module."""
