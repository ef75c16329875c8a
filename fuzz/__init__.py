"""Fuzzing the parsers and decoders with hypothesis (and atheris, when installed): ``python -m fuzz.run``."""
