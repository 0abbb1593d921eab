package reading

import "github.com/coffeechat/coffeechat/mail"

// read is a placeholder replaced by the real reader.
func read(t *mail.Thread, opts Options) *Result {
	return &Result{Intent: NoReply, Location: Location{Kind: Unspecified}}
}
