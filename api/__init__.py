"""The REST transport: a thin FastAPI shell over ``assistant`` services."""

from api.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]
