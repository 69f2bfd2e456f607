package io.tactus.web.clinic;

/**
 * The clinic of the signed-in owner, taken from the principal only: a controller method
 * that declares a parameter of this type gets it from {@link SignedInClinicResolver}, and
 * a user without a clinic gets a 404 ({@link ClinicNotFoundException}) before the method
 * runs.
 *
 * @param id the clinic id
 */
record SignedInClinic(long id) {

}
