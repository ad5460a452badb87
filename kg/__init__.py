"""kg: Arabic news to a knowledge graph of actors and relations, with provenance."""
__version__ = "0.1.0"
