"""kg: a knowledge-graph builder for Chinese-language chip-industry news."""

__version__ = "0.1.0"
