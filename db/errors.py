"""Errors the database layer raises for the CLI to report in one line."""


class DatabaseError(Exception):
    """The database cannot be opened, migrated or written; the message says what to do."""


class DatabaseLocked(DatabaseError):
    """Another program held the database's write lock for longer than the busy timeout."""


class RejectedRelease(Exception):
    """The database refused one release's data (the message says why); other releases still load."""


class NotFound(Exception):
    """A row the user asked for by id or name does not exist."""
