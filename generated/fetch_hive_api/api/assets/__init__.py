"""The operations tagged `assets`: one descriptor (`OPERATION`) per module."""
