# bench/lib.sh -- what bench/run.sh and bench/rss.sh share. Sourced, with
# OUT and the CCMAIL_* variables of mail-up.sh's env.sh set.

# run_once NAME writes $OUT/work/NAME/config.toml: a coffeechat config for
# the benchmark's mailbox (MAILBOX, PROCESSED and LOGLEVEL override the
# folders and the log level) with its database beside it.
run_once() { # $1: name
	local d=$OUT/work/$1
	rm -rf "$d" && mkdir -p "$d"
	sed "s|@DB@|$d/coffeechat.db|" >"$d/config.toml" <<EOF
[owner]
name = "Olive Owner"
email = "owner@example.test"
timezone = "America/New_York"
dedicated_address = "chats@example.test"
[imap]
address = "$CCMAIL_IMAP_ADDR"
tls = "starttls"
username = "chats@example.test"
password_env = "CCMAIL_PASSWORD"
ca_file = "$CCMAIL_CA_FILE"
mailbox = "${MAILBOX:-Bench}"
processed_folder = "${PROCESSED:-BenchDone}"
quarantine_folder = "BenchQuarantine"
[smtp]
address = "$CCMAIL_SUBMISSION_ADDR"
tls = "starttls"
username = "chats@example.test"
password_env = "CCMAIL_PASSWORD"
ca_file = "$CCMAIL_CA_FILE"
[database]
path = "@DB@"
[schedule]
availability = "Mon-Sun 00:00-23:59"
default_duration = "20m"
[log]
level = "${LOGLEVEL:-info}"
format = "json"
EOF
}
