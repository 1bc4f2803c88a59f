OTHER = "other-value"
