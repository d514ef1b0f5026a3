"""The operations tagged `legacy`: one descriptor (`OPERATION`) per module."""
