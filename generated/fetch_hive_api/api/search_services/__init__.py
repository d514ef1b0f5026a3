"""The operations tagged `search_services`: one descriptor (`OPERATION`) per module."""
