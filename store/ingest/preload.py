"""Imported once by the pool's fork server so that every worker forked from it starts with
the name lists and gazetteer already loaded (about 1.5 s of work done once, not per worker).

The fork server is a fresh interpreter started for the pool, never a fork of a process
holding SQLite connections, so forking workers from it is safe.
"""

from store.extract import warm_up

warm_up()
