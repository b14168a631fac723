module github.com/mercato-bot/mercato

go 1.26.8
