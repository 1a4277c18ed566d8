"""The versioned REST routers, one module per capability."""
