"""Web layer: officer UI, feed API and health endpoint (FastAPI, server-rendered)."""
