"""Which collections a workspace sees: the shipped articles, and its own organisation
collections. A collection of the default workspace is stored under its own name (as before
workspaces); another workspace's under ``<workspace>.<name>`` (a dot no name may hold), so two
workspaces may both have an "acme" collection and never see each other's documents."""

from __future__ import annotations

from assistant.workspaces import DEFAULT_WORKSPACE as DEFAULT
from knowledge_base.models import SHIPPED_COLLECTION

SEPARATOR = "."


def stored(workspace: str, collection: str) -> str:
    """The collection's name in the index."""
    if workspace == DEFAULT or collection == SHIPPED_COLLECTION:
        return collection
    return f"{workspace}{SEPARATOR}{collection}"


def shown(workspace: str, collection: str) -> str:
    """The collection's name as its workspace knows it."""
    prefix = f"{workspace}{SEPARATOR}"
    return collection.removeprefix(prefix) if workspace != DEFAULT else collection


def visible(workspace: str, collection: str) -> bool:
    """Whether ``workspace`` may read the stored ``collection``."""
    if collection == SHIPPED_COLLECTION:
        return True
    if workspace == DEFAULT:
        return SEPARATOR not in collection
    return collection.startswith(f"{workspace}{SEPARATOR}")
