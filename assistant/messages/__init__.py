"""User-facing messages in Dutch and English: a catalogue of keyed templates and their renderer."""

from assistant.messages.text import LANGS, Lang, Text, TextValueError

__all__ = ["LANGS", "Lang", "Text", "TextValueError"]
