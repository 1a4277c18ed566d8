"""The knowledge base: source articles -> reflowed text -> chunks -> hybrid (BM25 + dense) index."""
