package knowledge

import "context"

// Subscribe stores a subscription; subscribing twice to the same thing
// returns the existing one.
func (s *Store) Subscribe(ctx context.Context, sub Subscription) (Subscription, error) {
	return Subscription{}, errTODO
}

// Unsubscribe removes the chat's subscriptions of kind (empty = any kind)
// and returns how many were removed.
func (s *Store) Unsubscribe(ctx context.Context, platform, chat string, kind SubKind) (int, error) {
	return 0, errTODO
}

// Subscriptions lists a chat's subscriptions; an empty chat lists every
// subscription of the platform, an empty platform every subscription.
func (s *Store) Subscriptions(ctx context.Context, platform, chat string) ([]Subscription, error) {
	return nil, errTODO
}

// DigestReports returns the reports a digest subscription has not had yet
// (LinkID above its watermark, matching its filter), at most n, strongest
// stage first; a first digest covers what is known now.
func (s *Store) DigestReports(ctx context.Context, sub Subscription, n int) ([]Report, error) {
	return nil, errTODO
}

// SetWatermark records that a digest subscription has had every link up to linkID.
func (s *Store) SetWatermark(ctx context.Context, subID, linkID int64) error { return errTODO }

// ReminderSent reports whether the reminder for (subscription, player, threshold) went out.
func (s *Store) ReminderSent(ctx context.Context, subID int64, player string, days int) (bool, error) {
	return false, errTODO
}

// MarkReminder records that the reminder for (subscription, player, threshold) went out.
func (s *Store) MarkReminder(ctx context.Context, subID int64, player string, days int) error {
	return errTODO
}
