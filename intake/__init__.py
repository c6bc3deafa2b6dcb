"""podatelna — electronic filing office. The ``intake`` package holds the domain model,
the pipeline stages, the service loop, configuration, CLI and web layers."""

__version__ = "0.1.0"
