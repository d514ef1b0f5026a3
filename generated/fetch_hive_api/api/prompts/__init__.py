"""The operations tagged `prompts`: one descriptor (`OPERATION`) per module."""
