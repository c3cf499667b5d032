"""The quality review workspace: review queue, transcript, recording, scorecard, drafts, AutoQA, trends."""
