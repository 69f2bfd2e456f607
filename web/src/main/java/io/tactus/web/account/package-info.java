/**
 * Accounts, roles and clinics (tenants): sign-up, the admin bootstrap, user management
 * pages and API.
 */
package io.tactus.web.account;
