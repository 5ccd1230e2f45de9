"""deck-to-data: quantities from Japanese government slide decks into validated tables."""
