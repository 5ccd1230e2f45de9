"""Validation: the Great Expectations suites (`suites`), the derived check columns and cross-row
frames they assert (`checks`), and the stage that judges each extracted deck (`stage`)."""
