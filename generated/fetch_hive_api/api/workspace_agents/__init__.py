"""The operations tagged `workspace_agents`: one descriptor (`OPERATION`) per module."""
