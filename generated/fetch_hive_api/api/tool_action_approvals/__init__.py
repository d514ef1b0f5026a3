"""The operations tagged `tool_action_approvals`: one descriptor (`OPERATION`) per module."""
