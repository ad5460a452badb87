"""Language knowledge the extraction stages share, loaded from data files in ``ontology/``:

- ``cues``: the words that introduce names and the context words of the entities stage;
- ``lexicon``: the trigger lexicon (verbs, verbal nouns, word lists) of the relations stage,
  with ``derive`` filling roots into verb-form patterns;
- ``words``: the word classes the relation rules test against;
- ``pos``: the part-of-speech tagger learned from data.

Both the entities and the relations stage import from here; nothing here imports a stage.
"""
