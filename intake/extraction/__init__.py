"""Extraction of the application record: request types, organisation, addresses, contact,
recording-permit details, each value with its provenance.

``extract.extract_application`` (the entry point), ``model`` (``Extraction``, ``FieldValue``,
``RecordingPermit``), ``quota.check_quota``. Import from those modules; this file imports
nothing. Turning documents into text is format handling: ``intake.content.text``."""
