"""Alembic migrations of the evalassist schema; ``assistant.store.migrate`` runs them."""
