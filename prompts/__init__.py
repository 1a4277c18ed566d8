"""Versioned prompt files (Dutch and English), read through ``assistant.prompts``."""
