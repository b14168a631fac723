package knowledge

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mercato-bot/mercato/knowledge/facts"
)

// CorrectionKind is what a correction says.
type CorrectionKind string

// The corrections an admin can make.
const (
	// Retract: the club is not after the player, whatever articles say.
	Retract CorrectionKind = "retract"
	// SetClub: the player's current club is the club.
	SetClub CorrectionKind = "setclub"
	// SetContract: the player's contract ends at Contract (none when zero).
	SetContract CorrectionKind = "setcontract"
)

// Correction is a fact with an author: an admin's word on a player that
// overrides what articles say when answers are read. It never rewrites
// an article's facts, and no command deletes it: undoing one records who
// undid it and when.
type Correction struct {
	ID       int64          `json:"id"`
	Kind     CorrectionKind `json:"kind"`
	PlayerID int64          `json:"-"` // the player of that name now; 0 when none is stored
	Player   string         `json:"player"`
	Club     string         `json:"club,omitempty"` // Retract and SetClub
	Contract facts.Date     `json:"contract"`       // SetContract; zero (null): no known contract
	Author   string         `json:"author"`         // the platform's user id
	Platform string         `json:"platform"`
	Created  time.Time      `json:"created"`
	// UndoneBy, UndonePlatform and Undone say who undid it and when;
	// Undone is zero while it is in force.
	UndoneBy       string    `json:"undone_by,omitempty"`
	UndonePlatform string    `json:"undone_platform,omitempty"`
	Undone         time.Time `json:"undone,omitzero"`
}

// Active reports whether the correction is in force.
func (c Correction) Active() bool { return c.Undone.IsZero() }

// ErrUndone is returned by Undo for a correction undone before.
var ErrUndone = errors.New("knowledge: correction already undone")

// Corrector stores corrections.
type Corrector interface {
	// Correct stores a correction of the player named c.Player (as stored:
	// corrections are matched by the folded name, so that they outlive the
	// player's articles) and returns it with its id and time.
	Correct(ctx context.Context, c Correction) (Correction, error)
	// Undo marks a correction undone by author on platform and returns it;
	// ErrNotFound for an unknown id, ErrUndone when it was undone before.
	Undo(ctx context.Context, id int64, author, platform string) (Correction, error)
	// Corrections lists the corrections of the player playerID (every
	// player's when 0), the newest first; with active only those in force.
	Corrections(ctx context.Context, playerID int64, active bool) ([]Correction, error)
}

// CheckCorrection checks a correction before it is stored: a known kind,
// a player, a club for Retract and SetClub and none otherwise, an author
// and a platform; names are clipped as the store keeps them.
func CheckCorrection(c Correction) (Correction, error) {
	c.Player, c.Club = Clip(c.Player, 200), Clip(c.Club, 200)
	c.Author, c.Platform = Clip(c.Author, 100), Clip(c.Platform, 32)
	switch {
	case c.Player == "" || c.Author == "" || c.Platform == "":
		return Correction{}, errors.New("knowledge: a correction needs a player, an author and a platform")
	case c.Kind == Retract || c.Kind == SetClub:
		if c.Club == "" {
			return Correction{}, errors.New("knowledge: a correction of a club needs the club")
		}
		c.Contract = facts.Date{}
	case c.Kind == SetContract:
		c.Club = ""
	default:
		return Correction{}, fmt.Errorf("knowledge: unknown correction %q", c.Kind)
	}
	return c, nil
}
