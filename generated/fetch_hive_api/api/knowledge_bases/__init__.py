"""The operations tagged `knowledge_bases`: one descriptor (`OPERATION`) per module."""
