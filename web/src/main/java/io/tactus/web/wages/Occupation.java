package io.tactus.web.wages;

/**
 * An occupation present in a dataset's state rows.
 *
 * @param code the SOC code, {@code ##-####}
 * @param title OCC_TITLE as published
 */
record Occupation(String code, String title) {
}
