"""Training, evaluation and benchmark tools for the safety classifier (offline; the gateway never imports them)."""
