// Enhancements of the billing pages; they work without it.
