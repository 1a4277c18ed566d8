"""Every table of the schema, registered on ``Base.metadata`` (for migrations and tests)."""

from __future__ import annotations

from sqlalchemy import MetaData

from assistant.store.db import Base


def metadata() -> MetaData:
    """``Base.metadata`` with every module that declares tables imported."""
    from assistant.chat import store as _chat  # noqa: F401
    from assistant.feedback import coders as _coders  # noqa: F401
    from assistant.feedback import jobs as _jobs  # noqa: F401
    from assistant.store import plans as _plans  # noqa: F401
    from knowledge_base import tables as _knowledge  # noqa: F401

    return Base.metadata
