"""Errors that reach the user as one line, never as a traceback."""


class KgError(Exception):
    """A problem the user can act on. `str(err)` is the one-line message."""

    exit_code = 1


class InputError(KgError):
    """One input file could not be read; the others are still processed."""

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot run."""

    exit_code = 2
