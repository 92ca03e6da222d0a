"""Bundled data: fonts, the demo catalogue, translations and icons (read via pos.resources)."""
