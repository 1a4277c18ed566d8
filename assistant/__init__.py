"""evalassist: an offline-first assistant for evaluating L&D programmes.

The domain library. Transports (REST in ``api``, the CLI in ``assistant.cli``) are thin shells
around the services exposed here; nothing in this package imports a web framework.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("evalassist")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+local"

__all__ = ["__version__"]
