"""The REST transport: a thin FastAPI shell over ``assistant`` services."""

from api.app import create_app

__all__ = ["create_app"]
