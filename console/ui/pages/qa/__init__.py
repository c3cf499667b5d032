"""The quality review page: review queue, transcript, recording, scorecard, disputes, calibration, trends."""
