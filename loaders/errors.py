"""The few errors the loaders raise; the CLI turns each into one line on stderr."""


class LoadError(Exception):
    """A file could not be read or parsed as a release; the message says why."""


class LoadWarning(Exception):
    """A file was read, but something in it had to be repaired; the message says what.

    Yielded (not raised) next to the releases of a file, so the release still loads and the
    user still hears about it.
    """
