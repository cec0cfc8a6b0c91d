"""The knowledge store: ingest, extraction, SQLite schema, queries and search.

Nothing in this package imports Textual; the app in `tui/` is one client among others
(the command line, benchmarks, tests).
"""
