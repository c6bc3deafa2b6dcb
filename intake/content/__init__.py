"""Content checks of a submission (vyhláška 259/2012 §4(1)): format by content, accepted
formats, container unpacking with bomb limits, malware scan through clamd.

``check`` (``ContentPolicy``, ``check_content``, ``build_content_checks``), ``clamd`` (the
scanner), ``result`` (``ContentResult``, ``Finding``), ``formats``, ``containers`` and ``text``
(documents to plain text). Import from those modules; this file imports nothing."""
