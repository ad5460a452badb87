"""One root error class: every message names the bad value and, where there are any, the valid choices."""
from __future__ import annotations


class KgError(Exception):
    """Root of every error kg reports to a user (the CLI prints it without a traceback)."""

    exit_code = 2

    def __init__(self, message: str, *, value=None, choices=None):
        if choices:
            message = f"{message} (valid: {', '.join(map(str, choices))})"
        super().__init__(message)
        self.value = value
        self.choices = tuple(choices) if choices else ()


class InputError(KgError):
    """An input could not be read or parsed."""


class GraphFormatError(KgError):
    """A graph.json does not follow the contract."""


class ConnectionFailed(KgError):
    """A database could not be reached or refused us."""

    exit_code = 3
