"""The operations tagged `workflows`: one descriptor (`OPERATION`) per module."""
