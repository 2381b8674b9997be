"""The grammar of role words and the sentences that give units their work, shared by every reader."""
