"""Errors the store raises on purpose, each with a message fit to show a user as one line."""


class StoreError(Exception):
    """A problem with the database file itself (not SQLite, too new, unwritable...)."""


class StoreReadOnly(StoreError):
    """A write asked of a store opened read-only (read-only file or file system, damage)."""

    def __init__(self, where: object, reason: str) -> None:
        super().__init__(f"{where}: cannot write: {reason}" if where else f"cannot write: {reason}")
        self.reason = reason


class IngestError(Exception):
    """One input file (or one record in it) cannot be ingested; the batch goes on."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
