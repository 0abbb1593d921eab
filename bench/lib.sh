# bench/lib.sh -- what bench/run.sh and bench/rss.sh share. Sourced, with
# ROOT, STATE and OUT set.

# bench_mail_up starts (or reuses) the benchmarks' private mail-up.sh
# instance in $STATE, on ports of its own unless CCMAIL_*_PORT say
# otherwise, and loads its environment (CCMAIL_* addresses, CA file).
bench_mail_up() {
	export CCMAIL_IMAP_PORT=${CCMAIL_IMAP_PORT:-14143} CCMAIL_IMAPS_PORT=${CCMAIL_IMAPS_PORT:-14993} \
		CCMAIL_SMTP_PORT=${CCMAIL_SMTP_PORT:-14025} CCMAIL_SUBMISSION_PORT=${CCMAIL_SUBMISSION_PORT:-14587}
	bash "$ROOT/scripts/mail-up.sh" "$STATE" >/dev/null
	# shellcheck disable=SC1091
	. "$STATE/env.sh"
}

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
