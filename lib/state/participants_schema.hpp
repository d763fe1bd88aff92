// The participants' tables (internal to lib/state): schema step 2 -> 3.
// A person is identified by the e-mail address, compared in lower case
// (`email_key`); `email` keeps it as written. Rows name registry entities by
// id as text, not by foreign key: the registry is not in this database.
#pragma once

namespace netadmin::state {

inline constexpr const char* kParticipantsSchema = R"sql(
CREATE TABLE registration (
  id INTEGER PRIMARY KEY,
  target TEXT NOT NULL,
  email_key TEXT NOT NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  centre TEXT NOT NULL DEFAULT '',
  workplace TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL DEFAULT '',
  registered_on TEXT NOT NULL DEFAULT '',
  unregistered_on TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (target, email_key)
);
CREATE INDEX registration_by_email ON registration (email_key);
CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  meeting TEXT NOT NULL,
  email_key TEXT NOT NULL,
  email TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  walk_in INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (meeting, email_key)
);
CREATE INDEX attendance_by_email ON attendance (email_key);
CREATE TABLE attendance_count (
  meeting TEXT PRIMARY KEY,
  count TEXT NOT NULL,
  created_at TEXT NOT NULL
);
)sql";

}  // namespace netadmin::state
