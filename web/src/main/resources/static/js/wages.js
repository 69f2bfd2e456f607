// Enhancements of the wages pages; they work without it.
