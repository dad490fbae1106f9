"""Importers: other benchmarks' task folders converted into this project's task format."""
