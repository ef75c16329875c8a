"""guardproxy: a fast guard for LLM traffic."""

__version__ = "0.1.0"
