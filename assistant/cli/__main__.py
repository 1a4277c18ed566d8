"""``python -m assistant.cli`` (same as the ``evalassist`` console script)."""

from assistant.cli import main

main()
