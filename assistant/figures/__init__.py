"""Reading the figures of an ROI conversation: each amount, percentage and count with its role."""

from assistant.figures.reader import read
from assistant.figures.reading import Reading
from assistant.figures.scope import Scope, scope_of

__all__ = ["Reading", "Scope", "read", "scope_of"]
