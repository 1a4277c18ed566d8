"""Workspaces: each API key belongs to one, and so does everything made with it (plans, chat
sessions, feedback jobs, organisation documents). ``EVALASSIST_API_KEYS`` lists keys as
``key`` (the default workspace) or ``name=key``; a key may be given as ``sha256:<64 hex>`` of the
key so the secret itself is not stored. Without keys (loopback) everything is one workspace."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_WORKSPACE = "default"
SHA256_PREFIX = "sha256:"
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,62}")
_DIGEST = re.compile(r"[0-9a-fA-F]{64}")
_MIN_KEY_CHARS = 8


@dataclass(frozen=True)
class KeyEntry:
    workspace: str
    key: str  # the plain key, or "sha256:<hex>"

    @property
    def digest(self) -> bytes | None:
        """The configured SHA-256 digest; ``None`` for a plain key."""
        if self.key.startswith(SHA256_PREFIX):
            return bytes.fromhex(self.key.removeprefix(SHA256_PREFIX))
        return None


def parse_key(entry: str) -> KeyEntry:
    """``name=key`` or ``key``; a malformed ``sha256:`` digest is refused with the form it
    needs (a name is lowercase letters, digits, ``-`` and ``_``; a key part shorter than 8
    characters is not split off, so a base64 key ending in ``==`` stays whole)."""
    name, sep, rest = entry.partition("=")
    if sep and _NAME.fullmatch(name) and len(rest) >= _MIN_KEY_CHARS:
        workspace, key = name, rest
    else:
        workspace, key = DEFAULT_WORKSPACE, entry
    if key.startswith(SHA256_PREFIX) and not _DIGEST.fullmatch(key.removeprefix(SHA256_PREFIX)):
        raise ValueError(
            "an API key given as a digest must be sha256:<64 hexadecimal digits> "
            "(the SHA-256 of the key)"
        )
    return KeyEntry(workspace, key)
