"""The version of zygraph, in one place every module can import."""

__version__ = "0.1.0"
