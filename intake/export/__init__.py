"""Per-filing export for an eSSL: ``plan`` decides the files (pure), ``metadata`` writes the
metadata XML, ``writer`` writes the directory. Import from those modules; this file imports
nothing."""
