"""The few errors the loaders raise; the CLI turns each into one line on stderr."""


class LoadError(Exception):
    """A file could not be read or parsed as a release; the message says why."""
