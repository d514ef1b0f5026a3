"""The operations tagged `agent_delegations`: one descriptor (`OPERATION`) per module."""
