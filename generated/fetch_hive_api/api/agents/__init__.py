"""The operations tagged `agents`: one descriptor (`OPERATION`) per module."""
