"""The one exception type users see: a one-line message naming the file and line."""


class ZhanjiError(Exception):
    """A user-facing error. `str(err)` is one line: where, then what is wrong."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")
