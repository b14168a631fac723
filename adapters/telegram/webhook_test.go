package telegram

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// FuzzWebhook posts arbitrary bodies with the right secret: the handler
// answers 200 or 400 and passes on only updates with an id.
func FuzzWebhook(f *testing.F) {
	f.Add([]byte(`{"update_id":5,"message":{"message_id":1,"chat":{"id":1,"type":"private"},"text":"/suitors Kamara"}}`))
	f.Add([]byte(`{"update_id":`))
	f.Add([]byte(`{"update_id":1,"message":{"chat":null}}`))
	b := &Bot{log: testLoggerQuiet()}
	f.Fuzz(func(t *testing.T, body []byte) {
		var got []tgbotapi.Update
		h := b.webhookHandler("s3cret", func(u tgbotapi.Update) { got = append(got, u) })
		req := httptest.NewRequest(http.MethodPost, "/telegram", bytes.NewReader(body))
		req.Header.Set(SecretHeader, "s3cret")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK:
			if len(got) != 1 || got[0].UpdateID <= 0 {
				t.Fatalf("200 with updates %+v", got)
			}
		case http.StatusBadRequest:
			if len(got) != 0 {
				t.Fatalf("400 but passed on %+v", got)
			}
		default:
			t.Fatalf("status %d", rec.Code)
		}
	})
}
