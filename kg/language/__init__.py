"""Language models learned from data: the part-of-speech tagger (kg.language.pos)."""
