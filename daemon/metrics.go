package daemon

// Observer is told what the daemon did, for metrics. Its methods are called
// on the daemon's goroutines (several at once) after the work is recorded,
// so they must be safe for concurrent use and must not block. The daemon
// never depends on what an Observer does.
type Observer interface {
	// MessageHandled: intake finished with a message from the mailbox.
	// kind is thread, reply, command, ignored, duplicate or quarantined.
	MessageHandled(kind string)
	// MailSent: the sender tried an outbox row of that kind (invite,
	// thank_you, ...); ok is false when the server refused it or the
	// connection failed.
	MailSent(kind string, ok bool)
	// JobDone: a scheduled job (thank_you, prep_brief, ...) finished.
	JobDone(kind string)
	// Failed: an error the daemon will retry; part is intake, send or job.
	Failed(part string)
}

// NopObserver ignores everything: the Observer when Deps sets none.
type NopObserver struct{}

func (NopObserver) MessageHandled(string) {}
func (NopObserver) MailSent(string, bool) {}
func (NopObserver) JobDone(string)        {}
func (NopObserver) Failed(string)         {}

// observer returns the configured Observer, never nil.
func (d *Daemon) observer() Observer {
	if d.obs == nil {
		return NopObserver{}
	}
	return d.obs
}
