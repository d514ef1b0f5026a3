"""The operations tagged `hive_agents`: one descriptor (`OPERATION`) per module."""
