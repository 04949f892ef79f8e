-- 0009_message_claims.sql — messages to customers that are being sent.
--
-- A message is handed to the policy's send command outside any write transaction (a slow mail
-- command must not hold the ledger's write lock). Just before that, a claim is written here;
-- when the command succeeded, the `message_sent` event is appended and the claim deleted in
-- one transaction; when it failed, the claim is deleted. A claim that stays was left by a
-- sender that died between sending and recording: the message may have gone out, so it is
-- not sent again unless asked (`message --again`). This is a working table, not part of the
-- record: the events are the record (a sent message is a `message_sent` event).
--   complaint_id   the complaint
--   kind           ack, update, waiting, resolved, rejected, survey
--   step_event_id  the event the message tells the customer about
--   claimed_at     when the sending began (integer seconds UTC)
--   actor          who sent it
CREATE TABLE message_claims (
  complaint_id  INTEGER NOT NULL REFERENCES complaints(id),
  kind          TEXT NOT NULL,
  step_event_id INTEGER NOT NULL,
  claimed_at    INTEGER NOT NULL,
  actor         TEXT NOT NULL,
  PRIMARY KEY (complaint_id, kind, step_event_id)
) STRICT;

-- `list --not-told` looks for the newest step event and the messages after it per complaint.
CREATE INDEX events_complaint_type ON events(complaint_id, type, id);
