"""The shipped NER model files (see NOTICE.md)."""
