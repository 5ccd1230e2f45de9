"""Prefect flows over the `extract` library."""
