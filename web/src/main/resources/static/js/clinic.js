// Enhancements of the clinic pages; they work without it.
