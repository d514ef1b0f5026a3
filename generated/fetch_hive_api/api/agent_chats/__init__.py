"""The operations tagged `agent_chats`: one descriptor (`OPERATION`) per module."""
