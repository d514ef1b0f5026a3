"""The operations tagged `error_codes`: one descriptor (`OPERATION`) per module."""
