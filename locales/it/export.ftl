# Plan documents (Word, PDF, Markdown, HTML), invitations, reminders and calendar texts.
# Written in the language of the record (a plan's language, a network's working
# language), not the window's.
