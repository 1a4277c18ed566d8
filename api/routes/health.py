"""Liveness for load balancers and orchestrators."""

from fastapi import APIRouter
from pydantic import BaseModel

from assistant import __version__

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    version: str


@router.get("/healthz")
def healthz() -> Health:
    """Report that the service is up, and its version."""
    return Health(status="ok", version=__version__)
