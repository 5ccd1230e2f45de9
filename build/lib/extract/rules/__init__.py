"""Rules: one module per kind, each a table of patterns over the shared fragments."""
