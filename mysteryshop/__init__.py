"""mysteryshop: record, review and report mystery-shopping service encounters."""

__version__ = "0.1.0"
