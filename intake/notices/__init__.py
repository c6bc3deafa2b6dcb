"""Notices to applicants: receipt confirmations, verification results and defect notices,
decisions (sealed PDF letters) and announcements, through a transactional outbox.

``intake.notices.outbox.Outbox`` writes every notice in the transaction of the state change
that causes it (an event listener); ``intake.notices.sender.NoticeSender`` delivers them
through the channels of ``intake.notices.channels``. The composition root
(``intake.bootstrap``) builds both and wires them to the event bus and the serve loop."""
