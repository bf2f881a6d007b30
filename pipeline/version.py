"""The one place the pipeline's version lives."""

__version__ = "0.1.0"
PIPELINE = f"zhanji {__version__}"
