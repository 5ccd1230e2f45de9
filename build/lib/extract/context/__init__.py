"""Context around a mention: qualifiers and per-rates next to it, roles and fiscal years from labels, programmes."""
